"""Phrase rules and the combined index that matches all of them in one pass over the lines."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Literal

import attrs
import regex

from newsclean._document import Document
from newsclean._rule import Rule, Tag
from newsclean._text import phrase_key, starts_with_phrase

__all__ = ["Block", "Match", "PhraseIndex", "PhraseRule", "lines_until_blank"]

Match = Literal["whole-line", "line-start", "label", "contains"]
Block = Literal["none", "until-blank"]

_BLOCK_LINE_CHARS = 300
_BLOCK_LINES = 30


def _phrase_keys(phrases: Iterable[str]) -> tuple[str, ...]:
    keys = tuple(dict.fromkeys(phrase_key(p) for p in phrases))
    if not all(keys):
        raise ValueError("a phrase is empty once case and decoration are removed")
    return keys


@attrs.frozen(kw_only=True)
class PhraseRule(Rule):
    """Removes lines that are, start with, or contain one of a list of literal phrases.

    ``match`` is ``"whole-line"``, ``"line-start"`` (the phrase as whole words at the start),
    ``"label"`` (the phrase then a colon, as in "Tags: …", or the phrase alone) or
    ``"contains"`` (the phrase as whole words anywhere in a short line).

    Matching ignores case, whitespace runs and decoration at the ends of the line
    (``"Jump to comments ↓"`` matches the phrase ``"jump to comments"``). Only lines of at most
    ``max_chars`` characters are looked at, so a long story paragraph is never removed for
    containing a phrase. ``block="until-blank"`` also removes the lines that follow, up to the
    next blank line (a teaser list under a "Related" header).
    """

    phrases: tuple[str, ...] = attrs.field(converter=_phrase_keys)
    match: Match = "whole-line"
    max_chars: int = 120
    block: Block = "none"

    def tag(self, doc: Document, found: Sequence[Tag]) -> Iterable[Tag]:
        return PhraseIndex([self]).tag(doc)[self.id]


class PhraseIndex:
    """All phrase rules of a pipeline merged into dictionaries and one regex.

    Each line is keyed once (:func:`phrase_key`) and looked up, instead of every rule
    scanning every line: whole-line phrases are a dict lookup, line-start phrases are found
    by their first word, and ``contains`` phrases share one alternation.
    """

    def __init__(self, rules: Sequence[PhraseRule]) -> None:
        self._rules = list(rules)
        self._whole: dict[str, list[int]] = defaultdict(list)
        self._start: dict[str, list[tuple[str, int, bool]]] = defaultdict(list)
        contains: dict[str, list[int]] = defaultdict(list)
        for number, rule in enumerate(self._rules):
            for phrase in rule.phrases:
                if rule.match == "whole-line":
                    self._whole[phrase].append(number)
                elif rule.match in ("line-start", "label"):
                    first_word = phrase.split(" ", 1)[0]
                    self._start[first_word].append((phrase, number, rule.match == "label"))
                else:
                    contains[phrase].append(number)
        self._contains = dict(contains)
        alternation = "|".join(regex.escape(p) for p in sorted(contains, key=len, reverse=True))
        self._contains_re = (
            regex.compile(rf"(?<!\w)(?:{alternation})(?!\w)") if alternation else None
        )
        self._max_chars = max((rule.max_chars for rule in self._rules), default=0)

    def tag(self, doc: Document) -> dict[str, list[Tag]]:
        """Tags per rule id, each list in line order."""
        hits: dict[str, list[Tag]] = {rule.id: [] for rule in self._rules}
        lines = doc.lines
        rules = self._rules
        max_chars = self._max_chars
        whole, start, contains_re = self._whole, self._start, self._contains_re
        for i, line in enumerate(lines):
            if not line or len(line) > max_chars:
                continue
            key = phrase_key(line)
            if not key:
                continue
            matched: set[int] = set(whole.get(key, ()))
            for phrase, number, label in start.get(key.split(" ", 1)[0].rstrip(":"), ()):
                if starts_with_phrase(key, phrase) and (not label or _is_label(key, phrase)):
                    matched.add(number)
            if contains_re is not None:
                for m in contains_re.finditer(key):
                    matched.update(self._contains[m.group()])
            for number in sorted(matched):
                rule = rules[number]
                if len(line) > rule.max_chars:
                    continue
                hits[rule.id].append(Tag(i, rule.id))
                if rule.block == "until-blank":
                    block = list(lines_until_blank(lines, i))
                    hits[rule.id].extend(Tag(j, rule.id) for j in block)
        return hits


def lines_until_blank(lines: Sequence[str], index: int) -> Iterable[int]:
    """Lines after ``index`` up to the next blank line (a list under a header)."""
    for j in range(index + 1, min(len(lines), index + 1 + _BLOCK_LINES)):
        line = lines[j]
        if not line.strip() or len(line) > _BLOCK_LINE_CHARS:
            return
        yield j


def _is_label(key: str, phrase: str) -> bool:
    """Whether ``key`` is ``phrase`` alone or ``phrase`` followed by a colon."""
    return len(key) == len(phrase) or key[len(phrase) :].lstrip().startswith(":")
