"""Rules written as a regular expression, run under a per-document time limit."""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from typing import Any, Literal

import attrs
import regex

from newsclean._document import Document
from newsclean._errors import RuleError, RuleTimeout
from newsclean._kinds.phrase import Block, lines_until_blank
from newsclean._rule import Rule, Tag

__all__ = ["RegexRule"]

RegexMatch = Literal["whole-line", "line-start", "contains"]


def _compile(instance: Any, attribute: Any, value: str) -> None:
    try:
        regex.compile(value)
    except regex.error as error:
        raise RuleError(f"rule {instance.id!r}: regex does not compile: {error}") from None


@attrs.frozen(kw_only=True)
class RegexRule(Rule):
    """Removes lines that a regular expression matches (case-insensitive by default).

    ``match`` says where the pattern must match the stripped line: all of it
    (``"whole-line"``), at its start (``"line-start"``) or anywhere (``"contains"``). Only
    lines of at most ``max_chars`` characters are tried. All the matching on one document
    must finish within ``timeout`` seconds; past that the rule raises :class:`RuleTimeout`
    and the pipeline keeps the document unchanged, recording the error.
    ``block="until-blank"`` also removes the lines that follow a match, up to a blank line.
    """

    pattern: str = attrs.field(validator=_compile)
    match: RegexMatch = "whole-line"
    ignore_case: bool = True
    max_chars: int = 200
    timeout: float = 0.25
    block: Block = "none"
    _compiled: regex.Pattern[str] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        flags = regex.IGNORECASE | regex.V1 if self.ignore_case else regex.V1
        object.__setattr__(self, "_compiled", regex.compile(self.pattern, flags))

    def tag(self, doc: Document, found: Sequence[Tag]) -> Iterable[Tag]:
        method = {
            "whole-line": self._compiled.fullmatch,
            "line-start": self._compiled.match,
            "contains": self._compiled.search,
        }[self.match]
        deadline = time.monotonic() + self.timeout
        tags = []
        for i, line in enumerate(doc.lines):
            text = line.strip()
            if not text or len(text) > self.max_chars:
                continue
            remaining = deadline - time.monotonic()
            try:
                if remaining <= 0:
                    raise TimeoutError
                hit = method(text, timeout=remaining)
            except TimeoutError:
                raise RuleTimeout(
                    self.id, f"rule {self.id!r} exceeded its {self.timeout:g} s limit"
                ) from None
            if hit is not None:
                tags.append(Tag(i, self.id))
                if self.block == "until-blank":
                    tags.extend(Tag(j, self.id) for j in lines_until_blank(doc.lines, i))
        return tags
