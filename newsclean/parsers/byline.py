"""Bylines: "By Simone McCarthy, CNN" → people and the outlets they write for."""

from __future__ import annotations

import regex

from newsclean._records import Author, Byline
from newsclean.parsers.agencies import find_agency

__all__ = ["parse_byline", "parse_byline_line"]

_PREFIX = regex.compile(
    r"(?i)^\s*(?:written\s+by|story\s+by|reporting\s+by|words\s+by|by|von|par|por|di|de|door)"
    r"(?:\s*:)?\s+(?=\S)"
)
# A whitespace run is entered only at its start and never given back (possessive), so a
# long run of spaces costs linear time, not cubic.
_SEPARATOR = regex.compile(
    r"(?:(?<!\s)\s++)?(?:,\s*+(?:and\s++)?|&\s*+)|(?<!\s)\s++(?:and|und|et|y|e|i)\s++"
)
_NAME = regex.compile(
    r"\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|van|von|de|der|den|da|di|du|del|la|le|bin|al|el))*"
)


def parse_byline_line(line: str) -> Byline | None:
    """A byline found in article text: the line must start with a byline word ("By", "Von", …)."""
    if _PREFIX.match(line) is None:
        return None
    return parse_byline(line)


def parse_byline(text: str) -> Byline | None:
    """People and affiliations in a byline string, with or without its "By".

    >>> parse_byline("By Simone McCarthy, CNN").authors
    (Author(name='Simone McCarthy', affiliation='CNN'),)
    """
    line = text.strip()
    if not line or len(line) > 300:
        return None
    prefix = _PREFIX.match(line)
    body = line[prefix.end() :] if prefix else line
    names: list[str] = []
    affiliation: str | None = None
    for part in _SEPARATOR.split(body.strip(" .")):
        part = part.strip()
        if not part:
            continue
        agency = find_agency(part)
        if agency is not None and names:
            affiliation = part
            continue
        if agency is not None:
            return Byline(text=line, agency=agency)
        if _NAME.fullmatch(part) is None or len(part.split()) > 5:
            return None
        names.append(part)
    if not names:
        return None
    return Byline(text=line, authors=tuple(Author(name, affiliation) for name in names))
