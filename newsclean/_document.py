"""A document seen as lines with their offsets: what rules look at."""

from __future__ import annotations

from itertools import accumulate

import regex

__all__ = ["Document"]

_LINE_BREAK = regex.compile(r"\r\n|\r|\n")


class Document:
    """The lines of a text (without their line breaks) and where each starts in the text.

    Line breaks are ``\\n``, ``\\r\\n`` and a lone ``\\r``; nothing else splits a line.
    """

    __slots__ = ("_key_cache", "lines", "starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        if "\r" in text:
            self.lines: list[str] = _LINE_BREAK.split(text)
            self.starts: list[int] = [0, *(m.end() for m in _LINE_BREAK.finditer(text))]
        else:
            self.lines = text.split("\n")
            self.starts = [0, *accumulate(len(line) + 1 for line in self.lines[:-1])]

    def __len__(self) -> int:
        return len(self.lines)

    def end(self, index: int) -> int:
        """Offset just past the content of line ``index`` (before its line break)."""
        return self.starts[index] + len(self.lines[index])

    def next_content(self, index: int, *, limit: int = 3) -> int | None:
        """The first non-blank line after ``index``, looking at most ``limit`` lines ahead."""
        lines = self.lines
        for j in range(index + 1, min(len(lines), index + 1 + limit)):
            if lines[j].strip():
                return j
        return None

    def previous_content(self, index: int, *, limit: int = 3) -> int | None:
        """The last non-blank line before ``index``, looking at most ``limit`` lines back."""
        lines = self.lines
        for j in range(index - 1, max(-1, index - 1 - limit), -1):
            if lines[j].strip():
                return j
        return None
