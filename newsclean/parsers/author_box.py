"""Author boxes: a name alone on its line that the next lines name again.

Pages that print no byline near the headline often credit the author in a box above or
below the story: the name, then a link to the author's other articles or a short bio that
starts with the name ("Martin Junker" / "Alles von Martin Junker", "Ana Ruiz" / "Senior
Reporter" / "More from Ana Ruiz", "Will Knight" / "Will Knight is a senior writer for …").
The name printed twice, once alone and once in the author's link or bio, is the evidence a
name line lacks; a bio must also say the person writes (a job in journalism or a verb of
writing), so that a box about the person a story is about ("Ana Ruiz" / "Ana Ruiz ist seit
2021 Ministerin") is not read. A page with boxes for two people or more is a list of people
(a team page, a profile gallery) and gives none.

:func:`author_box` finds the name lines with one regex over the text (a line of two to four
capitalised words with the same words again within a few lines), so a page costs one scan;
it is tried only on a page with no byline.
"""

from __future__ import annotations

from collections.abc import Sequence

import newsclean._pattern_cache as _pattern_cache
from newsclean._credits import Author, Byline
from newsclean.parsers._names import classify, is_role, word_set
from newsclean.parsers.given_names import starts_with_given_name

__all__ = ["author_box"]

MAX_BETWEEN = 3
"""Most lines between the name and the line that names it again (a role, a handle, blanks)."""
MAX_BIO = 400
"""Longest bio line read."""

_NAME_WORD = r"(?:\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?|\p{Lu}\.)"
_PARTICLE = r"(?:van|von|de|da|del|della|der|di|du|dos|la|le|ter|zu)"
# A line that is only a name (list bullets before it), then the name again within a few
# lines: the regex module checks the repeat, Python only what it found.
_BOX = _pattern_cache.compile(
    rf"(?m)^[ \t*•+-]*(?P<name>\p{{Lu}}[\p{{Ll}}\p{{M}}'’-]+(?:[ ](?:{_PARTICLE}[ ])?{_NAME_WORD})"
    r"{1,3})[ \t]*\n(?P<between>(?:[^\n]*\n){0,"
    + str(MAX_BETWEEN)
    + r"}?)(?P<again>[^\n]*?)(?<![\p{L}\p{M}])(?P=name)(?![\p{L}\p{M}])(?P<rest>[^\n]*)"
)
# What an author's link says before the name: "Alles von", "More from", "Tous les articles de".
_POSTS_LINK = _pattern_cache.compile(
    r"(?i)(?:^|[\s*•+>|-])(?:"
    r"more|more (?:articles|stories|posts)|(?:view |see )?all (?:articles|stories|posts)"
    r"|(?:read|see|find) more|other (?:articles|stories)|articles|stories|posts"
    r"|alles|mehr|weitere|alle|mehr|mehr artikel|weitere artikel|alle artikel|weitere beiträge"
    r"|alle beiträge|mehr beiträge|zum profil|beiträge|artikel"
    r"|plus d['’]articles|tous les articles|autres articles|articles|voir (?:tous )?les articles"
    r"|más artículos|más|todos los artículos|otros artículos|artículos|ver (?:todos los )?artículos"
    r"|altri articoli|tutti gli articoli|articoli|vedi (?:tutti gli )?articoli"
    r"|mais artigos|mais|todos os artigos|outros artigos|artigos|ver (?:todos os )?artigos"
    r"|meer|alle artikelen|meer artikelen|artikelen|więcej|wszystkie artykuły|artykuły"
    r")\s+(?:(?:posts|articles|stories|beiträge|artikel)\s+)?"
    r"(?:by|from|of|von|vom|de|du|des|di|del|da|do|van|od|autora)\s*:?\s*$"
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


def author_box(lines: Sequence[str], end: int) -> tuple[Byline, tuple[int, ...]] | None:
    """The byline of the one author box above line ``end`` (the comments below it are
    readers'), and the line of its name; ``None`` if there is none, or boxes for several
    people."""
    text = "\n".join(lines[:end])
    found: tuple[Byline, tuple[int, ...]] | None = None
    for match in _BOX.finditer(text):
        name = match["name"]
        if not _is_box(name, match["between"], match["again"], match["rest"]):
            continue
        if found is not None and found[0].authors[0].name != name:
            return None  # boxes for two people: a list of people
        if found is None:
            index = text.count("\n", 0, match.start("name"))
            found = Byline(text=lines[index].strip(), authors=(Author(name),)), (index,)
    return found


def _is_box(name: str, between: str, again: str, rest: str) -> bool:
    """Whether the name line, the lines ``between`` and the line that names it again (the
    text ``again`` before the name, ``rest`` after it) are an author box."""
    if not starts_with_given_name(name) or classify(name) != "person":
        return False
    if any(len(line) > MAX_BIO for line in between.split("\n")):
        return False  # a paragraph between: the name is the story's, not a box's
    if _POSTS_LINK.search(again):
        return len(rest) <= 20  # "Mehr von Michael Rädel lesen"
    if again.strip(" *•+-\t") or not rest[:1].isspace() or len(rest) > MAX_BIO:
        return False
    bio = rest.split()
    if not bio or bio[0] in _WRITES:
        return bool(bio)  # "Ana García escribe sobre política"
    return bio[0] in _IS and is_role(" ".join(bio[1 : 1 + ROLE_REACH]))
