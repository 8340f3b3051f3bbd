"""What cleaning returns: the cleaned text, the parsed metadata, and every removal with its reason."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

import attrs

from newsclean._credits import (
    CREDIT_KINDS,
    Byline,
    Contributors,
    Copyright,
    Dateline,
    Published,
    ReadingTime,
    Updated,
    WireCredit,
)

__all__ = [
    "CleanResult",
    "Metadata",
    "Removal",
    "RemovalFields",
    "RemovedDetail",
    "RuleFailure",
    "RuleWarning",
    "metadata_dict",
    "removal_dicts",
    "restore",
]

RemovalFields = tuple[str, str, int, int, str, str]
"""A removal as ``(rule, text, start, end, leading, trailing)``: the fields of a
:class:`Removal` in a plain tuple, which is cheaper to make when only its JSON is wanted."""

RemovedDetail = Literal["full", "ids", "none"]
"""How much of each removal a JSON result keeps: everything (``full``, what :func:`restore`
needs), the rule id and offsets (``ids``), or no ``removed`` list at all (``none``)."""


@attrs.frozen
class Removal:
    """One piece of the original text that cleaning took out, and the rule that took it.

    ``text`` is exactly ``original[start:end]``. ``leading`` and ``trailing`` are the blank
    lines and line breaks around it that went with it (so no blank-line run is left behind);
    together they make the original exactly recoverable (see :func:`restore`).
    """

    rule: str
    text: str
    start: int
    end: int
    leading: str = ""
    trailing: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {  # spelled out: this runs for every removal of a corpus
            "rule": self.rule,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "leading": self.leading,
            "trailing": self.trailing,
        }


@attrs.frozen
class Metadata:
    """The credits found in a document, one field per credit kind; ``None`` where none was found.

    Its fields are the ``kind`` names of :data:`~newsclean._credits.CREDIT_KINDS`, in order
    (a test checks this).
    """

    byline: Byline | None = None
    wire: WireCredit | None = None
    dateline: Dateline | None = None
    contributors: Contributors | None = None
    copyright: Copyright | None = None
    published: Published | None = None
    updated: Updated | None = None
    reading_time: ReadingTime | None = None

    def to_dict(self) -> dict[str, Any]:
        fields = {kind.kind: getattr(self, kind.kind) for kind in CREDIT_KINDS}
        return {
            name: None if credit is None else credit.to_dict() for name, credit in fields.items()
        }


@attrs.frozen
class RuleFailure:
    """A rule that failed on a document (e.g. hit its time limit); the document was kept whole."""

    rule: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)


@attrs.frozen
class RuleWarning:
    """A rule left out on one line of a document (e.g. a regex past its time limit)."""

    rule: str
    line: int
    """1-based line number in the original text."""
    message: str

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)


@attrs.frozen
class CleanResult:
    """The cleaned text, the metadata parsed from its credit lines, and the removals in order.

    ``errors`` lists rules that failed on this document; when there are any, the text is
    returned unchanged and nothing is removed. ``warnings`` lists rules left out on single
    lines (the rest of the document is cleaned as usual).
    """

    text: str
    metadata: Metadata = Metadata()
    removed: tuple[Removal, ...] = ()
    errors: tuple[RuleFailure, ...] = ()
    warnings: tuple[RuleWarning, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The stable JSON shape: ``{"text": ..., "metadata": {..., "removed": [...]}}``.

        ``metadata.errors`` appears only when a rule failed on the document, and
        ``metadata.warnings`` only when a rule was left out on some line.
        """
        removed = [removal.to_dict() for removal in self.removed]
        metadata = metadata_dict(self.metadata, removed, self.errors, self.warnings)
        return {"text": self.text, "metadata": metadata}

    def explain(self) -> list[tuple[str, str]]:
        """``(rule id, removed text)`` for every removal, in document order."""
        return [(removal.rule, removal.text) for removal in self.removed]


def metadata_dict(
    metadata: Metadata,
    removed: list[dict[str, Any]] | None,
    errors: tuple[RuleFailure, ...] = (),
    warnings: tuple[RuleWarning, ...] = (),
) -> dict[str, Any]:
    """The ``metadata`` object of a result's JSON shape (see :meth:`CleanResult.to_dict`);
    ``removed=None`` leaves the ``removed`` list out (``--removed none``)."""
    fields = metadata.to_dict()
    if removed is not None:
        fields["removed"] = removed
    if errors:
        fields["errors"] = [failure.to_dict() for failure in errors]
    if warnings:
        fields["warnings"] = [warning.to_dict() for warning in warnings]
    return fields


def removal_dicts(
    removed: list[RemovalFields], detail: RemovedDetail = "full"
) -> list[dict[str, Any]] | None:
    """Removals as their JSON objects (as :meth:`Removal.to_dict` gives them under ``full``;
    rule id and offsets under ``ids``; ``None`` under ``none``)."""
    if detail == "none":
        return None
    if detail == "ids":
        return [{"rule": r[0], "start": r[2], "end": r[3]} for r in removed]
    return [
        {
            "rule": rule,
            "text": text,
            "start": start,
            "end": end,
            "leading": leading,
            "trailing": trailing,
        }
        for rule, text, start, end, leading, trailing in removed
    ]


def restore(cleaned: str, removed: Sequence[Removal | Mapping[str, Any]]) -> str:
    """Rebuild the original text from a cleaned text and its removals.

    ``removed`` are :class:`Removal` objects or their JSON objects in full (the command's
    default ``--removed full``); removals without their text (``--removed ids``) raise
    :class:`ValueError`.

    >>> from newsclean import clean
    >>> original = "Skip to content\\n\\nThe story.\\n"
    >>> result = clean(original)
    >>> restore(result.text, result.removed) == original
    True
    """
    removals = [_as_removal(removal) for removal in removed]
    pieces: list[str] = []
    clean_pos = 0
    original_pos = 0
    for removal in sorted(removals, key=lambda r: r.start):
        region_start = removal.start - len(removal.leading)
        kept = region_start - original_pos
        pieces.append(cleaned[clean_pos : clean_pos + kept])
        clean_pos += kept
        pieces.append(removal.leading + removal.text + removal.trailing)
        original_pos = removal.end + len(removal.trailing)
    pieces.append(cleaned[clean_pos:])
    return "".join(pieces)


def _as_removal(removal: Removal | Mapping[str, Any]) -> Removal:
    """A :class:`Removal`, from itself or from its JSON object (which must be complete)."""
    if isinstance(removal, Removal):
        return removal
    missing = [name for name in ("text", "leading", "trailing") if name not in removal]
    if missing:
        raise ValueError(
            f"restore() needs the removals in full (--removed full, the default); "
            f"this one has no {', '.join(missing)}: {dict(removal)!r}"
        )
    return Removal(**{field.name: removal[field.name] for field in attrs.fields(Removal)})
