"""The credit parsers are total: any string gives a record or None, never an exception."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import (
    parse_byline,
    parse_contributors,
    parse_copyright,
    parse_dateline,
    parse_wire_credit,
)
from newsclean.parsers.byline import parse_byline_line

PARSERS: list[Callable[[str], Any]] = [
    parse_byline,
    parse_byline_line,
    parse_contributors,
    parse_copyright,
    parse_dateline,
    parse_wire_credit,
]

NASTY = [
    "",
    " \t\n",
    "\ud800 By \udfff Smith",  # lone surrogates
    "By " + "\x00\x01\x02" * 20,
    "By " + "A" * 1_000_000,
    "By " + "Jane Doe, " * 100_000,
    "(" * 50_000 + "AP) — ",
    "WASHINGTON " * 30_000 + "(AP) — ",
    "© " + "2024 " * 100_000,
    "© " + "Inc., " * 60,
    "Con información de " + "y " * 150,
    " contributed" * 30,
    "By " + "😀" * 100,
    "Von " + "der " * 70,
    "By " + "Mc" * 100,
    "By Jane-" + "-" * 200 + "Doe",
    "By J." + "." * 250,
    "Par " + "le " * 90 + "12",
    "Reporting by ; ; ; Editing by ; ; ;",
    "By , , , and and &",
]


@pytest.mark.parametrize("parse", PARSERS, ids=lambda p: p.__name__)
@pytest.mark.parametrize("text", NASTY, ids=range(len(NASTY)))
def test_nasty_inputs_return_a_record_or_none(parse: Callable[[str], Any], text: str) -> None:
    result = parse(text)
    assert result is None or result.text.strip() in text


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [*"ByVonPar ,;&|/()-—:.©0123456789AEaeÉñCNdp'’\n", "and ", "By ", "Smith", "(AP)"]
        ),
        max_size=60,
    ).map("".join)
)
def test_parsers_never_raise(text: str) -> None:
    for parse in PARSERS:
        result = parse(text)
        assert result is None or isinstance(result.text, str)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_parsers_never_raise_on_any_text(text: str) -> None:
    for parse in PARSERS:
        parse(text)
