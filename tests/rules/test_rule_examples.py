"""Every registered rule's own examples: positives are removed, negatives stay, misses are known."""

from __future__ import annotations

import attrs
import pytest

import newsclean
from newsclean import Rule
from newsclean._engine.examples import example_problems

PIPELINE = newsclean.default_pipeline()


def _cases(kind: str) -> list[object]:
    cases = []
    for rule in PIPELINE:
        for number, example in enumerate(getattr(rule, kind)):
            marks = [pytest.mark.xfail(strict=True)] if kind == "known_misses" else []
            cases.append(pytest.param(rule, example, id=f"{rule.id}-{number}", marks=marks))
    return cases


def _problems(rule: Rule, *, remove: tuple[str, ...] = (), keep: tuple[str, ...] = ()) -> list[str]:
    """The one check of examples (as for rules files and plugins), on these examples only."""
    only = attrs.evolve(rule, must_remove=remove, must_keep=keep)
    return [message for _, _, message in example_problems(only, PIPELINE)]


@pytest.mark.parametrize(("rule", "example"), _cases("must_remove"))
def test_positive_example_is_removed(rule: Rule, example: str) -> None:
    assert _problems(rule, remove=(example,)) == [], PIPELINE.clean(example).explain()


@pytest.mark.parametrize(("rule", "example"), _cases("must_keep"))
def test_negative_example_is_kept(rule: Rule, example: str) -> None:
    assert _problems(rule, keep=(example,)) == []


@pytest.mark.parametrize(("rule", "example"), _cases("known_misses"))
def test_known_miss_still_missed(rule: Rule, example: str) -> None:
    assert _problems(rule, remove=(example,)) == []


def test_negative_examples_survive_inside_an_article() -> None:
    for rule in PIPELINE:
        for example in rule.must_keep:
            text = f"Headline of the story\n\n{example}\n\nThe last paragraph of the story."
            assert PIPELINE.clean(text).text == text, rule.id


def test_every_rule_has_examples_and_a_description() -> None:
    for rule in PIPELINE:
        assert rule.description.strip(), rule.id
        assert rule.must_keep, f"{rule.id} has no negative example"
