"""Plugins: installed packages that expose rules through the ``newsclean.rules`` entry points."""

from __future__ import annotations

from collections.abc import Iterable
from importlib.metadata import EntryPoint, entry_points

import attrs

from newsclean._errors import RuleError
from newsclean._rule import Rule

__all__ = ["ENTRY_POINT_GROUP", "plugin_rules"]

ENTRY_POINT_GROUP = "newsclean.rules"


def plugin_rules() -> tuple[Rule, ...]:
    """The rules of every installed plugin, ordered by distribution and entry-point name.

    An entry point may name a rule, an iterable of rules, or a function returning either.
    Each rule's ``source`` becomes ``"plugin:<distribution>"``. A plugin that fails to load
    or gives something other than rules is a :class:`RuleError` (use ``plugins=False``,
    or ``--no-plugins``, to run without plugins).
    """
    points = sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda p: (_dist(p), p.name))
    rules: list[Rule] = []
    for point in points:
        source = f"plugin:{_dist(point)}"
        for rule in _load(point, source):
            rules.append(attrs.evolve(rule, source=source))
    return tuple(rules)


def _dist(point: EntryPoint) -> str:
    return point.dist.name if point.dist is not None else point.module


def _load(point: EntryPoint, source: str) -> Iterable[Rule]:
    where = f"{source}: entry point {point.name!r} ({point.value})"
    try:
        loaded = point.load()
        if callable(loaded) and not isinstance(loaded, Rule):
            loaded = loaded()
    except Exception as error:
        raise RuleError(f"{where} failed to load: {error!r}") from error
    items = (loaded,) if isinstance(loaded, Rule) else loaded
    try:
        rules = tuple(items)
    except TypeError:
        raise RuleError(f"{where} is not a rule or an iterable of rules") from None
    for rule in rules:
        if not isinstance(rule, Rule):
            raise RuleError(f"{where} gave {rule!r}, which is not a newsclean Rule")
    return rules
