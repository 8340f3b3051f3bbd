"""A disk cache of built gate scans, so that a new process does not build them again.

Building the scan of the default pipeline (the start trie, the gates each start lets
through, the regex engine's code for the trie) takes about a fifth of a second: more than
cleaning a small file, and paid again by every worker of ``--jobs``. The result depends only
on the gates and on this code, so it is kept (as JSON after its checksum) in ``$NEWSCLEAN_CACHE_DIR`` (default
``$XDG_CACHE_HOME/newsclean`` or ``~/.cache/newsclean``), one file per gate set, the most
recent few only, under a name that also covers the Python version, the regex engine's
version and the sources that build the scan. ``NEWSCLEAN_NO_CACHE=1`` turns it off.

A file that cannot be read, does not have the expected shape or fails its checksum is
passed over and the scan is built as usual; one that cannot be written is not written. The
cache saves time and changes nothing else.

The regex engine's code is handed back through the last step of ``re.compile``
(``_sre.compile``, CPython 3.11 and later), which validates the code before using it; where
that step is missing or refuses the code, the pattern is compiled as usual.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import json
import os
import re
import sys
from collections.abc import Collection
from pathlib import Path
from typing import Any

import msgspec

from newsclean._pattern_cache import cache_folder

__all__ = ["compile_pattern", "load", "pattern_code", "save"]

_FORMAT = "2"
_KEEP_FILES = 16

_sre: Any = None  # the pieces of re.compile, where the standard library has them
_compiler: Any = None
_parser: Any = None
try:
    _sre = importlib.import_module("_sre")
    _compiler = importlib.import_module("re._compiler")
    _parser = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - Python 3.10 or another implementation
    _sre = None


@functools.cache
def _versions() -> str:
    """What a stored scan depends on besides its gates: read once, when a scan is first cached."""
    return f"{_FORMAT} {sys.version} {getattr(_sre, 'MAGIC', '')} {_sources_digest()}"


def _sources_digest() -> str:
    """A digest of the modules that build a scan: a changed build never reads old files."""
    digest = hashlib.sha256()
    for name in ("gate_scan.py", "phrase_index.py", "scan_cache.py", "../_text.py"):
        try:
            digest.update(Path(__file__).parent.joinpath(name).read_bytes())
        except OSError:  # pragma: no cover - sources not shipped
            digest.update(name.encode())
    return digest.hexdigest()


def _path(key: str) -> Path | None:
    folder = cache_folder()
    if folder is None:
        return None
    name = hashlib.sha256(f"{_versions()}\n{key}".encode()).hexdigest()[:32]
    return folder / f"scan-{name}.json"


def _checksum(body: bytes) -> bytes:
    return hashlib.sha256(body).hexdigest().encode()


def load(key: str, fields: Collection[str]) -> dict[str, Any] | None:
    """What :func:`save` stored under ``key``, if it is there, whole, with exactly ``fields``.

    The file is the checksum of the JSON text on one line, then the JSON text: it is checked
    as read, before it is decoded (by msgspec, the fast decoder the command uses too).
    """
    path = _path(key)
    if path is None:
        return None
    try:
        checksum, _, body = path.read_bytes().partition(b"\n")
        if checksum != _checksum(body):
            return None
        value = msgspec.json.decode(body)
    except (OSError, msgspec.DecodeError):
        return None
    if not isinstance(value, dict) or set(value) != set(fields):
        return None
    return value


def save(key: str, value: dict[str, Any]) -> None:
    """Store ``value`` under ``key`` (atomically; quietly not at all if that fails)."""
    path = _path(key)
    if path is None:
        return
    body = json.dumps(value).encode()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        import tempfile  # here: only a process that writes the cache needs it

        with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as handle:
            handle.write(_checksum(body) + b"\n" + body)
        os.replace(handle.name, path)
        _prune(path.parent)
    except OSError:
        return


def _prune(folder: Path) -> None:
    """Remove all but the most recently written scans."""
    files = sorted(folder.glob("scan-*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in files[_KEEP_FILES:]:
        old.unlink(missing_ok=True)


def pattern_code(pattern: str) -> list[Any] | None:
    """What the regex engine makes of ``pattern``, for :func:`compile_pattern` to reuse."""
    if _sre is None:
        return None
    try:
        tree = _parser.parse(pattern, 0)
        code = _compiler._code(tree, 0)
        state = tree.state
        return [state.flags, code, state.groups - 1, state.groupdict]
    except Exception:  # pragma: no cover - the internals changed
        return None


def compile_pattern(pattern: str, code: list[Any] | None) -> re.Pattern[str]:
    """``re.compile(pattern)``, from the engine code :func:`pattern_code` gave, if possible."""
    if _sre is not None and code is not None:
        try:
            flags, program, groups, groupindex = code
            indexgroup: list[str | None] = [None] * (groups + 1)
            for name, index in groupindex.items():
                indexgroup[index] = name
            compiled: re.Pattern[str] = _sre.compile(
                pattern, flags, program, groups, groupindex, tuple(indexgroup)
            )
            if compiled.pattern == pattern and compiled.groups == groups:
                return compiled
        except Exception:
            pass  # a code the engine refuses: compile as usual
    return re.compile(pattern)
