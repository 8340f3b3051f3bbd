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
    "Bio",
    "Byline",
    "Contributors",
    "Copyright",
    "Credit",
    "Dateline",
    "Published",
    "ReadingTime",
    "Timestamp",
    "Updated",
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

    def supplier(self) -> str | None:
        """The news agency this credit says supplied the story, if it says so (for ``wire``)."""
        return None


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
    "Editing by …" and "Additional reporting by …" sections; ``organisations`` are the
    newsrooms, outlets and companies an author field or a byline names instead of people
    ("News Desk", "By Staff and wire reports", "Von Redaktion"). ``bio``
    is the author's bio or contact line that the page prints with the story ("Jane Doe
    covers energy for the Post. Reach her at …"), removed from the text and kept here.
    """

    kind: ClassVar[str] = "byline"

    text: str
    authors: tuple[Author, ...] = ()
    agency: str | None = None
    editors: tuple[str, ...] = ()
    contributors: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    bio: str | None = None

    def supplier(self) -> str | None:
        """The agency of a byline that names only an agency ("By The Associated Press")."""
        return None if self.authors else self.agency


@attrs.frozen
class Bio(Credit):
    """An author's bio or contact line ("Jane Doe covers energy. Reach her at …").

    Not a metadata field of its own: it becomes the ``bio`` of the byline whose author it
    names.
    """

    kind: ClassVar[str] = "bio"

    text: str

    def names(self, author: Author) -> bool:
        """Whether the line names ``author`` (the full name, the surname as a word, or the
        first name as the line's first word: "Lena covers energy for the Post.")."""
        name = author.name.strip()
        if not name:
            return False
        if name.casefold() in self.text.casefold():
            return True
        words = name.split()
        first, surname = words[0], words[-1]
        if len(words) > 1 and len(first) > 2 and self.text.startswith(first + " "):
            return True
        return len(surname) > 2 and surname in self.text.split()


@attrs.frozen
class WireCredit(Credit):
    """The news agency or partner a story came from, and the evidence that says so.

    ``evidence`` is ``"credit-line"`` (a standalone credit: "The-CNN-Wire"),
    ``"republication"`` (a note: "This story was originally published by …"),
    ``"dateline"``, ``"byline"``, ``"copyright"`` or ``"contributors"`` (taken from those
    credits when the page prints no credit line).
    """

    kind: ClassVar[str] = "wire"

    text: str
    agency: str
    evidence: str = "credit-line"


@attrs.frozen
class Dateline(Credit):
    """The opening "PLACE (AGENCY) —" of a wire story; ``text`` is the exact span.

    ``date`` is the date as printed ("March 3"); ``iso_date`` the same in ISO 8601:
    ``2025-03-03`` with a printed year, ``--03-03`` (month and day) without one.
    """

    kind: ClassVar[str] = "dateline"

    text: str
    place: str | None = None
    date: str | None = None
    agency: str | None = None
    iso_date: str | None = None

    def supplier(self) -> str | None:
        return self.agency


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
    """A copyright line: the latest year, the first year of a range, and the legal holder.

    ``agency`` is the canonical name of the news agency the holder is, if it is one, or of
    the syndicate the line says distributed the story ("… Distributed by Tribune Content
    Agency, LLC.").
    """

    kind: ClassVar[str] = "copyright"

    text: str
    year: int | None = None
    holder: str | None = None
    first_year: int | None = None
    agency: str | None = None

    def supplier(self) -> str | None:
        return self.agency


@attrs.frozen
class Timestamp(Credit):
    """A date printed on the page: ``text`` as printed, ``iso`` its ISO 8601 form.

    ``iso`` is a date (``2025-01-05``) or a date and time, with its UTC offset only when a
    zone is printed (``2025-01-05T21:47:00-05:00``); it is ``None`` for a relative time
    ("2 hours ago"), which stays as text.
    """

    kind: ClassVar[str] = "timestamp"

    text: str
    iso: str | None = None


@attrs.frozen
class Published(Timestamp):
    """When the story was published ("Published 9:47 PM EST, Jan 5, 2025")."""

    kind: ClassVar[str] = "published"


@attrs.frozen
class Updated(Timestamp):
    """When the story was last updated ("Updated 2 hours ago", "mis à jour le …")."""

    kind: ClassVar[str] = "updated"


@attrs.frozen
class ReadingTime(Credit):
    """A reading-time note ("6 min read", "Lesezeit 4 Minuten") and its minutes."""

    kind: ClassVar[str] = "reading_time"

    text: str
    minutes: int


CREDIT_KINDS: tuple[type[Credit], ...] = (
    Byline,
    WireCredit,
    Dateline,
    Contributors,
    Copyright,
    Published,
    Updated,
    ReadingTime,
)
"""Every credit kind, in the order of the metadata fields."""
