"""Wire credits ("The-CNN-Wire", "Source: Xinhua") and datelines ("WASHINGTON (AP) —")."""

from __future__ import annotations

import attrs
import regex

import newsclean._pattern_cache as _pattern_cache
from newsclean._credits import Author, Byline, Dateline, WireCredit
from newsclean._text import EDGE_MARKS, in_brackets
from newsclean.parsers._names import classify, word_set
from newsclean.parsers.agencies import (
    AGENCIES,
    AGENCY_LIST,
    FIRST_WORDS,
    LOWERCASE_ALIASES,
    agencies_only,
    find_agency,
    is_code,
)
from newsclean.parsers.dates import month_day
from newsclean.parsers.given_names import starts_with_given_name
from newsclean.parsers.lexicon import ParserGate, month_numbers
from newsclean.parsers.republication import OPENINGS as REPUBLICATION_OPENINGS
from newsclean.parsers.republication import find_publisher, is_publisher
from newsclean.parsers.uncased_byline import parse_uncased_byline

__all__ = [
    "DATELINE_GATE",
    "GATE",
    "dateline_span",
    "dispatch_byline",
    "parse_dateline",
    "parse_wire_credit",
]

MAX_CREDIT = 160
MAX_REPUBLICATION = 400
MAX_CREDIT_SPACES = 16
_LEGAL_ENDINGS = ("LLC", "LLC.", "Inc", "Inc.", "Ltd", "Ltd.", "GmbH", "SA", "S.A.")

_SOURCE_LABELS = word_set(
    """source sources quelle quellen fuente fuentes fonte fontes fonti bron bronnen źródło
    źródła kilde kilder källa källor lähde lähteet zdroj zdroje forrás πηγή kaynak izvor
    sursa"""
)
"""The word for "source" before an agency's name, in the languages of the credit parsers."""
# What may stand before the agency on a credit line: a dash, a label, a publication note.
_CREDIT_PREFIX = _pattern_cache.compile(
    r"(?i)^(?:[—–-]+\s*|(?:by|von|par|por|di|door)\s+"
    rf"|(?:{'|'.join(sorted(_SOURCE_LABELS))}|credit|crédito|"
    r"agency|agencia|agentur|agence|agenzia|agência|wire|via)\s*:\s*"
    r"|(?:(?:this|the)\s+(?:story|article|report|item|content)\s+(?:was\s+|is\s+)?)?"
    r"(?:originally\s+)?(?:published|distributed|provided|produced|reprinted)\s+"
    r"(?:by|with\s+permission\s+(?:of|from)|via|from|in|on)\s+)"
)
# What may follow an agency's name on its credit line: "Reuters Staff", "EFE / Madrid"
_AGENCY_TAIL = _pattern_cache.compile(
    r"\s+(?i:staff(?:\s+reports?)?)$"
    r"|\s*/\s*(?P<place>\p{Lu}[\p{L}\p{M}.'’-]+(?:\s\p{Lu}[\p{L}\p{M}.'’-]+)?)$"
)
# Sources of pictures after an agency's slash: "AFP/Getty", "EPA/Pool" credit a photo
_PICTURE_WORDS = word_set(
    "getty images epa imago shutterstock alamy sipa zuma pool istock picture alliance photo "
    "photos foto fotos bild bilder archive archiv file files handout keystone"
)
_LEGAL_TAIL = _pattern_cache.compile(r",?\s+(?:LLC|Inc|Ltd|GmbH|S\.?A)\.?\s*$")
_WORD_EDGES = EDGE_MARKS + ",;"  # what a credit's first word is stripped of ("(APA," → "APA")
# The day a bracketed credit closes with: "(APA, 5.3.2024)", "(red, APA, 5.3.24)"
_TRAILING_DAY = _pattern_cache.compile(r",\s*\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})$")
# First words of credit lines: agency names and the labels and notes _CREDIT_PREFIX knows.
_LABELS = word_set(
    """by von par por di door credit crédito agency
    agencia agentur agence agenzia agência wire via this the originally published distributed
    provided produced reprinted"""
)
_STARTS = FIRST_WORDS | _LABELS | _SOURCE_LABELS
# A short agency name closing a bracket or before its day: "(red, APA)", "(mab, dpa)", "(red,
# APA, 5.3.2024)" open with an editor's initials, which no first-word list holds.
_CLOSING_AGENCIES = tuple(
    sorted(
        f"{a.casefold()}{mark}"
        for agency in AGENCIES
        for a in agency.aliases
        if len(a) <= 5
        for mark in (")", ",")
    )
)
GATE = ParserGate(
    max_chars=MAX_REPUBLICATION,
    words=tuple(sorted(_STARTS | {w for w in REPUBLICATION_OPENINGS if " " not in w})),
    starts=tuple(w for w in REPUBLICATION_OPENINGS if " " in w),
    # a first word such as "dpa/lby" also passes the first test
    triggers=("/", *_CLOSING_AGENCIES),
)
"""The lines :func:`parse_wire_credit` may accept."""
DATELINE_GATE = ParserGate(
    max_chars=100_000, triggers=("(", " /", "日电", "日電", "共同】", "時事】", "＝")
)
"""The lines :func:`parse_dateline` may accept: an agency in parentheses or slashes, a
Chinese agency's dispatch ("新华社北京3月5日电") or a Japanese one's ("【ワシントン共同】")."""
# "新华社北京3月5日电（记者张三）…": an agency, its place, the day, "电" (a dispatch), the
# reporters in brackets
_CHINESE_AGENCIES = ("新华社", "新華社", "中新社", "中新網", "中新网", "中国新闻社", "中國新聞社")
_CJK_DISPATCH = _pattern_cache.compile(
    rf"(?P<agency>{'|'.join(_CHINESE_AGENCIES)})"
    r"(?P<place>(?:(?!记者|記者)[\p{Han}]){2,5})"  # "北京", "乌鲁木齐"; not "记者从北京获悉"
    # "电" a dispatch, not the start of a word ("电影节", "电视", "电话")
    r"(?P<date>(?P<month>\d{1,2})月(?P<day>\d{1,2})日)[电電](?![影视視话話脑腦子池力台网網器梯车車报報])"
    r"(?:\s*[（(][^）)\n]{1,40}[）)])?\s*"
)
_PUBLISHER = _pattern_cache.compile(
    r"(?:The\s+)?\p{Lu}[\p{L}\p{M}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}&.'’-]*){0,5}"
)
_PUBLISHED_BY = _pattern_cache.compile(
    r"(?i)^(?:this|the)\s+(?:story|article)\s+was\s+(?:originally\s+)?"
)

_ARTICLES = word_set("the a an der die das le la les el los las il lo")
_PLACE = r"\p{Lu}[\p{L}\p{M}.'’-]{0,30}(?:[ /](?:\p{Lu}[\p{L}\p{M}.'’-]{0,30}|\p{Ll}{1,3})){0,4}"
_YEAR = r"(?:,?\s+(?:de\s+)?\d{4})?"  # "05 jan 2025", "Jan. 5, 2025", "5 de janeiro de 2025"
_DATE = (
    rf"(?:\p{{L}}{{3,9}}\.?\s+\d{{1,2}}|\d{{1,2}}\.?(?:\s+(?:de\s+)?\p{{L}}{{3,9}}\.?)?){_YEAR}"
    r"|\d{1,2}/\d{1,2}(?:/(?:\d{4}|\d{2}))?"  # "Brasília, 5/1 (Agência Brasil) -"
)
_DASH = r"\s*(?:[—–]+|-{1,2}|\.\s*-)\s*"
_REGION = r"\p{Lu}[\p{L}.]{1,20}(?:\s\p{Lu}[\p{L}.]{1,20})?"
_PLACE_FIRST = _pattern_cache.compile(
    rf"(?P<place>{_PLACE})(?:,\s*(?P<region>{_REGION}))?"
    rf"(?:,\s*(?P<date>{_DATE}))?\s*\((?P<agency>[^()\n]{{2,40}})\){_DASH}"
)
# "Stockholm (TT) Regeringen …", "LAGOS, Nigeria (NAN) The …", "Oslo (NTB): …": no dash
# and no date, so the agency must be one of the table's ("Ana Ruiz (SPA): Wir …" is a quote).
_BARE = _pattern_cache.compile(  # also with a dash before the agency: "Lagos — (NAN) The …"
    rf"(?P<place>{_PLACE})(?:,\s*(?P<region>{_REGION}))?(?:\s+[—–-]{{1,2}})?\s*"
    rf"\((?P<agency>[^()\n]{{2,40}})\)"
    r"(?::\s+|\s+(?=\p{Lu}))"
)
_AGENCY_FIRST = _pattern_cache.compile(
    rf"\((?P<agency>[^()\n]{{2,40}})\){_DASH}(?:(?P<place>{_PLACE}),\s*(?P<date>{_DATE}){_DASH})?"
)
# "Mumbai, Jan 5 (PTI) The …": with a date, the dash may be left out, or a colon stand for
# it ("Karachi, Jan 5 (APP): …"); ANI's style puts the country in brackets ("New Delhi
# [India], January 5 (ANI): …").
_NO_DASH = _pattern_cache.compile(
    rf"(?P<place>{_PLACE})(?:\s\[{_REGION}\])?,\s*(?P<date>{_DATE})\s*\((?P<agency>[^()\n]{{2,40}})\)"
    r"(?::\s+|\s+(?=\p{Lu}))"
)
_DATE_FIRST = _pattern_cache.compile(  # "Jan 5 (Reuters) -"
    rf"(?P<date>(?P<month>\p{{L}}{{3,9}})\.?\s+\d{{1,2}})\s*\((?P<agency>[^()\n]{{2,40}})\){_DASH}"
)
_SLASH = _pattern_cache.compile(  # "OSLO, Jan. 5. /TASS/.", "Bucureşti, 5 ian /Agerpres/ -"
    rf"(?P<place>{_PLACE}),\s*(?P<date>{_DATE})\.?\s*/(?P<agency>[^/\n]{{2,30}})/(?:\.|{_DASH})?\s*"
)
# after "＝" but no reporter: the paper itself, its bureau
_JA_NOT_REPORTERS = frozenset(("本社", "本紙", "支局", "総局", "特派員", "編集部"))
# "【ワシントン共同】米政府は…", "【北京時事】", "【パリ＝AFP時事】", "【ワシントン＝共同】": a
# Japanese agency's place; "【ワシントン＝山田太郎】": a paper's own correspondent there
_JA_DISPATCH = _pattern_cache.compile(
    r"【(?P<place>[\p{Han}\p{Katakana}ー・]{1,12}?)(?:＝(?P<partner>[^】＝]{0,20}?))?"
    r"(?:(?P<agency>共同|時事)|(?<=＝)(?P<reporter>[\p{Han}\p{Hiragana}\p{Katakana}ー・]{2,10}))】\s*"
)
_SLASH_HINT = _pattern_cache.compile(r"[.,\s]\s*/\w")
_CALL_SIGN = _pattern_cache.compile(r"[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?")  # US stations: "(KXYZ)"
# An agency the table does not know, after a shouted place: "JOHANNESBURG (ANA) -"
_ACRONYM = _pattern_cache.compile(r"\p{Lu}{2,5}")
# Shouted words that open lines as labels, not places, and file or media labels that are no
# agency in parentheses: "VIDEO (LIVE) -", "DOWNLOAD (PDF) -".
_SHOUTED_LABELS = word_set(
    "breaking update updated live video videos watch audio photo photos foto fotos exclusive "
    "opinion analysis download pdf map gif hd tv usa uk eu un faq new usd eur gbp chf jpy cpi gdp est"
)
_MONTHS = month_numbers()
_PLACE_WORD = _pattern_cache.compile(r"\p{L}+")
_AFTER_AGENCY = _pattern_cache.compile(_DASH)
DATELINE_WINDOW = 200
"""How much of a line, from its first character, a dateline may take."""


def parse_wire_credit(line: str) -> WireCredit | None:
    """A standalone line crediting a news agency, else ``None``.

    >>> parse_wire_credit("The-CNN-Wire")
    WireCredit(text='The-CNN-Wire', agency='CNN', evidence='credit-line')
    >>> parse_wire_credit("Source: Xinhua").agency
    'Xinhua'
    >>> parse_wire_credit("Reuters could not independently verify the report.") is None
    True
    """
    text = line.strip()
    if not text or len(text) > MAX_REPUBLICATION:
        return None
    publisher = find_publisher(text)
    if publisher is not None:
        return WireCredit(text, publisher, evidence="republication")
    if len(text) > MAX_CREDIT or not _may_be_credit(text):
        return None
    prefix = _CREDIT_PREFIX.match(text)
    rest = text[prefix.end() :] if prefix else text
    if rest.endswith(_LEGAL_ENDINGS):
        rest = _LEGAL_TAIL.sub("", rest)
    rest = rest.strip(" .()[]")
    bracketed = in_brackets(text)
    if bracketed:
        rest = _TRAILING_DAY.sub("", rest)
    if (
        rest.islower()
        and not bracketed
        and not all(p in LOWERCASE_ALIASES or is_code(p) for p in AGENCY_LIST.split(rest))
    ):
        return None  # "dow jones" in a menu; agencies print "dpa" in lower case, not "reuters"
    # in brackets or after a dash, even a short name that means other things alone is a
    # credit: "(sda)", "— CNA"; not a hyphen (a list's bullet: "- SPA" in a menu) nor two
    # letters after a dash (initials signing a column: "— AA")
    marked = bracketed or (text.startswith(_CREDIT_DASHES) and len(rest) > 2) or _slashed(text)
    alone = not marked and rest.strip(EDGE_MARKS) == text.strip(EDGE_MARKS)
    agency = agencies_only(rest, alone=alone) or _agency_with_tail(rest)
    if agency is None and rest != text and _PUBLISHED_BY.match(text):
        publisher = rest.strip(" .")
        if _PUBLISHER.fullmatch(publisher) and is_publisher(publisher):
            agency = publisher  # "This story was originally published by The Texas Tribune."
    if agency is None and bracketed and rest.isalpha() and rest.islower() and len(rest) > 2:
        # "(afp)", "(kna)": a code in lower case; an editor signs the same way, so only a
        # code that is a credit alone ("(spa)", "(tt)" may be initials)
        agency = find_agency(rest.upper(), alone=True)
    return WireCredit(text, agency) if agency else None


_CREDIT_DASHES = ("—", "–", "--")
"""Dashes that open a wire credit line ("— CNA"); not the hyphen, a list's bullet."""


def _slashed(text: str) -> bool:
    """Whether ``text`` is a name between slashes, as agencies print it ("/NTB/", "/TASS/")."""
    return len(text) > 2 and text[0] == text[-1] == "/"


def _agency_with_tail(rest: str) -> str | None:
    """The agency of "Reuters Staff", "AFP staff" or "EFE / Madrid": one agency, then its
    staff or the place it filed from after a slash (a place, not a person nor an agency)."""
    tail = _AGENCY_TAIL.search(rest)
    if tail is None:
        return None
    place = tail["place"]
    if place is not None and (
        classify(place) not in ("other", "place")
        or find_agency(place)
        or not _PICTURE_WORDS.isdisjoint(place.casefold().split())
    ):
        return None  # "dpa / Ana Ruiz", "AFP/Getty": a name or a picture's source after the slash
    return agencies_only(rest[: tail.start()], alone=False)


def _may_be_credit(text: str) -> bool:
    """A cheap first test: few words, and the first one can start a credit line."""
    if text.count(" ") > MAX_CREDIT_SPACES:
        return False
    words = text[:80].split(None, 2)
    first = words[0]
    word = first.strip(_WORD_EDGES)
    if not word and len(words) > 1:  # "— Bloomberg", "* AFP": the decoration stands alone
        first = words[1]
        word = first.strip(_WORD_EDGES)
    if word.casefold() in _STARTS or "/" in first:
        return True
    return in_brackets(text) and is_code(word)  # "(red, APA)": an editor's initials first


def parse_dateline(line: str) -> Dateline | None:
    """The dateline that opens a wire story paragraph, else ``None``.

    The agency is one of the table's (by its canonical name) or, where the shape leaves no
    doubt, any outlet in the parentheses: "(Northfield News) —", "NORTHFIELD (KXYZ) —".

    >>> parse_dateline("WASHINGTON (AP) — The Senate voted on Tuesday.")
    Dateline(text='WASHINGTON (AP) — ', place='Washington', date=None, agency='Associated Press', iso_date=None)
    >>> parse_dateline("LONDON, March 3 (Reuters) - Shares fell.").date
    'March 3'
    """
    found = dateline_span(line)
    if found is None:
        return None
    start, end, match = found
    if match.re is _CJK_DISPATCH or match.re is _JA_DISPATCH:
        return _dispatch_dateline(match)
    agency = _credited(match)
    if agency is None:
        return None
    groups = match.groupdict()
    place = groups["place"].strip(" ,") if groups.get("place") else None
    if place and not place.isupper() and place.split()[0].casefold() in _ARTICLES:
        return None  # "The Palestinian Authority (PA) — …" is a sentence
    if place and groups.get("region"):
        place = f"{_place_case(place)}, {match['region']}"
    date = groups.get("date")
    return Dateline(
        text=line[start:end],
        place=_place_case(place),
        date=date,
        agency=agency,
        iso_date=month_day(date) if date else None,
    )


def _dispatch(line: str, start: int) -> regex.Match[str] | None:
    """A Chinese or Japanese agency's dispatch at ``start`` of ``line`` ("新华社北京3月5日电
    （记者张三）", "【ワシントン共同】", "【ワシントン＝山田太郎】"): a real month and day, a
    correspondent's name rather than a bureau's; else ``None``."""
    if line.startswith("【", start):
        match = _JA_DISPATCH.match(line, start)
        if match is None or not match["reporter"]:
            return match
        return None if match["partner"] or match["reporter"] in _JA_NOT_REPORTERS else match
    match = _CJK_DISPATCH.match(line, start)
    if match is None or not (1 <= int(match["month"]) <= 12 and 1 <= int(match["day"]) <= 31):
        return None
    return match


def _dispatch_dateline(match: regex.Match[str]) -> Dateline:
    """The dateline of a dispatch :func:`_dispatch` found; a correspondent's gives no agency."""
    groups = match.groupdict()
    named = groups.get("agency") or groups.get("reporter")
    date = groups.get("date")
    return Dateline(
        text=match[0],
        place=match["place"],
        date=date,
        agency=find_agency(named) if named else None,
        iso_date=f"--{int(match['month']):02d}-{int(match['day']):02d}" if date else None,
    )


def dispatch_byline(dateline: Dateline) -> Byline | None:
    """The reporters a Chinese agency's dispatch names in its brackets ("新华社北京3月5日电
    （记者张三、李四）"), as a byline with the agency; a Japanese paper's correspondent
    ("【ワシントン＝山田太郎】"); else ``None``."""
    if dateline.agency is None and dateline.text.startswith("【"):
        reporter = _JA_DISPATCH.match(dateline.text)
        name = reporter["reporter"] if reporter is not None else None
        return Byline(text=dateline.text.strip(), authors=(Author(name),)) if name else None
    opening = max(dateline.text.find("（"), dateline.text.find("("))
    if opening < 0 or not dateline.text.startswith(_CHINESE_AGENCIES):
        return None
    found = parse_uncased_byline(dateline.text[opening:].strip())
    if found is None or not found.authors:
        return None
    return attrs.evolve(found, text=dateline.text.strip(), agency=dateline.agency)


def dateline_span(line: str) -> tuple[int, int, regex.Match[str]] | None:
    """Where a dateline sits at the start of ``line``: ``(start, end, match)``, else ``None``."""
    start = len(line) - len(line.lstrip()) if line[:1].isspace() else 0
    if start >= len(line) or start > 40:
        return None
    bracketed = line.startswith("【", start)
    if bracketed or "日电" in line[start : start + 40] or "日電" in line[start : start + 40]:
        dispatch = _dispatch(line, start)
        if dispatch is not None:
            return start, dispatch.end(), dispatch
        if bracketed:
            return None
    end = start + DATELINE_WINDOW
    if not _may_hold_agency(line, start, end):
        return None
    window = line[:end]
    patterns = (
        (_AGENCY_FIRST,) if line[start] == "(" else (_PLACE_FIRST, _NO_DASH, _DATE_FIRST, _SLASH)
    )
    for pattern in patterns:
        match = pattern.match(window, start)
        if match is not None and _credited(match) is not None:
            return start, match.end(), match
    if line[start] != "(":
        match = _BARE.match(window, start)
        if match is not None and _bare_dateline(match):
            return start, match.end(), match
    return None


def _bare_dateline(match: regex.Match[str]) -> bool:
    """Whether a dateline with neither dash nor date is one: an agency of the table after a
    place that is neither an agency ("Katholische Nachrichten-Agentur (KNA) Die …") nor,
    in mixed case, a person ("Tom Smith (Reuters) Photos …")."""
    place = match["place"].strip()
    if agencies_only(match["agency"].strip()) is None or find_agency(place) is not None:
        return False
    return place.isupper() or " " not in place or not starts_with_given_name(place)


def _credited(match: regex.Match[str]) -> str | None:
    """The agency (canonical name) or outlet a dateline match credits, else ``None``."""
    groups = match.groupdict()
    if groups.get("month") and match["month"].casefold() not in _MONTHS:
        return None  # "Page 5 (AP) -" is no date
    printed = match["agency"].strip()
    agency = agencies_only(printed)
    if agency is not None:
        return agency
    place = groups.get("place")
    if place and not place.isupper():
        # "Shares of Apple (AAPL) — …": an unknown name needs a shouted place or a date
        return _dated_acronym(match)
    if _CALL_SIGN.fullmatch(printed) or (
        classify(printed) == "outlet" and printed[:1].isupper() and len(printed.split()) <= 5
    ):
        return printed
    if place and _ACRONYM.fullmatch(printed) and _opens_sentence(match):
        return printed if not _labels(f"{place} {printed}") else None
    return None


def _dated_acronym(match: regex.Match[str]) -> str | None:
    """An agency the table does not know, in capitals, after a place in mixed case and a
    date with a month ("Kathmandu, Jan 5 (RSS): The …"): the date vouches for the dateline."""
    groups = match.groupdict()
    printed = match["agency"].strip()
    date = groups.get("date")
    if not (groups.get("place") and date and _ACRONYM.fullmatch(printed)):
        return None
    if month_day(date) is None or _labels(f"{match['place']} {printed}"):
        return None
    return printed if _opens_sentence(match) else None


def _opens_sentence(match: regex.Match[str]) -> bool:
    """Whether a capitalised word follows the match, as a story's first sentence starts
    ("JOHANNESBURG (ANA) - The …"), not a figure ("GDP (PPP) - $2.3 trillion")."""
    after = match.string[match.end() : match.end() + 2]
    return len(after) == 2 and after[0].isupper() and after[1].islower()


def _labels(text: str) -> bool:
    """Whether ``text`` holds a shouted label ("BREAKING", "VIDEO", "PDF") as a word."""
    return any(w in _SHOUTED_LABELS for w in _PLACE_WORD.findall(text.casefold()))


def _may_hold_agency(line: str, start: int, end: int) -> bool:
    """A cheap first test: the first "(" holds 2-40 characters and its ")" is followed by a
    dash or a colon (or by a space, after a date or around an agency of the table), or an
    agency stands between slashes ("/TASS/").

    Neither the place nor the date before the agency may hold a parenthesis, so the agency's
    "(" is the first one on the line.
    """
    opening = line.find("(", start, end)
    closing = line.find(")", opening + 1, end) if opening >= 0 else -1
    if opening >= 0 and closing >= 0 and 2 <= closing - opening - 1 <= 40:
        after = line[closing + 1 : closing + 2]
        if after == ":" or _AFTER_AGENCY.match(line, closing + 1, end) is not None:
            return True
        if after == " " and (
            any(c.isdigit() for c in line[start:opening])
            or find_agency(line[opening + 1 : closing]) is not None
        ):
            return True
    window = min(end, start + 60)
    return "/" in line[start:window] and _SLASH_HINT.search(line, start, window) is not None


def _place_case(place: str | None) -> str | None:
    if place is None or not place.isupper():
        return place
    return _PLACE_WORD.sub(lambda w: w.group().capitalize(), place.lower())
