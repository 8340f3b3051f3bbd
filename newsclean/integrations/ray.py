"""Ray Data: clean a distributed dataset of articles, batch by batch, on every node.

    import ray
    from newsclean.integrations.ray import newsclean_batch_fn

    ds = ray.data.read_json("s3://bucket/articles/")
    ds.map_batches(newsclean_batch_fn, batch_format="pandas").write_parquet("s3://bucket/clean/")

Every column is kept; ``text`` is cleaned and ``metadata`` (a JSON string) and ``error``
columns are added (see :func:`newsclean.integrations.dataframe.clean_dataframe`; a batch
that already has either column raises rather than lose it). For
another text column or a custom pipeline, use :class:`NewscleanBatch` as a callable class.

Learning each site's furniture is a first pass that groups the dataset by site
(:func:`learn_site_rules_ray`); the second pass cleans with those rules::

    rules = learn_site_rules_ray(ds, url_field="url")
    pipeline = Pipeline.default().with_rules(*rules)
    ds.map_batches(NewscleanBatch, fn_constructor_kwargs={"pipeline": pipeline,
                   "url_field": "url"}, batch_format="pandas", concurrency=8)

Install with ``pip install "newsclean[ray]"``.
"""

from __future__ import annotations

import pickle
from typing import Any

from newsclean._engine.pipeline import Pipeline
from newsclean._learn import LearnOptions, SiteLearner, learned_rules
from newsclean._learn._options import DEFAULT_OPTIONS
from newsclean._rule import Rule
from newsclean._site import record_site
from newsclean.integrations.dataframe import clean_dataframe

__all__ = ["NewscleanBatch", "learn_site_rules_ray", "newsclean_batch_fn"]

_SITE = "__newsclean_site"


def newsclean_batch_fn(batch: Any) -> Any:
    """Clean a pandas batch (``batch_format="pandas"``) with the default pipeline."""
    return clean_dataframe(batch)


class NewscleanBatch:
    """A batch function with its own pipeline and columns, built once per Ray worker.

    ``ds.map_batches(NewscleanBatch, fn_constructor_kwargs={"text_field": "body"},
    batch_format="pandas", concurrency=8)``. ``site_field`` or ``url_field`` name the
    column with each row's site, for site-scoped (learned) rules.
    """

    def __init__(
        self,
        *,
        pipeline: Pipeline | None = None,
        text_field: str = "text",
        metadata_field: str = "metadata",
        error_field: str = "error",
        site_field: str | None = None,
        url_field: str | None = None,
    ) -> None:
        self.pipeline = Pipeline.default() if pipeline is None else pipeline
        self.fields: dict[str, Any] = {
            "text_field": text_field,
            "metadata_field": metadata_field,
            "error_field": error_field,
            "site_field": site_field,
            "url_field": url_field,
        }

    def __call__(self, batch: Any) -> Any:
        return clean_dataframe(batch, pipeline=self.pipeline, **self.fields)


def learn_site_rules_ray(
    dataset: Any,
    *,
    site_field: str | None = None,
    url_field: str | None = None,
    text_field: str = "text",
    options: LearnOptions = DEFAULT_OPTIONS,
) -> list[Rule]:
    """The learned rules of every site of a Ray dataset: grouped by site, each site learned
    by one task exactly as :class:`~newsclean._learn.SiteLearner` learns it in one process.

    Rows without a site or a string text are passed over.
    """
    if (site_field is None) == (url_field is None):
        raise ValueError("give site_field or url_field (where a row's site is)")
    site_column = _SiteColumn(site_field, url_field, text_field)
    learn_group = _LearnGroup(text_field, options)

    def with_site(batch: Any) -> Any:
        return site_column(batch)

    def learn(group: Any) -> Any:
        return learn_group(group)

    learned = (
        dataset.map_batches(with_site, batch_format="pandas")
        .groupby(_SITE)
        .map_groups(learn, batch_format="pandas")
    )
    learnings = [pickle.loads(row["learning"]) for row in learned.take_all()]
    return learned_rules(learnings)


class _SiteColumn:
    """Adds each row's site (or drops the row, if it has no site or no text)."""

    def __init__(self, site_field: str | None, url_field: str | None, text_field: str) -> None:
        self.site_field, self.url_field, self.text_field = site_field, url_field, text_field

    def __call__(self, batch: Any) -> Any:
        sites = [
            record_site(row, site_field=self.site_field, url_field=self.url_field)
            for row in batch.to_dict("records")
        ]
        texts = list(batch[self.text_field]) if self.text_field in batch else [None] * len(batch)
        keep = [
            site is not None and isinstance(text, str)
            for site, text in zip(sites, texts, strict=True)
        ]
        frame = type(batch)({_SITE: sites, self.text_field: texts})
        return frame[keep]


class _LearnGroup:
    """One site's rows learned in one task; one row out, the pickled learning."""

    def __init__(self, text_field: str, options: LearnOptions) -> None:
        self.text_field, self.options = text_field, options

    def __call__(self, group: Any) -> Any:
        learner = SiteLearner(self.options, seen_bytes=1 << 20)
        site = str(group[_SITE].iloc[0])
        for text in group[self.text_field]:
            learner.add(site, text)
        return type(group)({"learning": [pickle.dumps(learner.learn(site))]})
