"""Agreement of newsclean's byline authors with the annotated authors of the development corpus.

    python benchmarks/bylines.py [../shared/corpus/pages.jsonl] [--show N] [--misses N] [--json]

For every page with a ``meta.author`` annotation (one record per page: the ``fullpage`` text,
else the ``trafilatura`` text), two things are measured:

* **text**: ``newsclean.parse(text).byline`` — the byline the default pipeline finds in the
  page text — against the annotation, on all annotated pages and on the pages that *print*
  an annotated name in their text (only there can a text parser find it);
* **field**: ``newsclean.parse_byline(meta.author, field=True)`` — the direct API on the
  annotated author string as a scraper would hand it over — against the same annotation.

The annotations name newsrooms and outlets as authors too ("Redaktion", "Agencia EFE"); the
parsers report those as ``organisations`` or ``agency``, not as people. The rows marked
"(+orgs)" count them as names as well: the difference between a row and its "(+orgs)" row is
what the annotation calls an author and newsclean an organisation.

Names are compared after normalising both sides: NFKC, case-folded, accents removed, every
non-letter dropped, whitespace collapsed; a leading byline word or honorific ("Von", "Dr.")
is dropped from annotated names (newsclean drops honorifics by design). The annotation is split
into names on ``;``, ``,``, ``/``, ``&``, " and ", " und ", " et ", " y ", " e ". A page counts as
*exact* when the set of parsed author names equals the set of annotated names, *partial* when
they share a name, *wrong* when newsclean returns author names none of which is annotated, and
*none* when it returns no author. Precision, recall and F1 count names over all pages
(micro-averaged): precision = matched parsed names / parsed names, recall = matched annotated
names / annotated names.
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

import newsclean

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "pages.jsonl"
_SPLIT = re.compile(r"\s*(?:[;,/&]|\s(?:and|und|et|y|e)\s)\s*", re.IGNORECASE)


def normalise(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", name).casefold())
    letters = "".join(c if c.isalpha() else " " for c in decomposed if not unicodedata.combining(c))
    return " ".join(letters.split())


def gold_names(author: Any) -> set[str]:
    items = author if isinstance(author, list) else [author]
    names = {_bare(normalise(part)) for item in items for part in _SPLIT.split(str(item))}
    return {n for n in names if n}


_LEADING = frozenset(
    ["by", "von", "par", "por", "di", "de", "door", "dr", "prof", "mr", "mrs", "ms"]
)


def _bare(name: str) -> str:
    """A normalised name without a leading byline word or honorific ("von x", "dr x")."""
    words = name.split()
    while len(words) > 1 and words[0] in _LEADING:
        words = words[1:]
    return " ".join(words)


def judge(parsed: set[str], gold: set[str]) -> str:
    if not parsed:
        return "none"
    if parsed == gold:
        return "exact"
    return "partial" if parsed & gold else "wrong"


def pages(path: Path, annotated: str = "author") -> list[dict[str, Any]]:
    """One record per page whose ``meta`` has ``annotated``, the full-page one where there are two."""
    chosen: dict[str, dict[str, Any]] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if not record.get("meta", {}).get(annotated):
                continue
            if record["page_id"] not in chosen or record["upstream"] == "fullpage":
                chosen[record["page_id"]] = record
    return list(chosen.values())


class Score:
    """Outcomes per page and name counts for precision and recall."""

    def __init__(self) -> None:
        self.outcomes: Counter[str] = Counter()
        self.parsed = self.gold = self.matched = 0

    def add(self, parsed: set[str], gold: set[str]) -> str:
        outcome = judge(parsed, gold)
        self.outcomes[outcome] += 1
        self.parsed += len(parsed)
        self.gold += len(gold)
        self.matched += len(parsed & gold)
        return outcome

    def summary(self) -> dict[str, Any]:
        pages = sum(self.outcomes.values())
        precision = self.matched / self.parsed if self.parsed else 0.0
        recall = self.matched / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "pages": pages,
            **{k: self.outcomes[k] for k in ("exact", "partial", "wrong", "none")},
            "exact_share": round(self.outcomes["exact"] / max(pages, 1), 4),
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
        }


def arguments(description: str) -> argparse.Namespace:
    """The options of the benchmarks on the annotated pages: the pages file, --show, --json."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("pages", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--show", type=int, default=0, help="print N examples of each outcome")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    parser.add_argument(
        "--misses", type=int, default=0, help="print N pages whose printed byline is missed"
    )
    return parser.parse_args()


MISS_CONTEXT = 2
"""Lines shown above and below the line that prints a missed name."""


def miss_report(record: dict[str, Any], gold: set[str], found: Any) -> str:
    """The page, its annotation, the byline found and the lines around the missed name."""
    lines = record["text"].splitlines()
    shown = [
        f"{record['page_id']}: {record['meta']['author']!r} <- {found.text if found else None!r}"
    ]
    for i, line in enumerate(lines):
        if any(name in normalise(line) for name in gold):
            for j in range(max(0, i - MISS_CONTEXT), min(len(lines), i + MISS_CONTEXT + 1)):
                shown.append(f"  {'>' if j == i else ' '}{j:5d} {lines[j][:120]}")
            break
    return "\n".join(shown)


def main() -> None:
    args = arguments(__doc__.splitlines()[0])
    records = pages(args.pages)
    scores = {
        "text": Score(),
        "text (printed)": Score(),
        "text (+orgs)": Score(),
        "field": Score(),
        "field (+orgs)": Score(),
    }
    examples: dict[tuple[str, str], list[str]] = {}
    misses: list[str] = []
    for record in records:
        author = record["meta"]["author"]
        gold = gold_names(author)
        byline = newsclean.parse(record["text"]).byline
        joined = "; ".join(author) if isinstance(author, list) else author
        field = newsclean.parse_byline(joined, field=True)
        printed = normalise(record["text"])
        runs: list[tuple[str, Any]] = [("text", byline), ("field", field)]
        runs += [("text (+orgs)", byline), ("field (+orgs)", field)]
        if any(name in printed for name in gold):
            runs.append(("text (printed)", byline))
            found_names = {normalise(a.name) for a in byline.authors} if byline else set()
            if len(misses) < args.misses and not gold <= found_names:
                misses.append(miss_report(record, gold, byline))
        for kind, found in runs:
            names = {normalise(a.name) for a in found.authors} if found else set()
            if found and kind.endswith("(+orgs)"):
                names |= {normalise(o) for o in found.organisations}
                names |= {normalise(found.agency)} if found.agency else set()
            outcome = scores[kind].add(names, gold)
            shown = examples.setdefault((kind, outcome), [])
            if len(shown) < args.show:
                shown.append(f"{author!r} <- {found.text if found else None!r}")
    summaries = {kind: score.summary() for kind, score in scores.items()}
    if args.json:
        print(json.dumps(summaries, indent=2))
        return
    print(f"pages with meta.author: {len(records)}")
    for kind, s in summaries.items():
        print(
            f"{kind:15s}: pages {s['pages']}, exact {s['exact']}, partial {s['partial']}, "
            f"wrong {s['wrong']}, none {s['none']}; exact {s['exact_share']:.1%}; "
            f"P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f}"
        )
    for (kind, outcome), shown in sorted(examples.items()):
        for example in shown:
            print(f"  [{kind} {outcome}] {example}")
    for miss in misses:
        print(miss)


if __name__ == "__main__":
    main()
