"""Republication and syndication notes: who first published a story this page reprints.

"This story was originally published by The Texas Tribune.", "This article first appeared
in …", "Republished from … under a Creative Commons license", "Distributed by Tribune
Content Agency", "Dieser Artikel erschien zuerst bei …", "(With inputs from PTI)".
"""

from __future__ import annotations

import newsclean._pattern_cache as _pattern_cache
from newsclean.parsers._names import classify
from newsclean.parsers.agencies import find_agency
from newsclean.parsers.lexicon import every

_WEEKDAYS_AND_MONTHS = frozenset((*every("weekdays"), *every("months")))

__all__ = ["OPENINGS", "find_publisher", "is_publisher"]

OPENINGS = (
    *("this", "a version", "originally", "republished", "reprinted", "distributed"),
    *("syndicated", "dieser", "cet", "cette", "este", "esta", "questo", "with inputs"),
)
"""The words a republication note starts with (its gate)."""

# "on Jan 5, 2025", "on 5 January 2025", "on 2025-01-05" between "published" and "by"
_ON_DATE = (
    r"(?:on\s+(?:\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2}),?\s+)?"
)
_NOTE = _pattern_cache.compile(
    r"(?i)^[\s(\[*—–-]*(?:"
    r"this\s+(?:story|article|report|piece|post|interview|column)(?:\s+by\s+[^,.;]{1,60}?)?\s+"
    r"(?:was|is|has\s+been)\s+(?:originally\s+|first\s+)?"
    r"(?:published|posted|produced|reported|republished|reprinted)"
    rf"(?:\s+(?:originally|first))?\s+{_ON_DATE}(?:by|in|on|at|with|through|from)\s+"
    r"|this\s+(?:story|article|report|piece)\s+(?:originally|first)\s+(?:appeared|ran)\s+(?:in|on|at)\s+"
    r"|a\s+version\s+of\s+this\s+(?:story|article|report)\s+(?:first\s+|originally\s+)?"
    r"(?:appeared|ran|was\s+published)\s+(?:in|on|by)\s+"
    r"|(?:originally\s+)?(?:republished|reprinted|distributed|syndicated)\s+"
    r"(?:here\s+)?(?:from|by|via|with\s+permission\s+(?:of|from))\s+"
    rf"|originally\s+published\s+{_ON_DATE}(?:by|in|on|at)\s+"
    r"|dieser\s+(?:artikel|beitrag|text)\s+(?:erschien|ist)\s+zuerst\s+(?:erschienen\s+)?(?:bei|in|im|auf)\s+"
    r"|(?:cet|cette)\s+(?:article|chronique)\s+a\s+(?:d['’]abord\s+|initialement\s+)?été\s+"
    r"(?:initialement\s+)?publiée?\s+(?:(?:initialement|d['’]abord|à\s+l['’]origine)\s+)?"
    r"(?:par|dans|sur)\s+"
    r"|(?:este|esta)\s+(?:artículo|nota|artigo|reportagem)\s+(?:fue|foi)\s+publicad[oa]\s+"
    r"originalmente\s+(?:en|por|em|no|na|pel[oa])\s+"
    r"|questo\s+articolo\s+è\s+stato\s+pubblicato\s+originariamente\s+(?:su|da|in|sul)\s+"
    r"|with\s+inputs\s+from\s+"
    r")"
)
# A name word: a dot inside it ("Salon.com") or after an initial ("U.S."), never one that
# ends a sentence ("… on The Conversation. Read the original article.").
_WORD = r"[\p{Lu}\d](?:[\p{L}\p{M}\d&'’-]|\.(?=[\p{L}\d])|(?<=(?:^|[\s.])\p{Lu})\.)*"
_PUBLISHER = _pattern_cache.compile(
    rf"(?:[Tt]he\s+)?{_WORD}(?:\s+(?:of\s+|de\s+|del\s+|da\s+)?{_WORD}){{0,5}}"
)
# "This report by The Associated Press was first published Jan. 5, 2025.": the publisher is
# the author, when that is an agency or an outlet rather than a person.
_BY_AUTHOR = _pattern_cache.compile(
    r"(?i)^[\s(\[*]*this\s+(?:story|article|report|piece)\s+by\s+(?P<author>[^,.;]{1,60}?)\s+"
    r"(?:was|is|has\s+been)\s+(?:first|originally)\s+published\b"
)


def find_publisher(line: str) -> str | None:
    """The first publisher a republication note names (canonical name for an agency).

    >>> find_publisher("This story was originally published by The Texas Tribune.")
    'The Texas Tribune'
    >>> find_publisher("(With inputs from PTI)")
    'Press Trust of India'
    >>> find_publisher("This article was originally published on The Conversation. Read it.")
    'The Conversation'
    >>> find_publisher("This report by The Associated Press was first published Jan. 5, 2025.")
    'Associated Press'
    >>> find_publisher("This report by the Northfield News was first published on Jan 5.")
    'the Northfield News'
    >>> find_publisher("This story was published on Tuesday.") is None
    True
    """
    note = _NOTE.match(line)
    publisher = None if note is None else _PUBLISHER.match(line, note.end())
    if publisher is None:
        return _publishing_author(line)
    name = publisher[0].rstrip(".,'’")
    if not is_publisher(name):
        return _publishing_author(line)  # "This report by X was first published on Jan 5."
    return find_agency(name) or name


def _publishing_author(line: str) -> str | None:
    """The agency or outlet a "This report by … was first published …" note names."""
    note = _BY_AUTHOR.match(line)
    if note is None:
        return None
    author = note["author"]
    agency = find_agency(author)
    if agency is not None:
        return agency
    if classify(author) == "outlet" and _PUBLISHER.fullmatch(author) and is_publisher(author):
        return author
    return None


def is_publisher(name: str) -> bool:
    """Whether ``name`` can name a publisher: no weekday, month or year ("Tuesday", "Jahr 2019")."""
    words = name.split()
    return (
        bool(words)
        and words[0].casefold() not in _WEEKDAYS_AND_MONTHS
        and not any(w.isdigit() for w in words)
    )
