"""The built-in rules: one module per family, each exporting its ``RULES``.

The default order is derived, not listed: rules run stage by stage (:data:`STAGES`), and
within a stage family by family in :data:`FAMILIES` order, each family's ``RULES`` in their
own order. The first rule that tags a line names its removal, so a family earlier in
:data:`FAMILIES` wins a line that two families would both remove.
"""

from __future__ import annotations

from types import ModuleType

from newsclean._rule import STAGES, Rule
from newsclean.rules import (
    ads,
    bios,
    captions,
    comments,
    consent,
    credits,
    legal,
    links,
    lists,
    media,
    navigation,
    notices,
    profiles,
    related,
    remnants,
    sections,
    sharing,
    subscriptions,
    timestamps,
    widgets,
)

__all__ = ["FAMILIES", "builtin_rules"]

FAMILIES: tuple[ModuleType, ...] = (
    links,
    comments,
    notices,
    profiles,
    bios,
    sharing,
    remnants,
    subscriptions,
    ads,
    widgets,
    consent,
    related,
    sections,
    navigation,
    lists,
    timestamps,
    media,
    captions,
    credits,
    legal,
)
"""The rule families, in the order their rules run within a stage."""


def builtin_rules() -> tuple[Rule, ...]:
    """Every built-in rule, in default pipeline order: by stage, then family, then family order."""
    numbered = [
        (STAGES.index(rule.stage), family, position, rule)
        for family, module in enumerate(FAMILIES)
        for position, rule in enumerate(module.RULES)
    ]
    return tuple(rule for *_, rule in sorted(numbered, key=lambda item: item[:3]))
