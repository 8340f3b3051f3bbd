"""Learned furniture as rules-file tables, and as ordinary rules: phrase rules, or regex rules
for templated lines."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from newsclean._kinds.pattern import RegexRule
from newsclean._kinds.phrase import PhraseRule
from newsclean._learn._keys import is_templated, lines_pattern
from newsclean._learn._select import Furniture
from newsclean._rule import Rule

__all__ = ["furniture_table", "furniture_tables", "site_slug", "table_rule"]

_NOT_ID = re.compile(r"[^a-z0-9]+")
_MIN_CHARS = 120
_SLACK_CHARS = 40


def site_slug(site: str) -> str:
    """``site`` as part of a rule id: ``news.bbc.co.uk`` → ``news-bbc-co-uk``."""
    return _NOT_ID.sub("-", site.casefold()).strip("-") or "site"


def furniture_tables(
    furniture: Sequence[Furniture], *, keep: Sequence[str] = (), slug: str | None = None
) -> list[dict[str, Any]]:
    """One rules-file table per learned line or block of one site, ids ``site-<slug>-<n>``.

    ``keep`` are real story lines of the site, the rules' ``keep`` examples; ``slug``
    defaults to :func:`site_slug` of the site.
    """
    return [
        furniture_table(item, f"site-{slug or site_slug(item.site)}-{number}", keep=keep)
        for number, item in enumerate(furniture, start=1)
    ]


def furniture_table(item: Furniture, rule_id: str, *, keep: Sequence[str] = ()) -> dict[str, Any]:
    """The ``[[rule]]`` table that removes ``item``'s lines wherever they stand alone on a line.

    Lines with numbers or month names (templated) are a regular expression; other lines are
    phrases. Keys are in the order a rules file shows them.
    """
    lines = "line" if len(item.keys) == 1 else f"block of {len(item.keys)} lines"
    table: dict[str, Any] = {
        "id": rule_id,
        "description": f"Learned {lines}: in {item.docs} of {item.site_docs} documents of "
        f"{item.site}",
        "sites": [item.site],
    }
    if any(is_templated(key) for key in item.keys):
        table["regex"] = lines_pattern(item.keys)
    else:
        table["phrases"] = list(item.keys)
    table["max_chars"] = max(_MIN_CHARS, max(len(e) for e in item.examples) + _SLACK_CHARS)
    table["remove"] = ["\n".join(item.examples)]
    table["keep"] = list(keep)
    return table


def table_rule(table: Mapping[str, Any]) -> Rule:
    """The rule of a learned table (its source is ``"learned"``)."""
    common: dict[str, Any] = {
        "id": table["id"],
        "description": table["description"],
        "sites": tuple(table["sites"]),
        "max_chars": table["max_chars"],
        "must_remove": tuple(table["remove"]),
        "must_keep": tuple(table["keep"]),
        "source": "learned",
    }
    if "regex" in table:
        return RegexRule(pattern=table["regex"], languages=("any",), **common)
    return PhraseRule(phrases={"any": tuple(table["phrases"])}, **common)
