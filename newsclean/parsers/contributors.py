"""Contributor lines: "X, Y and Z contributed reporting." and their kin."""

from __future__ import annotations

import regex

from newsclean._records import Contributors
from newsclean.parsers.agencies import find_agency

__all__ = ["parse_contributors"]

# A whitespace run is entered only at its start and never given back (possessive), so a
# long run of spaces costs linear time, not quadratic or cubic.
_TAIL = regex.compile(
    r"(?i)(?<!\s)\s++(?:also\s++)?contributed(?:\s+(?:reporting|research|to\s+(?:this|the)\s+"
    r"(?:report|story|article)))?(?:\s+(?:from|in)\s+[^.]{1,60})?\s*\.?\s*$"
)
_HEAD = regex.compile(r"(?i)^\s*(?:additional\s+reporting\s+by|reporting\s+by|mitarbeit\s*:)\s+")
_SPLIT = regex.compile(r"(?:(?<!\s)\s++)?(?:,\s*+(?:and\s++)?|&\s*+|;\s*+)|(?<!\s)\s++and\s++")
_GROUP_WORDS = regex.compile(
    r"(?i)(?:['’]s\s|\b(?:bureau|desk|staff|team|newsroom|writers?|correspondents?|agenc(?:y|ies))\b)"
)


def parse_contributors(line: str) -> Contributors | None:
    """People and groups credited in a contributor line, else ``None``.

    >>> parse_contributors("Wayne Cheng and Sandi Sidhu contributed reporting.").people
    ('Wayne Cheng', 'Sandi Sidhu')
    """
    text = line.strip()
    if not text or len(text) > 400:
        return None
    tail = _TAIL.search(text)
    if tail is not None:
        names = text[: tail.start()]
    else:
        head = _HEAD.match(text)
        if head is None:
            return None
        names = text[head.end() :].rstrip(" .")
    parts = [p.strip() for p in _SPLIT.split(names) if p.strip()]
    if not parts or any(len(p.split()) > 6 for p in parts):
        return None
    people: list[str] = []
    groups: list[str] = []
    for part in parts:
        if _GROUP_WORDS.search(part) or find_agency(part):
            groups.append(part)
        elif part[:1].isupper():
            people.append(part)
        else:
            return None
    return Contributors(text=text, people=tuple(people), groups=tuple(groups))
