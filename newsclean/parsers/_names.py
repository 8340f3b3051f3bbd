"""People, outlets, roles and places in credit lines: the word tests the credit parsers share.

A *part* is one comma/"and"-separated piece of a credit ("Simone McCarthy", "CNN",
"Middle East correspondent"). :func:`classify` says what a part is; :func:`person_name`
turns a part into a natural-case person name or says it is not one. Every test is a set
lookup or a bounded regex on a short string, so the parsers stay linear.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

import newsclean._pattern_cache as _pattern_cache
from newsclean.parsers.agencies import find_agency
from newsclean.parsers.given_names import given_names
from newsclean.parsers.lexicon import every

__all__ = [
    "GIVEN_FUNCTION_WORDS",
    "MAX_PART",
    "PLACE_IN_BRACKETS",
    "Part",
    "classify",
    "has_outlet_word",
    "honorific_name",
    "is_city",
    "is_role",
    "is_user_name",
    "name_words",
    "person_name",
    "prose_words",
    "read_part",
    "split_people",
    "strip_location",
    "without_filing_city",
    "without_pronouns",
    "word_set",
]


def word_set(words: str) -> frozenset[str]:
    """The whitespace-separated words of ``words`` as a set (word lists stay readable)."""
    return frozenset(words.split())


def phrase_set(phrases: str) -> frozenset[str]:
    """The ``|``-separated phrases of ``phrases``, whitespace collapsed, as a set."""
    return frozenset(" ".join(p.split()) for p in phrases.split("|"))


# A person's pronouns after their name: "Ana Ruiz (she/her)", "Alex Roy (sie/they)".
_PRONOUN = (
    r"(?:she|her|hers|he|him|his|they|them|theirs|ze|zir|xe|xem|sie|ihr|er|ihn|dey|elle|il|iel"
    r"|ella|él|elle|ellx|zij|haar|hij|hem|hen|lei|lui|ela|ele|elu)"
)
_PRONOUNS = _pattern_cache.compile(rf"(?i)\s*\(\s*{_PRONOUN}(?:\s*/\s*{_PRONOUN}){{1,2}}\s*\)")


def without_pronouns(text: str) -> str:
    """``text`` without the pronouns printed after a name ("Ana Ruiz (she/her)")."""
    return _PRONOUNS.sub("", text) if "/" in text and "(" in text else text


MAX_PART = 80
"""Longest part looked at; longer pieces are never a credit."""
PART_CACHE = 4096
"""How many parts' readings :func:`read_part` keeps."""

# Words that make a part a group or an outlet, never a person (case-folded).
_GROUP_WORDS = word_set(
    """staff team desk bureau newsroom redaktion redaktionen redacción redaccion rédaction
    redazione redação redacao reports report service services agency agencies agencia agencias agência agências agences agenzie agenturen
    agence agenzia agentur editors editorial board foundation stiftung verband bund verein
    group gruppe groupe grupo gruppo groep company inc ltd llc gmbh ag se sa spa plc corp corporation institute institut
    university universität universidad université ministry ministerium police polizei letters
    readers leser lectores lecteurs contributors collaborators wire wires inhalte content
    sponsored gesponsert gesponserte anzeige werbung advertorial partner partners
    编辑部 本报 本报记者 新华社 新闻中心 综合报道
    project marketing communications department abteilung office pressestelle pictures studios
    studio films records entertainment productions holdings webteam onlineredaktion instituto
    istituto fondation fundación fundacion fundação fundacao fondazione universidade università
    universita association asociación asociacion associação associacao associazione vereniging"""
)
# Words that make a part an outlet (case-folded), used to read an affiliation.
_OUTLET_WORDS = word_set(
    """news times post press journal herald tribune gazette gazzetta daily mail telegraph
    guardian independent observer chronicle review magazine magazin zeitung rundschau
    nachrichten allgemeine anzeiger kurier presse spiegel stern welt bild handelsblatt monde
    figaro libération liberation parisien dépêche ouest país pais mundo vanguardia corriere
    repubblica stampa messaggero sole folha estadão estado globo público publico radio tv
    television televisión televisão network networks wire media online today weekly express
    standard sun star globe courier examiner inquirer bulletin record insider politico axios
    bloomberg reuters cnn bbc npr abc cbs nbc fox msnbc cnbc jornal diário diario gazeta revista
    fernsehen rundfunk hörfunk
    rádio notícias noticias periódico periodico giornale notizie journal quotidien hebdo
    tagblatt abendblatt morgenpost bote blog podcast reflector dispatch ledger sentinel beacon
    monitor advocate enquirer mercury telegram transcript vindicator newsletter international
    nieuws nieuwsblad dagblad krant courant telegraaf omroep parool volkskrant dziennik tygodnik
    wiadomości nyheter dagbladet tidning tidningen avisen sanomat uutiset"""
)
# Function words that are also common given names, read as names before a surname.
GIVEN_FUNCTION_WORDS = word_set("per")
# Job titles: a part with one of these is a role ("Staff Writer", "Middle East correspondent").
_ROLE_WORDS = frozenset(every("roles")) | word_set("moderator admin administrator")
# Roles in scripts without case, longest first: glued before a name ("记者王敬照").
_UNCASED_ROLES = tuple(
    sorted(
        (r for r in _ROLE_WORDS if r.isalpha() and r.upper() == r.lower()), key=len, reverse=True
    )
)
# Capitalised words that never sit inside a person's name.
_NOT_NAME_WORDS = word_set(
    """the to of for in on at with from by and or der die das den dem des und les los las il lo
    gli un une una ein eine our your my his her their this that is are was not staff updated
    published posted last share que qui quoi est sont elle nous vous ils avec sans pour sur dans
    chez es eso esto esta este ese con sin para sobre entre hasta desde cuando como donde porque
    pero muy más ya no si sí che non per nel sul ist sind war wird wie was wer wo mit ohne für
    über unter nach bei aus auf zum zur im ins einer einen nicht auch noch nur é são com sem pelo
    pela mais não um uma"""
)
_HONORIFICS = word_set(
    """dr dr. prof prof. professor mr mr. mrs mrs. ms ms. mx mx. sir dame rev rev. dra dra. sr.
    sra. herr frau rechtsanwalt rechtsanwältin dipl.-ing. mag. dott. dott.ssa avv. ing. me. mme
    mme. mlle lic. lic mtro. mtra. eng. arch. ir. drs. dr.-ing. dipl. dipl.-kfm. univ.-prof.
    priv.-doz. prof.in prof.ssa med. rer. nat. phil. jur. dent. vet. habil. h.c. pr pr."""
)
# Academic degrees after a name ("Ana Ruiz PhD", "Tom Field M.Sc."): credentials, dropped.
_DEGREES = word_set(
    """phd ph.d. ph.d phd. md m.d. m.d m.a. m.a b.a. b.a mba m.b.a. m.b.a msc m.sc. m.sc bsc b.sc.
    b.sc ll.m. ll.m llm dds d.d.s. d.d.s rn r.n. r.n mph dvm psyd esq esq. msw lcsw cpa"""
)
# Job titles German writes as one compound word ("Projektleiterin", "Pressesprecher").
_ROLE_ENDINGS = _pattern_cache.compile(
    r"(?i)(?:leiter|leiterin|sprecher|sprecherin|referent|referentin|redakteur|redakteurin|"
    r"redaktor|redaktorin|journalist|journalistin|"  # Swiss "Bundeshausredaktor"
    r"korrespondent|korrespondentin|reporter|reporterin|experte|expertin|direktor|direktorin|"
    r"bürgermeister|bürgermeisterin|minister|ministerin|präsident|präsidentin|chef|chefin)$"
)
_ROLE_LAST_LETTERS = "rtnefRTNEF\n"  # what a word _ROLE_ENDINGS matches ends with ("$": or "\n")
_VERBS = word_set("is was ist war est était es era è é são foi")
_ARTICLES = word_set("el la le les los las il lo gli un une una")
_SUFFIXES = word_set("jr jr. sr sr. ii iii iv")
_PARTICLES = word_set(
    """van von der den de del della dei degli di da das dos do du la le ter ten zu af bin ibn al
    el y"""
)
# Multi-word places that look like names ("New York" after a comma is a place, not a person).
_PLACES = phrase_set(
    """new york | new delhi | new jersey | new orleans | new zealand | new mexico | hong kong |
    los angeles | las vegas | san francisco | san diego | san jose | san josé | san juan | san
    antonio | santa monica | sao paulo | são paulo | rio de janeiro | buenos aires | mexico
    city | ciudad de méxico | tel aviv | cape town | kuala lumpur | abu dhabi | addis ababa |
    st. louis | salt lake city | washington dc | washington d.c. | el paso | panama city |
    guatemala city | kansas city | nueva york | nova york | middle east | south africa |
    united states | united kingdom | north korea | south korea | saudi arabia | costa rica |
    puerto rico | sri lanka | frankfurt am main | la paz | santo domingo | the hague | den
    haag | bad homburg | hong kong sar | west bank | gaza strip | north carolina | south
    carolina | north dakota | south dakota | west virginia | new hampshire | rhode island |
    british columbia | nova scotia | new brunswick | new south wales | northern ireland | south
    australia | western australia | northern territory | north rhine-westphalia"""
)

# Cities writers file from that are no surname, printed between a name and its date: "Ana
# García Madrid - 05 ENE 2025" (El País runs the place into the name). Not "Roma", "Porto",
# "Lisboa", "Milan", "Florence", "Paris", "Lima", "Valencia", "Zaragoza", "Praga": surnames
# or given names too.
_FILING_CITIES = word_set(
    """amburgo amsterdam asunción atenas atene athen athens athènes bagdad baghdad barcelona
    beijing beirut berlim berlin berlino berlín bern berne beyrouth bogotá boston brasilia
    brasília bruselas brussel brussels bruxelas bruxelles brüssel bucarest bucharest
    budapest bukarest caracas chicago copenaghen copenhagen copenhague dakar damas damasco
    damascus damaskus dublin dublino dublín estambul estocolmo estrasburgo firenze florencia
    florenz florença francfort francoforte frankfurt fráncfort genebra geneva genf genève
    gerusalemme ginebra ginevra hambourg hamburg hamburgo helsinki istambul istanbul
    jerusalem jerusalém jerusalén johannesburg johannesburgo jérusalem kabul kiev kiew kiïv
    kopenhagen kyiv kyïv lisbon lisbona lisbonne lissabon londen london londra londres
    madrid mailand managua miami milano milán milão montevideo montreal montréal moscou
    moscovo moscow moscú moskau moskou munich múnich münchen nairobi naples neapel nápoles
    oslo ottawa parigi parijs parís pechino peking pekín pequim prag prague pyongyang pékin
    quito seattle seoul seúl shanghai shanghái stoccolma stockholm strasbourg strasburgo
    straßburg sydney séoul sídney tegucigalpa teheran teherán tehran tokio tokyo torino
    toronto turin turín téhéran tóquio varsavia varsovia varsovie varsóvia viena vienna
    vienne warsaw warschau wenen wien xangai zurich zurigo zúrich zürich ámsterdam"""
)

# Abbreviated months no surname is, ending a name cut before its day ("Jonathan Gitlin Sept"
# / "5, 2024"); not "May", "March", "June", "Jan", "Mar", "Mei", "Jun", "Ott": names too.
_MONTHS = word_set(
    """feb apr aug sep sept oct nov dec okt dez mär febr janv févr avr juil déc ene abr ago dic
    gen giu lug sett fev out mrt"""
)

# Cities left out of _FILING_CITIES because people bear their names too.
_NAMED_CITIES = word_set("paris lima valencia roma rome porto milan houston dallas denver orlando")

_NAME_WORD = _pattern_cache.compile(
    r"(?:\p{Lu}\.){1,3}(?:-\p{Lu}\.)?"  # initials: J. / R.C. / J.-P.
    r"|\p{Lu}(?:[\p{Ll}\p{M}]|\p{Lu}(?=\p{Ll}))*(?:['’-]\p{L}[\p{Ll}\p{M}]*(?:\p{Lu}[\p{Ll}\p{M}]+)?)*"
    r"|\p{Lu}[\p{Lu}\p{M}]*(?:['’-]\p{Lu}[\p{Lu}\p{M}]*)*"  # ALL CAPS
    r"|(?:[DdLlOo]['’])\p{Lu}[\p{L}\p{M}]+"  # d'Alema, O'Brien
)
_ACRONYM = _pattern_cache.compile(r"[B-DF-HJ-NP-TV-XZ]{3,}")
_INITIALS_WORD = _pattern_cache.compile(r"(?:\p{Lu}\.){1,3}(?:-\p{Lu}\.)?")
_LETTERS = _pattern_cache.compile(r"\p{L}[\p{L}\p{M}]*")  # a word's letters, with their accents
_GERMANIC_PARTICLES = word_set("von van vom zu ter ten")
_PARTICLE_ARTICLES = word_set("der den dem de zu")
_UNCASED = _pattern_cache.compile(
    r"[\p{Lo}\p{M}·・]{2,6}"
)  # a name in a script without case (孔德明)
# The words that open a writer's place in brackets: "(à Madrid)", "(in Kyiv)", "(aus Berlin)".
PLACE_IN_BRACKETS = r"(?:à|a|in|en|em|aus|from|desde|da|de)"
# "both" before the place of several writers: "(beide Berlin)", "(both in London)"
_BOTH = r"(?:beide|both|all|alle|tous\s+(?:deux|les\s+deux)|toutes\s+(?:deux|les\s+deux)|ambos|ambas|entrambi|allebei|beiden)"
_LOCATION = _pattern_cache.compile(
    r"\s(?:in|from|aus|à|en|em|desde|(?i:reporting|reports)\s+from)\s+\S+(?:\s+\S+){0,3}$"
    rf"|\s\((?:{_BOTH}\s+)?(?:{PLACE_IN_BRACKETS}\s)?\p{{Lu}}[\p{{L}}\p{{M}}.'’ -]{{1,30}}\)$"  # "(Berlin)", "(à Madrid)", "(beide Berlin)"
)  # a place has at most four words: a longer tail is a sentence
_WORD = _pattern_cache.compile(r"\p{L}+")
_DOMAIN = _pattern_cache.compile(  # "Phys.org", "wien.ORF.at", "www.example.co.uk"
    r"(?i)(?:[\p{L}\d-]{1,30}\.){0,2}[\p{L}\d-]{2,30}\."
    r"(?:com|org|net|de|fr|es|it|pt|at|ch|nl|pl|be|eu|co\.uk|info|news|com\.br|com\.ar|mx)"
)
_CAMEL_CASE = _pattern_cache.compile(r"\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+")
_NAME_PREFIX = _pattern_cache.compile(r"(?:Mc|Mac|De|Di|Da|Le|La|Van|Von|O)\p{Lu}")
_SEPARATOR = _pattern_cache.compile(
    r"\s*(?:[,;/、，]\s*(?:(?i:and|und|et|y|e)\s+)?|\s(?i:and|und)\s"  # 、，: Chinese
    # "et" fr, "y" es, "e" it/pt, "i" pl, "en" nl, "och" sv, "og" da/no, "ja" fi, "și" ro,
    # "ve" tr, "dan" id: lower case only ("Dan" is a name)
    r"|\s(?:et|y|e|i|en|och|og|ja|și|si|ve|dan)\s|\s*&\s*)\s*"
)

Part = Literal["person", "agency", "outlet", "role", "place", "group", "other"]
"""What a part of a credit is."""


def split_people(text: str) -> list[str]:
    """Parts of a list of names: ``,``, ``;``, ``/``, "and", "&", and the word for "and" of
    every language of the lexicons ("und", "et", "y", "e", "i", "en", "och", "og" …)."""
    return [p.strip() for p in _SEPARATOR.split(text) if p.strip()]


def strip_location(part: str) -> str:
    """``part`` without a trailing "in Beirut" / "from Kyiv" / "aus Berlin"."""
    return _LOCATION.sub("", part)


def is_role(part: str) -> bool:
    """Whether ``part`` names a job ("Staff Writer", "Middle East correspondent")."""
    return any(map(_is_role_word, _words(part)))


def _is_role_word(word: str, folded: str | None = None) -> bool:
    """Whether ``word`` (case-folded: ``folded``) is a job title or a German compound of one."""
    if (folded or word.casefold()) in _ROLE_WORDS:
        return True
    return word[-1:] in _ROLE_LAST_LETTERS and _ROLE_ENDINGS.search(word) is not None


def _words(part: str) -> list[str]:
    return _WORD.findall(part[:MAX_PART])


_CREDIT_FILLER = word_set("and of the our in from news und der die das des de du la le el los las")


def prose_words(part: str) -> int:
    """How many lower-case words of ``part`` no credit needs ("found", "talks"; not "staff",
    "wire", "reporters", "the"): two make "the board found no fault" a sentence."""
    count = 0
    for token in part.split():
        word = token.strip(".,;:!?()\"'“”")
        if "." in word or not word.isalpha():
            continue  # "tennisnet.com", "{{"
        folded = word.casefold()
        if word[:1].islower() and folded not in _CREDIT_FILLER and folded not in _GROUP_WORDS:
            count += not _is_role_word(word, folded) and folded not in _OUTLET_WORDS
    return count


def classify(part: str) -> Part:
    """What ``part`` is, judged from its words alone."""
    return read_part(part)[0]


@lru_cache(maxsize=PART_CACHE)
def read_part(part: str) -> tuple[Part, str | None]:
    """What ``part`` is and, for a person, ``person_name(part)``: both from one reading.

    Results are cached: the credit rules of a page, and the pages of a site, classify the
    same names and outlets again and again."""
    trimmed = part.strip(" .,:;")
    kind, name = _read_trimmed(trimmed)
    if kind == "person" and trimmed != part:
        name = person_name(part)
    return kind, name


def _read_trimmed(part: str) -> tuple[Part, str | None]:
    if not part or len(part) > MAX_PART:
        return "other", None
    if find_agency(part) is not None:
        return "agency", None
    words = _words(part)
    folded = [w.casefold() for w in words]
    if not folded or not _VERBS.isdisjoint(folded):
        return "other", None  # "Jane Doe is a reporter" is a sentence, not a name and a role
    if " ".join(folded) in _PLACES or part.casefold() in _PLACES:
        return "place", None
    if any(map(_is_role_word, words, folded)):
        return "role", None
    if not _OUTLET_WORDS.isdisjoint(folded) or _looks_like_outlet(part):
        return "outlet", None
    if not _GROUP_WORDS.isdisjoint(folded):
        return "group", None
    name = person_name(part)
    return ("other", None) if name is None else ("person", name)


def honorific_name(part: str) -> str | None:
    """ "Frau Sabienes", "Mrs H Pyke": an honorific and a surname (initials may come between),
    which is the whole name a field gives; ``None`` for anything else."""
    words = part.split()
    if not 2 <= len(words) <= 3 or words[0].casefold() not in _HONORIFICS:
        return None
    *initials, surname = words[1:]
    if not all(_INITIALS_WORD.fullmatch(w) or (len(w) == 1 and w.isupper()) for w in initials):
        return None
    if _NAME_WORD.fullmatch(surname) is None or surname.casefold() in _NOT_NAME_WORDS:
        return None
    return part


def name_words(name: str) -> int:
    """How many words of ``name`` are neither particles ("van", "de la") nor initials ("C.")."""
    return sum(
        1
        for word in name.split()
        if word.casefold() not in _PARTICLES and _INITIALS_WORD.fullmatch(word) is None
    )


def has_outlet_word(part: str) -> bool:
    """Whether ``part`` has a word outlets use in their names ("News", "Zeitung") or is a domain."""
    return _DOMAIN.fullmatch(part) is not None or any(
        w.casefold() in _OUTLET_WORDS for w in _words(part)
    )


def is_user_name(part: str) -> bool:
    """Two capitalised words run together: a user name ("GeorgQuaas") or a brand ("MailOnline")."""
    return _CAMEL_CASE.fullmatch(part) is not None and not _NAME_PREFIX.match(part)


def _looks_like_outlet(part: str) -> bool:
    """A domain ("Phys.org"), a CamelCase brand ("MailOnline") or "The X" title."""
    if _DOMAIN.fullmatch(part):
        return True
    if is_user_name(part):
        return True
    return part[:4] in ("The ", "the ") and part[4:5].isupper() and len(part.split()) <= 6


def _without_role_prefix(name: str) -> str:
    """A name in a script without case without the role glued before it ("记者王敬照": the
    reporter 王敬照)."""
    for role in _UNCASED_ROLES:
        if name.startswith(role) and len(name) - len(role) >= 2:
            return name[len(role) :]
    return name


def _given_before_surname(words: list[str]) -> bool:
    """Whether ``words`` open with a capitalised given name that is also a function word,
    then a surname that is no given name ("Per Svensson"; not "Per Natale", "for
    Christmas")."""
    return (
        len(words) > 1
        and words[0][:1].isupper()
        and words[0][1:].islower()
        and (len(words) > 2 or words[1].casefold() not in given_names())
    )


def person_name(part: str) -> str | None:
    """``part`` as a person's name in natural case, or ``None`` if it is not one.

    A name has two to six words (one word for scripts without case, like 孔德明): capitalised
    words, initials and name particles ("van der", "de la"); honorifics ("Dr. med.") and
    degrees ("PhD", "M.Sc.") are dropped, suffixes ("Jr.", "III") kept, ALL CAPS turned into
    natural case.

    >>> person_name("JOSH BOAK")
    'Josh Boak'
    >>> person_name("Risiken") is None
    True
    """
    words = part.split()
    if not words or len(part) > MAX_PART:
        return None
    if len(words) == 1 and _UNCASED.fullmatch(words[0]):
        return _without_role_prefix(words[0])
    while words and words[0].casefold() in _HONORIFICS:
        words = words[1:]
    while len(words) > 2 and words[-1].rstrip(",").casefold() in _DEGREES:
        words = words[:-1]
        words[-1] = words[-1].rstrip(",")
    suffixes: list[str] = []
    while len(words) > 2 and words[-1].rstrip(",").casefold() in _SUFFIXES:
        suffixes.insert(0, words.pop().rstrip(","))
    if words and words[-1].endswith(","):
        return None
    if len(words) > 2 and words[-1][:1].isupper() and words[-1].rstrip(".").casefold() in _MONTHS:
        words = words[:-1]  # "Jonathan Gitlin Sept" (the day on the next line): a month
    words = _without_trailing_place(words)
    if _particle_takes_two(words):
        return None  # "Geschrieben von Anna Schmidt": "von" takes one surname, not two words
    core = 0
    for i, word in enumerate(words):
        folded = word.casefold()
        if 0 < i < len(words) - 1 and folded in _PARTICLES:
            continue  # "van der Berg", "Loïc Le Clerc", "Leonardo Di Caprio"
        if i == 0 and folded in GIVEN_FUNCTION_WORDS and _given_before_surname(words):
            core += 1  # "Per Svensson": a Nordic given name that is an Italian preposition
            continue
        if folded in _NOT_NAME_WORDS or folded in _GROUP_WORDS or _is_role_word(word, folded):
            return None
        if (i == 0 and folded in _ARTICLES) or (word.isupper() and find_agency(word)):
            return None
        if _NAME_WORD.fullmatch(word) is None or _ACRONYM.fullmatch(word):
            return None  # "MDR THÜRINGEN" is a broadcaster: no name is only consonants
        core += 1
    if not 2 <= core <= 6:
        return None
    half = len(words) // 2
    if len(words) >= 4 and len(words) % 2 == 0 and words[:half] == words[half:]:
        words = words[:half]  # "Olivier Minot Olivier Minot", printed twice by a widget
    shout = all(not _has_lower(w) for w in words)
    if shout and all(len(w) <= 2 for w in words):
        return None  # "FR IT EN" is a language menu, not "Li Na"
    named = [
        _natural(w, first=i == 0) if shout or _is_caps_word(w) else w for i, w in enumerate(words)
    ]
    return " ".join([*named, *(_suffix_case(s) for s in suffixes)])


def _particle_takes_two(words: list[str]) -> bool:
    """Whether a "von"/"van" inside ``words`` is followed by two words ("von der" counts as one)."""
    for i in range(1, len(words) - 1):
        if words[i].casefold() in _GERMANIC_PARTICLES:
            after = i + 1
            if after < len(words) and words[after].casefold() in _PARTICLE_ARTICLES:
                after += 1
            return len(words) - after >= 2
    return False


def _without_trailing_place(words: list[str]) -> list[str]:
    """ "MARÍA SÁNCHEZ Madrid" → "MARÍA SÁNCHEZ": a shouted name, then a place in natural case."""
    shouted = 0
    while (
        shouted < len(words)
        and sum(map(str.isalpha, words[shouted])) > 1
        and not _has_lower(words[shouted])
    ):
        shouted += 1
    rest = words[shouted:]
    if shouted >= 2 and 0 < len(rest) <= 3 and all(_has_lower(w) for w in rest):
        return words[:shouted]
    return words


def is_city(word: str) -> bool:
    """Whether ``word`` is a city's name first ("Berlin", "Paris"), though the given-name list
    has it."""
    folded = word.casefold()
    return folded in _FILING_CITIES or folded in _NAMED_CITIES


def without_filing_city(name: str) -> str:
    """``name`` without the city its writer files from run into it ("Ana García Madrid" →
    "Ana García"), when two name words stay and no particle comes before the city ("Miguel de
    la Madrid" stays); the caller knows a date follows ("Ana García Madrid - 05 ENE 2025")."""
    words = name.split()
    if len(words) < 3 or words[-1].casefold() not in _FILING_CITIES:
        return name
    if words[-2].casefold() in _PARTICLES or name_words(" ".join(words[:-1])) < 2:
        return name
    return " ".join(words[:-1])


def _has_lower(word: str) -> bool:
    return any(map(str.islower, word))


def _is_caps_word(word: str) -> bool:
    """An ALL CAPS surname inside a mixed-case name ("Chokri GHARBI"), not initials."""
    return word.isupper() and "." not in word and sum(map(str.isalpha, word)) >= 3


def _natural(word: str, *, first: bool) -> str:
    """One ALL CAPS word in natural case: O'BRIEN → O'Brien, MCCARTHY → McCarthy, VAN → van."""
    folded = word.casefold()
    if not first and folded in _PARTICLES:
        return folded
    if "." in word and len(word) <= 6:
        return word  # initials: R.C.
    if folded.startswith("mc") and len(word) > 3:
        return "Mc" + word[2:].capitalize()
    return _LETTERS.sub(lambda m: m[0].capitalize(), folded)


def _suffix_case(suffix: str) -> str:
    folded = suffix.casefold()
    if folded in ("ii", "iii", "iv"):
        return suffix.upper()
    return folded.capitalize() if folded.rstrip(".") in ("jr", "sr") else suffix
