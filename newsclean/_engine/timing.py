"""The engine's timing hook: CPU time per stage and per rule, and the counts behind it.

Pass a :class:`StageTimes` as ``timing=`` to :meth:`Pipeline.clean` (or
:meth:`Pipeline.tags`); it sums over every call, so one object measures a whole corpus.
``benchmarks/stages.py`` reads its numbers instead of copying the engine.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable

__all__ = ["StageTimes"]


class StageTimes:
    """Seconds per stage (``"gate scan"``, ``"rule byline"``, ``"assembly"``, …) and counts.

    Stages: ``split into lines``, ``case folding``, ``gate scan``, ``phrase index``, one
    ``rule <id>`` per rule that is not a phrase rule, and ``assembly``. Counts: documents,
    lines, gate candidates, tags, removals.
    """

    __slots__ = ("clock", "counts", "seconds")

    def __init__(self, clock: Callable[[], float] = time.process_time) -> None:
        self.clock = clock
        self.seconds: dict[str, float] = defaultdict(float)
        self.counts: dict[str, int] = defaultdict(int)

    def lap(self, stage: str, started: float) -> float:
        """Add the time since ``started`` to ``stage``; the clock's time now."""
        now = self.clock()
        self.seconds[stage] += now - started
        return now

    def count(self, what: str, number: int) -> None:
        self.counts[what] += number
