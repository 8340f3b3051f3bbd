"""MkDocs hook: fill ``<!-- newsclean-help: COMMAND -->`` markers with the command's ``--help``.

The command reference is then generated from the argument parser itself and cannot go stale.
"""

from __future__ import annotations

import argparse
import os
import re
from typing import Any

from newsclean._cli.args import parser as _parser

__all__ = ["command_help", "expand_help_markers", "on_page_markdown"]

MARKER = re.compile(r"<!-- newsclean-help: ([a-z ]*?) -->")
WIDTH = "96"


def command_help(path: str) -> str:
    """The ``--help`` text of ``newsclean PATH`` (e.g. ``""``, ``"clean"``, ``"rules check"``)."""
    parser = _parser()
    for name in path.split():
        (subparsers,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        parser = subparsers.choices[name]
    previous = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = WIDTH
    try:
        return parser.format_help()
    finally:
        if previous is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = previous


def expand_help_markers(markdown: str) -> str:
    """``markdown`` with each help marker replaced by a ``text`` block of that help."""
    return MARKER.sub(lambda m: f"```text\n{command_help(m.group(1)).rstrip()}\n```", markdown)


def on_page_markdown(markdown: str, **_: Any) -> str:
    return expand_help_markers(markdown)
