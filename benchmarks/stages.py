"""Where the time goes: CPU seconds per stage and per rule of the default pipeline.

    python benchmarks/stages.py --corpus big.jsonl        # any JSONL corpus
    python benchmarks/stages.py --corpus big.jsonl --top 60

Runs the stages of ``Pipeline.clean_record`` one at a time over the whole corpus (held in
memory, so use a corpus of tens of MB), best of ``--repeat`` rounds: JSON decode, splitting
into lines, case folding, the gate scan, the phrase index, every other rule in pipeline
order, assembly of the cleaned text and removals, the result as a dict, JSON encode. It also
counts what drives the cost: lines, gate candidates, tags and removals. This reads the
pipeline's private parts (it is a development tool, not an API).
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsclean import Document, Pipeline
from newsclean._cli.codec import FAST_REFUSED, dump_line, fast_loads
from newsclean._engine.pipeline import apply_tags
from newsclean._result import metadata_dict, removal_dicts
from newsclean._rule import Tag


def _decode(raw: bytes) -> Any:
    value = fast_loads(raw)
    if value is FAST_REFUSED:
        raise SystemExit("the stages benchmark needs a corpus msgspec reads as it is")
    return value


class Stages:
    """The corpus and the pipeline, and the CPU time of each stage run over all documents."""

    def __init__(self, raw_lines: list[bytes], pipeline: Pipeline) -> None:
        self.raw = raw_lines
        self.pipeline = pipeline
        self.seconds: dict[str, float] = defaultdict(lambda: float("inf"))
        self.counts: dict[str, int] = {}

    def _time(self, name: str, work: Callable[[], Any]) -> Any:
        started = time.process_time()
        value = work()
        self.seconds[name] = min(self.seconds[name], time.process_time() - started)
        return value

    def run(self) -> None:
        """One round of every stage."""
        pipeline = self.pipeline
        records = self._time("JSON decode", lambda: [_decode(raw) for raw in self.raw])
        docs = self._time("split into lines", lambda: [Document(r["text"]) for r in records])
        self._time("case folding", lambda: [doc.folded() for doc in docs])
        scanner = pipeline._scanner
        candidates = self._time("gate scan", lambda: [scanner.scan(doc) for doc in docs])
        found = self._tag_all(docs, candidates)
        results = self._time("assembly", lambda: [apply_tags(doc, tags) for doc, tags in found])
        dicts = self._time(
            "result as dict",
            lambda: [metadata_dict(meta, removal_dicts(removed)) for _, meta, removed in results],
        )
        self._time(
            "JSON encode",
            lambda: [
                dump_line({**record, "text": text, "metadata": metadata})
                for record, (text, _, _), metadata in zip(records, results, dicts, strict=True)
            ],
        )
        self.counts = {
            "documents": len(docs),
            "lines": sum(len(doc.lines) for doc in docs),
            "non-blank lines": sum(1 for doc in docs for line in doc.lines if line.strip()),
            "gate candidates": sum(len(hits) for gates in candidates for hits in gates),
            "tags": sum(len(tags) for _, tags in found),
            "removals": sum(len(removed) for _, _, removed in results),
        }

    def _tag_all(
        self, docs: list[Document], candidates: list[list[list[int]]]
    ) -> list[tuple[Document, list[Tag]]]:
        """``Pipeline.tags`` step by step, timing the phrase index and each other rule."""
        pipeline = self.pipeline
        index, slots = pipeline._index, pipeline._slots
        phrase_tags: list[dict[str, list[Tag]]] = [{} for _ in docs]
        if index is not None:
            at_start, anywhere = pipeline._index_slots

            def phrases() -> list[dict[str, list[Tag]]]:
                return [
                    index.tag_lines(
                        doc,
                        () if at_start is None else hits[at_start],
                        () if anywhere is None else hits[anywhere],
                    )
                    for doc, hits in zip(docs, candidates, strict=True)
                ]

            phrase_tags = self._time("phrase index", phrases)
        spent: dict[str, float] = defaultdict(float)
        found: list[tuple[Document, list[Tag]]] = []
        clock = time.process_time
        for doc, hits, tagged in zip(docs, candidates, phrase_tags, strict=True):
            tags: list[Tag] = []
            for rule in pipeline:
                started = clock()
                if rule.id in tagged:
                    tags.extend(tagged[rule.id])
                elif rule.id in slots:
                    gated, slot = slots[rule.id]
                    tags.extend(gated.tag_lines(doc, hits[slot], tags))
                else:
                    tags.extend(rule.tag(doc, tags))
                spent[rule.id] += clock() - started
            found.append((doc, tags))
        for rule_id, seconds in spent.items():
            if index is None or rule_id not in phrase_tags[0]:
                self.seconds[f"rule {rule_id}"] = min(self.seconds[f"rule {rule_id}"], seconds)
        return found


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
