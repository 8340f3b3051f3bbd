"""Credit lines: parsed into records (bylines, wire credits, datelines, contributors, copyright)."""

from __future__ import annotations

from newsclean._parser_rule import LineParserRule
from newsclean.parsers.byline import parse_byline_line
from newsclean.parsers.contributors import parse_contributors
from newsclean.parsers.copyright import parse_copyright
from newsclean.parsers.wire import parse_dateline, parse_wire_credit

__all__ = ["BYLINE", "CONTRIBUTOR_CREDIT", "COPYRIGHT_LINE", "DATELINE", "WIRE_CREDIT"]

BYLINE = LineParserRule(
    id="byline",
    description="Byline lines ('By Simone McCarthy, CNN'), parsed into metadata.byline.",
    parse=parse_byline_line,
    max_chars=200,
    must_remove=("By Simone McCarthy, CNN", "Von Anna Schmidt und Jonas Weber"),
    must_keep=("By the end of the week the talks had collapsed.", "Byrne Smith scored twice."),
    languages=("en", "de", "fr", "es", "it", "pt", "nl"),
)

WIRE_CREDIT = LineParserRule(
    id="wire-credit",
    description="Standalone wire credits ('The-CNN-Wire', '— Bloomberg'), parsed into metadata.wire.",
    parse=parse_wire_credit,
    max_chars=120,
    must_remove=("The-CNN-Wire", "— Bloomberg", "Source: Xinhua"),
    must_keep=("The AP reported on Tuesday that the talks had stalled.",),
    languages=("en", "de", "fr", "es", "it", "pt"),
)

DATELINE = LineParserRule(
    id="dateline",
    description="Wire datelines ('WASHINGTON (AP) —'): parsed into metadata.dateline, kept in the text.",
    parse=parse_dateline,
    triggers=("(",),
    max_chars=100_000,
    remove=False,
    must_keep=("WASHINGTON (AP) — The Senate voted 51-49 on Tuesday to pass the bill.",),
)

CONTRIBUTOR_CREDIT = LineParserRule(
    id="contributor-credit",
    description="Contributor lines ('… contributed reporting.'), parsed into metadata.contributors.",
    parse=parse_contributors,
    triggers=("contribut", "reporting by", "mitarbeit"),
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
    triggers=("©", "copyright", "(c)", "rights reserved", "rechte vorbehalten", "droits réservés"),
    max_chars=400,
    must_remove=(
        "™ & © 2023 Cable News Network, Inc., a Warner Bros. Discovery Company. All rights reserved.",
        "© 2022 Reuters",
    ),
    must_keep=("The lawsuit alleges copyright infringement by the software company.",),
    languages=("en", "de", "fr", "es", "it", "pt"),
)
