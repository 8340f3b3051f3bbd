"""The loops of the shape and line rules over their lines: which lines pass a rule's test.

Plain functions (this module defines no attrs class), compiled in the compiled variant (see
``newsclean.compiled``): the rules call them with their settings.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from typing import Any, TypeVar

from newsclean._text import EDGE_MARKS

__all__ = ["in_runs", "parsed_lines", "passing_lines", "shape_lines"]

Parsed = TypeVar("Parsed")


def shape_lines(
    lines: Sequence[str],
    candidates: Iterable[int],
    *,
    fullmatch: Callable[[str], Any],
    first_chars: str,
    first_words: Collection[str],
    initials: str,
    max_chars: int,
    required: Callable[[str], Any] | None,
) -> list[int]:
    """The ``candidates`` whose stripped text ``fullmatch`` matches (see
    :class:`~newsclean._kinds.structure.ShapeRule`): at most ``max_chars`` characters, a
    first character in ``first_chars`` or a first word in ``first_words`` (whose initials are
    ``initials``), and one of the ``required`` strings in the case-folded text."""
    found = []
    for i in candidates:
        line = lines[i]
        if not line or len(line) > max_chars:
            continue
        if first_words:
            text = line.strip().lstrip(EDGE_MARKS)
            if not text or text[0] not in initials:
                continue
            if text.split(None, 1)[0].rstrip(EDGE_MARKS).casefold() not in first_words:
                continue
        else:
            text = line.strip()
            if not text or text[0] not in first_chars:
                continue
        if required is not None and required(text.casefold()) is None:
            continue
        if fullmatch(text):
            found.append(i)
    return found


def in_runs(lines: Sequence[str], found: Sequence[int], min_run: int) -> list[int]:
    """The ``found`` lines (ascending) that stand in a run of at least ``min_run`` of them,
    with only blank lines between neighbours."""
    kept: list[int] = []
    run: list[int] = []
    for i in found:
        if run and any(lines[j].strip() for j in range(run[-1] + 1, i)):
            if len(run) >= min_run:
                kept.extend(run)
            run = []
        run.append(i)
    if len(run) >= min_run:
        kept.extend(run)
    return kept


def passing_lines(
    lines: Sequence[str], test: Callable[[str], bool], max_chars: int, first_chars: str
) -> list[int]:
    """The lines whose text without surrounding whitespace is not empty, has at most
    ``max_chars`` characters, begins with one of ``first_chars`` (if given) and passes
    ``test`` (see :class:`~newsclean._kinds.line.LineRule`)."""
    found = []
    for i, line in enumerate(lines):
        if not line or (first_chars and line[0] not in first_chars and not line[0].isspace()):
            continue  # blank, or its text begins with ``line[0]``, none of ``first_chars``
        text = line.strip()
        if (
            text
            and len(text) <= max_chars
            and (not first_chars or text[0] in first_chars)
            and test(text)
        ):
            found.append(i)
    return found


def parsed_lines(
    lines: Sequence[str],
    candidates: Iterable[int],
    parse: Callable[[str], Parsed | None],
    max_chars: int,
) -> list[tuple[int, Parsed]]:
    """The ``candidates`` of at most ``max_chars`` characters that ``parse`` reads, with what
    it reads (see :class:`~newsclean._kinds.parser.LineParserRule`)."""
    found = []
    for i in candidates:
        line = lines[i]
        if len(line) > max_chars:
            continue
        record = parse(line)
        if record is not None:
            found.append((i, record))
    return found
