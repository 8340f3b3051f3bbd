"""Author boxes: a name alone on its line, then a link to that author's other articles or
a bio that starts with the name.

Pages that print no byline near the headline often credit the author in a box above or
below the story: the name, perhaps a role, then a link that names the author again
("Martin Junker" / "Alles von Martin Junker", "Ana Ruiz" / "Senior Reporter" / "More from
Ana Ruiz", "Marie Dubois" / "Tous les articles de Marie Dubois"), or a bio whose first words
are the name and a job in journalism ("Naomi Klein" / "Naomi Klein is the author of …",
"Ana García" / "Ana García escribe sobre …"). The name printed twice is the evidence a name
line lacks; the bio must say the person writes, so that a box about the person a story is
about ("Anna Schmidt" / "Anna Schmidt ist seit 2021 Ministerin") is not read. A page with
boxes for two people or more is a list of people (a team page, a gallery) and gives none.

:func:`box_lines` finds the link and bio lines with one RE2 scan of the page's case-folded
text (which the rules' gates made already), so a page without a box costs a few
microseconds.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

import regex

import newsclean._pattern_cache as _pattern_cache
from newsclean._credits import Author, Byline
from newsclean.parsers._names import classify, is_role, person_name, word_set
from newsclean.parsers.given_names import starts_with_given_name

__all__ = ["author_box", "box_lines", "names_author"]

MAX_LINK = 80
"""Longest link read (a bio's last sentence may come before it on its line)."""
MAX_LINE = 120
"""Longest line with a link read."""
MAX_BIO = 400
"""Longest bio line read."""
MAX_TAIL = 20
"""Most characters after the name on a link line ("Mehr von Ana Ruiz lesen")."""
NAME_REACH = 4
"""How many lines with text above a link line the name may be on (a role, a photo between)."""

# What an author's link says before the name (case-folded, a space after each).
_LINKS = (
    *("more from ", "more by ", "all posts by ", "view all posts by ", "more articles by "),
    *("more stories by ", "all articles by ", "all stories by ", "see all articles by "),
    *("other articles by ", "read more from ", "see more from "),
    *("alles von ", "mehr von ", "alle artikel von ", "alle beiträge von "),
    *("weitere artikel von ", "weitere beiträge von ", "mehr artikel von ", "mehr beiträge von "),
    *("zum profil von ", "alle texte von ", "weitere texte von "),
    *("tous les articles de ", "plus d'articles de ", "plus d’articles de "),
    *("autres articles de ", "voir les articles de ", "voir tous les articles de "),
    *("más artículos de ", "todos los artículos de ", "otros artículos de "),
    *("ver artículos de ", "ver todos los artículos de ", "más noticias de "),
    *("altri articoli di ", "tutti gli articoli di ", "vedi tutti gli articoli di "),
    *("mais artigos de ", "todos os artigos de ", "outros artigos de ", "ver artigos de "),
    *("meer van ", "meer artikelen van ", "alle artikelen van "),
    *("więcej artykułów autora ", "wszystkie artykuły autora "),
)
_LINK = _pattern_cache.compile(
    "(?i)" + "|".join(regex.escape(link) for link in sorted(_LINKS, key=len, reverse=True))
)
# How a bio goes on after the name: a verb of writing ("writes about", "schreibt über",
# "escribe"), or a copula and, a few words on, a job in journalism ("is a senior writer").
_WRITES = word_set(
    """writes wrote covers reports blogs schreibt schrieb berichtet bloggt écrit couvre
    escribe cubre scrive escreve cobre schrijft pisze"""
)
_IS = word_set("is was ist war est était es era è é foi jest")
ROLE_REACH = 6
"""How many words after a bio's copula may name the job ("is a senior writer for …")."""
# A link anywhere on a line, or a line that starts with two or three words and a bio's verb.
_BOX_PATTERN = (
    "|".join(regex.escape(link).replace("\\ ", "[ \t]+") for link in _LINKS)
    + r"|\n[ \t*•+-]*(?:[\pL\pM'’.-]+[ ]){2,3}(?:"
    + "|".join(sorted(_WRITES | _IS))
    + ")[ ]"
)


@lru_cache(maxsize=1)
def _box_scanner() -> Any:
    """:data:`_BOX_PATTERN` compiled by RE2 for UTF-8 bytes, as the gates scan (a lone
    surrogate passes, encoded as it is); RE2 is imported on first use, not at start-up."""
    import re2  # type: ignore[import-untyped]

    options = re2.Options()
    options.log_errors = False
    return re2.compile(_BOX_PATTERN.encode(), options)


_EDGE = " \t*•+-–—>»|:"


def box_lines(folded: str, end: int) -> list[int]:
    """The lines above line ``end`` that may end an author box (an author's link, a line
    that starts like a bio), from the document's case-folded text ``folded``
    (``Document.folded``: line ``i`` is its line ``i + 1``)."""
    found: list[int] = []
    data = folded.encode("utf-8", "surrogatepass")
    index, counted = -1, 0
    for match in _box_scanner().finditer(data):
        at = match.start() + (data[match.start() : match.start() + 1] == b"\n")
        index += data.count(b"\n", counted, at)
        counted = at
        if index >= end:
            break
        if not found or found[-1] != index:
            found.append(index)
    return found


def author_box(lines: Sequence[str], links: Iterable[int]) -> tuple[Byline, tuple[int, ...]] | None:
    """The byline of the one author box whose link or bio is on one of the lines ``links``
    (in order), and the line of its name; ``None`` if there is none, or boxes for several
    people."""
    found: tuple[Byline, tuple[int, ...]] | None = None
    for index in links:
        name = names_author(lines[index]) or _bio_name(lines, index)
        if name is None:
            continue
        above = _name_above(lines, index, name)
        if above is None:
            continue
        if found is not None and found[0].authors[0].name != name:
            return None  # boxes for two people: a list of people
        if found is None:
            found = Byline(text=lines[above].strip(), authors=(Author(name),)), (above,)
    return found


def names_author(line: str) -> str | None:
    """The name an author's link names, the link alone on its line or after a bio's last
    sentence ("Alles von Martin Junker", "… in Montreal. View all posts by Daniel Lemire")."""
    text = line.strip(_EDGE)
    if len(text) > MAX_LINE:
        return None
    link = _LINK.search(text)  # one search: most candidate lines are the byline rule's
    if link is None:
        return None
    if link.start() and not text[: link.start()].rstrip().endswith((".", "!", "|")):
        return None
    rest = text[link.end() :].strip(_EDGE)
    if len(rest) > MAX_LINK:
        return None
    for end in range(len(rest), max(0, len(rest) - MAX_TAIL) - 1, -1):
        if end == len(rest) or rest[end] == " ":
            name = person_name(rest[:end].strip(_EDGE))
            if name is not None:
                return name if starts_with_given_name(name) else None
    return None


def _bio_name(lines: Sequence[str], index: int) -> str | None:
    """The name a bio on line ``index`` starts with, when the line above with text is that
    name alone and the bio says the person writes ("Naomi Klein is the author of …")."""
    above = _previous_content(lines, index)
    if above is None:
        return None
    alone = lines[above].strip(_EDGE)
    bio = lines[index].strip(_EDGE)
    if not alone or len(bio) > MAX_BIO or not bio.startswith(alone + " "):
        return None
    words = bio[len(alone) :].split()
    if words[0] not in _WRITES and not (
        words[0] in _IS and is_role(" ".join(words[1 : 1 + ROLE_REACH]))
    ):
        return None
    name = person_name(alone)
    return name if name is not None and starts_with_given_name(name) else None


def _previous_content(lines: Sequence[str], index: int) -> int | None:
    for j in range(index - 1, max(-1, index - 4), -1):
        if lines[j].strip():
            return j
    return None


def _name_above(lines: Sequence[str], index: int, name: str) -> int | None:
    """The line above ``index`` (:data:`NAME_REACH` lines with text at most) that is
    ``name`` alone, if any."""
    seen = 0
    for j in range(index - 1, max(-1, index - 3 * NAME_REACH), -1):
        text = lines[j].strip(_EDGE)
        if not text:
            continue
        if person_name(text) == name and classify(text) == "person":
            return j
        seen += 1
        if seen == NAME_REACH:
            break
    return None
