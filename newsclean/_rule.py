"""The rule model: a rule looks at a document and returns tags; the pipeline applies them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Literal

import attrs

import newsclean._pattern_cache as _pattern_cache
from newsclean._credits import Credit
from newsclean._document import Document
from newsclean._errors import RuleError
from newsclean._site import site_names

__all__ = ["STAGES", "Rule", "Stage", "Tag", "check_rule_id", "languages_of", "strings"]

Stage = Literal["furniture", "credit", "fallback", "structure"]
STAGES: tuple[Stage, ...] = ("furniture", "credit", "fallback", "structure")
"""When a rule runs in the default order: furniture rules first, then the credit parsers
(which name and record a credit line before any furniture rule could claim it), then the
fallback furniture that a credit parser may claim first (legal and contact lines), then the
structural rules that judge what is left by its shape and neighbours."""

_RULE_ID = _pattern_cache.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")


def check_rule_id(rule_id: str) -> str:
    """Return ``rule_id`` if it is kebab-case (``skip-link``), else raise :class:`RuleError`."""
    if not isinstance(rule_id, str) or not _RULE_ID.fullmatch(rule_id):
        raise RuleError(f"rule id {rule_id!r} is not kebab-case (like 'skip-link')")
    return rule_id


def strings(items: Iterable[str]) -> tuple[str, ...]:
    """``items`` as a tuple of strings (attrs converter for example and phrase lists)."""
    if isinstance(items, str):
        return (items,)
    return tuple(items)


def _check_id(_instance: Any, _attribute: Any, value: str) -> None:
    check_rule_id(value)


@attrs.frozen
class Tag:
    """A rule's finding: line ``line`` is furniture (``remove``) and/or carries a parsed record.

    ``span`` narrows the tag to ``(start, end)`` offsets inside the line's content.
    ``warning`` (with ``remove=False``) says the rule was left out on the line, and why
    (e.g. a regex rule past its time limit); it becomes one of the result's warnings.
    """

    line: int
    rule: str
    remove: bool = True
    record: Credit | None = None
    span: tuple[int, int] | None = None
    warning: str | None = None


@attrs.frozen(kw_only=True)
class Rule:
    """Base class of every rule: a stable kebab-case id, a one-line description, examples.

    ``must_remove`` are texts the rule removes entirely (every non-blank line); ``must_keep``
    are texts it leaves untouched; ``known_misses`` are texts it should remove but does not
    yet (the test suite runs them as strict expected failures). ``source`` says where the
    rule came from (``"builtin"``, ``"python"``, a rules file path, or ``"plugin:<distribution>"``);
    it is shown by ``newsclean rules`` and is not part of equality. ``stage`` (one of
    :data:`STAGES`) places the rule in the default order. ``sites`` scopes the rule: it runs
    only on documents of those sites (names as :func:`site_name` gives them; empty, the
    default, means every document). With ``keep_lines`` the rule's findings (records,
    warnings) are reported but its lines stay in the text. Subclasses implement
    :meth:`tag`; they hold no mutable state, so they pickle and can be shared across processes.
    """

    id: str = attrs.field(validator=_check_id)
    description: str
    must_remove: tuple[str, ...] = attrs.field(default=(), converter=strings)
    must_keep: tuple[str, ...] = attrs.field(default=(), converter=strings)
    known_misses: tuple[str, ...] = attrs.field(default=(), converter=strings)
    languages: tuple[str, ...] = attrs.field(default=("en",), converter=strings)
    stage: Stage = "furniture"
    source: str = attrs.field(default="python", eq=False, repr=False)
    sites: tuple[str, ...] = attrs.field(default=(), converter=site_names)
    keep_lines: bool = False

    def tag(self, doc: Document, found: Sequence[Tag]) -> Iterable[Tag]:
        """Tags for ``doc``; ``found`` holds the tags of the rules that ran before this one."""
        raise NotImplementedError

    @property
    def reads(self) -> tuple[str, ...]:
        """Ids of the rules whose tags this rule reads (at least one must run before it)."""
        return ()


def languages_of(*rules: Rule) -> tuple[str, ...]:
    """The languages of ``rules`` together, each once: those of a rule that works on their lines."""
    return tuple(dict.fromkeys(language for rule in rules for language in rule.languages))
