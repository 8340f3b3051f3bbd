"""JSON lines read and written fast, with the standard library for what the fast path refuses.

msgspec decodes and encodes JSON several times faster than the standard library and is
exact for what it accepts (integers of any size included). It refuses some input Python's
``json`` reads (``NaN``, lone surrogate escapes, control characters, a byte-order mark, and
of course anything malformed): such lines go through ``json``, which accepts what it
can and gives a precise message for the rest. Output is compact JSON, UTF-8 as is; a
record that holds lone surrogates or non-finite numbers is written by ``json``, with the
surrogates escaped, so the output is always valid UTF-8 and reads back to the same value.
"""

from __future__ import annotations

import json
from typing import Any

import msgspec

__all__ = ["FAST_REFUSED", "dump_line", "fast_loads"]

_DECODER = msgspec.json.Decoder()
_ENCODER = msgspec.json.Encoder()

FAST_REFUSED = object()
"""What :func:`fast_loads` returns for a line only the standard library can judge."""


def fast_loads(raw: bytes) -> Any:
    """The value of one JSON line, or :data:`FAST_REFUSED` when the fast decoder declines."""
    try:
        return _DECODER.decode(raw)
    except (msgspec.MsgspecError, RecursionError):
        return FAST_REFUSED


def dump_line(record: Any, *, exact: bool = True) -> bytes:
    """``record`` as one compact JSON line in UTF-8, newline included.

    ``exact=False`` (a record the standard library read) writes with ``json`` throughout,
    so values msgspec would change (``NaN`` becomes ``null`` there) are written as read.
    """
    if exact:
        try:
            return _ENCODER.encode(record) + b"\n"
        except (UnicodeEncodeError, TypeError, OverflowError, RecursionError):
            pass  # lone surrogates or a value msgspec does not write
    line = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    try:
        return line.encode("utf-8") + b"\n"
    except UnicodeEncodeError:  # lone surrogates: escaped, valid UTF-8 that loads back
        return json.dumps(record, separators=(",", ":")).encode("ascii") + b"\n"
