"""Bylines: "By Simone McCarthy, CNN" → people and the outlets they write for.

A byline is read in three steps: the "By" word and any "Reporting by … ; Editing by …"
sections are split off; each section is cut before its date, "Updated …" stamp or e-mail;
the rest is split into parts, and each part is judged a person, an outlet, a role or a
place (see :mod:`newsclean.parsers._names`). Anything unexpected gives ``None``.
"""

from __future__ import annotations

import regex

from newsclean._credits import Author, Byline
from newsclean.parsers._names import (
    classify,
    has_outlet_word,
    is_role,
    is_user_name,
    person_name,
    read_part,
    split_people,
    strip_location,
    word_set,
)
from newsclean.parsers.agencies import find_agency

__all__ = ["parse_byline", "parse_byline_line"]

MAX_BYLINE = 300

_PREFIX = regex.compile(
    r"(?i)^\s*(?:(?:written|story|reporting|words|text|texto|testo|posted)\s+by|by|von|par|por|di|de|"
    r"(?:geschrieben|verfasst)\s+von|(?:écrit|rédigé)\s+par|un\s+article\s+de|"
    r"(?:analysis|opinion|commentary|perspective|review)\s+by|"
    r"dal(?:l['’]|l[ao]\s+|\s+)(?:nostr[oa]\s+)?(?:inviat[oa]|corrispondente)|"
    r"(?:escrito|redactado|publicado)\s+por|(?:scritto|a\s+cura)\s+(?:da|di)|"
    r"(?:ein|eine)\s+(?:kommentar|analyse|gastbeitrag|kolumne|essay|reportage)\s+von|"
    r"door|(?:author|autor|autorin|auteur|autore|autora|text|texte|texto|testo|words)(?=\s*:))"
    r"(?:\s*:)?\s+(?=\S)"
)
# First words of the byline openings _PREFIX knows ("dal nostro inviato" is tested apart).
_PREFIX_WORDS = word_set(
    """by von par por di de door written story reporting words text texte texto testo posted
    geschrieben verfasst écrit rédigé un escrito redactado publicado scritto a analysis opinion
    commentary perspective review ein eine author autor autorin auteur autore autora"""
)
# "Reporting by …; Additional reporting by …; Editing by …": what each section credits.
_SECTION = regex.compile(
    r"(?i)(?:^|(?<=[\s;.,|]))(?:(?P<contributors>(?:with\s+)?additional\s+reporting)|"
    r"(?P<authors>reporting|writing|written|story|words)|"
    r"(?P<editors>editing|edited|(?:medically\s+)?reviewed|fact[- ]checked|compiled)|"
    r"(?P<other>photos?|photography|graphics|video|illustrations?|images?))\s+by\s*:?\s*"
)
_GLUED = regex.compile(
    r"(?<=\p{Ll})(?=\d|(?:Staff|Senior|Chief|Contributing|Special|Published|Updated|"
    r"Veröffentlicht|Aktualisiert|Zuletzt|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Januar|Februar|März|Juni|Juli|Oktober|Dezember)\b)"
)
# Where the names end: a date or number, a separator, an e-mail, an "Updated" stamp.
_STOP = regex.compile(
    r"(?P<sep>\s*[|•·(\[]|\s[-–—]+\s|\s*[-–—]{2,}\s*)|(?P<colon>\s*:(?:\s|$))|(?P<digit>\d)"
    r"|(?P<junk>@|https?://|\s(?i:last\s+updated|updated|published|posted|veröffentlicht|"
    r"aktualisiert|zuletzt|publié|mis\s+à\s+jour|publicado|actualizado|atualizado|pubblicato|"
    r"aggiornato|erstellt|geändert|share|teilen|partager|compartir|condividi|follow|folgen|"
    r"twitter|facebook|instagram|linkedin|min\s+read|lesezeit)\b)"
)
_DATE_WORDS = word_set(
    """on am um vom le du des el il em de del the at a las à , january february march april may june july
    august september october november december jan feb mar apr jun jul aug sep sept oct nov
    dec januar februar märz mai juni juli oktober dezember janvier février mars avril juin
    juillet août septembre octobre novembre décembre enero febrero marzo abril mayo junio
    julio agosto septiembre octubre noviembre diciembre gennaio febbraio aprile maggio giugno
    luglio settembre ottobre dicembre janeiro fevereiro março maio junho julho setembro
    outubro novembro dezembro monday tuesday wednesday thursday friday saturday sunday mon tue
    wed thu fri sat sun montag dienstag mittwoch donnerstag freitag samstag sonntag lundi
    mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes sábado
    domingo lunedì martedì mercoledì giovedì venerdì sabato domenica segunda terça quarta
    quinta sexta"""
)
# Where the outlet after a separator ends ("X | EFE | 12.03.2021").
_SEGMENT_END = regex.compile(r"\s*[|•·()\[\]]\s*|\s[-–—]+\s|\d")
_UPPER = regex.compile(r"\p{Lu}")
_AFFILIATION_TAIL = regex.compile(
    r"(?i)(?:,\s*|\s+)(?:special\s+to|for|für|pour|para|per)\s+(?=\S)"
)
_KEEPS_DOT = regex.compile(r"(?i)(?:\b[js]r|\b\p{Lu})\.$")
_POSSESSIVE = regex.compile(r"((?:\S+\s){0,3}\S+?)['’]s\s+(?=\S)")
_LOWER_WORD = regex.compile(r"(\p{Ll}[\p{L}\p{M}]*)[.,;:!?]?")
_SYMBOLS = regex.compile(r"[\p{So}\p{Sk}\p{Co}\p{Cn}\p{Cf}\p{Cc}\uFE00-\uFE0F]+")
_NICKNAME = regex.compile(r"\s[\"“„«][^\"“”„«»]{1,40}[\"”“»]\s")  # Jenny "The Author" Smith
_PLACE_NOTE = regex.compile(
    r"\s\((?:à|a|in|en|em|aus|from|desde|da|de|reporting\s+from)\s[^()]{1,40}\)"
)
_SPECIAL_TO = regex.compile(r"(?i)^special\s+to\s+")
_SECTION_EDGES = " ;,|—–-•"
_INITIAL = regex.compile(r"(?:\p{Lu}\.)+")
_LOWER_CODE = regex.compile(r"\p{Ll}{1,4}")


def parse_byline_line(line: str) -> Byline | None:
    """A byline found in article text: the line must start with a byline word ("By", "Von", …)."""
    head = line[:40].lstrip()
    words = head.split(None, 1)
    first = words[0].casefold().rstrip(":") if words else ""
    if first not in _PREFIX_WORDS and not first.startswith("dal"):
        return None  # a set lookup dismisses most lines before the pattern runs
    if _PREFIX.match(head) is None:
        return None
    return parse_byline(line)


def parse_byline(text: str) -> Byline | None:
    """People, affiliations, editors and contributors in a byline string, with or without "By".

    >>> parse_byline("By Simone McCarthy, CNN").authors
    (Author(name='Simone McCarthy', affiliation='CNN'),)
    >>> parse_byline("JOSH BOAK and ZEKE MILLER Associated Press").authors[1]
    Author(name='Zeke Miller', affiliation='Associated Press')
    >>> parse_byline("By The Associated Press").agency
    'Associated Press'
    >>> parse_byline("By the end of the week the talks had collapsed.") is None
    True
    """
    line = text.strip()
    if not line or len(line) > MAX_BYLINE:
        return None
    tidy = _tidy(line)
    prefix = _PREFIX.match(tidy)
    body = tidy[prefix.end() :] if prefix else tidy
    sections: dict[str, list[str]] = {"authors": [], "contributors": [], "editors": []}
    found = list(_SECTION.finditer(body))
    ends = [*(match.start() for match in found), len(body)]  # each section ends at the next
    credits = _read_credit(_section_text(body, 0, ends[0]))
    if credits is None:
        return None
    names, affiliation = credits
    for match, end in zip(found, ends[1:], strict=True):
        kind = match.lastgroup or "other"
        if kind == "other":
            continue
        section = _read_credit(_section_text(body, match.end(), end))
        if section is None:
            return None
        sections[kind].extend(section[0])
        if kind == "authors" and affiliation is None:
            affiliation = section[1]
    names = _unique([*names, *sections["authors"]])
    if not names and not (affiliation or _group_only(body)):
        return None
    agency = find_agency(affiliation) if affiliation else None
    return Byline(
        text=line,
        authors=tuple(Author(name, affiliation) for name in names),
        agency=agency,
        editors=tuple(_unique(sections["editors"])),
        contributors=tuple(_unique(sections["contributors"])),
    )


def _tidy(body: str) -> str:
    """``body`` without emoji and symbols, quoted nicknames and underscores ("Jenny_Smith")."""
    body = _NICKNAME.sub(" ", _PLACE_NOTE.sub(" ", body))
    return " ".join(_SYMBOLS.sub(" ", body).replace("_", " ").split())


def _section_text(body: str, start: int, end: int) -> str:
    text = body[start:end].strip(_SECTION_EDGES)
    if text.endswith(".") and not _KEEPS_DOT.search(text):
        text = text[:-1]
    return text.strip(_SECTION_EDGES)


def _read_credit(text: str) -> tuple[list[str], str | None] | None:
    """The names and the affiliation in one credit section; ``None`` if it is not a credit."""
    if not text:
        return [], None
    text = _GLUED.sub(" ", text)
    head, tail_affiliation = _cut_tail(text)
    split = _split_affiliation(head)
    if split is None:
        return None
    head, affiliation = split
    names: list[str] = []
    seen_outlet = False
    for raw in split_people(head):
        part = strip_location(raw)
        if part.endswith(".") and not _KEEPS_DOT.search(part):
            part = part.rstrip(".")  # "By SARA KARL. Special to amNewYork"
        part, trailing = _split_trailing(part)
        part, leading = _split_leading_role(part)
        if leading is not None and affiliation is None:
            affiliation = leading
        kind, name = read_part(part)
        if kind == "person":
            if not seen_outlet:
                names.append(name or part)
        elif kind in ("agency", "outlet"):
            if affiliation is None and (names or kind == "agency"):
                affiliation = part
            seen_outlet = bool(names)  # after "Name, BBC News", "New York" is a place
        elif kind in ("role", "group", "place"):
            if kind == "place" and not names:
                return None
            if kind == "role" and affiliation is None and names:
                affiliation = _leading_agency(part)  # "AP White House Correspondent"
        elif not _skippable(raw, bool(names)):
            return None
        if trailing and affiliation is None:
            kind = classify(trailing)
            if kind in ("agency", "outlet"):
                affiliation = trailing
            elif kind == "role":
                affiliation = _leading_agency(trailing)  # "MATT O'BRIEN AP Technology Writer"
    return names, affiliation or tail_affiliation


def _cut_tail(text: str) -> tuple[str, str | None]:
    """The names part of ``text`` and an outlet printed after a separator ("X | EFE")."""
    stop = _STOP.search(text)
    if stop is None:
        return text, None
    head, rest = text[: stop.start()], text[stop.end() :]
    if stop.lastgroup != "junk" and _is_prose(rest):
        return "", None  # "von Open Source Software (OSS) ein und entwickeln …"
    affiliation = None
    if stop.lastgroup == "sep":
        segment = _SEGMENT_END.split(rest, maxsplit=1)[0]
        segment = _SPECIAL_TO.sub("", segment.strip(" ,.;:"))
        if classify(segment) in ("agency", "outlet"):
            affiliation = segment
    elif stop.lastgroup == "colon":
        head = head.rsplit(None, 1)[0] if len(head.split()) > 2 else head  # "Name Label: …"
    if stop.lastgroup in ("digit", "colon", "junk"):
        words = head.split()
        while words and words[-1].casefold().strip(".,") in _DATE_WORDS:
            words.pop()
        head = " ".join(words)
    return head.strip(" ,;"), affiliation


def _is_prose(text: str) -> bool:
    """Whether ``text`` reads as a sentence: three lowercase words that are not date words."""
    lower = 0
    for word in text[:MAX_BYLINE].split():
        match = _LOWER_WORD.fullmatch(word)
        if match is not None and match[1] not in _DATE_WORDS:
            lower += 1
            if lower == 3:
                return True
    return False


def _split_affiliation(head: str) -> tuple[str, str | None] | None:
    """ "X for Daily Mail Australia", "X, Special to The Sun" → names and the outlet."""
    owner = _POSSESSIVE.match(head)
    if owner is not None and classify(owner[1]) in ("agency", "outlet"):
        return head[owner.end() :], owner[1]  # "CNN’s Ivana Kottasová"
    match = _AFFILIATION_TAIL.search(head)
    if match is None:
        return head, None
    outlet = head[match.end() :].strip(" ,.")
    if not _UPPER.search(outlet[:30]):
        return None  # "By John Smith for the first time"
    special = match[0].strip(" ,").casefold().startswith("special")
    if not special and classify(outlet) not in ("agency", "outlet"):
        return head, None
    return head[: match.start()], outlet


def _split_trailing(part: str) -> tuple[str, str | None]:
    """ "ZEKE MILLER Associated Press", "Evan Halper Staff Writer" → the name and the rest."""
    words = part.split()
    if len(words) < 3 or len(words) > 10:
        return part, None
    for i in range(2, len(words)):
        if _INITIAL.fullmatch(words[i - 1]) or person_name(" ".join(words[:i])) is None:
            continue  # "Karin J." goes on: "Karin J. Schmitz Abteilung …"
        rest = " ".join(words[i:])
        kind = classify(rest)
        if kind in ("agency", "role") or (kind in ("outlet", "group") and len(words) - i >= 2):
            return " ".join(words[:i]), rest
    return part, None


def _split_leading_role(part: str) -> tuple[str, str | None]:
    """ "SPIEGEL-Autor Max Müller", "CNN correspondent Jane Doe" → the name and the outlet."""
    words = part.split()
    for i in (1, 2, 3):
        if len(words) - i < 2:
            break
        lead = " ".join(words[:i])
        if is_role(lead) and person_name(" ".join(words[i:])) is not None:
            outlet = _leading_agency(lead.replace("-", " "))
            return " ".join(words[i:]), outlet
    return part, None


def _leading_agency(part: str) -> str | None:
    """The agency a job title starts with: "CNN Chief Medical Correspondent" → "CNN"."""
    words = part.split()
    for i in (1, 2, 3):
        lead = " ".join(words[:i])
        if (
            len(words) > i
            and classify(lead) in ("agency", "outlet")
            and is_role(" ".join(words[i:]))
        ):
            return lead
    return None


def _skippable(part: str, after_names: bool) -> bool:
    """A piece after the names that is neither a name nor wrong: "Berlin", an editor code "det"."""
    part = part.strip(" .")
    if _LOWER_CODE.fullmatch(part):
        return True
    return after_names and len(part.split()) == 1 and part[:1].isupper()


def _group_only(body: str) -> bool:
    """A byline that credits only a newsroom or staff ("Staff report", "Redaktion MSM")."""
    head, _ = _cut_tail(body)
    parts = split_people(head)
    if len(parts) == 1 and is_user_name(parts[0]):
        return False  # "geschrieben von GeorgQuaas am …": a commenter's user name
    return bool(parts) and all(_credits_a_newsroom(p) for p in parts)


def _credits_a_newsroom(part: str) -> bool:
    """A newsroom, desk, agency or outlet by its words; "The Numbers" in "By The Numbers" is not."""
    kind = classify(part)
    return kind in ("group", "role", "agency") or (kind == "outlet" and has_outlet_word(part))


def _unique(names: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for name in names:
        if name.casefold() not in seen:
            seen.add(name.casefold())
            out.append(name)
    return out
