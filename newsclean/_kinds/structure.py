"""Structural rules: lines judged by their shape and neighbours rather than by one phrase."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from itertools import islice, pairwise
from typing import ClassVar

import attrs
import regex

import newsclean._pattern_cache as _pattern_cache
from newsclean._credits import Credit
from newsclean._document import Document
from newsclean._kinds.gate import DECORATION_CHARS, Gate, GatedRule
from newsclean._kinds.layout import (
    ITEM_BULLETS,
    body_span,
    empty_row,
    first_paragraph,
    headline,
    is_fact,
    list_intro,
    menu_gap,
    menu_item,
    menu_label,
    menu_runs,
    single_cell,
    text_cells,
)
from newsclean._kinds.line_tests import in_runs, shape_lines
from newsclean._rule import Rule, Stage, Tag, strings
from newsclean._text import EDGE_MARKS, SENTENCE_END, phrase_key

__all__ = [
    "ITEM_BULLETS",
    "IslandRule",
    "LinkRowRule",
    "NavigationRunRule",
    "ShapeRule",
    "TrailRule",
    "VocabularyRule",
    "body_span",
    "is_fact",
    "list_intro",
]

# A line with a word (not only marks such as "*" or "|  |").
_WORDY = re.compile(r"\w")
# What a signature under the story starts with: a dash, not a list bullet ("- ").
_SIGNATURE = ("—", "–", "--")
# How far apart (in lines, blank ones included) two removed lines of one menu may stand.
_DENSE_GAP = 12


# Splits phrase keys (whose only whitespace is " "): the standard module does it as regex
# would, and faster.
_WORD_SEPARATORS = re.compile(r"[\s|,;/·•]+")


@attrs.frozen(kw_only=True)
class NavigationRunRule(Rule):
    """Removes runs of short, menu-like lines above the first or below the last body paragraph.

    A line is menu-like if it has at most ``max_chars`` characters (characters, not words, so
    CJK text is measured fairly), no digit, no sentence-ending punctuation (including "。"),
    no CJK comma, and is not a table row (starting with "|"). A body paragraph is a line of
    at least ``paragraph_chars`` characters that ends like a sentence and that no earlier rule
    removed (a cookie notice at the foot of the page is not the story). Only runs of at least
    ``min_lines`` menu-like lines (blank lines between them do not break a run) are removed,
    and only outside the body, so a lone subheading between paragraphs stays. Lines that
    earlier rules removed (a "Kontakt" link, a share row) count as menu items; a line that
    carries a parsed credit (a date stamp, a byline) ends a run, so the menus above it are not
    joined to a short headline below it.

    Two shapes of story text are spared: a run introduced by a sentence that ends with a
    colon ("… in ten points:" and then the points), and a run whose lines are mostly
    "label: value" facts ("Lens: telephoto") — those count as run members but not towards
    ``min_lines``. A document without a body paragraph is left alone; with ``prose_body``,
    one is measured by its long lines that hold several sentences instead (see
    :func:`body_span`), and a run then needs two worded lines that no earlier rule removed.

    Inside the body, with ``dense_lines``, the menu lines of a run that stand between two
    lines earlier rules removed go when that stretch holds ``dense_lines`` lines or more
    (a sidebar menu that other rules removed in part; see :meth:`_dense`). With
    ``stray_tail``, a paragraph below the menus under the story does not extend the body
    (see :meth:`_body`).
    """

    stage: Stage = "structure"

    max_chars: int = 40
    min_lines: int = 4
    paragraph_chars: int = 100
    # The shortest sentence that can introduce a list of the story ("… in ten points:").
    intro_chars: int = 40
    # How many stray paragraphs below the story (a footer notice, a reader's comment) the
    # body's end may step over, each cut off from the paragraph above it by a menu run.
    stray_tail: int = 0
    # The fewest lines of a menu stretch inside the body that goes (0: none do).
    dense_lines: int = 0
    # Below the body, headline-shaped lines up to this long join a menu run without counting
    # towards ``min_lines`` (a "Recent News" list of section names and headlines; 0: none).
    tail_headline_chars: int = 0
    # A page without a body paragraph is measured by its lines of prose (see
    # :func:`body_span`): a story that an extractor ran together with its table cell's
    # furniture, so that it does not end like a sentence.
    prose_body: bool = False
    # A menu's label alone ("CNN NETWORKS:") joins a run without counting towards
    # ``min_lines``.
    labels: bool = False

    def tag(self, doc: Document, found: Sequence[Tag]) -> Iterable[Tag]:
        lines = doc.lines
        furniture = {tag.line for tag in found if tag.remove}
        body = self._body(lines, furniture)
        if body is None:
            return []
        first, last = body
        # a body of prose lines only (see ``prose_body``): a run needs two worded lines of
        # its own, not one title among removed lines
        own = 2 if first_paragraph(lines, self.paragraph_chars, (first,)) is None else 0
        # a parsed credit (a date stamp, a byline) stands between the menus and the headline
        credits = {tag.line for tag in found if tag.record is not None}
        tags: list[Tag] = []
        # the story's signature under its last paragraph ("—Maxwell Love", "-- A. Smith")
        signature = doc.next_content(last)
        if signature is not None and not lines[signature].lstrip().startswith(_SIGNATURE):
            signature = None
        for outside in (range(first), range(last + 1, len(lines))):
            below = outside.start > 0
            for whole in self._runs(lines, outside, furniture, credits, below):
                if len(whole) < self.min_lines:
                    continue  # no part of it is long enough to go (see ``_removes``)
                run = whole[self._introduced(doc, whole, furniture, below) :]
                if run and run[0] == signature and signature not in furniture:
                    run = run[1:]
                if (
                    run
                    and _own_lines(lines, run, furniture, own)
                    and self._removes(doc, run, furniture, body)
                ):
                    headline = self._headline(doc, run, furniture) if run[0] < first else None
                    rule_id = self.id
                    tags.extend([Tag(j, rule_id) for j in run if j != headline])
        if self.dense_lines:
            tags.extend(Tag(j, self.id) for j in self._dense(lines, furniture, credits, body))
        return tags

    def _dense(
        self,
        lines: Sequence[str],
        furniture: set[int],
        credits: set[int],
        body: tuple[int, int],
    ) -> list[int]:
        """The menu lines inside the body that stand between removed lines, in a stretch
        of ``dense_lines`` lines or more from a removed line to a removed line where every
        line is menu-like (a sidebar menu that other rules removed in part)."""
        first, last = body
        # a line read into a credit (a date stamp) ends a stretch: it is not a menu's
        inside = sorted(j for j in furniture if first < j < last and j not in credits)
        found: list[int] = []
        stretch: list[int] = []  # the removed lines of the stretch, and the lines between
        size, max_chars = 0, self.max_chars
        for above, below in pairwise(inside):
            if below - above == 1 or (below - above == 2 and not lines[above + 1].strip()):
                gap = 0  # next to each other, or a blank line between
            elif below - above <= _DENSE_GAP:
                gap = menu_gap(lines, range(above + 1, below), furniture, credits, max_chars)
            else:
                gap = -1
            if gap < 0:
                if size >= self.dense_lines:
                    found.extend(j for j in stretch if j not in furniture)
                stretch, size = [], 0
                continue
            if not stretch:
                stretch, size = [above], 1
            stretch.extend(range(above + 1, below + 1))
            size += gap + 1
        if size >= self.dense_lines:
            found.extend(j for j in stretch if j not in furniture)
        return [j for j in found if lines[j].strip()]

    def _removes(
        self, doc: Document, run: list[int], furniture: set[int], body: tuple[int, int]
    ) -> bool:
        """Whether ``run`` (outside the ``body`` span) is furniture to remove: long enough
        (:meth:`tag` asks about no run shorter than ``min_lines``), a menu, and two lines of
        it or more with words (one line among removed marks and empty table rows is the
        page's headline, not a menu)."""
        if len(run) < self.min_lines or not self._is_menu(doc, run, furniture):
            return False
        lines = doc.lines
        worded = (j for j in run if _WORDY.search(lines[j]))
        return len(list(islice(worded, 2))) == 2

    def _body(self, lines: Sequence[str], furniture: set[int]) -> tuple[int, int] | None:
        """The first and the last body paragraph, or None (see :func:`body_span`).

        With ``stray_tail``, a last paragraph that a gap of ``2 * min_lines`` lines or more
        holding a menu run (of ``min_lines`` lines no earlier rule removed) separates from
        the paragraph above it is not the story's (a footer notice, a reader's comment): the
        body ends at that paragraph above (up to ``stray_tail`` times), so the menus below
        the story go.
        """
        body = body_span(lines, furniture, self.paragraph_chars, self.prose_body)
        if body is None or not self.stray_tail:
            return body
        first, last = body
        for _ in range(self.stray_tail):
            above = first_paragraph(
                lines, self.paragraph_chars, range(last - 1, first - 1, -1), furniture
            )
            if above is None:
                break
            between = range(above + 1, last)
            content = (j for j in between if lines[j].strip())
            if len(list(islice(content, 2 * self.min_lines))) < 2 * self.min_lines:
                break  # a short list between the story's last paragraphs
            if not self._separated(lines, between, furniture):
                break
            last = above
        return first, last

    def _separated(self, lines: Sequence[str], gap: range, furniture: set[int]) -> bool:
        """Whether ``gap`` holds a menu run with ``min_lines`` lines that no earlier rule
        removed (see :func:`menu_runs`; the walk stops at the first such run)."""
        own = 0  # the unremoved menu lines of the run so far
        for j in gap:
            text = lines[j].strip()
            if not text or j in furniture or empty_row(text):
                continue  # removed lines and empty table rows join a run, but do not count
            if menu_item(text, self.max_chars):
                own += 1
                if own >= self.min_lines:
                    return True
            else:
                own = 0
        return False

    def _runs(
        self,
        lines: Sequence[str],
        indices: range,
        furniture: set[int],
        credits: frozenset[int] | set[int] = frozenset(),
        below: bool = False,
    ) -> Iterable[list[int]]:
        """The runs of menu-like or removed lines among ``indices`` (see :func:`menu_runs`);
        ``below`` the body, headline-shaped lines join them (``tail_headline_chars``)."""
        headlines = self.tail_headline_chars if below else 0
        return menu_runs(lines, indices, furniture, credits, self.max_chars, headlines, self.labels)

    def _is_menu(self, doc: Document, run: list[int], furniture: set[int]) -> bool:
        """Whether ``min_lines`` lines of ``run`` are removed lines or items other than
        "label: value" facts (headline-shaped lines that joined a run do not count)."""
        lines, max_chars = doc.lines, self.max_chars
        joins = self.tail_headline_chars > 0  # a line that is no menu item joined the run
        table = _table_rows(lines, run, furniture)
        items = (
            j
            for j in run
            if j in furniture
            or (
                j not in table
                and not is_fact(lines[j])
                and not (joins and not menu_item(lines[j].strip(), max_chars))
                and not (self.labels and menu_label(lines[j].strip(), max_chars))
            )
        )
        return len(list(islice(items, self.min_lines))) >= self.min_lines

    def _introduced(
        self, doc: Document, run: list[int], furniture: set[int], below: bool = False
    ) -> int:
        """How many leading lines of ``run`` are a list that a line of the story introduces.

        A sentence ending with a colon ("… in ten points:") above the run's first item (or
        above the items of its list that the run left out) introduces the list: its lines up
        to the first wider gap than the one between its first two lines (a blank line after a
        list whose lines touch) are the story's. The rest of the run is judged on its own.
        Below the body, where headline-shaped lines join a run (``tail_headline_chars``), the
        list also reaches the first line another rule removed (items of two lines each, "Crash
        Room" / "3 Minuten vom S-Bahnhof Ostkreuz", then a related block).
        """
        intro = list_intro(doc, run[0])
        if intro is None or intro in furniture or not self._introduces_list(doc.lines[intro]):
            return 0
        if len(run) < 2:
            return len(run)
        count, step = len(run), run[1] - run[0]
        for size, (above, under) in enumerate(pairwise(run), 1):
            if under - above > step:
                count = size
                break
        if below and self.tail_headline_chars:
            removed = (size for size, j in enumerate(run) if j in furniture)
            count = max(count, next(removed, len(run)))
        return count

    def _headline(self, doc: Document, run: list[int], furniture: set[int]) -> int | None:
        """The headline that ends a run above the body, or None (see :func:`_headline`)."""
        return headline(doc.lines, run, furniture)

    def _introduces_list(self, line: str) -> bool:
        text = line.strip()
        return len(text) >= self.intro_chars and text.endswith(":")


def _own_lines(lines: Sequence[str], run: list[int], furniture: set[int], count: int) -> bool:
    """Whether ``run`` holds ``count`` lines with words that no earlier rule removed."""
    own = (j for j in run if j not in furniture and _WORDY.search(lines[j]))
    return len(list(islice(own, count))) == count


def _table_rows(lines: Sequence[str], run: list[int], furniture: set[int]) -> set[int]:
    """The rows of ``run`` with several cells that share their number of cells with a row
    next to them in the run: a table of data ("| Name | Party | City |" above "| Ana Ruiz |
    Left | Madrid |"), whose rows are not a menu's."""
    counts = [
        len(text_cells(lines[j])) if j not in furniture and lines[j].lstrip()[:1] == "|" else 0
        for j in run
    ]
    table: set[int] = set()
    for k, (above, below) in enumerate(pairwise(counts)):
        if above > 1 and above == below:
            table.update((run[k], run[k + 1]))
    return table


def _words(items: Iterable[str]) -> frozenset[str]:
    return frozenset(phrase_key(item) for item in strings(items))


@attrs.frozen(kw_only=True)
class VocabularyRule(GatedRule):
    """Removes short lines made only of words from a closed vocabulary.

    Every word of the line (split at spaces and ``| , ; / · •``) must be in ``words`` or
    ``fillers``, and at least one in ``words``: "Facebook Twitter WhatsApp Email" or
    "Share on Facebook" go, "Facebook shares fell" stays.
    """

    words: frozenset[str] = attrs.field(converter=_words)
    fillers: frozenset[str] = attrs.field(default=frozenset(), converter=_words)
    max_chars: int = 100
    _vocabulary: frozenset[str] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_vocabulary", self.words | self.fillers)

    def gate(self) -> Gate:
        # every removed line holds a word of ``words`` (fillers alone never make a row)
        return Gate(self.max_chars, triggers=sorted(self.words))

    def tag_lines(self, doc: Document, lines: Sequence[int], found: Sequence[Tag]) -> Iterable[Tag]:
        words, vocabulary, max_chars = self.words, self._vocabulary, self.max_chars
        split = _WORD_SEPARATORS.split
        tags = []
        for i in lines:
            line = doc.lines[i]
            if not line or len(line) > max_chars:
                continue
            first = line.lstrip(EDGE_MARKS).split(None, 1)
            if not first or first[0].rstrip(EDGE_MARKS).casefold() not in vocabulary:
                continue
            tokens = {token.strip(EDGE_MARKS) for token in split(phrase_key(line))}
            tokens.discard("")
            if tokens <= vocabulary and not tokens.isdisjoint(words):
                tags.append(Tag(i, self.id))
        return tags


@attrs.frozen(kw_only=True)
class ShapeRule(GatedRule):
    """Removes lines whose stripped text fully matches ``pattern`` (a short, anchored shape).

    Only lines of at most ``max_chars`` characters are tried, and only those whose first
    non-space character is one of ``first_chars`` or, when ``first_words`` is given, whose
    first word (case ignored; leading bullets and decoration are skipped, also for the
    match) is one of ``first_words``, so the pattern runs on a handful of lines per document.
    The pattern is the rule author's: keep it free of nested quantifiers. ``triggers``
    (strings every matching line contains, case-insensitive) make a sharper gate than single
    first characters when the shape has fixed words. The pattern is read in the ``regex``
    module's version 0 syntax (the ``re`` module's, with ``\\p{...}`` classes): it compiles
    three times faster than version 1, which start-up pays for every shape rule.
    With ``record``, a matching line also carries the record that ``record`` makes of its
    stripped text. ``requires`` (strings of which every matching line holds one, case
    ignored) spares the pattern on the candidates that hold none: a second cheap test for a
    pattern that is costly to try and a gate that lets many lines through.

    With ``min_run`` above 1, a matching line is removed only in a run of at least
    ``min_run`` matching lines (blank lines between them do not break the run): a sidebar's
    list of months, never one date alone.
    """

    pattern: str
    record: Callable[[str], Credit] | None = None
    first_chars: str = ""
    first_words: frozenset[str] = attrs.field(default=frozenset(), converter=_words)
    max_chars: int = 30
    triggers: tuple[str, ...] = attrs.field(default=(), converter=strings)
    requires: tuple[str, ...] = attrs.field(default=(), converter=strings)
    min_run: int = 1
    _compiled: regex.Pattern[str] = attrs.field(init=False, eq=False, repr=False)
    _initials: str = attrs.field(init=False, eq=False, repr=False)
    _required: re.Pattern[str] | None = attrs.field(init=False, eq=False, repr=False)
    tags_candidates_only: ClassVar[bool] = True

    def __attrs_post_init__(self) -> None:
        if not self.first_chars and not self.first_words:
            raise ValueError("a shape rule needs first_chars or first_words")
        compiled = _pattern_cache.compile(self.pattern, regex.IGNORECASE)
        object.__setattr__(self, "_compiled", compiled)
        initials = {word[0] for word in self.first_words} | {w[0].upper() for w in self.first_words}
        object.__setattr__(self, "_initials", "".join(sorted(initials)))
        # one search of the case-folded line (literals: the standard module is fast at it)
        required = "|".join(re.escape(text.casefold()) for text in self.requires)
        object.__setattr__(self, "_required", re.compile(required) if required else None)

    def gate(self) -> Gate:
        if self.triggers:
            return Gate(self.max_chars, triggers=self.triggers)
        if self.first_words:  # whole words: "c" passes "(c) 2020" and "© 2020", not "City"
            return Gate(self.max_chars, words=tuple(sorted(self.first_words)))
        if any(char in DECORATION_CHARS for char in self.first_chars):
            return Gate(self.max_chars)  # a start the gate would skip as decoration
        return Gate(self.max_chars, starts=tuple(self.first_chars))

    def tag_lines(self, doc: Document, lines: Sequence[int], found: Sequence[Tag]) -> Iterable[Tag]:
        if not lines:  # most shape rules have no candidate in most documents
            return []
        required = None if self._required is None else self._required.search
        matching = shape_lines(
            doc.lines,
            lines,
            fullmatch=self._compiled.fullmatch,
            first_chars=self.first_chars,
            first_words=self.first_words,
            initials=self._initials,
            max_chars=self.max_chars,
            required=required,
        )
        if self.min_run > 1:
            matching = in_runs(doc.lines, matching, self.min_run)
        if self.record is None:
            return [Tag(i, self.id) for i in matching]
        return [Tag(i, self.id, record=self.record(doc.lines[i].strip())) for i in matching]


@attrs.frozen(kw_only=True)
class TrailRule(GatedRule):
    """Removes breadcrumb trails: a line that starts with one of ``starts`` then a separator.

    "Home › News › World" and "Startseite > Politik" go; "Home is where the heart is" stays.
    Only lines of at most ``max_chars`` characters that begin with the first letter of a
    start word are looked at.
    """

    starts: frozenset[str] = attrs.field(converter=_words)
    separators: str = "›>»/|→‣·"
    max_chars: int = 200
    _initials: frozenset[str] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_initials", frozenset(word[:1] for word in self.starts))

    def gate(self) -> Gate:
        return Gate(self.max_chars, starts=sorted(self.starts))

    def tag_lines(self, doc: Document, lines: Sequence[int], found: Sequence[Tag]) -> Iterable[Tag]:
        tags = []
        for i in lines:
            line = doc.lines[i]
            if not line or len(line) > self.max_chars:
                continue
            text = line.lstrip()
            if text[:1].casefold() not in self._initials:
                continue
            head, _, rest = text.partition(" ")
            if not rest:
                continue
            if head.casefold() in self.starts and rest.lstrip()[:1] in self.separators:
                tags.append(Tag(i, self.id))
        return tags


def _keys(items: Iterable[str]) -> frozenset[str]:
    return frozenset(strings(items))


@attrs.frozen(kw_only=True)
class LinkRowRule(GatedRule):
    """Removes rows of links joined by separators, all or most of them known links.

    "Impressum | Datenschutz | AGB" goes when all three are in ``links`` (phrase keys, as
    :func:`phrase_key` gives them). Only lines of at most ``max_chars`` characters that
    contain one of ``separators`` are split; a row needs at least two links. A longer row,
    of ``min_parts`` parts or more, may also hold links the rule does not know ("Home | Top
    Stories | Politics | World | Full Coverage"), when at least ``known_share`` of its parts
    are known and every other part is a short label of at most ``part_chars`` characters:
    a story line or a table row of data is neither.
    """

    links: frozenset[str] = attrs.field(converter=_keys)
    separators: str = "|·•∙⋅"
    max_chars: int = 200
    min_parts: int = 4
    known_share: float = 0.5
    part_chars: int = 30
    _splitter: re.Pattern[str] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        # literal characters: the standard module splits as the regex one does, and faster
        splitter = re.compile(f"[{re.escape(self.separators)}]")
        object.__setattr__(self, "_splitter", splitter)

    def gate(self) -> Gate:
        return Gate(self.max_chars, triggers=tuple(self.separators))

    def tag_lines(self, doc: Document, lines: Sequence[int], found: Sequence[Tag]) -> Iterable[Tag]:
        split = self._splitter.split
        tags = []
        for i in lines:
            line = doc.lines[i]
            if not line or len(line) > self.max_chars or "©" in line:
                continue  # a footer's row with its copyright: the credit parsers read it
            # a line without a separator is one part, too few for a row
            if self._is_row(split(line)):
                tags.append(Tag(i, self.id))
        return tags

    def _is_row(self, parts: Iterable[str]) -> bool:
        """Whether ``parts`` are a row of links (see the class docstring).

        A long part ends the test, so a line of prose costs one or two phrase keys.
        """
        links, part_chars = self.links, self.part_chars
        known = unknown = 0
        for part in parts:
            key = phrase_key(part)
            if not key:
                continue
            if key in links:
                known += 1
            elif len(key) > part_chars:
                return False
            else:
                unknown += 1
        if not unknown:
            return known >= 2
        total = known + unknown
        return known >= 2 and total >= self.min_parts and known >= self.known_share * total


# An island never ends like a sentence or a label.
_NOT_ISLAND_END = (*SENTENCE_END, ":")
# How many lines an island may be from the removed lines around it (blank lines between).
_REACH = 3


def _fragment(text: str, max_chars: int, item_chars: int) -> bool:
    """Whether the stripped line ``text`` is a fragment an island may be: short, not ending
    like a sentence or a label, and not a table row of data (two cells or more); or, up to
    ``item_chars`` characters, a teaser: a list item or a question or exclamation of two
    words or more. With ``item_chars``, a label (ending with ":") or a "label: value" fact
    with a short value is never a fragment (a list of a photo's data: "- Optik:
    Teleobjektiv"; a teaser "Video: The Many Faces of Elian Gonzalez" is not data)."""
    if item_chars:
        if text.endswith(":") or _data_fact(text.lstrip(_BULLET_CHARS)):
            return False
        if len(text) <= item_chars and (
            text.startswith(ITEM_BULLETS) or (text.endswith(_TEASER_END) and " " in text)
        ):
            return True
    if len(text) > max_chars or text.endswith(_NOT_ISLAND_END):
        return False
    return text[0] != "|" or bool(single_cell(text))


# The most words of a fact's value ("Brennweite in mm: 180"); a teaser's headline has more.
_FACT_WORDS = 3


def _data_fact(text: str) -> bool:
    """Whether ``text`` is a "label: value" fact whose value has at most three words."""
    return is_fact(text) and len(text.partition(": ")[2].split()) <= _FACT_WORDS


# A teaser's headline may end so ("Is the bill dead?", "Watch: the vote!").
_BULLET_CHARS = "".join(ITEM_BULLETS)
_TEASER_END = ("?", "!", "?”", '?"', "!”", '!"')


@attrs.frozen(kw_only=True)
class IslandRule(Rule):
    """Removes a lone short fragment whose neighbours above and below were both removed.

    A line of at most ``max_chars`` characters that does not end like a sentence or a
    label (".", "!", "?", "…", ":") and whose previous and next content lines (within a
    few blank lines) were removed by earlier rules is a leftover of the same furniture
    block: a menu item with a digit between two menu runs, a widget title between a share
    row and a newsletter prompt. Lines above the first body paragraph (a line of at least
    ``paragraph_chars`` characters that ends like a sentence) are left alone, since the
    headline often sits between a skip link and a byline; so are neighbours that were
    parsed into a record (a byline is not furniture around a fragment). With ``max_lines``
    above one, up to that many such fragments in a row between two removed lines go too
    (a widget's title and its link between two share rows). With ``item_chars``, list
    items and questions up to that many characters are fragments too, whatever their
    length up to it: the teasers of a related list that the list rules left between the
    lines they removed ("* Miley Cyrus Engaged: Marriage Before 25 a Bad Decision?").
    With ``word_bounds``, only removed lines with a word bound an island: the bare "-"
    marks of a list of photos and captions are no furniture around a caption.
    """

    stage: Stage = "structure"

    max_chars: int = 70
    paragraph_chars: int = 100
    max_lines: int = 1
    item_chars: int = 0
    word_bounds: bool = False

    def tag(self, doc: Document, found: Sequence[Tag]) -> Iterable[Tag]:
        furniture = {tag.line for tag in found if tag.remove and tag.record is None}
        records = {tag.line for tag in found if tag.record is not None}
        lines, max_chars, item_chars = doc.lines, self.max_chars, self.item_chars
        if self.word_bounds:  # a list's bare "-" marks bound no island
            removed = sorted(i for i in furniture if _WORDY.search(lines[i]))
        else:
            removed = sorted(furniture)
        reach = (self.max_lines + 1) * _REACH
        islands: list[int] = []
        for before, after in pairwise(removed):
            # An island and its removed neighbours are each within reach of the next line;
            # next to each other, the two removed lines are one block.
            if not 1 < after - before <= reach:
                continue
            between: list[int] = []
            line = doc.next_content(before, limit=_REACH)
            while line is not None and line not in furniture and line not in records:
                text = lines[line].strip()
                if len(between) == self.max_lines or not _fragment(text, max_chars, item_chars):
                    break
                between.append(line)
                line = doc.next_content(line, limit=_REACH)
            if between and line == after:
                islands.extend(between)
        if not islands:
            return []
        start = first_paragraph(lines, self.paragraph_chars, range(len(lines)))
        if start is None:
            return []
        return [Tag(island, self.id) for island in islands if island >= start]
