"""Line by line on real pages with their true body: junk lines removed, body lines kept.

Usage::

    python benchmarks/line_rates.py [../shared/corpus/sites.jsonl] [--upstream U] [--rules FILE]

Every non-blank line of a record's input text is a **body** line when it is story text (it is
a whole line of the true body, or it has at least four words and most of its 4-word shingles
are in the body) and a **junk** line otherwise (furniture or metadata). A short line is not
body just because its words occur somewhere in the body ("News", "Share"). After the
default pipeline (plus ``--rules`` files), per upstream: the share of junk lines removed, the
share of body lines kept, and how many body lines were removed by each rule. Lines without
a letter or digit ("-", "*") are left out of both counts. Body lines that a credit rule moved
into the metadata (bylines, dates, contributor lines the truths count as body) are also
reported apart, and so are the removed body lines that repeat a line kept elsewhere on the
page (the story's headline again in a teaser list: the truth holds it once, the page
twice). A line removed in part (a span cut inside it) counts as kept. Issue 14's independent check asks for junk removed
≥ 0.90 with body kept ≥ 0.99 on hand-checked pages.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from furniture_survey import SHARED, norm, shingles

import newsclean

_WORD = re.compile(r"\w")


def _in_body(line: str, truth_lines: set[str], truth_shingles: set[tuple[str, ...]]) -> bool:
    if norm(line) in truth_lines:
        return True
    own = shingles(line)
    return len(line.split()) >= 4 and len(own & truth_shingles) >= len(own) / 2


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=SHARED / "sites.jsonl")
    parser.add_argument("--upstream", help="only the records of this upstream")
    parser.add_argument("--rules", action="append", default=[], help="a rules file to add")
    parser.add_argument("--top", type=int, default=8, help="rules listed per upstream")
    parser.add_argument("--show", metavar="RULE", help="print the body lines RULE removed")
    args = parser.parse_args(argv)
    pipeline = newsclean.Pipeline.default()
    for path in args.rules:
        pipeline = pipeline.with_rules(newsclean.load_rules(path, existing=pipeline.rules))
    credit_rules = {rule.id for rule in pipeline.rules if rule.stage == "credit"}
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    body_lost: dict[str, Counter[str]] = defaultdict(Counter)
    with args.data.open(encoding="utf-8") as handle:
        for raw in handle:
            record = json.loads(raw)
            upstream = record.get("upstream", "?")
            if args.upstream and upstream != args.upstream:
                continue
            truth_lines = {norm(line) for line in record["truth"].splitlines()}
            truth_shingles = shingles(norm(record["truth"]))
            result = pipeline.clean(record["text"])
            removed = {r.start: r for r in result.removed}
            offset = 0
            tally = counts[upstream]
            kept_text = {norm(line) for line in result.text.splitlines()}
            for line in record["text"].splitlines(keepends=True):
                start, offset = offset, offset + len(line)
                if not _WORD.search(line):
                    continue  # blank, or marks only ("-", "*"): no words to lose or keep
                removal = removed.get(start)
                whole = removal is not None and removal.text == line.rstrip("\r\n")
                rule = removal.rule if removal is not None and whole else None
                kind = "body" if _in_body(line, truth_lines, truth_shingles) else "junk"
                tally[kind] += 1
                if rule is not None and kind == "junk":
                    tally["junk removed"] += 1
                elif rule is not None:
                    tally["body removed"] += 1
                    body_lost[upstream][rule] += 1
                    if norm(line) in kept_text and rule not in credit_rules:
                        tally["repeats removed"] += 1  # another copy of the line stays
                    if rule == args.show:
                        print(f"{upstream} {record.get('site', '')}: {line.strip()[:150]}")
    for upstream, tally in sorted(counts.items()):
        junk_removed = tally["junk removed"] / max(1, tally["junk"])
        body_kept = 1 - tally["body removed"] / max(1, tally["body"])
        credit_lines = sum(n for rule, n in body_lost[upstream].items() if rule in credit_rules)
        story_kept = 1 - (tally["body removed"] - credit_lines) / max(
            1, tally["body"] - credit_lines
        )
        print(
            f"{upstream:12s} junk lines {tally['junk']:6d}, removed {junk_removed:.3f}; "
            f"body lines {tally['body']:6d}, kept {body_kept:.4f} "
            f"({story_kept:.4f} leaving aside {credit_lines} credit lines moved to the metadata)"
        )
        lost = ", ".join(f"{rule} {n}" for rule, n in body_lost[upstream].most_common(args.top))
        print(f"{'':12s} body lines removed by: {lost or 'none'}")
        print(
            f"{'':12s} of the others, {tally['repeats removed']} repeat a line kept elsewhere on"
            " the page (the headline again in a teaser list)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
