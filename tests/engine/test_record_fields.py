"""The record contract: newsclean never writes over a field, and batches come in two shapes."""

from __future__ import annotations

import json

import pytest

from newsclean import InputError, Pipeline

PIPELINE = Pipeline.default(plugins=False)
TEXT = "Skip to content\n\nThe council met on Tuesday to approve the budget."
CLEANED = "The council met on Tuesday to approve the budget."


@pytest.mark.parametrize("field", ["metadata", "error"])
def test_a_record_s_own_field_is_never_overwritten(field: str) -> None:
    record = {"text": TEXT, field: {"url": "https://example.com/a"}}
    with pytest.raises(InputError, match=f"already has a field '{field}'.*--{field}-field NAME"):
        PIPELINE.clean_record(record)


def test_another_metadata_field_keeps_the_record_s_own() -> None:
    record = {"text": TEXT, "metadata": {"url": "https://example.com/a"}, "error": None}
    out = PIPELINE.clean_record(record, metadata_field="newsclean", error_field="newsclean_error")
    assert out["metadata"] == {"url": "https://example.com/a"} and out["error"] is None
    assert out["text"] == CLEANED and out["newsclean"]["removed"][0]["rule"] == "skip-link"
    bad = PIPELINE.clean_record({"body": TEXT, "error": "404"}, error_field="newsclean_error")
    assert bad == {"body": TEXT, "error": "404", "newsclean_error": "field 'text' is missing"}


def test_columnar_batch_as_datasets_passes_it() -> None:
    batch = {"id": [1, 2], "text": [TEXT, None]}
    out = PIPELINE.clean_batch(batch)
    assert out["id"] == [1, 2] and out["text"] == [CLEANED, None]
    assert json.loads(out["metadata"][0])["removed"][0]["rule"] == "skip-link"
    assert out["metadata"][1] is None
    assert out["error"] == [None, "field 'text' is not a string (got null)"]


def test_columnar_batch_without_the_text_column_names_the_columns() -> None:
    with pytest.raises(InputError, match=r"no column 'text' \(columns: id, body\)"):
        PIPELINE.clean_batch({"id": [1], "body": [TEXT]})


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (None, "takes a str, got NoneType"),
        (b"Skip to content", r"takes a str, got bytes; decode it first"),
        (42, "takes a str, got int"),
    ],
)
def test_clean_refuses_what_is_not_text_clearly(value: object, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        PIPELINE.clean(value)  # type: ignore[arg-type]


def test_clean_batch_refuses_texts_clearly() -> None:
    with pytest.raises(TypeError, match=r"takes a record .* got str; for a plain text use"):
        PIPELINE.clean_batch(["Skip to content\n\nA story."])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="a list of records, not one text"):
        PIPELINE.clean_batch("Skip to content")  # type: ignore[arg-type]


def test_equal_pipelines_compare_equal() -> None:
    assert Pipeline.default() == Pipeline.default()
    assert Pipeline.default() != Pipeline.default().without("skip-link")
    assert hash(Pipeline.default()) == hash(Pipeline.default())


def test_a_misspelt_rule_id_gets_the_closest_suggested() -> None:
    with pytest.raises(Exception, match=r"no rule .skip-links.*did you mean .skip-link."):
        PIPELINE.without("skip-links")
