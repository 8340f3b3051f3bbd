"""Credits: the typed results of parsing credit lines (bylines, wire credits, datelines,
contributors, copyright).

Every credit is a frozen, slotted attrs class whose ``to_dict()`` gives plain JSON-ready data,
and names the :class:`~newsclean.Metadata` field it fills (``kind``). :data:`CREDIT_KINDS` is
the one list of them: the metadata's JSON, the assembly of metadata and the JSON schema are
derived from it, so a new credit kind is a class here, its field on ``Metadata``, and its
parser.
"""

from __future__ import annotations

from typing import Any, ClassVar

import attr
import attrs

__all__ = [
    "CREDIT_KINDS",
    "Author",
    "Byline",
    "Contributors",
    "Copyright",
    "Credit",
    "Dateline",
    "WireCredit",
]


def _as_dict(record: Any) -> dict[str, Any]:
    return attr.asdict(record, retain_collection_types=False)


@attrs.frozen
class Credit:
    """Base class of the credits; ``kind`` is the metadata field a credit of the class fills."""

    kind: ClassVar[str]

    def to_dict(self) -> dict[str, Any]:
        return _as_dict(self)


@attrs.frozen
class Author:
    """One person credited in a byline, with the outlet they write for (if printed)."""

    name: str
    affiliation: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return _as_dict(self)


@attrs.frozen
class Byline(Credit):
    """A parsed byline: the line as printed, the people, and any agency or editors it names.

    ``agency`` is the canonical name of a news agency the byline credits ("By The Associated
    Press", "By Simone McCarthy, CNN"); ``editors`` and ``contributors`` come from
    "Editing by …" and "Additional reporting by …" sections.
    """

    kind: ClassVar[str] = "byline"

    text: str
    authors: tuple[Author, ...] = ()
    agency: str | None = None
    editors: tuple[str, ...] = ()
    contributors: tuple[str, ...] = ()


@attrs.frozen
class WireCredit(Credit):
    """A standalone credit naming the news agency a story came from ("The-CNN-Wire")."""

    kind: ClassVar[str] = "wire"

    text: str
    agency: str


@attrs.frozen
class Dateline(Credit):
    """The opening "PLACE (AGENCY) —" of a wire story; ``text`` is the exact span."""

    kind: ClassVar[str] = "dateline"

    text: str
    place: str | None = None
    date: str | None = None
    agency: str | None = None


@attrs.frozen
class Contributors(Credit):
    """A "… contributed reporting." line: the people and the groups (bureaus, agencies) it names.

    ``editors`` holds the people of a trailing "Editing by …" (Reuters footers).
    """

    kind: ClassVar[str] = "contributors"

    text: str
    people: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()


@attrs.frozen
class Copyright(Credit):
    """A copyright line: the latest year, the first year of a range, and the legal holder."""

    kind: ClassVar[str] = "copyright"

    text: str
    year: int | None = None
    holder: str | None = None
    first_year: int | None = None


CREDIT_KINDS: tuple[type[Credit], ...] = (Byline, WireCredit, Dateline, Contributors, Copyright)
"""Every credit kind, in the order of the metadata fields."""
