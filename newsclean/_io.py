"""Reading inputs and writing outputs for the command: decoding, JSONL records, atomic files."""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import IO, Any, cast

import attrs

from newsclean._errors import InputError

__all__ = [
    "JsonlLine",
    "atomic_output",
    "decode",
    "expand_inputs",
    "is_jsonl_path",
    "iter_raw_lines",
    "open_binary",
    "parse_jsonl_line",
    "read_bytes",
]

TEXT_SUFFIXES = (".txt", ".text", ".md")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".jsonl.zst", ".ndjson", ".ndjson.gz", ".ndjson.zst")


def _zstandard() -> Any:
    """The ``zstandard`` module, or a clear error saying how to get it."""
    try:
        import zstandard
    except ImportError:
        raise InputError(".zst files need the zstandard package: pip install zstandard") from None
    return zstandard


def is_jsonl_path(path: str) -> bool:
    """Whether ``path`` names a JSONL file by its extension."""
    return path.lower().endswith(JSONL_SUFFIXES)


def expand_inputs(paths: list[str]) -> list[str]:
    """Files named directly, plus the text and JSONL files found under directories, sorted."""
    found: list[str] = []
    for path in paths:
        if path == "-" or not os.path.isdir(path):
            found.append(path)
            continue
        for child in sorted(Path(path).rglob("*")):
            name = child.name.lower()
            if child.is_file() and name.endswith(TEXT_SUFFIXES + JSONL_SUFFIXES):
                found.append(str(child))
    return found


def open_binary(path: str) -> IO[bytes]:
    """``path`` opened for reading bytes (``-`` is stdin; ``.gz`` and ``.zst`` are decompressed)."""
    if path == "-":
        return sys.stdin.buffer
    try:
        if path.lower().endswith(".gz"):
            return cast(IO[bytes], gzip.open(path, "rb"))
        if path.lower().endswith(".zst"):
            reader = _zstandard().ZstdDecompressor().stream_reader(open(path, "rb"), closefd=True)  # noqa: SIM115
            return cast(IO[bytes], io.BufferedReader(reader))
        return open(path, "rb")
    except OSError as error:
        raise InputError(f"{path}: cannot open: {error.strerror or error}") from None


def read_bytes(path: str) -> bytes:
    """All bytes of ``path``, with a clear :class:`InputError` instead of an OS traceback."""
    handle = open_binary(path)
    try:
        return handle.read()
    except (OSError, EOFError) as error:
        raise InputError(f"{path}: cannot read: {error}") from None
    finally:
        if handle is not sys.stdin.buffer:
            handle.close()


def decode(data: bytes, where: str, *, errors: str = "replace") -> tuple[str, int]:
    """``data`` as UTF-8 text (a BOM is dropped) and how many bytes could not be decoded.

    With ``errors="strict"`` the first undecodable byte raises :class:`InputError` naming
    ``where`` and its byte offset. NUL bytes mark a binary file and are always an error.
    """
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(f"{where}: looks like a binary file (NUL byte at byte offset {nul})")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), 0
    except UnicodeDecodeError as error:
        if errors == "strict":
            raise InputError(
                f"{where}: invalid UTF-8 at byte offset {error.start} "
                f"(byte 0x{data[error.start]:02x})"
            ) from None
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    return text, bad


@attrs.frozen
class JsonlLine:
    """One line of a JSONL file: its 1-based number, and the object or the reason it is bad."""

    number: int
    raw: bytes
    record: dict[str, Any] | None
    error: str | None = None


def iter_raw_lines(path: str) -> Iterator[tuple[int, bytes]]:
    """Every line of ``path`` as raw bytes with its 1-based number (gzip read transparently)."""
    handle = open_binary(path)
    try:
        yield from enumerate(handle, start=1)
    except (OSError, EOFError) as error:
        raise InputError(f"{path}: cannot read: {error}") from None
    finally:
        if handle is not sys.stdin.buffer:
            handle.close()


def parse_jsonl_line(path: str, number: int, raw: bytes, errors: str) -> JsonlLine:
    """One raw JSONL line parsed into an object, or the precise reason it is not one."""
    where = f"{path}:{number}"
    try:
        text, _ = decode(raw, where, errors=errors)
        record = json.loads(text)
    except InputError as error:
        return JsonlLine(number, raw, None, str(error))
    except json.JSONDecodeError as error:
        return JsonlLine(
            number, raw, None, f"{where}: malformed JSON: {error.msg} (column {error.colno})"
        )
    if not isinstance(record, dict):
        return JsonlLine(number, raw, None, f"{where}: not a JSON object ({type(record).__name__})")
    return JsonlLine(number, raw, record)


@contextmanager
def atomic_output(path: str | None, *, inputs: Sequence[str] = ()) -> Iterator[IO[str]]:
    """A text stream that becomes ``path`` only when the block succeeds (stdout if ``None``).

    Output goes to a temporary file beside ``path`` and is renamed over it at the end, so an
    interrupted run never leaves a half-written file. Writing over an input is refused.
    """
    if path is None or path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    target = os.path.abspath(path)
    for source in inputs:
        if (
            source != "-"
            and os.path.exists(source)
            and os.path.exists(target)
            and os.path.samefile(source, target)
        ):
            raise InputError(f"{path}: refusing to overwrite an input file")
    directory = os.path.dirname(target) or "."
    os.makedirs(directory, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=".newsclean-", suffix=".tmp", dir=directory)
    try:
        with ExitStack() as stack:
            raw: IO[bytes] = stack.enter_context(os.fdopen(fd, "wb"))
            if target.lower().endswith(".gz"):
                raw = cast(IO[bytes], stack.enter_context(gzip.GzipFile(fileobj=raw, mode="wb")))
            elif target.lower().endswith(".zst"):
                writer = _zstandard().ZstdCompressor().stream_writer(raw, closefd=False)
                raw = cast(IO[bytes], stack.enter_context(writer))
            yield stack.enter_context(_text_stream(raw))
        os.replace(temporary, target)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


@contextmanager
def _text_stream(raw: IO[bytes]) -> Iterator[IO[str]]:
    stream = io.TextIOWrapper(raw, encoding="utf-8", errors="surrogatepass", newline="")
    try:
        yield stream
        stream.flush()
    finally:
        stream.detach()
