"""Section names standing alone outside the article: the site's section menu and labels."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from itertools import chain

import attrs

from newsclean._document import Document
from newsclean._kinds.structure import NavigationRunRule
from newsclean._rule import Tag
from newsclean._text import EDGE_MARKS, phrase_key

__all__ = ["SectionLineRule"]


Sections = tuple[tuple[str, tuple[str, ...]], ...]


def _sections(by_language: Mapping[str, Iterable[str]] | Sections) -> Sections:
    """The section names by language as nested tuples (hashable, so the rule is too)."""
    pairs = by_language.items() if isinstance(by_language, Mapping) else by_language
    return tuple((language, tuple(names)) for language, names in pairs)


@attrs.frozen(kw_only=True)
class SectionLineRule(NavigationRunRule):
    """Removes lines that are only a section name, above the first or below the last paragraph.

    ``sections`` maps a language to its section names ("Politics", "Wirtschaft", "Deportes");
    a line matches when its phrase key (case, bullets and decoration ignored) is one of
    them: "* U.S.", "ENTERTAINMENT", "Politik »". Between the first and the last body
    paragraph (found as for :class:`NavigationRunRule`) a section name is a subheading of
    the story and stays.
    """

    sections: Sections = attrs.field(converter=_sections)
    _keys: frozenset[str] = attrs.field(init=False, eq=False, repr=False)
    _initials: frozenset[str] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        keys = frozenset(phrase_key(name) for _, names in self.sections for name in names)
        object.__setattr__(self, "_keys", keys)
        object.__setattr__(self, "_initials", frozenset(key[0] for key in keys))

    def tag(self, doc: Document, found: Sequence[Tag]) -> Iterable[Tag]:
        lines = doc.lines
        furniture = {tag.line for tag in found if tag.remove}
        body = self._body(doc, furniture)
        if body is None:
            return []
        first, last = body
        keys, initials, max_chars = self._keys, self._initials, self.max_chars
        tags = []
        for j in chain(range(first), range(last + 1, len(lines))):
            line = lines[j]
            if len(line) > 2 * max_chars:  # room for indentation and bullets, no more
                continue
            text = line.strip().lstrip(EDGE_MARKS)
            if not text or len(text) > max_chars or j in furniture:
                continue
            if text[0].casefold() in initials and phrase_key(text) in keys:
                tags.append(Tag(j, self.id))
        return tags
