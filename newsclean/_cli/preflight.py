"""A look at the first records of a corpus before the run: stop early on a wrong field name.

If none of the first records has the text field (``--text-field body`` on records with
``text``), or all of them already hold the field newsclean would write its metadata or
errors to, the run stops before anything is written, naming the fields that exist and the
option to use, instead of writing a corpus of error records.
"""

from __future__ import annotations

import difflib
import io
from collections import Counter
from typing import Any

from newsclean._cli.files import parse_jsonl_line
from newsclean._cli.records import JsonlOptions
from newsclean._errors import InputError

__all__ = ["FieldProblem", "check_first_records"]


class FieldProblem(InputError):
    """The first records all lack the text field or all hold newsclean's own fields."""


SAMPLE = 100
"""How many records are looked at."""


def check_first_records(data: bytes, options: JsonlOptions) -> None:
    """Raise :class:`InputError` if the first records of ``data`` all share a field problem."""
    records: list[dict[str, Any]] = []
    for number, raw in enumerate(io.BytesIO(data), start=1):
        if raw.strip():
            parsed = parse_jsonl_line(options.path, number, raw, options.encoding_errors)
            if parsed.record is not None:
                records.append(parsed.record)
        if len(records) >= SAMPLE:
            break
    if not records:
        return
    first = f"the first {len(records)} records" if len(records) > 1 else "the first record"
    if all(options.text_field not in record for record in records):
        raise FieldProblem(
            f"{options.path}: {first} have no field {options.text_field!r} "
            f"(fields: {', '.join(_fields(records))}){_suggestion(records, options.text_field)}"
        )
    for field, option in ((options.metadata_field, "metadata"), (options.error_field, "error")):
        if all(field in record for record in records):
            raise FieldProblem(
                f"{options.path}: {first} already have a field {field!r}, where newsclean "
                f"writes its {option}s; name another with --{option}-field NAME "
                f"(e.g. --{option}-field newsclean_{option})"
            )


def _fields(records: list[dict[str, Any]]) -> list[str]:
    """Field names, most common first."""
    counts = Counter(name for record in records for name in record)
    return [name for name, _ in counts.most_common(12)]


def _suggestion(records: list[dict[str, Any]], wanted: str) -> str:
    """``; use --text-field NAME``: the closest name, else the field with the most text."""
    names = _fields(records)
    close = difflib.get_close_matches(wanted, names, n=1)
    if close:
        return f"; use --text-field {close[0]}"
    lengths: Counter[str] = Counter()
    for record in records:
        for name, value in record.items():
            if isinstance(value, str):
                lengths[name] += len(value)
    if not lengths:
        return ""
    return f"; use --text-field {lengths.most_common(1)[0][0]}"
