"""Where the time goes: CPU seconds per stage and per rule of the default pipeline.

    python benchmarks/stages.py --corpus big.jsonl        # any JSONL corpus
    python benchmarks/stages.py --corpus big.jsonl --top 60

Cleans the whole corpus (held in memory, so use a corpus of tens of MB), best of
``--repeat`` rounds, with the engine's timing hook (:class:`newsclean.StageTimes`): JSON
decode, splitting into lines, case folding, the gate scan, the phrase index, every other rule
in pipeline order, assembly of the cleaned text and removals, the result as a dict, JSON
encode. It also counts what drives the cost: lines, gate candidates, tags and removals.
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsclean import Pipeline, StageTimes
from newsclean._cli.codec import FAST_REFUSED, dump_line, fast_loads


def _decode(raw: bytes) -> Any:
    value = fast_loads(raw)
    if value is FAST_REFUSED:
        raise SystemExit("the stages benchmark needs a corpus msgspec reads as it is")
    return value


class Stages:
    """The corpus and the pipeline, and the best CPU time of each stage over all documents."""

    def __init__(self, raw_lines: list[bytes], pipeline: Pipeline) -> None:
        self.raw = raw_lines
        self.pipeline = pipeline
        self.seconds: dict[str, float] = defaultdict(lambda: float("inf"))
        self.counts: dict[str, int] = {}

    def _time(self, name: str, work: Callable[[], Any]) -> Any:
        started = time.process_time()
        value = work()
        self._best(name, time.process_time() - started)
        return value

    def _best(self, name: str, seconds: float) -> None:
        self.seconds[name] = min(self.seconds[name], seconds)

    def run(self) -> None:
        """One round of every stage."""
        records = self._time("JSON decode", lambda: [_decode(raw) for raw in self.raw])
        timing = StageTimes()
        results = [self.pipeline.clean(record["text"], timing=timing) for record in records]
        for name, seconds in timing.seconds.items():
            self._best(name, seconds)
        dicts = self._time("result as dict", lambda: [result.to_dict() for result in results])
        self._time(
            "JSON encode",
            lambda: [
                dump_line({**record, **result})
                for record, result in zip(records, dicts, strict=True)
            ],
        )
        self.counts = dict(timing.counts)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, required=True, help="JSONL corpus")
    parser.add_argument("--repeat", type=int, default=3, help="rounds; the best counts (3)")
    parser.add_argument("--top", type=int, default=15, help="rules to list (15)")
    args = parser.parse_args(argv)

    raw = args.corpus.read_bytes().splitlines()
    size_mb = sum(map(len, raw)) / 1e6
    stages = Stages([line for line in raw if line.strip()], Pipeline.default())
    for _ in range(args.repeat):
        stages.run()
    seconds = dict(stages.seconds)
    total = sum(seconds.values())
    rules = {name: s for name, s in seconds.items() if name.startswith("rule ")}
    print(f"{args.corpus}: {size_mb:.1f} MB, best of {args.repeat}; CPU seconds per stage")
    print("  " + ", ".join(f"{count:,} {name}" for name, count in stages.counts.items()))
    for name, spent in seconds.items():
        if not name.startswith("rule "):
            print(f"  {name:28s} {spent:7.3f}  {spent / total:5.1%}")
    print(f"  {'other rules (' + str(len(rules)) + ')':28s} {sum(rules.values()):7.3f}")
    print(f"  {'total':28s} {total:7.3f}  = {size_mb / total:.1f} MB per CPU-second")
    print(f"the {args.top} costliest other rules:")
    for name, spent in sorted(rules.items(), key=lambda item: -item[1])[: args.top]:
        print(f"  {name[5:]:28s} {spent:7.3f}")


if __name__ == "__main__":
    main()
