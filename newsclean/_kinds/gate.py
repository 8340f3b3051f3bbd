"""Gates: the cheap tests that pick the few lines a rule needs to look at.

A rule declares a :class:`Gate` (a length limit, words a line may start with, strings it
may contain). A :class:`GateScanner` merges the gates of every rule of a pipeline: the
starts into one regular expression shaped as a trie and tried after each line break, the
triggers into one Aho-Corasick automaton. Both run once over the case-folded document and
hand each rule its candidate lines, so the cost of a document hardly depends on the number
of rules, and a rule's detailed test runs only on its candidates.

A gate must let through every line its rule could tag (it may let through more): the rule
decides, the gate only saves work.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import ClassVar

import attrs

from newsclean._document import Document
from newsclean._kinds.gate_scan import DECORATION_CHARS, WHITESPACE, GateScanner, trie_pattern
from newsclean._rule import Rule, Tag

__all__ = ["DECORATION_CHARS", "Gate", "GateScanner", "GatedRule", "gate_strings", "trie_pattern"]


def _gate_string(text: str) -> str:
    folded = text.casefold()
    if folded.isprintable() and "  " not in folded:
        return folded  # no whitespace but single spaces (most strings; saves start-up)
    return WHITESPACE.sub(" ", folded)


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
    gate has ``starts``, ``words`` or ``triggers``) it begins with one of ``starts`` (after
    leading whitespace and decoration such as "»", "—", "("), begins with one of ``words``
    as a whole word (a start not followed by a letter, digit or "_": "by" passes "By Ann"
    and "By: Ann", not "Byrne"), or contains one of ``triggers`` anywhere. Matching ignores
    case (full case folding) and treats any whitespace run as one space. A gate with none
    of them lets every short enough line through.
    """

    max_chars: int
    starts: tuple[str, ...] = attrs.field(default=(), converter=gate_strings)
    triggers: tuple[str, ...] = attrs.field(default=(), converter=gate_strings)
    words: tuple[str, ...] = attrs.field(default=(), converter=gate_strings)

    @property
    def is_open(self) -> bool:
        """Whether the gate only limits the length (no starts, words or triggers)."""
        return not self.starts and not self.triggers and not self.words


@attrs.frozen(kw_only=True)
class GatedRule(Rule):
    """A rule that only needs to see the lines its :meth:`gate` lets through.

    Subclasses implement :meth:`gate` and :meth:`tag_lines`; the pipeline scans once for
    all gated rules and calls :meth:`tag_lines` with each rule's candidates. ``tag_lines``
    must give the same tags for any candidate list that includes the lines the gate passes.
    A subclass whose ``tag_lines`` tags nothing without candidates says so with
    ``tags_candidates_only``: the pipeline then does not call it on a document its gate
    passes no line of.
    """

    tags_candidates_only: ClassVar[bool] = False

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
