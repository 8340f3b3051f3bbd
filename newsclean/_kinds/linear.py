"""Regex patterns run by RE2, whose matching time grows linearly with the line: no clock needed.

User patterns are written in the ``regex`` module's syntax. Most of them mean the same under
RE2 once the shorthand classes are spelled out as Unicode properties (RE2's ``\\d``, ``\\w``
and ``\\s`` are ASCII only): :func:`linear_pattern` does that, and says ``None`` for a pattern
RE2 would read differently or cannot run (backreferences, lookaround, ``\\b``, nested sets,
``{,n}``, POSIX classes), which must then run on the backtracking engine.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["LineMatcher", "linear_matcher", "linear_pattern"]

LineMatcher = Callable[[str], Any]
"""A compiled pattern's ``fullmatch``, ``match`` or ``search``: a match object or ``None``."""

_WORD = r"\p{L}\p{M}\p{Nd}\p{Pc}"  # what the regex module's \w matches
_SPACE = r"\t-\r\x{1c}-\x{20}\x{85}\p{Z}"  # what its \s matches
_IN_CLASS = {"d": r"\p{Nd}", "D": r"\P{Nd}", "w": _WORD, "s": _SPACE}
_OUTSIDE = {
    **_IN_CLASS,
    "w": f"[{_WORD}]",
    "s": f"[{_SPACE}]",
    "W": f"[^{_WORD}]",
    "S": f"[^{_SPACE}]",
}
# escapes whose meaning differs under RE2 (word boundaries are ASCII there), or that switch
# on a quoted or named syntax the translation does not follow
_DIFFERENT = frozenset("bBQNZ")


def linear_pattern(pattern: str) -> str | None:
    """``pattern`` written for RE2 with the same meaning, or ``None`` where that cannot be.

    >>> linear_pattern(r"\\d+ comments?")
    '\\\\p{Nd}+ comments?'
    >>> linear_pattern(r"\\bnews\\b") is None
    True
    """
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            escape = pattern[i + 1 : i + 2]
            if escape in _DIFFERENT:
                return None
            if escape == "u" and len(pattern) >= i + 6:
                out.append("\\x{" + pattern[i + 2 : i + 6] + "}")
                i += 6
                continue
            table = _IN_CLASS if in_class else _OUTSIDE
            out.append(table.get(escape, char + escape))
            if in_class and escape in "WS":
                return None  # a negated class inside a class has no RE2 spelling
            i += 2
            continue
        if in_class:
            if char == "[":
                return None  # a nested set or a POSIX class: read differently by RE2
            if char == "]":
                in_class = False
        elif char == "[":
            in_class = True
            start = i + 1 + (pattern[i + 1 : i + 2] == "^")
            if pattern[start : start + 1] == "]":  # "[]…]": a literal "]" first
                out.append(pattern[i : start + 1])
                i = start + 1
                continue
        elif pattern.startswith("{,", i):
            return None  # "{,n}" is a quantifier for regex, literal text for RE2
        out.append(char)
        i += 1
    return "".join(out)


def linear_matcher(pattern: str, *, ignore_case: bool, how: str) -> LineMatcher | None:
    """RE2's ``how`` method ("fullmatch", "match", "search") for ``pattern``, if RE2 runs it
    with the same meaning; else ``None``."""
    spelled = linear_pattern(pattern)
    if spelled is None:
        return None
    import re2  # type: ignore[import-untyped]  # here: rules files need it, the built-in rules do not

    options = re2.Options()
    options.log_errors = False
    options.case_sensitive = not ignore_case
    try:
        compiled = re2.compile(spelled, options)
    except re2.error:
        return None  # lookaround, backreferences, possessive quantifiers, …
    method: LineMatcher = getattr(compiled, how)
    return method
