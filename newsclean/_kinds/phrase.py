"""Phrase rules and the combined index that matches all of them in one pass over the lines."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from typing import Literal

import attrs

from newsclean._document import Document
from newsclean._kinds.gate import Gate, GatedRule, trie_pattern
from newsclean._rule import Tag
from newsclean._text import SENTENCE_END, phrase_key, starts_with_phrase

__all__ = [
    "ANY_LANGUAGE",
    "Block",
    "Match",
    "PhraseIndex",
    "PhraseRule",
    "Phrases",
    "lines_until_blank",
]

Match = Literal["whole-line", "line-start", "label", "contains", "counted"]
Block = Literal["none", "until-blank"]

# Matches that may sit anywhere in a line (gated by triggers, the others by line starts).
_ANYWHERE = ("contains", "counted")

_BLOCK_LINE_CHARS = 300
# How far past the longest line-start phrase a long line is keyed (room for a label's colon).
_PREFIX_MARGIN = 40
_BLOCK_LINES = 30


def _phrase_keys(phrases: Iterable[str]) -> tuple[str, ...]:
    """Phrase keys; a phrase with an apostrophe also gets its typographic (’) twin."""
    keys = tuple(dict.fromkeys(k for p in phrases for k in _apostrophes(phrase_key(p))))
    if not all(keys):
        raise ValueError("a phrase is empty once case and decoration are removed")
    return keys


ANY_LANGUAGE = "any"
"""The language key of phrases that belong to no one language (brand names, symbols)."""


@attrs.frozen
class Phrases:
    """A phrase rule's phrases by language: ``{"en": (...), "de": (...)}`` as matching keys.

    Iterating gives every key once (all languages together), which is what matching needs;
    :attr:`languages` are the keys of the table, so a rule's languages are never typed twice.
    """

    by_language: tuple[tuple[str, tuple[str, ...]], ...]
    keys: tuple[str, ...]

    @classmethod
    def of(cls, phrases: Phrases | Mapping[str, Iterable[str]] | Iterable[str]) -> Phrases:
        """A table from a language-keyed mapping, or from a plain list (language "any")."""
        if isinstance(phrases, Phrases):
            return phrases
        if isinstance(phrases, str):
            phrases = (phrases,)
        table = phrases if isinstance(phrases, Mapping) else {ANY_LANGUAGE: phrases}
        by_language = tuple((language, _phrase_keys(items)) for language, items in table.items())
        if not by_language:
            raise ValueError("a phrase rule needs at least one phrase")
        keys = tuple(dict.fromkeys(key for _, items in by_language for key in items))
        return cls(by_language, keys)

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(language for language, _ in self.by_language)

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys)

    def __len__(self) -> int:
        return len(self.keys)


def _phrase_table(phrases: Phrases | Mapping[str, Iterable[str]] | Iterable[str]) -> Phrases:
    return Phrases.of(phrases)


@attrs.frozen(kw_only=True)
class PhraseRule(GatedRule):
    """Removes lines that are, start with, or contain one of a list of literal phrases.

    ``match`` is ``"whole-line"``, ``"line-start"`` (the phrase as whole words at the start),
    ``"label"`` (the phrase then a colon, as in "Tags: …", or the phrase alone; "»" and "›"
    count as colons), ``"contains"`` (the phrase as whole words anywhere in a short line) or
    ``"counted"`` (the phrase with a number before or after it: "120 Kommentare",
    "Comments (3)").

    Matching ignores case, whitespace runs and decoration at the ends of the line
    (``"Jump to comments ↓"`` matches the phrase ``"jump to comments"``). Only lines of at most
    ``max_chars`` characters are looked at, so a long story paragraph is never removed for
    containing a phrase. ``phrases`` are keyed by language (``{"en": (...), "de": (...)}``,
    ``"any"`` for phrases of no one language); the rule's ``languages`` are those keys and
    cannot be given apart from them. A plain list is language ``"any"``.
    ``block="until-blank"`` also removes the lines that follow, up to the next blank line (a
    teaser list under a "Related" header). With ``fragment_only`` a line that ends like a
    sentence (".", "!", "?", "…") is never matched.
    """

    phrases: Phrases = attrs.field(converter=_phrase_table)
    languages: tuple[str, ...] = attrs.field(init=False)
    match: Match = "whole-line"
    max_chars: int = 120
    block: Block = "none"
    fragment_only: bool = False

    @languages.default
    def _languages_of_phrases(self) -> tuple[str, ...]:
        return self.phrases.languages

    def gate(self) -> Gate:
        if self.match in _ANYWHERE:
            return Gate(self.max_chars, triggers=self.phrases)
        return Gate(self.max_chars, starts=self.phrases)

    def tag_lines(self, doc: Document, lines: Sequence[int], found: Sequence[Tag]) -> Iterable[Tag]:
        return _index_of((self,)).tag_lines(doc, lines)[self.id]


@lru_cache(maxsize=256)
def _index_of(rules: tuple[PhraseRule, ...]) -> PhraseIndex:
    return PhraseIndex(rules)


def _apostrophes(key: str) -> tuple[str, ...]:
    if "'" in key:
        return (key, key.replace("'", "’"))
    return (key,)


class PhraseIndex:
    """All phrase rules of a pipeline merged into dictionaries and one regex.

    Each candidate line is keyed once (:func:`phrase_key`) and looked up, instead of every
    rule scanning every line: whole-line phrases are a dict lookup, line-start phrases are
    found by their first word, and ``contains`` phrases share one alternation. The
    candidates come from :attr:`gate`, the union of the rules' gates.
    """

    def __init__(self, rules: Sequence[PhraseRule]) -> None:
        self._rules = list(rules)
        self._whole: dict[str, list[int]] = defaultdict(list)
        self._start: dict[str, list[tuple[str, int, bool]]] = defaultdict(list)
        self._counted: dict[str, list[int]] = defaultdict(list)
        contains: dict[str, list[int]] = defaultdict(list)
        for number, rule in enumerate(self._rules):
            for phrase in rule.phrases:
                if rule.match == "whole-line":
                    self._whole[phrase].append(number)
                elif rule.match == "counted":
                    self._counted[phrase].append(number)
                elif rule.match in ("line-start", "label"):
                    first_word = phrase.split(" ", 1)[0]
                    self._start[first_word].append((phrase, number, rule.match == "label"))
                else:
                    contains[phrase].append(number)
        self._contains = dict(contains)
        # The phrases as a trie (longest match first, as an alternation sorted by length would
        # give) for the standard library's engine: a position fails on its first character.
        alternation = trie_pattern(contains)
        self._contains_re = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)") if contains else None
        self._max_chars = max((rule.max_chars for rule in self._rules), default=0)
        # Lines longer than these never match a whole-line or contains phrase, so only the
        # start of such a line is keyed (enough for every line-start and label phrase).
        self._full_key_chars = max(
            (rule.max_chars for rule in self._rules if rule.match not in ("line-start", "label")),
            default=0,
        )
        self._contains_chars = max(
            (rule.max_chars for rule in self._rules if rule.match == "contains"), default=0
        )
        longest_start = max(
            (len(p) for phrases in self._start.values() for p, *_ in phrases), default=0
        )
        self._prefix_chars = longest_start + _PREFIX_MARGIN
        at_start = [rule for rule in self._rules if rule.match not in _ANYWHERE]
        anywhere = [rule for rule in self._rules if rule.match in _ANYWHERE]
        # lines that may hold a whole-line, line-start or label phrase; lines that may hold a
        # contains or counted phrase (``None`` where no rule matches that way)
        self.gates = (_union_gate(at_start, starts=True), _union_gate(anywhere, starts=False))

    def tag(self, doc: Document) -> dict[str, list[Tag]]:
        """Tags per rule id, each list in line order, looking at every line."""
        return self.tag_lines(doc, range(len(doc.lines)))

    def tag_lines(
        self, doc: Document, candidates: Iterable[int], anywhere: Iterable[int] | None = None
    ) -> dict[str, list[Tag]]:
        """Tags per rule id, each list in line order, looking at the ``candidates`` only.

        With ``anywhere``, ``candidates`` are checked for whole-line, line-start and label
        phrases and ``anywhere`` for contains and counted phrases (what the two gates pass).
        """
        hits: dict[str, list[Tag]] = {rule.id: [] for rule in self._rules}
        lines = doc.lines
        rules = self._rules
        max_chars, full_key_chars = self._max_chars, self._full_key_chars
        contains_chars, prefix_chars = self._contains_chars, self._prefix_chars
        whole, start, contains_re = self._whole, self._start, self._contains_re
        counted = self._counted
        check_start: set[int] | None = None
        check_anywhere: set[int] | None = None
        if anywhere is not None:
            check_start, check_anywhere = set(candidates), set(anywhere)
            candidates = sorted(check_start | check_anywhere)
        for i in candidates:
            line = lines[i]
            size = len(line)
            if not size or size > max_chars:
                continue
            at_start = check_start is None or i in check_start
            at_any = check_anywhere is None or i in check_anywhere
            if size <= full_key_chars:
                key = phrase_key(line)
            else:
                indent = size - len(line.lstrip())
                key = phrase_key(line[: indent + prefix_chars])
            if not key:
                continue
            matched: list[int] = []
            if size <= full_key_chars:
                if at_start:
                    matched.extend(whole.get(key, ()))
                if at_any and counted and (key[0].isdigit() or key[-1].isdigit()):
                    matched.extend(counted.get(_without_count(key), ()))
            if at_start:
                for phrase, number, label in start.get(key.partition(" ")[0].rstrip(":"), ()):
                    if starts_with_phrase(key, phrase) and (not label or _is_label(key, phrase)):
                        matched.append(number)
            if at_any and contains_re is not None and size <= contains_chars:
                for m in contains_re.finditer(key):
                    matched.extend(self._contains[m.group()])
            if not matched:
                continue
            for number in sorted(set(matched)):
                rule = rules[number]
                if len(line) > rule.max_chars:
                    continue
                if rule.fragment_only and line.rstrip().endswith(SENTENCE_END):
                    continue
                hits[rule.id].append(Tag(i, rule.id))
                if rule.block == "until-blank":
                    block = list(lines_until_blank(lines, i))
                    hits[rule.id].extend(Tag(j, rule.id) for j in block)
        return hits


def _union_gate(rules: Sequence[PhraseRule], *, starts: bool) -> Gate | None:
    if not rules:
        return None
    phrases = [phrase for rule in rules for phrase in rule.phrases]
    max_chars = max(rule.max_chars for rule in rules)
    return Gate(max_chars, starts=phrases) if starts else Gate(max_chars, triggers=phrases)


def lines_until_blank(lines: Sequence[str], index: int) -> Iterable[int]:
    """Lines after ``index`` up to the next blank line (a list under a header)."""
    for j in range(index + 1, min(len(lines), index + 1 + _BLOCK_LINES)):
        line = lines[j]
        if not line.strip() or len(line) > _BLOCK_LINE_CHARS:
            return
        yield j


_COUNT_CHARS = "0123456789.,  ()[]"


def _without_count(key: str) -> str:
    """``key`` without the number before or after it ("120 kommentare" → "kommentare",
    "kommentare insgesamt: 0" → "kommentare insgesamt")."""
    if key[0].isdigit():
        return key.lstrip(_COUNT_CHARS)
    return key.rstrip(_COUNT_CHARS).rstrip(": ")


_LABEL_MARKS = (":", "»", "›")


def _is_label(key: str, phrase: str) -> bool:
    """Whether ``key`` is ``phrase`` alone or ``phrase`` then a colon (or "»", "›")."""
    return len(key) == len(phrase) or key[len(phrase) :].lstrip().startswith(_LABEL_MARKS)
