"""Publication and update stamps and reading-time notes: "Published 9:47 PM EST, Jan 5, 2025".

A line is split at its labels ("Published", "Updated", "Publié le", "mis à jour",
"Actualizado", "Atualizado há" …, from the lexicons); each part that holds a date (or a
relative time such as "2 hours ago") gives a :class:`~newsclean.Published` or
:class:`~newsclean.Updated` credit, a part without a label counting as the publication
date. A line that is nothing else (:func:`is_stamp_line`) can be removed; a labelled stamp
after a separator on a longer line ("By Ana Ruiz | Published: 23.07.2017") is only read.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from functools import lru_cache
from itertools import pairwise

import newsclean._pattern_cache as _pattern_cache
from newsclean._credits import Published, ReadingTime, Timestamp, Updated
from newsclean.parsers.dates import (
    find_date,
    may_hold_date,
    relative_time,
    time_after,
    today_at,
    worded_relative,
)
from newsclean.parsers.lexicon import ParserGate, alternation, every

__all__ = [
    "GATE",
    "in_gate",
    "is_stamp_line",
    "parse_timestamps",
    "read_stamp_line",
    "stamps_in",
    "stamps_of_lines",
]

MAX_STAMP = 160
MAX_WORDED = 50
"""Longest stamp line read whose relative time counts in words ("vor einer Stunde")."""
STAMP_CACHE = 256
"""How many lines' results :func:`read_stamp_line` keeps (a document's stamp lines, not a corpus's)."""
_SENTENCE = (".", "!", "?", "…", ":")
_PROSE_WORDS = 2
"""Lower-case words before a date that make the line a phrase, not a stamp heading it."""


_UPDATED = every("updated")
_PUBLISHED = every("published")
_LABEL = _pattern_cache.compile(
    # a label starts a word, or follows a time's zone it is glued to ("4:32 PM GMTUpdated")
    rf"(?i)(?:(?<![\p{{L}}])|(?<=(?-i:AM|PM|GMT|UTC|EST|EDT|CST|CDT|PST|PDT|CET|CEST|BST|ET)))"
    rf"(?:(?P<updated>{alternation(_UPDATED)})|(?P<published>"
    rf"{alternation(_PUBLISHED)}))(?![\p{{L}}])\s*(?::|\s+(?:on|am|le|el|il|em|at|um|de|a|à|"
    r"às|o|op|vom|du|del|do|da|il\s+y\s+a)(?![\p{L}]))?"
)
# What every label of _LABEL contains: a substring test before the pattern runs.
# the first letters of every label, in one pattern: a cheap test before _LABEL
_LABEL_STEMS = re.compile(
    "|".join(sorted({re.escape(w.split()[0][:5]) for w in (*_UPDATED, *_PUBLISHED)}))
)
_SEPARATOR = _pattern_cache.compile(r"(?:^|[|·•/,–—-]|\s-\s)\s*$")
_FILLER = frozenset(
    (
        *every("weekdays"),
        *[
            "on",
            "am",
            "um",
            "le",
            "el",
            "il",
            "em",
            "at",
            "de",
            "a",
            "à",
            "às",
            "o",
            "op",
            "vom",
            "du",
            "del",
            "do",
            "da",
            "uhr",
            "h",
            "hs",
            "hrs",
            "et",
            "|",
            "·",
            "•",
            "/",
            "-",
            "–",
            "—",
        ],
        *["et", "est", "cet", "cest", "mez", "mesz", "utc", "gmt"],
    )
)
_READING = _pattern_cache.compile(
    rf"(?i)(?:(?:{alternation(every('reading'))}|reading\s+time|read\s+time)\s*:?\s*)?"
    r"(?P<minutes>\d{1,3})\s*(?:-\s*\d{1,3}\s*)?(?:min(?:ute)?s?\.?|minuten|minutos|minuti|minutes)"
    rf"(?:\s*(?:de\s+|di\s+)?(?:{alternation(every('reading'))}|read))?"
)
_MINUTES = _pattern_cache.compile(r"(?i)min")  # what every reading time's unit starts with
_READING_WORD = _pattern_cache.compile(
    rf"(?i){alternation(every('reading'))}|\bread\b|reading\s+time"
)
_ARTICLE_STARTS = frozenset(("am ", "le ", "el ", "il "))  # before a date: "am 4. Februar 2022"
# how a sentence that opens with its date starts: "On May 3, 2021 by train."
_SENTENCE_STARTS = _ARTICLE_STARTS | {"on ", "in ", "im ", "en ", "em ", "no ", "op "}
# "D. Month YYYY" after other words: "Hamburg, 2. November 2021", "Madrid, 5 de enero de
# 2025" (names of four letters or more, and "mai": a shorter one is part of too many words,
# unless a dot follows it: "Ana Ruiz, 21. Jan. 2015")
_LONG_MONTHS = (*(m for m in every("months") if len(m) >= 4), "mai")  # also May in fr, de
# The gate passes a line with one of these names (what the scan finds a trigger by anyway:
# its longest piece); _month_year then asks for the year after it.
# A short month after its day after other words ("Madrid - 05 mar 2024") is not gated: found
# by the month between spaces, it takes the scan some 2,700 anchors (one per whitespace
# character on either side), +7% start-up; alone, "mar" and "out" are parts of too many words.
_MONTH_TRIGGERS = (*_LONG_MONTHS, *(f"{month}." for month in every("months")))
_LONG_MONTH_WORDS = frozenset(_LONG_MONTHS)
_SHORT_MONTH_WORDS = frozenset(m for m in every("months") if len(m) < 4)
_MONTH_WORDS = frozenset(every("months"))
# How a relative time with its number in words starts where no word before it says so:
# "an hour ago", "un'ora fa", "een dag geleden" ("vor einer Stunde" starts with "vor ").
_WORDED_STARTS = (
    *(f"{count} {unit}" for count in ("a", "an", "one") for unit in ("minute", "hour", "day")),
    *(f"{count} {unit}" for count in ("a", "one") for unit in ("week", "month", "year")),
    *("un'ora", "un’ora", "un minuto", "un giorno", "una settimana", "un mese", "un anno"),
    *("een minuut", "een uur", "een dag", "een week", "een maand", "een jaar"),
)
GATE = ParserGate(
    max_chars=MAX_STAMP,
    words=tuple(
        sorted(
            {w for w in (*_UPDATED, *_PUBLISHED) if " " not in w}
            | set(every("months"))
            | set(every("weekdays"))
        )
    ),
    starts=tuple(
        sorted(
            {w for w in (*_UPDATED, *_PUBLISHED) if " " in w}
            | set("0123456789")
            | {"vor ", "il y a", "hace ", "há "}
            | set(_WORDED_STARTS)
            # a date after its article or preposition: "am 4. Februar 2022 um 11:23",
            # "Le 5 janvier 2025 à 18h42", "El 5 de enero de 2025"
            | {f"{word}{digit}" for word in _ARTICLE_STARTS for digit in "0123456789"}
        )
    ),
    # a year after a space or a date separator: "Bonn, 11.10.2021", "Ana Ruiz 19.10.2019"
    triggers=(
        *(w for w in every("reading")),
        *("min read", "reading time"),
        *(f"{mark}{century}" for mark in "./" for century in ("19", "20")),
        # "Month D, YYYY" after other words: "CBS News February 24, 2020, 7:57 AM"
        *(f", {century}" for century in ("19", "20")),
        *_MONTH_TRIGGERS,
    ),
)
"""The lines :func:`parse_timestamps` may read a credit from."""
_GATE_WORDS = frozenset(GATE.words)
# the other triggers as literals (the month triggers come last: _month_year checks them);
# the standard engine searches an alternation of literals four times faster than regex
_TRIGGER = re.compile("|".join(re.escape(t) for t in GATE.triggers[: -len(_MONTH_TRIGGERS)]))
_DIGIT = _pattern_cache.compile(r"\d")
_BY_WORD = _pattern_cache.compile(r"(?i)(?:by|von|par|por|di|door)\s")
_NOTES = frozenset(("update", "edit", "correction", "nachtrag", "ergänzung", "korrektur"))
_BRACKETED = _pattern_cache.compile(
    r"\([^()\d]{1,40}\)"
)  # "(AP)", "(@ana)"; not "(Update: 6.10.2023)"
_NAME_ON = _pattern_cache.compile(r"(?P<name>[^\W\d]\S*(?:\s\S+)?)\s+on\s")  # "Neurobonkers on …"
_LEAD = _pattern_cache.compile(
    r"[^\W_]+"
)  # a gate word ends where a letter, digit or "_" no longer follows
_DECORATION = " \t\u00a0\u2009\u202f:.!?…↓↑→←»«›‹|/\\-–—•·*#>+()[]{}\"'“”‘’"


def parse_timestamps(line: str) -> tuple[Published | Updated | ReadingTime, ...]:
    """The publication date, update date and reading time a stamp line prints.

    >>> tuple(c.iso for c in parse_timestamps("Publié le 05/01/2025 à 18h42, mis à jour le 06/01/2025"))
    ('2025-01-05T18:42:00', '2025-01-06')
    >>> parse_timestamps("Updated 2 hours ago")
    (Updated(text='Updated 2 hours ago', iso=None),)
    >>> parse_timestamps("Updated guidelines were published on 3 March 2021, the ministry said.")
    ()
    """
    return read_stamp_line(line)[0]


@lru_cache(maxsize=STAMP_CACHE)
def read_stamp_line(line: str) -> tuple[tuple[Published | Updated | ReadingTime, ...], bool]:
    """:func:`parse_timestamps` of ``line`` and whether the line is nothing but them.

    The last :data:`STAMP_CACHE` results are kept: the timestamp and byline rules ask about
    the same lines of a document, one after the other.
    """
    text = line.strip()
    if not text or len(text) > MAX_STAMP:
        return (), False
    if _DIGIT.search(text) is None:
        return _worded(text)  # most stamps have a digit: "vor einer Stunde" has none
    dated = may_hold_date(text) or today_at(text)
    if not dated:
        clock = _label_clock(text)
        if clock is not None:
            return (clock,), True
    if not dated and _MINUTES.search(text) is None:
        return (), False  # neither a date nor a reading time: most numbered lines go here
    if not in_gate(text):
        return (), False
    reading = _reading(text)
    if reading is not None:
        return (reading,), True
    if not dated:
        return (), False
    stamps, leftover = _read(text)
    if not stamps:
        return (), False
    if leftover and text.endswith(_SENTENCE) and text[:3].casefold() in _SENTENCE_STARTS:
        return (), False  # "Le 3 mai 2021 par avion.": a sentence that opens with its date
    if leftover <= 2:
        return tuple(stamps), not _credited(text)
    if _heads(text, stamps[0]) and len(text) <= 120 and not text.endswith(_SENTENCE):
        return (stamps[0],), False  # "02.02.2022 • Verband, Presse": a date heading its categories
    return tuple(s for s in stamps if _labelled_after_separator(text, s)), False


def _label_clock(text: str) -> Published | Updated | None:
    """A label and a time of day and nothing else ("Updated 6:42 PM ET", "Aktualisiert um
    18:42 Uhr", "Actualizado a las 18:42"): a stamp of an unnamed day, kept as text."""
    label = _LABEL.match(text)
    if label is None:
        return None
    end = time_after(text, label.end())
    if end is None or text[end:].strip(" ."):
        return None
    kind: type[Timestamp] = Updated if label["updated"] is not None else Published
    return kind(text=text, iso=None)  # type: ignore[return-value]


def _worded(text: str) -> tuple[tuple[Published | Updated | ReadingTime, ...], bool]:
    """A stamp line whose relative time counts in words ("Publiziert vor einer Stunde", "an
    hour ago", "Actualizado hace un día"): the whole line, a label and the time, nothing else
    (a sentence that opens with one, "Vor einer Woche hatte der Rat …", is story text).
    Without a label, a week at most: "A year ago", "Vor einem Jahr" may head a story's part."""
    if len(text) > MAX_WORDED or worded_relative(text) is None or not in_gate(text):
        return (), False
    stamps, leftover = _read(text)
    if not stamps or leftover:
        return (), False
    if not _LABEL_STEMS.search(text.casefold()) and worded_relative(text, recent=True) is None:
        return (), False
    return tuple(stamps), True


def in_gate(text: str) -> bool:
    """Whether ``text`` passes :data:`GATE` (the rule's scan hands over no other line)."""
    if text.lstrip(_DECORATION)[:1].isdigit():
        return True  # a digit first: so it is in the folded text below (most stamps)
    folded = " ".join(text.casefold().split())
    head = folded.lstrip(_DECORATION)
    lead = _LEAD.match(head)
    return (
        head[:1].isdigit()
        or (lead is not None and lead[0] in _GATE_WORDS)
        or head.startswith(GATE.starts)
        or _TRIGGER.search(folded) is not None
        or _month_year(folded)
    )


def _month_year(folded: str) -> bool:
    """Whether the folded line has a month's name and then a year: "november 2021", "enero
    de 2025", "jan. 2015" (a name of four letters or more, or any with its dot), "05 mar
    2024" (a short one after its day)."""
    for century in (" 19", " 20"):
        at = folded.find(century)
        while at > 0:
            words = folded[max(0, at - 24) : at].split(" ")
            if words[-1] in ("de", "del") and len(words) > 1:
                if words[-2] in _LONG_MONTH_WORDS:
                    return True
            elif words[-1] in _LONG_MONTH_WORDS or (
                words[-1][-1:] == "." and words[-1][:-1] in _MONTH_WORDS
            ):
                return True
            elif (
                words[-1] in _SHORT_MONTH_WORDS
                and len(words) > 1
                and words[-2].rstrip(".").isdigit()
            ):
                return True  # "05 mar 2024": a short month after its day
            at = folded.find(century, at + 1)
    return False


def stamps_in(line: str) -> tuple[Published | Updated, ...]:
    """Every stamp of ``line`` whatever else it holds: for a byline line ("Von Ann Lee |
    Oct 24, 2023"), where the date belongs to the credit."""
    text = line.strip()
    if not text or len(text) > MAX_STAMP:
        return ()
    return tuple(_read(text)[0])


def stamps_of_lines(
    lines: Sequence[str], candidates: Iterable[int], bylines: Collection[int]
) -> list[tuple[int, Published | Updated | ReadingTime, bool]]:
    """The stamps of the ``candidates`` and of the ``bylines`` (lines a byline rule parsed),
    in line order: ``(line, stamp, whether the line goes)``. A line that is nothing but
    stamps goes; a byline's stamps stay with it ("Von Ann Lee | Oct 24, 2023"): the byline's
    rule removes the line."""
    found: list[tuple[int, Published | Updated | ReadingTime, bool]] = []
    for i in sorted({*bylines, *candidates}):
        line = lines[i]
        if i in bylines:
            found.extend((i, stamp, False) for stamp in stamps_in(line))
            continue
        credits, remove = read_stamp_line(line)
        found.extend((i, credit, remove) for credit in credits)
    return found


def is_stamp_line(line: str) -> bool:
    """Whether ``line`` holds stamps (or a reading time) and at most two other words."""
    return read_stamp_line(line)[1]


def _reading(text: str) -> ReadingTime | None:
    """A reading-time note that is the whole line ("6 min read", "Lesezeit: 4 Minuten")."""
    match = _READING.fullmatch(text.rstrip(". "))
    if match is None or _READING_WORD.search(text) is None:
        return None
    return ReadingTime(text=text, minutes=int(match["minutes"]))


_CJK_LETTER = _pattern_cache.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")


def _read(text: str) -> tuple[list[Published | Updated], int]:
    """The stamps of ``text`` and how many words it has besides them and their labels
    (counted only when it has a stamp: without one, no caller asks)."""
    labels = list(_LABEL.finditer(text)) if _LABEL_STEMS.search(text.casefold()) else []
    stamps: list[Published | Updated] = []
    rest: list[str] = []  # the text outside stamps and labels, its words counted at the end
    cuts = [0, *(m.start() for m in labels), len(text)]
    for number, (start, end) in enumerate(pairwise(cuts)):
        label = labels[number - 1] if number else None  # each label starts a piece
        body_start = label.end() if label is not None else start
        body = text[body_start:end]
        date = find_date(body)
        if date is not None and label is None and body[: date.start].rstrip().endswith(":"):
            date = None  # "Termin: 29.02.2020", "Einsendeschluss: 03.11.2019": another label's date
        if date is not None:
            span = (date.start, date.end)
            iso: str | None = date.iso
        else:
            relative = relative_time(body)
            if (
                relative is not None
                and label is None
                and not any(map(str.isdigit, body))
                and worded_relative(body) is None
            ):
                relative = None  # a lone "Today" is a widget, not a stamp
            if relative is None:
                rest.append(body)
                continue
            # "today at 2:32 PM": the time belongs to the day word
            span, iso = (relative[0], time_after(body, relative[1]) or relative[1]), None
        rest.append(body[: span[0]])
        rest.append(body[span[1] :])
        kind: type[Timestamp] = (
            Updated if label is not None and label["updated"] is not None else Published
        )
        if kind is Published and any(isinstance(s, Published) for s in stamps):
            continue  # a second undated-label date: keep the first
        printed = text[start : body_start + span[1]].strip(" ,;|·•/–—-*+")
        stamps.append(kind(text=printed, iso=iso))  # type: ignore[arg-type]
    return stamps, sum(map(_words, rest)) if stamps else 0


def _credited(text: str) -> bool:
    """Whether the words beside a line's stamp make it more than the stamp: a credit, a
    by-word ("by oz on May 4, 2006") or "NAME on DATE" ("Neurobonkers on November 8, 2012"),
    a word in parentheses ("— Ana (@ana) May 5, 2022" signs an embedded post, "PHILADELPHIA
    July 24, 2012 (AP)" is a dateline), or an editor's note heading the text below it
    ("UPDATE October 30, 2012 at 10:20")."""
    if _BY_WORD.match(text) is not None or ("(" in text and _BRACKETED.search(text)):
        return True
    if text.split(None, 1)[0].casefold().rstrip(":") in _NOTES:
        return True
    found = _NAME_ON.match(text)
    return found is not None and _LABEL.fullmatch(found["name"]) is None


def _heads(text: str, stamp: Timestamp) -> bool:
    """Whether ``stamp`` opens ``text``, the words before its date (if any) a heading, a name
    or a relative time ("Gunter Frank / 22.04.2020 / Foto: …", "2 seconds ago 2010-02-09…"),
    not a phrase ("A post shared by Ana (@ana) on Jun 16, 2019 at 7:30am PDT" is a caption)."""
    if not text.startswith(stamp.text):
        return False
    date = find_date(stamp.text)
    before = stamp.text[: date.start] if date is not None else ""
    prose = sum(1 for w in before.split() if w.isalpha() and w.islower() and w not in _FILLER)
    return prose < _PROSE_WORDS or relative_time(before) is not None


def _words(text: str) -> int:
    """How many words ``text`` has besides fillers; Chinese, Japanese and Korean text, written
    without spaces, counts a word for every two of its letters ("，正式加盟环球音乐" is a clause)."""
    count = 0
    for w in text.split():
        if w.casefold().strip(".,:;()") in _FILLER or not any(map(str.isalnum, w)):
            continue
        letters = 0 if w.isascii() else len(_CJK_LETTER.findall(w))
        count += max(1, letters // 2) if letters else 1
    return count


def _labelled_after_separator(text: str, stamp: Timestamp) -> bool:
    """Whether ``stamp`` starts with its label right after a separator or at the line start."""
    at = text.find(stamp.text)
    return (
        at >= 0
        and _LABEL.match(stamp.text) is not None
        and _SEPARATOR.search(text[:at]) is not None
        and not text.rstrip().endswith((".", "!", "?"))
    )
