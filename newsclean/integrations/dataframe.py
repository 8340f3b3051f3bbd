"""Cleaning a pandas DataFrame of articles: the batch unit for Ray Data, Spark and Dask.

pandas is not imported here: the frame's own type builds the result, so this module
costs nothing for users without pandas.
"""

from __future__ import annotations

import json
from typing import Any

from newsclean._engine.pipeline import Pipeline

__all__ = ["clean_dataframe"]


def clean_dataframe(
    frame: Any, *, pipeline: Pipeline | None = None, text_field: str = "text"
) -> Any:
    """A copy of ``frame`` with ``text_field`` cleaned, plus ``metadata`` and ``error`` columns.

    Every other column and the index are kept. ``metadata`` holds the JSON of the cleaned
    record's metadata (byline, wire, ..., removed) as a string, so the column has one type
    in every batch; ``error`` is ``None`` unless the row had no usable text, in which case
    the row is passed through unchanged with ``metadata`` ``None``. Rows are cleaned with
    :meth:`Pipeline.clean_batch`, exactly as the single-process command does.
    """
    if pipeline is None:
        from newsclean import default_pipeline

        pipeline = default_pipeline()
    records = frame.to_dict("records")
    cleaned = pipeline.clean_batch(records, text_field=text_field)
    for record in cleaned:
        metadata = record.pop("metadata", None)
        record["metadata"] = None if metadata is None else json.dumps(metadata, ensure_ascii=False)
        record.setdefault("error", None)
    columns = [*frame.columns, *(c for c in ("metadata", "error") if c not in frame.columns)]
    return type(frame)(cleaned, columns=columns, index=frame.index)
