"""Short lines that are furniture when they stand outside the story: above its first
paragraph or below its last (a lone count, a "3 min" crumb)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs
import regex

import newsclean._pattern_cache as _pattern_cache
from newsclean._document import Document
from newsclean._kinds.gate import Gate, GatedRule
from newsclean._kinds.layout import removed_body_span
from newsclean._rule import Stage, Tag

__all__ = ["OutsideLineRule"]


def _casefolded(words: Iterable[str]) -> frozenset[str]:
    return frozenset(word.casefold() for word in words)


@attrs.frozen(kw_only=True)
class OutsideLineRule(GatedRule):
    """Removes lines whose stripped text fully matches ``pattern`` above the first or below
    the last body paragraph.

    Body paragraphs are lines of at least ``paragraph_chars`` characters that end like a
    sentence and that no earlier rule removed (as :class:`SectionLineRule`'s). Between them
    a matching line is part of the story (a list's number, a table's cell) and stays; so do
    a bare number right above the first paragraph (a recipe's first step) and every
    matching line of a page without a body paragraph. Only lines of at most
    ``max_chars`` characters (indentation included) that begin with one of ``starts`` (after leading decoration)
    are tried. A match beside a line that is one of ``beside`` (case and a closing "." or ","
    ignored) stays: "11", "July", "2012" on three lines are a date.
    """

    pattern: str
    starts: tuple[str, ...]
    beside: frozenset[str] = attrs.field(default=frozenset(), converter=_casefolded)
    max_chars: int = 20
    paragraph_chars: int = 100
    stage: Stage = "structure"
    _compiled: regex.Pattern[str] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(
            self, "_compiled", _pattern_cache.compile(self.pattern, regex.IGNORECASE)
        )

    def gate(self) -> Gate:
        return Gate(self.max_chars, starts=self.starts)

    def tag_lines(self, doc: Document, lines: Sequence[int], found: Sequence[Tag]) -> Iterable[Tag]:
        fullmatch = self._compiled.fullmatch
        limit, text = self.max_chars, doc.lines
        matching = [i for i in lines if len(text[i]) <= limit and fullmatch(text[i].strip())]
        if not matching:
            return []
        furniture, body = removed_body_span(doc.lines, found, self.paragraph_chars)
        if body is None:
            return []
        first, last = body
        return [
            Tag(i, self.id)
            for i in matching
            if i not in furniture
            and ((i < first and not self._numbers_step(doc, i, first)) or i > last)
            and not self._in_run(doc, i)
        ]

    def _numbers_step(self, doc: Document, index: int, first: int) -> bool:
        """Whether line ``index`` is a bare number ("1", "2.") right above the first paragraph."""
        return doc.next_content(index) == first and doc.lines[index].strip().rstrip(".)").isdigit()

    def _in_run(self, doc: Document, index: int) -> bool:
        """Whether the line above or below ``index`` is one of ``beside``."""
        for j in (doc.previous_content(index), doc.next_content(index)):
            if j is None:
                continue
            text = doc.lines[j].strip()
            if len(text) <= self.max_chars and text.rstrip(".,").casefold() in self.beside:
                return True
        return False
