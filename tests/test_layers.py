"""The package's imports point down its layers and never run in a circle.

Every ``newsclean`` import in every module counts, deferred ones inside functions too (they
are how circles hide). The layers, lowest first, are ``tools/layers.py``'s, the ones drawn in ``docs/design.md``.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers import ROOT
from layers import LAYERS, draw_svg

PACKAGE = ROOT / "newsclean"


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _layer(module: str) -> int:
    """The layer of a ``newsclean`` module (the package itself is the public API)."""
    parts = module.split(".")
    top = parts[1] if len(parts) > 1 else "__init__"
    for number, (_, _, members) in enumerate(LAYERS):
        if top in members:
            return number
    raise AssertionError(f"{module} is in no layer: add it to LAYERS and docs/design.md")


def _imports(path: Path) -> Iterator[tuple[int, str]]:
    """``(line, module)`` for each import of a ``newsclean`` module in ``path``."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            assert not node.level, f"{path}:{node.lineno}: use an absolute import"
            base = node.module or ""
            names = [base] + [f"{base}.{alias.name}" for alias in node.names]
        else:
            continue
        for name in names:
            if name.split(".")[0] == "newsclean" and _is_module(name):
                yield node.lineno, name


def _is_module(name: str) -> bool:
    relative = Path(*name.split(".")[1:])
    return (
        name == "newsclean"
        or (PACKAGE / relative).with_suffix(".py").exists()
        or (PACKAGE / relative / "__init__.py").exists()
    )


MODULES = {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}
GRAPH = {
    module: {name for _, name in _imports(path) if name != module}
    for module, path in MODULES.items()
}


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_point_down(module: str) -> None:
    upward = [
        f"{MODULES[module].relative_to(ROOT)}:{line}: {name} ({LAYERS[_layer(name)][0]})"
        for line, name in _imports(MODULES[module])
        if _layer(name) > _layer(module)
    ]
    assert not upward, f"{module} ({LAYERS[_layer(module)][0]}) imports upward:\n" + "\n".join(
        upward
    )


def _cycle_from(start: str) -> list[str] | None:
    """A shortest import circle through ``start``, if there is one."""
    paths = [[start]]
    seen = {start}
    while paths:
        path = paths.pop(0)
        for nxt in sorted(GRAPH.get(path[-1], ())):
            if nxt == start:
                return [*path, start]
            if nxt not in seen:
                seen.add(nxt)
                paths.append([*path, nxt])
    return None


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_import_circle(module: str) -> None:
    cycle = _cycle_from(module)
    assert cycle is None, " -> ".join(cycle or ())


def test_the_check_sees_an_upward_import_and_a_circle() -> None:
    assert _layer("newsclean._cli.main") > _layer("newsclean._engine.pipeline")
    assert _layer("newsclean.parsers.byline") < _layer("newsclean.rules.credits")
    assert "newsclean._credits" in GRAPH["newsclean._rule"]
    GRAPH["newsclean._credits"].add("newsclean._rule")
    try:
        assert _cycle_from("newsclean._credits") == [
            "newsclean._credits",
            "newsclean._rule",
            "newsclean._credits",
        ]
    finally:
        GRAPH["newsclean._credits"].discard("newsclean._rule")


def test_the_design_page_picture_is_current() -> None:
    drawn = (ROOT / "docs" / "images" / "layers.svg").read_text(encoding="utf-8")
    assert drawn == draw_svg(), "redraw: python tools/layers.py docs/images/layers.svg"
