"""One bad shard never loses the others: what was read is written, the fault is located."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from helpers import read_jsonl, run_main, write_jsonl

TEXT = "Skip to content\n\nThe council met on Tuesday to approve the budget."
CLEANED = "The council met on Tuesday to approve the budget."


def _shard(path: Path, first: int, count: int) -> Path:
    lines = "".join(json.dumps({"id": n, "text": TEXT}) + "\n" for n in range(first, first + count))
    with gzip.open(path, "wt", encoding="utf-8") as out:
        out.write(lines)
    return path


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])


def test_a_truncated_gz_among_shards_writes_what_was_read(tmp_path: Path, capfd) -> None:
    shards = tmp_path / "shards"
    shards.mkdir()
    _shard(shards / "a.jsonl.gz", 0, 2000)
    _truncate(_shard(shards / "b.jsonl.gz", 2000, 2000))
    _shard(shards / "c.jsonl.gz", 4000, 2000)
    target = tmp_path / "out.jsonl"
    code, _, err = run_main(capfd, "clean", shards, "-o", target)
    assert code == 1
    out = read_jsonl(target)
    ids = [r["id"] for r in out]
    assert ids[:2000] == list(range(2000)) and ids[-2000:] == list(range(4000, 6000))
    read_from_b = [i for i in ids if 2000 <= i < 4000]
    assert read_from_b == list(range(2000, 2000 + len(read_from_b))) and read_from_b
    assert all(r["text"] == CLEANED for r in out)
    line = len(read_from_b) + 1
    assert f"{shards / 'b.jsonl.gz'}:{line}: cannot read on from line {line} (byte offset " in err
    assert f"the {line - 1} lines before it were read" in err
    assert "6000 cleaned" not in err and "1 input not read to the end" in err


def test_an_unreadable_jsonl_does_not_stop_the_others(tmp_path: Path, capfd) -> None:
    good = write_jsonl(tmp_path / "good.jsonl", [{"text": TEXT}])
    missing = tmp_path / "gone.jsonl"
    code, out, err = run_main(capfd, "clean", missing, good)
    assert code == 1 and json.loads(out)["text"] == CLEANED
    assert f"{missing}: cannot open: No such file or directory" in err
    code, out, err = run_main(capfd, "clean", missing)
    assert code == 2 and out == ""  # nothing at all could be read


def test_a_folder_of_shards_gives_one_output_per_shard(tmp_path: Path, capfd) -> None:
    shards = tmp_path / "shards"
    (shards / "2024").mkdir(parents=True)
    _shard(shards / "2024" / "a.jsonl.gz", 0, 3)
    write_jsonl(shards / "b.jsonl", [{"id": 9, "text": TEXT}])
    (shards / "empty.jsonl").write_text("", encoding="utf-8")
    target = tmp_path / "clean"
    code, _, err = run_main(capfd, "clean", shards, "-o", target, "--jobs", "2")
    assert code == 0, err
    names = sorted(str(p.relative_to(target)) for p in target.rglob("*") if p.is_file())
    assert names == ["2024/a.jsonl.gz", "b.jsonl", "empty.jsonl"]
    with gzip.open(target / "2024" / "a.jsonl.gz", "rt", encoding="utf-8") as handle:
        assert [json.loads(line)["id"] for line in handle] == [0, 1, 2]
    assert read_jsonl(target / "b.jsonl")[0]["text"] == CLEANED
    assert (target / "empty.jsonl").read_bytes() == b""
    # -o NAME.jsonl gathers the shards into one file, in order
    code, _, _ = run_main(capfd, "clean", shards, "-o", tmp_path / "all.jsonl")
    assert code == 0 and [r["id"] for r in read_jsonl(tmp_path / "all.jsonl")] == [0, 1, 2, 9]
