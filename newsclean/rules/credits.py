"""Credit lines: parsed into records (bylines, wire credits, datelines, contributors, copyright)."""

from __future__ import annotations

from newsclean._parser_rule import LineParserRule
from newsclean._text import phrase_key
from newsclean.parsers.agencies import AGENCIES
from newsclean.parsers.byline import parse_byline_line
from newsclean.parsers.contributors import parse_contributors
from newsclean.parsers.copyright import parse_copyright
from newsclean.parsers.wire import parse_dateline, parse_wire_credit

__all__ = ["BYLINE", "CONTRIBUTOR_CREDIT", "COPYRIGHT_LINE", "DATELINE", "WIRE_CREDIT"]

# Gates: what a line must start with for its parser to accept it (see the parsers' prefixes).
_BYLINE_STARTS = (
    *("by", "von", "par", "por", "di", "de", "door"),
    *("written by", "story by", "reporting by", "words by"),
)
# a copyright mark after nothing but "™ &"-style noise, or a lone "All rights reserved"
_COPYRIGHT_STARTS = (
    *("©", "™", "®", "&", "(c)", "copyright"),
    *("all rights reserved", "alle rechte vorbehalten", "tous droits réservés"),
    *("todos los derechos reservados", "tutti i diritti riservati", "todos os direitos reservados"),
)
_AGENCY_NAMES = tuple(phrase_key(n) for a in AGENCIES for n in (a.name, *a.aliases))
_CREDIT_STARTS = (
    *("source", "sources", "quelle", "quellen", "fuente", "fuentes", "fonte", "fonti"),
    *("this story", "this article", "distributed by", "via"),
    *_AGENCY_NAMES,
)

BYLINE = LineParserRule(
    id="byline",
    description="Byline lines ('By Simone McCarthy, CNN'), parsed into metadata.byline.",
    parse=parse_byline_line,
    starts=_BYLINE_STARTS,
    max_chars=200,
    must_remove=("By Simone McCarthy, CNN", "Von Anna Schmidt und Jonas Weber"),
    must_keep=("By the end of the week the talks had collapsed.", "Byrne Smith scored twice."),
    languages=("en", "de", "fr", "es", "it", "pt", "nl"),
)

WIRE_CREDIT = LineParserRule(
    id="wire-credit",
    description="Standalone wire credits ('The-CNN-Wire', '— Bloomberg'), parsed into metadata.wire.",
    parse=parse_wire_credit,
    starts=_CREDIT_STARTS,
    max_chars=120,
    must_remove=("The-CNN-Wire", "— Bloomberg", "Source: Xinhua"),
    must_keep=("The AP reported on Tuesday that the talks had stalled.",),
    languages=("en", "de", "fr", "es", "it", "pt"),
)

DATELINE = LineParserRule(
    id="dateline",
    description="Wire datelines ('WASHINGTON (AP) —'): parsed into metadata.dateline, kept in the text.",
    parse=parse_dateline,
    triggers=(")—", ") —", ")–", ") –", ")-", ") -"),  # "(AP) —"
    max_chars=100_000,
    remove=False,
    must_keep=("WASHINGTON (AP) — The Senate voted 51-49 on Tuesday to pass the bill.",),
)

CONTRIBUTOR_CREDIT = LineParserRule(
    id="contributor-credit",
    description="Contributor lines ('… contributed reporting.'), parsed into metadata.contributors.",
    parse=parse_contributors,
    starts=("additional reporting by", "reporting by", "mitarbeit"),
    triggers=("contributed",),
    max_chars=400,
    must_remove=(
        "CNN’s Beijing bureau, Martin Goillandeau, Wayne Cheng, and Sandi Sidhu contributed reporting.",
    ),
    must_keep=("Several donors contributed to the campaign, records show.",),
)

COPYRIGHT_LINE = LineParserRule(
    id="copyright-line",
    description="Copyright lines ('© 2023 Cable News Network, Inc.'), parsed into metadata.copyright.",
    parse=parse_copyright,
    starts=_COPYRIGHT_STARTS,
    max_chars=400,
    must_remove=(
        "™ & © 2023 Cable News Network, Inc., a Warner Bros. Discovery Company. All rights reserved.",
        "© 2022 Reuters",
    ),
    must_keep=("The lawsuit alleges copyright infringement by the software company.",),
    languages=("en", "de", "fr", "es", "it", "pt"),
)
