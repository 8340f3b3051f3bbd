"""newsclean: clean scraped news article text and parse its credit lines into typed records.

>>> import newsclean
>>> result = newsclean.clean("Skip to content\\n\\nBy Jane Doe, Reuters\\n\\nThe story.")
>>> result.text
'The story.'
>>> result.metadata.byline.authors[0]
Author(name='Jane Doe', affiliation='Reuters')
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from newsclean import _learn
from newsclean._credits import (
    Author,
    Byline,
    Contributors,
    Copyright,
    Dateline,
    Published,
    ReadingTime,
    Updated,
    WireCredit,
)
from newsclean._document import Document
from newsclean._engine.pipeline import Pipeline, load_rules
from newsclean._engine.timing import StageTimes
from newsclean._engine.variant import COMPILED
from newsclean._errors import InputError, NewscleanError, RuleError, RuleTimeout
from newsclean._kinds.follower import FollowerRule
from newsclean._kinds.gate import Gate, GatedRule
from newsclean._kinds.line import LineRule, line_rule
from newsclean._kinds.parser import LineParserRule
from newsclean._kinds.pattern import RegexRule
from newsclean._kinds.phrase import PhraseRule
from newsclean._learn import LearnOptions
from newsclean._result import CleanResult, Metadata, Removal, RuleFailure, RuleWarning, restore
from newsclean._rule import Rule, Tag
from newsclean.parsers import (
    parse_byline,
    parse_contributors,
    parse_copyright,
    parse_dateline,
    parse_timestamps,
    parse_wire_credit,
)

if TYPE_CHECKING:
    from newsclean._learn import SiteLearner as SiteLearner
    from newsclean._learn import learn_site_rules as learn_site_rules

__version__ = "0.1.0"

compiled: bool = COMPILED
"""Whether the engine's hot path runs compiled by mypyc (installed with
``HATCH_BUILD_HOOK_ENABLE_MYPYC=1``) or as pure Python, the default; the output is the same."""

__all__ = [
    "Author",
    "Byline",
    "CleanResult",
    "Contributors",
    "Copyright",
    "Dateline",
    "Document",
    "FollowerRule",
    "Gate",
    "GatedRule",
    "InputError",
    "LearnOptions",
    "LineParserRule",
    "LineRule",
    "Metadata",
    "NewscleanError",
    "PhraseRule",
    "Pipeline",
    "Published",
    "ReadingTime",
    "RegexRule",
    "Removal",
    "Rule",
    "RuleError",
    "RuleFailure",
    "RuleTimeout",
    "RuleWarning",
    "SiteLearner",
    "StageTimes",
    "Tag",
    "Updated",
    "WireCredit",
    "clean",
    "clean_text",
    "compiled",
    "default_pipeline",
    "learn_site_rules",
    "line_rule",
    "load_rules",
    "parse",
    "parse_byline",
    "parse_contributors",
    "parse_copyright",
    "parse_dateline",
    "parse_timestamps",
    "parse_wire_credit",
    "restore",
]


@cache
def default_pipeline() -> Pipeline:
    """The default pipeline (built once; pipelines are immutable)."""
    return Pipeline.default()


def clean(text: str) -> CleanResult:
    """Clean ``text`` with the default pipeline: cleaned text, metadata and removals."""
    return default_pipeline().clean(text)


def clean_text(text: str) -> str:
    """Just the cleaned text of ``text``."""
    return default_pipeline().clean(text).text


def parse(text: str) -> Metadata:
    """Just the credit metadata (byline, wire, dateline, contributors, copyright, dates) of ``text``."""
    return default_pipeline().clean(text).metadata


def __getattr__(name: str) -> object:
    """Site learning's names, loaded on first use (cleaning does without them)."""
    if name in ("SiteLearner", "learn_site_rules"):
        return getattr(_learn, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
