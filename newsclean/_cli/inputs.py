"""Which files a run reads: files named directly, and the files found under folders.

Under a folder, files with a known extension are read (:data:`TEXT_SUFFIXES`,
:data:`JSONL_SUFFIXES`), or those matching ``--glob``. The run's own output (a file or a
folder, e.g. inside the input folder) and newsclean's temporary files are never read as
input, so a second run does not clean the first run's output. A subfolder that cannot be
listed is reported, not skipped silently.
"""

from __future__ import annotations

import fnmatch
import os

import attrs

__all__ = ["JSONL_SUFFIXES", "TEXT_SUFFIXES", "Inputs", "find_inputs", "is_jsonl_path"]

TEXT_SUFFIXES = (".txt", ".text", ".md")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".jsonl.zst", ".ndjson", ".ndjson.gz", ".ndjson.zst")
TEMPORARY_PREFIX = ".newsclean-"
"""Names of the temporary files outputs are written to before they are renamed."""


def is_jsonl_path(path: str) -> bool:
    """Whether ``path`` names a JSONL file by its extension."""
    return path.lower().endswith(JSONL_SUFFIXES)


@attrs.frozen
class Inputs:
    """The input files in order, each with the name its output takes in an output folder,
    and the folders that could not be listed (each a message)."""

    names: tuple[tuple[str, str], ...]
    problems: tuple[str, ...] = ()
    folders: bool = False
    """Whether any input named was a folder."""

    @property
    def paths(self) -> list[str]:
        return [path for path, _ in self.names]


def find_inputs(paths: list[str], *, glob: str | None = None, output: str | None = None) -> Inputs:
    """Files named directly, plus the matching files under folders (sorted), minus ``output``.

    A file named directly keeps its base name; a file found under a folder keeps its path
    relative to that folder, so ``a/x.txt`` and ``b/x.txt`` never collide.
    """
    found: list[tuple[str, str]] = []
    problems: list[str] = []
    folders = False
    skip = None if output is None or output == "-" else os.path.abspath(output)
    for path in paths:
        if path == "-" or not os.path.isdir(path):
            found.append((path, os.path.basename(path) or path))
            continue
        folders = True
        for child in _walk(path, problems, skip):
            relative = os.path.relpath(child, path)
            if _wanted(relative, glob):
                found.append((child, relative))
    return Inputs(tuple(found), tuple(problems), folders)


def _walk(folder: str, problems: list[str], skip: str | None) -> list[str]:
    """Every file under ``folder``, sorted, leaving out ``skip`` (a file or a folder)."""
    files: list[str] = []

    def report(error: OSError) -> None:
        problems.append(f"{error.filename}: cannot read folder: {error.strerror or error}")

    for root, dirs, names in os.walk(folder, onerror=report):
        dirs[:] = sorted(d for d in dirs if not _same(os.path.join(root, d), skip))
        for name in names:
            child = os.path.join(root, name)
            if not name.startswith(TEMPORARY_PREFIX) and not _same(child, skip):
                files.append(child)
    return sorted(files)


def _same(path: str, skip: str | None) -> bool:
    return skip is not None and os.path.abspath(path) == skip


def _wanted(relative: str, glob: str | None) -> bool:
    if glob is None:
        return relative.lower().endswith(TEXT_SUFFIXES + JSONL_SUFFIXES)
    name = os.path.basename(relative)
    return fnmatch.fnmatch(relative, glob) or fnmatch.fnmatch(name, glob)
