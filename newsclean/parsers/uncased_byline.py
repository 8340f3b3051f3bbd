"""Bylines in scripts without case: Chinese, Japanese and Korean.

No capital letter marks a name there, so the shape of the whole line must:

* Chinese and Japanese print a label that credits the text, then the names: "作者：张三",
  "记者 张三 李四", "本报记者 张三", "新华社记者 张三" (the outlet or agency first), "文/张三",
  "記者張三／台北報導", "文・山田太郎", "取材・文／山田太郎"; the editor in charge after
  "责任编辑：" is an editor, not an author;
* Korean prints the role after the names: "홍길동 기자", "홍길동·김철수 기자", "[서울=뉴스1]
  홍길동 기자 =", "글 홍길동";
* after the names only more fields of the article's information bar may follow ("来源：新华社",
  "编辑：李四", "2024-03-05 14:32"), or the writer's e-mail address.

Each name has two to four characters (a Japanese one up to eight, its family and given names
possibly spaced); a line with a sentence's full stop, or a label glued to a longer run of
characters ("记者从市政府获悉"), is story text.
"""

from __future__ import annotations

import regex

import newsclean._pattern_cache as _pattern_cache
from newsclean._credits import Author, Byline
from newsclean._text import EMAIL
from newsclean.parsers.agencies import find_agency

__all__ = ["GATE_TRIGGERS", "parse_uncased_byline"]

MAX_LINE = 80
"""Longest line read as a byline in a script without case."""

_AUTHOR_LABELS = (
    *("作者", "记者", "本报记者", "特约记者", "实习记者", "通讯员", "撰文", "文字", "采写", "撰稿"),
    *("記者", "本報記者", "特約記者", "撰稿人", "文", "筆者", "執筆", "執筆者", "著者", "取材・文"),
    *("文・写真", "写真・文", "取材・文・写真", "文と写真"),
)
_EDITOR_LABELS = ("责任编辑", "責任編輯", "编辑", "編輯", "责编", "編集")
_KOREAN_LABELS = ("글", "글·사진", "사진·글", "기자명", "작성자")
_KOREAN_ROLES = ("기자", "특파원", "선임기자", "객원기자", "수습기자", "논설위원", "편집위원")
GATE_TRIGGERS = (
    *(label for label in (*_AUTHOR_LABELS, *_EDITOR_LABELS) if len(label) > 1),
    *(f"文{mark}" for mark in "/／・｜|:： "),
    *(f" {role}" for role in _KOREAN_ROLES),
    *(f"{label} " for label in _KOREAN_LABELS),
)
"""What a line this parser reads holds (the byline rule's gate)."""


def _alternatives(words: tuple[str, ...]) -> str:
    return "|".join(sorted(map(regex.escape, words), key=len, reverse=True))


_UNCASED = _pattern_cache.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
# A label that credits the text, an outlet or agency glued before it ("新华社记者"), its
# separator: a colon, a slash, a bar or spaces ("文" alone takes no spaces: it is a word).
_LABELLED = _pattern_cache.compile(
    rf"(?:(?P<outlet>[\p{{Han}}\p{{Katakana}}]{{2,6}}?))??(?P<label>{_alternatives(_AUTHOR_LABELS)})"
    r"(?:(?P<mark>\s*[:：/／｜|・]\s*)|(?<!文)\s+|(?<=[记記]者)(?=\p{Han}))"
)
_JAPANESE_LABELS = frozenset(("筆者", "執筆", "執筆者", "著者", "取材・文", "文・写真", "写真・文"))
_JAPANESE_LABELS |= frozenset(("取材・文・写真", "文と写真", "編集"))
_EDITOR = _pattern_cache.compile(rf"(?:{_alternatives(_EDITOR_LABELS)})\s*[:：]\s*")
_FIELD = _pattern_cache.compile(  # the information bar's other fields
    r"(?:来源|來源|出处|出處|编辑|編輯|责任编辑|責任編輯|责编|发布时间|發布時間|发布|時間|时间|日期"
    r"|更新|出典|配信|撮影|写真|사진|입력|수정|출처)\s*[:：]?"
)
_DATE = _pattern_cache.compile(
    r"\d{2,4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
)
_TIME = _pattern_cache.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
_REPORTS = _pattern_cache.compile(r"\p{Han}{2,4}(?:即時)?(?:報導|报道|電|电)")  # "台北報導"
_HAN_NAME = _pattern_cache.compile(r"\p{Han}{2,4}")
_JAPANESE_NAME = _pattern_cache.compile(
    r"[\p{Han}\p{Katakana}ー・]{1,8}(?:\s[\p{Han}\p{Katakana}ー・]{1,5})?"
)
_NAME_SEPARATORS = _pattern_cache.compile(r"\s*[、，,/／]\s*|\s+")
_KOREAN = _pattern_cache.compile(
    r"(?:[\[(【](?P<place>[^\]()【】=]{1,12})=(?P<outlet>[^\]()【】]{1,12})[\])】]\s*)?"
    rf"(?:(?P<label>{_alternatives(_KOREAN_LABELS)}) +)?"
    r"(?P<names>\p{Hangul}{2,4}(?:\s*[·,]\s*\p{Hangul}{2,4}){0,3})"
    rf"(?: +(?P<role>{_alternatives(_KOREAN_ROLES)}))?\s*=?\s*(?P<rest>.*)"
)
# The commonest Korean family names: a name of two to four syllables starts with one.
_KOREAN_FAMILY_NAMES = frozenset(
    "김이박최정강조윤장임한오서신권황안송전홍유고문양손배백허남심노하곽성차주우구민류나진지엄"
    "채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉사부"
)
_ORGANISATION_ENDS = ("社", "报", "報", "网", "網", "台", "部", "中心", "新闻", "新聞", "集团")
_SENTENCE = frozenset("。！？!?；;")
_KANA = _pattern_cache.compile(r"[\p{Hiragana}\p{Katakana}]")
_KANA_OR_HAN = _pattern_cache.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
# The commonest Chinese family names (simplified and traditional), and two-character ones.
_FAMILY_NAMES = frozenset(
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林高罗羅郑鄭梁谢謝宋唐许許韩韓冯馮"
    "邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范"
    "金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢"
    "严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷"
    "詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂成苗谷盛曲翁"
    "冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡"
    "车車项項连連芦蘆麦麥褚娄婁窦竇戚岑景党宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧闵閔苟"
    "邬鄔边邊卞姬师師和仇栾欒隋商刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏明佘池查麻苑迟遲邝鄺"
) | frozenset(("欧阳", "歐陽", "司马", "司馬", "上官", "诸葛", "諸葛", "东方", "東方", "皇甫"))


def parse_uncased_byline(line: str) -> Byline | None:
    """The byline of ``line`` when it is one in Chinese, Japanese or Korean (see the module
    docstring), else ``None``.

    >>> [a.name for a in parse_uncased_byline("本报记者 张三 李四").authors]
    ['张三', '李四']
    >>> parse_uncased_byline("记者从市政府获悉，该计划将推迟。") is None
    True
    """
    text = line.strip()
    if text[:1] in "（(" and text[-1:] in "）)":
        text = text[1:-1].strip()  # "（文・山田太郎）"
    if not text or len(text) > MAX_LINE or _UNCASED.search(text) is None:
        return None
    if not _SENTENCE.isdisjoint(text):
        return None
    if regex.match(r"\p{Hangul}|[\[(【]", text):
        korean = _korean(text, line.strip())
        if korean is not None:
            return korean
    return _labelled(text, line.strip())


def _labelled(text: str, shown: str) -> Byline | None:
    """ "作者：张三", "新华社记者 张三", "记者張三／台北報導", "责任编辑：李四" …"""
    position, editors, authors, agency = 0, [], [], None
    while position < len(text):
        rest = text[position:]
        found = _LABELLED.match(rest)
        editor = _EDITOR.match(rest) if found is None else None
        if found is None and editor is None:
            skipped = _other_field(rest)
            if skipped is None:
                return None
            position += skipped
            continue
        span = found.end() if found is not None else editor.end()  # type: ignore[union-attr]
        label = found["label"] if found is not None else editor.group()  # type: ignore[union-attr]
        japanese = label.strip(" :：") in _JAPANESE_LABELS or _KANA.search(text) is not None
        marked = found is None or found["mark"] is not None  # a colon: names may be any
        names, used = _names(rest[span:], japanese=japanese, marked=marked)
        if not names:
            return None
        if found is not None:
            outlet = found["outlet"]
            agency = agency or (find_agency(outlet) if outlet else None)
            authors += [Author(name, affiliation=outlet or None) for name in names]
        else:
            editors += names
        position += span + used
    if not authors and not editors:
        return None
    return Byline(text=shown, authors=tuple(authors), agency=agency, editors=tuple(editors))


def _names(text: str, *, japanese: bool, marked: bool) -> tuple[list[str], int]:
    """The names at the start of ``text`` and how many characters they and their separators
    take; none if the run of characters there is longer than a name (a sentence). After a
    label without a colon or slash (not ``marked``), a Chinese name must start with a common
    family name."""
    names: list[str] = []
    position = 0
    pattern = _JAPANESE_NAME if japanese else _HAN_NAME
    while position < len(text):
        found = pattern.match(text, position)
        if found is None:
            break
        end = found.end()
        if end < len(text) and _KANA_OR_HAN.match(text, end) and not _FIELD.match(text, end):
            return [], 0  # "记者从市政府获悉": a longer run of characters
        name = found.group().strip()
        if name.endswith(_ORGANISATION_ENDS):
            return [], 0  # "编辑部", "新华社": a newsroom, not a person
        if not (japanese or marked) and not _family_named(name):
            return [], 0  # "简介", "其他": words, not names
        names.append(name)
        position = end
        separator = _NAME_SEPARATORS.match(text, position)
        if separator is None:
            break
        position = separator.end()
        reports = _REPORTS.match(text, position)  # "記者張三／台北報導": where from
        if reports is not None:
            return names, reports.end()
        if position == len(text) or _FIELD.match(text, position):
            break
    return names, position


def _family_named(name: str) -> bool:
    return name[0] in _FAMILY_NAMES or name[:2] in _FAMILY_NAMES


def _other_field(text: str) -> int | None:
    """How many characters an information bar's field other than the byline takes at the
    start of ``text`` ("来源：新华社 ", "2024-03-05 14:32 "), else ``None``."""
    space = regex.match(r"[\s|｜丨·]+|[【\[][^】\]]{1,10}[】\]]", text)
    if space is not None:
        return space.end()  # separators, a bracketed link ("【纠错】")
    date = _DATE.match(text) or _TIME.match(text)
    if date is not None:
        return date.end()
    field = _FIELD.match(text)
    if field is None:
        return None
    value = regex.match(r"[^\s|｜丨]*", text[field.end() :])
    return field.end() + (value.end() if value is not None else 0)


def _korean(text: str, shown: str) -> Byline | None:
    """ "홍길동 기자", "[서울=뉴스1] 홍길동·김철수 기자 =", "글 홍길동": names, a role after
    them or a label before them, then only the writer's e-mail address."""
    found = _KOREAN.fullmatch(text)
    if found is None or (found["role"] is None) == (found["label"] is None):
        return None  # a role after the names, or a label before them: one of the two
    rest = found["rest"].strip()
    if rest and EMAIL.fullmatch(rest) is None:
        return None  # "홍길동 기자 = 시의회는 …": the story's first sentence follows
    names = [n.strip() for n in regex.split(r"[·,]", found["names"]) if n.strip()]
    if any(name[0] not in _KOREAN_FAMILY_NAMES for name in names):
        return None  # "관련 기자": words, not a name
    outlet = (found["outlet"] or "").strip() or None
    return Byline(
        text=shown,
        authors=tuple(Author(name, affiliation=outlet) for name in names),
        agency=find_agency(outlet) if outlet else None,
    )
