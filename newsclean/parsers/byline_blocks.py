"""Where a page's bylines over several lines or without a by-word are: the walk of the
byline-block rule (:class:`~newsclean.rules.credits.BylineBlockRule`) over its candidate lines.

Plain functions (this module defines no attrs class), compiled in the compiled variant (see
``newsclean.compiled``); :mod:`~newsclean.parsers.byline_block` reads each block.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from newsclean._credits import Byline, Timestamp
from newsclean._document import CREDIT_WINDOW, PARAGRAPH_CHARS, Document
from newsclean._rule import Tag
from newsclean.parsers.author_box import author_box, headed
from newsclean.parsers.byline_block import (
    GATE,
    dated_byline,
    in_comments,
    names_below,
    opens_alone,
    read_block,
    read_positioned,
    replied,
)
from newsclean.parsers.signature import signature

__all__ = ["BELOW_TRIES", "POSITION_AFTER", "POSITION_BEFORE", "byline_blocks", "byline_position"]

POSITION_BEFORE = 10
POSITION_AFTER = 2
"""How many lines with text before and after the story's first paragraph are the byline
position (see :func:`byline_position`)."""

OWN_BELOW = 15
"""How many lines below the story's first paragraph a byline found keeps the byline position
from being read (further below, a teaser list's bylines do not)."""
BELOW_TRIES = 4
"""How many by-words alone and date lines below the byline window are read, top down, on a page
with no byline above (an author box or a dated byline below a long story)."""
SHORT_RUN = 3
SHORT_CHARS = 60
SHORT_WORDS = 10
"""A story of short paragraphs starts at :data:`SHORT_RUN` lines of prose in a row, each at
least :data:`SHORT_CHARS` characters and :data:`SHORT_WORDS` words (see
:func:`short_story_start`)."""
_SENTENCE_ENDS = ".!?…\"'”»’)"
_LIST_MARKS = "*•+-–>[("  # a list item's first character
_EMPTY_ITEM = " \t*•+-"  # what an empty list item holds ("  *", a share bar's icons)


def byline_blocks(
    doc: Document,
    lines: Sequence[int],
    found: Sequence[Tag],
    comment_rules: Collection[str],
    share_rules: Collection[str],
) -> list[tuple[tuple[int, ...], Byline | None]]:
    """The bylines the candidate ``lines`` open, end or are, each with the lines it spans,
    in the order the rule tags them (see :class:`~newsclean.rules.credits.BylineBlockRule`);
    a dated byline far below the story is removed but not read (its record is ``None``).

    ``found`` are the tags of the rules that ran before; the first line below the story's
    first paragraph that one of ``comment_rules`` removed opens the comment section, unless
    it sits between lines of ``share_rules`` (a share bar's comment link).
    """
    blocks: list[tuple[tuple[int, ...], Byline | None]] = []
    taken: set[int] = set()
    stamped: dict[int, bool] = {}
    furniture: set[int] = set()
    comments: list[int] = []
    sharing: set[int] = set()
    for tag in found:  # one pass over the tags so far
        record = tag.record
        if record is None:
            if tag.remove:
                furniture.add(tag.line)
                if tag.rule in comment_rules:
                    comments.append(tag.line)
                elif tag.rule in share_rules:
                    sharing.add(tag.line)
        elif isinstance(record, Byline):
            taken.add(tag.line)
        elif isinstance(record, Timestamp):
            stamped[tag.line] = tag.remove
    dated = {i for i, remove in stamped.items() if remove}
    for i in sorted(taken):  # "By Ana Ruiz" / "and Tom Field": the names going on below
        below_names = names_below(doc.lines, i)
        if below_names is not None and not taken.intersection(below_names[1]):
            taken.update(below_names[1])
            blocks.append((below_names[1], below_names[0]))
    start = doc.story_start(furniture)
    if start is None:
        start = short_story_start(doc, furniture)  # every paragraph short (BBC-style)
    end = len(doc.lines) if start is None else start + CREDIT_WINDOW
    last = len(doc.lines)  # the comment section below the story: its names are readers'
    if start is not None:
        opening = (c for c in comments if start < c and not _in_share_bar(doc, c, sharing))
        last = min(opening, default=last)
        end = min(end, last)
    bylines = set(taken)
    # a by-word alone reads its names across lines other rules remove ("By" / "Skip to
    # content" / "Ana Ruiz"), as it will once they are gone: cleaning twice changes nothing
    seen: list[str] | None = None  # the lines with the furniture blank, made when needed
    below: list[int] = []  # lines far below the story's start, before its comments
    for i in sorted(stamped.keys() | set(lines)):
        if i >= end:
            line = doc.lines[i]
            if stamped.get(i) is False and dated_byline(doc.lines, i) is not None:
                blocks.append(((i,), None))  # a dated name far below: a teaser's or comment's
                continue
            if i < last and not bylines and (i in dated or (len(line) <= 40 and opens_alone(line))):
                below.append(i)  # below a long story: "Autor" / "Ana Ruiz", "Ana Ruiz" / date
            continue
        if i in taken:
            continue
        view = doc.lines
        if furniture and i not in furniture and opens_alone(doc.lines[i]):
            seen = _without(doc.lines, furniture) if seen is None else seen
            view = seen
        block = read_block(view, i, dated=i in dated, stamped=i in stamped)
        if block is None or taken.intersection(block[1]):
            continue
        if start is not None and i > start and replied(doc.lines, block[1][-1]):
            continue  # "Ana Ruiz • 2 hours ago" / "Great piece." / "Reply": a comment
        record, spanned = block
        taken.update(spanned)
        bylines.add(spanned[0])
        blocks.append((spanned, record))
    if not bylines:
        for i in below[:BELOW_TRIES]:
            block = read_block(doc.lines, i, dated=i in dated)
            if block is not None and not in_comments(doc.lines, block[1]):
                bylines.add(block[1][0])
                blocks.append((block[1], block[0]))
                break
    if start is None or any(-CREDIT_WINDOW < line - start <= OWN_BELOW for line in bylines):
        # the story has a byline, or no first paragraph to place one by (a byline further
        # below is a teaser's, "More from" / "von Ella Glover", or a signature's)
        return blocks if bylines else _with_box(doc, lines, blocks, start, last)
    walked: set[int] = set()
    # a line in the byline position is read as it stands (the widgets around a name are
    # evidence too), then as a second cleaning sees it, with the furniture gone ("Headline"
    # / "Skip to content" / "Ana Ruiz" / paragraph): cleaning twice changes nothing
    for first in _story_starts(doc, start, last):
        for i in byline_position(doc, first):
            if i >= last:
                break  # a comment section right below the first paragraph: readers' names
            if i in taken or i in walked or len(doc.lines[i].rstrip()) > GATE.max_chars:
                continue
            walked.add(i)
            block = read_positioned(doc.lines, i, first)  # most: no given name
            if block is None and furniture and i not in furniture:
                seen = _without(doc.lines, furniture) if seen is None else seen
                block = read_positioned(seen, i, first)
            if block is not None and i > first and replied(doc.lines, block[1][-1]):
                continue  # a reader's comment right below a short story
            if block is not None and not taken.intersection(block[1]):
                unread = [b for b in blocks if b[1] is not None or b[0] != block[1]]
                return [*unread, (block[1], block[0])]
    return blocks if bylines else _with_box(doc, lines, blocks, start, last)


def short_story_start(doc: Document, furniture: Collection[int] = ()) -> int | None:
    """Where a story whose paragraphs are all shorter than a paragraph line starts: the
    first of :data:`SHORT_RUN` lines of prose in a row (blank lines between), each at least
    :data:`SHORT_CHARS` characters and :data:`SHORT_WORDS` words ending a sentence, none a
    list item nor furniture; ``None`` if the page has no such run."""
    lines = doc.lines
    run: list[int] = []
    for i, line in enumerate(lines):
        if not line or line.isspace():
            continue
        if i in furniture or not _short_paragraph(line):
            run = []
            continue
        run.append(i)
        if len(run) == SHORT_RUN:
            return run[0]
    return None


def _short_paragraph(line: str) -> bool:
    text = line.strip()
    return (
        len(text) >= SHORT_CHARS
        and text.count(" ") >= SHORT_WORDS - 1
        and text[0] not in _LIST_MARKS
        and text[-1] in _SENTENCE_ENDS
    )


def _story_starts(doc: Document, start: int, last: int) -> list[int]:
    """The story's first paragraph ``start`` and, where that is a lone long line (a notice,
    a list item, a shop's blurb), the first of two paragraphs in a row below it: where the
    story starts when the first long line is not its first paragraph."""
    lines = doc.lines
    if _opens_run(doc, start):
        return [start]
    for i in range(start + 1, last):
        if len(lines[i]) >= PARAGRAPH_CHARS and _opens_run(doc, i):
            return [start, i]
    return [start]


def _opens_run(doc: Document, index: int) -> bool:
    """Whether line ``index`` is a paragraph, not a list item, and the next line with text
    is one too."""
    line = doc.lines[index]
    if len(line) < PARAGRAPH_CHARS or line.lstrip()[:1] in _LIST_MARKS:
        return False
    following = doc.next_content(index)
    return following is not None and len(doc.lines[following]) >= PARAGRAPH_CHARS


def _with_box(
    doc: Document,
    lines: Sequence[int],
    blocks: list[tuple[tuple[int, ...], Byline | None]],
    start: int | None,
    last: int,
) -> list[tuple[tuple[int, ...], Byline | None]]:
    """``blocks`` and the byline of the page's author box above line ``last`` (its link one of
    the candidate ``lines``), or else of the story's signature below its first paragraph
    ``start``, if it has one."""
    box = author_box(doc.lines, [i for i in lines if i < last])
    if box is None and start is not None:
        box = signature(doc.lines, start, last)
    if box is None or (in_comments(doc.lines, box[1]) and not headed(doc.lines, box[1][0])):
        return blocks  # a reader's name; not the box under "About the author" above the form
    return [*blocks, (box[1], box[0])]


def _in_share_bar(doc: Document, line: int, sharing: set[int]) -> bool:
    """Whether the line above or below ``line`` (blank lines skipped) is a share bar's."""
    above, below = doc.previous_content(line), doc.next_content(line)
    return above in sharing or below in sharing


def _without(lines: list[str], furniture: set[int]) -> list[str]:
    """``lines`` with the ``furniture`` lines blank."""
    seen = list(lines)
    for i in furniture:
        seen[i] = ""
    return seen


def byline_position(doc: Document, start: int) -> list[int]:
    """The lines a byline without a by-word may be on: the :data:`POSITION_BEFORE` lines
    with text before the story's first paragraph ``start`` (after the headline), then the
    :data:`POSITION_AFTER` ones after it (after a standfirst), top down."""
    lines = doc.lines
    before = [
        i
        for i in range(start - 1, max(-1, start - 3 * POSITION_BEFORE), -1)
        if lines[i]
        and not lines[i].isspace()
        and (lines[i][0] not in _EMPTY_ITEM or lines[i].strip(_EMPTY_ITEM))  # nor "  *"
    ]
    after = [
        i
        for i in range(start + 1, min(len(lines), start + 3 * POSITION_AFTER))
        if lines[i] and not lines[i].isspace()
    ]
    return [*reversed(before[:POSITION_BEFORE]), *after[:POSITION_AFTER]]
