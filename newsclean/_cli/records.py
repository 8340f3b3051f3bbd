"""Cleaning JSONL records line by line: the unit of work the command streams and parallelises.

A chunk of raw input lines goes in; serialized output lines, error messages and counts come
out, in input order. Pure and picklable, so a chunk can be handled in any worker process.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

import attrs

from newsclean._cli.codec import dump_line
from newsclean._cli.files import JsonlLine, parse_jsonl_line
from newsclean._engine.pipeline import Pipeline, text_field_problem

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
    """Output lines (UTF-8 JSON, each ending in a newline), messages to report, and per-outcome counts.

    ``errors`` holds every message for the chunk in input order: record errors (each
    ``path:line: reason``) and warnings about replaced bytes (``path:line: warning: …``).
    When ``failed`` is set (``--on-error fail``), the last message is the record that
    stopped the chunk. ``kept`` counts records written through with an ``"error"`` field.
    """

    lines: tuple[bytes, ...]
    errors: tuple[str, ...]
    cleaned: int = 0
    kept: int = 0
    skipped: int = 0
    failed: bool = False


def clean_chunk(pipeline: Pipeline, options: JsonlOptions, chunk: Sequence[RawLine]) -> ChunkResult:
    """Clean every record of ``chunk``; a bad record is kept, skipped or stops the chunk.

    Blank lines are not records and are passed over. Every other line gives exactly one
    output line, except under ``skip`` (a bad record is left out) and ``fail``.
    """
    lines: list[bytes] = []
    messages: list[str] = []
    cleaned = kept = skipped = 0
    for number, raw in chunk:
        if not raw.strip():
            continue
        parsed = parse_jsonl_line(options.path, number, raw, options.encoding_errors)
        if parsed.warning is not None:
            messages.append(parsed.warning)
        line, error = _clean_line(pipeline, options, parsed, messages)
        if error is None:
            lines.append(line)
            cleaned += 1
            continue
        messages.append(error)
        if options.on_error == "fail":
            return ChunkResult(tuple(lines), tuple(messages), cleaned, kept, skipped, failed=True)
        if options.on_error == "skip":
            skipped += 1
            continue
        kept += 1
        lines.append(dump_line(_kept_record(parsed, error), exact=parsed.exact))
    return ChunkResult(tuple(lines), tuple(messages), cleaned, kept, skipped)


def _clean_line(
    pipeline: Pipeline, options: JsonlOptions, parsed: JsonlLine, messages: list[str]
) -> tuple[bytes, str | None]:
    """The cleaned record as a JSON line, or the reason the record cannot be cleaned.

    A rule that failed on the text (e.g. hit its time limit) leaves it unchanged; that is
    recorded in the record's ``metadata.errors`` and reported as a warning.
    """
    where = f"{options.path}:{parsed.number}"
    record = parsed.record
    if record is None:
        return b"", parsed.error or f"{where}: unreadable record"
    problem = text_field_problem(record, options.text_field)
    if problem is not None:
        return b"", f"{where}: {problem}"
    try:
        out = pipeline.clean_record(
            record, text_field=options.text_field, byline_field=options.byline_field
        )
        for failure in out["metadata"].get("errors", ()):
            messages.append(f"{where}: warning: {failure['message']}; text left unchanged")
        return dump_line(out, exact=parsed.exact), None
    except RecursionError:
        return b"", f"{where}: record nested too deeply to write back"
    except Exception as error:  # a failing rule must not lose the record or stop the run
        return b"", f"{where}: cleaning failed: {type(error).__name__}: {error}"


def _kept_record(parsed: JsonlLine, error: str) -> dict[str, Any]:
    """The record as read, with the error; a line that is no JSON object goes in ``raw``.

    ``raw`` is the line as text; bytes that are not UTF-8 appear as U+DC80-U+DCFF
    (Python's ``surrogateescape``), so ``raw.encode("utf-8", "surrogateescape")`` gives
    the exact original bytes back.
    """
    if parsed.record is not None:
        return {**parsed.record, "error": error}
    raw = parsed.raw.rstrip(b"\r\n").decode("utf-8", errors="surrogateescape")
    return {"error": error, "raw": raw}
