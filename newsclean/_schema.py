"""The JSON Schema of a clean result, derived from the credit classes so it cannot drift.

``docs/schema/clean-result.json`` is this module's output (a test checks it is current);
regenerate it with ``python -m newsclean._schema docs/schema/clean-result.json``.
"""

from __future__ import annotations

import json
import sys
import types
import typing
from typing import Any

import attrs

from newsclean._credits import CREDIT_KINDS, Author

__all__ = ["result_schema", "schema_json"]

_RULE_ID = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
_NESTED: dict[type, str] = {Author: "author"}


def _property(annotation: Any) -> dict[str, Any]:
    """The schema of one credit field, from its resolved type annotation."""
    if annotation is str:
        return {"type": "string"}
    if annotation is int:
        return {"type": "integer"}
    if annotation in _NESTED:
        return {"$ref": f"#/$defs/{_NESTED[annotation]}"}
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return {"type": "array", "items": _property(args[0])}
    if origin in (types.UnionType, typing.Union) and type(None) in args:
        (inner,) = (arg for arg in args if arg is not type(None))
        return {"oneOf": [_property(inner), {"type": "null"}]}
    raise TypeError(f"no JSON schema for credit field type {annotation!r}")


def _object(cls: type) -> dict[str, Any]:
    """The schema of an attrs class's ``to_dict()``: every field, each required."""
    hints = typing.get_type_hints(cls)
    fields = attrs.fields(cls)
    schema: dict[str, Any] = {"description": (cls.__doc__ or "").strip().splitlines()[0]}
    schema["type"] = "object"
    schema["properties"] = {field.name: _property(hints[field.name]) for field in fields}
    schema["required"] = [field.name for field in fields]
    schema["additionalProperties"] = False
    return schema


def _nullable_ref(name: str) -> dict[str, Any]:
    return {"oneOf": [{"$ref": f"#/$defs/{name}"}, {"type": "null"}]}


def result_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``CleanResult.to_dict()``."""
    kinds = [kind.kind for kind in CREDIT_KINDS]
    metadata = {
        "description": (
            "Credits found in the text (null where none was found), every removal, "
            "rules that failed, and rules left out on some lines."
        ),
        "type": "object",
        "properties": {
            **{kind: _nullable_ref(kind) for kind in kinds},
            "removed": {
                "description": (
                    "Every removal in document order: in full by default; rule id and offsets "
                    "only under --removed ids; absent under --removed none."
                ),
                "type": "array",
                "items": {"oneOf": [{"$ref": "#/$defs/removal"}, {"$ref": "#/$defs/removalId"}]},
            },
            "errors": {
                "description": (
                    "Present only when a rule failed on the text; "
                    "the text is then returned unchanged."
                ),
                "type": "array",
                "items": {"$ref": "#/$defs/ruleFailure"},
                "minItems": 1,
            },
            "warnings": {
                "description": (
                    "Present only when a rule was left out on some lines (a regex rule past "
                    "its time limit on a line); the rest of the text is cleaned as usual."
                ),
                "type": "array",
                "items": {"$ref": "#/$defs/ruleWarning"},
                "minItems": 1,
            },
        },
        "required": kinds,
        "additionalProperties": False,
    }
    removal = {
        "description": (
            "One removed piece of the original: text == original[start:end]; "
            "leading and trailing are the line breaks that went with it."
        ),
        "type": "object",
        "properties": {
            "rule": {"type": "string", "pattern": _RULE_ID},
            "text": {"type": "string"},
            "start": {"type": "integer", "minimum": 0},
            "end": {"type": "integer", "minimum": 0},
            "leading": {"type": "string"},
            "trailing": {"type": "string"},
        },
        "required": ["rule", "text", "start", "end", "leading", "trailing"],
        "additionalProperties": False,
    }
    removal_id = {
        "description": "A removal without its text (--removed ids): rule id and offsets.",
        "type": "object",
        "properties": {
            name: removal["properties"][name]  # type: ignore[index]
            for name in ("rule", "start", "end")
        },
        "required": ["rule", "start", "end"],
        "additionalProperties": False,
    }
    failure = {
        "type": "object",
        "properties": {"rule": {"type": "string"}, "message": {"type": "string"}},
        "required": ["rule", "message"],
        "additionalProperties": False,
    }
    warning = {
        "type": "object",
        "properties": {
            "rule": {"type": "string"},
            "line": {
                "type": "integer",
                "minimum": 1,
                "description": "1-based line of the original text.",
            },
            "message": {"type": "string"},
        },
        "required": ["rule", "line", "message"],
        "additionalProperties": False,
    }
    defs: dict[str, Any] = {"metadata": metadata}
    defs.update({name: _object(cls) for cls, name in _NESTED.items()})
    defs.update({kind.kind: _object(kind) for kind in CREDIT_KINDS})
    defs.update(
        {
            "removal": removal,
            "removalId": removal_id,
            "ruleFailure": failure,
            "ruleWarning": warning,
        }
    )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://newsclean.invalid/schema/clean-result.json",
        "title": "newsclean clean result",
        "description": (
            "CleanResult.to_dict(): the cleaned text and its metadata. A cleaned JSONL record "
            "holds the same 'metadata' object next to its own fields."
        ),
        "type": "object",
        "properties": {
            "text": {"type": "string", "description": "The cleaned text."},
            "metadata": {"$ref": "#/$defs/metadata"},
        },
        "required": ["text", "metadata"],
        "additionalProperties": False,
        "$defs": defs,
    }


def schema_json() -> str:
    """:func:`result_schema` as the text of ``docs/schema/clean-result.json``."""
    return json.dumps(result_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":  # pragma: no cover - a maintenance command
    with open(sys.argv[1], "w", encoding="utf-8") as handle:
        handle.write(schema_json())
