"""Gates: the cheap tests that pick the few lines a rule needs to look at.

A rule declares a :class:`Gate` (a length limit, words a line may start with, strings it
may contain). A :class:`GateScanner` merges the gates of every rule of a pipeline into two
regular expressions shaped as tries, runs them once over the case-folded document, and
hands each rule its candidate lines. So the cost of a document is one scan whatever the
number of rules, and a rule's detailed test runs only on its candidates.

A gate must let through every line its rule could tag (it may let through more): the rule
decides, the gate only saves work.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache

import attrs

from newsclean._document import Document
from newsclean._rule import Rule, Tag
from newsclean._text import EDGE_MARKS

__all__ = ["Gate", "GateScanner", "GatedRule", "gate_strings"]

_WHITESPACE = re.compile(r"\s+")
_LINE_SPACE = r"[^\S\n]+"  # whitespace inside one line
_SPACES = "".join(c for c in map(chr, range(0x3001)) if c.isspace() and c != "\n")
# what may precede a start; possessive (no backtracking) where Python has it (3.11+)
_DECORATION = (
    "[" + re.escape(_SPACES + EDGE_MARKS) + "]*" + ("+" if sys.version_info >= (3, 11) else "")
)
_SEPARATE_SCANS = 8
"""Up to this many first characters, triggers are scanned one first character at a time."""

_Trie = dict[str, "_Trie"]


def _gate_string(text: str) -> str:
    return _WHITESPACE.sub(" ", text.casefold())


def gate_strings(items: Iterable[str]) -> tuple[str, ...]:
    """Gate strings as matched: case-folded, whitespace runs as one space, unique, non-empty."""
    if isinstance(items, str):
        items = (items,)
    keys = tuple(dict.fromkeys(_gate_string(item) for item in items))
    if not all(key.strip() for key in keys):
        raise ValueError("a gate string is empty or only whitespace")
    return keys


@attrs.frozen
class Gate:
    """Which lines a rule looks at.

    A line passes when it is not empty, has at most ``max_chars`` characters, and (if the
    gate has ``starts`` or ``triggers``) it begins with one of ``starts`` (after leading
    whitespace and decoration such as "»", "—", "(") or contains one of ``triggers``
    anywhere. Matching ignores case (full case folding) and treats any whitespace run as
    one space. A gate with neither lets every short enough line through.
    """

    max_chars: int
    starts: tuple[str, ...] = attrs.field(default=(), converter=gate_strings)
    triggers: tuple[str, ...] = attrs.field(default=(), converter=gate_strings)

    @property
    def is_open(self) -> bool:
        """Whether the gate only limits the length (no starts, no triggers)."""
        return not self.starts and not self.triggers


@attrs.frozen(kw_only=True)
class GatedRule(Rule):
    """A rule that only needs to see the lines its :meth:`gate` lets through.

    Subclasses implement :meth:`gate` and :meth:`tag_lines`; the pipeline scans once for
    all gated rules and calls :meth:`tag_lines` with each rule's candidates. ``tag_lines``
    must give the same tags for any candidate list that includes the lines the gate passes.
    """

    def gate(self) -> Gate:
        """The cheap test a line must pass to be worth looking at."""
        raise NotImplementedError

    def tag_lines(self, doc: Document, lines: Sequence[int], found: Sequence[Tag]) -> Iterable[Tag]:
        """Tags for the candidate ``lines`` of ``doc`` (ascending indices)."""
        raise NotImplementedError

    def tag(self, doc: Document, found: Sequence[Tag]) -> Iterable[Tag]:
        return self.tag_lines(doc, _scanner((self.gate(),)).scan(doc)[0], found)


@lru_cache(maxsize=512)
def _scanner(gates: tuple[Gate, ...]) -> GateScanner:
    """A scanner per gate set, reused when a rule runs on its own (a pure cache)."""
    return GateScanner(gates)


class GateScanner:
    """All gates of a pipeline merged: one scan per document gives every gate its lines."""

    def __init__(self, gates: Sequence[Gate]) -> None:
        self._gates = tuple(gates)
        starts: dict[str, set[int]] = defaultdict(set)
        triggers: dict[str, set[int]] = defaultdict(set)
        for number, gate in enumerate(self._gates):
            for text in gate.starts:
                # the decoration before a start is skipped without backtracking
                start = text.lstrip(_SPACES + EDGE_MARKS)
                starts[start or text.strip()].add(number)
            for text in gate.triggers:
                triggers[text].add(number)
        self._start_owners = _owners_with_prefixes(starts)
        self._trigger_owners = _owners_with_prefixes(triggers)
        self._start_re = re.compile(f"\\n{_DECORATION}({_trie(starts)})") if starts else None
        self._trigger_res = [re.compile(_trie(group)) for group in _scan_groups(triggers)]
        self._open = [n for n, gate in enumerate(self._gates) if gate.is_open]

    @property
    def gates(self) -> tuple[Gate, ...]:
        return self._gates

    def scan(self, doc: Document) -> list[list[int]]:
        """For each gate, in order, the ascending indices of the lines it lets through."""
        hits: list[list[int]] = [[] for _ in self._gates]
        lines = doc.lines
        if self._start_re is not None or self._trigger_res:
            folded = doc.folded()
            if self._start_re is not None:
                _collect_starts(self._start_re, self._start_owners, folded, hits)
            for pattern in self._trigger_res:
                _collect_triggers(pattern, self._trigger_owners, folded, hits)
        for number, gate in enumerate(self._gates):
            max_chars = gate.max_chars
            if gate.is_open:
                hits[number] = [
                    i for i, line in enumerate(lines) if line and len(line) <= max_chars
                ]
            elif hits[number]:
                found = sorted(set(hits[number]))
                hits[number] = [i for i in found if len(lines[i]) <= max_chars]
        return hits


def _collect_starts(
    pattern: re.Pattern[str], owners: dict[str, tuple[int, ...]], folded: str, hits: list[list[int]]
) -> None:
    """Lines (numbered by the newline before them) whose start matches ``pattern``."""
    line, position = -1, 0
    for match in pattern.finditer(folded):
        line += folded.count("\n", position, match.start() + 1)
        position = match.start() + 1
        for number in owners[_WHITESPACE.sub(" ", match.group(1))]:
            hits[number].append(line)


def _collect_triggers(
    pattern: re.Pattern[str], owners: dict[str, tuple[int, ...]], folded: str, hits: list[list[int]]
) -> None:
    """Lines holding a match of ``pattern``; matches may overlap, so search on from each start."""
    line, position = -1, 0
    match = pattern.search(folded)
    while match is not None:
        start = match.start()
        line += folded.count("\n", position, start)
        position = start
        for number in owners[_WHITESPACE.sub(" ", match.group())]:
            hits[number].append(line)
        match = pattern.search(folded, start + 1)


def _scan_groups(strings: Iterable[str]) -> list[list[str]]:
    """Triggers split by first character, or all together when there are many.

    A regex whose matches all begin with one character is searched for at memory speed;
    one with many first characters is tried at every position that has one of them.
    """
    groups: dict[str, list[str]] = defaultdict(list)
    for text in strings:
        groups[text[0]].append(text)
    if len(groups) > _SEPARATE_SCANS:
        return [[text for group in groups.values() for text in group]]
    return list(groups.values())


def _owners_with_prefixes(owners: dict[str, set[int]]) -> dict[str, tuple[int, ...]]:
    """Owners of each string, plus the owners of every shorter string it starts with.

    At one position the trie regex reports only the longest string; the shorter ones that
    match there are its prefixes.
    """
    merged: dict[str, tuple[int, ...]] = {}
    for text in owners:
        numbers: set[int] = set()
        for end in range(1, len(text) + 1):
            numbers.update(owners.get(text[:end], ()))
        merged[text] = tuple(sorted(numbers))
    return merged


def _trie(strings: Iterable[str]) -> str:
    """A regex matching any of ``strings`` (longest first), shaped as a trie so it stays fast.

    Spaces match any whitespace run inside a line.
    """
    root: _Trie = {}
    for text in strings:
        node = root
        for token in re.findall(r" +|.", text, re.DOTALL):
            node = node.setdefault(" " if token.startswith(" ") else token, {})
        node[""] = {}
    return _trie_node(root)


def _trie_node(node: _Trie) -> str:
    branches = [
        (_LINE_SPACE if token == " " else re.escape(token)) + _trie_node(child)
        for token, child in sorted(node.items())
        if token
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
