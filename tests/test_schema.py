"""The JSON output schema (docs/schema/clean-result.json) describes what newsclean really writes.

jsonschema is the reference validator for JSON Schema; writing one by hand would test nothing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest

import newsclean
from newsclean import Metadata, Pipeline, RegexRule
from newsclean._credits import CREDIT_KINDS
from newsclean._schema import schema_json

from helpers import ROOT, run_newsclean

SCHEMA = json.loads((ROOT / "docs" / "schema" / "clean-result.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
METADATA = jsonschema.Draft202012Validator({"$ref": "#/$defs/metadata", "$defs": SCHEMA["$defs"]})


def _problems(instance: Any, validator: jsonschema.Draft202012Validator = VALIDATOR) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(instance)]


def test_schema_is_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_schema_file_is_derived_from_the_credit_classes() -> None:
    written = (ROOT / "docs" / "schema" / "clean-result.json").read_text(encoding="utf-8")
    assert written == schema_json(), (
        "regenerate: python -m newsclean._schema docs/schema/clean-result.json"
    )


def test_metadata_has_one_field_per_credit_kind_in_order() -> None:
    assert [field.name for field in attrs.fields(Metadata)] == [k.kind for k in CREDIT_KINDS]


def test_results_with_every_record_kind_match(seed_text: str) -> None:
    seed = newsclean.clean(seed_text).to_dict()
    assert all(seed["metadata"][kind] for kind in ("byline", "wire", "contributors", "copyright"))
    wire = newsclean.clean("WASHINGTON (AP) — The Senate voted 51-49 on Tuesday.").to_dict()
    assert wire["metadata"]["dateline"] is not None
    for result in (seed, wire, newsclean.clean("").to_dict()):
        assert _problems(result) == []


def test_a_result_with_a_rule_left_out_on_a_line_matches() -> None:
    slow = RegexRule(
        id="slow-rule",
        description="x",
        pattern="(a|aa)+$",
        match="contains",
        timeout_ms=1,
        engine="backtracking",
    )
    result = Pipeline([slow]).clean("a" * 190 + "b\nStory.\n").to_dict()
    assert result["metadata"]["warnings"][0] == {
        "rule": "slow-rule",
        "line": 1,
        "message": "rule 'slow-rule' hit its 1 ms limit on line 1; left out on that line",
    }
    assert _problems(result) == []


def test_schema_rejects_what_newsclean_does_not_write(seed_text: str) -> None:
    result = newsclean.clean(seed_text).to_dict()
    result["metadata"]["byline"]["authors"][0]["email"] = "x@example.com"
    result["metadata"]["removed"][0]["rule"] = "Not Kebab"
    del result["metadata"]["wire"]
    assert len(_problems(result)) == 3


def test_jsonl_output_metadata_matches(tmp_path: Path, seed_text: str) -> None:
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    records = [{"id": 1, "text": seed_text}, {"id": 2, "text": "Skip to content\n\nStory."}]
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    done = run_newsclean("clean", str(source), "-o", str(target))
    assert done.returncode == 0, done.stderr
    for line in target.read_text(encoding="utf-8").splitlines():
        assert _problems(json.loads(line)["metadata"], METADATA) == []


def test_corpus_results_match(pages: list[dict[str, Any]]) -> None:
    pipeline = newsclean.default_pipeline()
    failures = {}
    for page in pages:
        problems = _problems(pipeline.clean(page["text"]).to_dict())
        if problems:
            failures[page.get("id", len(failures))] = problems[:3]
    assert not failures, list(failures.items())[:5]


RECORD_TYPES = {
    "byline": newsclean.Byline,
    "wire": newsclean.WireCredit,
    "dateline": newsclean.Dateline,
    "contributors": newsclean.Contributors,
    "copyright": newsclean.Copyright,
    "author": newsclean.Author,
    "removal": newsclean.Removal,
    "ruleFailure": newsclean.RuleFailure,
}


@pytest.mark.parametrize("name", RECORD_TYPES)
def test_schema_lists_every_field_of_each_record(name: str) -> None:
    fields = [field.name for field in attrs.fields(RECORD_TYPES[name])]
    assert SCHEMA["$defs"][name]["required"] == fields
    assert list(SCHEMA["$defs"][name]["properties"]) == fields
