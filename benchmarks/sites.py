"""Learned site rules on real pages with their true body: shingle P/R/F1, recall loss, cost.

Usage::

    python benchmarks/sites.py [../shared/corpus/sites.jsonl] [--min-share S] [--min-docs N]
                               [--support-docs N] [--without SIGNAL ...] [--lost N]
                               [--folds K] [--memory] [--json]

Per upstream (full page, trafilatura output), the records are grouped by ``group`` (a site and
a year: templates change between years), each group's furniture is learned from its own
records, and the default pipeline is scored with and without the learned rules, with the
metric of ``../shared/checks/score_pages.py`` (4-token shingles; means over records; ``bF1``
is the benchmark's harmonic mean of mean P and mean R; recall loss against the input).
"extra loss" is the recall the learned rules lose beyond the built-in rules. Also printed:
rules learned, learning time and throughput (documents counted once), the time the default
pipeline takes to clean the same records, and peak memory of learning (tracemalloc).
``--without`` turns a story-text signal off (date, headline, sentence, inside) to show what
it is worth, ``--support-docs 0`` the rarer lines furniture vouches for; ``--lost N`` lists
the N learned lines that lost the most story text. ``--folds K`` cross-validates within each
group: every page is cleaned by the rules learned from the other folds' pages, pages of its
site it was not learned from. ``--missed`` shows the furniture the learned rules leave: lines
of the output whose shingles are mostly not in the truth, as a share of each page's shingles
(0.01 is a point of precision), by why learning did not take them.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import statistics
import sys
import time
import tracemalloc
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import attrs

import newsclean
from newsclean._learn import LearnOptions, SiteLearner
from newsclean._learn._keys import line_key

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEFAULT_CORPUS = SHARED / "corpus" / "sites.jsonl"


def _scorer(corpus: Path) -> Any:
    """The shared scoring script next to the corpus, imported (its metric, not a copy of it)."""
    path = corpus.resolve().parents[1] / "checks" / "score_pages.py"
    spec = importlib.util.spec_from_file_location("score_pages", path)
    if spec is None or spec.loader is None:
        sys.exit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def learn(records: list[dict[str, Any]], options: LearnOptions) -> tuple[SiteLearner, float]:
    """Every group's counts and the seconds counting took."""
    learner = SiteLearner(options)
    start = time.perf_counter()
    for record in records:
        learner.add(record["group"], record["text"])
    return learner, time.perf_counter() - start


def peak_memory(records: list[dict[str, Any]], options: LearnOptions) -> int:
    """Peak bytes allocated while learning every group (a separate, slower run)."""
    tracemalloc.start()
    learner, _ = learn(records, options)
    for _learning in learner:
        pass
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def fold(record: dict[str, Any], folds: int) -> int:
    """The fold of ``record`` (a stable hash of its page), 0 when not cross-validating."""
    digest = hashlib.blake2b(str(record["page"]).encode(), digest_size=4).digest()
    return int.from_bytes(digest, "little") % folds if folds > 1 else 0


def missed_line(sp: Any, line: str, truth: Any) -> int:
    """The shingles of ``line`` not in the truth when they are most of it (else 0)."""
    shingles = sp.shingle_counts(line)
    outside = sum(n for s, n in shingles.items() if s not in truth)
    return outside if outside * 2 > sum(shingles.values()) else 0


def why_missed(learner: SiteLearner, refused: dict[str, str], group: str, line: str) -> str:
    """Why a furniture line that survived was not learned."""
    reason = refused.get(line_key(line.strip()))
    if reason is not None:
        return f"refused: {reason}"
    docs = learner.line_docs(group, line)
    return "in 1 document" if docs < 2 else "in 2 documents" if docs == 2 else "in 3+ documents"


def score_upstream(
    sp: Any,
    records: list[dict[str, Any]],
    options: LearnOptions,
    lost: int,
    folds: int = 1,
    missed: bool = False,
) -> dict[str, Any]:
    """Scores with and without learned rules; with ``folds`` > 1 each record is cleaned by the
    rules learned from the other folds' records (pages of its site it was not learned from)."""
    default = newsclean.Pipeline.default()
    pipelines = {}
    learn_seconds, learned_mb, rules, groups = 0.0, 0.0, [], 0
    for part in range(max(1, folds)):
        learning_records = [r for r in records if folds < 2 or fold(r, folds) != part]
        learner, seconds = learn(learning_records, options)
        learned_mb += sum(len(r["text"].encode()) for r in learning_records) / 1e6
        start = time.perf_counter()
        learnings = list(learner)
        learn_seconds += seconds + time.perf_counter() - start
        part_rules = [rule for learning in learnings for rule in learning.rules()]
        pipelines[part] = default.with_rules(*part_rules)
        refused = {
            learning.site: {r.key: r.reason for r in learning.refused} for learning in learnings
        }
        rules.extend(part_rules)
        groups = max(groups, len(learnings))
    rows = []
    losses: Counter[tuple[str, str]] = Counter()
    left: Counter[str] = Counter()
    clean_seconds = 0.0
    for record in records:
        truth = sp.shingle_counts(record["truth"])
        start = time.perf_counter()
        built_in = default.clean_text(record["text"])
        clean_seconds += time.perf_counter() - start
        result = pipelines[fold(record, folds)].clean(record["text"], site=record["group"])
        before = sp.prf(sp.shingle_counts(record["text"]), truth)
        base = sp.prf(sp.shingle_counts(built_in), truth)
        after = sp.prf(sp.shingle_counts(result.text), truth)
        rows.append({"before": before, "base": base, "after": after})
        if missed and folds < 2:
            total = max(1, sum(sp.shingle_counts(result.text).values()))
            for line in result.text.splitlines():
                outside = missed_line(sp, line, truth) if line.strip() else 0
                if outside:
                    why = why_missed(learner, refused[record["group"]], record["group"], line)
                    left[why] += outside / total / len(records)
        if base["r"] > after["r"] and lost:
            for removal in result.removed:
                if removal.rule.startswith("site-"):
                    words = sp.shingle_counts(removal.text)
                    if sum(1 for s in words if s in truth) * 2 > len(words):
                        losses[(removal.rule, " ".join(removal.text.split())[:90])] += 1
    mb = sum(len(r["text"].encode()) for r in records) / 1e6

    def side(name: str) -> dict[str, float]:
        return {
            "p": statistics.mean(r[name]["p"] for r in rows),
            "r": statistics.mean(r[name]["r"] for r in rows),
            "f1": statistics.mean(r[name]["f1"] for r in rows),
            "bf1": sp.bench_f1(rows, name),
            "recall_loss": statistics.mean(max(0.0, r["before"]["r"] - r[name]["r"]) for r in rows),
        }

    return {
        "records": len(rows),
        "groups": groups,
        "built_in": side("base"),
        "learned": side("after"),
        "extra_loss": statistics.mean(max(0.0, r["base"]["r"] - r["after"]["r"]) for r in rows),
        "rules": round(len(rules) / max(1, folds)),
        "learn_seconds": learn_seconds,
        "learn_mb_per_s": learned_mb / learn_seconds,
        "clean_mb_per_s": mb / clean_seconds,
        "lost": [{"rule": k[0], "line": k[1], "records": n} for k, n in losses.most_common(lost)],
        "missed": dict(left.most_common()),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--min-share", type=float, default=LearnOptions().min_share)
    parser.add_argument("--min-docs", type=int, default=LearnOptions().min_docs)
    parser.add_argument("--support-docs", type=int, default=LearnOptions().support_docs)
    parser.add_argument("--without", action="append", default=[], metavar="SIGNAL")
    parser.add_argument("--lost", type=int, default=0, metavar="N")
    parser.add_argument("--memory", action="store_true", help="also measure peak memory")
    parser.add_argument(
        "--folds",
        type=int,
        default=1,
        metavar="K",
        help="cross-validate: clean each page with rules learned from the other K-1 folds",
    )
    parser.add_argument(
        "--missed",
        action="store_true",
        help="the furniture left (precision share of lines not in the truth), by why not learned",
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not args.corpus.is_file():
        sys.exit(f"no corpus at {args.corpus}")
    signals = tuple(s for s in LearnOptions().signals if s not in args.without)
    options = LearnOptions(
        min_share=args.min_share,
        min_docs=args.min_docs,
        support_docs=args.support_docs,
        signals=signals,
    )
    by_upstream: dict[str, list[dict[str, Any]]] = defaultdict(list)
    with args.corpus.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            by_upstream[record["upstream"]].append(record)
    report = {}
    for upstream, records in sorted(by_upstream.items()):
        report[upstream] = score_upstream(
            _scorer(args.corpus), records, options, args.lost, args.folds, args.missed
        )
        if args.memory:
            report[upstream]["peak_memory_mb"] = peak_memory(records, options) / 1e6
    if args.json:
        print(json.dumps({"options": attrs.asdict(options), "upstreams": report}, indent=1))
        return 0
    print(f"options: {attrs.asdict(options)}")
    print(f"{'upstream':<12} {'':<9} {'P':>6} {'R':>6} {'F1':>6} {'bF1':>6} {'Rloss':>6}")
    for upstream, numbers in report.items():
        for name in ("built_in", "learned"):
            s = numbers[name]
            print(
                f"{upstream:<12} {name:<9} {s['p']:6.3f} {s['r']:6.3f} {s['f1']:6.3f} "
                f"{s['bf1']:6.3f} {s['recall_loss']:6.4f}"
            )
        memory = f", peak memory {numbers['peak_memory_mb']:.1f} MB" if args.memory else ""
        print(
            f"{'':<12} extra recall loss {numbers['extra_loss']:.4f}; {numbers['rules']} rules "
            f"for {numbers['groups']} groups; learning {numbers['learn_seconds']:.2f} s "
            f"({numbers['learn_mb_per_s']:.1f} MB/s; clean {numbers['clean_mb_per_s']:.1f} MB/s)"
            f"{memory}"
        )
        for why, share in numbers["missed"].items():
            print(f"{'':<14}furniture left {share:.4f}: {why}")
        for item in numbers["lost"]:
            print(f"{'':<14}lost in {item['records']:>2}: [{item['rule']}] {item['line']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
