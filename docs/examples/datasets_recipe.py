"""Clean a Hugging Face dataset in batches: ``Dataset.map(batched=True)`` with newsclean.

``Pipeline.clean_batch`` takes the columnar batch ``map`` passes (``{"text": [...], ...}``)
and returns one: every column kept, the text cleaned, ``metadata`` (JSON strings) and
``error`` (``None`` or why the row had no usable text) added. ``features`` names the two new
columns' type, so a batch whose rows all have ``None`` there is written like any other.
"""

from __future__ import annotations

from typing import Any

from datasets import Dataset, Value

from newsclean import Pipeline


def clean_dataset(
    dataset: Dataset, pipeline: Pipeline | None = None, batch_size: int = 256
) -> Dataset:
    pipeline = Pipeline.default() if pipeline is None else pipeline

    def clean(batch: dict[str, list[Any]]) -> dict[str, list[Any]]:
        return pipeline.clean_batch(batch)

    features = dataset.features.copy()
    features["metadata"] = Value("string")
    features["error"] = Value("string")
    return dataset.map(clean, batched=True, batch_size=batch_size, features=features)


if __name__ == "__main__":
    articles = Dataset.from_dict(
        {
            "id": [1, 2],
            "text": [
                "Skip to content\n\nBy Jane Doe, Reuters\n\nThe council met on Tuesday.",
                "Share this article\n\nThe river rose two metres overnight.",
            ],
        }
    )
    for row in clean_dataset(articles):
        print(row["id"], repr(row["text"]), row["error"])
