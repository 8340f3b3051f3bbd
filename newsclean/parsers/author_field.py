"""Author fields of scrapers and feeds, split into the parts a byline parser reads.

A field is known to hold authors, so it is read more leniently than page text: e-mail
addresses and URLs go, "Last, First" is turned round, ``;`` ``|`` ``/`` ``•`` separate
people, the same person listed twice is kept once, and parts that are only a role
("Staff Reporter"), a photo credit label or a book part ("Volume II") are dropped.
"""

from __future__ import annotations

import html
import json

import regex

import newsclean._pattern_cache as _pattern_cache
from newsclean.parsers._names import classify, is_role, person_name, split_people, word_set
from newsclean.parsers.given_names import given_names, starts_with_given_name

__all__ = [
    "capitalised",
    "field_parts",
    "field_person",
    "given_names_only",
    "is_book_part",
    "lone_name",
    "without_addresses",
]

_TAG = _pattern_cache.compile(
    r"</?[A-Za-z][^<>]{0,200}>"
)  # markup left in the field: "<b>Ana Ruiz</b>"
_ESCAPE = _pattern_cache.compile(r"\\u([0-9a-fA-F]{4})")  # JSON escapes left as text: "\u00e9"
# e-mail and web addresses, with the brackets around them ("Ana Ruiz (ana@example.com)")
_JUNK = _pattern_cache.compile(
    r"(?i)[(\[<]?\s*(?:[^\s()\[\]<>]+@[^\s()\[\]<>]+\.\w+|(?:https?://|www\.)[^\s()\[\]<>]+)\s*[)\]>]?"
    r"|\(\s*\)|\[\s*\]"
)
_OPENING = _pattern_cache.compile(
    r"(?i)^(?:by|von|par|por|di|de|door|author|autor|auteur|autore|written\s+by)\s*:?\s+"
)
# "and" left at either end of a part when the field's next line or name was cut off
_DANGLING = _pattern_cache.compile(r"^(?:and|und|et|y|e|en|&)(?:\s+|$)|\s+(?:and|und|et|y|e|en|&)$")
_SEPARATOR = _pattern_cache.compile(r"\s*(?:[;|•·]|\s/\s|\s[–—]\s|[\n\t])\s*")
# "jenny_smith", "Ana_Ruiz": a name written as a user's name (not "ThE_PaiN")
_UNDERSCORE = _pattern_cache.compile(r"(?<=(?<!\p{L})\p{Lu}?\p{Ll}+)_(?=\p{Lu}?\p{Ll}+(?!\p{L}))")
# A sentence about the author after the name: "Ana Ruiz is a freelance writer", "… covers …".
_BIO_VERB = _pattern_cache.compile(
    r"\s(?:is|was|ist|war|est|était|es|era|è|é|covers|writes|schreibt|arbeitet|écrit|escribe)\s"
)
# A role label before the names: "Contributor: Ana Ruiz", "Redakteurin: Anna Schmidt".
_ROLE_LABEL = _pattern_cache.compile(r"(?P<label>\p{L}[\p{L} ]{2,30}):\s+(?=\S)")
_INVERTED = _pattern_cache.compile(
    r"(?P<last>(?:(?i:van|von|de|der|den|da|del|della|di|du|le|la|ter|ten|dos|das)\s+){0,2}\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{L}[\p{L}\p{M}'’-]+)?)\s*,\s*"
    r"(?P<first>\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,2})"
)
_INITIALS = (
    _pattern_cache.compile(  # "T.", "J. R.", "J.-P.", "T" (the field lost the dot); not "TOM"
        r"\p{Lu}(?:\.|(?=[\s-]|$))(?:[\s-]{0,2}\p{Lu}(?:\.|(?=[\s-]|$))){0,2}"
    )
)
_BARE_INITIAL = _pattern_cache.compile(r"(\p{Lu})(?!\.)")
_BOOK_PART = _pattern_cache.compile(
    r"(?i)^(?:volume|vol\.|chapter|part|band|tome|tomo|volumen|capítulo|capitolo|kapitel)"
    r"\s+(?:[ivxlc]+|\d+)$"
)
_LAST_NAME_PARTICLES = frozenset(
    ["van", "von", "de", "da", "del", "della", "di", "du", "le", "la", "ter", "ten", "dos", "das"]
)
# what may enclose a whole field, first and last character together
_AROUND = frozenset(["()", "[]", '""', "“”", "„“", "«»", "‘’"])
_KEEPS_DOT = _pattern_cache.compile(r"(?:\b(?:[JjSs]r)|(?<![\p{L}.])\p{Lu})\.$")
_SUFFIX = _pattern_cache.compile(r"\s+((?:Jr|Sr)\.?|II|III|IV)$")  # after the first name
_LONE = _pattern_cache.compile(r"[\p{L}][\p{L}\p{M}\d._-]{1,39}")
_LOWER_WORD = _pattern_cache.compile(r"(?<![\p{L}\p{M}.@/])\p{Ll}[\p{L}\p{M}]*")
# given names that are also common words: an all-lowercase field starting with one is no name
_WORD_NAMES = word_set(
    """will mark may bill june rose grace frank rich pat art don guy ray max drew hope joy faith
    dawn april august penny page chase miles sky summer river hunter jack bob lance dean earl
    jay pearl ruby holly ivy lily daisy iris amber jade crystal sunny storm rock stone gay sue
    buck bud cliff dale glen heath rod wade price rusty sandy carol angel star dusty duke king
    prince major mercy love honey candy cherry olive hazel violet autumn eve win read more
    home news top new last next see all about contact share"""
)
# words an all-lowercase field keeps lowercase: by-words, "and", name particles
_LOWERCASE_WORDS = _LAST_NAME_PARTICLES | word_set(
    "by von par por door and und et y e en of for the with mit avec con der den des dei degli in"
    " from aus à em desde at"
)


def field_parts(text: str) -> list[str]:
    """The people (and other parts) an author field lists, tidied, each once.

    >>> field_parts("SMITH, John; Doe, Jane | jane@example.com")
    ['John Smith', 'Jane Doe']
    >>> field_parts("jan@example.com (van der Berg, Jan)")
    ['Jan van der Berg']
    >>> field_parts("<b>&#201;milie Durand</b>; Tom O’Neil; Tom O'Neil")
    ['Émilie Durand', 'Tom O’Neil']
    """
    cleaned = without_addresses(_listed(text))
    parts: list[str] = []
    for chunk in _SEPARATOR.split(cleaned):
        chunk = _DANGLING.sub("", chunk.strip(" ,-–—<>*:"))  # "Ian Sample and" + a lost line
        if not _KEEPS_DOT.search(chunk):
            chunk = chunk.strip(" .")  # "Ana Ruiz Jr.", "Ana M." keep their dots
        if chunk[:1] + chunk[-1:] in _AROUND:
            chunk = chunk[1:-1].strip()  # RSS: "jane@example.com (Jane Doe)"; "[Ana Ruiz]"
        # "de la Cruz, María" is turned round before "de" could be read as a by-word
        inverted = _inverted(chunk) if chunk[:1].islower() else None
        chunk = _OPENING.sub("", chunk)
        label = _ROLE_LABEL.match(chunk)
        if label is not None and is_role(label["label"]):
            chunk = chunk[label.end() :]  # "Contributor: Ana Ruiz"
        chunk = " ".join(chunk.split())  # "Ana Ruiz  Staff": markup between words left spaces
        bio = _BIO_VERB.search(chunk)
        if bio is not None and person_name(chunk[: bio.start()]):
            chunk = chunk[: bio.start()]  # "Ana Ruiz is a freelance writer"
        if not chunk:
            continue
        inverted = inverted or _inverted(chunk)
        pieces = [inverted] if inverted else _two_names(chunk) or split_people(chunk)
        parts.extend(p for p in pieces if p and not _BOOK_PART.match(p))
    return _unique_people(parts)


def capitalised(text: str) -> str | None:
    """An all-lowercase field of several words with its words capitalised ("jenny smith and
    tom field" → "Jenny Smith and Tom Field"); by-words, "and" and name particles stay
    lowercase. ``None`` when the field has a capital letter, one word only (a user's name,
    "marc", stays as written), or starts with a given name that is also a common word ("will
    continue", "mark as read" are a page's buttons).

    >>> capitalised("by maría de la cruz")
    'by María de la Cruz'
    """
    if any(c.isupper() for c in text) or len(text.split()) < 2:
        return None
    words = _LOWER_WORD.findall(text)
    if not words or words[0] in _WORD_NAMES or (len(words) > 1 and words[1] in _WORD_NAMES):
        return None

    def up(match: regex.Match[str]) -> str:
        word = match[0]
        return word if word in _LOWERCASE_WORDS else word[:1].upper() + word[1:]

    return _LOWER_WORD.sub(up, text)


def given_names_only(parts: list[str]) -> bool:
    """Two or more parts, each one capitalised word that is a known given name ("Alice & Bob")."""
    known = given_names()
    return len(parts) >= 2 and all(
        " " not in p and p[:1].isupper() and p[1:].islower() and p.casefold() in known
        for p in parts
    )


def without_addresses(text: str) -> str:
    """``text`` without markup, escapes, e-mail and web addresses (and their brackets)."""
    return _UNDERSCORE.sub(" ", _JUNK.sub(" ", _TAG.sub(" ", _unescaped(text))))


def _two_names(chunk: str) -> list[str] | None:
    """ "Ana Ruiz Tom Field": two two-word names run together (markup between them lost),
    each starting with a given name and ending with a word that is none."""
    words = chunk.split()
    if len(words) != 4 or not all(w[:1].isupper() and w[1:].islower() for w in words):
        return None
    known = given_names()
    folded = [w.casefold() for w in words]
    if not (folded[0] in known and folded[2] in known) or folded[1] in known or folded[3] in known:
        return None
    return [" ".join(words[:2]), " ".join(words[2:])]


def _listed(text: str) -> str:
    """A JSON list of names left as text ('["Ana Ruiz", "Tom Field"]') as one name per line."""
    if not (text[:1] == "[" and text.rstrip()[-1:] == "]" and '"' in text):
        return text
    try:
        items = json.loads(text)
    except ValueError:
        return text
    if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
        return text
    return "\n".join(items)


def _unescaped(text: str) -> str:
    """HTML entities ("&#233;", "&amp;") and JSON escapes ("\\u00e9") a scraper left in the field."""
    if "&" in text:
        text = html.unescape(text)
    if "\\u" in text:
        text = _ESCAPE.sub(lambda m: chr(int(m[1], 16)), text)
    return text


def is_book_part(text: str) -> bool:
    """ "Volume II", "Chapter 3": a part of a book, not a name."""
    return _BOOK_PART.match(text.strip()) is not None


def lone_name(part: str) -> str | None:
    """A field that holds one word and nothing else: a user or a first name ("marc", "Tine");
    a by-word or "and" alone ("by", "und") is none."""
    if _LONE.fullmatch(part) is None or _DANGLING.fullmatch(part) or _OPENING.match(part + " "):
        return None
    folded = part.casefold()
    if (part.islower() or part.isupper()) and folded in given_names() and folded not in _WORD_NAMES:
        return part.capitalize()  # "jenny", "JENNY": a given name written in one case
    return part


def field_person(part: str) -> str | None:
    """A part of two or three letters-only words that is a person though no byline reading
    finds one, since a field holds authors: a full name and a newsroom word ("Ana Ruiz
    Staff" → "Ana Ruiz"), a known given name first ("Jörg Staff"), or a known given name
    anywhere, no function word, and a capital somewhere ("Mobasir hassan" → "Mobasir
    Hassan"; not "der Michel", "Brand eins")."""
    words = part.split()
    if not 2 <= len(words) <= 3 or not all(
        w.replace("-", "").replace(".", "").isalpha() for w in words
    ):
        return None
    if (
        len(words) == 3
        and starts_with_given_name(part)
        and classify(words[-1]) in ("group", "role")
    ):
        name = person_name(" ".join(words[:2]))
        if name is not None:
            return name
    if part[:1].isupper() and starts_with_given_name(part):
        return part
    folded = [w.casefold() for w in words]
    known = given_names()
    if part.islower() or not any(w in known for w in folded):
        return None
    if any(w in _LOWERCASE_WORDS or w in _WORD_NAMES for w in folded):
        return None
    return " ".join(w if w[:1].isupper() else w.capitalize() for w in words)


def _inverted(chunk: str) -> str | None:
    """ "LAST, First Middle" / "Last, First" → "First Middle Last", "Smith, John Jr." →
    "John Smith Jr.", else ``None``."""
    suffix = _SUFFIX.search(chunk)
    if suffix is not None:
        turned = _inverted(chunk[: suffix.start()])
        return f"{turned} {suffix[1]}" if turned else None
    match = _INVERTED.fullmatch(chunk)
    if match is None:
        return None
    last, first = match["last"], match["first"]
    if _INITIALS.fullmatch(first):
        if len(last.split()) > 1 and starts_with_given_name(last):
            return None  # "Ana Ruiz, M.D.": a name and a degree
        initials = _BARE_INITIAL.sub(r"\1.", first)
        return f"{initials} {person_name(last) or last}"  # "Walker, T. J." → "T. J. Walker"
    if not starts_with_given_name(first):
        return None
    particle = last[:1].islower()  # "van der Berg, Jan"
    if (
        len(last.split()) > 1
        and not last.isupper()
        and not particle
        and starts_with_given_name(last)
    ):
        return None  # "Ana Ruiz, Tom Field" is two people
    if (
        len(last.split()) > 1
        and len(first.split()) > 1
        and last.split()[0].casefold() not in _LAST_NAME_PARTICLES
        and not (last.isupper() and not first.isupper())
    ):
        return None  # "ANA RUIZ, TOM FIELD" too; "GARCÍA MÁRQUEZ, Ana María" turns round
    return person_name(f"{first} {last}")


def _unique_people(parts: list[str]) -> list[str]:
    """``parts`` with repeats (any case, any spacing) dropped."""
    seen: set[str] = set()
    unique = []
    for part in parts:
        key = " ".join(part.casefold().replace("’", "'").split())
        if key not in seen:
            seen.add(key)
            unique.append(part)
    return unique
