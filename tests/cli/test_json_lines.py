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
    "number",
    [
        "123456789012345678901234567890",  # beyond 64 bits
        "1e400",  # beyond a float: not Infinity
        "1e-400",  # below a float: not 0.0
        "0.1000000000000000000000000001",  # more digits than a float holds
        "123456789012345678901234567890.123456789",
        "-0",
        "-0.0",
        "1E5",
        "1.50",
    ],
)
@pytest.mark.parametrize("slow", [False, True], ids=["fast", "fallback"])
def test_numbers_come_back_as_their_raw_text(number: str, slow: bool) -> None:
    note = '"a\\ud800b"' if slow else '"plain"'  # a lone surrogate sends the line the slow way
    raw = f'{{"id": {number}, "n": [{number}], "note": {note}, "text": "{STORY}"}}\n'.encode()
    line, errors = _clean_one(raw)
    assert line.startswith(f'{{"id":{number},"n":[{number}],"note":'.encode())
    json.loads(line)  # valid JSON
    assert not errors


def test_other_fields_come_back_with_their_values() -> None:
    raw = f'{{"id": "caf\\u00e9 \\ud83d\\ude00", "d": {{"deep": [1, {{"x": null}}]}}, "text": "{STORY}"}}'
    line, errors = _clean_one(raw.encode())
    record = json.loads(line)
    assert record["id"] == "café 😀" and record["d"] == {"deep": [1, {"x": None}]}
    assert record["text"] == "The council met on Tuesday to approve the budget."
    assert not errors


def test_lone_surrogates_are_written_back_escaped() -> None:
    raw = f'{{"note": "a\\ud800b", "text": "{STORY}"}}\n'.encode()
    line, _ = _clean_one(raw)
    line.decode("utf-8")  # valid UTF-8: the lone surrogate is escaped
    assert b"\\ud800" in line and json.loads(line)["note"] == "a\ud800b"


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_non_json_constants_are_refused_so_output_stays_json(constant: str) -> None:
    raw = f'{{"score": {constant}, "text": "{STORY}"}}\n'.encode()
    line, errors = _clean_one(raw)
    assert errors == (f"in.jsonl:1: unreadable JSON value: {constant} is not valid JSON",)
    kept = json.loads(line)  # the output is JSON; the line is kept whole in "raw"
    assert kept["raw"] == raw.decode().rstrip("\n")


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
