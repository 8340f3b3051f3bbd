"""List the furniture lines that survive cleaning, grouped by shape, so the next rule is chosen by size.

Usage::

    python benchmarks/furniture_survey.py [--sites ../shared/corpus/sites.jsonl]
                                          [--pages ../shared/corpus/pages.jsonl]
                                          [--top 40] [--words N] [--upstream U] [--where W]
                                          [--without ID ...] [--json]

Each record is cleaned with the default pipeline; every line left in the cleaned text that is
not story text is counted under its *shape*: case-folded, whitespace collapsed, every digit
run written ``#`` (so "3 Comments" and "12 comments" are one shape). With ``--words N`` only
the first N words of the shape are kept (grouping prose furniture such as author bios by
their opening words).

- ``sites.jsonl`` (real pages with their true body): a surviving line is furniture when its
  whitespace-normalised text is not part of the whitespace-normalised ``truth`` and fewer than
  half of its 4-word shingles (the scorer's unit) are in the truth. It is placed
  ``head`` (above the first body line), ``tail`` (below the last) or ``inside``.
- ``pages.jsonl`` (snippet annotations): a surviving line is furniture when it contains a
  ``drop`` snippet (and no ``keep`` snippet).

Shapes are listed per upstream and language (guessed from common words), with the number of
records, the number of distinct sites (hosts), and the words they hold (what F1 can gain);
``--sort words`` puts the shapes that hold most words first.
A shape seen on many sites is a general family; one seen on one site is that site's template.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import newsclean

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"
_DIGITS = re.compile(r"\d+")
_WORD = re.compile(r"\w+")
_SHINGLE = 4

# A few frequent function words per language: enough to tell the corpus languages apart.
_STOPWORDS = {
    "en": "the and of to in is that for with was on are this",
    "de": "der die und das ist nicht mit sich auch auf für von",
    "fr": "le la les et des est une dans pour pas qui sur",
    "es": "el la los las y que del en por una para con",
    "it": "il di che la per non una sono della del con gli",
    "pt": "os que da em para com uma não dos ao mais foi",
    "pl": "nie na się że jest jak oraz przez dla został także",
    "nl": "de het en van een is dat op te niet met voor",
}
_WORDS_OF = {lang: frozenset(words.split()) for lang, words in _STOPWORDS.items()}


def norm(text: str) -> str:
    """Whitespace-normalised text, as the corpora store their snippets."""
    return " ".join(text.split())


def shape(line: str, words: int = 0) -> str:
    """The line case-folded, whitespace collapsed, digit runs as ``#`` (first ``words`` words)."""
    text = _DIGITS.sub("#", norm(line).casefold())
    if words:
        text = " ".join(text.split(" ")[:words])
    return text


def language(text: str) -> str:
    """The language whose common words are most frequent in ``text`` (``"?"`` if none)."""
    counts: Counter[str] = Counter()
    for token in _WORD.findall(text[:5000].casefold()):
        for lang, words in _WORDS_OF.items():
            if token in words:
                counts[lang] += 1
    return counts.most_common(1)[0][0] if counts else "?"


def host(record: dict[str, Any]) -> str:
    """The site of a record: its ``site`` field, else the host of its URL."""
    if record.get("site"):
        return str(record["site"])
    url = record.get("url") or ""
    return urlsplit(url).netloc.removeprefix("www.") or str(record.get("page_id", "?"))


def surviving_lines(text: str) -> list[str]:
    """The non-blank lines of a cleaned text, stripped."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def shingles(text: str) -> set[tuple[str, ...]]:
    """The 4-word shingles of ``text`` (one shorter shingle for a text of 1-3 words)."""
    tokens = _WORD.findall(text)
    if len(tokens) <= _SHINGLE:
        return {tuple(tokens)} if tokens else set()
    return {tuple(tokens[i : i + _SHINGLE]) for i in range(len(tokens) - _SHINGLE + 1)}


def in_body(line: str, truth: str, truth_shingles: set[tuple[str, ...]]) -> bool:
    """Whether ``line`` is story text: part of the truth, or most of its shingles are."""
    if norm(line) in truth:
        return True
    own = shingles(line)
    return bool(own) and len(own & truth_shingles) >= len(own) / 2


def site_furniture(record: dict[str, Any], cleaned: str) -> Iterator[tuple[str, str]]:
    """(line, place) for every cleaned line of a sites.jsonl record that is not in its truth."""
    truth = norm(record["truth"])
    truth_shingles = shingles(truth)
    lines = surviving_lines(cleaned)
    body = [i for i, line in enumerate(lines) if in_body(line, truth, truth_shingles)]
    first, last = (body[0], body[-1]) if body else (len(lines), -1)
    inside = set(body)
    for i, line in enumerate(lines):
        if i in inside:
            continue
        place = "head" if i < first else "tail" if i > last else "inside"
        yield line, place


def page_furniture(record: dict[str, Any], cleaned: str) -> Iterator[tuple[str, str]]:
    """(line, "drop") for every cleaned line of a pages.jsonl record holding a drop snippet."""
    drops = record.get("drop", [])
    keeps = record.get("keep", [])
    for line in surviving_lines(cleaned):
        text = norm(line)
        if any(k in text for k in keeps):
            continue
        if any(d in text for d in drops):
            yield line, "drop"


class Survey:
    """Counts of surviving furniture shapes per (upstream, language)."""

    def __init__(self, words: int, where: str | None) -> None:
        self.words, self.where = words, where
        self.records: Counter[tuple[str, str]] = Counter()
        self.counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        self.tokens: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        self.sites: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(
            lambda: defaultdict(set)
        )
        self.example: dict[str, str] = {}

    def add(self, record: dict[str, Any], lines: Iterable[tuple[str, str]]) -> None:
        key = (record.get("upstream", "all"), language(record["text"]))
        self.records[key] += 1
        site = host(record)
        for line, place in lines:
            if self.where and place != self.where:
                continue
            found = shape(line, self.words)
            self.counts[key][found] += 1
            self.tokens[key][found] += len(_WORD.findall(line))
            self.sites[key][found].add(site)
            self.example.setdefault(found, line)

    def report(self, top: int, order: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key in sorted(self.counts, key=lambda k: -self.records[k]):
            counts = self.counts[key]
            sites, words = self.sites[key], self.tokens[key]
            if order == "words":
                rows = sorted(counts, key=lambda s: (-words[s], -len(sites[s]), s))
            else:
                rows = sorted(counts, key=lambda s: (-len(sites[s]), -counts[s], s))
            out["/".join(key)] = {
                "records": self.records[key],
                "lines": sum(counts.values()),
                "words": sum(self.tokens[key].values()),
                "shapes": [
                    {
                        "shape": s,
                        "count": counts[s],
                        "sites": len(self.sites[key][s]),
                        "words": self.tokens[key][s],
                        "example": self.example[s][:100],
                    }
                    for s in rows[:top]
                ],
            }
        return out


def survey(
    path: Path, kind: str, pipeline: newsclean.Pipeline, args: argparse.Namespace
) -> dict[str, Any]:
    """Clean every record of ``path`` and count its surviving furniture shapes."""
    found = Survey(args.words, args.where)
    furniture = site_furniture if kind == "sites" else page_furniture
    with path.open(encoding="utf-8") as handle:
        for raw in handle:
            record = json.loads(raw)
            if args.upstream and record.get("upstream") != args.upstream:
                continue
            cleaned = pipeline.clean(record["text"]).text
            found.add(record, furniture(record, cleaned))
    return found.report(args.top, args.sort)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sites", type=Path, default=SHARED / "sites.jsonl")
    parser.add_argument("--pages", type=Path, default=SHARED / "pages.jsonl")
    parser.add_argument("--top", type=int, default=40, help="shapes per upstream and language")
    parser.add_argument("--words", type=int, default=0, help="group by the first N words")
    parser.add_argument(
        "--sort", choices=("sites", "words"), default="sites", help="order of the shapes"
    )
    parser.add_argument("--upstream", help="only this upstream (fullpage, trafilatura)")
    parser.add_argument("--where", choices=("head", "inside", "tail"), help="sites: one place")
    parser.add_argument("--without", nargs="+", default=[], metavar="ID", help="rules left out")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    pipeline = newsclean.Pipeline.default().without(*args.without)
    report = {}
    for kind, path in (("sites", args.sites), ("pages", args.pages)):
        if not path.exists():
            print(f"{path}: not found (pass --{kind} PATH)", file=sys.stderr)
            return 2
        report[kind] = survey(path, kind, pipeline, args)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0
    for kind, groups in report.items():
        for key, group in groups.items():
            print(
                f"\n== {kind} {key}: {group['records']} records, "
                f"{group['lines']} furniture lines left ({group['words']} words)"
            )
            print(f"{'sites':>5} {'count':>6} {'words':>6}  shape")
            for row in group["shapes"]:
                print(f"{row['sites']:5d} {row['count']:6d} {row['words']:6d}  {row['shape'][:90]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
