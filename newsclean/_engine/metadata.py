"""Which of the credits found in a document become its metadata.

One credit per kind, in general the first in document order. Two kinds are chosen by
position instead, because pages print other stories' credits too (teaser lists, comment
threads, "more from" boxes): the byline and the dates are the ones in the byline position
of the main story, i.e. the last ones within :data:`WINDOW` lines before the story's first
paragraph (:meth:`Document.story_start`), else the first ones after that paragraph starts, else the
first ones; bylines a line or two apart around the chosen byline, each naming people, are
one byline printed over lines and give their authors too. Before that choice, a teaser list's
bylines above the story are set aside (bylines a few lines apart, each after its entry's
headline, the last one with a headline between it and the story too): a story whose only
bylines are its teasers' has none. When no credit line names a wire,
``wire`` comes from the dateline, an agency-only byline, an agency's copyright line or a
contributor line that names an agency ("Avec AFP", "Mit Material von dpa"), with that evidence.
A page that prints a dated update stamp and no publication stamp has that stamp as
``published`` too (its ``updated`` stays). An author's bio line becomes the ``bio`` of the chosen byline when it names
one of the byline's authors.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence

import attrs

from newsclean._credits import Bio, Byline, Contributors, Credit, Published, Updated, WireCredit
from newsclean._document import CREDIT_WINDOW, Document
from newsclean._result import Metadata
from newsclean._rule import Tag
from newsclean._text import EMAIL, HANDLE
from newsclean.parsers.agencies import find_agency
from newsclean.parsers.given_names import starts_with_given_name

__all__ = ["NO_METADATA", "WINDOW", "choose_metadata"]

NO_METADATA = Metadata()
WINDOW = CREDIT_WINDOW
_BY_POSITION = ("byline", "published", "updated")
_WIRE_EVIDENCE = ("dateline", "byline", "copyright", "contributors")


def choose_metadata(doc: Document, found: Sequence[Tag]) -> Metadata:
    """The metadata the credits attached to ``found`` give (see the module docstring)."""
    by_kind: dict[str, list[tuple[int, Credit]]] = {}
    for tag in found:
        if tag.record is not None:
            by_kind.setdefault(tag.record.kind, []).append((tag.line, tag.record))
    bios = [credit for _, credit in sorted(by_kind.pop(Bio.kind, []), key=lambda e: e[0])]
    if not by_kind:
        return NO_METADATA
    chosen: dict[str, Credit] = {}
    start: int | None = -1
    for kind, credits in by_kind.items():
        credits.sort(key=lambda entry: entry[0])
        if kind in _BY_POSITION and len(credits) > 1:
            if start == -1:
                start = doc.story_start({t.line for t in found if t.remove and t.record is None})
            if kind == Byline.kind:
                credits = _without_teasers(doc, credits, start, found)
                if not credits:
                    continue  # every byline is a teaser list's entry's: the story has none
            line, placed = _in_byline_position(credits, start)
            chosen[kind] = _with_next(doc, credits, line, placed) if kind == Byline.kind else placed
        else:
            chosen[kind] = credits[0][1]
    if "wire" not in chosen:
        for kind in _WIRE_EVIDENCE:
            credit = chosen.get(kind)
            agency = _supplier(credit) if credit is not None else None
            if credit is not None and agency is not None:
                text = str(getattr(credit, "text", ""))
                chosen["wire"] = WireCredit(text, agency, evidence=kind)
                break
    updated = chosen.get(Updated.kind)
    if Published.kind not in chosen and isinstance(updated, Updated) and updated.iso:
        # a page that prints only its update stamp ("Stand: 05.03.2024, 14:32 Uhr") gives no
        # better date for its publication
        chosen[Published.kind] = Published(updated.text, updated.iso)
    byline = chosen.get(Byline.kind)
    if bios and isinstance(byline, Byline):
        chosen[Byline.kind] = _with_bio(byline, bios)
    return Metadata(**chosen)  # type: ignore[arg-type]


def _supplier(credit: Credit) -> str | None:
    """The agency a credit says supplied the story; for a contributor line, the first group
    that is an agency of the table (a bureau or another paper is not)."""
    if isinstance(credit, Contributors):
        return next(filter(None, map(find_agency, credit.groups)), None)
    return credit.supplier()


def _with_bio(byline: Byline, bios: list[Credit]) -> Byline:
    """``byline`` with the first bio line that names one of its authors, if any."""
    for bio in bios:
        if isinstance(bio, Bio) and any(bio.names(author) for author in byline.authors):
            return attrs.evolve(byline, bio=bio.text)
    return byline


def _in_byline_position(credits: list[tuple[int, Credit]], start: int | None) -> tuple[int, Credit]:
    if start is None:
        return credits[0]
    credits = _unrepeated(credits, start)
    before = [entry for entry in credits if start - WINDOW <= entry[0] < start]
    if before:
        return before[-1]
    after = [entry for entry in credits if start <= entry[0] < start + WINDOW]
    return after[0] if after else credits[0]


LIST_GAP = 6
"""How many lines apart two bylines of a teaser list's entries may be."""
HEADLINE_WORDS = 3
"""The fewest words of a teaser's headline between two bylines of a teaser list."""
TEASER_RULES = frozenset(("teaser-list", "teaser-island"))
"""The rules that remove teaser lists' entries: their lines are headlines, text here."""


def _without_teasers(
    doc: Document, credits: list[tuple[int, Credit]], start: int | None, found: Sequence[Tag]
) -> list[tuple[int, Credit]]:
    """The bylines ``credits`` without a teaser list's above the story's first paragraph
    ``start``: bylines at most :data:`LIST_GAP` lines apart with a line of text between each
    two (an entry's headline of three words or more), the last of them with such a line
    between it and the story too (the story's own headline), no two alike (a site printing its
    byline twice). Credit lines and furniture other than teasers are no text. The
    story's own byline, right above its first paragraph, stays."""
    above = [line for line, _ in credits if start is not None and start - WINDOW <= line < start]
    if len(above) < 2 or start is None:
        return credits
    quiet = {t.line for t in found if t.record is not None}
    quiet |= {t.line for t in found if t.remove and t.rule not in TEASER_RULES}

    def worded(first: int, last: int) -> bool:  # a headline between: three words or more
        return any(
            doc.lines[i].count(" ") >= 2 and len(doc.lines[i].split()) >= HEADLINE_WORDS
            for i in range(first + 1, last)
            if i not in quiet
        )

    texts = {line: _text(credit) for line, credit in credits}

    listed = {
        line
        for upper, lower in itertools.pairwise(above)
        if lower - upper <= LIST_GAP and texts[upper] != texts[lower] and worded(upper, lower)
        for line in (upper, lower)
    }
    if above[-1] not in listed or not worded(above[-1], start):
        return credits
    return [entry for entry in credits if entry[0] not in listed]


NEXT_BYLINE = 2
"""How many lines apart two bylines may be and still be one byline printed over lines."""


def _with_next(
    doc: Document, credits: list[tuple[int, Credit]], line: int, credit: Credit
) -> Credit:
    """The byline ``credit`` on ``line`` with the authors of the bylines right above and below
    it, each at most :data:`NEXT_BYLINE` lines from the next with only blank lines between: one
    author a line ("By Ana Ruiz" / "By Tom Field"), or names going on below ("By Ana Ruiz" /
    "and Tom Field"); not a teaser list's ("By Ana Ruiz" / its blurb / "By Tom Field")."""
    if not isinstance(credit, Byline) or not credit.authors:
        return credit
    at = next(i for i, entry in enumerate(credits) if entry[0] == line)
    first = last = at
    while first > 0 and _continues(doc, credits[first - 1], credits[first]):
        first -= 1
    while last + 1 < len(credits) and _continues(doc, credits[last], credits[last + 1]):
        last += 1
    run = [other for _, other in credits[first : last + 1] if isinstance(other, Byline)]
    merged = run[0]
    for other in run[1:]:
        known = {author.name for author in merged.authors}
        authors = (*merged.authors, *(a for a in other.authors if a.name not in known))
        text = other.text if other.text.startswith(merged.text) else f"{merged.text}\n{other.text}"
        merged = attrs.evolve(merged, text=text, authors=authors)
    return merged


def _continues(doc: Document, upper: tuple[int, Credit], lower: tuple[int, Credit]) -> bool:
    """Whether the byline ``lower`` goes on with ``upper``: a line or two apart, blank lines
    between, both naming people whose names start with a known given name (not "Global
    Voices Latin America")."""
    between = range(upper[0] + 1, lower[0])
    if not 0 < lower[0] - upper[0] <= NEXT_BYLINE:
        return False
    if any(doc.lines[i].strip() and not _contact(doc.lines[i]) for i in between):
        return False  # text between them; a handle or an e-mail address is the writer's
    return all(
        isinstance(c, Byline)
        and c.authors
        and all(starts_with_given_name(author.name) for author in c.authors)
        for c in (upper[1], lower[1])
    )


def _contact(line: str) -> bool:
    """Whether ``line`` is a writer's handle or e-mail address alone ("@anaruiz")."""
    text = line.strip()
    return HANDLE.fullmatch(text) is not None or EMAIL.fullmatch(text) is not None


def _unrepeated(credits: list[tuple[int, Credit]], start: int) -> list[tuple[int, Credit]]:
    """``credits`` without those printed twice or more in the window above the story's
    start (a teaser list's "von KB_Redaktion" under each entry), unless every one there is
    (a site that prints its byline twice): the story's own byline is printed once there."""
    above = [(line, credit) for line, credit in credits if start - WINDOW <= line < start]
    printed = Counter(_text(credit) for _, credit in above)
    repeated = {line for line, credit in above if printed[_text(credit)] > 1}
    if not repeated or len(repeated) == len(above):
        return credits
    return [(line, credit) for line, credit in credits if line not in repeated]


def _text(credit: Credit) -> str:
    return str(getattr(credit, "text", ""))
