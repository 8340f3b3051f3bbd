"""Shared fixtures: the bundled seed article and the development corpus (if present)."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "docs" / "examples"
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"

# Property tests: a bounded default ("ci") so the suite stays fast, and a deeper "long" run
# (python -m pytest tests/properties/test_properties.py --hypothesis-profile=long). Deadlines are
# generous: they catch runaway cases, not speed (timing lives in benchmarks/).
for name, examples, deadline_ms in (("ci", 100, 2000), ("long", 3000, 10_000)):
    settings.register_profile(
        name,
        max_examples=examples,
        deadline=deadline_ms,
        suppress_health_check=[HealthCheck.too_slow],
        print_blob=True,
    )
settings.load_profile("ci")

# The built gate scan is cached on disk (newsclean/_kinds/scan_cache.py): the suite keeps its
# own cache, shared with the commands it runs, and removes it at the end.
_CACHE = None if "NEWSCLEAN_CACHE_DIR" in os.environ else tempfile.mkdtemp(prefix="newsclean-")
if _CACHE is not None:
    os.environ["NEWSCLEAN_CACHE_DIR"] = _CACHE


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _CACHE is not None:
        shutil.rmtree(_CACHE, ignore_errors=True)


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
