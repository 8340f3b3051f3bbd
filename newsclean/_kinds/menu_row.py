"""A menu rendered as a table row: "| Home | Books | Movies | Music |" or one cell of links
joined by escaped bars ("| Jump \\| Free Trial Issue |  |"), standing alone, not in a table;
or printed without cell borders ("News | Africa | Americas")."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

import newsclean._pattern_cache as _pattern_cache
from newsclean._document import Document
from newsclean._kinds.gate import Gate, GatedRule
from newsclean._kinds.layout import menu_item, removed_body_span, text_cells
from newsclean._rule import Stage, Tag

__all__ = ["MenuRowRule"]

# The cells of a row (an escaped bar "\\|" stays inside its cell), and the links of a cell.
_CELLS = _pattern_cache.compile(r"\s*(?<!\\)\|\s*")
_LINKS = _pattern_cache.compile(r"\s*\\\|\s*")
_WORDY = _pattern_cache.compile(r"\w")
# An abbreviation that ends a label ("AP U.S.", "Washington D.C."): its last dot is no
# sentence's end.
_ABBREVIATION = _pattern_cache.compile(r"(?:\b\p{Lu}\.){2,}\Z")
_ELLIPSIS = ("...", "…")
# The bars between the links of a row printed without cell borders ("News | Sport | Help").
_BARS = _pattern_cache.compile(r"\s+\|\s+")


def _labels(row: str) -> list[str]:
    """The texts of a row's cells, each cell cut at its escaped bars; cells without a word
    ("•", "") are left out."""
    return [
        link
        for cell in _CELLS.split(row.strip("| \t"))
        for link in _LINKS.split(cell)
        if _WORDY.search(link)
    ]


def _menu_link(label: str, max_chars: int) -> bool:
    """Whether a cell's link text is a menu label: as :func:`menu_item` has it, or ending
    with an abbreviation ("AP U.S."), or a "More ..." link of two words at most before its
    ellipsis."""
    if menu_item(label, max_chars):
        return True
    if label.endswith(_ELLIPSIS):
        stem = label.rstrip(".… ")
        return len(stem.split()) <= 2 and bool(stem) and menu_item(stem, max_chars)
    return bool(_ABBREVIATION.search(label)) and menu_item(label[:-1], max_chars)


def _width(row: str) -> int:
    """How many cells the row has, empty ones included."""
    return len(_CELLS.split(row.strip().strip("|")))


@attrs.frozen(kw_only=True)
class MenuRowRule(GatedRule):
    """Removes a table row whose texts are all menu labels above the first or below the
    last body paragraph, unless it belongs to a table.

    Every cell (cut at escaped bars, "\\|") with a word must be a short label: at most
    ``label_chars`` characters, no digit, not ending like a sentence or a label (":") but
    for an abbreviation ("AP U.S.") or a "More ..." link, and there must be two labels or
    more. A row of a data table stays: one whose nearest row
    above or below with text has two cells with text or more, and as many cells as the row,
    empty ones included or not ("| Name | Party | City |" over "| Ana Ruiz | Left | Madrid
    |", or over the rule "| --- | --- |" under a header; a row of a page's layout table,
    with one cell of text, is no data); so does any row
    with a figure ("| Leeds | 3 | 1 |") or a sentence in a cell. The body paragraphs
    are lines of ``paragraph_chars`` or more that end like a sentence and that no earlier
    rule removed; a page without one is left alone, and a lone row of labels inside the
    story ("| Monday | Tuesday | Wednesday |") stays. Labels joined by escaped bars are
    links, never a table's data: such a row goes whatever its neighbours, and with
    ``bar_links`` labels or more ("| Reuters \\| AP \\| Photos |") wherever it stands.
    A line without cell borders of ``bar_links`` labels or more joined by spaced bars
    ("News | Africa | Americas") goes on the same terms when it stands beside other
    furniture (see :meth:`_bar_row`).
    """

    label_chars: int = 30
    bar_links: int = 3
    max_chars: int = 300
    paragraph_chars: int = 100
    stage: Stage = "structure"

    def gate(self) -> Gate:
        return Gate(self.max_chars, triggers=("|",))

    def tag_lines(self, doc: Document, lines: Sequence[int], found: Sequence[Tag]) -> Iterable[Tag]:
        tags, bars = [], []
        menus: set[int] | None = None  # lines earlier rules removed, gathered when needed
        for i in lines:
            text = doc.lines[i].strip()
            if len(text) > self.max_chars:
                continue
            if text[:1] != "|":
                beside = self._bar_row(doc, i, text)
                if beside:
                    if menus is None:
                        menus = {tag.line for tag in found if tag.remove and tag.record is None}
                    if not menus.isdisjoint(beside):
                        tags.append(Tag(i, self.id))
                continue
            labels = _labels(text)
            if len(labels) < 2 or not all(_menu_link(label, self.label_chars) for label in labels):
                continue
            if "\\|" in text and len(labels) >= self.bar_links:
                bars.append(Tag(i, self.id))  # a bar of links, never a table's data
            elif "\\|" in text or not self._in_table(doc, i, text):
                tags.append(Tag(i, self.id))
        if not tags:
            return bars
        body = removed_body_span(doc.lines, found, self.paragraph_chars)[1]
        if body is None:
            return bars
        first, last = body
        return sorted([*bars, *(t for t in tags if not first <= t.line <= last)], key=_line)

    def _bar_row(self, doc: Document, i: int, text: str) -> tuple[int, ...]:
        """The nearest lines with text above and below ``text`` when it is a line without
        cell borders of ``bar_links`` menu labels or more joined by spaced bars ("News |
        Sport | Weather") and no line of a table (those neighbours have fewer bars); else
        ``()``. It goes when one of them is a line an earlier rule removed (not a credit:
        the sources under a byline, or a story's first line, stay)."""
        if text.count("|") < self.bar_links - 1:
            return ()  # most lines with a bar hold one ("Home | World")
        labels = _BARS.split(text)
        if len(labels) < self.bar_links:
            return ()
        if not all(
            _WORDY.search(label) and _menu_link(label, self.label_chars) for label in labels
        ):
            return ()
        neighbours = []
        for step in (-1, 1):
            found = _nearest_text(doc.lines, i, step)
            if found is None:
                continue
            if len(_BARS.findall(found[1])) >= len(labels) - 1:
                return ()
            neighbours.append(found[0])
        return tuple(neighbours)

    def _in_table(self, doc: Document, i: int, row: str) -> bool:
        """Whether the nearest row with text above or below ``row`` is a row of data (two
        cells with text or more) or a header's rule, with as many cells; or has as many
        cells, empty ones included, as the row beyond it (a sparse row of data, "| Ana Ruiz
        |  |", between two rows of its table)."""
        width, cells = _width(row), len(text_cells(row))
        for step in (-1, 1):
            found = _nearest_text(doc.lines, i, step)
            if found is None or found[1][:1] != "|":
                continue
            j, near = found
            near_cells = len(text_cells(near))
            # a data row, or the rule under a table's header ("| --- | :---: |")
            data = near_cells > 1 or ("-" in near and not near.strip("|:- \t"))
            if data and (_width(near) == width or near_cells == cells):
                return True
            if _width(near) == width:
                beyond = _nearest_text(doc.lines, j, step)
                if beyond is not None and beyond[1][:1] == "|" and _width(beyond[1]) == width:
                    return True
        return False


def _line(tag: Tag) -> int:
    return tag.line


def _nearest_text(lines: Sequence[str], i: int, step: int) -> tuple[int, str] | None:
    """The nearest line from ``i`` in direction ``step`` with a word or a mark in a cell,
    and its stripped text."""
    j = i + step
    while 0 <= j < len(lines):
        text = lines[j].strip()
        if text.strip("| \t"):
            return j, text
        j += step
    return None
