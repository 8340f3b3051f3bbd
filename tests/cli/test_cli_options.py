"""The rough edges a new user hits: version, defaults in --help, options that cannot apply,
encodings, per-rule statistics, rules files that are not rules files, misspelt rule ids."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsclean

from helpers import read_jsonl, run_main, write_jsonl

TEXT = "Skip to content\n\nThe council met on Tuesday to approve the budget.\n"
CLEANED = "The council met on Tuesday to approve the budget.\n"


def test_version(capfd) -> None:
    with pytest.raises(SystemExit) as stop:
        run_main(capfd, "--version")
    assert stop.value.code == 0
    variant = "compiled (mypyc)" if newsclean.compiled else "pure Python"
    assert capfd.readouterr().out == f"newsclean {newsclean.__version__} ({variant})\n"


def test_help_shows_the_defaults(capfd) -> None:
    with pytest.raises(SystemExit):
        run_main(capfd, "clean", "--help")
    out = capfd.readouterr().out
    for default in (
        "field holding the text (default: text)",
        "(default: metadata)",
        "(default: error)",
        "(default: keep)",
        "(default: utf-8)",
        "(default: .txt .text .md .jsonl .ndjson",
        "(default: stdout)",
    ):
        assert default in " ".join(out.split()), default


def test_explain_with_jsonl_says_where_the_removals_are(tmp_path: Path, capfd) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": TEXT}])
    code, out, err = run_main(capfd, "clean", "--explain", source)
    assert code == 2 and out == ""
    assert "each record's metadata.removed lists them" in err


def test_jobs_with_text_inputs_says_it_does_not_apply(tmp_path: Path, capfd) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    code, _, err = run_main(capfd, "clean", "--jobs", "2", tmp_path / "a.txt")
    assert code == 2 and "--jobs applies to JSONL input" in err


def test_input_encoding_for_old_archives(tmp_path: Path, capfd) -> None:
    text = TEXT.replace("council", "café council") + "“Quoted” — 5 €\n"
    (tmp_path / "old.txt").write_bytes(text.encode("cp1252"))
    code, out, err = run_main(capfd, "clean", "--input-encoding", "cp1252", tmp_path / "old.txt")
    assert code == 0 and out == text.removeprefix("Skip to content\n\n") and err == ""
    line = f'{{"text": "{text.encode("unicode_escape").decode("ascii")}"}}'
    line = line.replace("\\xe9", "é").replace("\\u201c", "“").replace("\\u201d", "”")
    line = line.replace("\\u2014", "—").replace("\\u20ac", "€")
    (tmp_path / "old.jsonl").write_bytes((line + "\n").encode("cp1252"))
    args = (
        "clean",
        "--input-encoding",
        "cp1252",
        tmp_path / "old.jsonl",
        "-o",
        tmp_path / "o.jsonl",
    )
    code, _, err = run_main(capfd, *args)
    assert code == 0, err
    assert read_jsonl(tmp_path / "o.jsonl")[0]["text"] == text.removeprefix("Skip to content\n\n")
    code, _, err = run_main(capfd, "clean", "--input-encoding", "utf-16", tmp_path / "old.txt")
    assert code == 2 and "utf-16: newsclean reads encodings that keep ASCII as is" in err


def test_stats_counts_the_lines_each_rule_removed(tmp_path: Path, capfd) -> None:
    records = [{"text": TEXT}, {"text": "Share this article\n\n" + TEXT}]
    source = write_jsonl(tmp_path / "in.jsonl", records)
    code, _, err = run_main(capfd, "clean", "--stats", source, "-o", tmp_path / "out.jsonl")
    assert code == 0
    table = err[err.index("lines removed per rule:") :].splitlines()[1:]
    counts = {line.split()[0]: int(line.split()[1]) for line in table}
    assert counts["skip-link"] == 2 and counts["total"] == sum(
        n for rule, n in counts.items() if rule != "total"
    )
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    code, _, err = run_main(capfd, "clean", "--stats", tmp_path / "a.txt")
    assert "  skip-link  " in err and "  total  " in err


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("[[rule]\nid = 'x'\n", "rules.toml:1: not valid TOML: Expected ']]'"),
        ("", "rules.toml:1: expected one or more [[rule]] tables"),
    ],
    ids=["invalid-toml", "empty"],
)
def test_rules_check_on_what_is_not_a_rules_file(
    tmp_path: Path, capfd, content: str, problem: str
) -> None:
    path = tmp_path / "rules.toml"
    path.write_text(content, encoding="utf-8")
    code, out, _ = run_main(capfd, "rules", "check", path)
    assert code == 1
    assert out.startswith("FAIL  ") and problem in out
    assert out.endswith("1 rules: 0 passed, 1 failed\n")


def test_a_misspelt_rule_id_gets_a_suggestion(tmp_path: Path, capfd) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    code, _, err = run_main(capfd, "clean", "--disable", "skip-links", tmp_path / "a.txt")
    assert code == 2 and "no rule 'skip-links' in this pipeline; did you mean 'skip-link'?" in err
