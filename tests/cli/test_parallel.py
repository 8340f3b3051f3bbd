"""The streaming command: any number of jobs gives the same output, in order; compressed files."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsclean._cli.parallel import ordered_map
from newsclean._cli.progress import Progress


def _run(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newsclean", *args], capture_output=True, check=False
    )


def _corpus(seed_text: str, count: int = 700) -> bytes:
    """Enough records for several blocks (about 1 MB each), a bad line, a record without text."""
    lines = []
    for number in range(count):
        if number == 301:
            lines.append('{"id": 301, "text": ')
        elif number == 555:
            lines.append(json.dumps({"id": 555}))
        else:
            text = seed_text * 2 if number % 3 == 0 else f"Skip to content\n\nStory {number}."
            lines.append(json.dumps({"id": number, "text": text}, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode()


def _double(_context: object, item: int) -> int:
    return item * 2


def test_jobs_2_writes_exactly_what_jobs_1_writes(tmp_path: Path, seed_text: str) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(_corpus(seed_text))
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    done_one = _run("clean", str(source), "-o", str(one), "--jobs", "1")
    done_two = _run("clean", str(source), "-o", str(two), "--jobs", "2")
    assert done_one.returncode == done_two.returncode == 1
    assert one.read_bytes() == two.read_bytes()
    assert done_one.stderr == done_two.stderr
    records = [json.loads(line) for line in one.read_text(encoding="utf-8").splitlines()]
    assert [r.get("id") for r in records[:3]] == [0, 1, 2] and len(records) == 700
    assert records[2]["text"] == "Story 2."
    assert b"\r" not in done_two.stderr  # no progress meter when stderr is not a terminal


def test_fail_mode_stops_every_worker_and_writes_nothing(tmp_path: Path, seed_text: str) -> None:
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_bytes(_corpus(seed_text))
    done = _run("clean", str(source), "-o", str(target), "--jobs", "2", "--on-error", "fail")
    assert done.returncode == 2
    assert f"{source}:302: malformed JSON".encode() in done.stderr
    assert not target.exists()


def test_gzip_in_and_out(tmp_path: Path, seed_text: str) -> None:
    plain, packed = tmp_path / "in.jsonl", tmp_path / "in.jsonl.gz"
    plain.write_bytes(_corpus(seed_text, 50))
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    _run("clean", str(plain), "-o", str(tmp_path / "plain.jsonl"))
    _run("clean", str(packed), "-o", str(tmp_path / "out.jsonl.gz"), "--jobs", "2")
    expected = (tmp_path / "plain.jsonl").read_bytes()
    assert gzip.decompress((tmp_path / "out.jsonl.gz").read_bytes()) == expected


def test_zstd_in_and_out(tmp_path: Path, seed_text: str) -> None:
    zstandard = pytest.importorskip("zstandard")
    plain, packed = tmp_path / "in.jsonl", tmp_path / "in.jsonl.zst"
    plain.write_bytes(_corpus(seed_text, 50))
    packed.write_bytes(zstandard.ZstdCompressor().compress(plain.read_bytes()))
    _run("clean", str(plain), "-o", str(tmp_path / "plain.jsonl"))
    done = _run("clean", str(packed), "-o", str(tmp_path / "out.jsonl.zst"))
    assert done.returncode == 0, done.stderr
    with zstandard.open(tmp_path / "out.jsonl.zst", "rb") as handle:
        assert handle.read() == (tmp_path / "plain.jsonl").read_bytes()


def test_ordered_map_keeps_order_in_processes_and_stops_early() -> None:
    assert list(ordered_map(_double, range(50), context=None, jobs=2)) == list(range(0, 100, 2))
    results = ordered_map(_double, iter(range(10**9)), context=None, jobs=2)
    assert [next(results) for _ in range(5)] == [0, 2, 4, 6, 8]
    results.close()  # cancels the queued items; does not read the rest of the input


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_draws_on_a_terminal_only() -> None:
    terminal = _Terminal()
    progress = Progress(terminal, every=0)
    progress.add(1500, 2_500_000)
    progress.close()
    assert "\rnewsclean: 1,500 records, 2.5 MB, " in terminal.getvalue()
    assert terminal.getvalue().endswith("\n")
    quiet = io.StringIO()
    silent = Progress(quiet, every=0)
    silent.add(10, 10)
    silent.close()
    assert quiet.getvalue() == ""


def test_jobs_must_be_a_count(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"text": "A."}\n', encoding="utf-8")
    done = _run("clean", str(source), "--jobs", "-1")
    assert done.returncode == 2 and b"--jobs: must be 0 (one per CPU) or more" in done.stderr
    done = _run("clean", str(source), "--jobs", "0")
    assert done.returncode == 0 and json.loads(done.stdout)["text"] == "A."
