"""``--removed full|ids|none``: how much of each removal a cleaned JSONL record keeps."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import newsclean
from newsclean import Pipeline

from helpers import ROOT, run_newsclean

SCHEMA = json.loads((ROOT / "docs" / "schema" / "clean-result.json").read_text(encoding="utf-8"))
METADATA = jsonschema.Draft202012Validator({"$ref": "#/$defs/metadata", "$defs": SCHEMA["$defs"]})


def _clean(tmp_path: Path, records: list[dict[str, Any]], *options: str) -> list[dict[str, Any]]:
    source, target = tmp_path / "in.jsonl", tmp_path / f"out{'-'.join(options)}.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    done = run_newsclean("clean", str(source), "-o", str(target), *options)
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def records(seed_text: str) -> list[dict[str, Any]]:
    return [{"id": "seed", "text": seed_text}, {"id": "plain", "text": "One paragraph."}]


def test_full_is_the_default(tmp_path: Path, records: list[dict[str, Any]]) -> None:
    assert _clean(tmp_path, records, "--removed", "full") == _clean(tmp_path, records)


def test_ids_keep_rule_and_offsets_only(tmp_path: Path, records: list[dict[str, Any]]) -> None:
    full = _clean(tmp_path, records)
    ids = _clean(tmp_path, records, "--removed", "ids")
    assert [r["text"] for r in ids] == [r["text"] for r in full]
    for lean, whole in zip(ids, full, strict=True):
        expected = [
            {k: r[k] for k in ("rule", "start", "end")} for r in whole["metadata"]["removed"]
        ]
        assert lean["metadata"]["removed"] == expected
        assert METADATA.is_valid(lean["metadata"])
    assert ids[0]["metadata"]["removed"], "the seed article has furniture"


def test_none_keeps_text_and_credits(tmp_path: Path, records: list[dict[str, Any]]) -> None:
    full = _clean(tmp_path, records)
    none = _clean(tmp_path, records, "--removed", "none")
    for lean, whole in zip(none, full, strict=True):
        del whole["metadata"]["removed"]
        assert lean == whole
        assert METADATA.is_valid(lean["metadata"])


def test_restore_needs_full_removals(seed_text: str) -> None:
    full = Pipeline.default().clean_record({"text": seed_text})
    assert newsclean.restore(full["text"], full["metadata"]["removed"]) == seed_text
    ids = Pipeline.default().clean_record({"text": seed_text}, removed="ids")
    with pytest.raises(ValueError, match="needs the removals in full"):
        newsclean.restore(ids["text"], ids["metadata"]["removed"])
