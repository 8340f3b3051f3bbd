"""A JSONL corpus streamed through a pipeline: blocks of raw lines in, encoded output out.

The input is read in blocks of whole lines (about a megabyte each); each block is split
into lines and cleaned by :func:`newsclean._cli.records.clean_chunk`, in this process or in worker
processes, and comes back as UTF-8 bytes, in input order. A block travels to a worker as
one bytes object, so handing work out costs little. Memory holds only the blocks in flight,
whatever the size of the corpus.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterable, Iterator

import attrs

from newsclean._cli.files import SNIFF_BYTES, check_not_binary, open_binary
from newsclean._cli.parallel import ordered_map
from newsclean._cli.records import JsonlOptions, clean_chunk
from newsclean._engine.pipeline import Pipeline
from newsclean._errors import InputError

__all__ = ["Block", "CleanedChunk", "read_blocks", "stream_jsonl"]

BLOCK_BYTES = 1 << 20

Block = tuple[JsonlOptions, int, bytes]
"""Options of the file, the number of the block's first line, and the raw lines."""


@attrs.frozen
class CleanedChunk:
    """One cleaned block: output bytes, error messages, counts, and input size."""

    data: bytes
    errors: tuple[str, ...]
    records: int
    input_bytes: int
    cleaned: int = 0
    kept: int = 0
    skipped: int = 0
    failed: bool = False


def read_blocks(path: str, *, size: int = BLOCK_BYTES) -> Iterator[tuple[int, bytes]]:
    """Whole lines of ``path``, about ``size`` bytes at a time, each with its first line's number.

    A line longer than ``size`` makes a block of its own. ``.gz``/``.zst`` are decompressed.
    A file whose first bytes show it is not UTF-8 text (binary, UTF-16, compressed under a
    plain name) raises :class:`InputError` before any line is read.
    """
    handle = open_binary(path)
    number = 1
    try:
        while block := handle.read(size):
            if number == 1:
                check_not_binary(block[:SNIFF_BYTES], path, stray_nuls=True)
            if not block.endswith(b"\n"):
                block += handle.readline()
            yield number, block
            number += block.count(b"\n")
    except (OSError, EOFError) as error:
        raise InputError(f"{path}: cannot read: {error}") from None
    finally:
        if handle is not sys.stdin.buffer:
            handle.close()


def stream_jsonl(
    pipeline: Pipeline, blocks: Iterable[Block], *, jobs: int = 1
) -> Iterator[CleanedChunk]:
    """Each block cleaned, in order, using ``jobs`` processes."""
    return ordered_map(_clean, blocks, context=pipeline, jobs=jobs)


def _clean(pipeline: Pipeline, block: Block) -> CleanedChunk:
    options, first, data = block
    lines = list(enumerate(io.BytesIO(data), start=first))  # split as a file iterates
    result = clean_chunk(pipeline, options, lines)
    return CleanedChunk(
        data=b"".join(result.lines),
        errors=result.errors,
        records=len(lines),
        input_bytes=len(data),
        cleaned=result.cleaned,
        kept=result.kept,
        skipped=result.skipped,
        failed=result.failed,
    )
