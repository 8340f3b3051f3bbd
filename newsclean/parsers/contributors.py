"""Contributor lines: "X, Y and Z contributed reporting." and their kin in six languages."""

from __future__ import annotations

import regex

import newsclean._pattern_cache as _pattern_cache
from newsclean._credits import Contributors
from newsclean._text import unbracketed
from newsclean.parsers._names import (
    classify,
    is_role,
    person_name,
    read_part,
    split_people,
    strip_location,
    word_set,
)
from newsclean.parsers.agencies import find_agency
from newsclean.parsers.agencies import gate as agency_gate
from newsclean.parsers.given_names import starts_with_given_name
from newsclean.parsers.lexicon import ParserGate

__all__ = ["GATE", "parse_contributors"]

MAX_CONTRIBUTORS = 400

# "… contributed reporting from Kyiv." — the verb, then only a known ending.
_TAIL = _pattern_cache.compile(
    r"(?i)\s+(?:(?:also|has|have|had|a|ont|ha|han|hanno|hat|haben|heeft|hebben)\s+)?(?:also\s+)?"
    r"(?:contributed|contribué|collaboré|contribuido|contribuyó|contribuyeron|colaboró|"
    r"colaboraron|contribuiu|contribuíram|colaborou|colaboraram|contribuito|collaborato|"
    r"(?:zu\s+(?:diesem|dem)\s+(?:bericht|artikel|beitrag|text)\s+)?beigetragen|mitgearbeitet|"
    r"(?:aan\s+(?:dit|dat|het|deze)\s+\p{L}+\s+)?(?:bijgedragen|meegewerkt))"
    r"(?:\s+(?:reporting|research|writing|additional\s+reporting|to\s+(?:this|the)\s+"
    r"(?:report|story|article|coverage)|(?:reporting|research)\s+and\s+(?:research|reporting)|à\s+(?:cet|ce)\s+\p{L}+|(?:a|en|para)\s+est[ea]\s+\p{L}+|"
    r"zu\s+diesem\s+\p{L}+|a\s+questo\s+\p{L}+|aan\s+(?:dit|dat|het|deze)\s+\p{L}+|(?:para|com)\s+(?:esta|este|a|o)\s+\p{L}+))?"
    r"(?:\s+(?:from|in|en|desde|em|aus|da|à|a)\s+(?P<place>[^;]{1,100}?))?\s*\.?\s*$"
)
# What every verb of _TAIL starts with: a line without one of them needs no _TAIL search.
_VERB_STEMS = (
    *("contribu", "collabor", "colabor", "beigetragen", "mitgearbeitet", "bijgedragen"),
    "meegewerkt",
)
GATE = ParserGate(
    max_chars=MAX_CONTRIBUTORS,
    words=("with", "avec", "con", "com", "mit", "met"),
    starts=(
        *("additional reporting", "mitarbeit", "reporting by", "writing by", "reporting was"),
        *("reporting were", "research was", "information for", "information from"),
        *("información de", "informacion de", "informações de"),
        *("material from", "reporting from", "in samenwerking", "samenwerking met"),
        *("reportage additionnel", "hanno collaborato", "ha collaborato", "ha contribuito"),
        *("hanno contribuito", "colaborou", "colaboraram", "colaboró", "colaboraron"),
        *("unter mitarbeit", "contribuyeron", "contribuyó", "contribuíram", "contribuiu"),
        *("ont collaboré", "a collaboré", "contributing", "contributors", "współpraca"),
        *("editing by", "edited by", "medewerking", "an diesem", "an dem", "aan dit", "aan het"),
        *("this story was", "this article was", "this report was", "the story was"),
        *(
            f"{this} {what} {verb}"
            for this in ("this", "the")
            for what in ("report", "story", "article")
            for verb in ("includes", "contains", "uses")
        ),
    ),
    # "Reuters reporting by Ana Ruiz; editing by …"; "Ana Ruiz reported from Madrid."
    triggers=(
        *_VERB_STEMS,
        "reporting by",
        "reported from",
        "mitgewirkt",
        "werkte mee",
        "werkten mee",
    ),
)
"""The lines :func:`parse_contributors` may accept."""
_ZU_DIESEM = _pattern_cache.compile(r"(?i)\s+zu\s+diesem\s+\p{L}+$")
# "Ana Ruiz contributed to the report, and Tom Field contributed research.": the first verb
_EARLIER_VERB = _pattern_cache.compile(
    r"(?i)\s+(?:also\s+)?contributed(?:\s+(?:reporting|research|to\s+(?:this|the)\s+"
    r"(?:report|story|article)))?(?=\s*,)"
)
# What a line's contributors worked on: "Colaboró en esta nota …"
_PIECE = (
    r"nota|informaci[oó]n|art[ií]culo|reportaje|informe|cobertura|texto|reportagem|mat[ée]ria|"
    r"articolo|servizio|pezzo"
)
# "Additional reporting by …", "Mitarbeit: …", "Avec AFP", "Con información de …".
_HEAD = _pattern_cache.compile(
    r"(?i)^(?:[-–—]+\s*)?(?:(?:with\s+)?additional\s+reporting\s*(?:by|from|:)|with\s+reporting\s+by|"
    r"(?:this|the)\s+(?:story|article|report)\s+was\s+(?:also\s+)?reported\s+by|"
    r"(?:reporting|research|information|material)\s+(?:for\s+this\s+(?:article|story|report)\s+)?"
    r"(?:was|were)\s+contributed\s+by|with\s+(?:assistance|help)\s+from|information\s+from\s*:|"
    r"met\s+medewerking\s+van|(?:in\s+)?samenwerking\s+met|reportage\s+additionnel\s+de|"
    r"con\s+(?:la\s+)?colaboraci[oó]n\s+de|com\s+colabora[cç][aã]o\s+de|"
    r"(?:additional\s+)?(?:reporting|research)\s+(?:was\s+)?contributed\s+by|"
    r"con\s+reportes?\s+de|con\s+la\s+collaborazione\s+di|(?:ha|hanno)\s+contribuito\s*:?|"
    r"contribut(?:ing(?:\s+(?:reporters?|writers?))?|ors)\s*:|(?:unter\s+)?mitarbeit\s*(?::|von)|"
    r"współpraca\s*:|(?:contribuyeron|contribuyó|contribuíram|contribuiu)\s*:?|"
    r"medewerking\s*:|"
    # "Aan dit artikel werkte mee: …", "An diesem Bericht haben mitgewirkt: …"
    r"aan\s+(?:dit|het|deze)\s+(?:artikel|stuk|verhaal|bericht)\s+werkten?\s+(?:ook\s+)?mee\s*:|"
    r"an\s+(?:diesem|dem)\s+(?:beitrag|artikel|bericht|text)\s+(?:hat|haben)\s+(?:auch\s+)?"
    r"(?:mitgewirkt|mitgearbeitet)\s*:|"
    r"mit\s+(?:material|informationen)\s+(?:von|der|des)|"
    r"con\s+(?:la\s+)?(?:información|informaci[oó]n|colaboración)\s+de|"
    r"com\s+informações\s+(?:da|do|de|das|dos)|(?:avec|with)\s+la\s+collaboration\s+(?:de|d['’])|"
    r"(?:(?:ha|hanno)\s+collaborato|colaboraram|colaborou|colaboraron|colaboró)"
    r"(?:\s+(?:en|a|em|n[ao]|para|con)\s+(?:(?:esta|este|la|el|o|a|questo|questa|essa|esse)\s+)?"
    rf"(?:{_PIECE}))?\s*:?|"  # "Colaboró en esta nota", "Ha collaborato a questo articolo"
    r"(?:avec|with)\s+l['’]\s*aide\s+(?:de|d['’])|con\s+la\s+ayuda\s+de|com\s+a\s+ajuda\s+de|"
    r"con\s+l['’]\s*aiuto\s+di|mit\s+(?:der\s+)?hilfe\s+von|met\s+(?:de\s+)?hulp\s+van|"
    r"informaci[oó]n\s+de|informações\s+de|"
    r"(?:ont|a)\s+collaboré\s*:?|with\s+files\s+from|(?:avec|with|com|con|mit)\s+(?:l['’]\s*)?)"
    r"\s*(?=\S)"
)
# Heads that also open story sentences ("Avec le soutien de …", "Mit Informationen von
# Nachbarn suchte die Polizei …"): what follows must be agencies or known people only.
_BARE_HEAD = _pattern_cache.compile(
    r"(?i)(?:(?:avec|with|com|con|mit)\s+(?:l['’]\s*)?|mit\s+informationen\s+(?:von|der|des)\s*"
    r"|(?:avec|with)\s+l['’]\s*aide\s+(?:de|d['’])\s*|con\s+la\s+ayuda\s+de\s*|com\s+a\s+ajuda\s+de\s*"
    r"|con\s+l['’]\s*aiuto\s+di\s*|mit\s+(?:der\s+)?hilfe\s+von\s*|met\s+(?:de\s+)?hulp\s+van\s*"
    r"|informaci[oó]n\s+de\s*|informações\s+de\s*"
    r"|(?:this|the)\s+(?:story|article|report)\s+was\s+(?:also\s+)?reported\s+by\s*)$"
)
_LATER = _pattern_cache.compile(
    r"\s*,\s*(?:and\s+|und\s+|et\s+|y\s+|e\s+)?|\s+(?:and|und|et|y|e)\s+"
)
_ARTICLE = _pattern_cache.compile(r"(?:da|do|das|dos|de|del|la|le|l['’]|die|der|the)\s*")
_AGENCY_GROUPS = word_set(
    "agences agencies agenturen agencias agências agenzie nachrichtenagenturen"
)
_GROUPS_AND_LIST_WORDS = _AGENCY_GROUPS | word_set("and und et y e i")  # split_people's words
_EDITING = _pattern_cache.compile(r"(?i)[;.]?\s*(?:editing|edited|writing)\s+by\s+")
_OWNER = _pattern_cache.compile(r"(?P<owner>.{1,40}?)(?:['’]s|(?<=s)['’])\s+(?P<rest>\S.*)")
# "Material from The Associated Press was used in this report."
_USED = _pattern_cache.compile(
    r"(?i)^(?:material|information|reporting)\s+from\s+(?P<names>.{2,120}?)\s+(?:was|were)\s+used"
    r"(?:\s+in\s+(?:this|the)\s+(?:report|story|article))?\s*\.?$"
    r"|^(?:this|the)\s+(?:report|story|article)\s+(?:includes|contains|uses)\s+"
    r"(?:material|reporting|information)\s+from\s+(?P<names>.{2,120}?)\s*\.?$"
)
# "An diesem Beitrag hat Ana Ruiz mitgewirkt.", "Aan dit artikel werkte Ana Ruiz mee."
_WORKED_ON = _pattern_cache.compile(
    r"(?i)^(?:an\s+(?:diesem|dem)\s+(?:beitrag|artikel|bericht|text)\s+(?:hat|haben)\s+"
    r"(?P<names>.{2,120}?)\s+mitgewirkt|aan\s+(?:dit|het)\s+(?:artikel|stuk|verhaal)\s+"
    r"werkten?\s+(?P<names>.{2,120}?)\s+mee|(?P<names>.{2,120}?)\s+(?:hat|haben)\s+an\s+(?:diesem|dem)\s+"
    r"(?:beitrag|artikel|bericht|text)\s+(?:mitgewirkt|mitgearbeitet)|(?P<names>.{2,120}?)\s+"
    r"werkten?\s+mee\s+aan\s+(?:dit|het|deze)\s+(?:artikel|stuk|verhaal|bericht))\s*\.?$"
)
# "Ana Ruiz reported from Madrid, and Tom Field from Paris.": where the writers were.
_REPORTED_FROM = _pattern_cache.compile(r"\s+reported\s+from\s+(?P<place>[^;]{1,100}?)\s*\.?\s*$")
# "Reporting by Ana Ruiz; Additional reporting by Tom Field; Editing by Lee Chan"
_FOOTER = _pattern_cache.compile(
    r"(?i)^\(?\s*(?:(?:(?:additional\s+)?reporting|writing)\s+by\s[^;]+?"
    r"(?:;|,\s*(?=(?:editing|edited|writing|additional\s+reporting)\s+by\s))"
    r"|(?:editing|edited)\s+by\s+\p{Lu}[^;]{1,80}$)"  # a footer of editors only
)
_AGENCY_LEAD = _pattern_cache.compile(
    r"(?P<agency>\p{Lu}[\p{L}.-]{1,20})\s+(?=(?i:reporting|writing)\s+by\s)"
)
_FOOTER_SECTION = _pattern_cache.compile(
    r"(?i)(?:^|[;.]\s*|,\s*(?=(?:editing|edited|writing|additional)\s)|\s+and\s+)\(?\s*"
    r"(?P<label>(?:additional\s+)?reporting|writing|"
    r"editing|edited|compiled|graphics|photos?)\s+by\s+"
)
_OF_OUTLET = _pattern_cache.compile(
    r"\s+(?:of|from|for|de|da|du|von)\s+(?P<outlet>(?:[Tt]he\s+)?\p{Lu}.{1,60})$"
)
# "Ana Ruiz/Kyiv": the place a contributor reported from, after a slash (not "dpa/AFP" or
# "Ana Ruiz/Tom Field", where a name or an agency follows).
_SLASH_PLACE = _pattern_cache.compile(
    r"(?<=\p{Ll})/(?P<place>\p{Lu}[\p{L}\p{M}.'’-]*(?:\s\p{Lu}[\p{L}\p{M}.'’-]*)?)"
    r"(?=\s*(?:[,;.]|\s(?:and|und|et|y|e)\s|$))"
)
_ADDRESS = _pattern_cache.compile(r",?\s*(?:https?://|www\.)\S+")
_TRAILING_PLACE = _pattern_cache.compile(
    r",\s*(?:de|from|desde|da|do|aus|em|in|à)\s+\p{Lu}[^,]{0,40}$"
)
# "Ana Ruiz, a reporter for The Post, contributed": the job between commas goes
_APPOSITIVE = _pattern_cache.compile(
    r",\s+(?P<article>(?i:an?|the|un|une|el|la|il|o)\s+)?(?P<what>[^,;]{2,80}?)(?=\s*(?:,|$))"
)
_AGENCY_WORDS = _pattern_cache.compile(
    r"(?i)^(?:(?:den|der|the|les)\s+)?(?:nachrichtenagenturen|agenturen|agences|agencias|agências|"
    r"agenzie|news\s+agencies|wire\s+services)\s+"
)


def parse_contributors(line: str) -> Contributors | None:
    """People and groups credited in a contributor line, else ``None``.

    >>> parse_contributors("Wayne Cheng and Sandi Sidhu contributed reporting.").people
    ('Wayne Cheng', 'Sandi Sidhu')
    >>> parse_contributors("Avec AFP").groups
    ('AFP',)
    """
    text = line.strip()
    if not text or len(text) > MAX_CONTRIBUTORS:
        return None
    # one space between words keeps the patterns linear; "(avec AFP)" loses its brackets
    inner = unbracketed(" ".join(text.split())).lstrip("-–—― ")  # "— Ana Ruiz contributed …"
    lead = _AGENCY_LEAD.match(inner)
    if lead is not None and find_agency(lead["agency"]) is not None:
        inner = inner[lead.end() :]  # "Reuters reporting by Ana Ruiz; editing by Tom Field"
    folded = inner.casefold()
    if _FOOTER.match(inner):
        return _footer(text, inner)
    used = _USED.match(inner) or _WORKED_ON.match(inner)
    if used is not None:
        inner = f"{used['names']} contributed"
        folded = inner.casefold()
    tail = _TAIL.search(inner) if any(stem in folded for stem in _VERB_STEMS) else None
    if tail is None and "reported from" in folded:
        tail = _REPORTED_FROM.search(inner)
        if tail is not None and not _people_only(inner[: tail.start()]):
            return None  # "The police reported from the scene": a sentence
    head = _HEAD.match(inner)
    if head is not None and tail is not None and tail.start() < head.end():
        tail = None  # "Ha collaborato a questo articolo Giulia Bianchi": the verb opens the line
    later: list[str] = []
    if tail is not None and tail.start() > 0:
        names = _EARLIER_VERB.sub("", _ZU_DIESEM.sub("", inner[: tail.start()]))
        later = _later_people(tail["place"] or "")
    elif head is not None:
        names = inner[head.end() :].strip(" .")
        if _BARE_HEAD.match(head[0]) and not (_agencies_only(names) or _people_only(names)):
            return None  # "Com o apoio de …", "Avec le soutien de …" are sentences
    else:
        return None
    editors: list[str] = []
    editing = _EDITING.search(names)
    if editing is not None:
        editors = [person_name(p) or p for p in split_people(names[editing.end() :].strip(" ."))]
        names = names[: editing.start()]
    people: list[str] = []
    groups: list[str] = []
    names = _TRAILING_PLACE.sub("", names.strip(" .:,"))  # "Ana Ruiz, in Madrid, contributed"
    names = _ADDRESS.sub("", names)  # "Information from: The Seattle Times, http://…"
    names = _SLASH_PLACE.sub(_without_place, names)  # "With reporting by Ana Ruiz/Kyiv"
    names = _APPOSITIVE.sub(_without_job, names)
    italian = head is not None and head[0].casefold().startswith(_ITALIAN_HEADS)
    placed = False  # whether the part before ended with its place ("… in Trenton")
    for number, raw in enumerate(split_people(_AGENCY_WORDS.sub("", names))):
        raw = _without_outlet(raw)
        if placed and _STATE.fullmatch(raw) and not _known_person(raw):
            continue  # "in Trenton, New Jersey": the state of the place before
        located = strip_location(raw)
        if italian:
            located = _ITALIAN_PLACE.sub("", located)  # "Marco Rossi da Roma"
        placed = located != raw
        part = _strip_descriptor(located) if number == 0 else located
        article = _ARTICLE.match(part)
        if article is not None and find_agency(part[article.end() :]):
            part = part[article.end() :]  # "… e da AFP"
        owner = _OWNER.fullmatch(part)
        if owner is not None and classify(owner["owner"]) in ("agency", "outlet"):
            name = person_name(owner["rest"])
            if name is None:
                groups.append(part)  # "CNN’s Beijing bureau"
            else:
                people.append(name)
            continue
        kind, name = read_part(part)
        if kind == "person":
            people.append(name or part)
        elif kind in ("agency", "outlet", "group"):
            groups.append(part)
        else:
            return None
    people.extend(later)
    if not people and not groups:
        return None
    return Contributors(
        text=text, people=tuple(people), groups=tuple(groups), editors=tuple(editors)
    )


# ("con l'aiuto di"; "con la ayuda de", "con la colaboración de" are Spanish)
_ITALIAN_HEADS = (
    "ha collaborato",
    "hanno collaborato",
    "con la collaborazione",
    "con l'",
    "con l’",
)
# After an Italian head "da" opens the writer's town: "Marco Rossi da Roma".
_ITALIAN_PLACE = _pattern_cache.compile(
    r"(?<=\S\s+\S+)\s+da\s+\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+)?$"
)
# The state or country after a writer's town: "in Trenton, New Jersey," "in Lyon, France"
_STATE = _pattern_cache.compile(r"\p{Lu}[\p{L}\p{M}.'’-]+(?:\s+\p{Lu}[\p{L}\p{M}.'’-]+)?")


def _without_place(match: regex.Match[str]) -> str:
    place = match["place"]
    if starts_with_given_name(place) or find_agency(place) is not None:
        return match[0]
    return ""


def _without_job(match: regex.Match[str]) -> str:
    """ ", a reporter for The Post" → "" (the job of the person before it), else unchanged."""
    what = match["what"]
    job = is_role(what) if match["article"] else _is_job_word(what.split()[0])
    return "" if job else match[0]


def _without_outlet(part: str) -> str:
    """ "Ana Ruiz of The Associated Press" → "Ana Ruiz" (the outlet is an affiliation)."""
    match = _OF_OUTLET.search(part)
    if match is not None and classify(match["outlet"]) in ("agency", "outlet"):
        return part[: match.start()]
    return part


def _footer(text: str, inner: str) -> Contributors | None:
    """A Reuters footer: reporters and writers are contributors, editors are editors."""
    sections = list(_FOOTER_SECTION.finditer(inner))
    ends = [*(m.start() for m in sections[1:]), len(inner)]
    people: list[str] = []
    editors: list[str] = []
    for match, end in zip(sections, ends, strict=True):
        label = match["label"].casefold()
        if label.startswith(("photo", "graphics")):
            continue
        names = [
            person_name(strip_location(p))
            for p in split_people(inner[match.end() : end].strip(" .;)"))
        ]
        target = editors if label.startswith(("edit", "compiled")) else people
        target.extend(n for n in names if n and n not in target)
    if not people and not editors:
        return None
    return Contributors(text=text, people=tuple(people), editors=tuple(editors))


def _agencies_only(names: str) -> bool:
    """Whether ``names`` lists agencies and groups of them only: "AFP, EFE y Reuters"."""
    if not agency_gate(names, _GROUPS_AND_LIST_WORDS):
        return False  # a sentence, dismissed before the split
    return all(_agency_or_group(p) for p in split_people(names))


def _people_only(names: str) -> bool:
    """Whether ``names`` lists only people known by their given names: "Marie Dupont à Genève"."""
    parts = split_people(names)
    return 0 < len(parts) <= 4 and all(_known_person(strip_location(p)) for p in parts)


def _known_person(part: str) -> bool:
    """Whether ``part`` reads as a person whose first word is a known given name."""
    return classify(part) == "person" and starts_with_given_name(part)


def _agency_or_group(part: str) -> bool:
    """An agency or a group of them: "AFP", "agences", "Agenturen"."""
    return find_agency(part) is not None or part.casefold() in _AGENCY_GROUPS


def _later_people(place: str) -> list[str]:
    """The people after the first place: "Washington, and Matina Stevis-Gridneff from Brussels"."""
    people = []
    for chunk in _LATER.split(place)[1:]:
        name = person_name(strip_location(chunk))
        if name is not None and name != chunk.strip():
            people.append(name)
    return people


def _is_job_word(word: str) -> bool:
    """A job title's word, or "staff" ("Senior staff writer")."""
    return is_role(word) or word.casefold() == "staff"


def _strip_descriptor(part: str) -> str:
    """ "Associated Press writers Lisa Mascaro", "Staff writer Lisa Mascaro" → "Lisa Mascaro"
    (the outlet, the desk and the job go)."""
    words = part.split()
    for i in range(min(len(words) - 2, 6) + 1):
        if is_role(words[i]) and (
            i == 0 or classify(" ".join(words[:i])) in ("agency", "outlet", "group")
        ):
            while i + 1 < len(words) - 2 and _is_job_word(words[i + 1]):
                i += 1  # "Freelance journalist Ana Ruiz", "Senior staff writer Ana Ruiz"
            return " ".join(words[i + 1 :])
    return part
