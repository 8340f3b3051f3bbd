"""Bylines that page text spreads over several lines, or prints without a by-word.

Full-page text seldom keeps "By Ana Ruiz" on one line. Three shapes are read here, each
from a line a gate picks (see :data:`GATE`):

* **opening alone**: "By" (or "Von", "Autor:" …) on its own line, then name lines, each
  possibly followed by a role line, joined by lines such as "and";
* **name before the date**: a line of names (every part a person) right above the
  publication date, with at most a role, a handle or an "am" line between them;
* **name with separators**: "Ana Ruiz · Northfield News · Posted: Jan 5, 2025",
  "Gunter Frank / 22.04.2020 / 06:15", "Ana Ruiz | Reporter": a person first, then only
  outlets, roles, dates and stamps.

The last two have no by-word, so both the position and every part of the line must say
"byline" (precision first).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsclean._credits import Byline
from newsclean.parsers._names import classify, person_name, split_people
from newsclean.parsers.byline import parse_byline
from newsclean.parsers.dates import find_date
from newsclean.parsers.given_names import starts_with_given_name
from newsclean.parsers.lexicon import ParserGate, every
from newsclean.parsers.timestamps import is_stamp_line

__all__ = ["GATE", "read_block"]

MAX_NAME_LINE = 80
_OPENINGS = (*every("openings"), *every("labels"))
_OPENING_ALONE = regex.compile(
    r"(?i)(?:" + "|".join(sorted(map(regex.escape, _OPENINGS), key=len, reverse=True)) + r")\s*:?"
)
_JOINERS = frozenset(("and", "und", "et", "y", "e", "i", "en", "&", ",", "/"))
_SEPARATORS = regex.compile(
    r"\s+(?://?|[·•|–—-]|(?i:by|von|par|por|door))\s+|\s*[·•|]\s*|(?<=\d)\s*[-–—]\s+"
)
_PICTURE_CREDIT = regex.compile(
    r"(?i)©|\(c\)|\b(?:fotos?|photos?|bild|bilder|image|images|imagen|immagine|foto\s*:|credit)\b"
)
_BY_WORD = regex.compile(r"(?i)^(?:by|von|par|por|di|door)\s+")
_COUNT = regex.compile(r"(?:^|\s)\d{1,6}(?:\s+\p{L}{3,20})?$")
_HANDLE = regex.compile(r"@\w{2,30}")
_STAMP_WORDS = frozenset(w for w in (*every("published"), *every("updated")) if " " not in w)
_SMALL = frozenset(("am", "on", "le", "el", "il", "em", "at", "|", "-", "–", "—", "·", "•"))
_SENTENCE = regex.compile(r"[.!?…]['’”\"»)]?$")
GATE = ParserGate(
    max_chars=MAX_NAME_LINE + 40,
    words=tuple(sorted({o for o in _OPENINGS if " " not in o})),
    starts=tuple(sorted({o for o in _OPENINGS if " " in o})),
    triggers=("·", "•", "|", " – ", " — "),
)
"""Lines a block may be found from: an opening or a line with separators. Lines with a
date are the timestamp rule's: their rule hands them over (``dated`` for stamp lines)."""


def read_block(
    lines: Sequence[str], index: int, *, dated: bool = False, stamped: bool = False
) -> tuple[Byline, tuple[int, ...]] | None:
    """The byline that line ``index`` opens, ends or is, and the lines it spans.

    ``dated`` says that line ``index`` is a publication or update stamp and nothing else
    (see :func:`newsclean.parsers.timestamps.is_stamp_line`), ``stamped`` that it holds one.
    """
    line = _content(lines[index])
    if not line or len(line) > GATE.max_chars:
        return None
    if _OPENING_ALONE.fullmatch(line):
        return _after_opening(lines, index, line)
    if dated:
        block = _before_date(lines, index) or _after_date(lines, index)
        if block is not None:
            return block
    if not stamped and not any(t in line for t in GATE.triggers):
        return None  # the gate hands over no other line
    return _separated(line, index)


def _content(line: str) -> str:
    """A line without the whitespace and list bullets around it ("  * Ana Ruiz")."""
    return line.strip().lstrip("*•·+>» \t").strip()


def _after_opening(
    lines: Sequence[str], index: int, opening: str
) -> tuple[Byline, tuple[int, ...]] | None:
    """ "By" / "Ana Ruiz" / "Senior Reporter" / "and" / "Tom Field" → one byline."""
    parts: list[str] = []
    spanned = [index]
    j: int | None = index
    while len(spanned) < 9 and j is not None:
        j = _next_content(lines, j)
        if j is None:
            break
        text = _content(lines[j])
        if text.casefold() in _JOINERS:
            if not parts:
                return None
            parts.append("and")
        elif _is_credit_piece(text):
            if parts and parts[-1] != "and":
                parts.append(",")
            parts.append(text)
        else:
            break
        spanned.append(j)
    while parts and parts[-1] in ("and", ","):
        parts.pop()
        spanned.pop()
    if not parts:
        return None
    body = " ".join(parts).replace(" ,", ",")
    record = parse_byline(f"{opening} {body}")
    if record is None or not (record.authors or record.agency):
        return None
    text = "\n".join(lines[i].strip() for i in spanned)
    return _with_text(record, text), tuple(spanned)


def _is_credit_piece(text: str) -> bool:
    """A line of a byline block: names, a role, an outlet ("Ana Ruiz", "Senior Reporter")."""
    if len(text) > MAX_NAME_LINE or (_SENTENCE.search(text) and not text.endswith(" Jr.")):
        return False
    for part in split_people(text):
        kind = classify(part)
        if kind == "person" and not starts_with_given_name(part):
            return False  # "Autor" / "Jon Nitz" / "Vorheriger Beitrag"
        if kind not in ("person", "role", "agency", "outlet"):
            return False
    return True


def _before_date(lines: Sequence[str], index: int) -> tuple[Byline, tuple[int, ...]] | None:
    """A names line right above the date line ``index`` (a role or handle may sit between)."""
    j: int | None = index
    between: list[int] = []
    for _ in range(4):
        j = _previous_content(lines, j) if j is not None else None
        if j is None:
            return None
        text = _content(lines[j])
        if text.casefold() in _SMALL or _HANDLE.fullmatch(text) or _is_role_line(text):
            between.append(j)
            continue
        names = _names_only(text)
        if names is None:
            return None
        roles = [_content(lines[i]) for i in reversed(between) if _is_role_line(_content(lines[i]))]
        record = parse_byline(", ".join((text, *roles)))
        if record is None or not record.authors:
            return None
        spanned = (j, *sorted(i for i in between if _is_role_line(_content(lines[i]))))
        return _with_text(record, "\n".join(lines[i].strip() for i in spanned)), spanned
    return None


def _after_date(lines: Sequence[str], index: int) -> tuple[Byline, tuple[int, ...]] | None:
    """A names line right below the date line ``index`` ("* 19. Oktober 2019" / "* Ana Ruiz")."""
    j = _next_content(lines, index)
    if j is None:
        return None
    text = _content(lines[j])
    if _names_only(text) is None:
        return None
    record = parse_byline(text)
    if record is None or not record.authors:
        return None
    return _with_text(record, lines[j].strip()), (j,)


def _names_only(text: str) -> list[str] | None:
    """The names of a line that is nothing but one to four people's names, else ``None``."""
    if len(text) > MAX_NAME_LINE or _SENTENCE.search(text):
        return None
    parts = split_people(text)
    if not 1 <= len(parts) <= 4 or any(len(p.split()) > 3 for p in parts):
        return None  # "Queen Bia Headlines Big Belasco Show" is a headline
    names = [person_name(p) for p in parts]
    if any(n is None for n in names) or any(classify(p) != "person" for p in parts):
        return None
    if not all(starts_with_given_name(n) for n in names if n):
        return None  # "Vorheriger Beitrag", "Queen Bia Headlines Big Belasco Show"
    return [n for n in names if n]


def _is_role_line(text: str) -> bool:
    return len(text) <= 60 and classify(text) == "role"


def _separated(line: str, index: int) -> tuple[Byline, tuple[int, ...]] | None:
    """ "Ana Ruiz · Northfield News · Posted: Jan 5, 2025", "25.10.2022 - Reiner Nagel" → a byline.

    The line splits at separators (and around its date) into one person's or several
    people's names and pieces that are each a date, a stamp, a role, an outlet, a handle or
    a count ("5 Comments"); at least one piece must be a date, a role or an outlet.
    """
    printed = line
    if not any(starts_with_given_name(_BY_WORD.sub("", p)) for p in _SEPARATORS.split(line)):
        return None  # no piece starts with a given name: most lines are dismissed here
    if _PICTURE_CREDIT.search(line):
        return None  # "(c) TV Thermen- & Vulkanland | Michael Königshofer" credits a photo
    date = find_date(line)
    if date is not None:
        line = f"{line[: date.start]} | {line[date.end :]}"
    pieces = [p.strip(" -–—") for p in _SEPARATORS.split(line) if p.strip(" -–—")]
    if not 2 <= len(pieces) + (date is not None) <= 7:
        return None
    evidence = date is not None
    names: str | None = None
    for piece in pieces:
        piece = _COUNT.sub("", _BY_WORD.sub("", piece)).strip()
        if not piece:
            continue
        kind = classify(piece)
        if names is None and kind == "person" and _names_only(piece) is not None:
            names = piece
        elif kind in ("role", "outlet") or is_stamp_line(piece):
            evidence = True
        elif not (_HANDLE.fullmatch(piece) or _is_stamp_word(piece) or _COUNT.fullmatch(piece)):
            return None
    if names is None or not evidence:
        return None
    record = parse_byline(names)
    if record is None or not record.authors:
        return None
    return _with_text(record, printed), (index,)


def _is_stamp_word(piece: str) -> bool:
    return piece.casefold().rstrip(":") in _STAMP_WORDS


def _with_text(record: Byline, text: str) -> Byline:
    return Byline(
        text=text,
        authors=record.authors,
        agency=record.agency,
        editors=record.editors,
        contributors=record.contributors,
    )


def _next_content(lines: Sequence[str], index: int) -> int | None:
    for j in range(index + 1, min(len(lines), index + 4)):
        if lines[j].strip():
            return j
    return None


def _previous_content(lines: Sequence[str], index: int) -> int | None:
    for j in range(index - 1, max(-1, index - 4), -1):
        if lines[j].strip():
            return j
    return None
