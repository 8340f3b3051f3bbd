"""Clean a JSONL corpus with Ray Data and write Parquet: python ray_recipe.py SOURCE TARGET.

On a cluster, run it on the head node (or with RAY_ADDRESS set): Ray Data connects to the
running cluster, reads SOURCE (a path or s3:// prefix every node can read) in blocks, and
cleans the batches on every worker CPU.
"""

from __future__ import annotations

import sys

import ray

from newsclean.integrations.ray import newsclean_batch_fn


def clean_corpus(source: str, target: str) -> None:
    dataset = ray.data.read_json(source)
    cleaned = dataset.map_batches(newsclean_batch_fn, batch_format="pandas", batch_size=256)
    cleaned.write_parquet(target)


if __name__ == "__main__":
    clean_corpus(sys.argv[1], sys.argv[2])
