"""Dates and times as pages print them, read into ISO 8601.

"Jan 5, 2025 4:00 AM EST" → ``2025-01-05T04:00:00-05:00``; "05.01.2025, 18:42 Uhr" →
``2025-01-05T18:42:00``; "5 de enero de 2025" → ``2025-01-05``. A zone is kept as a UTC
offset only where one is printed. Month and weekday names come from the lexicons
(:mod:`newsclean.parsers.lexicon`); every pattern is bounded, so reading is linear.
"""

from __future__ import annotations

import datetime
import re
from functools import lru_cache

import attrs
import regex

import newsclean._pattern_cache as _pattern_cache
from newsclean.parsers.lexicon import every, longest_first, month_numbers

__all__ = [
    "PrintedDate",
    "counted_relative",
    "day_and_time",
    "find_date",
    "may_hold_date",
    "month_day",
    "relative_time",
    "time_after",
    "today_at",
    "worded_relative",
]

_MONTHS = month_numbers()
_MONTH = "|".join(sorted(map(regex.escape, _MONTHS), key=longest_first))
_WEEKDAY = "|".join(sorted(map(regex.escape, every("weekdays")), key=longest_first))
_ZONES = {
    "utc": "+00:00", "gmt": "+00:00", "z": "+00:00", "bst": "+01:00", "cet": "+01:00",
    "mez": "+01:00", "cest": "+02:00", "mesz": "+02:00", "eet": "+02:00", "eest": "+03:00",
    "est": "-05:00", "edt": "-04:00", "cst": "-06:00", "cdt": "-05:00", "mst": "-07:00",
    "mdt": "-06:00", "pst": "-08:00", "pdt": "-07:00", "ist": "+05:30", "jst": "+09:00",
    "aest": "+10:00", "aedt": "+11:00", "brt": "-03:00", "art": "-03:00", "wet": "+00:00",
    "west": "+01:00", "msk": "+03:00", "trt": "+03:00", "pkt": "+05:00", "wib": "+07:00",
    "wita": "+08:00", "wit": "+09:00", "sgt": "+08:00", "hkt": "+08:00", "kst": "+09:00",
}  # fmt: skip
_ZONE = "|".join(sorted(_ZONES, key=longest_first))
# "4:00 AM ET": a US zone without its season, standard offset in hours; capitals only ("et"
# is a word in French)
_US_ZONES = {"ET": -5, "CT": -6, "MT": -7, "PT": -8}
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º|°)?"
# A month's name is any word of 3-12 letters here, looked up in the month table once matched
# (see _day): an alternation of 418 names in every case tried at every word start cost
# more than all the rest of the date pattern.
_MONTH_WORD = r"(?P<month_name>\p{L}{3,12})"
_NAMED_MONTH = rf"{_MONTH_WORD}\.?"
_CJK = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}"
# Every date starts with a digit or with a month name followed by its day: the lookahead
# dismisses the other word starts before the month names are tried (same matches, faster).
_DATE = _pattern_cache.compile(
    # (after a Chinese, Japanese or Korean letter too: "于2025年1月5日")
    rf"(?i)(?<![\p{{L}}\d](?<![{_CJK}]))(?=\d|\p{{L}}+\.?\s+\d)(?:"
    rf"(?P<iso>{_YEAR}-(?P<iso_month>[01]?\d)-(?P<iso_day>[0-3]?\d))(?:T(?=\d))?"
    # year first, as Hungarian and East Asian pages print it: "2024. 03. 05.", "2024/03/05"
    # (month and day of two digits each: "2024.1.5" is a version)
    # and never inside a web address's path ("…/2016/06/28/title")
    rf"|(?<![/.])(?P<ymd>{_YEAR}(?P<ysep>[./])\s?(?P<ymd_month>[01]\d)(?P=ysep)\s?(?P<ymd_day>[0-3]\d))"
    rf"\.?(?![\d/])"
    rf"|(?P<numeric>(?P<first>[0-3]?\d)(?P<sep>[./-])\s?(?P<second>[0-3]?\d)(?P=sep)\s?"
    rf"(?P<nyear>(?:19|20)?\d{{2}}))(?!\d)"
    rf"|{_DAY}\.?\s+(?:de\s+)?{_NAMED_MONTH},?\s+(?:de\s+|del\s+)?{_YEAR}"
    rf"|{_DAY}\.{_MONTH_WORD}\.{_YEAR}"  # "5.jan.2025"
    rf"|{_NAMED_MONTH}\s+{_DAY},?\s+{_YEAR}"
    rf"|{_YEAR}\.\s+{_NAMED_MONTH}\s+{_DAY}(?!\d)\.?"  # "2024. március 5."
    # "2025年1月5日" (Chinese, Japanese), "2025년 1월 5일" (Korean)
    rf"|(?P<ymd>{_YEAR}\s?[年년]\s?(?P<ymd_month>[01]?\d)\s?[月월]\s?(?P<ymd_day>[0-3]?\d)\s?[日일])"
    rf")(?:(?<=[日일])|(?![\p{{L}}]))"
)
_TIME = _pattern_cache.compile(
    # "18:42", "18h42", and with a dot only where a clock word follows: "18.42 Uhr", "10.15am",
    # "10.15 GMT" (British style)
    r"(?i)(?<![\d:])(?P<hour>[0-2]?\d)(?:[:h]|\.(?=\d{2}\s*(?:uhr|[ap]\.?\s?m\b|(?:gmt|bst|utc|cet|cest)\b)))"
    r"(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?"
    rf"(?:\s*(?P<half>[ap])\.?\s?m\.?)?(?:\s*(?:uhr|h))?"
    rf"(?:\s*(?:(?P<zone>{_ZONE})|(?P<us_zone>(?-i:[ECMP]T))|(?P<offset>(?:utc|gmt)?\s?[+-]\s?\d{{1,2}}(?::?\d{{2}})?)))?(?![\p{{L}}\d])"
)
# The units a relative time counts in words ("vor einer Stunde", "an hour ago", "un'ora fa"):
# the recent ones (up to a week), then the longer ones.
_RECENT_UNITS = (
    r"minut[eo]s?|minuten?|stunden?|heures?|horas?|or[ae]|uur|hours?|tag(?:en)?|jours?|d[ií]as?"
    r"|giorn[oi]|dag(?:en)?|days?|wochen?|semaines?|semanas?|settiman[ae]|weken?|weeks?|moment"
    r"|momento|instant"
)
_UNITS = (
    rf"(?:{_RECENT_UNITS}|monat(?:en)?|mois|mes(?:es)?|m[eê]s|mesi?|maand(?:en)?|months?"
    r"|jahr(?:en)?|ans?|años?|anos?|ann[oi]|jaar|years?)"
)


def _worded(units: str) -> str:
    """A relative time with its number in words ("vor einer Stunde", "il y a une heure",
    "hace un día", "há uma hora", "an hour ago", "un'ora fa", "een uur geleden")."""
    return (
        rf"\b(?:vor|il\s+y\s+a|hace|há)\s+(?:einer?|einem|une?|un[ao]|uma?)\s+(?:{units})\b"
        rf"|\b(?:an?|one|un[ao]?|un['’]|een)\s*(?:{units})\s+(?:ago|fa|geleden)\b"
    )


_WORDED = _worded(_UNITS)
# yesterday and today, in the lexicons' main languages
_DAY_WORDS = (
    r"yesterday|today|gestern|heute|hier|aujourd['’]hui|ayer|hoy|ieri|oggi|ontem|hoje"
    r"|gisteren|vandaag"
)
_RELATIVE = _pattern_cache.compile(
    r"(?i)(?:\b(?:vor|il\s+y\s+a|hace|há|ha)\s+\d{1,3}\s+\p{L}{3,12}"
    r"|\b\d{1,3}\s+\p{L}{3,12}\s+(?:ago|fa|geleden)"
    # units cut short: "2h ago", "il y a 2 h", "hace 5 min", "há 3 h"
    r"|\b(?:vor|il\s+y\s+a|hace|há)\s+\d{1,3}\s?(?:h|min|j|d)\b\.?"
    r"|\b\d{1,3}\s?(?:h|hrs?|m|mins?|d|w)\s+(?:ago|fa|geleden)\b"
    rf"|\b(?:{_DAY_WORDS})\b|\bjust\s+now\b)"
)  # with a number or a day word; in words: _WORDED_RELATIVE (searched apart: its units are many)
_WORDED_RELATIVE = _pattern_cache.compile(r"(?i)" + _WORDED)


_WORDED_RECENT = _pattern_cache.compile(r"(?i)" + _worded(_RECENT_UNITS))
_YEAR_OR_NUMERIC = _pattern_cache.compile(r"\d{4}|\d[./-]\s?\d")
_NUMBER_WORD = _pattern_cache.compile(
    r"\d\s+\p{L}{3}|\d\s?\p{L}{1,3}\s+ago|\s\d{1,3}\s?(?:h|min)\b"
)
_RELATIVE_MARKERS = re.compile("ago|vor|hace|há|il y a|fa|geleden")
_DIGIT = _pattern_cache.compile(r"\d")
# What every relative time has, lower case, for a cheap first test: in words (the spaces
# as pages print them: a space or a no-break space) …
_WORDED_HINTS = ("vor", "y a", "y\u00a0a", "hace", "há", "ago", " fa", "\u00a0fa", "geleden")
# … with a number ("ha 2 horas") …
_COUNTED_HINTS = (*_WORDED_HINTS, "ha ", "ha\u00a0")
# … and as a day word.
_RELATIVE_HINTS = (
    *_COUNTED_HINTS,
    *("yesterday", "today", "gestern", "heute", "hier", "aujourd", "ayer", "hoy", "ieri"),
    *("oggi", "ontem", "hoje", "gisteren", "vandaag", "just"),
)
_RELATIVE_WORD = _pattern_cache.compile(
    r"(?i)yesterday|today|gestern|heute|hier|aujourd|ayer|hoy|ieri|oggi|ontem|hoje|gisteren|vandaag|just\s+now"
)
_GAP = _pattern_cache.compile(
    r"(?i)[\s,|/–—@•·-]*(?:(?:at|às|à|um|a\s+las|alle|ore|om|kl\.?|,)(?![\p{L}])\s*)?"
)
_BETWEEN_TIME_AND_DATE = _pattern_cache.compile(
    rf"(?i)[\s,|/–—•·-]*(?:(?:on|am|le|el|il|em|del?|du|vom|do|da)\s+)?(?:(?:{_WEEKDAY})\.?,?\s*)?"
)
_ENGLISH_HINT = _pattern_cache.compile(r"(?i)\b(?:[ap]\.?m\.?|published|updated|posted|on)\b")


@attrs.frozen
class PrintedDate:
    """A date found in a line: where it is (``start``, ``end``) and its ISO 8601 form."""

    start: int
    end: int
    iso: str


@lru_cache(maxsize=4096)
def find_date(text: str, start: int = 0) -> PrintedDate | None:
    """The first date in ``text`` from ``start``, with a time (and zone) printed next to it.

    Results are cached: the byline and timestamp rules ask about the same lines.

    >>> find_date("Published 9:47 PM EST, Jan 5, 2025").iso
    '2025-01-05T21:47:00-05:00'
    >>> find_date("Publié le 05/01/2025 à 18h42").iso
    '2025-01-05T18:42:00'
    >>> find_date("Seite 3 von 12") is None
    True
    """
    if _YEAR_OR_NUMERIC.search(text, start) is None:
        return None  # every date has a year or digits with separators: most lines go here
    english: bool | None = None
    position = start
    # a loop of searches, not finditer: search skips to the pattern's possible starts, at
    # half finditer's cost
    while (match := _DATE.search(text, position)) is not None:
        position = match.end()
        if english is None and match["sep"] == "/":
            english = _ENGLISH_HINT.search(text) is not None
        day = _day(match, english=bool(english))
        if day is None:
            continue
        begin, end = match.start(), match.end()
        time = _TIME.match(text, end + _gap(text, end))
        if time is not None:
            end = time.end()
        else:
            time = _time_before(text, begin, start)
            if time is not None:
                begin = time.start()
        return PrintedDate(begin, end, day + (_clock(time, day) if time is not None else ""))
    return None


_MONTH_DAY = _pattern_cache.compile(
    rf"(?i)(?:(?P<month>{_MONTH})\.?\s+(?P<day>[0-3]?\d)|(?P<day2>[0-3]?\d)\.?\s+(?:de\s+)?"
    rf"(?P<month2>{_MONTH})\.?)(?![\p{{L}}])"
)


def month_day(text: str) -> str | None:
    """A dateline's date in ISO 8601: with a year ``2025-03-05``, without one ``--03-05``.

    >>> month_day("March 3"), month_day("5 de marzo"), month_day("12 GEN")
    ('--03-03', '--03-05', '--01-12')
    """
    full = find_date(text)
    if full is not None:
        return full.iso[:10]
    match = _MONTH_DAY.fullmatch(text.strip(" .,"))
    if match is None:
        return None
    month = _MONTHS[(match["month"] or match["month2"]).casefold()]
    day = int(match["day"] or match["day2"])
    return f"--{month:02d}-{day:02d}" if 1 <= day <= 31 else None


def may_hold_date(text: str) -> bool:
    """A cheap first test: ``text`` has a year, digits with date separators or a relative
    time's number ("2 hours ago": a digit and a word after it)."""
    if _YEAR_OR_NUMERIC.search(text) is not None:
        return True
    folded = text.casefold()
    return _RELATIVE_MARKERS.search(folded) is not None and (_NUMBER_WORD.search(text) is not None)


_DAY_WORD = _pattern_cache.compile(rf"(?i)\b(?:{_DAY_WORDS})\b")
# what joins a day word to its time: "today at 2:32 PM", "aujourd'hui à 14h32", "heute, 14:32"
_TIME_JOIN = _pattern_cache.compile(r"\s*,?\s*(?:(?i:at|à|a\s+las|alle(?:\s+ore)?|às|um|om)\s+)?")


def today_at(text: str) -> bool:
    """Whether ``text`` has a day word with a time right after it ("today at 2:32 PM",
    "aujourd'hui à 14h32", "heute, 14:32 Uhr"): a stamp without a date."""
    return any(time_after(text, day.end()) is not None for day in _DAY_WORD.finditer(text))


_DAY_LINE_REST = _pattern_cache.compile(rf"(?i)\s*(?:uhr|h|hs|hrs|{_ZONE}|[ECMP]T)?\.?\s*$")


def day_and_time(text: str) -> bool:
    """Whether ``text`` is a day word and its time and nothing else ("Gestern, 18:42 Uhr",
    "Today at 2:32 PM", "Hier à 18h42", "Ayer, 18:42", "Ieri alle 18:42", "Ontem às 18h42",
    "Gisteren, 18:42"), as a byline's date line prints it; not a sentence about the day."""
    day = _DAY_WORD.match(text.strip())
    end = None if day is None else time_after(text.strip(), day.end())
    return end is not None and _DAY_LINE_REST.match(text.strip(), end) is not None


def time_after(text: str, position: int) -> int | None:
    """Where a time that follows ``position`` (joined by "at", "à", "um", a comma …) ends in
    ``text``, else ``None``."""
    join = _TIME_JOIN.match(text, position)
    time = _TIME.match(text, join.end() if join else position)
    return None if time is None else time.end()


def counted_relative(text: str) -> tuple[int, int] | None:
    """Where a relative time that counts ("2 hours ago", "vor einer Stunde") sits in
    ``text``; not a day word ("heute", "today": also a story's word)."""
    if not any(map(text.lower().__contains__, _COUNTED_HINTS)):
        return None  # a cheap first test: every counted relative time has one of these
    span = relative_time(text)
    if span is None:
        return None
    found = text[span[0] : span[1]]
    return span if _DIGIT.search(found) or worded_relative(found) else None


def relative_time(text: str) -> tuple[int, int] | None:
    """Where a relative time ("2 hours ago", "vor einer Stunde", "hier") sits in ``text``."""
    if not _relative_hint(text):
        return None  # a cheap first test: every relative time has one of these words
    worded = worded_relative(text)
    if _DIGIT.search(text) is None and not _RELATIVE_WORD.search(text):
        return worded
    match = _RELATIVE.search(text)
    if match is None or (worded is not None and worded[0] < match.start()):
        return worded  # the first of the two
    return match.start(), match.end()


def _worded_hint(text: str) -> bool:
    """Whether ``text`` has what every relative time in words has ("vor", "il y a", "hace",
    "há", "ago", "fa", "geleden"): a few substring tests, cheaper than any pattern."""
    return any(map(text.lower().__contains__, _WORDED_HINTS))


def _relative_hint(text: str) -> bool:
    """Whether ``text`` has a word every relative time :data:`_RELATIVE` reads has (its
    markers, "ha", a day word or "just"): a cheap first test."""
    return any(map(text.lower().__contains__, _RELATIVE_HINTS))


def worded_relative(text: str, *, recent: bool = False) -> tuple[int, int] | None:
    """Where a relative time with its number in words ("vor einer Stunde", "an hour ago",
    "hace un día") sits in ``text``: a count of time units, not a day word ("today");
    with ``recent``, of a week at most ("A year ago" may head a story's part)."""
    if not _worded_hint(text):
        return None  # a cheap first test: most lines have none of these
    match = (_WORDED_RECENT if recent else _WORDED_RELATIVE).search(text)
    return None if match is None else (match.start(), match.end())


def _gap(text: str, end: int) -> int:
    """How many characters of "," "at" "à" "um" "-" "|" "•" separate a date from its time."""
    gap = _GAP.match(text[end : end + 12])
    return 0 if gap is None else gap.end()


def _time_before(text: str, begin: int, start: int) -> regex.Match[str] | None:
    """A time printed before its date ("9:47 PM EST, Jan 5, 2025")."""
    window = max(start, begin - 24)
    for time in _TIME.finditer(text, window, begin):
        between = text[time.end() : begin]
        if _BETWEEN_TIME_AND_DATE.fullmatch(between):
            return time
    return None


def _day(match: regex.Match[str], *, english: bool) -> str | None:
    """The ``YYYY-MM-DD`` of a date match, or ``None`` if it is no real date."""
    if match["iso"]:
        year, month, day = int(match["year"]), int(match["iso_month"]), int(match["iso_day"])
    elif match["ymd"]:
        year, month, day = int(match["year"]), int(match["ymd_month"]), int(match["ymd_day"])
    elif match["numeric"]:
        first, second = int(match["first"]), int(match["second"])
        year = int(match["nyear"])
        if year < 100:
            year += 2000 if year < 70 else 1900
        if match["sep"] != "/" and second > 12 >= first and len(match["nyear"]) == 4:
            month, day = first, second  # 01.21.2020: a US date with dots, no other reading
        elif match["sep"] != "/" or first > 12:
            day, month = first, second  # 05.01.2025, 25/12/2024
        elif second > 12 or english:
            month, day = first, second  # 12/25/2024; 01/05/2025 on an English page
        else:
            day, month = first, second
    else:
        year, day = int(match["year"]), int(match["day"])
        month = _MONTHS.get(match["month_name"].casefold(), 0)  # 0: a word, not a month
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1900 <= year <= 2099):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _clock(time: regex.Match[str], day: str) -> str:
    """``THH:MM:SS`` and the offset, from a time match on ``day`` (``YYYY-MM-DD``)."""
    hour, minute = int(time["hour"]), int(time["minute"])
    second = int(time["second"] or 0)
    half = (time["half"] or "").casefold()
    if half == "p" and hour < 12:
        hour += 12
    elif half == "a" and hour == 12:
        hour = 0
    if hour > 23:
        return ""
    clock = f"T{hour:02d}:{minute:02d}:{second:02d}"
    if time["zone"]:
        return clock + _ZONES[time["zone"].casefold()]
    if time["offset"]:
        return clock + _offset(time["offset"])
    if time["us_zone"]:
        hours = _US_ZONES[time["us_zone"]] + _us_summer_time(day)
        return f"{clock}{hours:+03d}:00"
    return clock


def _us_summer_time(day: str) -> int:
    """1 if US daylight saving time is in force on ``day`` (``YYYY-MM-DD``), else 0: from
    2007 the second Sunday of March to the first of November, before that the first Sunday
    of April to the last of October (the hour of the switch is not told apart)."""
    date = datetime.date.fromisoformat(day)
    if date.year >= 2007:
        begins, ends = _sunday(date.year, 3, 8), _sunday(date.year, 11, 1)
    else:
        begins, ends = _sunday(date.year, 4, 1), _sunday(date.year, 10, 25)
    return int(begins <= date < ends)


def _sunday(year: int, month: int, day: int) -> datetime.date:
    """The first Sunday on or after ``year-month-day``."""
    date = datetime.date(year, month, day)
    return date + datetime.timedelta(days=(6 - date.weekday()) % 7)


def _offset(printed: str) -> str:
    """ "+1", "GMT+0530", "+01:00" → "+01:00" / "+05:30"."""
    sign = "-" if "-" in printed else "+"
    digits = "".join(c for c in printed if c.isdigit())
    hours, minutes = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "00")
    return f"{sign}{int(hours):02d}:{minutes}"
