"""An author's bio below the story that opens with the byline author's first or full name:
"Lena covers energy for the Post.", "Lena Berg is a writer for the Post."."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs
import regex

import newsclean._pattern_cache as _pattern_cache
from newsclean._credits import Bio, Byline
from newsclean._document import Document
from newsclean._kinds.layout import first_paragraph
from newsclean._rule import Rule, Stage, Tag
from newsclean._text import SENTENCE_END

__all__ = ["FirstNameBioRule"]


@attrs.frozen(kw_only=True)
class FirstNameBioRule(Rule):
    """Removes a bio line below the story's last paragraph that opens with the first or full
    name of an author the page's byline credits, followed by words that
    ``pattern`` matches at the start of the rest of the line ("covers energy for",
    "ist Redakteurin"), and reads it into a :class:`~newsclean._credits.Bio` record.

    The story's last paragraph is the last line of ``paragraph_chars`` or more that ends
    like a sentence and that no earlier rule removed. The bio is at most ``max_chars`` characters and ends like
    a sentence; without a byline naming its author a line stays. Some truths of the dev
    corpus count a bio opened by the full name ("Jane Doe is a writer for …") as the story's
    last paragraph; the bio is the byline's, as a credit line is, and stays in the metadata.
    """

    pattern: str
    max_chars: int = 500
    paragraph_chars: int = 100
    stage: Stage = "structure"
    _compiled: regex.Pattern[str] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_compiled", _pattern_cache.compile(self.pattern))

    def tag(self, doc: Document, found: Sequence[Tag]) -> Iterable[Tag]:
        names = _author_names(found)
        if not names:
            return []
        openings = tuple(name + " " for name in names)
        lines = doc.lines
        opened = [i for i, line in enumerate(lines) if line.lstrip().startswith(openings)]
        if not opened:
            return []
        furniture = {t.line for t in found if t.remove}
        taken = furniture | {t.line for t in found if t.record is not None}
        # the bio itself may be long enough for a paragraph: it is not the story's last one
        skip = furniture.union(opened)
        last = first_paragraph(lines, self.paragraph_chars, range(len(lines) - 1, -1, -1), skip)
        if last is None:  # every paragraph is furniture: measure by those (as body_span)
            last = first_paragraph(lines, self.paragraph_chars, sorted(furniture, reverse=True))
        if last is None:
            return []
        tags: list[Tag] = []
        for i in opened:
            text = lines[i].strip()
            if i <= last or i in taken or len(text) > self.max_chars:
                continue
            if not text.endswith(SENTENCE_END):
                continue
            name = next(n for n in names if text.startswith(n + " "))
            rest = text[len(name) + 1 :]
            if self._compiled.match(rest.lstrip()):
                tags.append(Tag(i, self.id, record=Bio(text)))
        return tags


def _author_names(found: Sequence[Tag]) -> tuple[str, ...]:
    """The first and full names of the authors the bylines found so far credit (longest
    first; a first name of fewer than three letters is left out, and so is a one-word name)."""
    names: set[str] = set()
    for tag in found:
        if isinstance(tag.record, Byline):
            for author in tag.record.authors:
                words = author.name.split()
                if len(words) >= 2 and len(words[0]) >= 3 and words[0][0].isupper():
                    names.add(words[0])
                    names.add(author.name)
    return tuple(sorted(names, key=len, reverse=True))
