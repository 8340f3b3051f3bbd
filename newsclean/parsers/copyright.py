"""Copyright lines: "™ & © 2023 Cable News Network, Inc., … All rights reserved."."""

from __future__ import annotations

import regex

from newsclean._records import Copyright

__all__ = ["parse_copyright"]

_MARK = regex.compile(r"(?i)©|\(c\)(?=\s*\d{4})|\bcopyright\b")
_YEARS = regex.compile(r"\b((?:19|20)\d{2})(?:\s*[-–]\s*((?:19|20)\d{2}))?\b")
_RESERVED = regex.compile(
    r"(?i)\b(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|"
    r"todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados)\b"
)
# Enters a whitespace run only at its start (linear on long space runs).
_PARENT = regex.compile(r",?(?<!\s)\s++(?:[Aa]n?|[Pp]art of)\s+\p{Lu}.*$")
_NOISE = regex.compile(r"(?i)^(?:[™®©\s&]|\(c\)|copyright\b)+")


def parse_copyright(line: str) -> Copyright | None:
    """Year(s) and holder of a copyright line, else ``None``.

    >>> parse_copyright("© 2022 Reuters")
    Copyright(text='© 2022 Reuters', year=2022, holder='Reuters', first_year=None)
    """
    text = line.strip()
    if not text or len(text) > 400:
        return None
    mark = _MARK.search(text)
    if mark is None:
        if _RESERVED.fullmatch(text.rstrip(". ")) is None:
            return None
        return Copyright(text=text)
    rest = text[mark.start() :]
    if mark.start() > 0 and not _NOISE.fullmatch(text[: mark.start()]):
        return None
    years = _YEARS.search(rest)
    year = first = None
    if years is not None:
        first, last = int(years[1]), int(years[2]) if years[2] else None
        year, first = (last, first) if last else (first, None)
        holder_text = (rest[years.end() :] or rest[: years.start()]).strip()
        if not holder_text or _RESERVED.match(holder_text.lstrip(" .,")):
            holder_text = rest[: years.start()]
    else:
        holder_text = rest
    return Copyright(text=text, year=year, holder=_holder(holder_text), first_year=first)


def _holder(text: str) -> str | None:
    reserved = _RESERVED.search(text)
    if reserved is not None:
        text = text[: reserved.start()]
    text = _NOISE.sub("", text.strip())
    text = _PARENT.sub("", text).strip(" .,;:-–—")
    if text.endswith((" Inc", " Ltd", " Co", " Corp", " LLC", " GmbH", " S.A")):
        text += "."
    return text or None
