"""An author's bio below the story that opens with the byline author's first name:
"Lena covers energy for the Post."."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs
import regex

import newsclean._pattern_cache as _pattern_cache
from newsclean._credits import Bio, Byline
from newsclean._document import Document
from newsclean._kinds.layout import body_span
from newsclean._rule import Rule, Stage, Tag
from newsclean._text import SENTENCE_END

__all__ = ["FirstNameBioRule"]


@attrs.frozen(kw_only=True)
class FirstNameBioRule(Rule):
    """Removes a bio line below the story's last paragraph that opens with the first name
    of an author the page's byline credits, followed by words that
    ``pattern`` matches at the start of the rest of the line ("covers energy for",
    "ist Redakteurin"), and reads it into a :class:`~newsclean._credits.Bio` record.

    Body paragraphs are as :class:`SectionLineRule`'s (``paragraph_chars`` or more, ending
    like a sentence, not removed). The bio is at most ``max_chars`` characters and ends like
    a sentence; without a byline naming its author a line stays. A bio opened by the full
    name stays too: outlets print it as the story's own last paragraph ("Jane Doe is a
    writer for …").
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
        furniture = {t.line for t in found if t.remove}
        taken = furniture | {t.line for t in found if t.record is not None}
        body = body_span(doc.lines, furniture, self.paragraph_chars)
        if body is None:
            return []
        tags: list[Tag] = []
        for i in range(body[1] + 1, len(doc.lines)):
            text = doc.lines[i].strip()
            if i in taken or not text or len(text) > self.max_chars:
                continue
            if not text.endswith(SENTENCE_END):
                continue
            rest = next((text[len(n) :] for n in names if text.startswith(n + " ")), None)
            if rest is not None and self._compiled.match(rest.lstrip()):
                tags.append(Tag(i, self.id, record=Bio(text)))
        return tags


def _author_names(found: Sequence[Tag]) -> tuple[str, ...]:
    """The first names of the authors the bylines found so far credit (longest first; a
    first name of fewer than three letters is left out, and so is a one-word name)."""
    names: set[str] = set()
    for tag in found:
        if isinstance(tag.record, Byline):
            for author in tag.record.authors:
                words = author.name.split()
                if len(words) >= 2 and len(words[0]) >= 3 and words[0][0].isupper():
                    names.add(words[0])
    return tuple(sorted(names, key=len, reverse=True))
