"""Rules files: the example file works through the library and the command; bad files are located."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsclean import PhraseRule, Pipeline, RegexRule, RuleError, load_rules

from helpers import ROOT, run_newsclean

EXAMPLE = ROOT / "docs" / "examples" / "station_rules.toml"
ARTICLE = (
    "Skip to content\n\n"
    "Download the News Channel 3-12 app for breaking news\n\n"
    "The council voted 5-2 on Tuesday to repave State Street.\n\n"
    "Get the 3-12 morning newsletter\nWeather, traffic and top stories\nSign up at keyt.com/newsletter\n\n"
    "Work starts in June, the city said.\n\n"
    "Send us a news tip at (805) 555-0100\n"
)
STORY = (
    "The council voted 5-2 on Tuesday to repave State Street.\n\n"
    "Work starts in June, the city said.\n"
)
GOOD = """\
[[rule]]
id = "watch-live"
description = "Watch-live links"
phrases = ["Watch live"]
match = "line-start"
remove = ["Watch live: KTVZ at 6"]
keep = ["Fans can watch live on channel 4."]
"""


def _write(tmp_path: Path, text: str, name: str = "rules.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_example_file_builds_phrase_and_regex_rules() -> None:
    rules = load_rules(EXAMPLE)
    assert [(type(r), r.id) for r in rules] == [
        (PhraseRule, "station-app-promo"),
        (PhraseRule, "station-newsletter"),
        (RegexRule, "station-tip-line"),
    ]
    assert {r.source for r in rules} == {str(EXAMPLE)}
    assert rules[1].block == "until-blank" and rules[0].match == "line-start"
    assert rules[0].must_keep == ("He said he would download the app later.",)


def test_phrases_by_language_give_the_rule_its_languages(tmp_path: Path) -> None:
    text = GOOD.replace(
        'phrases = ["Watch live"]',
        'phrases = { en = ["Watch live"], de = ["Jetzt live"] }',
    ).replace(
        'remove = ["Watch live: KTVZ at 6"]',
        'remove = ["Watch live: KTVZ at 6", "Jetzt live: ZDF"]',
    )
    (rule,) = load_rules(_write(tmp_path, text))
    assert isinstance(rule, PhraseRule)
    assert rule.languages == ("en", "de")
    assert (
        Pipeline([rule]).clean_text("Jetzt live: Tagesschau\n\nDie Nachrichten.")
        == "Die Nachrichten."
    )


def test_a_plain_list_of_phrases_is_of_any_language(tmp_path: Path) -> None:
    (rule,) = load_rules(_write(tmp_path, GOOD))
    assert rule.languages == ("any",)


@pytest.mark.parametrize(
    ("phrases", "message"),
    [
        ("{ en = [] }", "'phrases.en' must be a non-empty list of strings"),
        ('{ en = "Watch live" }', "'phrases.en' must be a non-empty list of strings"),
        ("{}", "'phrases' must be a non-empty list of strings, or a table of such lists"),
        ("[1, 2]", "'phrases' must be a non-empty list of strings, or a table of such lists"),
    ],
)
def test_bad_phrases_are_reported(tmp_path: Path, phrases: str, message: str) -> None:
    text = GOOD.replace('phrases = ["Watch live"]', f"phrases = {phrases}")
    with pytest.raises(RuleError, match="rules.toml:4: rule 'watch-live': " + re.escape(message)):
        load_rules(_write(tmp_path, text))


def test_from_rules_file_adds_to_the_default_pipeline() -> None:
    pipeline = Pipeline.from_rules_file(EXAMPLE)
    assert pipeline.rule_ids[: len(Pipeline.default())] == Pipeline.default().rule_ids
    result = pipeline.clean(ARTICLE)
    assert result.text == STORY.rstrip("\n")
    assert [r.rule for r in result.removed] == [
        "skip-link",
        "station-app-promo",
        "station-newsletter",
        "station-newsletter",
        "station-newsletter",
        "station-tip-line",
    ]
    alone = Pipeline.from_rules_file(EXAMPLE, base=Pipeline([]))
    assert alone.rule_ids == ("station-app-promo", "station-newsletter", "station-tip-line")


def test_command_with_rules_file_explains_each_removal(tmp_path: Path) -> None:
    article = _write(tmp_path, ARTICLE, "article.txt")
    done = run_newsclean("clean", "--rules", str(EXAMPLE), "--explain", str(article))
    assert done.returncode == 0, done.stderr
    assert done.stdout == STORY
    assert f"{article}:3: [station-app-promo] Download the News" in done.stderr
    assert f"{article}:9: [station-newsletter] Sign up at keyt.com/newsletter" in done.stderr
    plain = run_newsclean("clean", str(article))
    assert "Download the News Channel 3-12 app" in plain.stdout


def test_rules_option_repeats_and_ids_must_differ_across_files(tmp_path: Path) -> None:
    article = _write(tmp_path, "Watch live: KTVZ at 6\n\nThe story.\n", "article.txt")
    extra = _write(tmp_path, GOOD)
    done = run_newsclean("clean", "--rules", str(EXAMPLE), "--rules", str(extra), str(article))
    assert (done.returncode, done.stdout) == (0, "The story.\n")
    twice = run_newsclean("clean", "--rules", str(extra), "--rules", str(extra), str(article))
    assert twice.returncode == 2
    assert (
        f"{extra}:2: rule 'watch-live': duplicate rule id: already used by a rule from {extra}"
        in (twice.stderr)
    )


def test_only_and_disable(tmp_path: Path) -> None:
    article = _write(tmp_path, ARTICLE, "article.txt")
    only = run_newsclean(
        "clean", "--rules", str(EXAMPLE), "--only", "station-tip-line", str(article)
    )
    assert only.stdout == ARTICLE.replace("\n\nSend us a news tip at (805) 555-0100\n", "\n")
    disabled = run_newsclean("clean", "--disable", "skip-link", str(article))
    assert disabled.stdout.startswith("Skip to content\n")
    unknown = run_newsclean("clean", "--disable", "no-such-rule", str(article))
    assert unknown.returncode == 2
    assert "no rule 'no-such-rule' in this pipeline" in unknown.stderr


def test_listing_shows_id_source_and_description() -> None:
    lines = run_newsclean("rules", "--rules", str(EXAMPLE)).stdout.splitlines()
    assert lines[0].split(maxsplit=2) == [
        "skip-link",
        "builtin",
        "Accessibility skip links such as 'Skip to content'.",
    ]
    assert lines[-1].split(maxsplit=2) == [
        "station-tip-line",
        str(EXAMPLE),
        "'Send us a tip' lines with a phone number",
    ]


BAD_CASES = {
    "unknown key": (
        GOOD.replace("phrases =", "phrase ="),
        "rules.toml:4: rule 'watch-live': unknown key 'phrase' (known keys: id, description, "
        "phrases, regex, match, block, max_chars, timeout_ms, engine, remove, keep, sites)",
    ),
    "duplicate id in the file": (
        GOOD + "\n" + GOOD.replace("Watch live: KTVZ", "Watch live: KEYT"),
        "rules.toml:10: rule 'watch-live': duplicate rule id: already used by line 1 of this file",
    ),
    "id of a built-in rule": (
        GOOD.replace('"watch-live"', '"skip-link"'),
        "rules.toml:2: rule 'skip-link': duplicate rule id: already used by a built-in rule",
    ),
    "regex that does not compile": (
        GOOD.replace('phrases = ["Watch live"]', "regex = 'watch (live'"),
        "rules.toml:4: rule 'watch-live': regex does not compile: missing ) at position 11",
    ),
    "remove example that stays": (
        GOOD.replace('remove = ["Watch live: KTVZ at 6"]', 'remove = [\n  "Stream live now",\n]'),
        "rules.toml:7: rule 'watch-live': remove example is not removed: 'Stream live now'",
    ),
    "keep example that goes": (
        GOOD.replace("Fans can watch live on channel 4.", "Watch live on channel 4."),
        "rules.toml:7: rule 'watch-live': keep example is removed: 'Watch live on channel 4.'",
    ),
    "unknown match": (
        GOOD.replace('"line-start"', '"start"'),
        "rules.toml:5: rule 'watch-live': 'match' must be one of whole-line, line-start, "
        "contains, label (got 'start')",
    ),
    "id not kebab-case": (
        GOOD.replace('"watch-live"', '"Watch Live"'),
        "rules.toml:2: rule 'Watch Live': rule id 'Watch Live' is not kebab-case (like 'skip-link')",
    ),
    "no keep example": (
        GOOD.replace('keep = ["Fans can watch live on channel 4."]\n', ""),
        "rules.toml:1: rule 'watch-live': needs at least one 'keep' example (a list of strings)",
    ),
    "phrases keyed by something not a language tag": (
        GOOD.replace('phrases = ["Watch live"]', 'phrases = { English = ["Watch live"] }'),
        "rules.toml:4: rule 'watch-live': 'phrases' key 'English' is not a language tag like "
        "'en' or 'any'",
    ),
    "both phrases and regex": (
        GOOD.replace("match =", "regex = 'watch live.*'\nmatch ="),
        "rules.toml:2: rule 'watch-live': give either 'phrases' or 'regex' (exactly one of them)",
    ),
    "not TOML": (
        GOOD.replace('"Watch-live links"', '"Watch-live links'),
        "rules.toml:3: not valid TOML: ",
    ),
    "unknown top-level key": (
        "version = 2\n\n" + GOOD,
        "rules.toml:1: unknown top-level key 'version'",
    ),
}


@pytest.mark.parametrize("case", BAD_CASES)
def test_bad_rules_file_is_located(tmp_path: Path, case: str) -> None:
    text, message = BAD_CASES[case]
    path = _write(tmp_path, text)
    with pytest.raises(RuleError) as caught:
        load_rules(path)
    first = str(caught.value).splitlines()[0]
    assert first == f"{tmp_path}/{message}" or (
        message.endswith(": ") and first.startswith(f"{tmp_path}/{message}")
    )
    done = run_newsclean("clean", "--rules", str(path), "-")
    assert done.returncode == 2
    assert f"newsclean: error: {first}\n" in done.stderr


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    text = (
        GOOD.replace("phrases =", "phrase =") + "\n" + GOOD.replace('"watch-live"', '"skip-link"')
    )
    with pytest.raises(RuleError) as caught:
        load_rules(_write(tmp_path, text))
    assert [line.split(": ")[1] for line in str(caught.value).splitlines()] == [
        "rule 'watch-live'",
        "rule 'skip-link'",
    ]


def test_rules_check_passes_and_fails_per_rule(tmp_path: Path) -> None:
    good = run_newsclean("rules", "check", "docs/examples/station_rules.toml")
    assert good.returncode == 0, good.stdout
    assert good.stdout.splitlines() == [
        "PASS  station-app-promo  (docs/examples/station_rules.toml:4; 2 remove, 1 keep)",
        "PASS  station-newsletter  (docs/examples/station_rules.toml:15; 1 remove, 1 keep)",
        "PASS  station-tip-line  (docs/examples/station_rules.toml:24; 1 remove, 1 keep; regex on RE2 (linear time))",
        "3 rules: 3 passed, 0 failed",
    ]
    listen = GOOD.replace("watch-live", "listen-live").replace('["Watch live"]', '["Listen live"]')
    bad = _write(tmp_path, GOOD + "\n" + listen)
    done = run_newsclean("rules", "check", str(bad))
    assert done.returncode == 1
    assert done.stdout.splitlines() == [
        f"PASS  watch-live  ({bad}:1; 1 remove, 1 keep)",
        "FAIL  listen-live",
        f"      {bad}:14: rule 'listen-live': remove example is not removed: "
        "'Watch live: KTVZ at 6'",
        "2 rules: 1 passed, 1 failed",
    ]
    missing = run_newsclean("rules", "check", str(tmp_path / "missing.toml"))
    assert missing.returncode == 2 and "cannot read rules file" in missing.stderr


def test_regex_rule_from_a_file_runs_under_its_time_limit(tmp_path: Path) -> None:
    slow = GOOD.replace(
        'phrases = ["Watch live"]',
        "regex = '(a|aa)+$'\nmax_chars = 100000\nengine = \"backtracking\"",
    )
    slow = slow.replace('match = "line-start"', 'match = "contains"')
    slow = slow.replace('"Watch live: KTVZ at 6"', '"' + "a" * 3000 + 'b"')
    with pytest.raises(RuleError) as caught:
        load_rules(_write(tmp_path, slow))
    assert str(caught.value) == (
        f"{tmp_path}/rules.toml:8: rule 'watch-live': remove example failed: "
        "rule 'watch-live' hit its 100 ms limit on line 1; left out on that line"
    )


@pytest.mark.parametrize("value", ["0", "-5", "'fast'", "true"])
def test_timeout_ms_must_be_a_positive_number(tmp_path: Path, value: str) -> None:
    rules = GOOD.replace(
        'phrases = ["Watch live"]', f"regex = 'watch live.*'\ntimeout_ms = {value}"
    )
    with pytest.raises(RuleError, match="'timeout_ms' must be a positive number"):
        load_rules(_write(tmp_path, rules))


def test_timeout_ms_is_set_per_rule(tmp_path: Path) -> None:
    rules = GOOD.replace('phrases = ["Watch live"]', "regex = 'watch live.*'\ntimeout_ms = 250")
    (rule,) = load_rules(_write(tmp_path, rules))
    assert rule.timeout_ms == 250  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("setting", "pattern", "runs_on"),
    [
        ("", r"watch \d+ live.*", "re2"),
        ("", r"\bwatch \d+ live.*", "backtracking"),
        ('engine = "backtracking"', r"watch \d+ live.*", "backtracking"),
        ('engine = "re2"', r"watch \d+ live.*", "re2"),
    ],
)
def test_engine_is_chosen_per_rule(
    tmp_path: Path, setting: str, pattern: str, runs_on: str
) -> None:
    rules = GOOD.replace('phrases = ["Watch live"]', f"regex = '{pattern}'\n{setting}")
    (rule,) = load_rules(_write(tmp_path, rules.replace("Watch live", "Watch 24 live")))
    assert rule.runs_on == runs_on  # type: ignore[attr-defined]


def test_engine_re2_refuses_a_pattern_it_would_read_differently(tmp_path: Path) -> None:
    rules = GOOD.replace('phrases = ["Watch live"]', "regex = '\\bwatch live'\nengine = \"re2\"")
    with pytest.raises(RuleError, match=r"rule 'watch-live': RE2 cannot run this pattern"):
        load_rules(_write(tmp_path, rules))


def test_writing_rules_page_shows_these_messages() -> None:
    page = (ROOT / "docs" / "writing-rules.md").read_text(encoding="utf-8")
    for case, (_, message) in BAD_CASES.items():
        if case != "not TOML":
            assert f"`{message}`" in page, case


def test_rules_check_says_which_engine_runs_a_regex_rule(tmp_path: Path) -> None:
    linear = GOOD.replace('phrases = ["Watch live"]', "regex = 'watch \\d* ?live.*'")
    backtracking = linear.replace("watch-live", "watch-live-b").replace("'watch", "'\\bwatch")
    path = _write(tmp_path, linear + "\n" + backtracking)
    done = run_newsclean("rules", "check", str(path))
    assert done.returncode == 0, done.stdout
    assert done.stdout.splitlines()[:2] == [
        f"PASS  watch-live  ({path}:1; 1 remove, 1 keep; regex on RE2 (linear time))",
        f"PASS  watch-live-b  ({path}:9; 1 remove, 1 keep; "
        "regex on the backtracking engine (timeout_ms))",
    ]
