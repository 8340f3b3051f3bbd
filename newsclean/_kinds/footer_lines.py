"""Below the story: the per-line walk of the footer-fragment rule and the paragraph runs
that place the story's end.

Plain functions (this module defines no attrs class), compiled in the compiled variant (see
``newsclean.compiled``).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress

from newsclean._document import Document
from newsclean._kinds.layout import ITEM_BULLETS, is_fact, list_intro, single_cell
from newsclean._text import SENTENCE_END

__all__ = ["fragments_below", "is_paragraph", "paragraph_runs"]

# Rendered list items below the article (inscriptis' bullets; "- " also opens story lists and
# dialogue in extracted text) are teasers even when they end like a sentence and run longer.
_TEASER_BULLETS = ("* ", "• ", "+ ", "o ")
_TEASER_EXTRA = 80
# The shortest paragraph of the story's core (as the body paragraphs of NavigationRunRule).
_PARAGRAPH_CHARS = 100
_LONG = _PARAGRAPH_CHARS.__le__  # a line length at least a paragraph's
# How far a subheading's paragraphs may be (blank lines between).
_NEAR = 2
# A line of hard-wrapped prose ends like this (the next line goes on).
_WRAPPED_ENDS = (",", ";", "-")
# The fewest words of a sentence that introduces a list, and the shortest item of a list of
# sentences.
_INTRO_WORDS = 5
_ITEM_CHARS = 60
# What a list item that a line ending with a colon may introduce starts with.
_BULLET_STARTS = frozenset(bullet[0] for bullet in ITEM_BULLETS)


def fragments_below(doc: Document, end: int, furniture: set[int], max_chars: int) -> list[int]:
    """The lines below line ``end`` that are furniture fragments (see
    :class:`~newsclean._kinds.footer.FooterFragmentRule`): short, not sentences, not facts,
    subheadings, items of an introduced list or the line that introduces a list of sentences.

    One walk down the lines: the content line above each one is carried along, so
    a fragment that does not stand below a paragraph costs no look around.
    """
    lines, count = doc.lines, len(doc.lines)
    longest = max_chars + _TEASER_EXTRA
    found: list[int] = []
    intros: dict[int, bool] = {}
    # the last content line above the one looked at (as far up as doc.previous_content looks)
    last = doc.previous_content(end + 1, limit=_NEAR)
    above = -_NEAR - 1 if last is None else last
    for j in range(end + 1, count):
        text = lines[j].strip()
        if not text:
            continue
        previous, above = above, j
        if j in furniture or len(text) > longest:
            continue
        if text[0] == "|":  # a table row: a data row stays, a one-cell row is its cell
            text = single_cell(text)
            if not text or _data_row(lines[j + 1] if j + 1 < count else ""):
                continue  # data, or the caption of the data rows below it
        if not text.startswith(_TEASER_BULLETS) and (
            len(text) > max_chars
            or text.endswith(SENTENCE_END)
            or text[0].islower()
            or text.endswith(_WRAPPED_ENDS)
            or (j + 1 < count and lines[j + 1].lstrip()[:1].islower())
        ):
            continue  # a sentence, a long line, or hard-wrapped prose
        if (
            (": " in text and is_fact(text))
            or (
                j - previous <= _NEAR
                and len(lines[previous]) >= _PARAGRAPH_CHARS
                and is_paragraph(lines, previous, furniture)
                and is_paragraph(lines, doc.next_content(j, limit=_NEAR), furniture)
            )  # a subheading between two paragraphs
            or (text[0] in _BULLET_STARTS and _introduced(doc, j, furniture, intros))
            or (text.endswith(":") and _opens_list(doc, j))
        ):
            continue
        found.append(j)
    return found


def _data_row(line: str) -> bool:
    """Whether ``line`` is a table row with two filled cells or more ("| Ana Ruiz | 65% |")."""
    text = line.strip()
    return text[:1] == "|" and sum(1 for cell in text.strip("|").split("|") if cell.strip()) > 1


def _opens_list(doc: Document, index: int) -> bool:
    """Whether line ``index`` (ending with a colon) is a sentence that introduces a list of
    the story's: it has five words or more, and its next content line is a list item that
    ends like a sentence or runs long ("… in the following areas:" above "* Give computer
    makers more flexibility …"; "Top stories:" above teasers is a label)."""
    below = doc.next_content(index)
    if below is None or len(doc.lines[index].split()) < _INTRO_WORDS:
        return False
    item = doc.lines[below].strip()
    return item[:2] in ITEM_BULLETS and (len(item) >= _ITEM_CHARS or item.endswith(SENTENCE_END))


def is_paragraph(lines: Sequence[str], index: int | None, furniture: set[int]) -> bool:
    """Whether line ``index`` is a paragraph of a story that no earlier rule removed."""
    if index is None or len(lines[index]) < _PARAGRAPH_CHARS or index in furniture:
        return False
    text = lines[index].strip()
    return len(text) >= _PARAGRAPH_CHARS and text.endswith(SENTENCE_END)


def _introduced(doc: Document, index: int, furniture: set[int], known: dict[int, bool]) -> bool:
    """Whether line ``index`` is a list item that a line ending with a colon introduces.

    ``known`` holds the answers for the items above, so a long list is walked once.
    """
    lines = doc.lines
    bullet = lines[index].lstrip()[:2]
    if bullet not in ITEM_BULLETS:
        return False
    above = doc.previous_content(index)
    if above is not None and above in known and lines[above].lstrip().startswith(bullet):
        answer = known[above]  # the item above is of the same list
    else:
        intro = list_intro(doc, index)
        answer = (
            intro is not None and intro not in furniture and lines[intro].rstrip().endswith(":")
        )
    known[index] = answer
    return answer


def paragraph_runs(
    lines: Sequence[str], furniture: set[int], span: tuple[int, int], gap: int
) -> list[tuple[int, int, int]]:
    """The runs of paragraphs in ``span``: (first line, last line, characters).

    Paragraphs are the lines of at least 100 characters that end like a sentence and that
    no earlier rule removed; two belong to one run when at most ``gap`` other lines (removed
    ones included) stand between them.
    """
    first, last = span
    # the long lines, picked without a Python step per line
    long = compress(range(first, last + 1), map(_LONG, map(len, lines[first : last + 1])))
    paragraphs = [
        j for j in long if j not in furniture and lines[j].rstrip().endswith(SENTENCE_END)
    ]
    runs: list[tuple[int, int, int]] = []
    previous = -1
    for j in paragraphs:
        chars = len(lines[j].strip())
        if runs and _close(lines, previous, j, gap):
            first, _, total = runs[-1]
            runs[-1] = (first, j, total + chars)
        else:
            runs.append((j, j, chars))
        previous = j
    return runs


def _close(lines: Sequence[str], above: int, below: int, gap: int) -> bool:
    """Whether at most ``gap`` non-blank lines stand between lines ``above`` and ``below``."""
    if below - above - 1 <= gap:
        return True
    between = 0
    for k in range(above + 1, below):
        if lines[k] and not lines[k].isspace():
            between += 1
            if between > gap:
                return False
    return True
