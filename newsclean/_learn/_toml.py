"""Learned rules written as a rules file a person can read, edit and check."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from newsclean._kinds.pattern import RegexRule
from newsclean._kinds.phrase import PhraseRule
from newsclean._rule import Rule

__all__ = ["rules_toml"]

_HEADER = """\
# Site furniture learned by `newsclean learn`: lines that repeat across a site's documents.
# Each rule runs only on the documents of its sites (clean --site-field / --url-field).
# Review before use: delete a rule to keep its lines; `newsclean rules check` runs the examples.
"""


def rules_toml(rules: Iterable[Rule | Mapping[str, Any]], *, comment: str = "") -> str:
    """The text of a TOML rules file with ``rules``, in order: phrase and regex rules, or
    learned tables (:func:`learned_tables`, which need no compiling)."""
    parts = [_HEADER + "".join(f"# {line}\n" for line in comment.splitlines() if line)]
    for rule in rules:
        table = rule if isinstance(rule, Mapping) else _table(rule)
        parts.append(_rule_table(table))
    return "\n".join(parts)


def _table(rule: Rule) -> dict[str, Any]:
    table: dict[str, Any] = {"id": rule.id, "description": rule.description}
    if rule.sites:
        table["sites"] = list(rule.sites)
    if isinstance(rule, PhraseRule):
        table["phrases"] = list(rule.phrases)
    elif isinstance(rule, RegexRule):
        table["regex"] = rule.pattern
    else:
        raise TypeError(f"rule {rule.id!r}: only phrase and regex rules go in a rules file")
    table["max_chars"] = rule.max_chars
    table["remove"] = list(rule.must_remove)
    table["keep"] = list(rule.must_keep)
    return table


def _rule_table(table: Mapping[str, Any]) -> str:
    lines = ["[[rule]]"]
    for key, value in table.items():
        if isinstance(value, str):
            lines.append(f"{key} = {_string(value)}")
        elif isinstance(value, int):
            lines.append(f"{key} = {value}")
        else:
            lines.append(f"{key} = {_strings(value)}")
    return "\n".join(lines) + "\n"


def _string(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's; DEL must be escaped too)."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007F")


def _strings(texts: Iterable[str]) -> str:
    return "[" + ", ".join(_string(text) for text in texts) + "]"
