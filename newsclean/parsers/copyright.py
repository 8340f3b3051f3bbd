"""Copyright lines: "™ & © 2023 Cable News Network, Inc., … All rights reserved."."""

from __future__ import annotations

import newsclean._pattern_cache as _pattern_cache
from newsclean._credits import Copyright
from newsclean.parsers.agencies import find_agency

__all__ = ["parse_copyright"]

MAX_COPYRIGHT = 400
MAX_HOLDER = 80

_MARK = _pattern_cache.compile(r"(?i)©|\(c\)(?=\s*(?:\d{4}|\p{Lu}))|\bcopyright\b")
_YEARS = _pattern_cache.compile(r"(?<!\d)((?:19|20)\d{2})(?:\s*[-–—/]\s*((?:19|20)\d{2}))?(?!\d)")
_RESERVED = _pattern_cache.compile(
    r"(?i)\b(?:all\s+rights\s+reserved|alle\s+rechte\s+vorbehalten|tous\s+droits\s+réservés|"
    r"todos\s+los\s+derechos\s+reservados|tutti\s+i\s+diritti\s+riservati|"
    r"todos\s+(?:os\s+)?direitos\s+reservados|riproduzione\s+riservata|"
    r"derechos\s+reservados|droits\s+de\s+reproduction\s+réservés)\b"
)
_RESERVED_TO = _pattern_cache.compile(r"(?i)reservados\s+(?:a|à|para)\s+(.+)$")
# After the word "Copyright": a year, a symbol, or a capitalised holder ("Copyright The AP").
_NOTICE_START = _pattern_cache.compile(r"\s*+(?:[:©]|\([cC]\)|(?:19|20)\d{2}\b|\p{Lu}|\d)")
_PREFIX = _pattern_cache.compile(r"[\p{L}\s:]{0,25}")  # "Foto: ©", "Content ©"
_NOISE = _pattern_cache.compile(r"(?i)^(?:[™®©\s&.,:]|\(c\)|copyright\b|by\s)+")
# Whitespace runs are entered only at their start and never given back (possessive), so a
# long run of spaces costs linear time (it cost quadratic: ~8 ms for one 390-character line).
_PARENT = _pattern_cache.compile(
    r",?(?<!\s)\s++(?:(?:[Aa]n?|[Pp]art\s+of|[Uu]ne?|[Ee]ine?|[Uu]na?)\s+\p{Lu}|or\s+its\s|and\s+its\s).*$"
)
_LEGAL = r"(?:Inc|Limited|LLC|L\.L\.C|Ltd|S\.?A|S\.?L|S/A|GmbH|AG|KG|Co|Corp|N\.?V|B\.?V|S\.p\.A|plc|PLC)"
_ABBREVIATION = _pattern_cache.compile(r"(?:\b(?:Inc|Co|Ltd|Corp|Bros|Jr)|\b\p{Lu}|\.\p{Lu})\.$")
_LEGAL_TAIL = _pattern_cache.compile(
    rf",?\s+(?:{_LEGAL}|L\.?P)\.?$"
)  # "Bloomberg L.P." is Bloomberg
# "©2025 Los Angeles Times. … Distributed by Tribune Content Agency, LLC.": the syndicate
_DISTRIBUTED = _pattern_cache.compile(
    r"(?i)\bdistributed\s+by\s+(?P<by>[^.]{2,60}?(?:,?\s+\p{L}{2,4}\.)?)\s*$"
)
_COMMA_CUT = _pattern_cache.compile(rf",(?!\s*{_LEGAL}\b)")
_SENTENCE_CUT = _pattern_cache.compile(
    rf"(?<!\b{_LEGAL}|\b\p{{Lu}}|Bros)\.\s++(?=\S)|(?<!\s)\s++[|–—-]\s+"
)


def parse_copyright(line: str) -> Copyright | None:
    """Year(s) and holder of a copyright line, else ``None``.

    The holder is the legal name without a parent-company tail; for a range of years,
    ``year`` is the latest and ``first_year`` the first.

    >>> parse_copyright("© 2022 Reuters")
    Copyright(text='© 2022 Reuters', year=2022, holder='Reuters', first_year=None, agency='Reuters')
    >>> parse_copyright("Copyright © 2019-2024 Gannett Co., Inc.").first_year
    2019
    >>> parse_copyright("The lawsuit alleges copyright infringement.") is None
    True
    """
    text = line.strip()
    if not text or len(text) > MAX_COPYRIGHT:
        return None
    mark = _MARK.search(text)
    if mark is None:
        reserved = _RESERVED.search(text)
        if reserved is None or reserved.start() > 0:
            return None
        return Copyright(text=text, holder=_reserved_to(text))
    if mark.start() > 0 and not _allowed_prefix(text[: mark.start()], mark[0]):
        return None
    rest = text[mark.end() :]
    if mark[0].isalpha() and not _NOTICE_START.match(rest):
        return None  # "Copyright law changed in 2019" is a sentence, not a notice
    years = _YEARS.search(rest)
    symbol = "©" in text
    if years is None and not symbol and _RESERVED.search(text) is None:
        return None  # "Copyright infringement is …" is a sentence, not a notice
    year = first = None
    if years is not None:
        first, last = int(years[1]), int(years[2]) if years[2] else None
        year, first = (last, first) if last else (first, None)
        holder = _holder(rest[years.end() :]) or _holder(rest[: years.start()])
    else:
        holder = _holder(rest)
    holder = holder or _reserved_to(text)
    if holder is not None and (len(holder) > MAX_HOLDER or len(holder.split()) > 10):
        return None
    sentence_like = mark[0] == "(" or (holder is not None and holder[:1].islower())
    if mark.start() > 0 and sentence_like and not _is_label(text[: mark.start()]):
        return None  # "Calvin Klein (c) 2019 campaign launched …" is a sentence
    agency = (find_agency(holder) or find_agency(_LEGAL_TAIL.sub("", holder))) if holder else None
    distributed = _DISTRIBUTED.search(text) if agency is None else None
    if distributed is not None:
        agency = find_agency(_LEGAL_TAIL.sub("", distributed["by"]))
    return Copyright(text=text, year=year, holder=holder, first_year=first, agency=agency)


def _allowed_prefix(prefix: str, mark: str) -> bool:
    """Whether ``prefix`` may stand before the mark: "™ &", "Foto:", "Alle Rechte vorbehalten."."""
    if _is_label(prefix):
        return True
    return mark != "" and not mark.isalpha() and _PREFIX.fullmatch(prefix) is not None


def _is_label(prefix: str) -> bool:
    """Whether ``prefix`` is decoration, a label or a rights notice, not the start of a sentence."""
    if _NOISE.fullmatch(prefix) or _RESERVED.fullmatch(prefix.strip(" .,;|-–—")):
        return True
    return prefix.rstrip().endswith(":")


def _holder(text: str) -> str | None:
    reserved = _RESERVED.search(text)
    if reserved is not None:
        text = text[: reserved.start()]
    text = _NOISE.sub("", text.strip())
    text = _PARENT.sub("", text)
    text = _SENTENCE_CUT.split(text, maxsplit=1)[0]
    text = _cut_trailing_comma(text).strip(" ,;:-–—")
    if text.endswith(".") and not _ABBREVIATION.search(text):
        text = text.rstrip(". ")
    if not text or not any(c.isalpha() for c in text):
        return None
    return text


def _cut_trailing_comma(text: str) -> str:
    cut = _COMMA_CUT.search(text)
    return text if cut is None else text[: cut.start()]


def _reserved_to(text: str) -> str | None:
    """ "Todos os direitos reservados à Editora Globo S/A." → the holder after "reservados a"."""
    match = _RESERVED_TO.search(text)
    return _holder(match[1]) if match else None
