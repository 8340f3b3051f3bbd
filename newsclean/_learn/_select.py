"""Choosing a site's furniture from its counts: repeated lines that do not read as story text.

A key is furniture when it is in at least ``min_share`` of the site's documents and in at least
``min_docs`` of them, unless one of the story-text signals speaks against it:

- **date**: a date or a time with a few words around it is the story's own stamp (the
  built-in rules decide on update stamps);
- **headline**: a line of three words or more (words with a letter), not a sentence, that sits next to the story
  (a paragraph or a date line) in some of its places but among furniture in most, or that a
  few documents have twice: a teaser list repeats the headline of the page it is on;
- **sentence**: a sentence of eight words or more next to a paragraph that does not repeat,
  in most of its places: boilerplate sentences of the story itself;
- **inside**: in most of its places the line sits between lines that do not repeat, one of
  them a paragraph (a recurring sub-head or sign-off); a block is judged at its two ends.

A paragraph is a line that reads as a sentence (:func:`reads_as_sentence`); a line repeats
when it is in two documents or more. Consecutive furniture lines that follow each other in
most documents become one block.

A rarer line (in ``support_docs`` documents or more, below the thresholds) is furniture too
when furniture **vouches** for it: it is short (not a paragraph, and fewer than three words
unless it is a menu on one line), it is never next to a paragraph or a date line, and either
it sits next to furniture in all its places, or it and another such line follow each other
in most of their places (a run of repeated lines, in one document more). A section's own
menu or a footer that only some pages carry is learned this way; a story's headline, its
paragraphs and its lists of long items are not. The story-text signals still apply.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

import attrs

from newsclean._learn._counts import LineStats, SiteCounts
from newsclean._learn._keys import is_date, reads_as_sentence
from newsclean._learn._options import DEFAULT_OPTIONS, LearnOptions
from newsclean._text import SENTENCE_END

__all__ = ["Furniture", "Refusal", "select_furniture"]

_LINK_LIST_WORDS = 20
# a line in this many documents of a site is not story text (stories do not repeat)
_REPEATED = 2
# a headline has at least this many words
_HEADLINE_WORDS = 3
# a headline is next to the story in some of its places, and among furniture in most
_BESIDE_STORY_SHARE = 0.5


@attrs.frozen
class Furniture:
    """A line, or a block of lines that follow each other, learned as one site's furniture.

    ``keys`` are the line keys in page order; ``docs`` the documents with the rarest of them;
    ``examples`` the most frequent raw form of each line.
    """

    site: str
    keys: tuple[str, ...]
    docs: int
    site_docs: int
    examples: tuple[str, ...]

    @property
    def share(self) -> float:
        return self.docs / self.site_docs


@attrs.frozen
class Refusal:
    """A repeated line that is not learned, and why."""

    site: str
    key: str
    docs: int
    reason: str


def select_furniture(
    counts: SiteCounts, options: LearnOptions = DEFAULT_OPTIONS
) -> tuple[list[Furniture], list[Refusal]]:
    """The furniture of one site, most frequent first, and the repeated lines refused."""
    if counts.docs < options.min_docs:
        return [], []
    least = max(options.min_docs, options.min_share * counts.docs)
    candidates = {key: s for key, s in counts.lines.items() if s.docs >= least}
    # lines that repeat, the story's own dates aside (a story line next to a date is in the story)
    repeated = {
        key
        for key, s in counts.lines.items()
        if s.docs >= _REPEATED and not ("date" in options.signals and is_date(key))
    }
    chosen: dict[str, LineStats] = {}
    refused: list[Refusal] = []

    def judge(keys: Iterable[str]) -> None:
        for key in keys:
            stats = counts.lines[key]
            reason = _story_signal(key, stats, repeated, options)
            if reason is None:
                chosen[key] = stats
            else:
                refused.append(Refusal(counts.site, key, stats.docs, reason))

    judge(candidates)
    if options.support_docs:
        _vouched(counts, least, chosen, options.support_docs, judge)
    blocks = [
        b for b in _blocks(chosen) if len(b) == 1 or not _inside(b, chosen, repeated, options)
    ]
    for block in _blocks(chosen):
        if block not in blocks:
            refused.extend(
                Refusal(counts.site, k, chosen[k].docs, "a block between paragraphs of the story")
                for k in block
            )
    learned = [
        Furniture(
            counts.site,
            block,
            min(chosen[k].docs for k in block),
            counts.docs,
            tuple(_commonest(chosen[k].variants) for k in block),
        )
        for block in blocks
    ]
    learned.sort(key=lambda f: (-f.docs, f.keys))
    refused.sort(key=lambda r: (-r.docs, r.key))
    return learned, refused


def _vouched(
    counts: SiteCounts,
    least: float,
    chosen: dict[str, LineStats],
    support: int,
    judge: Callable[[Iterable[str]], None],
) -> None:
    """Judge the rarer lines away from the story that furniture vouches for: runs of them,
    then, until nothing changes, short ones next to furniture in all their places."""
    rare = {
        key: stats
        for key, stats in counts.lines.items()
        if support <= stats.docs < least
        and key not in chosen
        and stats.sampled
        and _away_from_story(stats)
    }
    judge(sorted(_runs(rare)))
    rare = {key: stats for key, stats in rare.items() if _short(stats)}
    # the rare lines each line is a neighbour of, to look again only where furniture grew
    beside: dict[str, set[str]] = {}
    for key, stats in rare.items():
        for place in stats.neighbourhoods:
            beside.setdefault(place.previous, set()).add(key)
            beside.setdefault(place.next, set()).add(key)
    waiting = set(rare) - set(chosen)
    look = set(waiting)
    while look:
        found = sorted(
            key
            for key in look & waiting
            if all(p.previous in chosen or p.next in chosen for p in rare[key].neighbourhoods)
        )
        waiting.difference_update(found)
        judge(found)
        look = set().union(*(beside.get(key, set()) for key in found if key in chosen))


def _away_from_story(stats: LineStats) -> bool:
    """Whether a line is never in the story: not a paragraph, never between the first and
    the last paragraph of a document, never next to a paragraph or a date line."""
    return not (
        stats.within_story or stats.beside_story or reads_as_sentence(_commonest(stats.variants))
    )


def _short(stats: LineStats) -> bool:
    """Whether a line is shorter than a headline (three words), a sentence, or a menu on one
    line."""
    line = _commonest(stats.variants)
    return _words(line) < _HEADLINE_WORDS or line.endswith(SENTENCE_END) or _link_list(line)


def _runs(lines: dict[str, LineStats]) -> set[str]:
    """The lines of ``lines`` that another of them follows, or that follow another of them,
    in most of their places."""
    found: set[str] = set()
    for key, stats in lines.items():
        after = _usual(p.next for p in stats.neighbourhoods)
        if (
            after in lines
            and after != key
            and _usual(p.previous for p in lines[after].neighbourhoods) == key
        ):
            found.update((key, after))
    return found


def _story_signal(
    key: str, stats: LineStats, repeated: set[str], options: LearnOptions
) -> str | None:
    """Why ``key`` reads as story text, or ``None`` if nothing says so."""
    signals = options.signals
    if "date" in signals and is_date(key):
        return "a date or a time"
    if (
        "headline" in signals
        and (
            0 < stats.beside_story <= _BESIDE_STORY_SHARE * stats.occurrences
            or 0 < stats.repeats <= options.headline_share * stats.docs
        )
        and _words(key) >= _HEADLINE_WORDS
        and not _commonest(stats.variants).endswith(SENTENCE_END)
    ):
        return "a headline: in some documents next to the story, or twice"
    places = stats.neighbourhoods
    if not places:
        return None
    least = options.inside_share * len(places)

    line = _commonest(stats.variants)
    beside = sum(
        1
        for p in places
        if (p.previous_paragraph and p.previous not in repeated)
        or (p.next_paragraph and p.next not in repeated)
    )
    if "sentence" in signals and beside >= least and reads_as_sentence(line):
        return "a sentence next to the story's paragraphs"
    inside = sum(
        1
        for p in places
        if p.previous not in repeated
        and p.next not in repeated
        and (p.previous_paragraph or p.next_paragraph)
    )
    if "inside" in signals and inside >= least and not _link_list(line):
        return "sits between paragraphs of the story"
    return None


def _words(line: str) -> int:
    """The words of ``line`` that have a letter ("0 of 0", a counter, has one)."""
    return sum(1 for word in line.split() if any(c.isalpha() for c in word))


def _link_list(line: str) -> bool:
    """Whether ``line`` is a run of many words that never ends a sentence (a menu on one line)."""
    return (
        len(line.split()) >= _LINK_LIST_WORDS
        and not any(mark in line for mark in (". ", "? ", "! "))
        and not line.endswith(SENTENCE_END)
    )


def _inside(
    block: tuple[str, ...], chosen: dict[str, LineStats], repeated: set[str], options: LearnOptions
) -> bool:
    """Whether a block sits between lines that do not repeat, next to a paragraph."""
    if "inside" not in options.signals:
        return False
    first, last = chosen[block[0]].neighbourhoods, chosen[block[-1]].neighbourhoods
    before = [p for p in first if p.previous not in repeated]
    after = [p for p in last if p.next not in repeated]
    paragraph = [p for p in before if p.previous_paragraph] + [p for p in after if p.next_paragraph]
    least = options.inside_share
    return (
        len(before) >= least * len(first)
        and len(after) >= least * len(last)
        and len(paragraph) >= least * min(len(first), len(last))
    )


def _commonest(variants: dict[str, int]) -> str:
    return max(variants.items(), key=lambda item: (item[1], item[0]))[0]


def _blocks(chosen: dict[str, LineStats]) -> Iterable[tuple[str, ...]]:
    """The chosen keys chained into blocks: A then B when B follows A in most places."""
    follower: dict[str, str] = {}
    for key, stats in chosen.items():
        after = _usual(p.next for p in stats.neighbourhoods)
        if after is not None and after in chosen and after != key:
            before = _usual(p.previous for p in chosen[after].neighbourhoods)
            if before == key:
                follower[key] = after
    heads = set(chosen) - set(follower.values())
    done: set[str] = set()
    for head in sorted(heads):
        block = [head]
        while block[-1] in follower and follower[block[-1]] not in done | set(block):
            block.append(follower[block[-1]])
        done.update(block)
        yield tuple(block)
    for key in sorted(set(chosen) - done):  # keys on a cycle of followers
        yield (key,)


def _usual(keys: Iterable[str], share: float = 0.8) -> str | None:
    """The key that makes up at least ``share`` of ``keys``, if one does."""
    counted = Counter(keys)
    total = sum(counted.values())
    if not total:
        return None
    key, count = counted.most_common(1)[0]
    return key if key and count >= share * total else None
