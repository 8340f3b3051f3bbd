"""Plugins: installed packages that expose rules through the ``newsclean.rules`` entry points."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Sequence
from importlib.machinery import PathFinder
from typing import TYPE_CHECKING

import attrs

from newsclean._errors import RuleError
from newsclean._rule import Rule

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint

__all__ = ["ENTRY_POINT_GROUP", "entry_points", "plugin_rules"]

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


def entry_points(group: str) -> Sequence[EntryPoint]:
    """The installed entry points of ``group``.

    ``importlib.metadata`` (some 10 ms of every run's start-up to import, more to read a large
    environment) is used only when a distribution on ``sys.path`` may declare the group.
    """
    if not _may_declare(group):
        return ()
    from importlib.metadata import entry_points as installed

    return tuple(installed(group=group))


def _may_declare(group: str) -> bool:
    """False only when every distribution folder on ``sys.path`` has been read and none
    lists ``group`` in its ``entry_points.txt``; any other place distributions may come
    from (a zip or egg on the path, a finder of its own) is left to ``importlib.metadata``."""
    if any(
        hasattr(finder, "find_distributions") and finder is not PathFinder
        for finder in sys.meta_path
    ):
        return True
    header = f"[{group}]"
    for entry in sys.path:
        folder = entry or "."
        if folder.lower().endswith(".egg"):
            return True
        try:
            with os.scandir(folder) as children:
                names = [c.name for c in children if c.name.lower().endswith(_METADATA)]
        except NotADirectoryError:
            return True
        except OSError:
            continue
        for name in names:
            try:
                with open(os.path.join(folder, name, "entry_points.txt"), encoding="utf-8") as f:
                    if header in f.read():
                        return True
            except (OSError, UnicodeDecodeError):
                continue
    return False


_METADATA = (".dist-info", ".egg-info")


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
