"""A site's name or tagline alone at the top of the page, between its skip link and its menu:
"Fietsen in Utrecht" / "Een blog over de stad, de fiets en het weer" above "Home", "Routes"."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

import attrs

from newsclean._document import Document
from newsclean._rule import Rule, Stage, Tag
from newsclean._text import SENTENCE_END

__all__ = ["MastheadRule"]

# A line with a word (not only marks such as "*" or "|  |").
_WORDY = re.compile(r"\w")
# A truncated line is a teaser's title ("2012 Hyundai Veloster Six-Month Road Test..."),
# never a site's name or tagline.
_TRUNCATED = ("...", "…")
# What a table row ends with after its last cell's text.
_ROW_END = " \t|"


@attrs.frozen(kw_only=True)
class MastheadRule(Rule):
    """Removes the first lines no rule removed when they stand at the top of the page,
    between removed lines above (a skip link) and a removed menu below, above the headline.

    From the top, lines with a word are read in order: one to ``lead_lines`` removed ones
    (skip links, a logo's text: an extractor's text that opens with its title has none), then one to ``max_lines`` lines that no rule removed or read,
    each of at most ``max_chars`` characters, none truncated ("…") and none ending like a
    statement or a question (a story's short first paragraph, a headline that asks; a
    tagline may exclaim: "Modeberatung mit Leidenschaft!") (the masthead), then ``min_run`` removed lines
    or more in a row (``bare_run`` or more when no line stands above the masthead: an
    extractor's text may open with its title above a few removed tags), none of them read
    into a record (a menu, not a byline or a date); the first line below that run must be
    one that no rule removed or read and that does not end like a sentence: the headline.
    A headline between a menu and its byline stays, so does a short first paragraph above
    a share row with the story's next paragraph below it, and so does a page's first line
    with nothing removed above or below it.
    """

    max_lines: int = 2
    max_chars: int = 100
    lead_lines: int = 3
    min_run: int = 3
    bare_run: int = 6
    stage: Stage = "structure"

    def tag(self, doc: Document, found: Sequence[Tag]) -> Iterable[Tag]:
        removed = {t.line for t in found if t.remove}
        if not removed:
            return []
        records = {t.line for t in found if t.record is not None}
        lines = _worded(doc.lines)
        lead, masthead = self._masthead(lines, removed, records, doc.lines)
        if not masthead:
            return []
        min_run = self.min_run if lead else self.bare_run
        run = 1  # the run's first line, read by _masthead
        for i in lines:  # the rest of the run below the masthead, then the headline
            if i in removed:
                if i in records:
                    return []
                run += 1
                continue
            if run < min_run:
                return []
            if i in records or doc.lines[i].rstrip(_ROW_END).endswith(SENTENCE_END):
                return []  # the story starts right below the menu: no headline between
            return [Tag(j, self.id) for j in masthead]
        return []

    def _masthead(
        self, lines: Iterator[int], removed: set[int], records: set[int], text: Sequence[str]
    ) -> tuple[int, list[int]]:
        """How many removed lines stand above the masthead, and its lines from the top of
        ``lines`` (none if there is none); ``lines`` is read up to the first removed line
        below them."""
        lead = 0
        masthead: list[int] = []
        for i in lines:
            if i in removed:
                if masthead:
                    return lead, masthead if i not in records else []
                lead += 1
                if lead > self.lead_lines:
                    break
                continue
            line = text[i].strip()
            if i in records or len(masthead) == self.max_lines or len(line) > self.max_chars:
                break
            if line.endswith(_TRUNCATED) or _statement(line.rstrip(_ROW_END)):
                break
            masthead.append(i)
        return lead, []


def _statement(text: str) -> bool:
    """Whether ``text`` ends like a sentence other than an exclamation."""
    return text.endswith(SENTENCE_END) and not text.endswith("!")


def _worded(lines: Sequence[str]) -> Iterator[int]:
    """The indices of ``lines`` that hold a word, in order."""
    return (i for i, line in enumerate(lines) if _WORDY.search(line))
