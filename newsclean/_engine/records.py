"""The record contract: which fields newsclean reads, which it writes, and what it refuses.

newsclean reads a record's text field (and, if asked, its byline field) and writes two fields
of its own: the cleaned record's metadata (``metadata`` unless named otherwise) and, on a
record it could not clean, the reason (``error``). It never writes over a field the record
already has: a record that already holds either name is refused with a message saying how
to choose another name. Every other field comes back as it came in.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import msgspec

from newsclean._errors import InputError

__all__ = [
    "check_field_names",
    "field_collision",
    "json_type_name",
    "text_field_problem",
]


def field_collision(record: Mapping[str, Any], metadata_field: str, error_field: str) -> str | None:
    """Why newsclean cannot write its fields into ``record``, or ``None`` if it can."""
    for field, option, what in (
        (metadata_field, "metadata-field", "metadata"),
        (error_field, "error-field", "errors"),
    ):
        if field in record:
            return (
                f"the record already has a field {field!r}, where newsclean writes its {what}; "
                f"name another with --{option} NAME ({option.replace('-', '_')}= in Python)"
            )
    return None


def check_field_names(text_field: str, metadata_field: str, error_field: str) -> None:
    """Raise :class:`InputError` unless the three field names differ."""
    names = {"text field": text_field, "metadata field": metadata_field, "error field": error_field}
    if len(set(names.values())) < len(names):
        listed = ", ".join(f"{role} {name!r}" for role, name in names.items())
        raise InputError(f"the text, metadata and error fields must differ (got {listed})")


def text_field_problem(record: Mapping[str, Any], text_field: str) -> str | None:
    """Why ``record`` has no usable text in ``text_field``, or ``None`` if it has."""
    if text_field not in record:
        return f"field {text_field!r} is missing"
    value = record[text_field]
    if not isinstance(value, str):
        return f"field {text_field!r} is not a string (got {json_type_name(value)})"
    return None


def json_type_name(value: object) -> str:
    """The JSON name of a decoded value's type: ``null``, ``array``, ``number``, …"""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, float) and value != value:
        return "NaN, a missing value"
    if isinstance(value, (int, float, msgspec.Raw)):  # Raw: a number kept as its text
        return "number"
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "array"
    return "string" if isinstance(value, str) else type(value).__name__
