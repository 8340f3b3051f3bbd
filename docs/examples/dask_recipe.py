"""Clean a JSONL corpus with Dask (``map_partitions``) and write Parquet."""

from __future__ import annotations

import sys

import dask.dataframe as dd
import pandas as pd

from newsclean.integrations.dataframe import clean_dataframe

if __name__ == "__main__":
    articles = dd.read_json(sys.argv[1], lines=True, blocksize="64MB")
    meta = articles._meta.assign(metadata=pd.Series(dtype=object), error=pd.Series(dtype=object))
    articles.map_partitions(clean_dataframe, meta=meta).to_parquet(sys.argv[2])
