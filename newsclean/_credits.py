"""Typed records parsed from credit lines: bylines, wire credits, datelines, contributors, copyright.

Every record is a frozen, slotted attrs class whose ``to_dict()`` gives plain JSON-ready data.
"""

from __future__ import annotations

from typing import Any

import attr
import attrs

__all__ = [
    "Author",
    "Byline",
    "Contributors",
    "Copyright",
    "Dateline",
    "Record",
    "WireCredit",
]


def _as_dict(record: Any) -> dict[str, Any]:
    return attr.asdict(record, retain_collection_types=False)


@attrs.frozen
class Author:
    """One person credited in a byline, with the outlet they write for (if printed)."""

    name: str
    affiliation: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return _as_dict(self)


@attrs.frozen
class Byline:
    """A parsed byline: the line as printed, the people, and any agency or editors it names.

    ``agency`` is the canonical name of a news agency the byline credits ("By The Associated
    Press", "By Simone McCarthy, CNN"); ``editors`` and ``contributors`` come from
    "Editing by …" and "Additional reporting by …" sections.
    """

    text: str
    authors: tuple[Author, ...] = ()
    agency: str | None = None
    editors: tuple[str, ...] = ()
    contributors: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return _as_dict(self)


@attrs.frozen
class WireCredit:
    """A standalone credit naming the news agency a story came from ("The-CNN-Wire")."""

    text: str
    agency: str

    def to_dict(self) -> dict[str, Any]:
        return _as_dict(self)


@attrs.frozen
class Dateline:
    """The opening "PLACE (AGENCY) —" of a wire story; ``text`` is the exact span."""

    text: str
    place: str | None = None
    date: str | None = None
    agency: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return _as_dict(self)


@attrs.frozen
class Contributors:
    """A "… contributed reporting." line: the people and the groups (bureaus, agencies) it names.

    ``editors`` holds the people of a trailing "Editing by …" (Reuters footers).
    """

    text: str
    people: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return _as_dict(self)


@attrs.frozen
class Copyright:
    """A copyright line: the latest year, the first year of a range, and the legal holder."""

    text: str
    year: int | None = None
    holder: str | None = None
    first_year: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return _as_dict(self)


Record = Byline | WireCredit | Dateline | Contributors | Copyright
