"""Learning each site's furniture from a corpus: lines that repeat across a site's documents.

Counting (:mod:`._counts`) keys every short line (:mod:`._keys`) and counts it once per
distinct document of its site; selection (:mod:`._select`) keeps the repeated lines that do
not read as story text; :mod:`._rules` makes them ordinary phrase and regex rules.

The names below are imported on first use (PEP 562): cleaning, and the command line's
options (:mod:`._options`), do without loading the learning itself.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from newsclean._learn._options import LearnOptions

if TYPE_CHECKING:
    from newsclean._learn._learner import SiteLearner as SiteLearner
    from newsclean._learn._learner import SiteLearning as SiteLearning
    from newsclean._learn._learner import learn_site_rules as learn_site_rules
    from newsclean._learn._learner import learned_rules as learned_rules
    from newsclean._learn._learner import learned_tables as learned_tables
    from newsclean._learn._report import review_page as review_page
    from newsclean._learn._rules import table_rule as table_rule
    from newsclean._learn._select import Furniture as Furniture
    from newsclean._learn._select import Refusal as Refusal
    from newsclean._learn._toml import rules_toml as rules_toml

_HOMES = {
    "SiteLearner": "_learner",
    "SiteLearning": "_learner",
    "learn_site_rules": "_learner",
    "learned_rules": "_learner",
    "learned_tables": "_learner",
    "review_page": "_report",
    "table_rule": "_rules",
    "Furniture": "_select",
    "Refusal": "_select",
    "rules_toml": "_toml",
}

__all__ = [
    "Furniture",
    "LearnOptions",
    "Refusal",
    "SiteLearner",
    "SiteLearning",
    "learn_site_rules",
    "learned_rules",
    "learned_tables",
    "review_page",
    "rules_toml",
    "table_rule",
]


def __getattr__(name: str) -> object:
    """The learning's names, imported from their module on first use."""
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{_HOMES[name]}"), name)
    globals()[name] = value
    return value
