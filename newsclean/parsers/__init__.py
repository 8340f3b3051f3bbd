"""Parsers for credit lines: each takes one line (or field) and returns a record or ``None``."""

from newsclean.parsers.agencies import AGENCIES, Agency, find_agency
from newsclean.parsers.byline import parse_byline
from newsclean.parsers.contributors import parse_contributors
from newsclean.parsers.copyright import parse_copyright
from newsclean.parsers.timestamps import parse_timestamps
from newsclean.parsers.wire import parse_dateline, parse_wire_credit

__all__ = [
    "AGENCIES",
    "Agency",
    "find_agency",
    "parse_byline",
    "parse_contributors",
    "parse_copyright",
    "parse_dateline",
    "parse_timestamps",
    "parse_wire_credit",
]
