"""Wire credits ("The-CNN-Wire", "Source: Xinhua") and datelines ("WASHINGTON (AP) —")."""

from __future__ import annotations

import regex

from newsclean._records import Dateline, WireCredit
from newsclean.parsers.agencies import find_agency

__all__ = ["parse_dateline", "parse_wire_credit"]

_CREDIT_PREFIX = regex.compile(
    r"(?i)^\s*(?:[—–-]+\s*|(?:source|sources|quelle|quellen|source\s*:|fuente|fuentes|fonte|fonti)"
    r"\s*:\s*|(?:this (?:story|article) was (?:originally )?(?:published|distributed) by"
    r"|distributed by|via)\s+)"
)
_DATELINE = regex.compile(
    r"^(?P<place>\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}?(?:,\s*\p{Lu}[\p{L}.]{1,20}(?:\s\p{Lu}[\p{L}.]{1,20})?)?)?"
    r"(?:,\s*(?P<date>\p{L}{3,9}\.?\s+\d{1,2}))?"
    r"\s*\((?P<agency>[^()\n]{2,40})\)\s*(?:[—–]|--?)\s*"
)


def parse_wire_credit(line: str) -> WireCredit | None:
    """A standalone credit line naming a known agency, else ``None``.

    >>> parse_wire_credit("The-CNN-Wire")
    WireCredit(text='The-CNN-Wire', agency='CNN')
    >>> parse_wire_credit("Reuters could not independently verify the report.") is None
    True
    """
    text = line.strip()
    if not text or len(text) > 120:
        return None
    agency = find_agency(_CREDIT_PREFIX.sub("", text, count=1))
    return WireCredit(text, agency) if agency else None


def parse_dateline(line: str) -> Dateline | None:
    """The dateline that opens a wire story paragraph, else ``None``.

    >>> parse_dateline("WASHINGTON (AP) — The Senate voted on Tuesday.")
    Dateline(text='WASHINGTON (AP) — ', place='Washington', date=None, agency='Associated Press')
    """
    m = _DATELINE.match(line)
    if m is None:
        return None
    agency = find_agency(m["agency"])
    if agency is None:
        return None
    place = m["place"].strip(" ,") if m["place"] else None
    return Dateline(text=m.group(), place=_place_case(place), date=m["date"], agency=agency)


def _place_case(place: str | None) -> str | None:
    if place is None or not place.isupper():
        return place
    return regex.sub(r"\p{L}+", lambda w: w.group().capitalize(), place.lower())
