"""Rules that parse credit lines (bylines, wire credits, copyright lines) into records."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import attrs

from newsclean._document import Document
from newsclean._records import Record
from newsclean._rule import Rule, Tag

__all__ = ["LineParserRule"]


def _lowercase(triggers: Iterable[str]) -> tuple[str, ...]:
    return tuple(t.casefold() for t in triggers)


@attrs.frozen(kw_only=True)
class LineParserRule(Rule):
    """Tags each line that ``parse`` turns into a record, and removes it if ``remove`` is set.

    Only lines of at most ``max_chars`` characters that contain one of ``triggers``
    (case-insensitive; no triggers means every line) are handed to ``parse``, so the
    detailed parser runs on a handful of candidate lines per document.
    """

    parse: Callable[[str], Record | None]
    triggers: tuple[str, ...] = attrs.field(default=(), converter=_lowercase)
    max_chars: int = 300
    remove: bool = True

    def candidates(self, doc: Document) -> Iterable[int]:
        """Indices of the lines worth parsing."""
        max_chars, triggers = self.max_chars, self.triggers
        for i, line in enumerate(doc.lines):
            if not line or len(line) > max_chars:
                continue
            if triggers:
                folded = line.casefold()
                if not any(t in folded for t in triggers):
                    continue
            yield i

    def tag(self, doc: Document, found: Sequence[Tag]) -> Iterable[Tag]:
        for i in self.candidates(doc):
            record = self.parse(doc.lines[i])
            if record is not None:
                yield Tag(i, self.id, remove=self.remove, record=record)
