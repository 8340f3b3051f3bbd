"""Columnar batches (``{"text": [...], "id": [...]}``), as Hugging Face ``datasets`` passes them."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from newsclean._errors import InputError

__all__ = ["clean_columns"]


def clean_columns(
    clean_record: Callable[[dict[str, Any]], dict[str, Any]],
    batch: Mapping[str, Sequence[Any]],
    text_field: str,
    metadata_field: str,
    error_field: str,
) -> dict[str, list[Any]]:
    """``batch`` cleaned row by row by ``clean_record`` (which writes ``metadata_field`` and
    ``error_field``): every column kept, the metadata and error columns added.

    The metadata column holds JSON strings (``None`` on rows with an error), so that every
    batch has the same schema whatever its rows hold.
    """
    columns = list(batch)
    if text_field not in batch:
        raise InputError(
            f"the batch has no column {text_field!r} (columns: {', '.join(columns) or 'none'})"
        )
    for name in (metadata_field, error_field):
        if name in batch:
            raise InputError(
                f"the batch already has a column {name!r}, where newsclean writes its output; "
                "name another with metadata_field= or error_field="
            )
    sizes = {len(batch[name]) for name in columns}
    if len(sizes) > 1:
        raise InputError(f"the batch's columns differ in length ({sorted(sizes)})")
    rows = (
        dict(zip(columns, values, strict=True))
        for values in zip(*(batch[name] for name in columns), strict=True)
    )
    out: dict[str, list[Any]] = {name: [] for name in (*columns, metadata_field, error_field)}
    for row in rows:
        cleaned = clean_record(row)
        metadata = cleaned.pop(metadata_field, None)
        cleaned[metadata_field] = (
            None if metadata is None else json.dumps(metadata, ensure_ascii=False)
        )
        cleaned.setdefault(error_field, None)
        for name in out:
            out[name].append(cleaned[name])
    return out
