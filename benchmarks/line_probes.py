"""Held-out-style probes of single lines: how the default pipeline and the parsers do on
shapes written from real pages of today, not taken from the development corpora.

    python benchmarks/line_probes.py [--show]

The lines (``line_probes.json``) were written by hand in the places they stand on real
pages, each probe a kind of line:

* furniture (modern pages in English; the same kinds in de/fr/es/it/pt/nl; widgets and
  recommendation lines; newsletter platforms): the line stands between two paragraphs of a
  story in its language, and is right when the pipeline removes it;
* story lines that use furniture words: right when the pipeline keeps them;
* author fields, bylines, contributor lines, wire credits, datelines and publication stamps
  (bylines also in a page: a headline, the byline block, a story of two long paragraphs,
  ``page_stories``; wire credits also above and below a story): right when the parser
  gives what a reader of the line would (the canonical agency name, the people, the
  editors); a negative case is right when the parser gives nothing.

``--show`` lists the lines each probe gets wrong. The numbers are a developer's check
before the independent ones, not a benchmark of their own: the probes name their misses,
and the rules were written for the shapes, never for a probe's line.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import newsclean

DATA = Path(__file__).with_name("line_probes.json")


def _between(story: str) -> Callable[[str], str]:
    """A page that holds ``line`` between two paragraphs of ``story``."""
    first, _, second = story.strip().partition("\n\n")
    return lambda line: f"{first}\n\n{line}\n\n{second}\n"


def furniture(lines: Iterable[str], story: str) -> list[tuple[str, bool]]:
    page = _between(story)
    return [(line, bool(newsclean.clean(page(line)).removed)) for line in lines]


def kept(lines: Iterable[str], story: str) -> list[tuple[str, bool]]:
    page = _between(story)
    return [(line, line in newsclean.clean(page(line)).text) for line in lines]


def _names(byline: Any) -> list[str]:
    return [a.name for a in byline.authors] if byline is not None else []


def author_fields(cases: Iterable[list[Any]]) -> list[tuple[str, bool]]:
    return [(f, _names(newsclean.parse_byline(f, field=True)) == want) for f, want in cases]


def bylines(cases: Iterable[list[Any]]) -> list[tuple[str, bool]]:
    results = []
    for line, want in cases:
        names = _names(newsclean.parse_byline(line))
        results.append((line, names == [] if want is None else names == want))
    return results


def contributors(cases: Iterable[list[Any]]) -> list[tuple[str, bool]]:
    results = []
    for line, people, *editors in cases:
        found = newsclean.parse_contributors(line)
        if people is None:
            results.append((line, found is None or not found.people))
            continue
        if not editors:  # a case that names the people only
            results.append((line, found is not None and list(found.people) == people))
            continue
        got = (list(found.people), list(found.editors)) if found else (None, [])
        results.append((line, got == (people, editors[0])))
    return results


def wire(cases: Iterable[list[Any]]) -> list[tuple[str, bool]]:
    results = []
    for line, agency in cases:
        found = newsclean.parse_wire_credit(line)
        results.append((line, (found.agency if found else None) == agency))
    return results


def bylines_in_page(cases: Iterable[list[Any]], stories: dict[str, str]) -> list[tuple[str, bool]]:
    """A headline, a byline block and a story: right when ``parse(page).byline`` names the
    people (``None``: no byline, e.g. a date, a section or a photo credit alone)."""
    results = []
    for lang, headline, block, names in cases:
        found = newsclean.parse(f"{headline}\n\n{block}\n\n{stories[lang]}").byline
        got = [a.name for a in found.authors] if found else []
        results.append((block, got == (names or [])))
    return results


def wire_in_text(cases: Iterable[list[Any]], story: str) -> list[tuple[str, bool]]:
    """A credit line above and below ``story``: right when ``parse(page).wire`` names the
    agency both times (``None``: a story sentence, a chart's or a photo's source)."""
    results = []
    for line, agency in cases:
        pages = (f"{line}\n\n{story}", f"{story}\n\n{line}")
        found = [newsclean.parse(page).wire for page in pages]
        results.append((line, all((w.agency if w else None) == agency for w in found)))
    return results


def datelines(cases: Iterable[list[Any]]) -> list[tuple[str, bool]]:
    results = []
    for line, place, agency in cases:
        found = newsclean.parse_dateline(line)
        got = (found.place, found.agency) if found else (None, None)
        results.append((line, got == (place, agency)))
    return results


def stamps(cases: Iterable[list[Any]], story: str) -> list[tuple[str, bool]]:
    results = []
    for line, day in cases:
        meta = newsclean.parse(f"Senate passes the bill\n\n{line}\n\n{story}")
        dates = [s.iso or "" for s in (meta.published, meta.updated) if s is not None]
        results.append((line, any(iso.startswith(day) for iso in dates)))
    return results


def probes(data: dict[str, Any]) -> dict[str, list[tuple[str, bool]]]:
    stories = data["stories"]
    found = {
        "furniture, en": furniture(data["furniture_en"], stories["en"]),
        **{
            f"furniture, {lang}": furniture(lines, stories[lang])
            for lang, lines in data["furniture_langs"].items()
        },
        "widgets and recommendations, en": furniture(data["widgets_en"], stories["en"]),
        "newsletter platforms, en": furniture(data["newsletter"], stories["en"]),
        "story lines with furniture words (kept)": kept(data["story_lines"], stories["en"]),
        "author fields": author_fields(data["author_fields"]),
        "bylines, one line each": bylines(data["bylines"]),
        "contributor lines": contributors(data["contributors"]),
        "wire credits": wire(data["wire"]),
        "bylines in a page": bylines_in_page(data["bylines_in_page"], data["page_stories"]),
        "wire credits in a page": wire_in_text(data["wire_in_text"], stories["en"]),
        "datelines": datelines(data["datelines"]),
        "publication stamps": stamps(data["stamps"], stories["en"]),
    }
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="list the lines each probe gets wrong")
    args = parser.parse_args()
    data = json.loads(DATA.read_text(encoding="utf-8"))
    total = right_total = 0
    for name, results in probes(data).items():
        right = sum(ok for _, ok in results)
        total, right_total = total + len(results), right_total + right
        print(f"{name:42} {right:4} of {len(results):4}")
        if args.show:
            for line, ok in results:
                if not ok:
                    print(f"    {line!r}")
    print(f"{'all probes':42} {right_total:4} of {total:4}")


if __name__ == "__main__":
    main()
