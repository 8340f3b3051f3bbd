"""Bylines: "By Simone McCarthy, CNN" → people and the outlets they write for.

A byline is read in three steps: the "By" word and any "Reporting by … ; Editing by …"
sections are split off; each section is cut before its date, "Updated …" stamp or e-mail;
the rest is split into parts, and each part is judged a person, an outlet, a role or a
place (see :mod:`newsclean.parsers._names`). Anything unexpected gives ``None``.
"""

from __future__ import annotations

from functools import lru_cache

import attrs
import regex

import newsclean._pattern_cache as _pattern_cache
from newsclean._credits import Author, Byline
from newsclean.parsers._names import (
    PLACE_IN_BRACKETS,
    classify,
    has_outlet_word,
    honorific_name,
    is_role,
    is_user_name,
    person_name,
    phrase_set,
    prose_words,
    read_part,
    split_people,
    strip_location,
    without_filing_city,
    without_pronouns,
    word_set,
)
from newsclean.parsers.agencies import agencies_only, find_agency
from newsclean.parsers.author_field import (
    capitalised,
    field_parts,
    field_person,
    given_names_only,
    is_book_part,
    lone_name,
    without_addresses,
)
from newsclean.parsers.dates import find_date, worded_relative
from newsclean.parsers.given_names import given_names, starts_with_given_name
from newsclean.parsers.lexicon import INTERVIEW_WORDS, ParserGate, alternation, every
from newsclean.parsers.uncased_byline import GATE_TRIGGERS as UNCASED_TRIGGERS
from newsclean.parsers.uncased_byline import parse_uncased_byline

__all__ = [
    "GATE",
    "PADDED_CHARS",
    "REPLY",
    "outlet_with_agency",
    "parse_byline",
    "parse_byline_line",
    "without_place_notes",
]

MAX_BYLINE = 300
_PROSE_OUTLET = 3
"""Lower-case words no credit needs that make an "outlet" part a sentence."""
BYLINE_CACHE = 1024
"""How many bylines' readings are kept (:func:`parse_byline` is a pure function of its text)."""

# Byline openings ("By", "Written by", "Ein Kommentar von") and labels ("Autor:"), from the
# lexicons: the pattern, the first-word set and the rule's gate are all built from them.
_OPENINGS = (*every("openings"), "de")  # "De Ana García" (pt, es)
_LABELS = every("labels")
_STAMPS = (*every("published"), *every("updated"))
_LABEL_SET = frozenset(_LABELS)  # a label alone on the line above the names


# By-words page text glues to the name after them ("ByJane Doe", "PorRodolfo Costa",
# "Geschrieben vonElisa Marvena", "ByJ.R. Stone"): the name starts with a capital, then a
# lower-case letter or the dot of an initial.
_GLUED_WORDS = ("by", "von", "por")
_GLUED_OPENINGS = tuple(o for o in _OPENINGS if o.split()[-1] in _GLUED_WORDS)
_PREFIX = _pattern_cache.compile(
    rf"(?i)^\s*(?:(?:{alternation(_OPENINGS)})(?:\s*:)?\s+|(?:{alternation(_LABELS)})\s*[:：]\s*"
    rf"|(?:{alternation(_GLUED_OPENINGS)})(?-i:(?=\p{{Lu}}[\p{{Ll}}.])))(?=\S)"
)
# "Veröffentlicht am 03.02.2022 von Sarah Schnieder", "Posted on 2015-04-05 by Ann Lee":
# a publication stamp with a date, then a by-word; or with the post's category ("Posted in
# News by Ann Lee on …", "Publié dans Politique par Marie Dubois le …").
_STAMPED = _pattern_cache.compile(
    rf"(?i)^\s*(?:{alternation(_STAMPS)})\b(?:[^\n]{{0,48}}?\d[^\n]{{0,16}}?"
    r"|\s+(?:in|im|unter|dans|en|em|nel|nella|op)\s+[^\n\d]{1,40}?)\s"
    r"(?:by|von|par|por|di|da|door)\s+(?=\S)"
)
_PREFIX_WORDS = frozenset(  # as the line's first word is tested: case-folded ("συντάκτησ")
    p.split()[0].casefold() for p in (*_OPENINGS, *_LABELS, *_STAMPS)
)
_BULLETS = " \t*•·>»|-"  # list bullets, trafilatura's "- " too (an em dash heads a quote's credit)
REPLY = _pattern_cache.compile(  # a comment's widgets: a byline above them heads a comment
    r"(?i)\b(?:reply|antworten|répondre|responder|rispondi|responda|beantwoorden|"
    r"permalink|melden)\b"
)
PADDED_CHARS = 600
"""Longest line a byline is read from when whitespace pads it ("By Hanh Nguyen" and 250
spaces: a table cell's width); without the padding it is at most ``GATE.max_chars`` long."""
GATE = ParserGate(
    max_chars=200,
    words=tuple(sorted({p for p in (*_OPENINGS, *_LABELS, *_STAMPS) if " " not in p})),
    starts=tuple(
        sorted({p for p in (*_OPENINGS, *_LABELS, *_STAMPS) if " " in p} | set(_GLUED_WORDS))
    ),
    triggers=UNCASED_TRIGGERS,
)
"""The lines :func:`parse_byline_line` may accept (a glued "ByJane Doe" passes "by")."""
# "Reporting by …; Additional reporting by …; Editing by …": what each section credits.
_SECTION = _pattern_cache.compile(
    r"(?i)(?:^|(?<=[\s;.,|]))(?:(?P<contributors>(?:with\s+)?additional\s+reporting)|"
    r"(?P<authors>reporting|reported|writing|written|story|words)|"
    r"(?P<editors>editing|edited|(?:medically\s+)?reviewed|fact[- ]checked|compiled)|"
    r"(?P<other>photos?|photography|graphics|video|illustrations?|images?))\s+by\s*:?\s*"
    r"|(?:^|(?<=[\s;.,|]))(?:(?P<authors>text|texte|texto|testo|tekst)|(?P<other>fotos?|foto['’]s|bilder?"
    r"|illustration(?:en|s)?|ilustraci[oó]n(?:es)?|ilustraç(?:ão|ões)|illustrazion[ei]|grafik(?:en)?"
    r"|fotografie|fotograf[ií]a|photos?|vid[ée]o))\s+(?:von|de|par|di|por|door)\s+"
)
# A field's name credited for something other than the text: "Peter Müller (Fotos)".
_NOT_AUTHOR_NOTE = _pattern_cache.compile(
    r"(?i)\((?:photos?|photography|fotos?|foto['’]s|bilder?|illustrations?|illustration(?:en)?"
    r"|ilustraci[oó]n(?:es)?|ilustraç(?:ão|ões)|illustrazion[ei]|grafik(?:en)?|graphics|video|vid[ée]o)\)$"
)
_MONTH_WORDS = every("months", languages=("en", "de", "fr", "es", "it", "pt", "nl"))
_GLUED = _pattern_cache.compile(
    r"(?<=\p{Ll})(?=\d|(?:Staff|Senior|Chief|Contributing|Special|Published|Updated|"
    r"Veröffentlicht|Aktualisiert|Zuletzt|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Januar|Februar|März|Juni|Juli|Oktober|Dezember)\b"
    # an abbreviated month before its day or year: "Tom FieldJan. 5, 2025", "Ana RuizOkt 2024"
    rf"|(?-i:{alternation(m.capitalize() for m in _MONTH_WORDS if len(m) > 2)})\.?\s?\d)"
)
# Two names a widget runs together: "Ana RuizTom Field" (a surname, then a given name and the
# surname after it); not a surname's own capital ("MacDonald", "FitzGerald", "VanHouten").
_RUN_TOGETHER = _pattern_cache.compile(
    r"(?<=\S\s)(?P<left>\p{Lu}[\p{Ll}\p{M}]{2,})(?P<right>\p{Lu}[\p{Ll}\p{M}]+)(?=\s+\p{Lu})"
)
_SURNAME_PREFIXES = word_set(
    "mac van von vom del dal della des der den ter ten fitz san ben abu bin ibn"
)
# Where the names end: a date or number, a separator, an e-mail, an "Updated" stamp.
_STOP = _pattern_cache.compile(
    r"(?P<sep>\s*[|•·(\[]|\s[-–—]+\s|\s*[-–—]{2,}\s*)|(?P<colon>\s*:(?:\s|$))|(?P<digit>\d)"
    r"|(?P<junk>@|https?://|\s(?i:last\s+updated|updated|published|posted|veröffentlicht|"
    r"aktualisiert|zuletzt|publié|mis\s+à\s+jour|publicado|actualizado|atualizado|pubblicato|"
    r"aggiornato|erstellt|geändert|share|teilen|partager|compartir|condividi|follow|folgen|"
    r"twitter|facebook|instagram|linkedin|min\s+read|lesezeit)\b)"
)
# The words a relative time starts with, left on the names when they are cut at its number:
# "Por Ana Ruiz hace 3 horas", "Par Marie Dubois il y a 2 heures".
_AGO_WORDS = word_set("vor hace há ha il y a")
_DATE_WORDS = word_set("on am um vom le du des el il em de del the at a las à op ,") | frozenset(
    (*every("months"), *every("weekdays"))
)
# Labels of two words a post's byline runs into: "By: Ana Ruiz Filed Under: politics, …".
_TWO_WORD_LABELS = phrase_set(
    """filed under|filed in|posted in|tagged with|tagged as|abgelegt unter|getaggt mit|
    veröffentlicht in|classé dans|publié dans|archivado en|publicado en|archiviato in|
    pubblicato in|arquivado em|publicado em|geplaatst in|opgeslagen onder"""
)
_PIECE_END = _pattern_cache.compile(r"\s[|•·]\s")  # a separator between a byline's pieces
# Where the outlet after a separator ends ("X | EFE | 12.03.2021").
_SEGMENT_END = _pattern_cache.compile(r"\s*[|•·()\[\]]\s*|\s[-–—]+\s|\d")
_UPPER = _pattern_cache.compile(r"\p{Lu}")
_AFFILIATION_TAIL = _pattern_cache.compile(
    r"(?i)(?:,\s*|\s+)(?:special\s+to|for|für|pour|para|per|voor)\s+(?=\S)"
)
_KEEPS_DOT = _pattern_cache.compile(r"(?i)(?:\b[js]r|\b\p{Lu})\.$")
_POSSESSIVE = _pattern_cache.compile(r"((?:\S+\s){0,3}\S+?)['’]s\s+(?=\S)")
_LOWER_WORD = _pattern_cache.compile(r"(\p{Ll}[\p{L}\p{M}]*)[.,;:!?]?")
_SYMBOLS = _pattern_cache.compile(r"[\p{So}\p{Sk}\p{Co}\p{Cn}\p{Cf}\p{Cc}\uFE00-\uFE0F]+")
_NICKNAME = _pattern_cache.compile(
    r"\s[\"“„«][^\"“”„«»]{1,40}[\"”“»]\s"
)  # Jenny "The Author" Smith
_PLACE_NOTE = _pattern_cache.compile(
    rf"\s\((?:{PLACE_IN_BRACKETS}|reporting\s+from)\s[^()]{{1,40}}\)"
)
# The place a writer files from in brackets before the next name, with their beat or none:
# "Ana Ruiz (Madrid, correspondance) et Tom Field", "Anna Schmidt (Berlin) und Jonas Weber".
_PLACE_BEFORE_NAME = _pattern_cache.compile(
    r"\s\((?P<place>\p{Lu}[\p{L}\p{M}.'’ -]{1,30}?)(?:,\s*(?P<beat>[\p{L}\p{M}'’ -]{1,30}))?\)"
    r"(?=\s*(?:[,;&]|\s(?:and|und|et|y|e|en|i)\s))"
)
# The person an interview is with, after its interviewer: "… Ana Ruiz mit Tom Field".
_INTERVIEWEE = _pattern_cache.compile(r"\s+(?:mit|with|avec|con|com|met|z|ze)\s+(?=\p{Lu})")
# An interview's outlet after a name: that name is the person interviewed, not the author.
_GIVEN_TO = _pattern_cache.compile(
    r"\s(?:en|al|alla|a|à|au|aux|to|an|no|na|ao|in|im|bei|auf|for|für|pour|para|per|op|dla)"
    r"\s+(?=\p{Lu})"
)
_SPECIAL_TO = _pattern_cache.compile(r"(?i)^special\s+to\s+")
# "By Ana Ruiz with AP", "Von Tom Berg mit Material von dpa", "(avec AFP)": the agency that
# supplied part of the story, printed after the names.
_PARTNER = _pattern_cache.compile(
    r"(?i)(?:\s*,\s*|\s+|\s*\(\s*)(?:with|mit|avec|con|com|met)\s+"
    r"(?:(?:material|informationen|information|inputs?|reporting|agenturmaterial)\s+"
    r"(?:von|from|de|der|des|da|of)\s+)?(?P<partners>[^()\n]{2,60}?)\s*\)?\s*\.?$"
)
_AGENCIES_WORDS = phrase_set(
    "agencies|agenturen|agences|agencias|agenzie|agências|agentschappen|wires|wire services"
)
_SECTION_EDGES = " ;,|—–-•"
_NEWSROOM_WORDS = (
    5  # "Middle East Bureau Staff"; "the time the talks ended with AP reporters" is prose
)
_DETERMINERS = word_set(
    """a an our unser unsere unserer unseren unserem ein eine einer einem notre nos nuestra
    nuestro nuestros nuestras nostra nostro nostri nossa nosso nossos onze un une una uma um"""
)
_LEADING_WORDS = _DETERMINERS | word_set("the la le les el los las il lo der die das")
_FIELD_INITIALS = _pattern_cache.compile(r"(?:\p{Lu}\.\s?){1,3}")  # "R. R.", "J.R."
_FIELD_SITE = _pattern_cache.compile(
    r"(?i)(?:https?://)?(?:www\.)?(?P<site>[\p{L}\d-]{2,40}(?:\.[\p{L}\d-]{2,20}){1,2})/?"
)
_CAMEL_SPLIT = _pattern_cache.compile(r"(?<=\p{Ll})(?=\p{Lu})")
_INITIAL = _pattern_cache.compile(r"(?:\p{Lu}\.)+")
_LOWER_CODE = _pattern_cache.compile(r"\p{Ll}{1,4}")
_AGENCY_STAFF = _pattern_cache.compile(
    r"(?P<agency>.{2,40}?)\s+(?i:staff(?:\s+(?:writers?|reporters?|reports?))?|newsroom|news\s+desk)"
)
_NON_ENGLISH_BY = word_set("von vom par por di da de door")
_NEWSROOM_SPLIT = _pattern_cache.compile(r"\s*[,;/]\s*")  # not "and": "Staff and wire reports"


def parse_byline_line(line: str) -> Byline | None:
    """A byline found in article text: the line must start with a byline word ("By", "Von", …),
    or be one in a script without case ("记者 张三", "홍길동 기자": see
    :mod:`~newsclean.parsers.uncased_byline`)."""
    if len(line) > GATE.max_chars:
        line = line.rstrip()  # padded with whitespace ("By Hanh Nguyen" and 250 spaces)
        if len(line) > GATE.max_chars:
            return None
    if not line.isascii():
        uncased = parse_uncased_byline(line)
        if uncased is not None:
            return uncased
    head = line[:60].lstrip(_BULLETS)
    words = head.replace("：", ": ", 1).split(None, 1)  # "作者：张三": a full-width colon
    first = words[0].casefold().rstrip(":") if words else ""
    if first not in _PREFIX_WORDS and not first.startswith(_GLUED_WORDS):
        return None  # a set lookup dismisses most lines before the pattern runs
    if _PREFIX.match(head) is None and _STAMPED.match(head) is None:
        return None
    return parse_byline(line)


def parse_byline(text: str, *, field: bool = False) -> Byline | None:
    """People, affiliations, editors and contributors in a byline string, with or without "By".

    With ``field`` the text is an author field of a scraper or feed, known to hold authors,
    and is read leniently (see :mod:`newsclean.parsers.author_field`): "Last, First", a lone
    name, roles and e-mail addresses dropped, repeats kept once, and newsrooms and companies
    reported in ``organisations``.

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
    if field:
        return _read_field(line)
    return _parse_line(line)


@lru_cache(maxsize=BYLINE_CACHE)
def _parse_line(line: str) -> Byline | None:
    """:func:`parse_byline` of a stripped ``line`` in text mode (a site prints its bylines
    again and again, and the byline rules of one page ask about the same names)."""
    if REPLY.search(line):
        return None  # "Kommentar von Ann Lee — 2019-01-01 | Antworten" heads a comment
    label, newline, below = line.partition("\n")
    if newline and label.strip(_BULLETS + ":：").casefold() in _LABEL_SET:
        tidy = _tidy(below.lstrip(_BULLETS))  # "Auteur" / "Marie Dubois": the label's own line
        prefix = None
    else:
        tidy = _tidy(line.lstrip(_BULLETS))
        prefix = _PREFIX.match(tidy) or _STAMPED.match(tidy)
    body, partner = _split_partner(tidy[prefix.end() :] if prefix else tidy)
    interview = prefix is not None and prefix[0].lstrip().casefold().startswith(INTERVIEW_WORDS)
    if interview:
        if _GIVEN_TO.search(body):
            return None  # "Entrevista de Pedro Sánchez en TVE": the person interviewed
        body = _INTERVIEWEE.split(body, maxsplit=1)[0]  # "Interview von Ana Ruiz mit Tom Field"
    sections: dict[str, list[str]] = {"authors": [], "contributors": [], "editors": []}
    found = list(_SECTION.finditer(body))
    ends = [*(match.start() for match in found), len(body)]  # each section ends at the next
    credits = _read_credit(_section_text(body, 0, ends[0]))
    if prefix is not None and not found and (credits is None or credits == ([], None)):
        lone = _lone_given_name(body)
        if lone is not None:
            return Byline(text=line, authors=(Author(lone),))
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
    if not names and (interview or not (affiliation or _group_only(body))):
        return None  # "Interview by police": an interviewer is a person
    agency = (find_agency(affiliation) if affiliation else None) or partner
    if not names and not agency and prefix is not None:
        names = _staff_surname(prefix[0], body)  # "Von Jörg Staff am 16.11.2022"
    organisations = () if names or agency else _newsrooms(body)
    if organisations and not names:
        agency = _staff_agency(organisations)
        if agency is not None:
            organisations = ()  # "By Reuters Staff": the agency's own newsroom
    return Byline(
        text=line,
        authors=tuple(Author(name, affiliation) for name in names),
        agency=agency,
        editors=tuple(_unique(sections["editors"])),
        contributors=tuple(_unique(sections["contributors"])),
        organisations=organisations,
    )


def _staff_surname(opening: str, body: str) -> list[str]:
    """The person of "Von Jörg Staff": after a by-word of a language that has no newsroom
    word "Staff" (German, French, Spanish, Italian, Portuguese, Dutch), a known given name
    and "Staff" are a name; "By Metro Staff" is a newsroom."""
    if opening.split()[-1].casefold() not in _NON_ENGLISH_BY:
        return []
    name = _cut_tail(body)[0]
    words = name.split()
    if not 2 <= len(words) <= 3 or words[-1] != "Staff" or not starts_with_given_name(name):
        return []
    known = person_name(" ".join(words[:-1])) if len(words) == 3 else words[0]
    return [name] if known is not None and words[0][1:].islower() else []


def _staff_agency(newsrooms: tuple[str, ...]) -> str | None:
    """The agency whose staff a lone newsroom is ("Reuters Staff", "AFP staff writers")."""
    if len(newsrooms) != 1:
        return None
    staff = _AGENCY_STAFF.fullmatch(newsrooms[0])
    return find_agency(staff["agency"]) if staff is not None else None


def _newsrooms(body: str) -> tuple[str, ...]:
    """The newsrooms or outlets a byline without people credits ("Staff and news service
    reports", "Redaktion", "Miami Today"), each once, as printed (reported, not dropped)."""
    head = _cut_tail(body)[0]
    parts = [_undetermined(" ".join(p.split()).strip(" .")) for p in _NEWSROOM_SPLIT.split(head)]
    return tuple(_unique([p for p in parts if p and not _LOWER_CODE.fullmatch(p)]))


def _undetermined(part: str) -> str:
    """``part`` without a leading "our", "unserer", "a" … ("our staff" → "staff")."""
    first, _, rest = part.partition(" ")
    return rest if rest and first.casefold() in _LEADING_WORDS else part


def _read_field(line: str) -> Byline | None:
    """An author field, read part by part (see :func:`parse_byline`)."""
    if is_book_part(line):
        return None
    # "jenny smith": names when every one starts with a given name
    cased = capitalised(without_addresses(line))
    record = _read_field(cased) if cased is not None and cased != line else None
    if record and record.authors and all(starts_with_given_name(a.name) for a in record.authors):
        return attrs.evolve(record, text=line)
    strict = parse_byline(" ".join(without_addresses(line).split()))
    if strict is not None:
        strict = attrs.evolve(strict, text=line)  # the field as it came
    parts = field_parts(line)
    authors: list[Author] = []
    organisations: list[str] = []
    agency = None
    for part in parts:
        if _NOT_AUTHOR_NOTE.search(part):
            continue  # "Peter Müller (photos)": credited for the pictures
        record = parse_byline(part)
        if record is not None and record.authors:
            authors.extend(a for a in record.authors if a.name not in {b.name for b in authors})
            agency = agency or record.agency
            continue
        kind, _ = read_part(part)
        person = field_person(part) if kind in ("other", "group") else None
        if person is not None:
            authors.append(Author(person))  # "Mobasir hassan", "Jörg Staff": a field holds authors
        elif kind == "other" and honorific_name(part):
            authors.append(Author(part))  # "Frau Sabienes": the honorific is all the name has
        elif len(parts) == 1 and _user_name(part):
            authors.append(Author(part))  # "HansEhrlich": a user's name
        elif kind == "agency" or (record is not None and record.agency):
            agency = agency or find_agency(part) or (record.agency if record else None)
        elif kind in ("outlet", "group"):
            organisations.append(part)
    if not authors and given_names_only(parts):
        authors = [Author(part) for part in parts]  # "Alice & Bob": first names only
    alone = len(parts) == 1 and classify(parts[0]) == "other"
    if not authors and not organisations and agency is None and alone:
        lone = lone_name(parts[0])
        authors = [Author(lone)] if lone else []
    if not (authors or organisations or agency):
        if strict is not None and (strict.agency or strict.authors):
            return strict  # "Text and photos: Ana Ruiz" reads whole, not split at "and"
        return _unread_field(line, parts)
    people = {a.name for a in authors}
    if strict is not None and strict.authors and people == {a.name for a in strict.authors}:
        # the whole field reads as a byline: affiliations stay with people
        return attrs.evolve(strict, organisations=tuple(organisations))
    return Byline(
        text=line,
        authors=tuple(authors),
        agency=agency,
        editors=strict.editors if strict else (),
        contributors=strict.contributors if strict else (),
        organisations=tuple(organisations),
    )


def _unread_field(line: str, parts: list[str]) -> Byline | None:
    """What a field that names no person, outlet or agency part by part still says, rather
    than nothing: initials alone are a person ("R. R."), a web address is the site
    ("www.example.com"), a partner agency after an outlet's code is the agency ("FR mit
    dpa"). A role alone ("Staff Writer") names no one and still gives nothing."""
    if _FIELD_INITIALS.fullmatch(line.strip()):
        return Byline(text=line, authors=(Author(line.strip()),))
    site = _FIELD_SITE.fullmatch(line.strip())
    if site is not None:
        return Byline(text=line, organisations=(site["site"],))
    body, partner = _split_partner(line.strip())
    if partner is not None:
        rest = body.strip(" ,;")
        return Byline(text=line, agency=partner, organisations=(rest,) if rest else ())
    return None


MAX_OUTLET_WORDS = 4
_WITH_WORDS = (" with ", " mit ", " avec ", " con ", " com ", " met ")
_HAS_DIGIT = _pattern_cache.compile(r"\d")
_OUTLET_ARTICLES = word_set("the le la les l' el il lo der die das de del di da do het")
MAX_PARTNER_LINE = 60
"""How many words an outlet's name before its partner agency may have, and how long the
line may be ("Le Monde avec AFP")."""


def outlet_with_agency(line: str) -> Byline | None:
    """ "Le Monde avec AFP", "FR mit dpa", "Redacción con EFE": an outlet's or newsroom's
    name (capitalised, at most :data:`MAX_OUTLET_WORDS` words, no digit, not a person) and
    the agencies it wrote the story with; the agency is the story's supplier."""
    if len(line) > MAX_PARTNER_LINE or not any(map(line.casefold().__contains__, _WITH_WORDS)):
        return None  # most lines: no " with " nor " avec " …
    if _HAS_DIGIT.search(line):
        return None
    body, partner = _split_partner(line.strip())
    outlet = body.strip(" ,;")
    if partner is None or not outlet[:1].isupper() or len(outlet.split()) > MAX_OUTLET_WORDS:
        return None
    if classify(outlet) in ("person", "role", "place") or " (" in line:
        return None
    if not all(w[:1].isupper() or w.casefold() in _OUTLET_ARTICLES for w in outlet.split()):
        return None  # "Le président avec AFP" is no outlet
    return Byline(text=line.strip(), agency=partner, organisations=(outlet,))


def _lone_given_name(body: str) -> str | None:
    """ "Konstantin" of "Posted by Konstantin 21.10.2019": after a by-word, one capitalised
    word that is a known given name, then a date. Alone ("Von Berlin", "By Grace") it is not
    read: one word is too little evidence. After a separator ("von Tobi · 29. Juni 2017",
    also a comment's "Posted by: Tom | January 15, 2010") it is left to the byline-block
    rule, which knows where the line stands (see ``parsers.byline_block``)."""
    stop = _STOP.search(body)
    if stop is None or stop.start() == 0 or stop.lastgroup not in ("sep", "digit"):
        return None
    if body[stop.start() - 1].isalpha():
        return None  # "Georg77" is a user name, not "Georg"
    head = _cut_tail(body)[0].strip(" .,;:")
    if " " in head or not head[:1].isupper() or not head[1:].islower() or not head.isalpha():
        return None
    return head if starts_with_given_name(head) else None


def _user_name(part: str) -> bool:
    """A user name of two capitalised words run together, the first a given name
    ("HansEhrlich"; not "MailOnline" or "FoxNews")."""
    if not is_user_name(part) or has_outlet_word(_CAMEL_SPLIT.sub(" ", part)):
        return False
    return starts_with_given_name(_CAMEL_SPLIT.sub(" ", part))


def _tidy(body: str) -> str:
    """``body`` without emoji and symbols, quoted nicknames and underscores ("Jenny_Smith")."""
    body = _NICKNAME.sub(" ", without_place_notes(without_pronouns(body)))
    return " ".join(_SYMBOLS.sub(" ", body).replace("_", " ").split())


def without_place_notes(text: str) -> str:
    """``text`` without the places its writers file from in brackets ("Ana Ruiz (à Madrid)
    et Tom Field", "Anna Schmidt (Berlin) und Jonas Weber"); an agency or outlet in brackets
    stays ("Anna Schmidt (dpa) und …")."""
    if "(" not in text:
        return text
    return _PLACE_BEFORE_NAME.sub(_place_note, _PLACE_NOTE.sub(" ", text))


def _place_note(found: regex.Match[str]) -> str:
    place, beat = found["place"], found["beat"]
    if classify(place) in ("agency", "outlet") or _NOT_AUTHOR_NOTE.search(f"({place})"):
        return found[0]  # "Anna Schmidt (dpa) und …", "Anna Schmidt (Fotos) und …"
    if beat and not beat.islower() and classify(beat) != "role":
        return found[0]  # "(Madrid, correspondance)", "(Berlin, Korrespondentin)" only
    return " "


def _split_partner(body: str) -> tuple[str, str | None]:
    """ "Ana Ruiz with AP" → "Ana Ruiz" and the agency; "… mit Agenturen" loses its tail,
    naming none; "Ana Ruiz with Tom Field" names two authors."""
    if " " not in body:
        return body, None
    match = _PARTNER.search(body)
    if match is None:
        return body, None
    partners = match["partners"]
    agency = agencies_only(partners)
    if agency is not None:
        return body[: match.start()], agency
    if " ".join(partners.split()).casefold() in _AGENCIES_WORDS:
        return body[: match.start()], None
    if match[0].lstrip(" ,(")[:4].casefold() == "with" and all(
        classify(p) == "person" for p in split_people(partners)
    ):
        return f"{body[: match.start()]} and {match['partners']}", None  # "X with Tom Field"
    return body, None


def _section_text(body: str, start: int, end: int) -> str:
    text = body[start:end].strip(_SECTION_EDGES)
    if text.endswith(".") and not _KEEPS_DOT.search(text):
        text = text[:-1]
    return text.strip(_SECTION_EDGES)


def _read_credit(text: str) -> tuple[list[str], str | None] | None:
    """The names and the affiliation in one credit section; ``None`` if it is not a credit."""
    if not text:
        return [], None
    text = _RUN_TOGETHER.sub(_two_names, _GLUED.sub(" ", text))
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
            if kind == "outlet" and prose_words(part) >= _PROSE_OUTLET:
                return None  # "Di Marco Rossi, non si hanno notizie da ieri.": a sentence
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


def _two_names(found: regex.Match[str]) -> str:
    """ "RuizTom" → "Ruiz, Tom" when "Tom" is a given name and "Ruiz" no surname's prefix."""
    left, right = found["left"], found["right"]
    if left.casefold() in _SURNAME_PREFIXES or right.casefold() not in given_names():
        return found[0]
    return f"{left}, {right}"


def _cut_tail(text: str) -> tuple[str, str | None]:
    """The names part of ``text`` and an outlet printed after a separator ("X | EFE")."""
    stop = _STOP.search(text)
    worded = worded_relative(text)  # "Von Ana Ruiz, vor einer Stunde": no digit to stop at
    if worded is not None and (stop is None or worded[0] < stop.start()):
        return text[: worded[0]].strip(" ,;"), None
    if stop is None:
        return text, None
    head, rest = text[: stop.start()], text[stop.end() :]
    if stop[0] == "@" and head[-1:].strip() and "." in rest.partition(" ")[0][1:-1]:
        head = head.rpartition(" ")[0]  # "Ana Ruiz aruiz@example.com": the address goes whole
    words = head.split()
    label = len(words) > 3 and " ".join(words[-2:]).casefold() in _TWO_WORD_LABELS
    if stop.lastgroup == "digit":  # "By Ana Ruiz on 5 Jan 2025 | 18 Comments. This post …":
        rest = _PIECE_END.split(rest, maxsplit=1)[0]  # the words past a separator are not its
    if stop.lastgroup != "junk" and not (label and stop.lastgroup == "colon") and _is_prose(rest):
        return "", None  # "von Open Source Software (OSS) ein und entwickeln …"
    affiliation = None
    if stop.lastgroup == "sep" and stop[0].strip() in "-–—" and _dated_rest(rest):
        head = without_filing_city(head)  # "Por Ana García Madrid - 05 ENE 2025"
    if stop.lastgroup == "sep":
        segment = _SEGMENT_END.split(rest, maxsplit=1)[0]
        segment = _SPECIAL_TO.sub("", segment.strip(" ,.;:"))
        if classify(segment) in ("agency", "outlet"):
            affiliation = segment
    elif stop.lastgroup == "colon":  # "Name Label: …", "Name Filed Under: tags, …"
        head = " ".join(words[: -2 if label else -1]) if len(words) > 2 else head
    if stop.lastgroup in ("digit", "colon", "junk"):
        words = head.split()
        while words and (
            words[-1].casefold().strip(".,") in _DATE_WORDS
            or (stop.lastgroup == "digit" and words[-1].casefold() in _AGO_WORDS)
        ):
            words.pop()
        head = " ".join(words)
    return head.strip(" ,;"), affiliation


def _dated_rest(rest: str) -> bool:
    """Whether ``rest`` starts with a date ("05 ENE 2025", "Jan 5, 2025")."""
    date = find_date(rest[:40])
    return date is not None and not rest[: date.start].strip()


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
    names = head[: match.start()]
    if not special and classify(outlet) not in ("agency", "outlet") and not _named(names, outlet):
        return head, None
    return names, outlet


MAX_OUTLET_WORDS = 3
"""Most words of an outlet the outlet lists do not know, after "for" ("for Semafor")."""


def _named(names: str, outlet: str) -> bool:
    """Whether ``outlet``, after "for" at the end of the ``names``, is a name the outlet lists
    do not know: one to three capitalised words, none a person's or a role, after a person's
    name ("Jack Wright For Mailonline", "pour Mediapart", "para Infobae"; not "for the first
    time", "for Tom Field", "Landesanstalt für Landwirtschaft, Köllitsch")."""
    words = outlet.split()
    last = names.rsplit(",", 1)[-1].strip()
    return (
        0 < len(words) <= MAX_OUTLET_WORDS
        and "," not in outlet
        and all(w[:1].isupper() or w[:1].isdigit() for w in words)
        and starts_with_given_name(last)
        and classify(outlet) == "other"
        and not starts_with_given_name(outlet)
    )


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


# Where the writers write from, after their names: "de Brasília", "à Bruxelles", "da Kiev",
# "do Rio", "dalla Francia", "uit Brussel".
_FROM_PLACE = _pattern_cache.compile(
    r"(?:de|desde|em|en|à|a|da|do|dos|das|dal|dalla|from|in|aus|depuis|uit|vanuit)\s+"
    r"\p{Lu}[\p{L}\p{M}'’-]*"
    r"(?:\s+(?:\p{Lu}[\p{L}\p{M}'’-]*|de|do|da|del|di|la|los)){0,3}"
)


def _skippable(part: str, after_names: bool) -> bool:
    """A piece after the names that is neither a name nor wrong: "Berlin", an editor code "det"."""
    part = part.strip(" .")
    if _LOWER_CODE.fullmatch(part):
        return True
    return after_names and (
        (len(part.split()) == 1 and part[:1].isupper()) or _FROM_PLACE.fullmatch(part) is not None
    )


def _group_only(body: str) -> bool:
    """A byline that credits only a newsroom or staff ("Staff report", "Redaktion MSM")."""
    head, _ = _cut_tail(body)
    parts = split_people(head)
    if len(parts) == 1 and is_user_name(parts[0]):
        return False  # "geschrieben von GeorgQuaas am …": a commenter's user name
    return bool(parts) and all(
        len(p.split()) <= _NEWSROOM_WORDS and _verbless(p) and _credits_a_newsroom(p) for p in parts
    )


def _verbless(part: str) -> bool:
    """Whether ``part`` has no lower-case word a credit does not need besides an article or
    "our" ("By our staff", "Von unserer Redaktion"): "Von der Polizei gestoppt", "Analysis by
    the police department shows" are sentences."""
    return prose_words(" ".join(w for w in part.split() if w.casefold() not in _DETERMINERS)) == 0


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
