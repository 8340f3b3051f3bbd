"""Folders in and out: -o DIR, unreadable subfolders, outputs never read back, --glob."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from helpers import run_main

TEXT = "Skip to content\n\nThe council met on Tuesday to approve the budget.\n"
CLEANED = "The council met on Tuesday to approve the budget.\n"


def _folder(path: Path, *names: str) -> Path:
    for name in names:
        (path / name).parent.mkdir(parents=True, exist_ok=True)
        (path / name).write_text(TEXT, encoding="utf-8")
    return path


def test_o_dir_with_a_folder_of_one_file_is_a_folder(tmp_path: Path, capfd) -> None:
    source = _folder(tmp_path / "in", "a.txt")
    code, _, _ = run_main(capfd, "clean", source, "-o", tmp_path / "out")
    assert code == 0 and (tmp_path / "out" / "a.txt").read_text(encoding="utf-8") == CLEANED


def test_o_with_a_trailing_slash_is_a_folder(tmp_path: Path, capfd) -> None:
    source = _folder(tmp_path, "a.txt") / "a.txt"
    code, _, _ = run_main(capfd, "clean", source, "-o", f"{tmp_path / 'out'}/")
    assert code == 0 and (tmp_path / "out" / "a.txt").read_text(encoding="utf-8") == CLEANED


def test_an_unreadable_subfolder_is_reported(
    tmp_path: Path, capfd, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _folder(tmp_path / "in", "a.txt", "locked/b.txt")
    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    code, _, err = run_main(capfd, "clean", source, "-o", tmp_path / "out")
    assert code == 2
    assert f"{source / 'locked'}: cannot read folder: Permission denied" in err
    assert (tmp_path / "out" / "a.txt").read_text(encoding="utf-8") == CLEANED


def test_an_output_folder_inside_the_input_folder_is_not_read_again(tmp_path: Path, capfd) -> None:
    source = _folder(tmp_path / "in", "a.txt", "b.txt")
    for _ in range(2):
        code, _, err = run_main(capfd, "clean", source, "-o", source / "clean")
        assert code == 0, err
    written = sorted(str(p.relative_to(source)) for p in source.rglob("*") if p.is_file())
    assert written == ["a.txt", "b.txt", "clean/a.txt", "clean/b.txt"]


def test_glob_picks_the_files_of_a_folder(tmp_path: Path, capfd) -> None:
    source = _folder(tmp_path / "in", "a.txt", "b.html", "notes.md")
    code, out, _ = run_main(capfd, "clean", source, "--glob", "*.html")
    assert code == 0 and out == CLEANED
    code, out, _ = run_main(capfd, "clean", source)
    assert code == 0 and out.count("==> ") == 2  # .txt and .md by default, not .html
