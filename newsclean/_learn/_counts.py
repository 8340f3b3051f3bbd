"""Counting one site's lines over its documents, in memory that does not grow with the corpus.

Each distinct document counts once per line key. Rare keys are pruned by lossy counting
(Manku and Motwani, 2002): documents are taken in buckets of ``1 / error`` documents, and at
the end of each bucket every key whose count could still be below ``error`` × documents is
dropped. A key in at least ``error`` of the site's documents is never lost, and its count is
low by at most ``error`` × documents; the table holds at most
``(1 / error) · log(error · documents)`` keys per distinct line a document has.
"""

from __future__ import annotations

from bisect import insort
from collections.abc import Sequence
from hashlib import blake2b
from operator import itemgetter
from typing import NamedTuple

import attrs

from newsclean._document import Document
from newsclean._learn._keys import is_date, line_key, reads_as_sentence

__all__ = ["LineStats", "Occurrence", "SiteCounts"]

# Lines longer than this are not counted (a menu flattened into one line can be long).
MAX_LINE_CHARS = 2000
# How many raw forms and neighbourhoods of each key are kept (enough to judge, bounded).
_VARIANTS = 8
_NEIGHBOURHOODS = 16
_STEP, _MASK = 0x9E3779B97F4A7C15, (1 << 64) - 1
# how many distinct lines of a site are remembered with their keys (furniture repeats)
_CACHED = 20_000


# a line's key, its stripped text, whether it reads as a paragraph, whether it is a story's
# text (a paragraph or a date line)
_Keyed = tuple[str, str, bool, bool]
_NOTHING: _Keyed = ("", "", False, False)


class Occurrence(NamedTuple):
    """Where one occurrence of a key sat: its neighbours' keys ('' for none), and whether
    each neighbour reads as a paragraph (a long line that ends like a sentence)."""

    previous: str
    next: str
    previous_paragraph: bool
    next_paragraph: bool


@attrs.define
class LineStats:
    """What is known of one key of a site: in how many documents, its forms, its places."""

    docs: int = 0
    # lossy counting: how many documents the key may have been in before it was counted
    error: int = 0
    occurrences: int = 0
    # documents that have the line more than once
    repeats: int = 0
    # occurrences right before or after a paragraph or a date line (next to a story's text)
    beside_story: int = 0
    # occurrences between the first and the last paragraph of their document
    within_story: int = 0
    variants: dict[str, int] = attrs.Factory(dict)
    # a sample of the key's places: those with the lowest priority (a hash), so the sample
    # is the same whatever order the documents come in
    sampled: list[tuple[int, Occurrence]] = attrs.Factory(list)

    @property
    def neighbourhoods(self) -> list[Occurrence]:
        return [place for _, place in self.sampled]

    def sample(self, priority: int, place: Occurrence) -> None:
        """Keep ``place`` if its priority is among the lowest seen."""
        insort(self.sampled, (priority, place), key=itemgetter(0))
        del self.sampled[_NEIGHBOURHOODS:]


@attrs.define
class SiteCounts:
    """The line counts of one site, fed one document at a time with :meth:`add`."""

    site: str
    error: float = 0.01
    sample_size: int = 3
    docs: int = 0
    lines: dict[str, LineStats] = attrs.Factory(dict)
    # the sample documents: those with the lowest hashes (the same in any order)
    sampled: list[tuple[int, str]] = attrs.Factory(list)
    # lines already keyed, shared by the sites of one learner (at most ``_CACHED`` lines)
    cache: dict[str, _Keyed] = attrs.field(factory=dict, repr=False, eq=False)

    @property
    def samples(self) -> list[str]:
        return [text for _, text in self.sampled]

    def add(self, text: str) -> None:
        """Count the lines of one (distinct) document."""
        self.docs += 1
        digest = int.from_bytes(
            blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little"
        )
        if len(self.sampled) < self.sample_size or digest < self.sampled[-1][0]:
            insort(self.sampled, (digest, text))
            del self.sampled[self.sample_size :]
        keyed = self._keyed_lines(Document(text).lines)
        bucket = self._bucket()
        seen: dict[str, int] = {}
        last = len(keyed) - 1
        paragraphs = [position for position, line in enumerate(keyed) if line[2]]
        story = range(paragraphs[0] + 1, paragraphs[-1]) if paragraphs else range(0)
        for position, (key, raw, _, _) in enumerate(keyed):
            if not key:
                continue
            stats = self.lines.get(key)
            if stats is None:
                stats = self.lines[key] = LineStats(error=bucket - 1)
            times = seen[key] = seen.get(key, 0) + 1
            if times == 1:
                stats.docs += 1
            elif times == 2:
                stats.repeats += 1
            stats.occurrences += 1
            if raw in stats.variants or len(stats.variants) < _VARIANTS:
                stats.variants[raw] = stats.variants.get(raw, 0) + 1
            before = keyed[position - 1] if position else _NOTHING
            after = keyed[position + 1] if position < last else _NOTHING
            if before[3] or after[3]:
                stats.beside_story += 1
            if position in story:
                stats.within_story += 1
            priority = (digest + position * _STEP) & _MASK
            if len(stats.sampled) < _NEIGHBOURHOODS or priority < stats.sampled[-1][0]:
                stats.sample(priority, Occurrence(before[0], after[0], before[2], after[2]))
        if self.docs % self._width() == 0:
            self._prune(bucket)

    def _keyed_lines(self, lines: Sequence[str]) -> list[_Keyed]:
        """Each non-blank line, keyed (very long lines get the key ''); repeated lines are
        keyed once, from a cache of at most ``_CACHED`` lines."""
        cache = self.cache
        keyed = []
        for line in lines:
            stripped = line.strip()
            if not stripped:
                continue
            found = cache.get(stripped)
            if found is None:
                key = line_key(stripped) if len(stripped) <= MAX_LINE_CHARS else ""
                paragraph = reads_as_sentence(stripped)
                found = (key, stripped, paragraph, paragraph or is_date(key))
                if len(cache) >= _CACHED:
                    cache.clear()
                cache[stripped] = found
            keyed.append(found)
        return keyed

    def share(self, key: str) -> float:
        """The share of the site's documents that have ``key``."""
        stats = self.lines.get(key)
        return stats.docs / self.docs if stats is not None and self.docs else 0.0

    def _width(self) -> int:
        return max(1, round(1 / self.error))

    def _bucket(self) -> int:
        return (self.docs - 1) // self._width() + 1

    def _prune(self, bucket: int) -> None:
        self.lines = {k: s for k, s in self.lines.items() if s.docs + s.error > bucket}
