"""The generated rule catalogue (docs/rules.md) matches the registry."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import newsclean
from newsclean._cli.catalogue import rule_catalogue

CATALOGUE = Path(__file__).resolve().parents[2] / "docs" / "rules.md"


def test_docs_rules_md_is_up_to_date() -> None:
    expected = rule_catalogue()
    assert CATALOGUE.read_text(encoding="utf-8") == expected, (
        "docs/rules.md is out of date: run `newsclean rules --markdown > docs/rules.md`"
    )


def test_catalogue_lists_every_rule_with_its_examples() -> None:
    text = rule_catalogue()
    for rule in newsclean.default_pipeline():
        assert f"\n### {rule.id}\n" in text
        assert rule.description in text
        for example in rule.must_remove:
            assert example.split("\n")[0] in text


def test_command_prints_the_catalogue() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "newsclean", "rules", "--markdown"],
        capture_output=True,
        text=True,
        check=True,
        encoding="utf-8",
    ).stdout
    assert out == rule_catalogue()


def test_rules_from_elsewhere_are_listed_as_other() -> None:
    extra = newsclean.PhraseRule(
        id="house-promo", description="Our own promo line.", phrases=("buy our mug",)
    )
    text = rule_catalogue(newsclean.default_pipeline().with_rules(extra))
    assert "## other:" in text
    assert "### house-promo" in text
