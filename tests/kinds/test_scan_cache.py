"""The disk cache of built gate scans changes nothing but the time a new process takes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsclean import Document, Pipeline
from newsclean._kinds import scan_cache
from newsclean._kinds.gate import GateScanner


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NEWSCLEAN_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("NEWSCLEAN_NO_CACHE", raising=False)
    return tmp_path


def _scan(text: str) -> list[list[int]]:
    gates = Pipeline.default()._matcher._scanner.gates
    return GateScanner(gates).scan(Document(text))


def _stored(cache: Path) -> Path:
    """The stored gate scan (the phrase index's pattern is stored beside it)."""
    (path,) = (p for p in cache.glob("scan-*.json") if "start_pattern" in p.read_text("utf-8"))
    return path


def test_the_phrase_index_pattern_is_stored_and_read_back(cache: Path, seed_text: str) -> None:
    built = Pipeline.default().clean(seed_text)
    assert len(list(cache.glob("scan-*.json"))) == 2
    assert Pipeline.default().clean(seed_text) == built


def _value(path: Path) -> dict[str, Any]:
    """The stored scan: its checksum on the first line, then the JSON text."""
    checksum, body = path.read_text(encoding="utf-8").split("\n", 1)
    assert len(checksum) == 64
    value: dict[str, Any] = json.loads(body)
    return value


def test_a_cached_scan_finds_the_same_lines(cache: Path, seed_text: str) -> None:
    built = _scan(seed_text)
    stored = _stored(cache)
    assert _value(stored)["start_pattern"]
    assert _scan(seed_text) == built
    assert any(built), "the seed example has candidate lines"


def test_a_damaged_file_is_passed_over(cache: Path, seed_text: str) -> None:
    built = _scan(seed_text)
    path = _stored(cache)
    path.write_text(path.read_text(encoding="utf-8")[:-100], "utf-8")
    assert _scan(seed_text) == built
    path.write_text("x" * 64 + '\n{"start_pattern": "x"', "utf-8")
    assert _scan(seed_text) == built


def test_a_changed_file_fails_its_checksum(cache: Path, seed_text: str) -> None:
    built = _scan(seed_text)
    path = _stored(cache)
    checksum = path.read_text(encoding="utf-8").split("\n", 1)[0]
    value = _value(path)
    value["start_pattern"] = "\\nnothing-matches-this"
    path.write_text(checksum + "\n" + json.dumps(value), encoding="utf-8")
    assert _scan(seed_text) == built


def test_no_cache_writes_nothing(
    cache: Path, seed_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSCLEAN_NO_CACHE", "1")
    _scan(seed_text)
    assert not list(cache.iterdir())


def test_an_unwritable_folder_is_no_error(
    tmp_path: Path, seed_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("NEWSCLEAN_CACHE_DIR", str(blocker / "cache"))
    assert _scan(seed_text) == GateScanner(Pipeline.default()._matcher._scanner.gates).scan(
        Document(seed_text)
    )


def test_refused_engine_code_falls_back_to_compiling() -> None:
    pattern = scan_cache.compile_pattern("a(b)", [32, [999, 1, 2], 1, {}])
    assert pattern.fullmatch("ab") is not None


def test_engine_code_round_trips_through_json() -> None:
    pattern = "\\n(?:by|von)(?!\\w)"
    code = json.loads(json.dumps(scan_cache.pattern_code(pattern)))
    compiled = scan_cache.compile_pattern(pattern, code)
    assert compiled.pattern == pattern
    assert [m.start() for m in compiled.finditer("x\nby\nbye\nvon")] == [1, 8]
