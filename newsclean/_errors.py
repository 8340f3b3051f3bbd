"""Errors newsclean raises, all under one root so callers can catch coarse or fine.

::

    NewscleanError
    ├── InputError       bad input: undecodable bytes, malformed JSONL, missing text field
    ├── RuleError        a rule or rules file that is not valid
    └── RuleTimeout      a user regex rule ran past its time limit on a document
"""

from __future__ import annotations

__all__ = ["InputError", "NewscleanError", "RuleError", "RuleTimeout"]


class NewscleanError(Exception):
    """Root of every error newsclean raises on purpose."""


class InputError(NewscleanError):
    """Input that cannot be read as asked; the message says where."""


class RuleError(NewscleanError):
    """A rule definition that is not valid; the message names the rule and where it came from."""


class RuleTimeout(NewscleanError):
    """A rule's pattern hit its time limit on one document."""

    def __init__(self, rule: str, message: str) -> None:
        super().__init__(message)
        self.rule = rule
