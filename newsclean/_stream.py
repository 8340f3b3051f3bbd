"""A JSONL corpus streamed through a pipeline: chunks of raw lines in, encoded output out.

The input is read as raw lines and grouped into chunks (a few hundred records, a few MB
at most); each chunk is cleaned by :func:`newsclean._jsonl.clean_chunk`, in this process
or in worker processes, and comes back as UTF-8 bytes in input order. Memory holds only
the chunks in flight, whatever the size of the corpus.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import attrs

from newsclean._jsonl import JsonlOptions, RawLine, clean_chunk
from newsclean._parallel import ordered_map
from newsclean._pipeline import Pipeline

__all__ = ["CleanedChunk", "chunk_lines", "stream_jsonl"]

CHUNK_LINES = 256
CHUNK_BYTES = 4 << 20


@attrs.frozen
class CleanedChunk:
    """One cleaned chunk: output bytes, error messages, counts, and input size."""

    data: bytes
    errors: tuple[str, ...]
    records: int
    input_bytes: int
    cleaned: int = 0
    kept: int = 0
    skipped: int = 0
    failed: bool = False


def chunk_lines(
    lines: Iterable[RawLine], *, max_lines: int = CHUNK_LINES, max_bytes: int = CHUNK_BYTES
) -> Iterator[list[RawLine]]:
    """``lines`` grouped into chunks of at most ``max_lines`` lines or about ``max_bytes``."""
    chunk: list[RawLine] = []
    size = 0
    for line in lines:
        chunk.append(line)
        size += len(line[1])
        if len(chunk) >= max_lines or size >= max_bytes:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def stream_jsonl(
    pipeline: Pipeline, work: Iterable[tuple[JsonlOptions, list[RawLine]]], *, jobs: int = 1
) -> Iterator[CleanedChunk]:
    """Each chunk of ``work`` cleaned, in order, using ``jobs`` processes."""
    return ordered_map(_clean, work, context=pipeline, jobs=jobs)


def _clean(pipeline: Pipeline, item: tuple[JsonlOptions, list[RawLine]]) -> CleanedChunk:
    options, chunk = item
    result = clean_chunk(pipeline, options, chunk)
    return CleanedChunk(
        data="".join(result.lines).encode("utf-8", "surrogatepass"),
        errors=result.errors,
        records=len(chunk),
        input_bytes=sum(len(raw) for _, raw in chunk),
        cleaned=result.cleaned,
        kept=result.kept,
        skipped=result.skipped,
        failed=result.failed,
    )
