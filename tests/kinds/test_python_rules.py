"""Rules in Python: the line_rule decorator, a Rule subclass, composition and pickling."""

from __future__ import annotations

import pickle
from collections.abc import Iterable, Sequence

import attrs

import newsclean
from newsclean import Document, LineRule, Pipeline, Rule, Tag

TEXT = (
    "Skip to content\n\n"
    "WATCH LIVE: News Channel 3-12 at 6\n\n"
    "The council voted 5-2 on Tuesday.\n\n"
    "Local News\nSports\nWeather\nTraffic\n\n"
    "Work starts in June."
)


@newsclean.line_rule(
    id="watch-live-link",
    description="'Watch live' links to the station's stream.",
    must_remove=["WATCH LIVE: News Channel 3-12 at 6"],
    must_keep=["Fans can watch live on channel 4, the team said."],
)
def watch_live_link(line: str) -> bool:
    return line.casefold().startswith("watch live:")


@attrs.frozen(kw_only=True)
class MenuRun(Rule):
    """Removes runs of at least ``min_run`` consecutive one- or two-word lines (a nav menu)."""

    min_run: int = 4

    def tag(self, doc: Document, found: Sequence[Tag]) -> Iterable[Tag]:
        run: list[int] = []
        for i, line in enumerate([*doc.lines, ""]):
            words = line.split()
            if 0 < len(words) <= 2 and not line.rstrip().endswith((".", "!", "?")):
                run.append(i)
                continue
            if len(run) >= self.min_run:
                yield from (Tag(j, self.id) for j in run)
            run = []


MENU_RUN = MenuRun(
    id="menu-run",
    description="Navigation menus: four or more one- or two-word lines in a row.",
    must_remove=["Home\nNews\nLocal Sports\nWeather\nContact Us"],
    must_keep=["Sports\nWeather\n\nThe family returned home on Tuesday."],
)


def test_decorator_makes_a_line_rule() -> None:
    assert isinstance(watch_live_link, LineRule)
    assert watch_live_link.id == "watch-live-link"
    assert watch_live_link.source == "python"
    assert watch_live_link.test("Watch live: KTVZ") is True
    assert Pipeline([watch_live_link]).clean_text("Watch live: KTVZ\n\nStory.") == "Story."


def test_python_rules_compose_with_the_default_pipeline() -> None:
    pipeline = Pipeline.default().with_rules(watch_live_link, MENU_RUN)
    result = pipeline.clean(TEXT)
    assert result.text == "The council voted 5-2 on Tuesday.\n\nWork starts in June."
    assert [r.rule for r in result.removed] == [
        "skip-link",
        "watch-live-link",
        *["menu-run"] * 4,
    ]
    dropped = pipeline.without("watch-live-link").clean_text(TEXT)
    assert dropped.startswith("WATCH LIVE: News Channel 3-12 at 6\n\nThe council")


def test_line_rule_skips_long_lines_and_keeps_its_negative_example() -> None:
    long_line = "Watch live: " + "the council debated the budget late into the night, " * 5
    pipeline = Pipeline([watch_live_link])
    assert pipeline.clean_text(long_line) == long_line
    for example in watch_live_link.must_keep:
        assert pipeline.clean_text(example) == example


def test_python_rules_behave_as_their_examples_say() -> None:
    for rule in (watch_live_link, MENU_RUN):
        pipeline = Pipeline([rule])
        for example in rule.must_remove:
            assert pipeline.clean_text(example) == "", rule.id
        for example in rule.must_keep:
            assert pipeline.clean_text(example) == example, rule.id


def test_decorated_rule_pickles_by_reference() -> None:
    pipeline = Pipeline.default().with_rules(watch_live_link)
    copy = pickle.loads(pickle.dumps(pipeline))
    assert copy.rule("watch-live-link") == watch_live_link
    assert copy.clean(TEXT) == pipeline.clean(TEXT)
    evolved = attrs.evolve(watch_live_link, source="plugin:example")
    assert pickle.loads(pickle.dumps(evolved)).source == "plugin:example"
