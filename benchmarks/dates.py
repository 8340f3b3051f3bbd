"""Agreement of ``metadata.published`` with the annotated dates of the development corpus.

    python benchmarks/dates.py [../shared/corpus/pages.jsonl] [--show N] [--json]

For every page with a ``meta.date`` annotation (one record per page: the ``fullpage`` text,
else the ``trafilatura`` text), the page *prints* its date when some date newsclean can read
anywhere in the text falls on the annotated day. On those pages, a page counts as *same day*
when ``newsclean.parse(text).published.iso`` starts with the annotated day, *other day* when
it names another day, *relative* when it holds only a relative time, and *none* when no
publication date is found. Pages that do not print their date are counted apart.
"""

from __future__ import annotations

import json
from collections import Counter

from bylines import arguments, pages

import newsclean
from newsclean.parsers.dates import find_date


def prints(text: str, day: str) -> bool:
    """Whether ``text`` prints a date on ``day`` (``YYYY-MM-DD``) that newsclean can read."""
    for line in text.splitlines():
        found = find_date(line)
        while found is not None:
            if found.iso.startswith(day):
                return True
            found = find_date(line, found.end)
    return False


def main() -> None:
    args = arguments(__doc__.splitlines()[0])
    outcomes: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    for record in pages(args.pages, "date"):
        day = record["meta"]["date"][:10]
        if not prints(record["text"], day):
            outcomes["not printed"] += 1
            continue
        published = newsclean.parse(record["text"]).published
        if published is None:
            outcome = "none"
        elif published.iso is None:
            outcome = "relative"
        else:
            outcome = "same day" if published.iso.startswith(day) else "other day"
        outcomes[outcome] += 1
        shown = examples.setdefault(outcome, [])
        if len(shown) < args.show:
            shown.append(f"{record['id']} {day} <- {published.text if published else None!r}")
    printed = sum(outcomes[k] for k in ("same day", "other day", "relative", "none"))
    share = outcomes["same day"] / max(printed, 1)
    if args.json:
        print(json.dumps({**outcomes, "printed": printed, "same_day_share": round(share, 4)}))
        return
    print(f"pages with meta.date: {printed + outcomes['not printed']}, printing it: {printed}")
    print(", ".join(f"{k} {outcomes[k]}" for k in ("same day", "other day", "relative", "none")))
    print(f"same day on pages that print their date: {share:.1%}")
    for outcome, shown in sorted(examples.items()):
        for example in shown:
            print(f"  [{outcome}] {example}")


if __name__ == "__main__":
    main()
