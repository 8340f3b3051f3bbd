"""The page below the article: short fragments after the furniture that ends a story."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import compress

import attrs

from newsclean._document import Document
from newsclean._kinds.structure import ITEM_BULLETS, NavigationRunRule, is_fact, list_intro
from newsclean._rule import Tag, strings
from newsclean._text import SENTENCE_END

__all__ = ["FooterFragmentRule"]

# Rendered list items below the article (inscriptis' bullets; "- " also opens story lists and
# dialogue in extracted text) are teasers even when they end like a sentence and run longer.
_TEASER_BULLETS = ("* ", "• ", "+ ", "o ")
_TEASER_EXTRA = 80
# A year: a copyright line with one closes the page ("© 2000 The Nation"); one without is
# often a photo credit inside the story ("© Nordex").
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# The shortest paragraph of the story's core (as the body paragraphs of NavigationRunRule).
_PARAGRAPH_CHARS = 100
_LONG = _PARAGRAPH_CHARS.__le__  # a line length at least a paragraph's
# How far a subheading's paragraphs may be (blank lines between).
_NEAR = 2
# A line of hard-wrapped prose ends like this (the next line goes on).
_WRAPPED_ENDS = (",", ";", "-")
# What a list item that a line ending with a colon may introduce starts with.
_BULLET_STARTS = frozenset(bullet[0] for bullet in ITEM_BULLETS)


@attrs.frozen(kw_only=True)
class FooterFragmentRule(NavigationRunRule):
    """Removes short fragments below the furniture that ends the article.

    Below the last body paragraph (found as for :class:`NavigationRunRule`), the first line
    that one of the ``after`` rules removed (a share row, a comment heading, a related list,
    a copyright line) marks the end of the story.

    The story can end sooner: pages print teaser summaries, comments and footer prose below
    it, so the last body paragraph is often not the story's. The story's *core* is its first
    run of paragraphs (at most ``core_gap`` other lines between two) holding at least half as
    many characters as the longest run. Below the core, a line that one of the
    ``story_after`` rules removed (a related list: furniture that does not stand between two
    parts of a story, as share rows and like buttons do), or one of the
    ``dated_story_after`` rules with a year in it (a copyright line, not a photo credit),
    ends the story, unless a run of paragraphs of ``continued_chars`` characters or more
    follows it (then it was an inline "Read also" box and the story goes on).

    Every line after the end of at most ``max_chars`` characters that does not end like a
    sentence is page furniture (widget titles, teaser headlines, form labels, footer links),
    unless it is a "label: value" fact, stands between two paragraphs (a subheading), is an
    item of a list that a line ending with a colon introduces, or is part of hard-wrapped
    prose (it starts in lower case, or the next line continues in lower case). A bulleted
    line ("* ", "• ", "+ ", "o ") of up to 80 more characters goes even when it ends like a
    sentence (a teaser with its summary). Sentences and longer lines stay (a comment, a
    footnote).
    """

    after: tuple[str, ...] = attrs.field(converter=strings)
    story_after: tuple[str, ...] = attrs.field(default=(), converter=strings)
    dated_story_after: tuple[str, ...] = attrs.field(default=(), converter=strings)
    max_chars: int = 120
    core_gap: int = 3
    continued_chars: int = 1000
    _after: frozenset[str] = attrs.field(init=False, eq=False, repr=False)
    _story_after: frozenset[str] = attrs.field(init=False, eq=False, repr=False)
    _dated_story_after: frozenset[str] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_after", frozenset(self.after))
        object.__setattr__(self, "_story_after", frozenset(self.story_after))
        object.__setattr__(self, "_dated_story_after", frozenset(self.dated_story_after))

    @property
    def reads(self) -> tuple[str, ...]:
        read = (*self.after, *self.story_after, *self.dated_story_after)
        return tuple(dict.fromkeys(read))

    def tag(self, doc: Document, found: Sequence[Tag]) -> Iterable[Tag]:
        after, story_after = self._after, self._story_after
        ends = {tag.line for tag in found if tag.rule in after and tag.remove}
        dated = self._dated_story_after
        story_ends = {
            tag.line
            for tag in found
            if tag.remove
            and (
                tag.rule in story_after
                or (tag.rule in dated and _YEAR.search(doc.lines[tag.line]) is not None)
            )
        }
        if not ends and not story_ends:
            return []
        lines = doc.lines
        furniture = {tag.line for tag in found if tag.remove}
        body = self._body(doc.lines, furniture)
        if body is None:
            return []
        end = None
        if story_ends:
            end = self._story_end(lines, furniture, body, story_ends)
        if end is None:
            end = next((j for j in range(body[1] + 1, len(lines)) if j in ends), None)
        if end is None:
            return []
        return self._fragments(doc, end, furniture)

    def _fragments(self, doc: Document, end: int, furniture: set[int]) -> list[Tag]:
        """The furniture fragments below line ``end`` (see the class docstring).

        One walk down the lines: the content line above each one is carried along, so
        a fragment that does not stand below a paragraph costs no look around.
        """
        lines, count, rule = doc.lines, len(doc.lines), self.id
        max_chars = self.max_chars
        longest = max_chars + _TEASER_EXTRA
        tags: list[Tag] = []
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
                    and _paragraph(lines, previous, furniture)
                    and _paragraph(lines, doc.next_content(j, limit=_NEAR), furniture)
                )  # a subheading between two paragraphs
                or (text[0] in _BULLET_STARTS and _introduced(doc, j, furniture, intros))
            ):
                continue
            tags.append(Tag(j, rule))
        return tags

    def _story_end(
        self, lines: Sequence[str], furniture: set[int], body: tuple[int, int], ends: set[int]
    ) -> int | None:
        """The first of ``ends`` below the story's core and above the last body paragraph,
        unless a run of paragraphs of ``continued_chars`` or more follows it (the story goes
        on below an inline "Read also" box), or None."""
        if not any(body[0] < j <= body[1] for j in ends):
            return None  # the core starts at the first paragraph, so no end is below it
        runs = _paragraph_runs(lines, furniture, body, self.core_gap)
        if not runs:
            return None
        longest = max(chars for _, _, chars in runs)
        core_end = next(last for _, last, chars in runs if 2 * chars >= longest)
        end = min((j for j in ends if core_end < j <= body[1]), default=None)
        if end is None:
            return None
        if any(first > end and chars >= self.continued_chars for first, _, chars in runs):
            return None
        return end


def _paragraph(lines: Sequence[str], index: int | None, furniture: set[int]) -> bool:
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


def _paragraph_runs(
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
