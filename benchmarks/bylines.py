"""Agreement of newsclean's byline authors with the annotated authors of the development corpus.

    python benchmarks/bylines.py [../shared/corpus/pages.jsonl] [--show N]

For every page with a ``meta.author`` annotation (one record per page: the ``fullpage`` text,
else the ``trafilatura`` text), two things are measured:

* **text**: ``newsclean.parse(text).byline`` — the byline the default pipeline finds in the
  page text — against the annotation;
* **field**: ``newsclean.parse_byline(meta.author)`` — the direct API on the annotated author
  string as a scraper would hand it over — against the same annotation.

Names are compared after normalising both sides: NFKC, case-folded, accents removed, every
non-letter dropped, whitespace collapsed; a leading byline word or honorific ("Von", "Dr.")
is dropped from annotated names (newsclean drops honorifics by design). The annotation is split into names on ``;``, ``,``,
``/``, ``&``, " and ", " und ", " et ", " y ", " e ". A page counts as *exact* when the set of
parsed author names equals the set of annotated names, *partial* when they share a name,
*wrong* when newsclean returns author names none of which is annotated, and *none* when it
returns no author (no byline, or a byline naming only an agency or newsroom).
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


def pages(path: Path) -> list[dict[str, Any]]:
    chosen: dict[str, dict[str, Any]] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if not record.get("meta", {}).get("author"):
                continue
            if record["page_id"] not in chosen or record["upstream"] == "fullpage":
                chosen[record["page_id"]] = record
    return list(chosen.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--show", type=int, default=0, help="print N examples of each outcome")
    args = parser.parse_args()
    records = pages(args.pages)
    counts: dict[str, Counter[str]] = {"text": Counter(), "field": Counter()}
    examples: dict[tuple[str, str], list[str]] = {}
    for record in records:
        gold = gold_names(record["meta"]["author"])
        byline = newsclean.parse(record["text"]).byline
        field = newsclean.parse_byline(
            ", ".join(record["meta"]["author"])
            if isinstance(record["meta"]["author"], list)
            else record["meta"]["author"]
        )
        for kind, found in (("text", byline), ("field", field)):
            names = {normalise(a.name) for a in found.authors} if found else set()
            outcome = judge(names, gold)
            counts[kind][outcome] += 1
            shown = examples.setdefault((kind, outcome), [])
            if len(shown) < args.show:
                shown.append(f"{record['meta']['author']!r} <- {found.text if found else None!r}")
    total = len(records)
    print(f"pages with meta.author: {total}")
    for kind, counter in counts.items():
        found = total - counter["none"]
        share = ", ".join(f"{k} {counter[k]}" for k in ("exact", "partial", "wrong", "none"))
        print(
            f"{kind:5s}: {share}; exact of pages {counter['exact'] / total:.1%}, "
            f"exact of pages with authors {counter['exact'] / max(found, 1):.1%}, "
            f"wrong of pages with authors {counter['wrong'] / max(found, 1):.1%}"
        )
    for (kind, outcome), shown in sorted(examples.items()):
        for example in shown:
            print(f"  [{kind} {outcome}] {example}")


if __name__ == "__main__":
    main()
