"""Cleaning a pandas DataFrame of articles: the batch unit for Ray Data, Spark and Dask.

pandas is imported only when a frame is cleaned, so importing this module costs nothing for
users without it. Install with ``pip install "newsclean[pandas]"``.
"""

from __future__ import annotations

from typing import Any

from newsclean._engine.pipeline import Pipeline

__all__ = ["clean_dataframe"]


def clean_dataframe(
    frame: Any,
    *,
    pipeline: Pipeline | None = None,
    text_field: str = "text",
    metadata_field: str = "metadata",
    error_field: str = "error",
    site_field: str | None = None,
    url_field: str | None = None,
) -> Any:
    """A copy of ``frame`` with ``text_field`` cleaned, plus ``metadata`` and ``error`` columns.

    Every other column and the index are kept. ``metadata`` holds the JSON of the cleaned
    record's metadata (byline, wire, ..., removed) as a string, so the column has one type
    in every batch; ``error`` is ``None`` unless the row had no usable text, in which case
    the row is passed through unchanged with ``metadata`` ``None``. Rows are cleaned with
    :meth:`Pipeline.clean_batch`, exactly as the single-process command does; a row's site
    (for site-scoped and learned rules) is its ``site_field`` or the host of its ``url_field``.

    A frame without ``text_field``, or one that already has a ``metadata_field`` or
    ``error_field`` column (say, from an earlier run), raises :class:`newsclean.InputError`:
    newsclean never writes over a column.
    """
    if not callable(getattr(frame, "to_dict", None)) or not hasattr(frame, "columns"):
        raise TypeError(
            f"clean_dataframe takes a pandas DataFrame, got {type(frame).__name__} "
            '(pip install "newsclean[pandas]")'
        )
    if pipeline is None:
        from newsclean import default_pipeline

        pipeline = default_pipeline()
    columns = pipeline.clean_batch(
        frame.to_dict("list"),
        text_field=text_field,
        metadata_field=metadata_field,
        error_field=error_field,
        site_field=site_field,
        url_field=url_field,
    )
    import pandas

    # object columns, so a missing value stays None (pandas 3 would make it NaN)
    return pandas.DataFrame(
        {
            name: pandas.Series(values, index=frame.index, dtype=_dtype(frame, name))
            for name, values in columns.items()
        }
    )


def _dtype(frame: Any, column: str) -> Any:
    """The column's dtype in ``frame``; ``object`` for newsclean's own new columns."""
    return frame[column].dtype if column in frame.columns else object
