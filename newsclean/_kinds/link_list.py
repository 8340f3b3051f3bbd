"""Link lists: runs of bulleted headline-shaped lines outside the article body."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from newsclean._document import Document
from newsclean._kinds.list_items import item_kind, item_runs
from newsclean._kinds.structure import NavigationRunRule

__all__ = ["LinkListRule"]


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
        below: bool = False,
    ) -> Iterable[list[int]]:
        """The runs of list items or removed lines among ``indices`` (see :func:`item_runs`).

        ``credits`` are not looked at: a teaser list's dates are its own items.
        """
        return item_runs(lines, indices, furniture, self.max_chars)

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
        dated = sum(1 for j in items if item_kind(lines[j].strip(), self.max_chars) == "dated")
        return dated >= self.dated_lines or any(j in furniture for j in between)

    def _introduces_list(self, line: str) -> bool:
        return line.rstrip().endswith(":")

    def _headline(self, doc: Document, run: list[int], furniture: set[int]) -> int | None:
        return None  # every item is a bulleted or dated headline: none is the page's own
