"""Rules that parse credit lines (bylines, wire credits, copyright lines) into records."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import attrs

from newsclean._credits import Credit
from newsclean._document import Document
from newsclean._kinds.gate import Gate, GatedRule, gate_strings
from newsclean._kinds.line_tests import parsed_lines
from newsclean._rule import Stage, Tag

__all__ = ["LineParserRule"]


@attrs.frozen(kw_only=True)
class LineParserRule(GatedRule):
    """Tags each line that ``parse`` turns into a record, and removes it if ``remove`` is set.

    Only lines of at most ``max_chars`` characters that begin with one of ``starts``, begin
    with one of ``words`` as a whole word, or contain one of ``triggers`` (case-insensitive;
    with none of them, every line) are handed to ``parse``, so the detailed parser runs on a
    handful of candidate lines per document. ``starts`` and ``words`` are matched after
    leading whitespace and decoration ("— Reuters" starts with "reuters"). Together they
    must cover every line ``parse`` accepts (see :class:`newsclean.Gate`).
    """

    stage: Stage = "credit"

    parse: Callable[[str], Credit | None]
    triggers: tuple[str, ...] = attrs.field(default=(), converter=gate_strings)
    starts: tuple[str, ...] = attrs.field(default=(), converter=gate_strings)
    words: tuple[str, ...] = attrs.field(default=(), converter=gate_strings)
    max_chars: int = 300
    remove: bool = True

    def gate(self) -> Gate:
        return Gate(self.max_chars, starts=self.starts, triggers=self.triggers, words=self.words)

    def tag_lines(self, doc: Document, lines: Sequence[int], found: Sequence[Tag]) -> Iterable[Tag]:
        parsed = parsed_lines(doc.lines, lines, self.parse, self.max_chars)
        return [Tag(i, self.id, remove=self.remove, record=record) for i, record in parsed]
