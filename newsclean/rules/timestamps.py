"""Lines that are only an update stamp: 'Aktualisiert am 17.01.2021, 10:27'."""

from __future__ import annotations

from newsclean._kinds.structure import ShapeRule

__all__ = ["RULES", "TIMESTAMP_LINE"]

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
        # The story's publication date is kept (a credit parser may read it).
        "Veröffentlicht am 16.08.2019",
        "Published on March 3, 2021 at 10:15 am",
    ),
    languages=_LANGUAGES,
)

RULES = (TIMESTAMP_LINE,)
"""This family's rules, in the order they run within their stage."""
