"""Credit lines: parsed into records (bylines, wire credits, datelines, contributors, copyright)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from newsclean._document import Document
from newsclean._kinds.parser import LineParserRule
from newsclean._rule import Tag
from newsclean.parsers.byline import parse_byline_line
from newsclean.parsers.contributors import parse_contributors
from newsclean.parsers.copyright import parse_copyright
from newsclean.parsers.wire import _STARTS as _CREDIT_FIRST_WORDS
from newsclean.parsers.wire import dateline_span, parse_dateline, parse_wire_credit

__all__ = [
    "BYLINE",
    "CONTRIBUTOR_CREDIT",
    "COPYRIGHT_LINE",
    "DATELINE",
    "RULES",
    "WIRE_CREDIT",
    "DatelineRule",
]

DATELINE_REACH = 120
"""How far into a line a dateline's "(AGENCY)" may start."""

_LANGUAGES = ("en", "de", "fr", "es", "it", "pt")

# Gates (see newsclean.Gate). A byline starts with one of the openings of the byline parser's
# _PREFIX: a whole word such as "by" or "de" (the parser wants a space or ":" after it, so
# "Byrne" and "democracy" need not be looked at), or the whole opening where it has several
# words ("a cura di", not every "a ..."); "dal" also opens "dall'inviato".
_BYLINE_WORDS = (
    *("by", "von", "par", "por", "di", "de", "door"),
    *("author", "autor", "autorin", "auteur", "autore", "autora", "text", "texte", "texto"),
    *("testo", "words"),
)
_BYLINE_STARTS = (
    "dal",
    *("written by", "story by", "reporting by", "words by", "posted by"),
    *("text by", "texto by", "testo by", "analysis by", "opinion by", "commentary by"),
    *("perspective by", "review by", "geschrieben von", "verfasst von", "écrit par"),
    *("rédigé par", "un article de", "escrito por", "redactado por", "publicado por"),
    *("scritto da", "scritto di", "a cura da", "a cura di"),
    *(
        f"{article} {kind}"
        for article in ("ein", "eine")
        for kind in ("kommentar", "analyse", "gastbeitrag", "kolumne", "essay", "reportage")
    ),
)
# A contributor line has a verb ("… contributed reporting", "… hat mitgearbeitet") or starts
# with the parser's opening: a word such as "with", "mit", "avec" ("Mit Agenturen", "Con
# información de EFE"), "additional reporting" or "mitarbeit".
_CONTRIBUTOR_VERBS = ("contribu", "collabor", "colabor", "beigetragen", "mitgearbeitet")
# A wire credit's first word (without the marks around it) is one its parser's first test
# accepts: a whole word, followed by a mark, a space or the end of the line.
_CREDIT_WORDS = tuple(sorted(_CREDIT_FIRST_WORDS))

BYLINE = LineParserRule(
    id="byline",
    description="Byline lines ('By Simone McCarthy, CNN'), parsed into metadata.byline.",
    parse=parse_byline_line,
    words=_BYLINE_WORDS,
    starts=_BYLINE_STARTS,
    max_chars=200,
    must_remove=(
        "By Simone McCarthy, CNN",
        "Von Anna Schmidt und Jonas Weber",
        "Par Marie Dupont, le 14.09.2020 à 11h46",
        "Por Ana García | EFE",
        "By The Associated Press",
        "Reporting by Jill Serjeant in Los Angeles; Editing by Nick Zieminski",
    ),
    must_keep=(
        "By the end of the week the talks had collapsed.",
        "Byrne Smith scored twice.",
        "Von der Leyen will die Ukraine in die EU holen.",
        "Von Risiken und Nebenwirkungen",
        "Por qué las empresas deben habitar el metaverso",
        "De Gaulle a Macron: la Quinta República en cifras",
        "Di Maio ha lasciato il partito.",
    ),
    languages=(*_LANGUAGES, "nl"),
)

WIRE_CREDIT = LineParserRule(
    id="wire-credit",
    description="Standalone wire credits ('The-CNN-Wire', '— Bloomberg'), parsed into metadata.wire.",
    parse=parse_wire_credit,
    words=_CREDIT_WORDS,
    triggers=("/",),  # a first word such as "dpa/lby" also passes the parser's first test
    max_chars=160,
    must_remove=(
        "The-CNN-Wire",
        "— Bloomberg",
        "Source: Xinhua",
        "Quelle: dpa",
        "— The Canadian Press",
    ),
    must_keep=(
        "The AP reported on Tuesday that the talks had stalled.",
        "Reuters could not independently verify the report.",
        "He told CNN in an interview that he would run again.",
    ),
    languages=_LANGUAGES,
)


@attrs.frozen(kw_only=True)
class DatelineRule(LineParserRule):
    """Parses the "PLACE (AGENCY) —" opening a line; with ``remove`` only that span goes."""

    def tag_lines(self, doc: Document, lines: Sequence[int], found: Sequence[Tag]) -> Iterable[Tag]:
        for i in lines:
            line = doc.lines[i]
            if "(" not in line[:DATELINE_REACH] or len(line) > self.max_chars:
                continue  # the agency's "(" sits near the start of the line
            record = self.parse(line)
            if record is None:
                continue
            span = dateline_span(line) if self.remove else None
            yield Tag(i, self.id, remove=self.remove, record=record, span=span and span[:2])


DATELINE = DatelineRule(
    id="dateline",
    description="Wire datelines ('WASHINGTON (AP) —'): parsed into metadata.dateline, kept in the text "
    "(Pipeline.default(remove_datelines=True) removes them).",
    parse=parse_dateline,
    triggers=("(",),
    max_chars=100_000,
    remove=False,
    must_keep=(
        "WASHINGTON (AP) — The Senate voted 51-49 on Tuesday to pass the bill.",
        "LONDON, March 3 (Reuters) - British shares fell on Friday.",
        "Shares of Apple (AAPL) — the largest company — rose 2%.",
    ),
    languages=_LANGUAGES,
)

CONTRIBUTOR_CREDIT = LineParserRule(
    id="contributor-credit",
    description="Contributor lines ('… contributed reporting.'), parsed into metadata.contributors.",
    parse=parse_contributors,
    triggers=_CONTRIBUTOR_VERBS,
    starts=("additional reporting", "mitarbeit"),
    words=("with", "avec", "con", "com", "mit"),
    max_chars=400,
    must_remove=(
        "CNN’s Beijing bureau, Martin Goillandeau, Wayne Cheng, and Sandi Sidhu contributed reporting.",
        "Associated Press writers Lisa Mascaro and Mary Clare Jalonick contributed to this report.",
        "Mitarbeit: Anna Schmidt",
        "Con información de EFE y Reuters",
        "Mit Agenturen",
        "Con reporte de Ana García",
        "Anna Schmidt und Jonas Weber haben mitgearbeitet.",
    ),
    must_keep=(
        "Several donors contributed to the campaign, records show.",
        "John Smith contributed $5,000 to the campaign.",
        "Avec le soutien de la mairie, le festival a doublé sa fréquentation.",
        "Mit dem Zug nach Berlin",
        "With the decision today, our editors will once again be able to work freely.",
        "Con la mayoría absoluta, el partido gobierna en solitario.",
    ),
    languages=_LANGUAGES,
)

COPYRIGHT_LINE = LineParserRule(
    id="copyright-line",
    description="Copyright lines ('© 2023 Cable News Network, Inc.'), parsed into metadata.copyright.",
    parse=parse_copyright,
    triggers=("©", "copyright", "(c)", "reserv", "réserv", "riservat", "vorbehalten"),
    max_chars=400,
    must_remove=(
        "™ & © 2023 Cable News Network, Inc., a Warner Bros. Discovery Company. All rights reserved.",
        "© 2022 Reuters",
        "Alle Rechte vorbehalten",
        "© Riproduzione riservata",
    ),
    must_keep=(
        "The lawsuit alleges copyright infringement by the software company.",
        "Copyright infringement cases rose sharply last year.",
    ),
    languages=_LANGUAGES,
)

RULES = (BYLINE, WIRE_CREDIT, DATELINE, CONTRIBUTOR_CREDIT, COPYRIGHT_LINE)
"""This family's rules, in the order they run within their stage."""
