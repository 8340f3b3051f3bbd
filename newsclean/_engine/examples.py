"""One definition of "an example passes", for built-in rules, rules files and plugins alike.

A ``must_remove`` example passes when the pipeline the rule runs in removes all of it and
names the rule for at least one removal; a ``must_keep`` example passes when that pipeline
gives it back unchanged. A site-scoped rule's examples are documents of its first site.
Rules files are checked as they load, each rule in a pipeline of
its own; the test suite checks the built-in and plugin rules in the default pipeline.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from newsclean._result import CleanResult
from newsclean._rule import Rule

__all__ = ["Cleaner", "example_problems"]


class Cleaner(Protocol):
    """What examples run through: a pipeline."""

    def clean(self, text: str, *, site: str | None = None) -> CleanResult: ...


def example_problems(rule: Rule, pipeline: Cleaner) -> Iterator[tuple[str, str, str]]:
    """``(key, example, message)`` for each example of ``rule`` that ``pipeline`` gets wrong.

    ``key`` is ``"remove"`` or ``"keep"``; ``pipeline`` is the one the rule runs in.
    """
    site = rule.sites[0] if rule.sites else None
    for example in rule.must_remove:
        result = pipeline.clean(example, site=site)
        if result.errors:
            yield "remove", example, f"remove example failed: {result.errors[0].message}"
        elif result.warnings:
            yield "remove", example, f"remove example failed: {result.warnings[0].message}"
        elif result.text.strip() or all(r.rule != rule.id for r in result.removed):
            yield "remove", example, f"remove example is not removed: {example!r}"
    for example in rule.must_keep:
        result = pipeline.clean(example, site=site)
        if result.errors:
            yield "keep", example, f"keep example failed: {result.errors[0].message}"
        elif result.warnings:
            yield "keep", example, f"keep example failed: {result.warnings[0].message}"
        elif not result.text.strip():
            yield "keep", example, f"keep example is removed: {example!r}"
        elif result.text != example:
            removed = ", ".join(repr(r.text) for r in result.removed)
            yield "keep", example, f"keep example is changed: {removed} removed from {example!r}"
