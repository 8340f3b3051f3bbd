"""Rules written as a regular expression, each line matched in linear time (RE2) or under a time limit."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any, Literal

import attrs
import regex

import newsclean._pattern_cache as _pattern_cache
from newsclean._document import Document
from newsclean._errors import RuleError
from newsclean._kinds.linear import LineMatcher, linear_matcher
from newsclean._kinds.phrase import Block, lines_until_blank
from newsclean._rule import Rule, Tag

__all__ = ["RegexRule"]

RegexMatch = Literal["whole-line", "line-start", "contains"]
Engine = Literal["auto", "re2", "backtracking"]
_METHODS = {"whole-line": "fullmatch", "line-start": "match", "contains": "search"}


def _compile(instance: Any, attribute: Any, value: str) -> None:
    try:
        _pattern_cache.compile(value)
    except regex.error as error:
        raise RuleError(f"rule {instance.id!r}: regex does not compile: {error}") from None


@attrs.frozen(kw_only=True)
class RegexRule(Rule):
    """Removes lines that a regular expression matches (case-insensitive by default).

    ``match`` says where the pattern must match the stripped line: all of it
    (``"whole-line"``), at its start (``"line-start"``) or anywhere (``"contains"``).
    ``block="until-blank"`` also removes the lines that follow a match, up to a blank line.

    Only lines of at most ``max_chars`` characters are tried (a size limit, the same on
    every machine). ``engine`` says how a line is matched:

    - ``"re2"``: by RE2, in time linear in the line's length, so the size limit bounds the
      work and no clock is needed: the result never depends on the machine or its load. The
      pattern keeps its meaning (``\\d``, ``\\w``, ``\\s`` are spelled out as Unicode
      classes); one that RE2 cannot run so (backreferences, lookaround, ``\\b``, nested
      sets) is a :class:`~newsclean.RuleError`.
    - ``"backtracking"``: by the ``regex`` module, at most ``timeout_ms`` milliseconds per
      line (default 100; a well-behaved pattern needs microseconds, so only one that
      backtracks catastrophically reaches it). Past it, this rule is left out on that line
      only: the line is kept unless another rule removes it, and the result carries a
      warning naming the rule and the line (:attr:`newsclean.CleanResult.warnings`). Being a
      clock, this limit is the one thing that may differ between a fast and a loaded machine.
    - ``"auto"`` (default): RE2 when it runs the pattern with the same meaning, else
      backtracking (:attr:`runs_on` says which).
    """

    pattern: str = attrs.field(validator=_compile)
    match: RegexMatch = "whole-line"
    ignore_case: bool = True
    max_chars: int = 200
    timeout_ms: float = 100
    engine: Engine = "auto"
    block: Block = "none"
    _compiled: regex.Pattern[str] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        flags = regex.IGNORECASE | regex.V1 if self.ignore_case else regex.V1
        object.__setattr__(self, "_compiled", _pattern_cache.compile(self.pattern, flags))
        if not self.timeout_ms > 0:
            raise RuleError(f"rule {self.id!r}: timeout_ms must be positive")
        if self.engine == "re2" and self._linear() is None:
            raise RuleError(
                f"rule {self.id!r}: RE2 cannot run this pattern with the meaning it has "
                "(backreferences, lookaround, \\b, nested sets and {,n} need "
                "engine = 'backtracking')"
            )

    @property
    def runs_on(self) -> Literal["re2", "backtracking"]:
        """The engine that matches this rule's lines."""
        return "re2" if self._linear() is not None else "backtracking"

    def _linear(self) -> LineMatcher | None:
        if self.engine == "backtracking":
            return None
        return _linear_matcher(self.pattern, self.ignore_case, self.match)

    def tag(self, doc: Document, found: Sequence[Tag]) -> Iterable[Tag]:
        linear = self._linear()
        method = getattr(self._compiled, _METHODS[self.match])
        limit = self.timeout_ms / 1000
        tags = []
        for i, line in enumerate(doc.lines):
            text = line.strip()
            if not text or len(text) > self.max_chars:
                continue
            if linear is not None:
                hit = linear(text)
            else:
                try:
                    hit = method(text, timeout=limit)
                except TimeoutError:
                    message = (
                        f"rule {self.id!r} hit its {self.timeout_ms:g} ms limit on line {i + 1}; "
                        "left out on that line"
                    )
                    tags.append(Tag(i, self.id, remove=False, warning=message))
                    continue
            if hit is not None:
                tags.append(Tag(i, self.id))
                if self.block == "until-blank":
                    tags.extend(Tag(j, self.id) for j in lines_until_blank(doc.lines, i))
        return tags


@lru_cache(maxsize=256)
def _linear_matcher(pattern: str, ignore_case: bool, match: str) -> LineMatcher | None:
    """The compiled RE2 matcher of a rule (kept here, not on the rule, so rules pickle)."""
    return linear_matcher(pattern, ignore_case=ignore_case, how=_METHODS[match])
