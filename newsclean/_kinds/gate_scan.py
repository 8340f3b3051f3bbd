"""The gate scan: every gate of a pipeline merged, one pass per document for all of them.

The starts of all gates become one regular expression shaped as a trie, tried after each line
break; the triggers one Aho-Corasick automaton over UTF-8 bytes. Each match names the gates
it satisfies. This module holds no attrs classes and reads gates through a protocol, so it can
be compiled (see ``newsclean.compiled``).
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from operator import itemgetter
from typing import Any, Protocol

from ahocorasick_rs import BytesAhoCorasick, Implementation

from newsclean._document import Document
from newsclean._kinds import scan_cache
from newsclean._text import EDGE_MARKS

__all__ = ["DECORATION_CHARS", "WHITESPACE", "GateScanner", "ScannedGate", "trie_pattern"]

WHITESPACE = re.compile(r"\s+")
_LINE_SPACE = r"[^\S\n]+"  # whitespace inside one line
_SPACES = "".join(c for c in map(chr, range(0x3001)) if c.isspace() and c != "\n")
DECORATION_CHARS = frozenset(_SPACES + EDGE_MARKS)
"""What a start gate skips at the beginning of a line (whitespace, "»", "—", "(", ...)."""
# what may precede a start; possessive (no backtracking) where Python has it (3.11+)
_DECORATION = (
    "[" + re.escape(_SPACES + EDGE_MARKS) + "]*" + ("+" if sys.version_info >= (3, 11) else "")
)

_Trie = dict[str, "_Trie"]
# A longer start is gated by its first characters only (the rule checks the whole line): the
# trie of some 3,000 phrases then compiles much faster (start-up), and the few more
# lines it lets through cost less than that on any corpus below some hundred megabytes.
_START_PREFIX_CHARS = 10
# Scans with this many start strings or more are kept on disk (see scan_cache): smaller ones
# build in a few milliseconds.
_CACHED_STARTS = 200
_BUILT_KEYS = frozenset(["start_pattern", "start_code", "start_owners", "anchors", "anchor_owners"])


class ScannedGate(Protocol):
    """What the scan reads of a gate (:class:`newsclean.Gate`)."""

    @property
    def max_chars(self) -> int: ...
    @property
    def starts(self) -> tuple[str, ...]: ...
    @property
    def triggers(self) -> tuple[str, ...]: ...
    @property
    def words(self) -> tuple[str, ...]: ...
    @property
    def is_open(self) -> bool: ...


class GateScanner:
    """All gates of a pipeline merged: one scan per document gives every gate its lines."""

    def __init__(self, gates: Sequence[ScannedGate]) -> None:
        self._gates = tuple(gates)
        # what ``scan`` reads of each gate, per document
        self._limits = [(g.max_chars, g.is_open, not g.triggers) for g in self._gates]
        large = sum(len(g.starts) + len(g.words) for g in self._gates) >= _CACHED_STARTS
        key = (
            repr([(g.max_chars, g.starts, g.words, g.triggers) for g in self._gates])
            if large
            else ""
        )
        built = scan_cache.load(key, _BUILT_KEYS) if large else None
        if built is None:
            built = _build(self._gates)
            if large:
                scan_cache.save(key, built)
        self._start_owners: dict[str, tuple[int, ...]] = {
            text: tuple(numbers) for text, numbers in built["start_owners"].items()
        }
        pattern: str | None = built["start_pattern"]
        self._start_re = (
            None if pattern is None else scan_cache.compile_pattern(pattern, built["start_code"])
        )
        anchors: list[str] = built["anchors"]
        self._anchor_owners = [tuple(numbers) for numbers in built["anchor_owners"]]
        self._anchors = (
            BytesAhoCorasick([a.encode() for a in anchors], implementation=Implementation.DFA)
            if anchors
            else None
        )

    @property
    def gates(self) -> tuple[ScannedGate, ...]:
        return self._gates

    def scan(self, doc: Document) -> list[list[int]]:
        """For each gate, in order, the ascending indices of the lines it lets through."""
        hits: list[list[int]] = [[] for _ in self._limits]
        lines = doc.lines
        if self._start_re is not None or self._anchors is not None:
            folded = doc.folded()
            if self._start_re is not None:
                _collect_starts(self._start_re, self._start_owners, folded, hits)
            if self._anchors is not None:
                _collect_triggers(self._anchors, self._anchor_owners, folded, hits)
        sizes = list(map(len, lines))
        longest = max(sizes)
        for number, (max_chars, is_open, by_starts_only) in enumerate(self._limits):
            if is_open:
                hits[number] = [
                    i for i, line in enumerate(lines) if line and len(line) <= max_chars
                ]
            elif hits[number]:
                # start matches come in line order, one per line; trigger matches may repeat
                found = hits[number] if by_starts_only else sorted(set(hits[number]))
                if max_chars >= longest:
                    hits[number] = found
                else:
                    hits[number] = [i for i in found if sizes[i] <= max_chars]
        return hits


def _build(gates: Sequence[ScannedGate]) -> dict[str, Any]:
    """The scan of ``gates`` as plain data: the start trie's pattern (and the regex engine's
    code for it), the gates each start string lets through, the trigger anchors and theirs."""
    starts: dict[str, set[int]] = defaultdict(set)  # owners that take it as a prefix
    words: dict[str, set[int]] = defaultdict(set)  # owners that need it to end a word
    triggers: dict[str, set[int]] = defaultdict(set)
    for number, gate in enumerate(gates):
        for text in (*gate.starts, *gate.words):
            # the decoration before a start is skipped without backtracking
            start = text.lstrip(_SPACES + EDGE_MARKS)
            key = start or text.strip()
            if len(key) > _START_PREFIX_CHARS:
                starts[key[:_START_PREFIX_CHARS].rstrip()].add(number)
            elif text in gate.starts or not start[-1:].isalnum():
                starts[key].add(number)
            else:
                words[key].add(number)
        for text in gate.triggers:
            triggers[text].add(number)
    pattern = None
    if starts or words:
        trie = trie_pattern({*starts, *words}, words=set(words) - set(starts))
        pattern = f"\\n{_DECORATION}({trie})"
    # Triggers are found by their longest piece without spaces (a line holding the trigger
    # holds that piece), all at once by an Aho-Corasick automaton.
    anchors: dict[str, set[int]] = defaultdict(set)
    for text, numbers in triggers.items():
        for anchor in _anchors(text):
            anchors[anchor].update(numbers)
    return {
        "start_pattern": pattern,
        "start_code": None if pattern is None else scan_cache.pattern_code(pattern),
        "start_owners": {
            text: list(numbers) for text, numbers in _owners_with_prefixes(starts, words).items()
        },
        "anchors": list(anchors),
        "anchor_owners": [sorted(numbers) for numbers in anchors.values()],
    }


def _collect_starts(
    pattern: re.Pattern[str], owners: dict[str, tuple[int, ...]], folded: str, hits: list[list[int]]
) -> None:
    """Lines (numbered by the newline before them) whose start matches ``pattern``."""
    line, position = -1, 0
    for match in pattern.finditer(folded):
        start = match.start() + 1
        line += folded.count("\n", position, start)
        position = start
        text = match.group(1)
        numbers = owners.get(text)
        if numbers is None:  # spaced differently from the gate string
            numbers = owners[WHITESPACE.sub(" ", text)]
        for number in numbers:
            hits[number].append(line)


def _collect_triggers(
    anchors: BytesAhoCorasick, owners: list[tuple[int, ...]], folded: str, hits: list[list[int]]
) -> None:
    """Lines holding an anchor of a trigger (every occurrence, overlapping ones too).

    The automaton runs over UTF-8 bytes (no offsets to convert back; a lone surrogate is
    encoded as it stands): only line numbers are needed, and a UTF-8 pattern matches only
    at character boundaries.
    """
    data = folded.encode("utf-8", "surrogatepass")
    matches = anchors.find_matches_as_indexes(data, overlapping=True)
    matches.sort(key=itemgetter(1))
    line, position = -1, 0
    for anchor, start, _ in matches:
        line += data.count(b"\n", position, start)
        position = start
        for number in owners[anchor]:
            hits[number].append(line)


# One-character pieces found on most lines: a trigger is anchored on another piece if it has one.
_COMMON_PIECES = frozenset(".,:;'’-")


# A piece this short between two spaces of its trigger ("de" of " de ") is found with the
# whitespace around it: alone it is part of too many words ("der", "oder").
_SHORT_PIECE = 3
_OTHER_SPACES = _SPACES.replace(" ", "")


def _anchors(trigger: str) -> list[str]:
    """What the automaton looks for to find ``trigger``: its longest piece without spaces,
    the rarer of two equally long ones ("/" rather than "." for ". /"). A short piece is
    looked for with the whitespace the trigger has around it: between two spaces, a space
    on each side or another whitespace character on either side (" de ", "\u00a0de",
    " de\t", ...); at the trigger's end or start, the whitespace on its one side (" n.",
    "\u00a0n.")."""
    pieces = trigger.split(" ")
    best = max(range(len(pieces)), key=lambda i: (len(pieces[i]), pieces[i] not in _COMMON_PIECES))
    piece = pieces[best]
    if len(piece) > _SHORT_PIECE or len(pieces) == 1:
        return [piece]
    if best == len(pieces) - 1:  # " n.", "/ 20": the whitespace before it
        return [f" {piece}", *(space + piece for space in _OTHER_SPACES)]
    if best == 0:  # "n. ": the whitespace after it
        return [f"{piece} ", *(piece + space for space in _OTHER_SPACES)]
    return [
        f" {piece} ",
        *(space + piece for space in _OTHER_SPACES),
        *(f" {piece}{space}" for space in _OTHER_SPACES),
    ]


def _owners_with_prefixes(
    starts: dict[str, set[int]], words: dict[str, set[int]]
) -> dict[str, tuple[int, ...]]:
    """The gates a trie match lets through: owners of the string and of its shorter prefixes.

    At one position the trie regex reports only the longest string; the shorter ones that
    match there are its prefixes. A prefix owned as a word counts only where it ends a word
    inside the longer string ("new" is no word in "news"); a string that is a start for one
    gate and a word for another is matched as a start, so its word owners are kept too.
    """
    merged: dict[str, tuple[int, ...]] = {}
    for text in {*starts, *words}:
        numbers: set[int] = set()
        for end in range(1, len(text) + 1):
            prefix = text[:end]
            numbers.update(starts.get(prefix, ()))
            if end == len(text) or not _is_word_char(text[end]):
                numbers.update(words.get(prefix, ()))
        merged[text] = tuple(sorted(numbers))
    return merged


def _is_word_char(char: str) -> bool:
    """What ``\\w`` matches: a letter, a digit or ``_``."""
    return char.isalnum() or char == "_"


_WORD_END = "(?!\\w)"  # a trie key no single-character token can equal


def trie_pattern(strings: Iterable[str], *, words: Collection[str] = ()) -> str:
    """A regex matching any of ``strings`` (longest first), shaped as a trie so it stays fast.

    Spaces match any whitespace run inside a line. The strings also in ``words`` match only
    where no word character follows them.
    """
    root: _Trie = {}
    for text in strings:
        node = root
        for token in re.findall(r" +|.", text, re.DOTALL):
            node = node.setdefault(" " if token.startswith(" ") else token, {})
        node[_WORD_END if text in words else ""] = {}
    return _trie_node(root)


def _trie_node(node: _Trie) -> str:
    branches = [
        (_LINE_SPACE if token == " " else re.escape(token)) + _trie_node(child)
        for token, child in sorted(node.items())
        if token and token != _WORD_END
    ]
    if "" in node:  # a string may end here: the longer ones are tried first
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if branches else ""
    if _WORD_END in node:  # a word may end here
        branches.append(_WORD_END)
    if not branches:
        return ""
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
