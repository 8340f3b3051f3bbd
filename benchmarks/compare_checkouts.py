"""Library throughput of two checkouts of newsclean in one process, rounds interleaved.

    python benchmarks/compare_checkouts.py ../main . --corpus big20.jsonl --rounds 6

Each checkout's ``newsclean`` is imported in turn (its modules are dropped from
``sys.modules`` before the next one is imported) and its default pipeline kept, so both clean
the same texts, held in memory, in the same process. Rounds alternate the order of the two,
and time is process CPU time, so a busy machine hits both alike; it prints MB per
CPU-second (best and median round) and the ratio of the second checkout to the first.
Run it from outside both checkouts, so that neither is imported from the working directory.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from pathlib import Path
from typing import Any


def _pipeline(root: Path) -> Any:
    """The default pipeline of the newsclean found in ``root``."""
    for name in [m for m in sys.modules if m == "newsclean" or m.startswith("newsclean.")]:
        del sys.modules[name]
    sys.path.insert(0, str(root))
    try:
        module = importlib.import_module("newsclean")
    finally:
        sys.path.remove(str(root))
    if not Path(module.__file__ or "").resolve().is_relative_to(root.resolve()):
        raise SystemExit(f"{root}: newsclean was imported from {module.__file__}")
    return module.Pipeline.default()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("first", type=Path, help="a checkout (the reference)")
    parser.add_argument("second", type=Path, help="another checkout")
    parser.add_argument("--corpus", type=Path, required=True, help="JSONL with a text field")
    parser.add_argument("--rounds", type=int, default=6)
    args = parser.parse_args(argv)
    pipelines = {str(args.first): _pipeline(args.first), str(args.second): _pipeline(args.second)}
    with args.corpus.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle]
    mb = sum(len(text.encode()) for text in texts) / 1e6
    seconds: dict[str, list[float]] = {name: [] for name in pipelines}
    for number in range(args.rounds):
        order = list(pipelines.items())
        for name, pipeline in order if number % 2 == 0 else reversed(order):
            start = time.process_time()
            for text in texts:
                pipeline.clean(text)
            seconds[name].append(time.process_time() - start)
    for name, times in seconds.items():
        median = sorted(times)[len(times) // 2]
        print(f"{name}: best {mb / min(times):.2f} MB/s, median {mb / median:.2f} MB/s")
    first, second = (seconds[str(path)] for path in (args.first, args.second))
    best = min(first) / min(second)
    median = sorted(first)[len(first) // 2] / sorted(second)[len(second) // 2]
    print(f"second / first: {best:.3f} (best rounds), {median:.3f} (median rounds)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
