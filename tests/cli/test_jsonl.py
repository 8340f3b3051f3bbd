"""JSONL through the command: one record out per record in, fields passed through, errors located."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsclean", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def _write(path: Path, lines: list[str]) -> None:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def _read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_round_trip_keeps_order_and_fields(tmp_path: Path, seed_text: str) -> None:
    records = [
        {"id": "seed", "url": "https://example.com/a", "extra": {"n": 1}, "text": seed_text},
        {"id": "plain", "text": "Just one paragraph of story text."},
        {"id": "empty", "text": ""},
    ]
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _write(source, [json.dumps(r, ensure_ascii=False) for r in records])
    done = _run("clean", str(source), "-o", str(target))
    assert done.returncode == 0, done.stderr
    out = _read(target)
    assert [r["id"] for r in out] == ["seed", "plain", "empty"]
    assert out[0]["url"] == "https://example.com/a" and out[0]["extra"] == {"n": 1}
    assert "Skip to Content" not in out[0]["text"]
    assert out[0]["metadata"]["byline"]["authors"][0]["name"] == "Simone McCarthy"
    assert out[1]["text"] == "Just one paragraph of story text."
    assert out[1]["metadata"]["removed"] == []


def test_other_text_field(tmp_path: Path) -> None:
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _write(source, [json.dumps({"body": "Skip to content\n\nThe story.", "text": "untouched"})])
    done = _run("clean", "--text-field", "body", str(source), "-o", str(target))
    assert done.returncode == 0, done.stderr
    (record,) = _read(target)
    assert record["body"] == "The story." and record["text"] == "untouched"


def test_bad_lines_are_reported_and_written_through(tmp_path: Path) -> None:
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _write(source, ['{"id": 1, "text": "Fine."}', '{"id": 2, "text": ', "[1, 2]", '{"id": 4}'])
    done = _run("clean", str(source), "-o", str(target))
    assert done.returncode == 1
    assert f"{source}:2: malformed JSON" in done.stderr
    assert f"{source}:3: not a JSON object" in done.stderr
    assert f"{source}:4: field 'text' is missing" in done.stderr
    out = _read(target)
    assert len(out) == 4
    assert out[0] == {"id": 1, "text": "Fine.", "metadata": out[0]["metadata"]}
    assert [("error" in r) for r in out] == [False, True, True, True]
    assert out[3]["id"] == 4


def test_skip_and_fail_modes(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    _write(source, ['{"text": "A."}', "nonsense", '{"text": "B."}'])
    skipped = tmp_path / "skipped.jsonl"
    done = _run("clean", "--on-error", "skip", str(source), "-o", str(skipped))
    assert done.returncode == 1 and len(_read(skipped)) == 2
    assert "2 cleaned, 0 kept, 1 skipped" in done.stderr
    failed = tmp_path / "failed.jsonl"
    done = _run("clean", "--on-error", "fail", str(source), "-o", str(failed))
    assert done.returncode == 2 and not failed.exists()
