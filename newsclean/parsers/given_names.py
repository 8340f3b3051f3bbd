"""Given names: the person data of the Faker package and the well-attested names of
nomquamgender's name data (both MIT), as a set.

A line printed without a by-word is read as a byline only when its names start with a
known given name ("Ana Ruiz", not "Vorheriger Beitrag"). The ~61,000 case-folded names
are read once, on first use, from ``given_names.txt`` next to this module (written by
``tools/given_names.py``; reading it takes milliseconds, importing Faker's locales took
half a second).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib.resources import files

__all__ = ["given_names", "starts_with_given_name"]


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Every given name of the list, case-folded."""
    listed = files("newsclean.parsers").joinpath("given_names.txt").read_text(encoding="utf-8")
    start = 0
    while listed.startswith("#", start):  # the header's comment lines
        start = listed.index("\n", start) + 1
    return frozenset(listed[start:].split("\n")) - {""}  # one C-level pass: 60,000 names


def starts_with_given_name(name: str) -> bool:
    """Whether the first word of ``name`` (or its first part, "Jan-Erik") is a given name.

    >>> starts_with_given_name("Ana Ruiz"), starts_with_given_name("Vorheriger Beitrag")
    (True, False)
    >>> starts_with_given_name("Nuño Domínguez")  # listed without its accent
    True
    """
    words = name.split(None, 1)
    if not words:
        return False
    first = words[0].casefold().rstrip(".,")
    known = given_names()
    if first in known or (not first.isascii() and _unaccented(first) in known):
        return True  # "Nuño" as "nuno": the list spells some names without their accents
    return "-" in first and all(part in known for part in first.split("-"))


@lru_cache(maxsize=4096)
def _unaccented(word: str) -> str:
    """``word`` without its combining accents ("nuño" → "nuno")."""
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))
