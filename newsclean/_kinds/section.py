"""Section names standing alone outside the article: the site's section menu and labels."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import attrs

from newsclean._document import Document
from newsclean._kinds.footer_lines import is_paragraph
from newsclean._kinds.gate import Gate, GatedRule
from newsclean._kinds.layout import menu_item, removed_body_span
from newsclean._rule import Stage, Tag
from newsclean._text import phrase_key

__all__ = ["SectionLineRule"]

Sections = tuple[tuple[str, tuple[str, ...]], ...]
# The longest menu item beside a section name (as NavigationRunRule's).
_ITEM = 40


def _sections(by_language: Mapping[str, Iterable[str]] | Sections) -> Sections:
    """The section names by language as nested tuples (hashable, so the rule is too)."""
    pairs = by_language.items() if isinstance(by_language, Mapping) else by_language
    return tuple((language, tuple(names)) for language, names in pairs)


@attrs.frozen(kw_only=True)
class SectionLineRule(GatedRule):
    """Removes lines that are only a section name, above the first or below the last paragraph.

    ``sections`` maps a language to its section names ("Politics", "Wirtschaft", "Deportes");
    a line matches when its phrase key (case, bullets and decoration ignored) is one of
    them: "* U.S.", "ENTERTAINMENT", "Politik »". Between the first and the last body
    paragraph (lines of at least ``paragraph_chars`` characters that end like a sentence and
    that no earlier rule removed) a section name is a subheading of the story and stays,
    unless it stands in a menu there: no paragraph below it, and another section name, a
    short menu item or a removed line beside it ("* Movies" between "* TV" and "* Music").
    Only lines of at most ``max_chars`` characters (indentation and bullets included) whose
    first word is a section name's are looked at.
    """

    sections: Sections = attrs.field(converter=_sections)
    max_chars: int = 60
    paragraph_chars: int = 100
    stage: Stage = "structure"
    _keys: frozenset[str] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        keys = frozenset(phrase_key(name) for _, names in self.sections for name in names)
        object.__setattr__(self, "_keys", keys)

    def gate(self) -> Gate:
        return Gate(self.max_chars, words=tuple(sorted(self._keys)))

    def tag_lines(self, doc: Document, lines: Sequence[int], found: Sequence[Tag]) -> Iterable[Tag]:
        keys = self._keys
        named = [i for i in lines if phrase_key(doc.lines[i]) in keys]
        if not named:
            return []
        furniture, body = removed_body_span(doc.lines, found, self.paragraph_chars)
        if body is None:
            return []
        first, last = body
        return [
            Tag(i, self.id)
            for i in named
            if i not in furniture and (i < first or i > last or self._in_menu(doc, i, furniture))
        ]

    def _in_menu(self, doc: Document, index: int, furniture: set[int]) -> bool:
        """Whether the section name at ``index`` (inside the body) stands in a menu: below
        another section name, or with no paragraph below it and a section name, a menu item
        or furniture another rule removed beside it."""
        lines = doc.lines
        above, below = doc.previous_content(index), doc.next_content(index)
        if above is not None and self._names(lines[above]):
            return True  # the menu's next entry, even when the story goes on below it
        if is_paragraph(lines, below, furniture):
            return False  # a subheading of the story
        return any(
            j is not None
            and (self._names(lines[j]) or j in furniture or menu_item(lines[j].strip(), _ITEM))
            for j in (above, below)
        )

    def _names(self, line: str) -> bool:
        """Whether ``line`` is a section name alone (short lines only: a paragraph is not)."""
        return len(line) <= self.max_chars and phrase_key(line) in self._keys
