"""Line keys: the form a line is counted under, and the pattern that matches it again.

A key is the line's :func:`~newsclean._text.phrase_key` (case-folded, whitespace squeezed,
decoration trimmed) with every run of digits written ``0`` and every month name written
``<month>``, so "Updated 3 hours ago" and "Updated 5 hours ago" are one line, and so are
"© 2009 Example" and "© 2010 Example".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import regex

from newsclean._text import SENTENCE_END, phrase_key
from newsclean.parsers.lexicon import longest_first

__all__ = [
    "MONTH",
    "is_date",
    "is_templated",
    "key_pattern",
    "line_key",
    "lines_pattern",
    "reads_as_sentence",
]

MONTH = "<month>"

# Month names and their usual abbreviations, in the languages newsclean reads.
_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "januar",
    "februar",
    "märz",
    "juni",
    "juli",
    "oktober",
    "dezember",
    "jänner",
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "gennaio",
    "febbraio",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "settembre",
    "ottobre",
    "dicembre",
    "janeiro",
    "fevereiro",
    "março",
    "maio",
    "junho",
    "julho",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
    "januari",
    "februari",
    "maart",
    "mei",
    "augustus",
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
]
# a month name as a whole word (only looked for in a line that has a number: a date)
_MONTH_WORD = re.compile(rf"\b(?:{'|'.join(sorted(set(_MONTHS), key=longest_first))})\b\.?")
_CLOCK_OR_DATE = re.compile(r"0:0|0/0/0|0\.0\.0|0-0-0")
# a date line has at most this many words besides its numbers and month names
_DATE_WORDS = 6
_TEMPLATE_WORD = re.compile(r"\W*(?:0|<month>)\W*(?:0\W*)*(?:[ap]\.?m\.?)?")
_DIGITS = re.compile(r"\d+")
_TEMPLATE_PART = re.compile(r"(0|<month>|\s+)")


def line_key(line: str) -> str:
    """The key ``line`` is counted under ('' for a line with nothing but decoration).

    >>> line_key("  Updated 3 hours ago ")
    'updated 0 hours ago'
    >>> line_key("Published March 5, 2015")
    'published <month> 0, 0'
    """
    key = _DIGITS.sub("0", phrase_key(line))
    return _MONTH_WORD.sub(MONTH, key) if "0" in key else key


def is_date(key: str) -> bool:
    """Whether ``key`` is a date or a time with a few words around it ("Published <month> 0, 0")."""
    if "0" not in key or (MONTH not in key and not _CLOCK_OR_DATE.search(key)):
        return False
    words = [word for word in key.split() if not _TEMPLATE_WORD.fullmatch(word)]
    return len(words) <= _DATE_WORDS


def is_templated(key: str) -> bool:
    """Whether ``key`` stands for lines that differ in their digits or month names."""
    return "0" in key or MONTH in key


def key_pattern(key: str) -> str:
    r"""A case-insensitive regex for the text of every line of ``key`` (decoration aside).

    >>> key_pattern("updated 0 hours ago")
    'updated\\s+\\d+\\s+hours\\s+ago'
    """
    parts = []
    for part in _TEMPLATE_PART.split(key):
        if part == "0":
            parts.append(r"\d+")
        elif part == MONTH:
            parts.append(r"\p{L}+\.?")
        elif part.isspace():
            parts.append(r"\s+")
        elif part:
            parts.append(regex.escape(part))
    return "".join(parts)


def lines_pattern(keys: Sequence[str]) -> str:
    """A regex that matches, as a whole stripped line, every line of each of ``keys``."""
    return rf"\W*(?:{'|'.join(key_pattern(key) for key in keys)})\W*"


def reads_as_sentence(line: str, *, min_words: int = 8) -> bool:
    """Whether a stripped line reads as a sentence of story text: enough words, a sentence's end."""
    return line.endswith(SENTENCE_END) and len(line.split()) >= min_words
