"""A market ticker printed one value a line: "DOW" / "38,996.39" / "+0.25%", index after
index, above the story or below it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs
import regex

import newsclean._pattern_cache as _pattern_cache
from newsclean._document import Document
from newsclean._kinds.gate import Gate, GatedRule
from newsclean._kinds.layout import removed_body_span
from newsclean._rule import Stage, Tag

__all__ = ["TickerStripRule"]


@attrs.frozen(kw_only=True)
class TickerStripRule(GatedRule):
    """Removes quotes of a ticker strip: a name, its level and its change on three lines.

    A quote is a line that ``change`` matches in full (at most ``max_chars`` characters,
    holding ``trigger``), a line ``level`` matches right above it and a line ``name`` matches
    above that (blank lines between are skipped). Only ``min_quotes`` quotes or more in a
    row (each name right below the change before it) are a strip, and only above the first
    or below the last body paragraph (lines of ``paragraph_chars`` or more that end like a
    sentence and that no earlier rule removed): results printed so inside the story ("SPD"
    / "25.7" / "+5.2%") stay.
    """

    name: str
    level: str
    change: str
    trigger: str = "%"
    max_chars: int = 24
    min_quotes: int = 2
    paragraph_chars: int = 100
    stage: Stage = "structure"
    # the name's, the level's and the change's pattern, compiled
    _lines: tuple[regex.Pattern[str], ...] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        lines = tuple(_pattern_cache.compile(p) for p in (self.name, self.level, self.change))
        object.__setattr__(self, "_lines", lines)

    def gate(self) -> Gate:
        return Gate(self.max_chars, triggers=(self.trigger,))

    def tag_lines(self, doc: Document, lines: Sequence[int], found: Sequence[Tag]) -> Iterable[Tag]:
        quotes = [q for q in (self._quote(doc, i) for i in lines) if q is not None]
        if len(quotes) < self.min_quotes:
            return []
        strips: list[list[tuple[int, int, int]]] = []
        for quote in quotes:
            if strips and doc.next_content(strips[-1][-1][2]) == quote[0]:
                strips[-1].append(quote)
            else:
                strips.append([quote])
        strips = [strip for strip in strips if len(strip) >= self.min_quotes]
        if not strips:
            return []
        body = removed_body_span(doc.lines, found, self.paragraph_chars)[1]
        if body is None:
            return []
        first, last = body
        return [
            Tag(i, self.id)
            for strip in strips
            if strip[-1][2] < first or strip[0][0] > last
            for quote in strip
            for i in quote
        ]

    def _quote(self, doc: Document, change: int) -> tuple[int, int, int] | None:
        """The name, level and change lines of the quote whose change is line ``change``."""
        text, (name_line, level_line, change_line) = doc.lines, self._lines
        if change_line.fullmatch(text[change].strip()) is None:
            return None
        level = doc.previous_content(change)
        if level is None or level_line.fullmatch(text[level].strip()) is None:
            return None
        name = doc.previous_content(level)
        if name is None or name_line.fullmatch(text[name].strip()) is None:
            return None
        return name, level, change
