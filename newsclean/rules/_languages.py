"""Language tags shared by the built-in rules."""

from __future__ import annotations

__all__ = ["SIX"]

SIX = ("en", "de", "fr", "es", "it", "pt")
