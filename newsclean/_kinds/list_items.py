"""Headline-shaped list items (bulleted or dated teasers) and the runs they form.

Plain functions (this module defines no attrs class), compiled in the compiled variant (see
``newsclean.compiled``): the per-line loop of :class:`~newsclean._kinds.link_list.LinkListRule`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence

__all__ = ["item_kind", "item_runs"]

# What a rendered list item starts with (inscriptis writes "  * ").
# Dashes also open dialogue lines ("– „Ok.“"), so only the hyphen counts as a dash bullet.
_BULLETS = ("* ", "• ", "· ", "- ", "+ ", "> ", "» ", "› ")
# The most indentation a rendered list item carries (nested lists are indented further).
_INDENT = 12
# The first characters of a bulleted or dated item (month names are checked apart).
_ITEM_STARTS = frozenset("*•·->»›+0123456789")
# An item that opens with a quotation mark is a line of dialogue or a quote.
_QUOTES = "\"'„“”«»‚‘’"
# A date or time that opens a teaser ("1/15/2015 at 6:07 p.m. ", "Jan. 15, 2015 ", "15.01.2015 ").
_MONTH = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mär|mai|okt|dez|janv|fév|avr|jui|aoû"
    r"|déc|ene|abr|ago|dic|gen|mag|giu|lug|set|ott|fev|out)[a-zäéûô]{0,7}\.?"
)
_MONTH_STARTS = frozenset(
    [
        "jan",
        "feb",
        "mar",
        "apr",
        "may",
        "jun",
        "jul",
        "aug",
        "sep",
        "oct",
        "nov",
        "dec",
        "mär",
        "mai",
        "okt",
        "dez",
        "fév",
        "avr",
        "aoû",
        "déc",
        "ene",
        "abr",
        "ago",
        "dic",
        "gen",
        "mag",
        "giu",
        "lug",
        "set",
        "ott",
        "fev",
        "out",
    ]
)
_DATED = re.compile(
    r"(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2}"
    rf"|{_MONTH} \d{{1,2}},? \d{{4}}|\d{{1,2}}\.? {_MONTH} \d{{4}})"
    r"(?:,? (?:at|um|à|a las|alle|às) )?,? ?(?:\d{1,2}[:.]\d{2} ?(?:[ap]\.?m\.?)?)? ",
    re.IGNORECASE,
)
# A linked headline never ends like this (a sentence, a label, a clause).
_NOT_HEADLINE_END = (".", ":", ";", ",", ".”", '."', ".)")


def item_runs(
    lines: Sequence[str], indices: Iterable[int], furniture: Collection[int], max_chars: int
) -> list[list[int]]:
    """The runs of list items or removed lines among ``indices`` (blank lines are skipped).

    One short line between two dated items (a teaser's summary under its headline) joins
    the run.
    """
    runs: list[list[int]] = []
    run: list[int] = []
    between: int | None = None
    dated = False  # whether the last item of the run is a dated one
    longest = max_chars + _INDENT
    for i in indices:
        line = lines[i]
        if len(line) > longest and i not in furniture:  # too long for an item
            if run:
                runs.append(run)
                run, between = [], None
            continue
        text = line.strip()
        if not text:
            continue
        if i in furniture:
            kind: str | None = "removed"
        elif text[0] in _ITEM_STARTS or text[:3].casefold() in _MONTH_STARTS:
            kind = item_kind(text, max_chars)
        else:
            kind = None
        if kind is not None:
            if between is not None and dated and kind == "dated":
                run.append(between)
            elif between is not None:
                runs.append(run)
                run = []
            between = None
            run.append(i)
            dated = kind == "dated"
        elif run and between is None and dated and len(text) <= max_chars:
            between = i
        elif run:
            runs.append(run)
            run, between = [], None
    if run:
        runs.append(run)
    return runs


def item_kind(text: str, max_chars: int) -> str | None:
    """``"bullet"`` or ``"dated"`` for a headline-shaped list item, else None."""
    if len(text) > max_chars:
        return None
    if text.startswith(_BULLETS):
        kind, item = "bullet", text[2:].strip()
    elif text[0].isdigit() or text[:3].casefold() in _MONTH_STARTS:
        dated = _DATED.match(text)
        if dated is None:
            return None
        kind, item = "dated", text[dated.end() :]
    else:
        return None
    if not item or item[0] in _QUOTES or item.endswith(_NOT_HEADLINE_END):
        return None
    return kind if any(c.isalpha() for c in item) else None
