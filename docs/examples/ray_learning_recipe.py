"""Learn each site's furniture, then clean with it, on Ray Data: python ray_learning_recipe.py
SOURCE TARGET [URL_FIELD].

Pass 1 groups the rows by the host of their URL and learns each site's rules in one task; the
rules come back to the driver. Pass 2 cleans every row with the default rules and its own
site's learned rules, and writes Parquet.
"""

from __future__ import annotations

import sys

import ray

from newsclean import Pipeline
from newsclean.integrations.ray import NewscleanBatch, learn_site_rules_ray


def learn_and_clean(source: str, target: str, url_field: str = "url") -> None:
    dataset = ray.data.read_json(source)
    # pass 1: learn each site's furniture (grouped by the host of the URL)
    rules = learn_site_rules_ray(dataset, url_field=url_field)
    pipeline = Pipeline.default().with_rules(*rules)
    # pass 2: clean; each row gets the rules of its own site
    clean = NewscleanBatch(pipeline=pipeline, url_field=url_field)
    dataset.map_batches(clean, batch_format="pandas", batch_size=256).write_parquet(target)


if __name__ == "__main__":
    learn_and_clean(*sys.argv[1:])
