"""Helpers shared by tests: run the command in a subprocess from the repository root."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def run_newsclean(
    *args: str, env: Mapping[str, str] | None = None, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    """``python -m newsclean ARGS`` in the repository root; output captured as text."""
    return subprocess.run(
        [sys.executable, "-m", "newsclean", *args],
        env=env,
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def run_main(capfd: Any, *args: str | Path) -> tuple[int, str, str]:
    """Run the command in this process: exit code, stdout, stderr (never a traceback)."""
    from newsclean._cli.main import main

    code = main([str(arg) for arg in args])
    out, err = capfd.readouterr()
    assert "Traceback" not in err
    return code, out, err


def write_jsonl(path: Path, records: list[Any]) -> Path:
    """``records`` (dicts, or raw lines as strings) written one per line."""
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    data = path.read_bytes().decode("utf-8")  # strict: the output is always valid UTF-8
    return [json.loads(line) for line in data.splitlines()]
