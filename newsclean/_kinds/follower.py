"""Rules that remove the lines that follow a furniture header found by another rule."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from newsclean._document import Document
from newsclean._rule import Rule, Tag, strings
from newsclean._text import SENTENCE_END, phrase_key

__all__ = ["FollowerRule"]

# What a rendered list item starts with.
_BULLETS = ("* ", "• ", "- ", "+ ")


@attrs.frozen(kw_only=True)
class FollowerRule(Rule):
    """Removes up to ``max_lines`` lines right after a line tagged by one of ``after``.

    A follower must be at most ``max_chars`` characters and ``max_words`` words, must
    contain one of ``contains`` (if given), and with ``fragment_only`` must not read as a
    sentence. The first line that fails ends the run, so a story paragraph after the
    furniture is never reached. With ``headings_only`` a header that is itself a list item
    ("* Latest News", an entry of a menu) has no followers: what comes after it is the rest
    of the menu and then the page's own headline.
    """

    after: tuple[str, ...] = attrs.field(converter=strings)
    contains: tuple[str, ...] = attrs.field(default=(), converter=strings)
    max_lines: int = 4
    max_chars: int = 300
    max_words: int = 60
    fragment_only: bool = False
    headings_only: bool = False

    @property
    def reads(self) -> tuple[str, ...]:
        return self.after

    def tag(self, doc: Document, found: Sequence[Tag]) -> Iterable[Tag]:
        after = self.after
        headers = sorted({t.line for t in found if t.rule in after and t.remove})
        if self.headings_only:
            headers = [i for i in headers if not doc.lines[i].lstrip().startswith(_BULLETS)]
        if not headers:
            return []
        tags = []
        taken: set[int] = set(headers)
        for header in headers:
            index = header
            for _ in range(self.max_lines):
                nxt = doc.next_content(index)
                if nxt is None or nxt in taken or not self._follows(doc.lines[nxt]):
                    break
                taken.add(nxt)
                tags.append(Tag(nxt, self.id))
                index = nxt
        return tags

    def _follows(self, line: str) -> bool:
        text = line.strip()
        if len(text) > self.max_chars or (self.fragment_only and text.endswith(SENTENCE_END)):
            return False
        # n words take at least 2n - 1 characters: only a long line needs counting
        if len(text) > 2 * self.max_words and len(text.split()) > self.max_words:
            return False
        if self.contains:
            key = phrase_key(text)
            return any(word in key for word in self.contains)
        return True
