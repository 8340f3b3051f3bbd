"""The page below the article: short fragments after the furniture that ends a story."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import attrs

from newsclean._document import Document
from newsclean._kinds.footer_lines import fragments_below, paragraph_runs
from newsclean._kinds.structure import NavigationRunRule
from newsclean._rule import Tag, strings

__all__ = ["FooterFragmentRule"]

# A year: a copyright line with one closes the page ("© 2000 The Nation"); one without is
# often a photo credit inside the story ("© Nordex").
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


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
        """The furniture fragments below line ``end`` (see the class docstring)."""
        found = fragments_below(doc, end, furniture, self.max_chars)
        return [Tag(j, self.id) for j in found]

    def _story_end(
        self, lines: Sequence[str], furniture: set[int], body: tuple[int, int], ends: set[int]
    ) -> int | None:
        """The first of ``ends`` below the story's core and above the last body paragraph,
        unless a run of paragraphs of ``continued_chars`` or more follows it (the story goes
        on below an inline "Read also" box), or None."""
        if not any(body[0] < j <= body[1] for j in ends):
            return None  # the core starts at the first paragraph, so no end is below it
        runs = paragraph_runs(lines, furniture, body, self.core_gap)
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
