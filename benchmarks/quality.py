"""Score a pipeline on snippet-labelled pages: keep-survival and drop-removal per upstream.

Usage::

    python benchmarks/quality.py [../shared/corpus/pages.jsonl] [--json] [--without ID ...]
                                 [--missed N] [--by-rule]

Each record of the corpus has ``keep`` snippets (story text that must survive) and ``drop``
snippets (furniture that should go). Snippets match whitespace-normalised, as substrings of
the whitespace-normalised cleaned text (see the corpus README). Per upstream the script
prints keep-survival (share of keep snippets still present), drop-removal (share of drop
snippets gone), and every record that lost a keep snippet, with the rules that removed it.
``--json`` prints the numbers as one JSON object instead; ``--without`` scores the default
pipeline minus some rules (to see what a rule is worth); ``--by-rule`` counts, per rule, the
drop snippets it removed; ``--missed N`` shows N drop snippets still present.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import newsclean

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "pages.jsonl"


def norm(text: str) -> str:
    """Whitespace-normalised text, as the corpus stores its snippets."""
    return " ".join(text.split())


def removed_by(snippet: str, removals: list[tuple[str, str]]) -> set[str]:
    """Rules whose removed text overlaps ``snippet`` (by containment or a shared end)."""
    rules = set()
    for rule, text in removals:
        if text and (
            text in snippet or snippet in text or snippet[:25] in text or snippet[-25:] in text
        ):
            rules.add(rule)
    return rules


def score(records: list[dict[str, Any]], pipeline: newsclean.Pipeline) -> dict[str, Any]:
    """Counts per upstream, the lost keep snippets, and the drop snippets removed per rule."""
    totals: dict[str, Counter[str]] = defaultdict(Counter)
    lost: list[dict[str, Any]] = []
    missed: list[tuple[str, str]] = []
    dropped_by: Counter[str] = Counter()
    for record in records:
        result = pipeline.clean(record["text"])
        text = norm(result.text)
        removals = [(r.rule, norm(r.text)) for r in result.removed]
        counts = totals[record.get("upstream", "all")]
        for snippet in record.get("keep", []):
            counts["keep_total"] += 1
            if norm(snippet) in text:
                counts["keep_ok"] += 1
            else:
                rules = sorted(removed_by(norm(snippet), removals))
                lost.append({"id": record["id"], "snippet": snippet, "rules": rules})
        for snippet in record.get("drop", []):
            counts["drop_total"] += 1
            if norm(snippet) in text:
                missed.append((record["id"], snippet))
            else:
                counts["drop_gone"] += 1
                dropped_by.update(removed_by(norm(snippet), removals))
    upstreams = {
        upstream: {
            "keep_survival": c["keep_ok"] / c["keep_total"] if c["keep_total"] else 1.0,
            "drop_removal": c["drop_gone"] / c["drop_total"] if c["drop_total"] else 0.0,
            "keep_total": c["keep_total"],
            "keep_lost": c["keep_total"] - c["keep_ok"],
            "drop_total": c["drop_total"],
            "drop_removed": c["drop_gone"],
        }
        for upstream, c in sorted(totals.items())
    }
    return {"upstreams": upstreams, "lost": lost, "missed": missed, "by_rule": dropped_by}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    parser.add_argument("--without", nargs="+", default=[], metavar="ID", help="rules to leave out")
    parser.add_argument("--missed", type=int, default=0, metavar="N", help="show N missed drops")
    parser.add_argument("--by-rule", action="store_true", help="drop snippets removed per rule")
    args = parser.parse_args(argv)
    with open(args.corpus, encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    pipeline = newsclean.Pipeline.default().without(*args.without)
    report = score(records, pipeline)
    if args.json:
        print(json.dumps({**report["upstreams"], "lost": report["lost"]}, ensure_ascii=False))
        return 0
    for upstream, numbers in report["upstreams"].items():
        print(
            f"{upstream:12s} keep-survival {numbers['keep_survival']:.4f} "
            f"({numbers['keep_total'] - numbers['keep_lost']}/{numbers['keep_total']})  "
            f"drop-removal {numbers['drop_removal']:.4f} "
            f"({numbers['drop_removed']}/{numbers['drop_total']})"
        )
    print(f"records that lost a keep snippet: {len({item['id'] for item in report['lost']})}")
    for item in report["lost"]:
        rules = ", ".join(item["rules"]) or "?"
        print(f"  {item['id']}: [{rules}] {item['snippet'][:100]!r}")
    if args.by_rule:
        for rule, count in report["by_rule"].most_common():
            print(f"  {rule:28s} {count}")
    if args.missed:
        sample = random.Random(0).sample(report["missed"], min(args.missed, len(report["missed"])))
        for record_id, snippet in sample:
            print(f"  missed {record_id}: {snippet[:100]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
