"""Properties of the command's input and output layer: decoding and the JSONL work unit."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean._cli.files import decode
from newsclean._cli.records import JsonlOptions, clean_chunk
from newsclean._errors import InputError

from strategies import any_text

PIPELINE = newsclean.default_pipeline()
no_nul_bytes = st.binary(max_size=200).map(lambda data: data.replace(b"\x00", b""))


@given(data=no_nul_bytes)
def test_decode_replaces_like_python_and_locates_the_first_bad_byte(data: bytes) -> None:
    decoded = decode(data, "f.txt")
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    assert decoded.text == body.decode("utf-8", errors="replace")
    try:
        body.decode("utf-8")
    except UnicodeDecodeError as error:
        skip = len(data) - len(body)
        assert decoded.first_bad == skip + error.start and decoded.replaced >= 1
        with pytest.raises(InputError, match=f"byte offset {skip + error.start}"):
            decode(data, "f.txt", errors="strict")
    else:
        assert decoded.replaced == 0 and decoded.first_bad is None


def _json_line(text: str) -> bytes:
    return (json.dumps({"text": text}) + "\n").encode("utf-8")


raw_lines = st.one_of(
    any_text().map(_json_line),  # good records, lone surrogates included (as JSON escapes)
    st.binary(max_size=60),  # anything at all: broken JSON, invalid UTF-8, NUL bytes
    st.sampled_from([b"[1]\n", b'"x"\n', b"{}\n", b'{"text": null}\n', b"\n", b"  \r\n"]),
)


@given(lines=st.lists(raw_lines, max_size=12), on_error=st.sampled_from(["keep", "skip"]))
def test_jsonl_chunk_never_loses_a_record(lines: list[bytes], on_error: str) -> None:
    """One valid UTF-8 JSON object out per non-blank line in (keep); counts add up."""
    options = JsonlOptions(path="in.jsonl", on_error=on_error)  # type: ignore[arg-type]
    chunk = [(number, raw) for number, raw in enumerate(lines, start=1)]
    result = clean_chunk(PIPELINE, options, chunk)
    records = [raw for raw in lines if raw.strip()]
    assert result.cleaned + result.kept + result.skipped == len(records)
    assert len(result.lines) == len(records) - result.skipped
    errors = [message for message in result.errors if ": warning: " not in message]
    assert len(errors) == (result.kept if on_error == "keep" else result.skipped)
    for line in result.lines:
        assert line.endswith(b"\n")
        assert isinstance(json.loads(line.decode("utf-8")), dict)


@given(text=any_text())
def test_jsonl_round_trip_of_any_text(text: str) -> None:
    """The written text is the cleaned text of the record as read, lone surrogates and all.

    (As read: JSON reads the escapes of a high and a low surrogate as one character.)"""
    raw = _json_line(text)
    result = clean_chunk(PIPELINE, JsonlOptions(path="in.jsonl"), [(1, raw)])
    (line,) = result.lines
    expected = PIPELINE.clean(json.loads(raw)["text"]).text
    assert json.loads(line.decode("utf-8"))["text"] == expected


def test_jsonl_keeps_a_lone_surrogate_and_joins_a_pair_as_json_does() -> None:
    raw = b'{"text": "a\\ud800 b\\ud800\\udc00 c\\udc00"}\n'
    (line,) = clean_chunk(PIPELINE, JsonlOptions(path="in.jsonl"), [(1, raw)]).lines
    assert json.loads(line.decode("utf-8"))["text"] == "a\ud800 b\U00010000 c\udc00"
