"""User regex rules: matching modes, compile errors, the RE2 engine and the per-line time limit."""

from __future__ import annotations

import pickle

import pytest

from newsclean import Pipeline, RegexRule, RuleError
from newsclean._document import Document

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
        engine="backtracking",
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


SLOW_ON_BACKTRACKING = r"(a|aa)+$|^zebra promo$"


def test_re2_runs_a_catastrophic_pattern_without_a_clock() -> None:
    rule = RegexRule(
        id="linear",
        description="x",
        pattern=SLOW_ON_BACKTRACKING,
        match="contains",
        max_chars=10_000,
        timeout_ms=5,
    )
    assert rule.runs_on == "re2"
    text = "Zebra promo\n\n" + "a" * 5000 + "b\n\n" + "a" * 3000 + "\n\nThe story.\n"
    result = Pipeline([rule]).clean(text)
    # matched in full, not left out: the long run of "a" ending the line matches "(a|aa)+$"
    assert [(r.rule, r.text[:5]) for r in result.removed] == [
        ("linear", "Zebra"),
        ("linear", "aaaaa"),
    ]
    assert result.text.startswith("a" * 5000 + "b\n\nThe story.")
    assert result.warnings == ()


@pytest.mark.parametrize(
    ("pattern", "line", "matches"),
    [
        (r"\d+ kommentare", "١٢ Kommentare", True),  # \d: any decimal digit, as in regex
        (r"\w+ teilen", "Übersicht teilen", True),  # \w: letters of every script
        (r"weiter\slesen", "Weiter\u00a0lesen", True),  # \s: a no-break space too
        (r"[\w-]+ newsletter", "Süd-Ost newsletter", True),
        (r"caf\u00e9 news", "Café News", True),
        (r"[]x]+ ad", "]] ad", True),
        (r"\D+", "١٢", False),
    ],
)
def test_re2_gives_patterns_their_regex_meaning(pattern: str, line: str, matches: bool) -> None:
    rule = RegexRule(id="same-meaning", description="x", pattern=pattern, engine="re2")
    backtracking = RegexRule(
        id="same-meaning", description="x", pattern=pattern, engine="backtracking"
    )
    assert rule.runs_on == "re2"
    assert backtracking.runs_on == "backtracking"
    for each in (rule, backtracking):
        assert bool(list(each.tag(Document(line), ()))) is matches


@pytest.mark.parametrize(
    "pattern",
    [r"\bnews\b", r"(\w+) \1", r"(?<=x)news", r"[[a-z]--[aeiou]]", r"a{,3}", r"(?>a+)b", r"[\W]x"],
)
def test_patterns_re2_would_read_differently_run_on_backtracking(pattern: str) -> None:
    assert RegexRule(id="auto", description="x", pattern=pattern).runs_on == "backtracking"
    with pytest.raises(RuleError, match=r"'forced'.*RE2 cannot run"):
        RegexRule(id="forced", description="x", pattern=pattern, engine="re2")


def test_re2_rules_pickle() -> None:
    rule = RegexRule(id="linear", description="x", pattern=r"\d+ comments", engine="re2")
    copy = pickle.loads(pickle.dumps(rule))
    assert copy == rule
    assert Pipeline([copy]).clean_text("12 Comments\n\nStory.") == "Story."
