"""The disk cache of compiled patterns changes nothing but the time a new process takes.

The cache is read once per process and written at exit, so each case runs fresh
interpreters on its own cache folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

_CLEAN = (
    "import json, newsclean; r = newsclean.clean(open({path!r}, encoding='utf-8').read()); "
    "print(json.dumps(r.to_dict(), sort_keys=True))"
)
# Run with the cache in place, the parser of the `regex` module must not be needed at all.
_NO_PARSING = (
    "import regex._regex_core as core\n"
    "def refuse(*args, **kwargs):\n"
    "    raise AssertionError('a pattern was parsed')\n"
    "core._parse_pattern = refuse\n"
    "import newsclean\n"
    "newsclean.clean(open({path!r}, encoding='utf-8').read())\n"
)


def _run(code: str, cache: Path, *, no_cache: bool = False) -> str:
    env = {**os.environ, "NEWSCLEAN_CACHE_DIR": str(cache)}
    env.pop("NEWSCLEAN_NO_CACHE", None)
    if no_cache:
        env["NEWSCLEAN_NO_CACHE"] = "1"
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture
def seed_path(tmp_path: Path, seed_text: str) -> str:
    path = tmp_path / "seed.txt"
    path.write_text(seed_text, encoding="utf-8")
    return str(path)


def _stored(cache: Path) -> Path:
    (path,) = cache.glob("patterns-*.pickle")
    return path


def test_a_second_process_reads_every_pattern_back(tmp_path: Path, seed_path: str) -> None:
    cache = tmp_path / "cache"
    first = _run(_CLEAN.format(path=seed_path), cache)
    assert _stored(cache).stat().st_size > 0
    assert _run(_CLEAN.format(path=seed_path), cache) == first
    _run(_NO_PARSING.format(path=seed_path), cache)


def test_output_is_the_same_without_the_cache(tmp_path: Path, seed_path: str) -> None:
    cached = _run(_CLEAN.format(path=seed_path), tmp_path / "cache")
    assert _run(_CLEAN.format(path=seed_path), tmp_path / "none", no_cache=True) == cached
    assert not (tmp_path / "none").exists()


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut short
        lambda data: data.replace(b"newsclean-patterns ", b"newsclean-patterns 0"),  # checksum
        lambda data: b"newsclean-patterns x\n" + data,  # a header that is not its own
    ],
)
def test_a_damaged_file_is_passed_over(tmp_path: Path, seed_path: str, damage: object) -> None:
    cache = tmp_path / "cache"
    first = _run(_CLEAN.format(path=seed_path), cache)
    path = _stored(cache)
    path.write_bytes(damage(path.read_bytes()))  # type: ignore[operator]
    assert _run(_CLEAN.format(path=seed_path), cache) == first


def _one_process(monkeypatch: pytest.MonkeyPatch, cache: Path, patterns: list[str]) -> None:
    """What one process does to the cache: read it, use ``patterns``, write it at exit."""
    from newsclean import _pattern_cache

    monkeypatch.setenv("NEWSCLEAN_CACHE_DIR", str(cache))
    monkeypatch.delenv("NEWSCLEAN_NO_CACHE", raising=False)
    monkeypatch.setattr(_pattern_cache, "_stored", None)
    monkeypatch.setattr(_pattern_cache, "_generations", {})
    monkeypatch.setattr(_pattern_cache, "_generation", 0)
    monkeypatch.setattr(_pattern_cache, "_used", set())
    monkeypatch.setattr(_pattern_cache, "_changed", False)
    monkeypatch.setattr(_pattern_cache.atexit, "register", lambda function: None)
    for pattern in patterns:
        _pattern_cache.compile(pattern)
    _pattern_cache._save()


def _patterns_in(monkeypatch: pytest.MonkeyPatch, cache: Path) -> set[str]:
    from newsclean import _pattern_cache

    monkeypatch.setattr(_pattern_cache, "_generations", {})
    return {pattern for pattern, _ in _pattern_cache._read(_stored(cache))}


def test_a_pattern_no_process_uses_leaves_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsclean._pattern_cache import KEPT_GENERATIONS

    cache = tmp_path / "cache"
    _one_process(monkeypatch, cache, [r"old\s+rule", r"kept\d+"])
    for number in range(KEPT_GENERATIONS):  # each process compiles something new: a write
        _one_process(monkeypatch, cache, [r"kept\d+", rf"new{number}\w+"])
        assert r"old\s+rule" in _patterns_in(monkeypatch, cache)
    _one_process(monkeypatch, cache, [r"last\w+"])
    left = _patterns_in(monkeypatch, cache)
    assert r"old\s+rule" not in left  # unused for more than KEPT_GENERATIONS writes
    assert {r"kept\d+", r"last\w+", rf"new{KEPT_GENERATIONS - 1}\w+"} <= left
