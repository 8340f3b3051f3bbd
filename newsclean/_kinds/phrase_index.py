"""The phrase index: all phrase rules of a pipeline matched together, one lookup per line.

This module holds no attrs classes and reads phrase rules through a protocol, so it can be
compiled (see ``newsclean.compiled``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from typing import Protocol

from newsclean._document import Document
from newsclean._kinds import scan_cache
from newsclean._kinds.gate import Gate
from newsclean._kinds.gate_scan import trie_pattern
from newsclean._rule import Tag
from newsclean._text import SENTENCE_END, phrase_key, reports_speech, starts_with_phrase

__all__ = ["ANYWHERE", "IndexedPhraseRule", "PhraseIndex", "lines_until_blank"]

ANYWHERE = ("contains", "counted")
"""Matches that may sit anywhere in a line (gated by triggers, the others by line starts)."""

_BLOCK_LINE_CHARS = 300
# How far past the longest line-start phrase a long line is keyed (room for a label's colon).
_PREFIX_MARGIN = 40
_BLOCK_LINES = 30


class IndexedPhraseRule(Protocol):
    """What the index reads of a phrase rule (:class:`newsclean.PhraseRule`)."""

    @property
    def id(self) -> str: ...
    @property
    def phrases(self) -> Iterable[str]: ...
    @property
    def match(self) -> str: ...
    @property
    def max_chars(self) -> int: ...
    @property
    def block(self) -> str: ...
    @property
    def fragment_only(self) -> bool: ...


class PhraseIndex:
    """All phrase rules of a pipeline merged into dictionaries and one regex.

    Each candidate line is keyed once (:func:`phrase_key`) and looked up, instead of every
    rule scanning every line: whole-line phrases are a dict lookup, line-start phrases are
    found by their first word, and ``contains`` phrases share one alternation. The
    candidates come from :attr:`gate`, the union of the rules' gates.
    """

    def __init__(self, rules: Sequence[IndexedPhraseRule]) -> None:
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
        self._contains_re = _contains_pattern(contains) if contains else None
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
        at_start = [rule for rule in self._rules if rule.match not in ANYWHERE]
        anywhere = [rule for rule in self._rules if rule.match in ANYWHERE]
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
                speech: bool | None = None  # whether the line is reported speech, asked once
                for phrase, number, label in start.get(key.partition(" ")[0].rstrip(":"), ()):
                    if not starts_with_phrase(key, phrase):
                        continue
                    # a label is furniture; a prompt's words that open reported speech are not
                    if label:
                        if _is_label(key, phrase):
                            matched.append(number)
                        continue
                    if speech is None:
                        speech = reports_speech(line)
                    if not speech:
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


def _contains_pattern(phrases: Collection[str]) -> re.Pattern[str]:
    """The phrases as a trie (longest match first, as an alternation sorted by length would
    give) for the standard library's engine: a position fails on its first character.

    Built and compiled once, then kept on disk with the engine's code (see ``scan_cache``):
    some thousand phrases take each process a few tens of milliseconds otherwise.
    """
    key = f"contains {sorted(phrases)!r}"
    stored = scan_cache.load(key, ("pattern", "code"))
    if stored is None:
        pattern = rf"(?<!\w)(?:{trie_pattern(phrases)})(?!\w)"
        stored = {"pattern": pattern, "code": scan_cache.pattern_code(pattern)}
        scan_cache.save(key, stored)
    return scan_cache.compile_pattern(stored["pattern"], stored["code"])


def _union_gate(rules: Sequence[IndexedPhraseRule], *, starts: bool) -> Gate | None:
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


_LABEL_MARKS = frozenset(":»›|")


def _is_label(key: str, phrase: str) -> bool:
    """Whether ``key`` is ``phrase`` alone or ``phrase`` then a colon (or "»", "›", or the
    line's only "|": "Lire aussi | …"; a table row has more)."""
    if len(key) == len(phrase):
        return True
    mark = key[len(phrase) :].lstrip()[:1]
    return mark in _LABEL_MARKS and (mark != "|" or key.count("|") == 1)
