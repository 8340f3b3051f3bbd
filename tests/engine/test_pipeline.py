"""Composing pipelines: adding, dropping and selecting rules; ids are unique; rules pickle."""

from __future__ import annotations

import pickle

import pytest

import newsclean
from newsclean import Document, PhraseRule, Pipeline, RuleError

APP_PROMO = PhraseRule(
    id="station-app-promo",
    description="Local station app promotion.",
    phrases=("download the news channel 3-12 app",),
    match="line-start",
    must_remove=("Download the News Channel 3-12 app for breaking news",),
    must_keep=("He said he would download the app later.",),
)
TEXT = "Skip to content\n\nDownload the News Channel 3-12 app today\n\nThe story."


def test_with_rules_adds_and_without_drops() -> None:
    default = Pipeline.default()
    extended = default.with_rules(APP_PROMO)
    assert extended.clean_text(TEXT) == "The story."
    assert default.clean_text(TEXT) == "Download the News Channel 3-12 app today\n\nThe story."
    assert extended.without("skip-link").clean_text(TEXT).startswith("Skip to content")
    assert extended.only("station-app-promo").rule_ids == ("station-app-promo",)


def test_with_rules_before_puts_the_rule_first_for_attribution() -> None:
    overlap = PhraseRule(id="my-skip", description="Mine.", phrases=("skip to content",))
    pipeline = Pipeline.default().with_rules(overlap, before="skip-link")
    assert pipeline.clean(TEXT).removed[0].rule == "my-skip"


def test_duplicate_and_unknown_ids_are_errors() -> None:
    with pytest.raises(RuleError, match="duplicate rule id 'skip-link'"):
        Pipeline.default().with_rules(newsclean.default_pipeline().rule("skip-link"))
    with pytest.raises(RuleError, match="no rule 'nope'"):
        Pipeline.default().without("nope")
    with pytest.raises(RuleError, match="kebab-case"):
        PhraseRule(id="Not Kebab", description="x", phrases=("x",))


def test_combined_index_matches_rules_run_one_by_one(seed_text: str) -> None:
    pipeline = Pipeline.default()
    doc = Document(seed_text)
    combined = pipeline.tags(doc)
    one_by_one = []
    for rule in pipeline:
        one_by_one.extend(rule.tag(doc, one_by_one))
    assert combined == one_by_one


def test_rules_and_pipelines_pickle(seed_text: str) -> None:
    pipeline = Pipeline.default()
    copy = pickle.loads(pickle.dumps(pipeline))
    assert copy.rule_ids == pipeline.rule_ids
    assert copy.clean(seed_text) == pipeline.clean(seed_text)
    for rule in pipeline:
        assert pickle.loads(pickle.dumps(rule)) == rule


def test_clean_batch_one_output_per_input() -> None:
    records = [{"id": 1, "text": TEXT}, {"id": 2}, {"id": 3, "text": 7}]
    out = Pipeline.default().clean_batch(records)
    assert [r["id"] for r in out] == [1, 2, 3]
    assert out[0]["text"] == "Download the News Channel 3-12 app today\n\nThe story."
    assert "missing" in out[1]["error"] and "not a string" in out[2]["error"]
