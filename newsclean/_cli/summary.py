"""The end-of-run summary on stderr: outcomes, and per rule the lines removed (``--stats``)."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable

import attrs

__all__ = ["RuleStats"]


@attrs.define
class RuleStats:
    """Per rule id: lines removed, and lines a user rule was left out on (past its limit)."""

    removed: Counter[str] = attrs.Factory(Counter)
    left_out: Counter[str] = attrs.Factory(Counter)

    def add(self, rules: Iterable[tuple[str, int, int]]) -> None:
        for rule, removed, left_out in rules:
            self.removed[rule] += removed
            self.left_out[rule] += left_out

    def report_limits(self) -> None:
        """One line per rule that was left out on some lines (always shown)."""
        for rule, lines in sorted(self.left_out.items()):
            if lines:
                plural = "s" if lines > 1 else ""
                print(
                    f"newsclean: warning: rule {rule!r} hit its limit on {lines} line{plural}; "
                    "those lines were left to the other rules",
                    file=sys.stderr,
                )

    def report(self) -> None:
        """The ``--stats`` table: lines removed per rule, most first, then the total."""
        rows = sorted(self.removed.items(), key=lambda item: (-item[1], item[0]))
        width = max((len(rule) for rule, _ in rows), default=5)
        print("newsclean: lines removed per rule:", file=sys.stderr)
        for rule, lines in rows:
            print(f"  {rule:{width}}  {lines:>9}", file=sys.stderr)
        print(f"  {'total':{width}}  {sum(self.removed.values()):>9}", file=sys.stderr)
