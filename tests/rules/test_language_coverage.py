"""Languages of the built-in rules: which families cover each one, and an example for each claim."""

from __future__ import annotations

import attrs
import pytest

import newsclean
from newsclean import PhraseRule
from newsclean._cli.catalogue import language_coverage, rule_catalogue
from newsclean.rules import builtin_rules

# The languages every family of built-in rules must cover (pl and nl are covered in part).
CLAIMED = ("en", "de", "fr", "es", "it", "pt")
PIPELINE = newsclean.default_pipeline()


def _table(coverage: dict[str, dict[str, int]]) -> str:
    return "\n".join(f"{language}: {', '.join(counts)}" for language, counts in coverage.items())


def test_every_claimed_language_is_covered_by_every_family() -> None:
    coverage = language_coverage(PIPELINE)
    families = {family for counts in coverage.values() for family in counts}
    missing = {
        language: sorted(families - set(coverage.get(language, {})))
        for language in CLAIMED
        if families - set(coverage.get(language, {}))
    }
    assert not missing, f"families per language:\n{_table(coverage)}\nmissing: {missing}"


def test_coverage_lists_each_language_of_each_rule_under_its_family() -> None:
    coverage = language_coverage(PIPELINE)
    claims = [language for rule in PIPELINE for language in rule.languages]
    assert {language: sum(counts.values()) for language, counts in coverage.items()} == {
        language: claims.count(language) for language in set(claims)
    }
    assert list(coverage)[-1] == "any"


def test_catalogue_shows_the_coverage_table() -> None:
    text = rule_catalogue(PIPELINE)
    coverage = language_coverage(PIPELINE)
    families = list(dict.fromkeys(family for counts in coverage.values() for family in counts))
    assert "| language | " + " | ".join(families) + " |" in text
    for language in coverage:
        assert f"\n| {language} | " in text


def _alone(rule: PhraseRule, language: str) -> PhraseRule:
    """``rule`` with the phrases of ``language`` only."""
    phrases = dict(rule.phrases.by_language)[language]
    return attrs.evolve(rule, phrases={language: phrases})


def test_every_language_a_phrase_rule_claims_has_an_example_in_it() -> None:
    """A must_remove example that the rule's phrases of that language alone remove."""
    missing = []
    for rule in builtin_rules():
        if not isinstance(rule, PhraseRule):
            continue
        for language in rule.languages:
            alone = newsclean.Pipeline([_alone(rule, language)])
            if not any(not alone.clean_text(example).strip() for example in rule.must_remove):
                missing.append(f"{rule.id}: {language}")
    assert not missing, "no must_remove example in these languages:\n" + "\n".join(missing)


def test_a_phrase_rule_takes_its_languages_from_its_phrases() -> None:
    rule = PhraseRule(
        id="house-promo",
        description="Our own promo line.",
        phrases={"en": ("buy our mug",), "de": ("kauf unsere tasse",)},
    )
    assert rule.languages == ("en", "de")
    assert PhraseRule(id="brand", description="A brand.", phrases=("acme",)).languages == ("any",)


def test_a_phrase_rule_does_not_take_languages_apart_from_its_phrases() -> None:
    with pytest.raises(TypeError):
        PhraseRule(id="brand", description="A brand.", phrases=("acme",), languages=("en",))  # type: ignore[call-arg]
