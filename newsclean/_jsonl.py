"""Cleaning JSONL records line by line: the unit of work the command streams and parallelises.

A chunk of raw input lines goes in; serialized output lines, error messages and counts come
out, in input order. Pure and picklable, so a chunk can be handled in any worker process.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, Literal

import attrs

from newsclean._io import parse_jsonl_line
from newsclean._pipeline import Pipeline, text_field_problem

__all__ = ["ChunkResult", "JsonlOptions", "RawLine", "clean_chunk"]

OnError = Literal["keep", "skip", "fail"]

RawLine = tuple[int, bytes]
"""A raw input line and its 1-based line number."""


@attrs.frozen
class JsonlOptions:
    """How records are read and what happens to a bad one."""

    path: str
    text_field: str = "text"
    on_error: OnError = "keep"
    encoding_errors: str = "replace"
    byline_field: str | None = None


@attrs.frozen
class ChunkResult:
    """Output lines (each ending in a newline), error messages, and per-outcome counts."""

    lines: tuple[str, ...]
    errors: tuple[str, ...]
    cleaned: int = 0
    kept: int = 0
    skipped: int = 0
    failed: bool = False


def clean_chunk(pipeline: Pipeline, options: JsonlOptions, chunk: Sequence[RawLine]) -> ChunkResult:
    """Clean every record of ``chunk``; a bad record is kept, skipped or stops the chunk."""
    lines: list[str] = []
    errors: list[str] = []
    cleaned = kept = skipped = 0
    for number, raw in chunk:
        if not raw.strip():
            continue
        parsed = parse_jsonl_line(options.path, number, raw, options.encoding_errors)
        record, error = parsed.record, parsed.error
        if record is not None:
            problem = text_field_problem(record, options.text_field)
            if problem is None:
                cleaned_record = pipeline.clean_record(
                    record, text_field=options.text_field, byline_field=options.byline_field
                )
                lines.append(_dump(cleaned_record))
                cleaned += 1
                continue
            error = f"{options.path}:{number}: {problem}"
        errors.append(error or f"{options.path}:{number}: unreadable record")
        if options.on_error == "fail":
            return ChunkResult(tuple(lines), tuple(errors), cleaned, kept, skipped, failed=True)
        if options.on_error == "skip":
            skipped += 1
            continue
        kept += 1
        lines.append(_dump(_kept_record(record, raw, errors[-1])))
    return ChunkResult(tuple(lines), tuple(errors), cleaned, kept, skipped)


def _kept_record(record: dict[str, Any] | None, raw: bytes, error: str) -> dict[str, Any]:
    if record is not None:
        return {**record, "error": error}
    return {"error": error, "raw": raw.decode("utf-8", errors="replace").rstrip("\r\n")}


def _dump(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False) + "\n"
