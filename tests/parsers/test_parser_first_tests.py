"""The cheap first tests of the credit rules never turn away a line the detailed parser accepts.

Gates and the quick checks at the top of the parsers only save work: every line a parser
accepts must get through its rule's gate and through the parser's own first tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean._document import Document
from newsclean._kinds.gate import GateScanner
from newsclean.parsers import _names, wire
from newsclean.parsers.agencies import AGENCIES
from newsclean.parsers.agencies import gate as may_list_agencies
from newsclean.parsers.contributors import parse_contributors
from newsclean.rules.credits import (
    BYLINE,
    CONTRIBUTOR_CREDIT,
    COPYRIGHT_LINE,
    DATELINE,
    WIRE_CREDIT,
)

DATA = Path(__file__).parent
RULES = {
    "byline": BYLINE,
    "wire": WIRE_CREDIT,
    "dateline": DATELINE,
    "contributors": CONTRIBUTOR_CREDIT,
    "copyright": COPYRIGHT_LINE,
}
ALIASES = [alias for agency in AGENCIES for alias in (agency.name, *agency.aliases)]


@pytest.mark.parametrize("name", RULES)
def test_gate_passes_every_line_the_parser_accepts(name: str) -> None:
    rule = RULES[name]
    cases = json.loads((DATA / f"{name}.json").read_text("utf-8"))
    lines = [case["line"] for case in cases] + list(rule.must_remove) + list(rule.must_keep)
    scanner = GateScanner([rule.gate()])
    accepted = [line for line in lines if rule.parse(line) is not None]
    assert accepted
    missed = [line for line in accepted if not scanner.scan(Document(line))[0]]
    assert not missed


def test_contributor_openings_and_verbs_reach_the_parser() -> None:
    lines = [
        "Mit Agenturen",
        "Con EFE y Reuters",
        "(avec l'AFP)",
        "With AP and Reuters",
        "Anna Schmidt und Jonas Weber haben mitgearbeitet.",
        "Ana García colaboró.",
        "Marie Dupont a contribué à cet article.",
        "Giulia Rossi ha collaborato.",
    ]
    scanner = GateScanner([CONTRIBUTOR_CREDIT.gate()])
    for line in lines:
        assert parse_contributors(line) is not None, line
        assert scanner.scan(Document(line))[0] == [0], line


def test_agency_word_test_passes_every_alias_and_lists_of_them() -> None:
    for alias in ALIASES:
        for printed in (alias, alias.upper(), alias.lower(), f"— {alias}.", f"({alias})"):
            assert may_list_agencies(printed), printed
    assert may_list_agencies("dpa/lby")
    assert may_list_agencies("AFP, EFE y Reuters", frozenset({"y"}))
    assert may_list_agencies("Reuters & The Associated Press")


def test_agency_word_test_turns_away_sentences() -> None:
    for text in (
        "Reuters could not independently verify the report.",
        "The Federal Reserve said on Tuesday it would hold rates.",
        "Mit dem Zug nach Berlin",
        "weiteren illegalen Geschäften bereichert",
    ):
        assert not may_list_agencies(text), text


_separators = st.sampled_from(["/", " / ", ", ", ";", " + ", "-", " & ", " and ", " y ", "\xa0/ "])
_parts = st.sampled_from([*ALIASES, "lby", "aja", "sid"])


@given(st.lists(_parts, min_size=1, max_size=6), _separators, st.sampled_from(["", "— ", "("]))
def test_agency_word_test_passes_generated_lists(
    parts: list[str], separator: str, decoration: str
) -> None:
    text = decoration + separator.join(parts)
    assert may_list_agencies(text, frozenset({"and", "y"}))


_places = st.sampled_from(["WASHINGTON", "NEW YORK", "Paris", "SAN JUAN, Puerto Rico", "KYIV"])
_dates = st.sampled_from(["", ", March 3", ", 3. März", ", 14 de marzo"])
_agencies = st.sampled_from([*ALIASES[:40], "AFP/dpa", "Reuters, AP"])
_dashes = st.sampled_from([" — ", " - ", " -- ", "—", " – ", ". - ", " \t— "])


@given(_places, _dates, _agencies, _dashes, st.sampled_from(["", " ", "  "]))
def test_dateline_first_test_passes_every_dateline(
    place: str, date: str, agency: str, dash: str, indent: str
) -> None:
    for line in (f"{indent}{place}{date} ({agency}){dash}The text.", f"({agency}){dash}{place}"):
        start = len(line) - len(line.lstrip())
        pattern = wire._AGENCY_FIRST if line[start] == "(" else wire._PLACE_FIRST
        assert pattern.match(line[: start + 200], start) is not None, line
        assert wire._may_hold_agency(line, start, start + 200), line


_name_words = st.sampled_from(
    ["Anna", "SCHMIDT", "van", "der", "Berg", "J.", "O'Brien", "Staff", "Writer", "CNN", "in"]
)


@given(st.lists(_name_words, min_size=1, max_size=5), st.sampled_from(["", ".", " ", ","]))
def test_read_part_names_a_person_as_person_name_does(words: list[str], edge: str) -> None:
    part = " ".join(words) + edge
    kind, name = _names.read_part(part)
    assert name == (_names.person_name(part) if kind == "person" else None)
