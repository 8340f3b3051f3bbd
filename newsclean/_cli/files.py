"""Reading inputs and writing outputs for the command: decoding, JSONL records, atomic files."""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import secrets
import shutil
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager, suppress
from typing import IO, Any, Literal, cast

import attrs

from newsclean._cli.codec import fast_loads, slow_loads
from newsclean._cli.inputs import TEMPORARY_PREFIX
from newsclean._engine.records import json_type_name
from newsclean._errors import InputError

__all__ = [
    "SNIFF_BYTES",
    "Decoded",
    "JsonlLine",
    "atomic_output",
    "check_encoding",
    "check_not_an_input",
    "check_not_binary",
    "decode",
    "open_binary",
    "parse_jsonl_line",
    "read_bytes",
    "transcode",
]

Unit = Literal["file", "line"]
"""Whether byte offsets are counted in a whole file or in one line of it."""


def _zstandard() -> Any:
    """The ``zstandard`` module, or a clear error saying how to get it."""
    try:
        import zstandard
    except ImportError:
        raise InputError(".zst files need the zstandard package: pip install zstandard") from None
    return zstandard


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


@attrs.frozen
class Decoded:
    """Text decoded from UTF-8, and where the bytes that could not be decoded were."""

    text: str
    replaced: int = 0
    """How many invalid UTF-8 sequences became U+FFFD."""
    first_bad: int | None = None
    """Byte offset of the first of them."""

    def warning(self, where: str, *, unit: Unit = "file") -> str | None:
        """A one-line warning about the replaced bytes, or ``None`` if there were none."""
        if not self.replaced:
            return None
        plural = "s" if self.replaced > 1 else ""
        return (
            f"{where}: warning: {self.replaced} invalid UTF-8 sequence{plural} replaced with "
            f"U+FFFD (first at {_position(self.first_bad or 0, unit)})"
        )


def _position(offset: int, unit: Unit) -> str:
    return f"byte {offset} of the line" if unit == "line" else f"byte offset {offset}"


def _looks_utf16(head: bytes) -> bool:
    """Every other byte NUL, the rest not: ASCII-range text in UTF-16 without a BOM."""
    even, odd = head[0::2], head[1::2]
    if len(odd) < 2:
        return False
    return (odd.count(0) == len(odd) and not even.count(0)) or (
        even.count(0) == len(even) and not odd.count(0)
    )


def check_not_binary(data: bytes, where: str, *, stray_nuls: bool = False) -> None:
    """Raise :class:`InputError` with a clear reason if ``data`` is not a text file.

    With ``stray_nuls`` NUL bytes in otherwise valid UTF-8 are let through (a JSONL reader
    reports them per record); NUL bytes with invalid UTF-8 mean binary data.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_utf16(data[:512]):
        raise InputError(
            f"{where}: looks like UTF-16 text; newsclean reads UTF-8 "
            "(convert it first, e.g. iconv -f UTF-16 -t UTF-8)"
        )
    if data.startswith(b"\x1f\x8b"):
        raise InputError(f"{where}: looks gzip-compressed; give it a .gz name or decompress it")
    nul = data.find(b"\x00")
    if nul >= 0 and (not stray_nuls or not _is_utf8_start(data)):
        raise InputError(f"{where}: binary file, not text (NUL byte at byte offset {nul})")


def _is_utf8_start(head: bytes) -> bool:
    """Whether ``head`` is valid UTF-8, allowing a sequence cut off at its end."""
    try:
        codecs.utf_8_decode(head, "strict", False)
    except UnicodeDecodeError:
        return False
    return True


def decode(data: bytes, where: str, *, errors: str = "replace", unit: Unit = "file") -> Decoded:
    """``data`` as UTF-8 text (a leading BOM is dropped), noting where bytes were invalid.

    With ``errors="strict"`` the first invalid byte raises :class:`InputError` naming
    ``where`` and its byte offset; with ``"replace"`` each invalid sequence becomes U+FFFD.
    NUL bytes are always an error (``unit="line"`` words offsets as bytes of a line).
    """
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(f"{where}: NUL byte at {_position(nul, unit)} (binary data, not text)")
    skip = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    view = memoryview(data)[skip:]
    pieces: list[str] = []
    replaced = 0
    first_bad: int | None = None
    position = 0
    while True:  # each byte is decoded at most twice: linear even with many bad bytes
        try:
            pieces.append(codecs.utf_8_decode(view[position:], "strict", True)[0])
            break
        except UnicodeDecodeError as error:
            bad = skip + position + error.start
            if errors == "strict":
                raise InputError(
                    f"{where}: invalid UTF-8 at {_position(bad, unit)}{_line_of(data, bad, unit)} "
                    f"(byte 0x{data[bad]:02x}); use --encoding-errors replace to keep going"
                ) from None
            pieces.append(
                codecs.utf_8_decode(view[position : position + error.end], "replace", True)[0]
            )
            replaced += 1
            first_bad = bad if first_bad is None else first_bad
            position += error.end
    return Decoded("".join(pieces), replaced, first_bad)


def _line_of(data: bytes, offset: int, unit: Unit) -> str:
    if unit == "line":
        return ""
    line = data.count(b"\n", 0, offset) + 1
    return f", line {line}"


def check_encoding(name: str) -> str:
    """``name`` as a codec name, if it is one newsclean can read lines in; else InputError.

    Any encoding that writes ``\\n``, ``{`` and ``"`` as ASCII does (latin-1, cp1252,
    iso-8859-15, shift_jis, ...); not UTF-16 or UTF-32.
    """
    try:
        codec = codecs.lookup(name)
    except LookupError:
        raise InputError(f"unknown encoding {name!r} (e.g. utf-8, latin-1, cp1252)") from None
    if codec.encode('\n{"}')[0] != b'\n{"}':
        raise InputError(f"{name}: newsclean reads encodings that keep ASCII as is, not this one")
    return "utf-8" if codec.name == "utf-8" else codec.name


def transcode(data: bytes, encoding: str, errors: str, where: str = "input") -> bytes:
    """``data`` in ``encoding`` re-encoded as UTF-8 (bytes it cannot decode: U+FFFD, or an
    :class:`InputError` under ``errors="strict"``)."""
    try:
        text = data.decode(encoding, "strict" if errors == "strict" else "replace")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise InputError(
            f"{where}: invalid {encoding} at byte offset {error.start}, line {line}; "
            "use --encoding-errors replace to keep going"
        ) from None
    return text.encode("utf-8", "surrogatepass")


@attrs.frozen
class JsonlLine:
    """One line of a JSONL file: its 1-based number, and the object or the reason it is bad."""

    number: int
    raw: bytes
    record: dict[str, Any] | None
    error: str | None = None
    warning: str | None = None
    """Set when invalid UTF-8 in the line was replaced."""
    exact: bool = False
    """Whether the fast decoder read the record (so the fast encoder writes it back as read)."""


SNIFF_BYTES = 4096
"""How much of a file is looked at to tell binary, UTF-16 or compressed data from text."""


def parse_jsonl_line(path: str, number: int, raw: bytes, errors: str) -> JsonlLine:
    """One raw JSONL line parsed into an object, or the precise reason it is not one.

    Invalid UTF-8 is replaced (``errors="replace"``; the line's ``warning`` says where) or
    is the line's error (``"strict"``).
    """
    fast = fast_loads(raw)
    if isinstance(fast, dict):
        return JsonlLine(number, raw, fast, exact=True)
    where = f"{path}:{number}"
    try:
        decoded = decode(raw.rstrip(b"\r\n"), where, errors=errors, unit="line")
        record = slow_loads(decoded.text)
    except InputError as error:
        return JsonlLine(number, raw, None, str(error))
    except json.JSONDecodeError as error:
        message = f"{where}: malformed JSON: {error.msg} (column {error.colno})"
        return JsonlLine(number, raw, None, message)
    except ValueError as error:  # e.g. an integer beyond Python's digit limit
        return JsonlLine(number, raw, None, f"{where}: unreadable JSON value: {error}")
    except RecursionError:
        return JsonlLine(number, raw, None, f"{where}: JSON nested too deeply")
    warning = decoded.warning(where, unit="line")
    if not isinstance(record, dict):
        message = f"{where}: not a JSON object (got {json_type_name(record)})"
        return JsonlLine(number, raw, None, message, warning)
    return JsonlLine(number, raw, record, None, warning)


@contextmanager
def atomic_output(
    path: str | None, *, inputs: Sequence[str] = (), hold_stdout: bool = False
) -> Iterator[IO[str]]:
    """A UTF-8 text stream that becomes ``path`` only when the block succeeds (stdout if ``None``).

    Output goes to a temporary file beside ``path`` and is renamed over it at the end, so an
    interrupted run never leaves a half-written file (nor a temporary one, unless the process
    is killed outright). Writing over an input is refused. With ``hold_stdout``, stdout is
    all or nothing too: the output is held in a temporary file and copied out at the end.
    """
    if path is None or path == "-":
        sys.stdout.flush()
        if hold_stdout:
            with tempfile.TemporaryFile() as held:
                with _text_stream(cast(IO[bytes], held)) as stream:
                    yield stream
                held.seek(0)
                shutil.copyfileobj(held, sys.stdout.buffer)
                sys.stdout.buffer.flush()
            return
        with _text_stream(sys.stdout.buffer) as stream:
            yield stream
        return
    target = os.path.abspath(path)
    check_not_an_input(path, inputs)
    if os.path.isdir(target):
        raise InputError(f"{path}: is a folder; name an output file")
    directory = os.path.dirname(target)
    # Named before it exists, so an interrupt at any point can still remove it.
    temporary = os.path.join(
        directory,
        f"{TEMPORARY_PREFIX}{os.path.basename(target)}-{os.getpid()}-{secrets.token_hex(4)}.tmp",
    )
    try:
        os.makedirs(directory, exist_ok=True)
        with ExitStack() as stack:
            raw: IO[bytes] = stack.enter_context(open(temporary, "xb"))
            if target.lower().endswith(".gz"):
                raw = cast(IO[bytes], stack.enter_context(gzip.GzipFile(fileobj=raw, mode="wb")))
            elif target.lower().endswith(".zst"):
                writer = _zstandard().ZstdCompressor().stream_writer(raw, closefd=False)
                raw = cast(IO[bytes], stack.enter_context(writer))
            yield stack.enter_context(_text_stream(raw))
        os.replace(temporary, target)
    except BaseException as error:
        with suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise InputError(f"{path}: cannot write: {error.strerror or error}") from None
        raise


def check_not_an_input(path: str, inputs: Sequence[str]) -> None:
    """Raise :class:`InputError` if ``path`` is (a link to) one of the ``inputs``."""
    if not os.path.exists(path):
        return
    for source in inputs:
        if source != "-" and os.path.exists(source) and os.path.samefile(source, path):
            raise InputError(f"{path}: refusing to overwrite an input file ({source})")


@contextmanager
def _text_stream(raw: IO[bytes]) -> Iterator[IO[str]]:
    # Strict UTF-8: a lone surrogate can never reach the bytes as invalid UTF-8 (JSON
    # output escapes them; see newsclean._cli.records).
    stream = io.TextIOWrapper(raw, encoding="utf-8", errors="strict", newline="")
    try:
        yield stream
        stream.flush()
    finally:
        stream.detach()
