"""Every registered rule's own examples: positives are removed, negatives stay, misses are known."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import Rule

PIPELINE = newsclean.default_pipeline()


def _cases(kind: str) -> list[object]:
    cases = []
    for rule in PIPELINE:
        for number, example in enumerate(getattr(rule, kind)):
            marks = [pytest.mark.xfail(strict=True)] if kind == "known_misses" else []
            cases.append(pytest.param(rule, example, id=f"{rule.id}-{number}", marks=marks))
    return cases


def _removes_all(rule: Rule, example: str) -> bool:
    result = PIPELINE.clean(example)
    return not result.text.strip() and any(r.rule == rule.id for r in result.removed)


@pytest.mark.parametrize(("rule", "example"), _cases("must_remove"))
def test_positive_example_is_removed(rule: Rule, example: str) -> None:
    assert _removes_all(rule, example), PIPELINE.clean(example).explain()


@pytest.mark.parametrize(("rule", "example"), _cases("must_keep"))
def test_negative_example_is_kept(rule: Rule, example: str) -> None:
    assert PIPELINE.clean(example).text == example


@pytest.mark.parametrize(("rule", "example"), _cases("known_misses"))
def test_known_miss_still_missed(rule: Rule, example: str) -> None:
    assert _removes_all(rule, example)


def test_negative_examples_survive_inside_an_article() -> None:
    for rule in PIPELINE:
        for example in rule.must_keep:
            text = f"Headline of the story\n\n{example}\n\nThe last paragraph of the story."
            assert PIPELINE.clean(text).text == text, rule.id


def test_every_rule_has_examples_and_a_description() -> None:
    for rule in PIPELINE:
        assert rule.description.strip(), rule.id
        assert rule.must_keep, f"{rule.id} has no negative example"
