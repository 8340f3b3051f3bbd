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
from typing import IO

import attrs

from newsclean._cli.files import SNIFF_BYTES, check_not_binary, open_binary, transcode
from newsclean._cli.parallel import ordered_map
from newsclean._cli.records import JsonlOptions, clean_chunk
from newsclean._engine.pipeline import Pipeline
from newsclean._errors import InputError

__all__ = ["CleanedChunk", "RawChunk", "read_blocks", "stream_jsonl"]

BLOCK_BYTES = 1 << 20

RawChunk = tuple[JsonlOptions, int, bytes]
"""Options of the file, the number of the block's first line, and the raw lines."""


@attrs.frozen
class CleanedChunk:
    """One cleaned block of a file: output bytes, error messages, counts, and input size."""

    path: str
    data: bytes
    errors: tuple[str, ...]
    records: int
    input_bytes: int
    cleaned: int = 0
    kept: int = 0
    skipped: int = 0
    failed: bool = False
    rules: tuple[tuple[str, int, int], ...] = ()
    """Per rule: lines removed, lines it was left out on (see :attr:`ChunkResult.rules`)."""


def read_blocks(path: str, *, size: int = BLOCK_BYTES) -> Iterator[tuple[int, bytes]]:
    """Whole lines of ``path``, about ``size`` bytes at a time, each with its first line's number.

    A line longer than ``size`` makes a block of its own. ``.gz``/``.zst`` are decompressed.
    A file whose first bytes show it is not UTF-8 text (binary, UTF-16, compressed under a
    plain name) raises :class:`InputError` before any line is read. A file that cannot be
    read to its end (a truncated ``.gz``, a read error) gives every whole line read before
    the fault, then raises :class:`InputError` naming the line and byte offset it stopped at.
    """
    handle = open_binary(path)
    number, offset = 1, 0
    buffer = bytearray()
    try:
        try:
            while piece := _read_some(handle, size):
                buffer += piece
                cut = buffer.rfind(b"\n") + 1 if len(buffer) >= size else 0
                if cut:
                    block = bytes(buffer[:cut])
                    del buffer[:cut]
                    if number == 1:
                        check_not_binary(block[:SNIFF_BYTES], path, stray_nuls=True)
                    yield number, block
                    number, offset = number + block.count(b"\n"), offset + len(block)
        except (OSError, EOFError) as error:
            cut = buffer.rfind(b"\n") + 1
            if cut:
                yield number, bytes(buffer[:cut])
                number, offset = number + buffer.count(b"\n", 0, cut), offset + cut
            raise InputError(
                f"{path}:{number}: cannot read on from line {number} (byte offset {offset}): "
                f"{error}; the {number - 1} lines before it were read"
            ) from None
        if buffer:
            if number == 1:
                check_not_binary(bytes(buffer[:SNIFF_BYTES]), path, stray_nuls=True)
            yield number, bytes(buffer)
    finally:
        if handle is not sys.stdin.buffer:
            handle.close()


def _read_some(handle: IO[bytes], size: int) -> bytes:
    """Up to ``size`` bytes; each call reads once, so a fault loses no earlier bytes."""
    read1 = getattr(handle, "read1", None)
    return bytes(read1(size)) if read1 is not None else handle.read(size)


def stream_jsonl(
    pipeline: Pipeline, blocks: Iterable[RawChunk], *, jobs: int = 1
) -> Iterator[CleanedChunk]:
    """Each block cleaned, in order, using ``jobs`` processes."""
    return ordered_map(_clean, blocks, context=pipeline, jobs=jobs)


def _clean(pipeline: Pipeline, block: RawChunk) -> CleanedChunk:
    options, first, data = block
    size = len(data)
    if options.input_encoding != "utf-8":
        data = transcode(data, options.input_encoding, options.encoding_errors)
    lines = list(enumerate(io.BytesIO(data), start=first))  # split as a file iterates
    result = clean_chunk(pipeline, options, lines)
    return CleanedChunk(
        path=options.path,
        data=b"".join(result.lines),
        errors=result.errors,
        records=len(lines),
        input_bytes=size,
        cleaned=result.cleaned,
        kept=result.kept,
        skipped=result.skipped,
        failed=result.failed,
        rules=result.rules,
    )
