"""Cleaning JSONL records line by line: the unit of work the command streams and parallelises.

A chunk of raw input lines goes in; serialized output lines, error messages and counts come
out, in input order. Pure and picklable, so a chunk can be handled in any worker process.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any, Literal

import attrs

from newsclean._cli.codec import dump_line
from newsclean._cli.files import JsonlLine, parse_jsonl_line
from newsclean._engine.pipeline import Pipeline
from newsclean._engine.records import field_collision, json_type_name, text_field_problem
from newsclean._result import RemovedDetail

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
    metadata_field: str = "metadata"
    error_field: str = "error"
    input_encoding: str = "utf-8"
    site_field: str | None = None
    url_field: str | None = None
    removed: RemovedDetail = "full"


@attrs.frozen
class ChunkResult:
    """Output lines (UTF-8 JSON, each ending in a newline), messages to report, and per-outcome counts.

    ``errors`` holds every message for the chunk in input order: record errors (each
    ``path:line: reason``) and warnings (``path:line: warning: …``).
    When ``failed`` is set (``--on-error fail``), the last message is the record that
    stopped the chunk. ``kept`` counts records written through with an ``"error"`` field.
    ``rules`` holds, per rule id, the lines it removed and the lines it was left out on
    (a user regex rule past its limit), sorted by id.
    """

    lines: tuple[bytes, ...]
    errors: tuple[str, ...]
    cleaned: int = 0
    kept: int = 0
    skipped: int = 0
    failed: bool = False
    rules: tuple[tuple[str, int, int], ...] = ()


@attrs.define
class _Tally:
    """What a chunk has given so far."""

    lines: list[bytes] = attrs.Factory(list)
    messages: list[str] = attrs.Factory(list)
    counts: dict[str, int] = attrs.Factory(lambda: {"cleaned": 0, "kept": 0, "skipped": 0})
    removed: Counter[str] = attrs.Factory(Counter)
    left_out: Counter[str] = attrs.Factory(Counter)

    def result(self, *, failed: bool = False) -> ChunkResult:
        ids = sorted({*self.removed, *self.left_out})
        rules = tuple((rule, self.removed[rule], self.left_out[rule]) for rule in ids)
        return ChunkResult(
            tuple(self.lines), tuple(self.messages), **self.counts, failed=failed, rules=rules
        )


def clean_chunk(pipeline: Pipeline, options: JsonlOptions, chunk: Sequence[RawLine]) -> ChunkResult:
    """Clean every record of ``chunk``; a bad record is kept, skipped or stops the chunk.

    Blank lines are not records and are passed over. Every other line gives exactly one
    output line, except under ``skip`` (a bad record is left out) and ``fail``.
    """
    tally = _Tally()
    for number, raw in chunk:
        if not raw.strip():
            continue
        parsed = parse_jsonl_line(options.path, number, raw, options.encoding_errors)
        if parsed.warning is not None:
            tally.messages.append(parsed.warning)
        line, error = _clean_line(pipeline, options, parsed, tally)
        if error is None:
            tally.lines.append(line)
            tally.counts["cleaned"] += 1
            continue
        tally.messages.append(error)
        if options.on_error == "fail":
            return tally.result(failed=True)
        if options.on_error == "skip":
            tally.counts["skipped"] += 1
            continue
        tally.counts["kept"] += 1
        kept = _kept_record(parsed, error, options.error_field)
        tally.lines.append(dump_line(kept, exact=parsed.exact))
    return tally.result()


def _clean_line(
    pipeline: Pipeline, options: JsonlOptions, parsed: JsonlLine, tally: _Tally
) -> tuple[bytes, str | None]:
    """The cleaned record as a JSON line, or the reason the record cannot be cleaned.

    A rule that failed on the text leaves it unchanged (``metadata.errors``); a user rule
    left out on a line (``metadata.warnings``) leaves that line to the other rules. Both
    are reported as warnings.
    """
    where = f"{options.path}:{parsed.number}"
    record = parsed.record
    if record is None:
        return b"", parsed.error or f"{where}: unreadable record"
    problem = text_field_problem(record, options.text_field) or field_collision(
        record, options.metadata_field, options.error_field
    )
    if problem is not None:
        return b"", f"{where}: {problem}"
    byline = None if options.byline_field is None else record.get(options.byline_field)
    if byline is not None and not _is_author(byline):
        tally.messages.append(
            f"{where}: warning: field {options.byline_field!r} is not a string "
            f"(got {json_type_name(byline)}); no byline read from it"
        )
    try:
        out = pipeline.clean_record(
            record,
            text_field=options.text_field,
            byline_field=options.byline_field,
            metadata_field=options.metadata_field,
            error_field=options.error_field,
            site_field=options.site_field,
            url_field=options.url_field,
            # the summary counts removals by rule: under "none" they are read as ids, then left out
            removed="ids" if options.removed == "none" else options.removed,
        )
        metadata = out[options.metadata_field]
        for failure in metadata.get("errors", ()):
            tally.messages.append(f"{where}: warning: {failure['message']}; text left unchanged")
        for warning in metadata.get("warnings", ()):
            tally.messages.append(f"{where}: warning: {warning['message']}")
            tally.left_out[warning["rule"]] += 1
        for removal in metadata["removed"]:
            tally.removed[removal["rule"]] += 1
        if options.removed == "none":
            del metadata["removed"]
        return dump_line(out, exact=parsed.exact), None
    except RecursionError:
        return b"", f"{where}: record nested too deeply to write back"
    except Exception as error:  # a failing rule must not lose the record or stop the run
        return b"", f"{where}: cleaning failed: {type(error).__name__}: {error}"


def _is_author(value: Any) -> bool:
    """Whether a byline field holds what :meth:`Pipeline.clean_record` reads: text or texts."""
    return isinstance(value, str) or (
        isinstance(value, list) and all(isinstance(item, str) for item in value)
    )


def _kept_record(parsed: JsonlLine, error: str, error_field: str) -> dict[str, Any]:
    """The record as read, with the error; a line that is no JSON object goes in ``raw``.

    A record that already has a field named ``error_field`` comes back unchanged (the error
    is still reported). ``raw`` is the line as text; bytes that are not UTF-8 appear as
    U+DC80-U+DCFF (Python's ``surrogateescape``), so
    ``raw.encode("utf-8", "surrogateescape")`` gives the exact original bytes back.
    """
    if parsed.record is not None:
        if error_field in parsed.record:
            return parsed.record
        return {**parsed.record, error_field: error}
    raw = parsed.raw.rstrip(b"\r\n").decode("utf-8", errors="surrogateescape")
    return {error_field: error, "raw": raw}
