"""Rules that remove the lines that follow a furniture header found by another rule, or the
line that precedes a marker found by another rule."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import attrs
import regex

import newsclean._pattern_cache as _pattern_cache
from newsclean._credits import Bio
from newsclean._document import Document
from newsclean._kinds.footer_lines import is_paragraph
from newsclean._rule import Rule, Tag, strings
from newsclean._text import SENTENCE_END, phrase_key

__all__ = ["BesideCreditRule", "FollowerRule", "LabelledBioRule", "PrecedingRule"]

# What a rendered list item starts with.
_BULLETS = ("* ", "• ", "- ", "+ ")
# How many lines a teaser may carry below its headline (a summary, a source).
_CARRIED = 2
# How many lines above a story's byline are its headline and kicker ("Cover Story").
_HEADED = 2
# The shortest paragraph of a story (as the body paragraphs of the structural rules).
_PARAGRAPH = 100
# The longest question a teaser list's headline asks.
_QUESTION_CHARS = 120


@attrs.frozen(kw_only=True)
class FollowerRule(Rule):
    """Removes up to ``max_lines`` lines right after a line tagged by one of ``after``.

    A follower must be at most ``max_chars`` characters and ``max_words`` words, must
    contain one of ``contains`` (if given), and with ``fragment_only`` must not read as a
    sentence. The first line that fails ends the run, so a story paragraph after the
    furniture is never reached. With ``headings_only`` a header that is itself a list item
    ("* Latest News", an entry of a menu) has no followers: what comes after it is the rest
    of the menu and then the page's own headline. With ``teasers`` a bulleted follower may
    carry up to two lines of its own below it (a teaser's summary sentence and its source,
    "Variety"), when the next item of the same list follows them; those lines do not count
    towards ``max_lines``.

    ``opens_story`` (a test of one line, such as "is a byline") marks where the page's own
    story starts: such a line with a story paragraph right below it ends the run, and the
    run gives back up to two unbulleted lines above it (the story's headline and kicker).
    """

    after: tuple[str, ...] = attrs.field(converter=strings)
    contains: tuple[str, ...] = attrs.field(default=(), converter=strings)
    max_lines: int = 4
    max_chars: int = 300
    max_words: int = 60
    fragment_only: bool = False
    headings_only: bool = False
    teasers: bool = False
    opens_story: Callable[[str], object] | None = None

    @property
    def reads(self) -> tuple[str, ...]:
        return self.after

    def tag(self, doc: Document, found: Sequence[Tag]) -> Iterable[Tag]:
        after = self.after
        headers = sorted({t.line for t in found if t.rule in after and t.remove})
        if self.headings_only:
            headers = [i for i in headers if not doc.lines[i].lstrip().startswith(_BULLETS)]
        if not headers:
            return []
        tags: list[Tag] = []
        taken: set[int] = set(headers)
        for header in headers:
            index, start = header, len(tags)
            for _ in range(self.max_lines):
                nxt = doc.next_content(index)
                if nxt is None or nxt in taken:
                    break
                if not self._follows(doc.lines[nxt]) and not self._asks(doc, nxt):
                    carried = self._carried(doc, index) if self.teasers else []
                    if not carried or carried[0] != nxt:
                        break
                    taken.update(carried)
                    tags.extend(Tag(j, self.id) for j in carried)
                    nxt = doc.next_content(carried[-1])
                    if nxt is None or nxt in taken:
                        break
                if self.opens_story is not None and self._story_starts(doc, nxt, found):
                    _give_back(doc, tags, start)
                    break
                taken.add(nxt)
                tags.append(Tag(nxt, self.id))
                index = nxt
        return tags

    def _story_starts(self, doc: Document, index: int, found: Sequence[Tag]) -> bool:
        """Whether line ``index`` opens the page's story: a paragraph follows it and it
        passes ``opens_story``."""
        below = doc.next_content(index)
        if below is None or len(doc.lines[below]) < _PARAGRAPH:
            return False  # no paragraph below: the cheap test first
        if self.opens_story is None or not self.opens_story(doc.lines[index]):
            return False
        furniture = {tag.line for tag in found if tag.remove}
        return is_paragraph(doc.lines, below, furniture)

    def _carried(self, doc: Document, item: int) -> list[int]:
        """The lines a bulleted teaser ``item`` carries below it, up to the next item, or []."""
        lines = doc.lines
        bullet = lines[item].lstrip()[:2]
        if bullet not in _BULLETS:
            return []
        carried: list[int] = []
        index = item
        for _ in range(_CARRIED + 1):
            nxt = doc.next_content(index)
            if nxt is None or len(lines[nxt].strip()) > self.max_chars:
                return []
            if lines[nxt].lstrip().startswith(bullet):
                return carried
            carried.append(nxt)
            index = nxt
        return []

    def _asks(self, doc: Document, index: int) -> bool:
        """With ``teasers``, whether line ``index`` is a teaser's headline that asks a
        question: short, capitalised, and followed by a short line that opens no story (the
        next teaser), not by a paragraph or a byline (the page's own story)."""
        if not (self.teasers and _is_question_headline(doc.lines[index].strip())):
            return False
        below = doc.next_content(index)
        if below is None:
            return True
        line = doc.lines[below]
        return len(line) < _PARAGRAPH and not (self.opens_story and self.opens_story(line))

    def _follows(self, line: str) -> bool:
        text = line.strip()
        if len(text) > self.max_chars:
            return False
        if self.fragment_only and text.endswith(SENTENCE_END):
            return False
        # n words take at least 2n - 1 characters: only a long line needs counting
        if len(text) > 2 * self.max_words and len(text.split()) > self.max_words:
            return False
        if self.contains:
            key = phrase_key(text)
            return any(word in key for word in self.contains)
        return True


def _is_question_headline(text: str) -> bool:
    """A short capitalised line that asks ("Wie schlimm steht es um die Brücken?")."""
    return len(text) <= _QUESTION_CHARS and text.endswith("?") and text[:1].isupper()


def _give_back(doc: Document, tags: list[Tag], start: int) -> None:
    """Drop the last unbulleted lines of the run that starts at ``tags[start]``: the
    headline above a byline."""
    for _ in range(_HEADED):
        if len(tags) <= start or doc.lines[tags[-1].line].lstrip().startswith(_BULLETS):
            return
        tags.pop()


def _keys(items: Iterable[str]) -> frozenset[str]:
    return frozenset(phrase_key(item) for item in strings(items))


@attrs.frozen(kw_only=True)
class PrecedingRule(Rule):
    """Removes the content line right above a line that one of ``before`` removed and whose
    text is one of ``markers`` (a "Hide caption" toggle: the caption it hides stands above it).

    The line above (blank lines between are skipped, up to three lines up) must be at most
    ``max_chars`` characters and neither removed by another rule nor read into a record;
    with ``contains``, it must hold one of those words (case ignored: a newsletter's pitch
    above its "Sign up" button names the inbox it goes to).
    """

    before: tuple[str, ...] = attrs.field(converter=strings)
    markers: frozenset[str] = attrs.field(converter=_keys)
    max_chars: int = 1000
    contains: tuple[str, ...] = attrs.field(default=(), converter=strings)

    @property
    def reads(self) -> tuple[str, ...]:
        return self.before

    def tag(self, doc: Document, found: Sequence[Tag]) -> Iterable[Tag]:
        before, markers, lines = self.before, self.markers, doc.lines
        marks = [t.line for t in found if t.rule in before and t.remove]
        if not marks:
            return []
        taken = {t.line for t in found if t.remove or t.record is not None}
        tags: list[Tag] = []
        for mark in marks:
            if phrase_key(lines[mark]) not in markers:
                continue
            above = doc.previous_content(mark)
            if above is None or above in taken or len(lines[above]) > self.max_chars:
                continue
            if self.contains and not _holds(lines[above], self.contains):
                continue
            taken.add(above)
            tags.append(Tag(above, self.id))
        return tags


def _holds(line: str, words: tuple[str, ...]) -> bool:
    """Whether ``line`` holds one of ``words`` (case ignored)."""
    folded = line.casefold()
    return any(word.casefold() in folded for word in words)


@attrs.frozen(kw_only=True)
class LabelledBioRule(Rule):
    """Removes an author's bio printed in a profile box: a label that ``labels`` removed and
    whose text is one of ``markers`` ("About the author", "Sobre la firma"), the author's
    name below it that ``names`` removed, and then the bio, one line of at most ``max_chars`` characters that ends like a
    sentence. The bio is read into a :class:`~newsclean._credits.Bio` record (the byline's
    bio when it names the byline's author).

    Without the name line in between the label stays the only removal: a bio right under a
    label is often the story's own last paragraph ("ABOUT THE WRITER" then "Jane Doe is a
    correspondent …" in the body an outlet wrote).
    """

    labels: tuple[str, ...] = attrs.field(converter=strings)
    markers: frozenset[str] = attrs.field(converter=_keys)
    names: tuple[str, ...] = attrs.field(converter=strings)
    max_chars: int = 700

    @property
    def reads(self) -> tuple[str, ...]:
        return (*self.labels, *self.names)

    def tag(self, doc: Document, found: Sequence[Tag]) -> Iterable[Tag]:
        markers = self.markers
        labelled = {
            t.line
            for t in found
            if t.rule in self.labels and t.remove and phrase_key(doc.lines[t.line]) in markers
        }
        if not labelled:
            return []
        named = {t.line for t in found if t.rule in self.names and t.remove}
        taken = {t.line for t in found if t.remove or t.record is not None}
        tags: list[Tag] = []
        for label in sorted(labelled):
            name = doc.next_content(label)
            if name is None or name not in named:
                continue
            bio = doc.next_content(name)
            if bio is None or bio in taken:
                continue
            text = doc.lines[bio].strip()
            if len(text) <= self.max_chars and text.endswith((*SENTENCE_END, '"', "”")):
                taken.add(bio)
                tags.append(Tag(bio, self.id, record=Bio(text)))
        return tags


@attrs.frozen(kw_only=True)
class BesideCreditRule(Rule):
    """Removes a caption right above or below a photo credit that one of ``credits``
    removed, when its stripped text ends with ``ending`` (a pattern found in the line's last
    100 characters: "… in Madrid. EFE", "… in Berlin. (dpa)").

    The caption must have at least ``min_chars`` and at most ``max_chars`` characters and be
    neither removed by another rule nor read into a record. ``ending`` is matched
    case-sensitively (an agency's mark is written in its own case: "EFE", not "efe").
    """

    credits: tuple[str, ...] = attrs.field(converter=strings)
    ending: str
    min_chars: int = 12
    max_chars: int = 400
    _compiled: regex.Pattern[str] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_compiled", _pattern_cache.compile(rf"(?:{self.ending})\Z"))

    @property
    def reads(self) -> tuple[str, ...]:
        return self.credits

    def tag(self, doc: Document, found: Sequence[Tag]) -> Iterable[Tag]:
        marks = sorted({t.line for t in found if t.rule in self.credits and t.remove})
        if not marks:
            return []
        taken = {t.line for t in found if t.remove or t.record is not None}
        search, lines = self._compiled.search, doc.lines
        tags: list[Tag] = []
        for mark in marks:
            for j in (doc.previous_content(mark), doc.next_content(mark)):
                if j is None or j in taken or len(lines[j]) > self.max_chars:
                    continue
                text = lines[j].strip()
                if len(text) >= self.min_chars and search(text[-100:]):
                    taken.add(j)
                    tags.append(Tag(j, self.id))
        return tags
