"""Shared fixtures: the bundled seed article and the development corpus (if present)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "docs" / "examples"
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (EXAMPLES / "seed_article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_expected() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (EXAMPLES / "seed_article.expected.json").read_text(encoding="utf-8")
    )
    return data


@pytest.fixture(scope="session")
def pages() -> list[dict[str, Any]]:
    path = SHARED_CORPUS / "pages.jsonl"
    if not path.exists():
        pytest.skip(f"development corpus not found at {path}")
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]
