"""User regex rules: matching modes, compile errors, and the per-document time limit."""

from __future__ import annotations

import pickle

import pytest

from newsclean import Pipeline, RegexRule, RuleError

PROMO = RegexRule(
    id="station-promo",
    description="Station app promotion.",
    pattern=r"download the .{1,40} app\b.*",
    must_remove=("Download the News Channel 3-12 app for breaking news",),
    must_keep=("He said he would download the app later.",),
)


def test_whole_line_match_removes_only_matching_lines() -> None:
    pipeline = Pipeline([PROMO])
    text = "Download the News Channel 3-12 app now\n\nHe said he would download the app later."
    assert pipeline.clean_text(text) == "He said he would download the app later."


def test_bad_pattern_is_a_rule_error() -> None:
    with pytest.raises(RuleError, match=r"'broken'.*does not compile"):
        RegexRule(id="broken", description="x", pattern="(unclosed")


def test_timeout_keeps_document_and_names_the_rule() -> None:
    slow = RegexRule(
        id="slow-rule",
        description="Catastrophic backtracking.",
        pattern=r"(a|aa)+$",
        match="contains",
        max_chars=100_000,
        timeout=0.01,
    )
    text = "Story.\n\n" + "a" * 5000 + "b\n" + ("a" * 40 + "b\n") * 200
    result = Pipeline([slow]).clean(text)
    assert result.text == text and result.removed == ()
    assert [f.rule for f in result.errors] == ["slow-rule"]
    assert result.to_dict()["metadata"]["errors"][0]["rule"] == "slow-rule"


def test_regex_rules_pickle() -> None:
    copy = pickle.loads(pickle.dumps(PROMO))
    assert copy == PROMO
    assert Pipeline([copy]).clean_text("Download the KTVZ app today") == ""
