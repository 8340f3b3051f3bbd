"""Rules that parse credit lines (bylines, wire credits, copyright lines) into records."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import attrs

from newsclean._document import Document
from newsclean._gate import Gate, GatedRule, gate_strings
from newsclean._records import Record
from newsclean._rule import Tag

__all__ = ["LineParserRule"]


@attrs.frozen(kw_only=True)
class LineParserRule(GatedRule):
    """Tags each line that ``parse`` turns into a record, and removes it if ``remove`` is set.

    Only lines of at most ``max_chars`` characters that begin with one of ``starts`` or
    contain one of ``triggers`` (case-insensitive; with neither, every line) are handed
    to ``parse``, so the detailed parser runs on a handful of candidate lines per document.
    ``starts`` are matched after leading whitespace and decoration ("— Reuters" starts
    with "reuters"). Both must cover every line ``parse`` accepts.
    """

    parse: Callable[[str], Record | None]
    triggers: tuple[str, ...] = attrs.field(default=(), converter=gate_strings)
    starts: tuple[str, ...] = attrs.field(default=(), converter=gate_strings)
    max_chars: int = 300
    remove: bool = True

    def gate(self) -> Gate:
        return Gate(self.max_chars, starts=self.starts, triggers=self.triggers)

    def tag_lines(self, doc: Document, lines: Sequence[int], found: Sequence[Tag]) -> Iterable[Tag]:
        parse, text, max_chars = self.parse, doc.lines, self.max_chars
        for i in lines:
            if len(text[i]) > max_chars:
                continue
            record = parse(text[i])
            if record is not None:
                yield Tag(i, self.id, remove=self.remove, record=record)
