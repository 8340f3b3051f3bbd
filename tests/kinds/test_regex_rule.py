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


def test_time_limit_leaves_out_only_the_rule_on_the_line() -> None:
    slow = RegexRule(
        id="slow-rule",
        description="Catastrophic backtracking, and a plain match.",
        pattern=r"(a|aa)+$|^zebra promo$",
        match="contains",
        timeout_ms=5,
    )
    text = "Skip to content\n\nZebra promo\n\n" + "a" * 80 + "b\n\nThe story.\n"
    result = Pipeline.default().with_rules(slow).clean(text)
    # every other line is cleaned, by this rule and the others; the slow line is kept
    assert result.text == "a" * 80 + "b\n\nThe story.\n"
    assert [r.rule for r in result.removed] == ["skip-link", "slow-rule"]
    assert [(w.rule, w.line) for w in result.warnings] == [("slow-rule", 5)]
    assert result.errors == ()


def test_regex_rules_pickle() -> None:
    copy = pickle.loads(pickle.dumps(PROMO))
    assert copy == PROMO
    assert Pipeline([copy]).clean_text("Download the KTVZ app today") == ""
