"""The given-name lexicon read from the package's data file."""

from __future__ import annotations

from importlib.resources import files

import pytest

from newsclean.parsers.given_names import given_names, starts_with_given_name

LISTED = files("newsclean.parsers").joinpath("given_names.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "name", ["ana", "jürgen", "françois", "giulia", "joão", "sofía", "agnieszka", "sanne"]
)
def test_names_of_every_claimed_language_are_known(name: str) -> None:
    assert name in given_names()


@pytest.mark.parametrize("name", ["prashant", "ibtisam", "evgenia", "sadhbh", "kiran", "marwan"])
def test_names_outlets_in_other_regions_print_are_known(name: str) -> None:
    """Names Faker's locales lack, from the counted name data (South Asia, the Arab world …)."""
    assert name in given_names()


@pytest.mark.parametrize("word", ["business", "news", "mehr", "brand", "miami", "frau"])
def test_common_words_the_name_data_counts_are_not_names(word: str) -> None:
    assert word not in given_names()


@pytest.mark.parametrize(
    "word", ["vorheriger", "weiterlesen", "newsletter", "advertisement", "publié", "the"]
)
def test_furniture_and_function_words_are_not_names(word: str) -> None:
    assert word not in given_names()


def test_the_file_is_sorted_case_folded_and_says_where_it_comes_from() -> None:
    header = [line for line in LISTED.splitlines() if line.startswith("#")]
    names = [line for line in LISTED.splitlines() if line and not line.startswith("#")]
    assert "Faker" in header[0] and "tools/given_names.py" in "".join(header)
    assert "nomquamgender" in "".join(header)
    assert names == sorted(set(names)) and len(names) > 50_000
    assert all(n == n.casefold() == n.strip() for n in names)


def test_hyphenated_given_names_count_by_their_parts() -> None:
    assert starts_with_given_name("Jan-Erik Lund")
    assert not starts_with_given_name("Vorheriger Beitrag")
