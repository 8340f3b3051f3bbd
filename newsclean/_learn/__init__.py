"""Learning each site's furniture from a corpus: lines that repeat across a site's documents.

Counting (:mod:`._counts`) keys every short line (:mod:`._keys`) and counts it once per
distinct document of its site; selection (:mod:`._select`) keeps the repeated lines that do
not read as story text; :mod:`._rules` makes them ordinary phrase and regex rules.
"""

from newsclean._learn._learner import (
    SiteLearner,
    SiteLearning,
    learn_site_rules,
    learned_rules,
    learned_tables,
)
from newsclean._learn._report import review_page
from newsclean._learn._rules import table_rule
from newsclean._learn._select import Furniture, LearnOptions, Refusal
from newsclean._learn._toml import rules_toml

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
