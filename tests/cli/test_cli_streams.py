"""stdout and stdin: a full disk, a closed pipe, all-or-nothing output, JSONL on stdin."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import ROOT, run_main, run_newsclean, write_jsonl

TEXT = "Skip to content\n\nThe council met on Tuesday to approve the budget."
CLEANED = "The council met on Tuesday to approve the budget."


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_a_full_disk_on_stdout_is_a_clear_error(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": TEXT}] * 2000)
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "newsclean", "clean", str(source)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            check=False,
        )
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "newsclean: error: cannot write the output: No space left on device" in done.stderr


def test_a_closed_pipe_is_reported_with_the_summary(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": TEXT}] * 20000)
    process = subprocess.Popen(
        [sys.executable, "-m", "newsclean", "clean", str(source)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()
    process.stdout.close()  # like `| head -1`
    err = process.stderr.read().decode()
    process.stderr.close()
    assert process.wait(timeout=60) == 2
    assert "Traceback" not in err
    assert "newsclean: error: the output was closed before the end (broken pipe)" in err
    assert " cleaned, 0 kept, 0 skipped" in err  # what was done before the pipe closed


def test_on_error_fail_writes_nothing_to_stdout(tmp_path: Path, capfd) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": TEXT}] * 3 + ["not json"])
    code, out, err = run_main(capfd, "clean", source, "--on-error", "fail")
    assert code == 2 and out == ""
    assert f"{source}:4: malformed JSON" in err


def test_jsonl_on_stdin_with_format_jsonl() -> None:
    lines = "".join(json.dumps({"id": n, "body": TEXT}) + "\n" for n in range(3))
    done = run_newsclean("clean", "--format", "jsonl", "--text-field", "body", "-", stdin=lines)
    assert done.returncode == 0, done.stderr
    assert [json.loads(line)["body"] for line in done.stdout.splitlines()] == [CLEANED] * 3


def test_a_jsonl_option_with_text_on_stdin_is_an_error_not_ignored() -> None:
    done = run_newsclean("clean", "--text-field", "body", "-", stdin='{"body": "x"}\n')
    assert done.returncode == 2 and done.stdout == ""
    assert "--text-field applies to JSONL input, but stdin is read as text" in done.stderr
    assert "add --format jsonl" in done.stderr
