"""The news agencies newsclean knows: canonical names and the aliases outlets print.

One data table; add an agency by adding a row.
"""

from __future__ import annotations

import re

import attrs

import newsclean._pattern_cache as _pattern_cache
from newsclean._text import EDGE_MARKS, phrase_key

__all__ = [
    "AGENCIES",
    "AGENCY_LIST",
    "FIRST_WORDS",
    "LOWERCASE_ALIASES",
    "Agency",
    "agencies_only",
    "find_agency",
    "gate",
    "is_code",
]


@attrs.frozen
class Agency:
    """A news agency: its canonical name and the aliases outlets print.

    Aliases match whole and case-insensitively, except short ones (up to four letters),
    which must be printed as in the table or in capitals ("dpa", "DPA"; not "Spa").
    ``stands_alone`` says whether a short alias alone on a line is a credit; it is ``False``
    where the letters mean something else on web pages ("AA" font-size buttons, "MENA").
    """

    name: str
    aliases: tuple[str, ...] = ()
    stands_alone: bool = True


AGENCIES: tuple[Agency, ...] = (
    Agency("Associated Press", ("AP", "The Associated Press", "Associated Press", "AP News")),
    Agency("Reuters", ("Reuters", "Thomson Reuters", "rtr", "ロイター")),
    Agency("Thomson Reuters Foundation", ("Thomson Reuters Foundation",)),
    Agency(
        "Agence France-Presse", ("AFP", "Agence France-Presse", "Agence France Presse", "l'AFP")
    ),
    Agency("Deutsche Presse-Agentur", ("dpa", "Deutsche Presse-Agentur", "dpa-AFX", "dpa-infocom")),
    Agency("EFE", ("EFE", "Agencia EFE")),
    Agency("ANSA", ("ANSA", "Agenzia ANSA")),
    Agency("Agenzia Giornalistica Italia", ("AGI", "Agenzia Giornalistica Italia")),
    Agency("LaPresse", ("LaPresse",)),
    Agency("Kyodo News", ("Kyodo", "Kyodo News", "共同", "共同通信", "共同通信社")),
    Agency("Xinhua", ("Xinhua", "Xinhua News Agency", "Xinhua News", "新华社", "新華社", "新華")),
    Agency(
        "China News Service",
        ("China News Service", "中新社", "中新网", "中新網", "中国新闻社", "中國新聞社"),
        stands_alone=False,
    ),
    Agency("PA Media", ("PA", "PA Media", "Press Association", "PA Wire")),
    Agency(
        "The Canadian Press",
        ("The Canadian Press", "Canadian Press", "CP", "La Presse Canadienne", "Presse Canadienne"),
    ),
    Agency("United Press International", ("UPI", "United Press International")),
    Agency("Bloomberg", ("Bloomberg", "Bloomberg News", "ブルームバーグ")),
    Agency("CNN", ("CNN", "CNN Wire", "The-CNN-Wire", "The CNN Wire", "CNN Newsource")),
    Agency("Tribune News Service", ("Tribune News Service", "TNS", "Tribune Content Agency")),
    Agency(
        "Yonhap",
        (
            "Yonhap",
            "Yonhap News Agency",
            "연합뉴스",
            "聯合",
            "連合",
            "聯合ニュース",
            "連合ニュース",
        ),
    ),
    Agency("TASS", ("TASS", "ITAR-TASS", "タス", "タス通信")),
    Agency("Australian Associated Press", ("AAP", "Australian Associated Press")),
    Agency("Press Trust of India", ("PTI", "Press Trust of India")),
    Agency("Asian News International", ("ANI", "Asian News International"), stands_alone=False),
    Agency("Anadolu Agency", ("Anadolu", "Anadolu Agency", "AA"), stands_alone=False),
    Agency("Europa Press", ("Europa Press",)),
    Agency("Servimedia", ("Servimedia",)),
    Agency("Prensa Latina", ("Prensa Latina",)),
    Agency("Agência Brasil", ("Agência Brasil", "Agencia Brasil", "ABr")),
    Agency("Estadão Conteúdo", ("Estadão Conteúdo", "Agência Estado")),
    Agency("Folhapress", ("Folhapress",)),
    Agency("Agence Belga", ("Belga", "Agence Belga", "Belga News Agency")),
    Agency("Austria Presse Agentur", ("APA", "Austria Presse Agentur", "APA-OTS")),
    Agency(
        "Keystone-SDA",
        ("Keystone-SDA", "SDA", "sda", "Keystone-ATS", "ATS", "ats"),
        stands_alone=False,
    ),
    Agency("Nederlands Persbureau", ("ANP", "Algemeen Nederlands Persbureau"), stands_alone=False),
    Agency("Polska Agencja Prasowa", ("PAP",)),
    Agency("Katholische Nachrichten-Agentur", ("KNA", "Katholische Nachrichten-Agentur")),
    Agency("Sport-Informations-Dienst", ("SID", "Sport-Informations-Dienst")),
    Agency("Evangelischer Pressedienst", ("epd", "Evangelischer Pressedienst")),
    Agency("Agence Europe", ("Agence Europe",)),
    Agency("RIA Novosti", ("RIA Novosti", "RIA"), stands_alone=False),
    Agency("Interfax", ("Interfax",)),
    Agency("Ukrinform", ("Ukrinform",)),
    Agency("Notimex", ("Notimex",)),
    Agency("Agencia Télam", ("Télam", "Telam")),
    Agency("Agencia Lusa", ("Lusa", "Agência Lusa")),
    Agency("Agenzia Nova", ("Agenzia Nova",)),
    Agency("Adnkronos", ("Adnkronos",)),
    Agency("Agence Télégraphique Suisse", ("Agence Télégraphique Suisse",)),
    Agency("Jiji Press", ("Jiji", "Jiji Press", "時事", "時事通信", "時事通信社")),
    Agency("Bernama", ("Bernama",)),
    Agency("Antara", ("Antara",)),
    Agency("Andina", ("Andina",)),
    Agency(
        "Agencia Boliviana de Información",
        ("ABI", "Agencia Boliviana de Información"),
        stands_alone=False,
    ),
    Agency("Demirören News Agency", ("DHA", "Demirören News Agency"), stands_alone=False),
    Agency("İhlas News Agency", ("IHA", "İHA", "İhlas News Agency"), stands_alone=False),
    Agency("Kathpress", ("Kathpress",)),
    Agency("ddp", ("ddp",)),
    Agency("Philippine News Agency", ("PNA", "Philippine News Agency"), stands_alone=False),
    Agency("Sputnik", ("Sputnik",)),
    Agency("Middle East News Agency", ("MENA",), stands_alone=False),
    Agency("Saudi Press Agency", ("SPA", "Saudi Press Agency"), stands_alone=False),
    Agency("Wafa", ("WAFA",)),
    Agency("States News Service", ("States News Service",)),
    Agency("Dow Jones Newswires", ("Dow Jones", "Dow Jones Newswires")),
    Agency("Agerpres", ("Agerpres", "AGERPRES")),
    Agency("Česká tisková kancelář", ("ČTK", "CTK", "Česká tisková kancelář"), stands_alone=False),
    Agency("Magyar Távirati Iroda", ("MTI", "Magyar Távirati Iroda"), stands_alone=False),
    Agency("NTB", ("NTB", "Norsk Telegrambyrå"), stands_alone=False),
    Agency("Tidningarnas Telegrambyrå", ("TT", "Tidningarnas Telegrambyrå"), stands_alone=False),
    Agency("STT", ("STT", "STT-Info", "Suomen Tietotoimisto"), stands_alone=False),
    Agency("Ritzau", ("Ritzau", "Ritzaus Bureau")),
    Agency("Bulgarian News Agency", ("BTA", "Bulgarian News Agency"), stands_alone=False),
    Agency("HINA", ("Hrvatska izvještajna novinska agencija",)),
    Agency("Slovenian Press Agency", ("STA", "Slovenian Press Agency"), stands_alone=False),
    Agency("Tanjug", ("Tanjug",)),
    Agency("ANA-MPA", ("ANA-MPA", "Athens News Agency", "AMNA")),
    Agency("TASR", ("TASR",), stands_alone=False),
    Agency("LETA", ("LETA news agency",)),
    Agency("ELTA", ("ELTA",), stands_alone=False),
    Agency("Baltic News Service", ("BNS", "Baltic News Service"), stands_alone=False),
    Agency(
        "Central News Agency", ("CNA", "Central News Agency", "Focus Taiwan"), stands_alone=False
    ),
    Agency("Vietnam News Agency", ("VNA", "Vietnam News Agency"), stands_alone=False),
    Agency("Korean Central News Agency", ("KCNA", "Korean Central News Agency")),
    Agency("IRNA", ("IRNA", "Islamic Republic News Agency")),
    Agency("Emirates News Agency", ("WAM", "Emirates News Agency"), stands_alone=False),
    Agency("Qatar News Agency", ("QNA", "Qatar News Agency"), stands_alone=False),
    Agency("Kuwait News Agency", ("KUNA", "Kuwait News Agency")),
    Agency("Syrian Arab News Agency", ("SANA", "Syrian Arab News Agency"), stands_alone=False),
    Agency("Bahrain News Agency", ("BNA", "Bahrain News Agency"), stands_alone=False),
    Agency("Oman News Agency", ("ONA", "Oman News Agency"), stands_alone=False),
    Agency("National News Agency", ("NNA", "National News Agency"), stands_alone=False),
    Agency("Jewish Telegraphic Agency", ("JTA", "Jewish Telegraphic Agency"), stands_alone=False),
    Agency("Indo-Asian News Service", ("IANS", "Indo-Asian News Service")),
    Agency("United News of India", ("UNI", "United News of India"), stands_alone=False),
    Agency(
        "Associated Press of Pakistan", ("APP", "Associated Press of Pakistan"), stands_alone=False
    ),
    Agency(
        "Bangladesh Sangbad Sangstha", ("BSS", "Bangladesh Sangbad Sangstha"), stands_alone=False
    ),
    Agency("United News of Bangladesh", ("UNB", "United News of Bangladesh"), stands_alone=False),
    Agency("News Agency of Nigeria", ("NAN", "News Agency of Nigeria"), stands_alone=False),
    Agency("Ethiopian News Agency", ("ENA", "Ethiopian News Agency"), stands_alone=False),
    Agency("Jordan News Agency", ("Jordan News Agency",)),  # not "Petra": a given name and a place
    Agency("Kenya News Agency", ("Kenya News Agency",)),
    Agency("Ghana News Agency", ("GNA", "Ghana News Agency"), stands_alone=False),
    Agency("Maghreb Arabe Presse", ("MAP", "Maghreb Arabe Presse"), stands_alone=False),
    Agency("Tunis Afrique Presse", ("TAP", "Tunis Afrique Presse"), stands_alone=False),
    Agency("Algérie Presse Service", ("APS", "Algérie Presse Service"), stands_alone=False),
    Agency("African News Agency", ("African News Agency",)),
    Agency("New Zealand Press Association", ("NZPA",)),
    Agency("Agencia Andina", ("Agencia Andina",)),
    Agency("Agencia Venezolana de Noticias", ("AVN",), stands_alone=False),
    Agency("Agência Nacional", ("Agência Nacional",)),
    Agency("Agenzia Italpress", ("Italpress",)),
    Agency("Askanews", ("Askanews", "askanews")),
    Agency("Agenzia Dire", ("Agenzia Dire",)),
    Agency("The New York Times", ("The New York Times", "New York Times", "NYT")),
    Agency("The Washington Post", ("The Washington Post", "Washington Post")),
)

_BY_ALIAS: dict[str, tuple[Agency, str]] = {
    phrase_key(alias): (agency, alias)
    for agency in AGENCIES
    for alias in (agency.name, *agency.aliases)
}


FIRST_WORDS: frozenset[str] = frozenset(key.split()[0] for key in _BY_ALIAS if key)
"""The first word of every alias, case-folded: a cheap first test before a detailed parse."""

LOWERCASE_ALIASES: frozenset[str] = frozenset(
    alias for agency in AGENCIES for alias in agency.aliases if alias.islower()
)
"""Aliases agencies print in lower case ("dpa", "epd")."""


# A word of a list of agencies: lists split at spaces and at "/ , ; + & -" ("dpa/lby", "AFP,
# AP", "Reuters & AP"). The stdlib's \s is exactly the whitespace str.split() splits at.
_LIST_WORD = re.compile(r"[^\s/,;+&-]+")
_ALIAS_WORDS = frozenset(
    word.strip(EDGE_MARKS) for key in _BY_ALIAS for word in _LIST_WORD.findall(key)
)


def gate(text: str, other_words: frozenset[str] = frozenset()) -> bool:
    """A cheap first test: whether each word of ``text`` could belong to a list of agencies.

    The words (split at spaces and ``/ , ; + & -``, case-folded, decoration trimmed) must be
    words of agency aliases, ``other_words`` (list words such as "and", case-folded) or short
    lowercase codes ("lby"). A sentence fails on its first other word; text that passes may
    still be no list.

    >>> gate("dpa/lby"), gate("Reuters could not verify the report")
    (True, False)
    """
    for match in _LIST_WORD.finditer(text):  # one word at a time: most texts fail on the first
        word = match[0]
        folded = word.casefold().strip(EDGE_MARKS)
        known = not folded or folded in _ALIAS_WORDS or folded in other_words
        if not known and not (word.islower() and len(word) <= 4):  # a code such as "lby"
            return False
    return True


def find_agency(text: str, *, alone: bool = False) -> str | None:
    """The canonical agency name if ``text`` is exactly one of its aliases, else ``None``.

    >>> find_agency("The-CNN-Wire")
    'CNN'
    >>> find_agency("(AP)")
    'Associated Press'
    >>> find_agency("The AP reported on Tuesday") is None
    True

    With ``alone`` (the text is a whole line), short aliases of agencies that do not
    ``stands_alone`` give ``None``.
    """
    key = phrase_key(text)
    found = _BY_ALIAS.get(key)
    if found is None:
        return None
    agency, alias = found
    if len(alias) <= 4:
        printed = text.strip(EDGE_MARKS)
        if printed != alias and not printed.isupper():
            return None  # "Spa" is not the Saudi Press Agency
        if alone and not agency.stands_alone:
            return None
    return agency.name


AGENCY_LIST = _pattern_cache.compile(r"\s*(?:[/,;+-]|\s(?:and|und|et|y|e)\s)\s*")
"""Where a list of agencies splits: "dpa/lby", "AFP, Reuters", "AP and Reuters"."""
_LIST_WORDS = frozenset(("and", "und", "et", "y", "e"))  # the words AGENCY_LIST splits at
_CODE = _pattern_cache.compile(r"\p{Ll}{2,4}")


def is_code(part: str) -> bool:
    """dpa's regional codes ("lby" of "dpa/lby") and editors' initials."""
    return _CODE.fullmatch(part) is not None


def agencies_only(text: str, *, alone: bool = False) -> str | None:
    """The first agency of ``text`` if it is nothing but agencies and codes ("dpa/lby",
    "AFP/AP", "Reuters and AP"), else ``None``.

    >>> agencies_only("dpa/AFP"), agencies_only("AP reporters")
    ('Deutsche Presse-Agentur', None)
    """
    if not gate(text, _LIST_WORDS):
        return None
    agency = find_agency(text, alone=alone)
    if agency is not None:
        return agency
    first, *more = AGENCY_LIST.split(text, maxsplit=1)
    if not more or (first and not _agency_or_code(first)):
        return None  # one part, or a first part that is no agency: a cheap first test
    parts = [p for p in AGENCY_LIST.split(text) if p]
    if len(parts) < 2 or len(parts) > 6 or not all(_agency_or_code(p) for p in parts):
        return None
    return next(filter(None, map(find_agency, parts)), None)


def _agency_or_code(part: str) -> bool:
    return find_agency(part) is not None or is_code(part)
