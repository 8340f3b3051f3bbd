"""The documented Hugging Face ``datasets`` recipe, on a small in-memory dataset (no hub)."""

from __future__ import annotations

import importlib.util
import json
from typing import Any

import pytest

from newsclean import Pipeline

from helpers import ROOT

datasets = pytest.importorskip(
    "datasets", reason='datasets is not installed (pip install "newsclean[datasets]")'
)


def _recipe() -> Any:
    spec = importlib.util.spec_from_file_location(
        "datasets_recipe", ROOT / "docs/examples/datasets_recipe.py"
    )
    assert spec is not None and spec.loader is not None
    recipe = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(recipe)
    return recipe


@pytest.mark.parametrize("batch_size", [256, 2])
def test_documented_recipe_equals_clean_record_row_by_row(seed_text: str, batch_size: int) -> None:
    """With batches of 2, the first batch has no error and a later one has only errors."""
    texts = [seed_text, "Skip to content\n\nA story.", None, None, "By Jane Doe, Reuters\n\nText."]
    rows = [{"id": n, "source": f"s{n}", "text": text} for n, text in enumerate(texts)] * 3
    dataset = datasets.Dataset.from_list(rows)
    cleaned = _recipe().clean_dataset(dataset, batch_size=batch_size).to_list()
    pipeline = Pipeline.default()
    assert len(cleaned) == len(rows)
    for row, out in zip(rows, cleaned, strict=True):
        want = pipeline.clean_record(row)
        assert out["id"] == row["id"] and out["source"] == row["source"]
        assert out["text"] == want["text"] and out["error"] == want.get("error")
        if "metadata" in want:
            assert json.loads(out["metadata"]) == want["metadata"]
        else:
            assert out["metadata"] is None
