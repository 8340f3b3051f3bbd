"""Rules written as a Python function that says whether one line is furniture."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import attrs

from newsclean._document import Document
from newsclean._kinds.line_tests import passing_lines
from newsclean._rule import Rule, Tag

__all__ = ["LineRule", "LineTest", "line_rule"]

LineTest = Callable[[str], bool]
"""A function over one line (stripped of surrounding whitespace): true means remove it."""


@attrs.frozen(kw_only=True)
class LineRule(Rule):
    """Removes each line for which ``test`` returns true.

    ``test`` sees the line without its surrounding whitespace; blank lines and lines longer
    than ``max_chars`` are never offered to it, so a story paragraph cannot be removed.
    Use a module-level function (or :func:`line_rule`) so that the rule pickles and can run
    in worker processes. With ``first_chars``, only lines that begin with one of them (after
    the whitespace) are offered: a cheap test that spares the call on every other line.
    """

    test: LineTest
    max_chars: int = 200
    first_chars: str = ""

    def tag(self, doc: Document, found: Sequence[Tag]) -> Iterable[Tag]:
        passing = passing_lines(doc.lines, self.test, self.max_chars, self.first_chars)
        return [Tag(i, self.id) for i in passing]


def line_rule(
    *,
    id: str,
    description: str,
    must_remove: Iterable[str] = (),
    must_keep: Iterable[str] = (),
    known_misses: Iterable[str] = (),
    languages: Iterable[str] = ("en",),
    max_chars: int = 200,
    first_chars: str = "",
) -> Callable[[LineTest], LineRule]:
    """Decorator: turn a function over one line into a :class:`LineRule`.

    >>> @line_rule(id="watch-live", description="'Watch live' links.", must_keep=["We watch."])
    ... def watch_live(line: str) -> bool:
    ...     return line.casefold().startswith("watch live")
    >>> watch_live.id, watch_live.test("Watch live: KTVZ")
    ('watch-live', True)

    The decorated name is the rule. Defined at module level, it pickles by reference.
    """

    def decorate(test: LineTest) -> LineRule:
        # The module attribute now holds the rule, so the function is found as ``<name>.test``
        # when the rule is pickled.
        test.__qualname__ = f"{test.__qualname__}.test"
        return LineRule(
            id=id,
            description=description,
            must_remove=tuple(must_remove),
            must_keep=tuple(must_keep),
            known_misses=tuple(known_misses),
            languages=tuple(languages),
            max_chars=max_chars,
            first_chars=first_chars,
            test=test,
        )

    return decorate
