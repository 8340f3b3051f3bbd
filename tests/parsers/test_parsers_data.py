"""The credit parsers against the data files in tests/parsers/ (one line → the expected record).

Each case names its line, its language and the fields the record must have; ``"expected":
null`` means the parser must return ``None``. A case with ``known_failure`` runs as a strict
expected failure, so a fix that makes it pass is noticed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import newsclean
from newsclean import (
    parse_byline,
    parse_contributors,
    parse_copyright,
    parse_dateline,
    parse_timestamps,
    parse_wire_credit,
)

DATA = Path(__file__).parent


class _Stamps:
    """The credits of a timestamp line as one record: ``{kind: iso or minutes}``."""

    def __init__(self, credits: tuple[Any, ...]) -> None:
        self.credits = credits

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for credit in self.credits:
            value = credit.to_dict()
            data[credit.kind] = value.get("iso", value.get("minutes"))
            data[f"{credit.kind}_text"] = value["text"]
        return data


def _timestamps(line: str) -> _Stamps | None:
    credits = parse_timestamps(line)
    return _Stamps(credits) if credits else None


def _author_field(line: str) -> Any:
    return parse_byline(line, field=True)


def _page_byline(text: str) -> Any:
    """The byline the default pipeline chooses for a page text (blocks over several lines)."""
    return newsclean.parse(text).byline


PARSERS: dict[str, Callable[[str], Any]] = {
    "byline": parse_byline,
    "wire": parse_wire_credit,
    "dateline": parse_dateline,
    "contributors": parse_contributors,
    "copyright": parse_copyright,
    "author_field": _author_field,
    "byline_block": _page_byline,
    "timestamps": _timestamps,
}
NOT_FIELDS = {"line", "lang", "expected", "known_failure", "note"}


def _cases() -> list[Any]:
    cases = []
    for name in PARSERS:
        for number, case in enumerate(json.loads((DATA / f"{name}.json").read_text("utf-8"))):
            marks = [pytest.mark.xfail(strict=True)] if case.get("known_failure") else []
            cases.append(
                pytest.param(name, case, id=f"{name}-{number}-{case['lang']}", marks=marks)
            )
    return cases


def _view(name: str, record: Any, fields: set[str]) -> dict[str, Any]:
    """The record's fields named by the case; authors as ``[name, affiliation]`` pairs."""
    data = record.to_dict()
    if "authors" in data:
        data["authors"] = [[a["name"], a["affiliation"]] for a in data["authors"]]
    return {field: data.get(field) for field in fields}


@pytest.mark.parametrize(("name", "case"), _cases())
def test_parser_case(name: str, case: dict[str, Any]) -> None:
    record = PARSERS[name](case["line"])
    if "expected" in case:
        assert case["expected"] is None
        assert record is None, record
        return
    assert record is not None
    fields = set(case) - NOT_FIELDS
    expected = {field: case[field] for field in fields}
    assert _view(name, record, fields) == expected


def test_every_file_covers_six_languages_and_negatives() -> None:
    for name in PARSERS:
        cases = json.loads((DATA / f"{name}.json").read_text("utf-8"))
        assert {"en", "de", "fr", "es", "it", "pt"} <= {c["lang"] for c in cases}, name
        assert any("expected" in c for c in cases), name
