"""Phrase rules and the combined index that matches all of them in one pass over the lines."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from typing import Literal

import attrs

from newsclean._document import Document
from newsclean._kinds.gate import Gate, GatedRule
from newsclean._kinds.phrase_index import ANYWHERE, PhraseIndex, lines_until_blank
from newsclean._rule import Tag
from newsclean._text import phrase_key

__all__ = [
    "ANY_LANGUAGE",
    "Block",
    "Match",
    "PhraseIndex",
    "PhraseRule",
    "Phrases",
    "lines_until_blank",
]

Match = Literal["whole-line", "line-start", "label", "contains", "counted"]
Block = Literal["none", "until-blank"]


def _phrase_keys(phrases: Iterable[str]) -> tuple[str, ...]:
    """Phrase keys; a phrase with an apostrophe also gets its typographic (’) twin."""
    keys = tuple(dict.fromkeys(k for p in phrases for k in _apostrophes(phrase_key(p))))
    if not all(keys):
        raise ValueError("a phrase is empty once case and decoration are removed")
    return keys


ANY_LANGUAGE = "any"
"""The language key of phrases that belong to no one language (brand names, symbols)."""


@attrs.frozen
class Phrases:
    """A phrase rule's phrases by language: ``{"en": (...), "de": (...)}`` as matching keys.

    Iterating gives every key once (all languages together), which is what matching needs;
    :attr:`languages` are the keys of the table, so a rule's languages are never typed twice.
    """

    by_language: tuple[tuple[str, tuple[str, ...]], ...]
    keys: tuple[str, ...]

    @classmethod
    def of(cls, phrases: Phrases | Mapping[str, Iterable[str]] | Iterable[str]) -> Phrases:
        """A table from a language-keyed mapping, or from a plain list (language "any")."""
        if isinstance(phrases, Phrases):
            return phrases
        if isinstance(phrases, str):
            phrases = (phrases,)
        table = phrases if isinstance(phrases, Mapping) else {ANY_LANGUAGE: phrases}
        by_language = tuple((language, _phrase_keys(items)) for language, items in table.items())
        if not by_language:
            raise ValueError("a phrase rule needs at least one phrase")
        keys = tuple(dict.fromkeys(key for _, items in by_language for key in items))
        return cls(by_language, keys)

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(language for language, _ in self.by_language)

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys)

    def __len__(self) -> int:
        return len(self.keys)


def _phrase_table(phrases: Phrases | Mapping[str, Iterable[str]] | Iterable[str]) -> Phrases:
    return Phrases.of(phrases)


@attrs.frozen(kw_only=True)
class PhraseRule(GatedRule):
    """Removes lines that are, start with, or contain one of a list of literal phrases.

    ``match`` is ``"whole-line"``, ``"line-start"`` (the phrase as whole words at the start),
    ``"label"`` (the phrase then a colon, as in "Tags: …", or the phrase alone; "»" and "›"
    count as colons), ``"contains"`` (the phrase as whole words anywhere in a short line) or
    ``"counted"`` (the phrase with a number before or after it: "120 Kommentare",
    "Comments (3)").

    Matching ignores case, whitespace runs and decoration at the ends of the line
    (``"Jump to comments ↓"`` matches the phrase ``"jump to comments"``). Only lines of at most
    ``max_chars`` characters are looked at, so a long story paragraph is never removed for
    containing a phrase. ``phrases`` are keyed by language (``{"en": (...), "de": (...)}``,
    ``"any"`` for phrases of no one language); the rule's ``languages`` are those keys and
    cannot be given apart from them. A plain list is language ``"any"``.
    ``block="until-blank"`` also removes the lines that follow, up to the next blank line (a
    teaser list under a "Related" header). With ``fragment_only`` a line that ends like a
    sentence (".", "!", "?", "…") is never matched.
    """

    phrases: Phrases = attrs.field(converter=_phrase_table)
    languages: tuple[str, ...] = attrs.field(init=False)
    match: Match = "whole-line"
    max_chars: int = 120
    block: Block = "none"
    fragment_only: bool = False

    @languages.default
    def _languages_of_phrases(self) -> tuple[str, ...]:
        return self.phrases.languages

    def gate(self) -> Gate:
        if self.match in ANYWHERE:
            return Gate(self.max_chars, triggers=self.phrases)
        return Gate(self.max_chars, starts=self.phrases)

    def tag_lines(self, doc: Document, lines: Sequence[int], found: Sequence[Tag]) -> Iterable[Tag]:
        return _index_of((self,)).tag_lines(doc, lines)[self.id]


@lru_cache(maxsize=256)
def _index_of(rules: tuple[PhraseRule, ...]) -> PhraseIndex:
    return PhraseIndex(rules)


def _apostrophes(key: str) -> tuple[str, ...]:
    if "'" in key:
        return (key, key.replace("'", "’"))
    return (key,)
