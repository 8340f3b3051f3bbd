"""Wire credits ("The-CNN-Wire", "Source: Xinhua") and datelines ("WASHINGTON (AP) —")."""

from __future__ import annotations

import regex

from newsclean._credits import Dateline, WireCredit
from newsclean._text import EDGE_MARKS
from newsclean.parsers._names import word_set
from newsclean.parsers.agencies import (
    FIRST_WORDS,
    LOWERCASE_ALIASES,
    find_agency,
    may_list_agencies,
)

__all__ = ["dateline_span", "parse_dateline", "parse_wire_credit"]

MAX_CREDIT = 160
MAX_CREDIT_SPACES = 16
_LEGAL_ENDINGS = ("LLC", "LLC.", "Inc", "Inc.", "Ltd", "Ltd.", "GmbH", "SA", "S.A.")

# What may stand before the agency on a credit line: a dash, a label, a publication note.
_CREDIT_PREFIX = regex.compile(
    r"(?i)^(?:[—–-]+\s*|(?:by|von|par|por|di)\s+"
    r"|(?:source|sources|quelle|quellen|fuente|fuentes|fonte|fontes|fonti|credit|crédito|"
    r"agency|agencia|agentur|agence|agenzia|agência|wire|via)\s*:\s*"
    r"|(?:(?:this|the)\s+(?:story|article|report|item|content)\s+(?:was\s+|is\s+)?)?"
    r"(?:originally\s+)?(?:published|distributed|provided|produced|reprinted)\s+"
    r"(?:by|with\s+permission\s+(?:of|from)|via|from|in|on)\s+)"
)
_LEGAL_TAIL = regex.compile(r",?\s+(?:LLC|Inc|Ltd|GmbH|S\.?A)\.?\s*$")
# First words of credit lines: agency names and the labels and notes _CREDIT_PREFIX knows.
_STARTS = FIRST_WORDS | word_set(
    """by von par por di source sources quelle quellen fuente fuentes fonte fontes fonti credit crédito agency
    agencia agentur agence agenzia agência wire via this the originally published distributed
    provided produced reprinted"""
)
_LIST = regex.compile(r"\s*(?:[/,;+-]|\s(?:and|und|et|y|e)\s)\s*")
_LIST_WORDS = word_set("and und et y e")  # the words _LIST splits at
_CODE = regex.compile(r"\p{Ll}{2,4}")  # dpa's regional codes ("dpa/lby") and editor initials
_PUBLISHER = regex.compile(
    r"(?:The\s+)?\p{Lu}[\p{L}\p{M}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}&.'’-]*){0,5}"
)
_PUBLISHED_BY = regex.compile(r"(?i)^(?:this|the)\s+(?:story|article)\s+was\s+(?:originally\s+)?")

_ARTICLES = word_set("the a an der die das le la les el los las il lo")
_PLACE = r"\p{Lu}[\p{L}\p{M}.'’-]{0,30}(?:[ /](?:\p{Lu}[\p{L}\p{M}.'’-]{0,30}|\p{Ll}{1,3})){0,4}"
_DATE = r"\p{L}{3,9}\.?\s+\d{1,2}|\d{1,2}\.?(?:\s+(?:de\s+)?\p{L}{3,9}\.?)?"
_DASH = r"\s*(?:[—–]+|-{1,2}|\.\s*-)\s*"
_PLACE_FIRST = regex.compile(
    rf"(?P<place>{_PLACE})(?:,\s*(?P<region>\p{{Lu}}[\p{{L}}.]{{1,20}}(?:\s\p{{Lu}}[\p{{L}}.]{{1,20}})?))?"
    rf"(?:,\s*(?P<date>{_DATE}))?\s*\((?P<agency>[^()\n]{{2,40}})\){_DASH}"
)
_AGENCY_FIRST = regex.compile(
    rf"\((?P<agency>[^()\n]{{2,40}})\){_DASH}(?:(?P<place>{_PLACE}),\s*(?P<date>{_DATE}){_DASH})?"
)
_PLACE_WORD = regex.compile(r"\p{L}+")
_AFTER_AGENCY = regex.compile(_DASH)
DATELINE_WINDOW = 200
"""How much of a line, from its first character, a dateline may take."""


def parse_wire_credit(line: str) -> WireCredit | None:
    """A standalone line crediting a news agency, else ``None``.

    >>> parse_wire_credit("The-CNN-Wire")
    WireCredit(text='The-CNN-Wire', agency='CNN')
    >>> parse_wire_credit("Source: Xinhua").agency
    'Xinhua'
    >>> parse_wire_credit("Reuters could not independently verify the report.") is None
    True
    """
    text = line.strip()
    if not text or len(text) > MAX_CREDIT or not _may_be_credit(text):
        return None
    prefix = _CREDIT_PREFIX.match(text)
    rest = text[prefix.end() :] if prefix else text
    if rest.endswith(_LEGAL_ENDINGS):
        rest = _LEGAL_TAIL.sub("", rest)
    rest = rest.strip(" .()[]")
    if rest.islower() and not all(
        p in LOWERCASE_ALIASES or _CODE.fullmatch(p) for p in _LIST.split(rest)
    ):
        return None  # "dow jones" in a menu; agencies print "dpa" in lower case, not "reuters"
    agency = _agency(rest, alone=rest.strip(EDGE_MARKS) == text.strip(EDGE_MARKS))
    if agency is None and rest != text and _PUBLISHED_BY.match(text):
        publisher = rest.strip(" .")
        if _PUBLISHER.fullmatch(publisher):
            agency = publisher  # "This story was originally published by The Texas Tribune."
    return WireCredit(text, agency) if agency else None


def _may_be_credit(text: str) -> bool:
    """A cheap first test: few words, and the first one can start a credit line."""
    if text.count(" ") > MAX_CREDIT_SPACES:
        return False
    words = text[:80].split(None, 2)
    first = words[0]
    key = first.strip(EDGE_MARKS).casefold()
    if not key and len(words) > 1:  # "— Bloomberg", "* AFP": the decoration stands alone
        first = words[1]
        key = first.strip(EDGE_MARKS).casefold()
    return key in _STARTS or "/" in first


def _agency(text: str, *, alone: bool = False) -> str | None:
    """The first agency of ``text`` if it is nothing but agencies and codes ("dpa/lby", "AFP/AP")."""
    if not may_list_agencies(text, _LIST_WORDS):
        return None
    agency = find_agency(text, alone=alone)
    if agency is not None:
        return agency
    first, *more = _LIST.split(text, maxsplit=1)
    if not more or (first and not _agency_or_code(first)):
        return None  # one part, or a first part that is no agency: a cheap first test
    parts = [p for p in _LIST.split(text) if p]
    if len(parts) < 2 or len(parts) > 6 or not all(_agency_or_code(p) for p in parts):
        return None
    return next(filter(None, map(find_agency, parts)), None)


def _agency_or_code(part: str) -> bool:
    return find_agency(part) is not None or _CODE.fullmatch(part) is not None


def parse_dateline(line: str) -> Dateline | None:
    """The dateline that opens a wire story paragraph, else ``None``.

    >>> parse_dateline("WASHINGTON (AP) — The Senate voted on Tuesday.")
    Dateline(text='WASHINGTON (AP) — ', place='Washington', date=None, agency='Associated Press')
    >>> parse_dateline("LONDON, March 3 (Reuters) - Shares fell.").date
    'March 3'
    """
    found = dateline_span(line)
    if found is None:
        return None
    start, end, match = found
    agency = _agency(match["agency"].strip())
    if agency is None:
        return None
    place = match["place"].strip(" ,") if match["place"] else None
    if place and not place.isupper() and place.split()[0].casefold() in _ARTICLES:
        return None  # "The Palestinian Authority (PA) — …" is a sentence
    if place and match.groupdict().get("region"):
        place = f"{_place_case(place)}, {match['region']}"
    return Dateline(
        text=line[start:end], place=_place_case(place), date=match["date"], agency=agency
    )


def dateline_span(line: str) -> tuple[int, int, regex.Match[str]] | None:
    """Where a dateline sits at the start of ``line``: ``(start, end, match)``, else ``None``."""
    start = len(line) - len(line.lstrip()) if line[:1].isspace() else 0
    if start >= len(line) or start > 40:
        return None
    end = start + DATELINE_WINDOW
    if not _may_hold_agency(line, start, end):
        return None
    pattern = _AGENCY_FIRST if line[start] == "(" else _PLACE_FIRST
    match = pattern.match(line[:end], start)
    if match is None or _agency(match["agency"].strip()) is None:
        return None
    return start, match.end(), match


def _may_hold_agency(line: str, start: int, end: int) -> bool:
    """A cheap first test: the first "(" holds 2-40 characters and its ")" is followed by a dash.

    Neither the place nor the date before the agency may hold a parenthesis, so the agency's
    "(" is the first one on the line.
    """
    opening = line.find("(", start, end)
    closing = line.find(")", opening + 1, end)
    if opening < 0 or closing < 0 or not 2 <= closing - opening - 1 <= 40:
        return False
    return _AFTER_AGENCY.match(line, closing + 1, end) is not None


def _place_case(place: str | None) -> str | None:
    if place is None or not place.isupper():
        return place
    return _PLACE_WORD.sub(lambda w: w.group().capitalize(), place.lower())
