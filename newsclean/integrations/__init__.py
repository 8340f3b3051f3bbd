"""Adapters for data engines (Ray Data, Spark, Dask): thin layers over ``Pipeline.clean_batch``.

None of them is imported by ``import newsclean``; each needs its engine installed.
"""

__all__: list[str] = []
