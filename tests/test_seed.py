"""The seed article end to end, through the library and through the command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import newsclean
from newsclean import restore

SEED = Path(__file__).resolve().parents[1] / "docs" / "examples" / "seed_article.txt"


def _metadata_view(metadata: dict[str, Any]) -> dict[str, Any]:
    """The fields the expected file fixes (records may carry more)."""
    byline, contributors, copyright_ = (
        metadata["byline"],
        metadata["contributors"],
        metadata["copyright"],
    )
    return {
        "byline": {"text": byline["text"], "authors": byline["authors"]},
        "wire": {k: metadata["wire"][k] for k in ("text", "agency")},
        "contributors": {k: contributors[k] for k in ("text", "people", "groups")},
        "copyright": {k: copyright_[k] for k in ("text", "year", "holder")},
    }


def test_library_cleans_seed_exactly(seed_text: str, seed_expected: dict[str, Any]) -> None:
    result = newsclean.clean(seed_text)
    assert result.text.strip() == seed_expected["text"].strip()
    assert _metadata_view(result.to_dict()["metadata"]) == seed_expected["metadata"]


def test_every_seed_removal_is_named_and_restorable(seed_text: str) -> None:
    result = newsclean.clean(seed_text)
    rule_ids = set(newsclean.default_pipeline().rule_ids)
    assert {r.rule for r in result.removed} <= rule_ids
    assert restore(result.text, result.removed) == seed_text
    assert ("skip-link", "Skip to Content") in result.explain()
    assert ("comment-prompt", "BE PART OF THE CONVERSATION") in result.explain()


def test_seed_headline_and_subheading_survive(seed_text: str) -> None:
    text = newsclean.clean_text(seed_text)
    assert text.startswith("Putin ally Lukashenko and Chinese leader Xi Jinping")
    assert "\n\nTensions with the West\n\n" in text


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsclean", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def test_command_cleans_seed(seed_expected: dict[str, Any]) -> None:
    done = _run("clean", str(SEED))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == seed_expected["text"].strip()


def test_command_reads_stdin_and_explains(seed_text: str) -> None:
    done = _run("clean", "--explain", "-", stdin=seed_text)
    assert done.returncode == 0, done.stderr
    assert "[author-profile-stub] Author Profile Photo" in done.stderr
    assert "<stdin>" not in done.stdout and "Author Profile Photo" not in done.stdout


def test_command_parse_prints_metadata(seed_expected: dict[str, Any]) -> None:
    done = _run("parse", str(SEED))
    assert done.returncode == 0, done.stderr
    metadata = json.loads(done.stdout)
    assert _metadata_view(metadata) == seed_expected["metadata"]
    assert {"rule": "skip-link", "text": "Skip to Content"}.items() <= metadata["removed"][
        0
    ].items()


def test_command_lists_rules() -> None:
    done = _run("rules")
    assert done.returncode == 0
    for rule_id in newsclean.default_pipeline().rule_ids:
        assert rule_id in done.stdout
