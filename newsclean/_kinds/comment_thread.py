"""Readers' comments below the story: the thread under a comment heading, told by the
signatures that open or close each comment ("9. 20. Jul, 2012 / Anna says:", "Posted by:
Tom | March 3, 2012 at 10:59 AM")."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs
import regex

import newsclean._pattern_cache as _pattern_cache
from newsclean._document import Document
from newsclean._kinds.layout import first_paragraph
from newsclean._rule import Rule, Stage, Tag

__all__ = ["CommentThreadRule"]


# A clock time ("5:04", "10h27"), which a story's dated quotation seldom gives.
_TIME = _pattern_cache.compile(r"\b\d{1,2}[:h]\d{2}\b")


@attrs.frozen(kw_only=True)
class CommentThreadRule(Rule):
    """Removes a thread of readers' comments: every line from a comment heading to the last
    comment of the thread.

    The heading is a line one of ``openers`` removed ("Comments", "28 Comments", "Leave a
    Reply") below the page's first paragraph (a line of ``paragraph_chars`` or more that ends
    like a sentence). A signature is a line of at most ``max_chars`` characters that
    ``signature`` matches in full, with a date or a time (``dated``) on the line below
    ("Anna says:" / "July 10, 2012 at 5:04 pm") or in it, set apart by one of
    ``separators`` ("20. Jul, 2012 / maq203 says:", "Posted by: Tom | March 3, 2012") or
    with a clock time ("Anna on July 10, 2012 at 5:04 pm said:"), or a line one of
    ``signature_rules`` took. The first signature stands at most ``reach`` content lines below the heading, each
    next one at most ``gap`` below the one before; a thread needs ``min_signatures``. Below
    the last signature, its comment reaches the next line an earlier rule removed ("Reply",
    the comment form; not a parsed date) when that is at most ``gap`` content lines away;
    otherwise it stays.
    Without a heading, signatures remove nothing: a story may quote a letter ("In 2012, the
    minister wrote:").
    """

    openers: tuple[str, ...]
    signature: str
    dated: str
    signature_rules: tuple[str, ...] = ()
    separators: str = "/|·•—–@"
    max_chars: int = 160
    reach: int = 12
    gap: int = 20
    min_signatures: int = 2
    paragraph_chars: int = 100
    stage: Stage = "structure"
    _signature: regex.Pattern[str] = attrs.field(init=False, eq=False, repr=False)
    _dated: regex.Pattern[str] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        compiled = _pattern_cache.compile(self.signature, regex.IGNORECASE)
        object.__setattr__(self, "_signature", compiled)
        object.__setattr__(self, "_dated", _pattern_cache.compile(self.dated))

    def tag(self, doc: Document, found: Sequence[Tag]) -> Iterable[Tag]:
        openers = sorted({t.line for t in found if t.remove and t.rule in self.openers})
        if not openers:
            return []
        lines = doc.lines
        start = first_paragraph(lines, self.paragraph_chars, range(len(lines)))
        if start is None:
            return []
        records = {t.line for t in found if t.record is not None}
        removed = {t.line for t in found if t.remove} - records
        taken = removed | records
        signed = {t.line for t in found if t.rule in self.signature_rules}
        tags: list[Tag] = []
        end = start
        for opener in openers:
            if opener <= end:
                continue  # above the first paragraph, or inside a thread found already
            last = self._thread_end(doc, opener, signed, removed, records)
            if last is None:
                continue
            tags.extend(
                Tag(i, self.id)
                for i in range(opener + 1, last + 1)
                if i not in taken and lines[i].strip()
            )
            end = last
        return tags

    def _thread_end(
        self, doc: Document, opener: int, signed: set[int], removed: set[int], records: set[int]
    ) -> int | None:
        """The last line of the thread under the heading ``opener``, or None."""
        lines = doc.lines
        signatures: list[int] = []
        since = 0  # content lines since the heading or the last signature
        for i in range(opener + 1, len(lines)):
            if not lines[i].strip():
                continue
            if self._is_signature(doc, i, signed):
                signatures.append(i)
                since = 0
                continue
            since += 1
            if since > (self.gap if signatures else self.reach):
                break
        if len(signatures) < self.min_signatures:
            return None
        last = signatures[-1]
        since = 0
        for i in range(last + 1, len(lines)):
            if not lines[i].strip() or i in records:
                continue  # the comment's date below its signature
            if i in removed:
                return i - 1
            since += 1
            if since > self.gap:
                break
        return last

    def _is_signature(self, doc: Document, index: int, signed: set[int]) -> bool:
        if index in signed:
            return True
        text = doc.lines[index].strip()
        if len(text) > self.max_chars or self._signature.fullmatch(text) is None:
            return False
        if self._dated.search(text):
            # a date beside the name, set apart ("20. Jul, 2012 / maq203 says:") or with
            # its time ("Anna on July 10, 2012 at 5:04 pm said:"); not "On March 3, 2012,
            # the minister said:", a story's quotation
            return _TIME.search(text) is not None or any(m in text for m in self.separators)
        below = doc.next_content(index)
        return (
            below is not None and self._dated.search(doc.lines[below][: self.max_chars]) is not None
        )
