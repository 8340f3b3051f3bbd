"""Learning many sites at once from a stream of ``(site, text)`` documents."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from newsclean._document import Document
from newsclean._learn._counts import SiteCounts
from newsclean._learn._keys import line_key, reads_as_sentence
from newsclean._learn._options import DEFAULT_OPTIONS, LearnOptions
from newsclean._learn._rules import furniture_tables, site_slug, table_rule
from newsclean._learn._seen import SeenDocuments
from newsclean._learn._select import Furniture, Refusal, select_furniture
from newsclean._rule import Rule
from newsclean._site import site_name

__all__ = ["SiteLearner", "SiteLearning", "learn_site_rules", "learned_rules", "learned_tables"]

_KEEP_CHARS = 200
# the keep example of a site whose samples have no story sentence
_NO_STORY_LINE = "A sentence of the story is not the site's furniture."


@attrs.frozen
class SiteLearning:
    """What was learned for one site: its furniture, what was refused, sample documents.

    ``keep`` is a story line of the site's samples, the ``keep`` example of its rules.
    """

    site: str
    docs: int
    furniture: tuple[Furniture, ...]
    refused: tuple[Refusal, ...]
    samples: tuple[str, ...]
    keep: str | None

    def tables(self, *, slug: str | None = None) -> list[dict[str, Any]]:
        """The furniture as rules-file tables scoped to the site, ids ``site-<slug>-<n>``.

        ``slug`` (default: made from the site name) is the site's part of the ids.
        """
        keep = (self.keep or _NO_STORY_LINE,)
        return furniture_tables(self.furniture, keep=keep, slug=slug)

    def rules(self, *, slug: str | None = None) -> list[Rule]:
        """The furniture as rules scoped to the site (see :meth:`tables`)."""
        return [table_rule(table) for table in self.tables(slug=slug)]


class SiteLearner:
    """Counts the lines of each site's distinct documents, then learns each site's furniture.

    Memory per site is bounded by lossy counting (see :class:`SiteCounts`), and the
    exact-duplicate test by a fixed-size Bloom filter (``seen_bytes``).
    """

    def __init__(
        self,
        options: LearnOptions = DEFAULT_OPTIONS,
        *,
        error: float = 0.01,
        sample_size: int = 3,
        seen_bytes: int = 1 << 24,
    ) -> None:
        self.options = options
        self._error = error
        self._sample_size = sample_size
        self._seen = SeenDocuments(seen_bytes)
        self._sites: dict[str, SiteCounts] = {}
        self._keyed: dict[str, Any] = {}  # lines already keyed, shared by every site
        self.duplicates = 0

    def add(self, site: str, text: str) -> bool:
        """Count one document of ``site``; ``False`` if it repeats a document already counted."""
        site = site_name(site)
        if not self._seen.add(site, text):
            self.duplicates += 1
            return False
        counts = self._sites.get(site)
        if counts is None:
            counts = self._sites[site] = SiteCounts(
                site, error=self._error, sample_size=self._sample_size, cache=self._keyed
            )
        counts.add(text)
        return True

    def line_docs(self, site: str, line: str) -> int:
        """In how many counted documents of ``site`` the key of ``line`` is (0 if pruned)."""
        counts = self._sites.get(site_name(site))
        stats = counts.lines.get(line_key(line.strip())) if counts is not None else None
        return stats.docs if stats is not None else 0

    @property
    def sites(self) -> list[str]:
        return sorted(self._sites)

    def learn(self, site: str) -> SiteLearning:
        """The furniture of ``site`` (nothing for a site never seen)."""
        site = site_name(site)
        counts = self._sites.get(site, SiteCounts(site))
        furniture, refused = select_furniture(counts, self.options)
        keep = _story_line(counts.samples, {k for item in furniture for k in item.keys})
        return SiteLearning(
            site, counts.docs, tuple(furniture), tuple(refused), tuple(counts.samples), keep
        )

    def __iter__(self) -> Iterator[SiteLearning]:
        """Every site's learning, sites in order."""
        return (self.learn(site) for site in self.sites)


def learned_rules(learnings: Iterable[SiteLearning]) -> list[Rule]:
    """The rules of every site, sorted by site then share; rule ids unique across sites."""
    return [table_rule(table) for table in learned_tables(learnings)]


def learned_tables(learnings: Iterable[SiteLearning]) -> list[dict[str, Any]]:
    """The rules-file tables of every site, as :func:`learned_rules` orders and names them."""
    tables: list[dict[str, Any]] = []
    slugs: set[str] = set()
    for learning in sorted(learnings, key=lambda item: item.site):
        slug = base = site_slug(learning.site)
        number = 1
        while slug in slugs:
            number += 1
            slug = f"{base}-s{number}"
        slugs.add(slug)
        tables.extend(learning.tables(slug=slug))
    return tables


def learn_site_rules(
    texts: Iterable[str], *, site: str, options: LearnOptions = DEFAULT_OPTIONS
) -> list[Rule]:
    """Rules for the furniture that repeats across ``texts``, the documents of one site.

    >>> stories = ["Rain is due.", "The mayor spoke.", "Prices rose.", "A dog won.", "Snow fell."]
    >>> pages = [f"Home\\nWorld\\n\\n{story}\\n\\n© Example News" for story in stories]
    >>> tuple((rule.id, rule.description) for rule in learn_site_rules(pages, site="example.com"))
    (('site-example-com-1', 'Learned block of 2 lines: in 5 of 5 documents of example.com'), ('site-example-com-2', 'Learned line: in 5 of 5 documents of example.com'))
    """
    learner = SiteLearner(options)
    for text in texts:
        learner.add(site, text)
    return learner.learn(site).rules()


def _story_line(samples: Iterable[str], furniture: set[str]) -> str | None:
    """The longest sentence of the sample documents that is not furniture (a keep example)."""
    best: str | None = None
    for text in samples:
        for line in Document(text).lines:
            stripped = line.strip()
            if len(stripped) > _KEEP_CHARS or line_key(stripped) in furniture:
                continue
            if reads_as_sentence(stripped, min_words=5) and (
                best is None or len(stripped) > len(best)
            ):
                best = stripped
    return best
