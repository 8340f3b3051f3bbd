"""Ray Data: clean a distributed dataset of articles, batch by batch, on every node.

    import ray
    from newsclean.integrations.ray import newsclean_batch_fn

    ds = ray.data.read_json("s3://bucket/articles/")
    ds.map_batches(newsclean_batch_fn, batch_format="pandas").write_parquet("s3://bucket/clean/")

Every column is kept; ``text`` is cleaned and ``metadata`` (a JSON string) and ``error``
columns are added (see :func:`newsclean.integrations.dataframe.clean_dataframe`; a batch
that already has either column raises rather than lose it). For
another text column or a custom pipeline, use :class:`NewscleanBatch` as a callable class.
Install with ``pip install "newsclean[ray]"``.
"""

from __future__ import annotations

from typing import Any

from newsclean._engine.pipeline import Pipeline
from newsclean.integrations.dataframe import clean_dataframe

__all__ = ["NewscleanBatch", "newsclean_batch_fn"]


def newsclean_batch_fn(batch: Any) -> Any:
    """Clean a pandas batch (``batch_format="pandas"``) with the default pipeline."""
    return clean_dataframe(batch)


class NewscleanBatch:
    """A batch function with its own pipeline and text column, built once per Ray worker.

    ``ds.map_batches(NewscleanBatch, fn_constructor_kwargs={"text_field": "body"},
    batch_format="pandas", concurrency=8)``.
    """

    def __init__(
        self,
        *,
        pipeline: Pipeline | None = None,
        text_field: str = "text",
        metadata_field: str = "metadata",
        error_field: str = "error",
    ) -> None:
        self.pipeline = Pipeline.default() if pipeline is None else pipeline
        self.fields = {
            "text_field": text_field,
            "metadata_field": metadata_field,
            "error_field": error_field,
        }

    def __call__(self, batch: Any) -> Any:
        return clean_dataframe(batch, pipeline=self.pipeline, **self.fields)
