"""Where lines stand on a page: the story's body paragraphs, menu runs, list items.

Plain functions over the lines (this module defines no attrs class), shared by the structural
rules and compiled in the compiled variant (see ``newsclean.compiled``): they are the
per-line loops of those rules.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

import newsclean._pattern_cache as _pattern_cache
from newsclean._document import Document
from newsclean._rule import Tag
from newsclean._text import SENTENCE_END

__all__ = [
    "ITEM_BULLETS",
    "body_span",
    "empty_row",
    "first_paragraph",
    "headline",
    "headline_shaped",
    "is_fact",
    "list_intro",
    "menu_gap",
    "menu_item",
    "menu_label",
    "menu_runs",
    "removed_body_span",
    "single_cell",
    "text_cells",
    "word_count",
]

# A menu item never ends like this (a sentence, a label, a quotation).
_NOT_MENU_END = (*SENTENCE_END, ":", ";", ",", '"', "”", "“", "»", "«", ")")
# A cell or line with a word (not only marks such as "•").
_WORDY = _pattern_cache.compile(r"\w")
# Digits, and the commas of CJK text (a line with one is a sentence), are not in menu items.
_NOT_IN_MENU = _pattern_cache.compile(r"[\d，、；]")


def menu_runs(
    lines: Sequence[str],
    indices: Iterable[int],
    furniture: Collection[int],
    credits: Collection[int],
    max_chars: int,
    headline_chars: int = 0,
    labels: bool = False,
) -> list[list[int]]:
    """The runs of menu-like or removed lines among ``indices`` (blank lines and empty
    table rows that no rule removed are skipped).

    A line that carries a parsed credit (``credits``) ends a run without joining it; see
    :func:`menu_item` for what is menu-like. With ``headline_chars``, a headline-shaped
    line of up to that many characters (see :func:`headline_shaped`) or a numbered item
    ("10. Pakistan clashes over cartoon", "2. News") joins a run too, but never starts one
    (the story's last line or a caption below it). With ``labels``, a menu's label joins
    a run too (see :func:`menu_label`).
    """
    runs: list[list[int]] = []
    run: list[int] = []
    for i in indices:
        line = lines[i]
        if not line:
            continue
        text = line.strip()
        if not text or (i not in furniture and empty_row(text)):
            continue  # blank, or an empty table row ("|  |  |") no rule removed
        if i in credits:
            if run:
                runs.append(run)
                run = []
            continue
        if (
            i in furniture
            # a line longer than a menu item is one only as a table row (each cell short)
            or ((len(text) <= max_chars or text[0] == "|") and menu_item(text, max_chars))
            or (run and headline_chars and _joins(text, headline_chars, max_chars))
            or (labels and menu_label(text, max_chars))
        ):
            run.append(i)
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    return runs


def menu_item(text: str, max_chars: int) -> bool:
    """Whether the stripped, non-empty line ``text`` is menu-like: at most ``max_chars``
    characters, no digit and no sentence end; a table row is when it has one cell with words
    and that is ("|  | Business |", "| • | Big Daddy |"), or three or more and each is
    ("| MSN Home |  | Hotmail |  | Shopping |"; two are a row of data)."""
    if text[0] == "|":
        cells = text_cells(text)
        if len(cells) == 2:
            return False  # a row of data ("| Ana Ruiz | Madrid |"), not of links
        return bool(cells) and all(_menu_text(cell, max_chars) for cell in cells)
    return _menu_text(text, max_chars)


def menu_label(text: str, max_chars: int) -> bool:
    """Whether the stripped line ``text`` is a menu's label alone in a table row: one short
    cell without a digit that ends with a colon ("| CNN NETWORKS: |", "| Rubriques : |")."""
    if text[0] != "|":
        return False
    text = single_cell(text)
    label = text[:-1].rstrip()
    return text.endswith(":") and bool(label) and _menu_text(label, max_chars)


# What separates the cells of a table row (an escaped bar "\\|" stays inside its cell).
_CELL_SPLIT = _pattern_cache.compile(r"\s*(?<!\\)\|\s*")


def text_cells(row: str) -> list[str]:
    """The cells of a table row that hold a letter or digit ("| • | Big Daddy |" has one)."""
    return [cell for cell in _CELL_SPLIT.split(row.strip("| \t")) if _WORDY.search(cell)]


def _menu_text(text: str, max_chars: int) -> bool:
    return (
        len(text) <= max_chars
        and not text.endswith(_NOT_MENU_END)
        and _NOT_IN_MENU.search(text) is None
    )


# The number of a list item ("10. ", "2) ").
_ORDINAL = _pattern_cache.compile(r"\d{1,2}[.)]\s")


def _joins(text: str, headline_chars: int, max_chars: int) -> bool:
    """Whether ``text`` may join a menu run without being a menu item: a headline-shaped
    line, or a numbered item whose text is a menu item or headline-shaped."""
    item = _ORDINAL.match(text)
    if item is not None:
        text = text[item.end() :].lstrip()
        if not text:
            return False
        if menu_item(text, max_chars):
            return True
    return headline_shaped(text, headline_chars)


# The fewest words of a headline-shaped line that joins a menu run.
_HEADLINE_SHAPED_WORDS = 3


def headline_shaped(text: str, max_chars: int) -> bool:
    """Whether the stripped, non-empty line ``text`` is shaped like a teaser's headline: at
    most ``max_chars`` characters, three words or more with letters, no sentence end, colon,
    comma or bracket at its end and no sentence or web address inside ("Bloomberg to Reduce
    Park Vendors by 75 Percent"; not "Tell us your favourite? Write to us at …" nor
    "[Kirsten smiles.]"); a table row never is."""
    return (
        len(text) <= max_chars
        and text[0] != "|"
        and not text.endswith(_NOT_HEADLINE_END)
        and word_count(text) >= _HEADLINE_SHAPED_WORDS
        and _SENTENCE_INSIDE.search(text) is None
    )


# A headline-shaped line ends with none of these, and holds no sentence end or address inside.
_NOT_HEADLINE_END = (*_NOT_MENU_END, "]")
_SENTENCE_INSIDE = _pattern_cache.compile(r"[.!?…][\"”’)]? |://|www\.|@")


def menu_gap(
    lines: Sequence[str],
    gap: range,
    furniture: Collection[int],
    credits: Collection[int],
    max_chars: int,
) -> int:
    """How many content lines the ``gap`` holds when each is menu-like or removed, or -1
    (found at the first line that is not, or that carries a credit)."""
    count = 0
    for i in gap:
        text = lines[i].strip()
        if not text:
            continue
        if i in credits or not (i in furniture or menu_item(text, max_chars)):
            return -1
        count += 1
    return count


def empty_row(text: str) -> bool:
    """Whether the stripped, non-empty line ``text`` is a table row with no text ("|  |  |")."""
    return text[0] == "|" and not text.strip("| \t")


def single_cell(row: str) -> str:
    """The text of a table row's only non-empty cell ("|  | Business |"), or ""."""
    cells = [cell.strip() for cell in row.strip("|").split("|")]
    filled = [cell for cell in cells if cell]
    return filled[0] if len(filled) == 1 else ""


# The fewest words of a headline that ends a menu run above the body ("Europe Dims German
# Outlook"); menu items have one to three ("Love & War", "Street Style Designers").
_HEADLINE_WORDS = 4
# How many lines a menu run may still hold below its headline: a dated stamp, a source name,
# a "* Article | * Comments" tab pair.
_BELOW_HEADLINE = 3
# What a rendered list item starts with.
ITEM_BULLETS = ("* ", "• ", "· ", "- ", "+ ", "o ", "> ", "» ", "› ")


def headline(lines: Sequence[str], run: list[int], furniture: set[int]) -> int | None:
    """The headline at the end of a menu run above the body, or None.

    The last line of the run that no earlier rule removed, that is not a list item and that
    has at least four words, when at most three lines of the run that no earlier rule
    removed follow it: the page's headline sits between the menus and the story
    ("Campaigning Resumes After Weekend Pause" under "* BUSINESS" and a date stamp), and a
    related block that other rules removed may stand between it and the story.
    """
    below = 0  # the lines of the run below, other than those earlier rules removed
    for j in reversed(run):
        if j in furniture:
            continue
        text = lines[j].strip()
        if not text.startswith(ITEM_BULLETS) and word_count(text) >= _HEADLINE_WORDS:
            return j
        below += 1
        if below > _BELOW_HEADLINE:
            return None
    return None


def word_count(text: str) -> int:
    """The words of ``text`` that hold a letter ("&" and "|" are not words)."""
    return sum(1 for word in text.split() if any(c.isalpha() for c in word))


def list_intro(doc: Document, start: int) -> int | None:
    """The content line above the list item ``start`` and the items of its list before it.

    Items of one list share their bullet ("• Amazon Kindle (DX)" above "• Barnes & Noble
    Nook"), so the line that introduces a list is found above its first item, even when
    that item ended the run with a bracket or a digit.
    """
    lines = doc.lines
    bullet = lines[start].lstrip()[:2]
    intro = doc.previous_content(start)
    if bullet not in ITEM_BULLETS:
        return intro
    while intro is not None and lines[intro].lstrip().startswith(bullet):
        intro = doc.previous_content(intro)
    return intro


def body_span(
    lines: Sequence[str], furniture: set[int], size: int, prose: bool = False
) -> tuple[int, int] | None:
    """The first and the last body paragraph (``size`` characters or more), or None.

    The body is the paragraphs no earlier rule removes (a cookie notice is not body:
    counting it would leave the menu lines beside it for a second cleaning pass to
    find); only a page whose every paragraph is furniture is measured by those. The
    search works inwards from both ends, so the story between them is not read. With
    ``prose``, a page with no paragraph at all is measured by its lines of prose (see
    :func:`_prose_span`).
    """
    first = first_paragraph(lines, size, range(len(lines)), furniture)
    if first is None:  # no paragraph, or all of them furniture
        removed = sorted(furniture)
        first = first_paragraph(lines, size, removed)
        last = first_paragraph(lines, size, reversed(removed))
        if first is None or last is None:
            return _prose_span(lines, furniture) if prose else None
        return first, last
    last = first_paragraph(lines, size, range(len(lines) - 1, first, -1), furniture)
    return first, first if last is None else last  # one body paragraph, or more


# A sentence inside a line: its end, a space, the next one's capital or quotation mark.
_INNER_SENTENCE = _pattern_cache.compile(r"[.!?][\"”’)]? +[\"“‘]?[A-ZÀ-Ý]")
# The fewest characters and inner sentence ends of a paragraph that does not end like one.
_PROSE_CHARS = 400
_PROSE_SENTENCES = 3


def _prose_span(lines: Sequence[str], furniture: Collection[int]) -> tuple[int, int] | None:
    """The first and the last line of prose, or None: a line of ``_PROSE_CHARS`` or more,
    no earlier rule removed, with ``_PROSE_SENTENCES`` sentence ends or more inside it (a
    story an extractor ran together with the furniture of its table cell, so that it does
    not end like a sentence)."""
    prose = [
        i
        for i, line in enumerate(lines)
        if len(line) >= _PROSE_CHARS
        and i not in furniture
        and len(_INNER_SENTENCE.findall(line)) >= _PROSE_SENTENCES
    ]
    return (prose[0], prose[-1]) if prose else None


def removed_body_span(
    lines: Sequence[str], found: Iterable[Tag], size: int
) -> tuple[set[int], tuple[int, int] | None]:
    """The lines that earlier rules removed (``found``) and the body span they leave (see
    :func:`body_span`)."""
    furniture = {tag.line for tag in found if tag.remove}
    return furniture, body_span(lines, furniture, size)


def first_paragraph(
    lines: Sequence[str], chars: int, order: Iterable[int], skip: Collection[int] = ()
) -> int | None:
    """The first paragraph in ``order`` not in ``skip``: ``chars`` or more, ending like a sentence.

    A table row's closing bars do not count ("| … the bank said. |" is a paragraph: an
    extractor renders a page laid out in a table so).
    """
    for i in order:
        line = lines[i]
        if len(line) >= chars and i not in skip and _ends_sentence(line.rstrip(_ROW_END)):
            return i
    return None


# The longest source tag after a paragraph's last sentence ("… the bank said. [Reuters]").
_SOURCE_TAG_CHARS = 40


def _ends_sentence(text: str) -> bool:
    """Whether ``text`` ends like a sentence, a short bracketed source tag after it aside
    ("… will cite volatility. [Bloomberg via Awl]", "… the police said. (AP)")."""
    if text.endswith(SENTENCE_END):
        return True
    if not text.endswith(("]", ")")):
        return False
    opening = text.rfind("[" if text[-1] == "]" else "(", -_SOURCE_TAG_CHARS)
    return opening > 0 and text[:opening].rstrip().endswith(SENTENCE_END)


# What a table row ends with after its last cell's text.
_ROW_END = " \t\r\n|"


# The longest label of a "label: value" fact line ("Art der Aufnahme: Digitalfoto").
_FACT_LABEL_CHARS = 25


def is_fact(line: str) -> bool:
    """A "label: value" line: a short label, a colon, then a value with a letter or digit."""
    if ": " not in line:
        return False
    label, colon, value = line.strip().partition(": ")
    return bool(colon) and len(label) <= _FACT_LABEL_CHARS and any(c.isalnum() for c in value)
