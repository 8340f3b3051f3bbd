"""The page below the article: short fragments after the furniture that ends a story."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from newsclean._document import Document
from newsclean._kinds.structure import NavigationRunRule, is_fact
from newsclean._rule import Tag, strings
from newsclean._text import SENTENCE_END

__all__ = ["FooterFragmentRule"]

# Rendered list items below the article (inscriptis' bullets; "- " also opens story lists and
# dialogue in extracted text) are teasers even when they end like a sentence and run longer.
_TEASER_BULLETS = ("* ", "• ", "+ ", "o ")
_TEASER_EXTRA = 80


@attrs.frozen(kw_only=True)
class FooterFragmentRule(NavigationRunRule):
    """Removes short fragments below the furniture that ends the article.

    Below the last body paragraph (found as for :class:`NavigationRunRule`), the first line
    that one of the ``after`` rules removed (a share row, a comment heading, a related
    list, a copyright line) marks the end of the story. Every later line of at most
    ``max_chars`` characters that does not end like a sentence and is not a
    "label: value" fact is page furniture: widget titles, teaser headlines, form labels,
    footer links. Sentences and longer lines there stay (a comment, a footnote), and so do
    the lines of hard-wrapped prose (a line that starts in lower case, or that the next line
    continues in lower case); a bulleted line ("* ", "• ", "+ ", "o ") of up to 80 more
    characters goes even when it ends like a sentence (a teaser with its dek).
    """

    after: tuple[str, ...] = attrs.field(converter=strings)
    max_chars: int = 120
    _after: frozenset[str] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_after", frozenset(self.after))

    @property
    def reads(self) -> tuple[str, ...]:
        return self.after

    def tag(self, doc: Document, found: Sequence[Tag]) -> Iterable[Tag]:
        after = self._after
        ends = {tag.line for tag in found if tag.rule in after and tag.remove}
        if not ends:
            return []
        lines = doc.lines
        furniture = {tag.line for tag in found if tag.remove}
        body = self._body(doc.lines, furniture)
        if body is None:
            return []
        end = next((j for j in range(body[1] + 1, len(lines)) if j in ends), None)
        if end is None:
            return []
        tags = []
        for j in range(end + 1, len(lines)):
            text = lines[j].strip()
            if not text or j in furniture or len(text) > self.max_chars + _TEASER_EXTRA:
                continue
            if is_fact(text):
                continue
            if not text.startswith(_TEASER_BULLETS) and (
                len(text) > self.max_chars or text.endswith(SENTENCE_END) or _wrapped(doc, j, text)
            ):
                continue
            tags.append(Tag(j, self.id))
        return tags


def _wrapped(doc: Document, index: int, text: str) -> bool:
    """Whether ``text`` (line ``index``) is part of a hard-wrapped paragraph."""
    if text[0].islower() or text.endswith((",", ";", "-")):
        return True
    following = doc.next_content(index, limit=1)
    return following is not None and doc.lines[following].lstrip()[:1].islower()
