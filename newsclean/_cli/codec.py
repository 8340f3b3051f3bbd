"""JSON lines read and written fast, with the standard library for what the fast path refuses.

Fields newsclean does not touch come back as they came in: every number that is not a plain
integer (``1e400``, ``1e-400``, ``0.1000000000000000000001``, ``-0``, ``1.50``) is kept as its
raw text (:class:`msgspec.Raw`) and written back verbatim, so no value is rounded, overflows
to ``Infinity`` or underflows to ``0.0``. Integers are exact in both decoders.

msgspec decodes and encodes JSON several times faster than the standard library: a line it
refuses (lone surrogate escapes, control characters, a byte-order mark, anything malformed)
goes through ``json``, which accepts what it can and gives a precise message for the rest.
``NaN`` and ``Infinity`` are not JSON and are refused, so the output is always valid JSON.
Output is compact JSON, UTF-8 as is; a record holding lone surrogates is written with them
escaped, so the output is always valid UTF-8 and reads back to the same value.
"""

from __future__ import annotations

import json
from typing import Any

import msgspec

__all__ = ["FAST_REFUSED", "RawNumber", "dump_line", "fast_loads", "slow_loads"]

RawNumber = msgspec.Raw
"""A JSON number kept as its raw text (``bytes(raw)`` gives it back)."""

_DECODER = msgspec.json.Decoder(float_hook=RawNumber)
_ENCODER = msgspec.json.Encoder()

_WHITESPACE = b" \t\r\n"
_NUMBER_GOES_ON = b".eE0123456789"


def _holds_negative_zero(raw: bytes) -> bool:
    """Whether ``raw`` holds the JSON number ``-0`` (or may: a string can look like one).

    Looks only at each ``-0`` (dates have them: "2024-05-01"), not at every separator.
    """
    at = raw.find(b"-0")
    while at >= 0:
        before = at - 1
        while before >= 0 and raw[before] in _WHITESPACE:
            before -= 1
        after = raw[at + 2 : at + 3]
        if before >= 0 and raw[before] in b":,[" and (not after or after not in _NUMBER_GOES_ON):
            return True
        at = raw.find(b"-0", at + 2)
    return False


FAST_REFUSED = object()
"""What :func:`fast_loads` returns for a line only the standard library can judge."""


def fast_loads(raw: bytes) -> Any:
    """The value of one JSON line, or :data:`FAST_REFUSED` when the fast decoder declines.

    A line that may hold the number ``-0`` goes the slow way: msgspec reads it as ``0``.
    """
    if _holds_negative_zero(raw):
        return FAST_REFUSED
    try:
        return _DECODER.decode(raw)
    except (msgspec.MsgspecError, RecursionError):
        return FAST_REFUSED


def _not_json(constant: str) -> Any:
    raise ValueError(f"{constant} is not valid JSON")


def slow_loads(text: str) -> Any:
    """The value of one JSON line read by the standard library, numbers kept as raw text.

    ``NaN``, ``Infinity`` and ``-Infinity`` raise :class:`ValueError` (they are not JSON).
    """
    return json.loads(text, parse_float=_raw_number, parse_int=_raw_int, parse_constant=_not_json)


def _raw_number(text: str) -> RawNumber:
    return RawNumber(text)


def _raw_int(text: str) -> Any:
    return RawNumber(text) if text.startswith("-0") else int(text)


def dump_line(record: Any, *, exact: bool = True) -> bytes:
    """``record`` as one compact JSON line in UTF-8, newline included.

    ``exact=False`` (a record the standard library read) skips the fast encoder.
    """
    if exact:
        try:
            return _ENCODER.encode(record) + b"\n"
        except (UnicodeEncodeError, TypeError, OverflowError, RecursionError):
            pass  # lone surrogates, or a value msgspec does not write
    return _slow_dump(record).encode("utf-8") + b"\n"


def _slow_dump(value: Any) -> str:
    """``value`` as compact JSON: raw numbers verbatim, lone surrogates escaped, ASCII kept."""
    if isinstance(value, str):
        text = json.dumps(value, ensure_ascii=False)
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates: escaped, valid UTF-8 that loads back
            return json.dumps(value)
        return text
    if isinstance(value, dict):
        items = (f"{_slow_dump(str(key))}:{_slow_dump(item)}" for key, item in value.items())
        return "{" + ",".join(items) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(_slow_dump(item) for item in value) + "]"
    if isinstance(value, RawNumber):
        return bytes(value).decode("ascii")
    return json.dumps(value, allow_nan=False)
