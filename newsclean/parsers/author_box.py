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
A box's heading is evidence too: "About the author" / "Über die Autorin" / "À propos de
l'auteur" … with the name after it on its line, alone on the next line, or starting a bio
below that says the person writes ("About the author" / "Ana Ruiz is a senior reporter …").

The link lines reach the byline-block rule through its gate (:data:`GATE`: the links'
phrases join the rules' one scan of the page), so a page without a box costs nothing; a bio
is looked for under the name lines :mod:`~newsclean.parsers.signature` finds after the
story's paragraphs (:func:`bio_follows`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import regex

import newsclean._pattern_cache as _pattern_cache
from newsclean._credits import Author, Byline
from newsclean.parsers._names import classify, is_role, person_name, word_set
from newsclean.parsers.given_names import starts_with_given_name
from newsclean.parsers.lexicon import ParserGate

__all__ = [
    "GATE",
    "author_box",
    "bio_follows",
    "boxes",
    "headed",
    "is_bio_of",
    "links_to",
    "names_author",
]

MAX_LINK = 80
"""Longest link read (a bio's last sentence may come before it on its line)."""
MAX_LINE = 120
"""Longest line with a link read."""
MAX_BIO = 400
"""Longest bio line read."""
BIO_REACH = 3
"""How many lines with text below a name its bio may be on ("E-mail this story" between)."""
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
    *("alle posts von ", "alle posts vom autor ", "alle beiträge vom autor "),
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
_LINK_SET = frozenset(_LINKS)
_ABOUT = frozenset(("über ", "about ", "à propos de ", "sobre ", "informazioni su ", "over "))
"""What an author box's heading says before the author's name ("Über Kathrin")."""
# The links that name a writer's articles or posts, not only "more from" a name.
_ARTICLES_LINK = _pattern_cache.compile(
    r"(?i)posts|articles|stories|artikel|beiträge|texte|articoli|artículos|artigos|artikelen"
    r"|artykuł"
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
_ASIDE = _pattern_cache.compile(
    r"^\s*\([^()]{1,40}\)"
)  # "(Jahrgang 1962)", "(she/her)" after a name
ROLE_REACH = 6
"""How many words after a bio's copula may name the job ("is a senior writer for …")."""
# An author box's heading, alone on its line above the name or a bio, or with the name after
# a separator ("About the Author - Ana Ruiz"); case-folded.
_HEADINGS = (
    *("about the author", "about the writer", "über den autor", "über die autorin"),
    *("à propos de l'auteur", "à propos de l’auteur", "à propos de l'autrice"),
    *("à propos de l’autrice", "sobre el autor", "sobre la autora", "sull'autore"),
    *("sull’autore", "sull'autrice", "sull’autrice", "sobre o autor", "sobre a autora"),
    *("over de auteur", "o autorze"),
)
GATE = ParserGate(max_chars=MAX_LINE, triggers=(*_LINKS, *_HEADINGS))
"""The link lines an author box ends with and its headings (the byline-block rule's gate
takes them too)."""
_EDGE = " \t*•+-–—>»|:→"


def author_box(lines: Sequence[str], links: Iterable[int]) -> tuple[Byline, tuple[int, ...]] | None:
    """The byline of the one author box whose link is on one of the lines ``links`` (the
    byline-block rule's candidates, in order), and the line of its name; ``None`` if there
    is none, or boxes for several people."""
    found: tuple[Byline, tuple[int, ...]] | None = None
    for index in links:
        name = names_author(lines[index])
        above = None if name is None else _name_above(lines, index, name)
        if name is None or above is None:
            name, above = _headed(lines, index)
        if name is None or above is None:
            name, above = _named_twice(lines, index)  # a given name the list lacks
        if name is None or above is None:
            continue
        if found is not None and found[0].authors[0].name != name:
            return None  # boxes for two people: a list of people
        if found is None:
            found = Byline(text=lines[above].strip(), authors=(Author(name),)), (above,)
    return found


def _named_twice(lines: Sequence[str], index: int) -> tuple[str | None, int | None]:
    """The name of a link to an author's articles on line ``index`` whose given name the
    list lacks, and the line above where the same name stands alone ("Yirou Chen" / bio /
    "Weitere Artikel von Yirou Chen"): the name printed twice is the evidence. Only links
    that name articles or posts ("Weitere Artikel von", "All posts by"), not "More from",
    which also heads a section's or a topic's box ("Travel Guide" / "More from Travel Guide")."""
    text = lines[index].strip(_EDGE)
    link = _LINK.match(text) if len(text) <= MAX_LINE else None
    if link is None or not _ARTICLES_LINK.search(link[0]):
        return None, None
    rest = text[link.end() :].strip(_EDGE).split()
    for end in (3, 2):  # "Yirou Chen Alle Autoren": the name, then the box's other link
        name = person_name(" ".join(rest[:end])) if len(rest) >= end else None
        if name is not None and classify(name) == "person":
            above = _name_above(lines, index, name)
            if above is not None:
                return name, above
    return None, None


def boxes(lines: Sequence[str], name: str) -> bool:
    """Whether the page prints an author box for ``name``: a link to the name's posts (see
    :func:`links_to`) or a heading "About" the name ("Über Kathrin", "About Kathrin", "À
    propos de Kathrin", "Sobre Kathrin", "Informazioni su Kathrin", "Over Kathrin")."""
    return any(_heading_or_link(line.strip(_EDGE), name, about=True) for line in lines)


def links_to(lines: Sequence[str], name: str) -> bool:
    """Whether a line of the page is an author's link to ``name`` and nothing more ("Mehr von
    Nike Jane", "More from Ana Ruiz"; a page's text may glue the name on: "Mehr vonNike
    Jane"): the page says ``name`` writes for it."""
    return any(_heading_or_link(line.strip(_EDGE), name, about=False) for line in lines)


def _heading_or_link(text: str, name: str, *, about: bool) -> bool:
    """Whether ``text`` is an author's link to ``name`` or, with ``about``, a heading "About"
    ``name``."""
    if not text.endswith(name):
        return False
    head = text[: -len(name)]
    if about and head.casefold() in _ABOUT:
        return True
    return len(text) <= MAX_LINK and head.rstrip().casefold() + " " in _LINK_SET


def names_author(line: str) -> str | None:
    """The name an author's link names, the link alone on its line or after a bio's last
    sentence ("Alles von Martin Junker", "… in Montreal. View all posts by Daniel Lemire")."""
    text = line.strip(_EDGE)
    if len(text) > MAX_LINE:
        return None
    folded = " ".join(text.casefold().split())
    at = 0 if folded.startswith(_LINKS) else _after_sentence(folded)
    if at < 0:
        return None  # most candidate lines are the byline rule's: two C-level tests dismiss them
    link = _LINK.match(text, _at_word(text, folded, at))
    if link is None:
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


def _headed(lines: Sequence[str], index: int) -> tuple[str | None, int | None]:
    """The name an author box's heading on line ``index`` gives and the line it is read on:
    the name after it on its line ("About the Author - Ana Ruiz"), else on the next line with
    text, alone or starting a bio that says the person writes ("About the author" / "Ana
    Ruiz is a senior reporter …"; not "Über den Autor" / "Der Autor lebt in Berlin")."""
    text = lines[index].strip(_EDGE)
    folded = text.casefold()
    heading = next((h for h in _HEADINGS if folded.startswith(h)), None)
    if heading is None or len(folded) != len(text):
        return None, None  # most candidate lines: no heading, one C-level test each
    rest = text[len(heading) :].strip(_EDGE)
    if rest:
        return (_person(rest), index) if rest[:1].isupper() else (None, None)
    below = next(
        (j for j in range(index + 1, min(len(lines), index + 4)) if lines[j].strip()), None
    )
    if below is None:
        return None, None
    following = lines[below].strip(_EDGE)
    name = _person(following) if len(following) <= MAX_LINK else None
    if name is None and len(following) <= MAX_LINK:
        name = _named_by_bio(lines, below, following)  # a given name the list lacks
    if name is not None:
        return name, below
    return _bio_name(following), index  # the bio stays: only the heading is the box's


def headed(lines: Sequence[str], index: int) -> bool:
    """Whether the name on line ``index`` is under an author box's heading alone on its line
    ("About the author" / "Ana Ruiz"): the author's box, even right above a comment form."""
    for j in range(index - 1, max(-1, index - 4), -1):
        text = lines[j].strip(_EDGE)
        if text:
            return text.casefold() in _HEADINGS
    return False


def _person(text: str) -> str | None:
    """``text`` as a person's name that starts with a known given name, else ``None``."""
    name = person_name(text)
    if name is None or not starts_with_given_name(name) or classify(text) != "person":
        return None
    return name


def _named_by_bio(lines: Sequence[str], index: int, text: str) -> str | None:
    """The name alone on line ``index`` under an author box's heading when its given name is
    not in the list but the bio below starts with the name and says the person writes
    ("Über den Autor" / "Jossi Loibl" / "Jossi Loibl (Jahrgang 1962) schreibt …"): the
    heading and the name printed twice are the evidence the list gives elsewhere."""
    name = person_name(text)
    if name is None or not 2 <= len(name.split()) <= 3 or classify(text) != "person":
        return None
    bio = next(
        (lines[j] for j in range(index + 1, min(len(lines), index + 4)) if lines[j].strip()), ""
    )
    bio = bio.strip(_EDGE)
    if not bio.startswith(name + " "):
        return None
    words = _ASIDE.sub(
        "", bio[len(name) : MAX_BIO]
    ).split()  # "Jossi Loibl (Jahrgang 1962) schreibt"
    return name if _says_writes(words) else None


def _says_writes(words: list[str], job: Callable[[str], bool] = is_role) -> bool:
    """Whether a bio's words after the name say the person writes ("writes about …", "is a
    senior reporter …")."""
    return bool(words) and (
        words[0] in _WRITES or (words[0] in _IS and job(" ".join(words[1 : 1 + ROLE_REACH])))
    )


def _bio_name(bio: str) -> str | None:
    """The name a bio starts with, when the bio says the person writes ("Ana Ruiz is a senior
    reporter …", "Anna Schmidt schreibt über …")."""
    words = bio[:MAX_BIO].split()
    for end in (2, 3, 4):
        if len(words) <= end:
            break
        following = words[end]
        writes = following in _WRITES or (
            following in _IS and is_role(" ".join(words[end + 1 : end + 1 + ROLE_REACH]))
        )
        if writes:
            return _person(" ".join(words[:end]))
    return None


def bio_follows(lines: Sequence[str], index: int, name: str) -> bool:
    """Whether one of the :data:`BIO_REACH` lines with text below line ``index`` is a bio of
    ``name`` that says the person writes ("Naomi Klein is the author of …", "Ana García
    escribe sobre …"; not "Anna Schmidt ist seit 2021 Ministerin")."""
    seen = 0
    for j in range(index + 1, min(len(lines), index + 1 + 3 * BIO_REACH)):
        bio = lines[j].strip(_EDGE)
        if not bio:
            continue
        if len(bio) <= MAX_BIO and bio.startswith(name + " "):
            return is_bio_of(bio, name)
        seen += 1
        if seen == BIO_REACH:
            break
    return False


def is_bio_of(line: str, name: str, *, job: Callable[[str], bool] = is_role) -> bool:
    """Whether ``line`` is a bio of ``name`` that says the person writes: it starts with the
    name, then a verb of writing or a copula and a ``job`` ("Ana Ruiz is a senior reporter …",
    "Anna Schmidt schreibt über …")."""
    bio = line.strip(_EDGE)
    if len(bio) > MAX_BIO or not bio.startswith(name + " "):
        return False
    return _says_writes(_ASIDE.sub("", bio[len(name) :]).split(), job)


def _after_sentence(folded: str) -> int:
    """Where a link starts after a sentence's end in ``folded`` ("… in Montreal. View all
    posts by …"), else -1."""
    for end in (". ", "! ", "| "):
        at = folded.find(end)
        while at >= 0:
            if folded.startswith(_LINKS, at + 2):
                return at + 2
            at = folded.find(end, at + 1)
    return -1


def _at_word(text: str, folded: str, at: int) -> int:
    """The offset in ``text`` of the word that starts at offset ``at`` of ``folded`` (its
    whitespace collapsed, case-folded): the same count of words before it."""
    words = len(folded[:at].split())
    if words == 0:
        return 0
    parts = text.split(maxsplit=words)
    return len(text) - len(parts[-1]) if len(parts) > words else len(text)


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
