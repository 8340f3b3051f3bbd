"""A document seen as lines with their offsets: what rules look at."""

from __future__ import annotations

import re
from collections.abc import Container
from itertools import accumulate, repeat
from operator import add

__all__ = [
    "CJK_PARAGRAPH_CHARS",
    "CREDIT_WINDOW",
    "PARAGRAPH_CHARS",
    "PARAGRAPH_WORDS",
    "Document",
]

PARAGRAPH_CHARS = 150
PARAGRAPH_WORDS = 20
CREDIT_WINDOW = 40
CJK_PARAGRAPH_CHARS = 60
"""A paragraph of Chinese or Japanese (written without spaces between words) has this many
characters or more, most of them CJK letters, and two clause marks ("。", "，") or more."""
_CJK_LETTER = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
"""How many lines around the story's first paragraph the main story's credits may be."""

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class Document:
    """The lines of a text (without their line breaks) and where each starts in the text.

    Line breaks are ``\\n``, ``\\r\\n`` and a lone ``\\r``; nothing else splits a line.
    Only the split into lines is done up front; offsets and the case-folded text are
    computed the first time they are asked for, so a document nothing is removed from
    costs little more than ``text.split("\\n")``.
    """

    __slots__ = ("_folded", "_joined", "_starts", "lines", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        # the lines joined by "\n" alone (the text itself unless it has "\r" line breaks)
        self._joined = text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text
        self.lines: list[str] = self._joined.split("\n")
        self._starts: list[int] | None = None
        self._folded: str | None = None

    @property
    def starts(self) -> list[int]:
        """The offset in :attr:`text` where each line starts."""
        if self._starts is None:
            text, lines = self.text, self.lines
            if self._joined is text or text.count("\r\n") == len(lines) - 1:
                # every line break has the same length: 1, or 2 for "\r\n" throughout
                width = 1 if self._joined is text else 2
                lengths = map(add, map(len, lines[:-1]), repeat(width))
                self._starts = list(accumulate(lengths, initial=0))
            else:  # mixed line breaks
                self._starts = [0, *(m.end() for m in _LINE_BREAK.finditer(text))]
        return self._starts

    def folded(self) -> str:
        """The lines case-folded, each after a ``\\n`` (what gates scan).

        Line ``i`` of the document is line ``i + 1`` of this text.
        """
        if self._folded is None:
            self._folded = ("\n" + self._joined).casefold()
        return self._folded

    def story_start(self, furniture: Container[int] = ()) -> int | None:
        """The index of the story's first paragraph: the first line of at least
        :data:`PARAGRAPH_CHARS` characters and :data:`PARAGRAPH_WORDS` words (in Chinese or
        Japanese, see :data:`CJK_PARAGRAPH_CHARS`) that is not in
        ``furniture`` (lines rules already removed, such as a cookie notice); ``None`` if none.

        Credits of the main story sit around it; what lies far below it is comments,
        teasers and footers.
        """
        for i, line in enumerate(self.lines):
            long = len(line) >= PARAGRAPH_CHARS and line.count(" ") >= PARAGRAPH_WORDS - 1
            if (long or ("。" in line and _cjk_paragraph(line))) and i not in furniture:
                return i
        return None

    def credits_end(self, furniture: Container[int] = ()) -> int:
        """The first line past :data:`CREDIT_WINDOW` lines below the story's first paragraph."""
        start = self.story_start(furniture)
        return len(self.lines) if start is None else start + CREDIT_WINDOW

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


def _cjk_paragraph(line: str) -> bool:
    """Whether ``line`` is a paragraph of Chinese or Japanese prose (see
    :data:`CJK_PARAGRAPH_CHARS`): a line with a "。" is tested further, others are not."""
    if len(line) < CJK_PARAGRAPH_CHARS or "。" not in line:
        return False
    if line.count("。") + line.count("，") < 2:
        return False
    return len(_CJK_LETTER.findall(line)) * 2 >= len(line.strip())
