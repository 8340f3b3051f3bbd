"""Clean a JSONL corpus with PySpark (``mapInPandas``) and write Parquet."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pandas as pd
from pyspark.sql import SparkSession

from newsclean.integrations.dataframe import clean_dataframe


def clean_frames(frames: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    for frame in frames:
        yield clean_dataframe(frame)


if __name__ == "__main__":
    spark = SparkSession.builder.appName("newsclean").getOrCreate()
    articles = spark.read.json(sys.argv[1])
    schema = articles.schema.add("metadata", "string").add("error", "string")
    articles.mapInPandas(clean_frames, schema=schema).write.parquet(sys.argv[2])
