"""The pandas adapter: every column kept, newsclean's own columns never written over."""

from __future__ import annotations

import json

import pytest

from newsclean import InputError, Pipeline
from newsclean.integrations.dataframe import clean_dataframe

pd = pytest.importorskip(
    "pandas", reason='pandas is not installed (pip install "newsclean[pandas]")'
)

TEXT = "Skip to content\n\nThe council met on Tuesday to approve the budget."


def test_rows_are_cleaned_and_other_columns_kept() -> None:
    frame = pd.DataFrame({"id": [7, 8], "text": [TEXT, None]}, index=[10, 11])
    out = clean_dataframe(frame)
    assert list(out.index) == [10, 11] and list(out["id"]) == [7, 8]
    assert out["text"][10] == Pipeline.default().clean(TEXT).text
    assert json.loads(out["metadata"][10])["removed"][0]["rule"] == "skip-link"
    assert (
        out["error"][10] is None
        and out["error"][11] == "field 'text' is not a string (got NaN, a missing value)"
    )


@pytest.mark.parametrize("column", ["metadata", "error"])
def test_a_stale_column_from_an_earlier_run_is_refused_not_kept(column: str) -> None:
    frame = pd.DataFrame({"text": [TEXT], column: ["from last run"]})
    with pytest.raises(InputError, match=f"already has a column '{column}'"):
        clean_dataframe(frame)
    out = clean_dataframe(frame, metadata_field="nc_metadata", error_field="nc_error")
    assert out[column][0] == "from last run" and out["nc_error"][0] is None


def test_a_missing_text_column_raises_naming_the_columns() -> None:
    with pytest.raises(InputError, match=r"no column 'text' \(columns: id, body\)"):
        clean_dataframe(pd.DataFrame({"id": [1], "body": [TEXT]}))


def test_what_is_not_a_frame_gets_a_clear_error() -> None:
    with pytest.raises(
        TypeError, match=r"takes a pandas DataFrame, got list .*newsclean\[pandas\]"
    ):
        clean_dataframe([{"text": TEXT}])
