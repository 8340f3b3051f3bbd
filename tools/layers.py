"""The package's layers: the one list the import test checks and the design page draws.

    python tools/layers.py docs/images/layers.svg     # redraw the picture in docs/design.md

Each layer may import only from itself and the layers below it (``tests/test_layers.py``).
The drawing lists every module of each layer, read from the package, so it cannot drift.
"""

from __future__ import annotations

import sys
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "newsclean"

LAYERS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "model",
        "shared model: text, document, rule, credits, result, pattern cache",
        (
            "_errors",
            "_text",
            "_document",
            "_credits",
            "_rule",
            "_result",
            "_schema",
            "_site",
            "_pattern_cache",
        ),
    ),
    ("kinds", "rule kinds and their gates", ("_kinds",)),
    ("parsers", "credit parsers and their lexicon", ("parsers",)),
    ("rules", "built-in rule families", ("rules",)),
    ("extend", "rules from outside: rules files, plugins", ("_extend",)),
    ("engine", "pipeline, assembly, example check, timing", ("_engine",)),
    ("learn", "each site's furniture learned from a corpus, the review page", ("_learn",)),
    ("command", "the newsclean command", ("_cli",)),
    ("api", "the public API", ("__init__", "__main__")),
    ("integrations", "Ray, dataframes", ("integrations",)),
)
"""``(name, what it holds, top-level members)``, lowest layer first."""


def members(layer: tuple[str, str, tuple[str, ...]]) -> list[str]:
    """The module names of a layer, as they are in the package today."""
    names = []
    for top in layer[2]:
        folder = PACKAGE / top
        if folder.is_dir():
            names += sorted(f"{top}/{p.stem}" for p in folder.glob("*.py") if p.stem != "__init__")
        elif (PACKAGE / f"{top}.py").exists():
            names.append(top)
    return names


_WIDTH, _ROW, _PAD = 760, 58, 12


def draw_svg() -> str:
    """The layers as an SVG picture, top layer first, with the direction imports may point."""
    rows = list(reversed(LAYERS))
    height = len(rows) * _ROW + 2 * _PAD
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_WIDTH + 60}" height="{height}" '
        f'viewBox="0 0 {_WIDTH + 60} {height}" font-family="sans-serif">',
        f'<rect width="{_WIDTH + 60}" height="{height}" fill="#ffffff"/>',
    ]
    for number, layer in enumerate(rows):
        y = _PAD + number * _ROW
        shade = "#e8f0fb" if number % 2 else "#f4f8fd"
        out.append(
            f'<rect x="{_PAD}" y="{y}" width="{_WIDTH - 2 * _PAD}" height="{_ROW - 10}" '
            f'rx="6" fill="{shade}" stroke="#4a6fa5"/>'
        )
        title = f"{layer[0]} — {layer[1]}"
        out.append(
            f'<text x="{_PAD + 10}" y="{y + 19}" font-size="14" font-weight="bold" '
            f'fill="#1f3556">{escape(title)}</text>'
        )
        modules = ", ".join(members(layer))
        out.append(
            f'<text x="{_PAD + 10}" y="{y + 38}" font-size="11" fill="#333333">'
            f"{escape(modules)}</text>"
        )
    bottom = height - _PAD - 10
    out.append(
        f'<line x1="{_WIDTH + 20}" y1="{_PAD + 10}" x2="{_WIDTH + 20}" y2="{bottom}" '
        'stroke="#4a6fa5" stroke-width="3"/>'
    )
    out.append(
        f'<polygon points="{_WIDTH + 12},{bottom - 12} {_WIDTH + 28},{bottom - 12} '
        f'{_WIDTH + 20},{bottom + 2}" fill="#4a6fa5"/>'
    )
    out.append(
        f'<text x="{_WIDTH + 38}" y="{height / 2}" font-size="12" fill="#1f3556" '
        f'transform="rotate(90 {_WIDTH + 38} {height / 2})" text-anchor="middle">'
        "imports point down</text>"
    )
    out.append("</svg>")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    Path(sys.argv[1]).write_text(draw_svg(), encoding="utf-8")
