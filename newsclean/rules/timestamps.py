"""Lines that are only an update stamp: 'Aktualisiert am 17.01.2021, 10:27'."""

from __future__ import annotations

import string
from collections.abc import Iterable, Sequence

import attrs

from newsclean._credits import Byline
from newsclean._document import Document
from newsclean._kinds.gate import Gate, GatedRule
from newsclean._kinds.structure import ShapeRule
from newsclean._rule import Tag
from newsclean.parsers import byline_block, timestamps

__all__ = [
    "DATE",
    "ON",
    "POST_META",
    "PUBLICATION_DATE",
    "RULES",
    "TIME",
    "TIMESTAMP_LINE",
    "TimestampRule",
]

# The languages of the pattern and word rules below (a phrase rule takes its own from its phrases).
_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "pl")

# Update stamps: the story's own publication date ("Veröffentlicht am …") is left alone.
_UPDATED = (
    r"(?:aktualisiert|zuletzt\saktualisiert|letzte\s(?:änderung|aktualisierung)|stand"
    r"|updated|last\s(?:updated|modified)|modifié|mis\sà\sjour|dernière\smise\sà\sjour"
    r"|actualizado|última\sactualización|aggiornato|ultimo\saggiornamento|atualizado"
    r"|última\satualização|aktualizacja)"
)
# Any date label, when it stands alone with its colon (its date is on another line).
_LABEL = (
    rf"(?:{_UPDATED}|veröffentlicht|veröffentlichung|erstellt|erschienen|publiziert|datum"
    r"|published|posted|release\sdate|publié|publicado|pubblicato|opublikowano|publikacja)"
)
_ON = r"(?:(?:am|on|le|el|il|em|w|dnia|at|um|de)\s)?"
_WEEKDAY = r"(?:\p{L}{5,},?\s)?"
_DATE = (
    r"(?:\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})"
    r"|\d{4}-\d{1,2}-\d{1,2}"
    r"|\d{1,2}[/-]\d{1,2}[/-](?:\d{4}|\d{2})"
    r"|\d{1,2}\.?\s(?:de\s)?\p{L}{3,}\.?,?\s(?:de\s)?\d{4}"
    r"|\p{L}{3,}\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s\d{4})"
)
_TIME = (
    r"(?:,?\s?(?:um|at|à|a\slas|alle|às|-|\||/)?\s?\d{1,2}[:.h]\d{2}(?::\d{2})?"
    r"(?:\s?(?:uhr|am|pm|h|cet|cest|mez|utc))?)?"
)
# Shared with the other families' date-bearing shapes (comment headers, post meta lines).
DATE = _DATE
"""A date: '17.01.2021', '2021-01-17', '3/1/21', '17. Januar 2021', 'January 17th, 2021'."""
TIME = _TIME
"""An optional time after a date: ', 10:27', ' at 08:45 AM', ' um 10.27 Uhr'."""
ON = _ON
"""An optional preposition before a date: 'am ', 'on ', 'le '."""
# Category labels of a blog or press page's meta line.
_CATEGORY = r"(?:(?:categor|catégor|kategor)\p{L}{0,4}|rubri\p{L}{1,3}|secci[óo]n|sezione|secção)"

TIMESTAMP_LINE = ShapeRule(
    id="timestamp-line",
    description="Lines that hold only an update stamp ('Updated: 06 December 2019') or a bare date label ('Veröffentlichung:').",
    pattern=rf"{_UPDATED}(?:\s?:\s?|\s){_ON}{_WEEKDAY}{_DATE}{_TIME}\.?|{_LABEL}\s?:",
    first_words=(
        "aktualisiert",
        "zuletzt",
        "letzte",
        "veröffentlicht",
        "veröffentlichung",
        "erstellt",
        "erschienen",
        "publiziert",
        "stand",
        "datum",
        "updated",
        "last",
        "published",
        "posted",
        "release",
        "publié",
        "modifié",
        "mis",
        "dernière",
        "actualizado",
        "última",
        "publicado",
        "aggiornato",
        "ultimo",
        "pubblicato",
        "atualizado",
        "opublikowano",
        "publikacja",
        "aktualizacja",
    ),
    max_chars=70,
    must_remove=(
        "Aktualisiert am 17.01.2021.",
        "Aktualisiert: 11.04.2020, 10:27",
        "Letzte Änderung 14.02.2019",
        "Veröffentlichung:",
        "Updated: 06 December 2019",
        "Last Modified: 03-10-2004 2:20pm",
        "Mis à jour le 12 mars 2021 à 18h30",
        "Actualizado el 3 de mayo de 2021",
        "Ultimo aggiornamento: 30 Settembre 2020",
        "Atualizado em 12.03.2021 às 10:00",
        "Aktualizacja: 05.05.2021, 05:53",
        "Publicado:",
    ),
    must_keep=(
        "Updated guidelines were published on 3 March 2021, the ministry said.",
        "Stand der Dinge: Die Verhandlungen gehen am 12. März 2021 weiter.",
        "Published in 2019, the book sold a million copies.",
        "Erstellt wurde die Studie vom 1. bis 5. Mai 2014.",
    ),
    languages=_LANGUAGES,
)


@attrs.frozen(kw_only=True)
class TimestampRule(GatedRule):
    """Reads publication dates, update dates and reading times into the metadata.

    A line that is only stamps is removed; a labelled stamp on a longer line ("By Ana Ruiz |
    Published: 23.07.2017") and any date on a line a byline rule parsed ("Par Ann Lee le
    14.09.2020") are only read. One line may give several credits. It runs after the
    byline rule when there is one (it reads the byline's lines, but works without them).
    """

    def gate(self) -> Gate:
        found = timestamps.GATE
        return Gate(
            found.max_chars, words=found.words, starts=found.starts, triggers=found.triggers
        )

    def tag_lines(self, doc: Document, lines: Sequence[int], found: Sequence[Tag]) -> Iterable[Tag]:
        bylines = {tag.line for tag in found if isinstance(tag.record, Byline)}
        return [
            Tag(i, self.id, remove=remove and not _dated_byline(doc, i), record=credit)
            for i, credit, remove in timestamps.stamps_of_lines(doc.lines, lines, bylines)
        ]


def _dated_byline(doc: Document, line: int) -> bool:
    """Whether the stamp line ``line`` is a dated byline ("Brad Reed January 16, 2015"):
    ``byline-block`` removes it and reads its names, this rule only reads its date."""
    return byline_block.dated_byline(doc.lines, line) is not None


PUBLICATION_DATE = TimestampRule(
    id="publication-date",
    description="Publication and update stamps ('Published 9:47 PM EST, Jan 5, 2025', "
    "'Atualizado há 2 horas') and reading times, read into metadata.published, "
    "metadata.updated and metadata.reading_time.",
    must_remove=(
        "Published 9:47 PM EST, Jan 5, 2025",
        "Veröffentlicht am 16.08.2019",
        "Published on March 3, 2021 at 10:15 am",
        "Publié le 05/01/2025 à 18h42, mis à jour le 06/01/2025 à 09h10",
        "05.01.2025, 18:42 Uhr",
        "Actualizado a las 10:30 del 3 de mayo de 2021",
        "Pubblicato il 12 marzo 2021 alle 18:30",
        "Atualizado há 2 horas",
        "Lesezeit 4 Min.",
    ),
    must_keep=(
        "Updated guidelines were published on 3 March 2021, the ministry said.",
        "Published in 2019, the book sold a million copies.",
        "Erstellt wurde die Studie vom 1. bis 5. Mai 2014.",
        "Le 5 mars 2021, le gouvernement a publié un décret sur les loyers.",
        "El 3 de mayo de 2021 se publicó la ley en el boletín oficial.",
        "Il 12 marzo 2021 è stato pubblicato il decreto.",
        "Termin: 29.02.2020, 19 Uhr",
        "Einsendeschluss: 03.11.2019 (Poststempel)",
        "Em 5 de março de 2021, o governo publicou o decreto.",
    ),
    languages=("en", "de", "fr", "es", "it", "pt", "nl"),
    stage="credit",
)

POST_META = ShapeRule(
    id="post-meta",
    description=(
        "A post's meta line: its date, then its category and a comment link "
        "('January 13, 2020 at 08:45 AM | categories: Python | View Comments')."
    ),
    pattern=(
        rf"(?:\p{{L}}+(?:\s\p{{L}}+)?\s?:\s?)?{_ON}{_WEEKDAY}{_DATE}{_TIME}\s?(?:[|·•]\s?|-\s)?"
        rf"{_CATEGORY}\s?:\s?[^|:]{{1,60}}(?:\s?[|·•]\s?[^|]{{1,40}}){{0,3}}"
    ),
    first_chars=string.digits + string.ascii_letters,  # a date or its label ('News date :')
    triggers=("categor", "catégor", "kategor", "rubri", "secci", "sezione", "secção"),
    max_chars=200,
    must_remove=(
        "January 13, 2020 at 08:45 AM | categories: Python, Mercurial | View Comments",
        "News date : 04/21/2022 Category : Press Releases",
        "13. Januar 2020 um 08:45 | Kategorie: Politik | 3 Kommentare",
        "13 janvier 2020 à 08h45 | Catégorie : Politique",
        "13 de enero de 2020 | Categoría: Política | 2 comentarios",
        "13 gennaio 2020 | Categoria: Politica",
        "13 de janeiro de 2020 | Categoria: Política",
        "13 stycznia 2020 | Kategoria: Polityka",
    ),
    must_keep=(
        "On January 13, 2020 the jury named the category: best novel.",
        "Seit dem 13. Januar 2020 gilt die Kategorie: Schwerbehinderung.",
        "13. Januar 2020: Die Kategorie der Schwerverbrecher wurde neu bestimmt.",
    ),
    languages=_LANGUAGES,
)

RULES = (TIMESTAMP_LINE, POST_META)
"""This family's rules, in the order they run within their stage (``publication-date`` runs
with the credit parsers: see ``rules.credits.RULES``)."""
