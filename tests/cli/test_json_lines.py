"""JSON lines: the fast codec and its standard-library fallback give the same records."""

from __future__ import annotations

import json

import pytest

from newsclean import Pipeline
from newsclean._cli.records import JsonlOptions, clean_chunk

PIPELINE = Pipeline.default(plugins=False)
STORY = "Skip to content\\n\\nThe council met on Tuesday to approve the budget."


def _clean_one(raw: bytes) -> tuple[bytes, tuple[str, ...]]:
    result = clean_chunk(PIPELINE, JsonlOptions(path="in.jsonl"), [(1, raw)])
    (line,) = result.lines
    return line, result.errors


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("123456789012345678901234567890", 123456789012345678901234567890),  # beyond 64 bits
        ("-0.0", -0.0),
        ("1E5", 100000.0),
        ('"caf\\u00e9 \\ud83d\\ude00"', "café 😀"),
        ('{"deep": [1, {"x": null}]}', {"deep": [1, {"x": None}]}),
    ],
)
def test_other_fields_come_back_with_their_values(field: str, expected: object) -> None:
    raw = f'{{"id": {field}, "text": "{STORY}"}}\n'.encode()
    line, errors = _clean_one(raw)
    record = json.loads(line)
    assert record["id"] == expected and type(record["id"]) is type(expected)
    assert record["text"] == "The council met on Tuesday to approve the budget."
    assert not errors


def test_values_only_python_reads_are_written_as_read() -> None:
    """NaN and lone surrogates are refused by the fast decoder; the fallback keeps them."""
    raw = f'{{"score": NaN, "note": "a\\ud800b", "text": "{STORY}"}}\n'.encode()
    line, _ = _clean_one(raw)
    line.decode("utf-8")  # valid UTF-8: the lone surrogate is escaped
    assert b"NaN" in line and b"\\ud800" in line
    record = json.loads(line)
    assert record["score"] != record["score"] and record["note"] == "a\ud800b"


def test_output_is_compact_utf8_with_one_line_per_record() -> None:
    line, _ = _clean_one(f'{{"id": 1, "title": "Grüße", "text": "{STORY}"}}\r\n'.encode())
    assert line.startswith(b'{"id":1,"title":"Gr\xc3\xbc\xc3\x9fe","text":"The council')
    assert line.endswith(b"}\n") and line.count(b"\n") == 1


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b'{"text": "x"} trailing\n', "malformed JSON: Extra data (column 15)"),
        (b'{"text": "\x00"}\n', "NUL byte at byte 10 of the line (binary data, not text)"),
        (b'{"text": "a\x1fb"}\n', "malformed JSON: Invalid control character at (column 12)"),
        (b"[1, 2]\n", "not a JSON object (got array)"),
    ],
)
def test_refused_lines_get_the_precise_message(raw: bytes, message: str) -> None:
    line, errors = _clean_one(raw)
    assert errors == (f"in.jsonl:1: {message}",)
    assert "error" in json.loads(line)
