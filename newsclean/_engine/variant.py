"""Which variant of the engine runs: compiled by mypyc, or the pure-Python modules.

A wheel built with ``HATCH_BUILD_HOOK_ENABLE_MYPYC=1`` holds the modules that carry the
per-line work (``HOT_MODULES``: the engine, the gate scan, the phrase index, the per-line
loops of the structural rules and the credit parsers; ``pyproject.toml`` lists the same) as
extension modules next to their sources, and
Python imports the extension. Both variants give byte-identical output (tested).
"""

from __future__ import annotations

import importlib

__all__ = ["COMPILED", "HOT_MODULES", "variant_name"]

HOT_MODULES = (
    "newsclean._document",
    "newsclean._text",
    "newsclean._kinds.gate_scan",
    "newsclean._kinds.phrase_index",
    "newsclean._kinds.layout",
    "newsclean._kinds.footer_lines",
    "newsclean._kinds.line_tests",
    "newsclean._kinds.list_items",
    "newsclean._engine.assembly",
    "newsclean._engine.matcher",
    "newsclean.parsers._names",
    "newsclean.parsers.byline",
    "newsclean.parsers.byline_block",
    "newsclean.parsers.byline_blocks",
    "newsclean.parsers.contributors",
    "newsclean.parsers.copyright",
    "newsclean.parsers.dates",
    "newsclean.parsers.given_names",
    "newsclean.parsers.timestamps",
    "newsclean.parsers.wire",
)
"""The modules the compiled variant compiles."""


def _is_compiled(name: str) -> bool:
    return not (importlib.import_module(name).__file__ or "").endswith(".py")


COMPILED = all(_is_compiled(name) for name in HOT_MODULES)
"""Whether every hot-path module runs compiled."""


def variant_name() -> str:
    """``"compiled (mypyc)"`` or ``"pure Python"``, as ``newsclean --version`` prints it."""
    return "compiled (mypyc)" if COMPILED else "pure Python"
