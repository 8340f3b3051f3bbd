"""Compiled patterns kept on disk, so that a new process does not parse them again.

The ``regex`` module parses a pattern in Python before its engine compiles it: for the few
hundred patterns of the rules and the credit parsers that is the largest part of start-up,
paid again by each ``newsclean`` run and each ``--jobs`` worker. A compiled pattern pickles
as the engine's own input (the ``regex`` module's pickle support: the parsed code, not the
text), so :func:`compile` keeps the patterns a process used in ``$NEWSCLEAN_CACHE_DIR``
(default ``$XDG_CACHE_HOME/newsclean`` or ``~/.cache/newsclean``) and the next process
reads them back. The file's name covers the Python and ``regex`` versions; it is written
atomically, at exit and only when new patterns were compiled, and carries a checksum. A
file that is missing, unreadable or fails its checksum or its shape is passed over. Each
write counts as a generation: a pattern no process has used in the last
:data:`KEPT_GENERATIONS` writes (one an upgrade or an edited rule replaced) is dropped, so
the file, read whole by every process, does not grow with patterns nobody asks for.
``NEWSCLEAN_NO_CACHE=1`` turns the cache off. It saves time and changes nothing else.
"""

from __future__ import annotations

import atexit
import hashlib
import os
import pickle
import sys
import threading
from pathlib import Path

import regex

__all__ = ["cache_folder", "compile"]

_FORMAT = "2"
_MAX_PATTERNS = 4096
"""Most patterns kept: a process's own patterns fit many times over."""
KEPT_GENERATIONS = 8
"""Writes of the file a pattern survives without a process using it."""
_HEADER = b"newsclean-patterns "

_Key = tuple[str, int]  # (pattern, flags)
_lock = threading.Lock()
_stored: dict[_Key, regex.Pattern[str]] | None = None
_generations: dict[_Key, int] = {}  # the write in which each stored pattern was last used
_generation = 0  # the stored file's last write
_used: set[_Key] = set()
_changed = False


def cache_folder() -> Path | None:
    """Where newsclean keeps its caches, or ``None`` when ``NEWSCLEAN_NO_CACHE`` is set."""
    if os.environ.get("NEWSCLEAN_NO_CACHE", "") not in ("", "0"):
        return None
    chosen = os.environ.get("NEWSCLEAN_CACHE_DIR")
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "newsclean"


def compile(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags)``, read from the disk cache when an earlier process
    compiled the same pattern."""
    found = _lookup((pattern, flags))
    if found is None:
        found = regex.compile(pattern, flags)
        _keep((pattern, flags), found)
    return found


def _lookup(key: _Key) -> regex.Pattern[str] | None:
    with _lock:
        stored = _stored if _stored is not None else _open()
        _used.add(key)
        return stored.get(key)


def _keep(key: _Key, value: regex.Pattern[str]) -> None:
    global _changed
    with _lock:
        if _stored is not None and len(_stored) < _MAX_PATTERNS:
            _stored[key] = value
            _changed = True


def _path() -> Path | None:
    folder = cache_folder()
    if folder is None:
        return None
    versions = f"{_FORMAT} {sys.version} {regex.__version__} {regex.DEFAULT_VERSION}"
    return folder / f"patterns-{hashlib.sha256(versions.encode()).hexdigest()[:32]}.pickle"


def _open() -> dict[_Key, regex.Pattern[str]]:
    """The stored patterns (read once per process); the save at exit is registered here."""
    global _stored
    _stored = _read(_path())
    atexit.register(_save)
    return _stored


def _read(path: Path | None) -> dict[_Key, regex.Pattern[str]]:
    """The patterns of the file at ``path`` (their generations kept aside), or none."""
    global _generation
    if path is None:
        return {}
    try:
        data = path.read_bytes()
        header, _, payload = data.partition(b"\n")
        if header != _HEADER + hashlib.sha256(payload).hexdigest().encode():
            return {}
        generation, stored = pickle.loads(payload)
    except Exception:  # a damaged or foreign file is passed over
        return {}
    if not isinstance(generation, int) or not isinstance(stored, dict):
        return {}
    if not all(_well_formed(k, v) for k, v in stored.items()):
        return {}
    _generation = generation
    _generations.update((key, used) for key, (_, used) in stored.items())
    return {key: pattern for key, (pattern, _) in stored.items()}


def _well_formed(key: object, value: object) -> bool:
    """Whether ``value`` is a (pattern, generation) pair compiled from ``key``."""
    if not (isinstance(value, tuple) and len(value) == 2 and isinstance(value[1], int)):
        return False
    pattern = value[0]
    return (
        isinstance(key, tuple)
        and len(key) == 2
        and isinstance(pattern, regex.Pattern)
        and pattern.pattern == key[0]
        and pattern.flags & key[1] == key[1]
    )


def _save() -> None:
    """Write the patterns this process used, and those it read that a process used in the
    last :data:`KEPT_GENERATIONS` writes (while they fit), atomically."""
    path = _path()
    with _lock:
        if path is None or not _changed or _stored is None:
            return
        generation = _generation + 1
        kept = {key: (_stored[key], generation) for key in _used if key in _stored}
        for key, pattern in _stored.items():
            if len(kept) >= _MAX_PATTERNS:
                break
            used = _generations.get(key, generation)
            if generation - used <= KEPT_GENERATIONS:
                kept.setdefault(key, (pattern, used))
    try:
        payload = pickle.dumps((generation, kept), protocol=pickle.HIGHEST_PROTOCOL)
        path.parent.mkdir(parents=True, exist_ok=True)
        import tempfile  # here: only a process that writes the cache needs it

        with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as handle:
            handle.write(_HEADER + hashlib.sha256(payload).hexdigest().encode() + b"\n")
            handle.write(payload)
        os.replace(handle.name, path)
    except OSError:
        return
