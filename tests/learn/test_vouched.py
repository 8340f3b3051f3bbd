"""Rarer lines that furniture vouches for: a section's own menu, a footer some pages carry;
and the story text that repeats as rarely, which must not be learned."""

from __future__ import annotations

from newsclean import Pipeline
from newsclean._learn import LearnOptions, SiteLearner
from newsclean._learn._keys import line_key
from newsclean._learn._options import DEFAULT_OPTIONS
from newsclean._rule import Rule

from .site_pages import FOOTER, NAVIGATION, SPEAKERS, STORIES

SITE = "coastnews.example"
SECTION_MENU = ["Scores", "Standings", "Schedule", "Teams"]
AD_SLOT = ["Advertisement", "Sponsored content"]
# a wire story the site ran on three pages (updated twice), with a list inside it
WIRE = [
    "Storm closes mountain passes",
    "Published March 9, 2024 at 6:40 AM",
    "Heavy snow closed three mountain passes overnight, and the highway patrol said the "
    "roads would stay shut until crews could clear the drifts.",
    "The closures cover:",
    "Tioga Pass",
    "Sonora Pass",
    "Monitor Pass",
    "Ebbetts Pass",
    "Carson Pass",
    "Drivers heading east were told to use Interstate 80, where chains are required.",
]


def _page(number: int, *, menu: bool = False, ad: bool = False, wire: bool = False) -> str:
    title, first, second = STORIES[number % len(STORIES)]
    speaker = SPEAKERS[number % len(SPEAKERS)]
    story = (
        [*WIRE, f"{speaker} of the highway patrol said more snow was expected on Friday."]
        if wire
        else [
            title,
            f"Published March {number + 1}, 2024",
            f"{first[:-1]}, according to {speaker}.",
            f"{second[:-1]}, {speaker} added.",
        ]
    )
    lines = [*NAVIGATION, *(SECTION_MENU if menu else []), *story, *FOOTER]
    if ad:  # after the page's own build stamp, away from any furniture that repeats enough
        lines += [f"Build {'abcdefghijklmnopqrst'[number]}{'xyz'[number % 3]}", *AD_SLOT]
    return "\n\n".join(lines)


def _corpus() -> list[str]:
    """Twenty pages: three carry the sports menu, three an ad slot, three the wire story."""
    return [
        _page(n, menu=n in (1, 2, 3), ad=n in (4, 5, 6), wire=n in (7, 8, 9)) for n in range(20)
    ]


def _learned(texts: list[str], options: LearnOptions = DEFAULT_OPTIONS) -> set[str]:
    learner = SiteLearner(options)
    for text in texts:
        learner.add(SITE, text)
    return {key for item in learner.learn(SITE).furniture for key in item.keys}


def test_a_section_menu_next_to_the_navigation_is_learned() -> None:
    """In 3 of 20 pages (below the 20 % share), each line next to the navigation or to the
    menu's other lines: furniture vouches for it."""
    keys = _learned(_corpus())
    menu = {line_key(line) for line in SECTION_MENU}
    assert menu <= keys
    learner = SiteLearner()
    for text in _corpus():
        learner.add(SITE, text)
    assert [learner.line_docs(SITE, line) for line in ("  Scores ", "Home", "Nothing")] == [
        3,
        20,
        0,
    ]
    assert not menu & _learned(_corpus(), LearnOptions(support_docs=0))


def test_a_run_of_repeated_lines_away_from_the_story_is_learned() -> None:
    """Two lines that follow each other in three pages, after the story and the footer."""
    slot = {line_key(line) for line in AD_SLOT}
    assert slot <= _learned(_corpus())
    assert not slot & _learned(_corpus(), LearnOptions(support_docs=0))


def test_a_story_repeated_on_a_few_pages_is_not_learned() -> None:
    """The wire story is on three pages, right after the navigation: its headline, its
    paragraphs and the short items of its list (between its paragraphs) all stay."""
    keys = _learned(_corpus())
    assert not {line_key(line) for line in WIRE} & keys
    pipeline = Pipeline.default().with_rules(*_rules(_corpus()))
    result = pipeline.clean(_page(7, wire=True), site=SITE)
    learned = {r.text for r in result.removed if r.rule.startswith("site-")}
    assert not learned & set(WIRE)


def test_quotes_and_short_lines_inside_stories_are_not_vouched_for() -> None:
    """A short quote line and a sign-off that a few stories share sit between paragraphs."""
    quote, sign_off = "“We’re not done yet.”", "— Staff report"
    texts = _corpus()
    for n in (11, 12, 13):
        lines = texts[n].split("\n\n")
        lines[len(NAVIGATION) + 2 : len(NAVIGATION) + 2] = [quote, sign_off]
        texts[n] = "\n\n".join(lines)
    keys = _learned(texts)
    assert line_key(quote) not in keys and line_key(sign_off) not in keys


def _rules(texts: list[str]) -> list[Rule]:
    learner = SiteLearner()
    for text in texts:
        learner.add(SITE, text)
    return learner.learn(SITE).rules()
