"""Hypothesis strategies for the property tests: realistic scraped articles and hostile text.

Documents are built from story sentences, real page-furniture lines, credit lines and the
examples of every registered rule, dressed in the unicode variants scraped text really has
(NBSP and thin spaces, dash and comma variants, curly quotes, RTL text, combining marks,
emoji runs, CJK paragraphs) and joined with ``\\n``, ``\\r\\n`` or lone ``\\r`` line ends.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import strategies as st

import newsclean

__all__ = [
    "BODY_SENTENCES",
    "BOILERPLATE_LINES",
    "CREDIT_LINES",
    "any_text",
    "body_paragraphs",
    "documents",
    "line_breaks",
    "lines",
]

BODY_SENTENCES = (
    "The Senate voted 51-49 on Tuesday to pass the bill after a week of debate.",
    "Residents said the flooding was the worst they had seen in decades.",
    "By the end of the week the talks had collapsed, officials said.",
    "Byrne Smith scored twice as the visitors came back from two goals down.",
    'The minister told reporters: "We will not accept these terms."',
    "Prices rose 3.2% in March, the statistics office said on Friday.",
    "Skip to the end: the council voted the plan down on Tuesday night.",
    "Several donors contributed to the campaign, records show.",
    "The lawsuit alleges copyright infringement by the software company.",
    "The AP reported on Tuesday that the talks had stalled.",
    "About the author of the report, little is known.",
    "Tags on the luggage showed it had passed through three airports.",
    "Der Bundestag stimmte am Donnerstag mit großer Mehrheit für das Gesetz.",
    "Le gouvernement a annoncé mardi de nouvelles mesures pour les agriculteurs.",
    "El presidente se reunió con los líderes regionales en Madrid.",
    "Xi Jinping and Alexander Lukashenko met in Beijing on Wednesday.",
    "Jane Doe",
    "Comments from the public will be accepted until June 1.",
)

BOILERPLATE_LINES = (
    "Skip to content",
    "Skip to main content",
    "Jump to comments ↓",
    "Leave a Reply",
    "BE PART OF THE CONVERSATION",
    "Please keep your comments respectful and relevant.",
    "Author Profile Photo",
    "CNN Newsource",
    "More from this author",
    "View all posts by Jane Doe",
    "Tags: Politics, China, Belarus",
    "Article Topic Follows: CNN - Asia/Pacific",
    "Filed under: World",
    "Advertisement",
    "Share this article",
    "Sign up for our newsletter",
    "Related Articles",
    "Read more:",
    "Cookie settings",
    "Home | News | Sport | Weather",
    "Zum Inhalt springen",
    "Aller au contenu »",
    "» Read more",
    "•",
    "*",
)

CREDIT_LINES = (
    "By Simone McCarthy, CNN",
    "By Jane Doe and John Smith",
    "Von Anna Schmidt und Jonas Weber",
    "By Associated Press",
    "The-CNN-Wire",
    "— Bloomberg",
    "Source: Xinhua",
    "Reuters",
    "WASHINGTON (AP) — The Senate voted 51-49 on Tuesday to pass the bill.",
    "LONDON, March 3 (Reuters) - Shares fell sharply in early trading.",
    "Wayne Cheng and Sandi Sidhu contributed reporting.",
    "Additional reporting by Jane Doe; editing by John Smith",
    "© 2022 Reuters",
    "™ & © 2023 Cable News Network, Inc., a Warner Bros. Discovery Company. All rights reserved.",
    "Copyright 2019-2021 The Associated Press. All rights reserved.",
    "All rights reserved.",
)

RTL_PARAGRAPHS = (
    "قال المتحدث باسم الحكومة إن المحادثات ستستأنف الأسبوع المقبل، وفق ما نقلته الوكالة.",
    "אמר דובר הממשלה כי השיחות יתחדשו בשבוע הבא.",
    "By محمد علي، رويترز",
)

CJK_PARAGRAPHS = (
    "国务院新闻办公室周二举行发布会，介绍了今年前三季度的经济运行情况。",
    "東京の株式市場は午前中、幅広い銘柄が売られ、日経平均株価は大きく下落した。",
    "서울시는 이번 주말부터 대중교통 요금을 인상한다고 밝혔다。",
)

EMOJI = ("😀", "🔥", "👍🏽", "🇺🇸", "👨‍👩‍👧", "❤️")


def _rule_examples() -> tuple[str, ...]:
    """Every example of every registered rule (so new rules are exercised too)."""
    found: list[str] = []
    for rule in newsclean.default_pipeline():
        found.extend((*rule.must_remove, *rule.must_keep, *rule.known_misses))
    return tuple(dict.fromkeys(found))


def _rule_example_lines() -> tuple[str, ...]:
    """Every line of every registered rule's examples."""
    found = (line for example in _rule_examples() for line in example.splitlines())
    return tuple(dict.fromkeys(line for line in found if line.strip()))


def _replace_some(old: str, new: str) -> Callable[[str], str]:
    return lambda text: text.replace(old, new)


# Each variant rewrites a line the way some scraped page does.
VARIANTS: tuple[Callable[[str], str], ...] = (
    lambda text: text,
    _replace_some(" ", "\u00a0"),  # no-break spaces
    _replace_some(" ", "\u2009"),  # thin spaces
    _replace_some(" ", "  "),  # doubled spaces
    _replace_some("—", "–"),
    _replace_some("—", "-"),
    _replace_some("—", "--"),
    _replace_some("-", "—"),
    _replace_some(",", "，"),
    _replace_some(",", "،"),
    _replace_some("'", "’"),
    _replace_some('"', "“"),
    _replace_some("e", "e\u0301"),  # combining acute accent
    _replace_some("a", "a\u0308"),  # combining diaeresis
    str.upper,
    str.lower,
    str.title,
    lambda text: f"  {text}  ",
    lambda text: f"» {text}",
    lambda text: f"{text} ↓",
    lambda text: f"{text}:",
    lambda text: f"\u200f{text}",  # right-to-left mark
    lambda text: f"\ufeff{text}",  # stray byte-order mark
)

line_breaks = st.sampled_from(("\n", "\r\n", "\r"))


@st.composite
def _varied(draw: st.DrawFn, pool: tuple[str, ...]) -> str:
    return draw(st.sampled_from(VARIANTS))(draw(st.sampled_from(pool)))


def lines() -> st.SearchStrategy[str]:
    """One line: furniture, a credit line, a rule example or a story sentence, maybe varied."""
    return st.one_of(
        _varied(BOILERPLATE_LINES),
        _varied(CREDIT_LINES),
        _varied(_rule_example_lines()),
        _varied(BODY_SENTENCES),
    )


@st.composite
def body_paragraphs(draw: st.DrawFn) -> str:
    """A story paragraph: sentences, or RTL or CJK text, sometimes with an emoji run."""
    kind = draw(st.sampled_from(("sentences", "rtl", "cjk")))
    if kind == "rtl":
        text = draw(st.sampled_from(RTL_PARAGRAPHS))
    elif kind == "cjk":
        text = draw(st.sampled_from(CJK_PARAGRAPHS))
    else:
        text = " ".join(draw(st.lists(_varied(BODY_SENTENCES), min_size=1, max_size=4)))
    if draw(st.booleans()):
        text += " " + "".join(draw(st.lists(st.sampled_from(EMOJI), min_size=1, max_size=12)))
    return text


@st.composite
def documents(draw: st.DrawFn, *, max_blocks: int = 12) -> str:
    """A scraped article: blocks of lines and paragraphs with blank lines and mixed line ends."""
    newline = draw(line_breaks)
    mixed = draw(st.integers(0, 9)) == 0  # now and then a document mixes line-end styles
    examples = st.sampled_from(_rule_examples()).map(lambda text: text.replace("\n", newline))
    blocks = draw(
        st.lists(st.one_of(lines(), body_paragraphs(), examples), min_size=0, max_size=max_blocks)
    )
    out: list[str] = []
    if draw(st.booleans()):
        out.append(draw(st.sampled_from(("", " ", "\t", "\u00a0"))) + newline)
    for number, block in enumerate(blocks):
        if number:
            blank = draw(st.integers(0, 3))
            breaks = [draw(line_breaks) if mixed else newline for _ in range(blank + 1)]
            out.append(draw(st.sampled_from(("", "", " ", "\t"))).join(breaks))
        out.append(block)
    if blocks and draw(st.booleans()):
        out.append(newline)
    return "".join(out)


def any_text() -> st.SearchStrategy[str]:
    """Any string, lone surrogates and control characters included."""
    return st.one_of(
        st.text(),
        st.text(st.characters(codec=None)),
        st.text(st.characters(categories=("Cs", "Cc", "Zl", "Zp", "Mn", "So"))),
        documents(max_blocks=6),
    )
