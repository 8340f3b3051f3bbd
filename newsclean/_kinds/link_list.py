"""Link lists: runs of bulleted headline-shaped lines outside the article body."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import attrs

from newsclean._document import Document
from newsclean._kinds.structure import NavigationRunRule

__all__ = ["LinkListRule"]

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


@attrs.frozen(kw_only=True)
class LinkListRule(NavigationRunRule):
    """Removes runs of bulleted, headline-shaped lines above the first or below the last paragraph.

    An item is a bulleted line ("* ", "• ", "- " …) or a line opened by a date or time
    ("1/15/2015 at 6:07 p.m. …", "Jan. 15, 2015 …") of at most ``max_chars`` characters
    whose text has a letter and does not end like a sentence or a clause (".", ":", ";",
    ","); digits and question marks are allowed ("* 2015 Oscar nominees react: What they're
    saying", "* Why has the year 2014 been so hot?"). A run of at least ``min_lines`` such
    items outside the body (blank lines and lines earlier rules removed do not break it,
    but do not count) is
    a list of links (related stories, most read, archives, section menus) when a line that
    an earlier rule removed stands between it and the body (a list right after the last
    paragraph can be the story's own ending) or when it holds ``dated_lines`` dated items
    (a river of teasers). A run that a line
    ending with a colon introduces ("The winners:", "Sources:") is the story's own list and
    stays, as do runs of "label: value" facts. The body is found as for
    :class:`NavigationRunRule`.
    """

    max_chars: int = 120
    min_lines: int = 3
    # A run of this many dated headlines is a teaser list even with no furniture beside it.
    dated_lines: int = 5

    def _runs(
        self,
        lines: Sequence[str],
        indices: range,
        furniture: set[int],
        credits: frozenset[int] | set[int] = frozenset(),
    ) -> Iterator[list[int]]:
        """The runs of list items or removed lines among ``indices`` (blank lines are skipped).

        One short line between two dated items (a teaser's summary under its headline) joins
        the run. ``credits`` are not looked at: a teaser list's dates are its own items.
        """
        run: list[int] = []
        between: int | None = None
        dated = False  # whether the last item of the run is a dated one
        longest = self.max_chars + _INDENT
        for i in indices:
            line = lines[i]
            if len(line) > longest and i not in furniture:  # too long for an item
                if run:
                    yield run
                    run, between = [], None
                continue
            text = line.strip()
            if not text:
                continue
            if i in furniture:
                kind: str | None = "removed"
            elif text[0] in _ITEM_STARTS or text[:3].casefold() in _MONTH_STARTS:
                kind = _item_kind(text, self.max_chars)
            else:
                kind = None
            if kind is not None:
                if between is not None and dated and kind == "dated":
                    run.append(between)
                elif between is not None:
                    yield run
                    run = []
                between = None
                run.append(i)
                dated = kind == "dated"
            elif run and between is None and dated and len(text) <= self.max_chars:
                between = i
            elif run:
                yield run
                run, between = [], None
        if run:
            yield run

    def _removes(
        self, doc: Document, run: list[int], furniture: set[int], body: tuple[int, int]
    ) -> bool:
        lines, (first, last) = doc.lines, body
        items = [j for j in run if j not in furniture]
        if len(items) < self.min_lines or not self._is_menu(doc, run, furniture):
            return False
        # furniture in the run or between it and the body, or a long run of dated
        # headlines: not the story's own list
        between = range(run[0], first) if run[0] < first else range(last + 1, run[-1])
        dated = sum(1 for j in items if _item_kind(lines[j].strip(), self.max_chars) == "dated")
        return dated >= self.dated_lines or any(j in furniture for j in between)

    def _introduces_list(self, line: str) -> bool:
        return line.rstrip().endswith(":")

    def _headline(self, doc: Document, run: list[int], furniture: set[int]) -> int | None:
        return None  # every item is a bulleted or dated headline: none is the page's own


def _item_kind(text: str, max_chars: int) -> str | None:
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
