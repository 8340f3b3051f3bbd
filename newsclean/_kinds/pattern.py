"""Rules written as a regular expression, each line matched under a size and a time limit."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Literal

import attrs
import regex

from newsclean._document import Document
from newsclean._errors import RuleError
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
    (``"whole-line"``), at its start (``"line-start"``) or anywhere (``"contains"``).
    ``block="until-blank"`` also removes the lines that follow a match, up to a blank line.

    Two limits bound the work on each line. Only lines of at most ``max_chars`` characters
    are tried (a size limit, the same on every machine). Matching one line may take at most
    ``timeout_ms`` milliseconds (default 100; a well-behaved pattern needs microseconds on a
    line of 200 characters, so only a pattern that backtracks catastrophically reaches it,
    and by orders of magnitude). Past it, this rule is left out on that line only: the line
    is kept unless another rule removes it, every other line and rule runs as usual, and
    the result carries a warning naming the rule and the line
    (:attr:`newsclean.CleanResult.warnings`).
    """

    pattern: str = attrs.field(validator=_compile)
    match: RegexMatch = "whole-line"
    ignore_case: bool = True
    max_chars: int = 200
    timeout_ms: float = 100
    block: Block = "none"
    _compiled: regex.Pattern[str] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        flags = regex.IGNORECASE | regex.V1 if self.ignore_case else regex.V1
        object.__setattr__(self, "_compiled", regex.compile(self.pattern, flags))
        if not self.timeout_ms > 0:
            raise RuleError(f"rule {self.id!r}: timeout_ms must be positive")

    def tag(self, doc: Document, found: Sequence[Tag]) -> Iterable[Tag]:
        method = {
            "whole-line": self._compiled.fullmatch,
            "line-start": self._compiled.match,
            "contains": self._compiled.search,
        }[self.match]
        limit = self.timeout_ms / 1000
        tags = []
        for i, line in enumerate(doc.lines):
            text = line.strip()
            if not text or len(text) > self.max_chars:
                continue
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
