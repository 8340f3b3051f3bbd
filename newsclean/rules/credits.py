"""Credit lines: parsed into records (bylines, wire credits, datelines, contributors, copyright)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import attrs

from newsclean._credits import Dateline
from newsclean._document import Document
from newsclean._kinds.gate import Gate, GatedRule
from newsclean._kinds.parser import LineParserRule
from newsclean._rule import Tag
from newsclean.parsers import author_box, byline, byline_block, contributors, wire
from newsclean.parsers.byline import parse_byline_line
from newsclean.parsers.byline_blocks import byline_blocks
from newsclean.parsers.contributors import parse_contributors
from newsclean.parsers.copyright import parse_copyright
from newsclean.parsers.wire import (
    dateline_span,
    dispatch_byline,
    parse_dateline,
    parse_wire_credit,
)
from newsclean.rules.timestamps import PUBLICATION_DATE

__all__ = [
    "BYLINE",
    "BYLINE_BLOCK",
    "CONTRIBUTOR_CREDIT",
    "COPYRIGHT_LINE",
    "DATELINE",
    "RULES",
    "WIRE_CREDIT",
    "BylineBlockRule",
    "DatelineRule",
]

COMMENT_SECTION = frozenset(
    ("comment-count", "comment-heading", "comment-header", "comment-form", "comment-prompt")
)
"""The rules whose lines open a page's comment section ("27 Comments", "Leave a reply"): no
byline is read below the first of them under the story's first paragraph, unless it sits in
a share bar (:data:`SHARE_BAR`)."""

SHARE_BAR = frozenset(("social-row", "share-prompt", "lone-prompt", "share-remnant", "like-button"))
"""The rules of a share bar's lines: a comment link between them ("Compartir en Twitter" /
"Ver comentarios" / "Guardar") is a widget of the bar above the byline, not the comment
section."""

DATELINE_REACH = 120
"""How far into a line a dateline's "(AGENCY)" may start."""

_LANGUAGES = ("en", "de", "fr", "es", "it", "pt")
_DATELINE_TRIGGER = re.compile("|".join(map(re.escape, wire.DATELINE_GATE.triggers)))

# Gates (see newsclean.Gate): each parser exports the gate of the lines it can accept.

BYLINE = LineParserRule(
    id="byline",
    description="Byline lines ('By Simone McCarthy, CNN'), parsed into metadata.byline.",
    parse=parse_byline_line,
    words=byline.GATE.words,
    starts=byline.GATE.starts,
    triggers=byline.GATE.triggers,
    max_chars=byline.PADDED_CHARS,
    must_remove=(
        "By Simone McCarthy, CNN",
        "Von Anna Schmidt und Jonas Weber",
        "Par Marie Dupont, le 14.09.2020 à 11h46",
        "Por Ana García | EFE",
        "By The Associated Press",
        "Reporting by Jill Serjeant in Los Angeles; Editing by Nick Zieminski",
        "本报记者 张三 李四",
        "取材・文／山田太郎",
        "[서울=뉴스1] 홍길동 기자 =",
    ),
    must_keep=(
        "By the end of the week the talks had collapsed.",
        "Byrne Smith scored twice.",
        "Von der Leyen will die Ukraine in die EU holen.",
        "Von Risiken und Nebenwirkungen",
        "Por qué las empresas deben habitar el metaverso",
        "De Gaulle a Macron: la Quinta República en cifras",
        "Di Maio ha lasciato il partito.",
        "记者从市政府获悉，该计划将推迟到明年春天。",
        "홍길동 기자는 이날 현장에서 주민들을 만났다.",
    ),
    languages=(*_LANGUAGES, "nl", "zh", "ja", "ko"),
)


@attrs.frozen(kw_only=True)
class BylineBlockRule(GatedRule):
    """Bylines spread over lines or printed without a by-word (see ``parsers.byline_block``).

    Lines another rule already parsed as a byline are left to it; the stamp lines the
    publication-date rule found (it runs before this rule) anchor names printed above them.
    Lines far below the story's first paragraph (``Document.credits_end``) are not looked at:
    there, names and dates belong to comments and teasers; nor are lines below the first line
    of a comment section (:data:`COMMENT_SECTION`) under that paragraph. A page with no
    byline at all may still have an author box below a long story ("Autor" / "Ana Ruiz"):
    there, the first by-word or label alone on its line opens the byline.
    """

    @property
    def reads(self) -> tuple[str, ...]:
        return ("byline", "publication-date")

    def gate(self) -> Gate:
        found, boxes = byline_block.GATE, author_box.GATE  # an author box's link line too
        return Gate(
            byline.PADDED_CHARS,  # lines padded with whitespace too (see tag_lines)
            words=found.words,
            starts=found.starts,
            triggers=(*found.triggers, *boxes.triggers),
        )

    def tag_lines(self, doc: Document, lines: Sequence[int], found: Sequence[Tag]) -> Iterable[Tag]:
        limit = max(byline_block.GATE.max_chars, author_box.GATE.max_chars)
        text = doc.lines
        lines = [
            i for i in lines if len(text[i]) <= limit or len(text[i].rstrip()) <= limit
        ]  # a line padded with whitespace is read without the padding
        tags = []
        for spanned, record in byline_blocks(doc, lines, found, COMMENT_SECTION, SHARE_BAR):
            tags.append(Tag(spanned[0], self.id, record=record))
            tags.extend(Tag(j, self.id) for j in spanned[1:])
        return tags


BYLINE_BLOCK = BylineBlockRule(
    id="byline-block",
    description="Bylines over several lines ('By' / 'Ana Ruiz' / 'Senior Reporter') or without a "
    "by-word in the byline position ('Ana Ruiz · Northfield News · Posted: Jan 5, 2025'), "
    "parsed into metadata.byline.",
    must_remove=(
        "By\n\nDavid Brand\nand\nRamsey Khalifeh",
        "Von\nAnna Schmidt\nRedakteurin",
        "Texto:\nAna García\nRedactora",
        "Ana Ruiz · Northfield News · Posted: Jan 5, 2025 4:00 AM EST",
        "Gunter Frank · Redakteur",
    ),
    must_keep=(
        "By\n\nThe end of the week the talks had collapsed.",
        "Anna Schmidt - die Siegerin des Rennens - war glücklich.",
        "Ana Ruiz | 5 Comments | Reply",
        "Anna Schmidt\n\nDie Regierung hat am Dienstag beschlossen, die Steuern zu senken.",
        "Paris - Berlin - Rome",
    ),
    languages=(*_LANGUAGES, "nl"),
    stage="credit",
)

WIRE_CREDIT = LineParserRule(
    id="wire-credit",
    description="Standalone wire credits ('The-CNN-Wire', '— Bloomberg'), parsed into metadata.wire.",
    parse=parse_wire_credit,
    words=wire.GATE.words,
    starts=wire.GATE.starts,
    triggers=wire.GATE.triggers,
    max_chars=wire.GATE.max_chars,
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
        near_start = _DATELINE_TRIGGER.search
        for i in lines:
            line = doc.lines[i]
            if len(line) > self.max_chars or near_start(line, 0, DATELINE_REACH) is None:
                continue  # the agency's "(" or "/" sits near the start of the line
            record = self.parse(line)
            if record is None:
                continue
            span = dateline_span(line) if self.remove else None
            yield Tag(i, self.id, remove=self.remove, record=record, span=span and span[:2])
            reporters = dispatch_byline(record) if isinstance(record, Dateline) else None
            if reporters is not None:  # "新华社北京3月5日电（记者张三）": the story's byline
                yield Tag(i, self.id, remove=False, record=reporters)


DATELINE = DatelineRule(
    id="dateline",
    description="Wire datelines ('WASHINGTON (AP) —'): parsed into metadata.dateline, kept in the text "
    "(Pipeline.default(remove_datelines=True) removes them).",
    parse=parse_dateline,
    triggers=wire.DATELINE_GATE.triggers,
    max_chars=wire.DATELINE_GATE.max_chars,
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
    triggers=contributors.GATE.triggers,
    starts=contributors.GATE.starts,
    words=contributors.GATE.words,
    max_chars=contributors.GATE.max_chars,
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

RULES = (
    BYLINE,
    PUBLICATION_DATE,
    BYLINE_BLOCK,
    WIRE_CREDIT,
    DATELINE,
    CONTRIBUTOR_CREDIT,
    COPYRIGHT_LINE,
)
"""This family's rules, in the order they run within their stage: ``publication-date`` (from
``rules.timestamps``) reads the bylines' lines, and ``byline-block`` reads both."""
