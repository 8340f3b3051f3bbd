"""Ray Data on a local two-CPU instance gives exactly what the single-process pipeline gives."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ray = pytest.importorskip("ray", reason='ray is not installed (pip install "newsclean[ray]")')
pytest.importorskip("ray.data")

from newsclean import Pipeline  # noqa: E402
from newsclean.integrations.ray import NewscleanBatch, newsclean_batch_fn  # noqa: E402

from helpers import ROOT  # noqa: E402

# Ray's own deprecation notices about its internals are not this project's failures
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:ray")


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        yield
    finally:
        ray.shutdown()


def _corpus(seed_text: str, pages: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    texts = [seed_text, "Skip to content\n\nA story.", "", "By Jane Doe, Reuters\n\nText."]
    texts += [page["text"] for page in (pages or [])[:200]]
    return [{"id": n, "source": f"s{n % 7}", "text": text} for n, text in enumerate(texts)]


def _expected(records: list[dict[str, Any]], text_field: str = "text") -> dict[int, dict[str, Any]]:
    pipeline = Pipeline.default()
    return {r["id"]: pipeline.clean_record(r, text_field=text_field) for r in records}


def _check(rows: list[dict[str, Any]], expected: dict[int, dict[str, Any]], field: str) -> None:
    assert sorted(row["id"] for row in rows) == sorted(expected)
    for row in rows:
        want = expected[row["id"]]
        assert row[field] == want[field]
        assert json.loads(row["metadata"]) == want["metadata"]
        assert row["error"] is None
        assert row["source"] == want["source"]


def test_ray_map_batches_equals_single_process(
    local_ray: None, tmp_path: Path, seed_text: str, request: pytest.FixtureRequest
) -> None:
    try:
        pages = request.getfixturevalue("pages")
    except pytest.skip.Exception:
        pages = None
    records = _corpus(seed_text, pages)
    source = tmp_path / "corpus.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    dataset = ray.data.read_json(str(source)).repartition(4)
    rows = dataset.map_batches(newsclean_batch_fn, batch_format="pandas", batch_size=16).take_all()
    _check(rows, _expected(records), "text")


def test_ray_callable_class_with_another_text_field(local_ray: None, seed_text: str) -> None:
    records = [
        {"id": r["id"], "source": r["source"], "body": r["text"]} for r in _corpus(seed_text)
    ]
    dataset = ray.data.from_items(records)
    rows = dataset.map_batches(
        NewscleanBatch,
        fn_constructor_kwargs={"text_field": "body"},
        batch_format="pandas",
        concurrency=2,
    ).take_all()
    _check(rows, _expected(records, "body"), "body")


def test_documented_ray_recipe_writes_the_same_records(
    local_ray: None, tmp_path: Path, seed_text: str
) -> None:
    import pandas as pd

    spec = importlib.util.spec_from_file_location(
        "ray_recipe", ROOT / "docs/examples/ray_recipe.py"
    )
    assert spec is not None and spec.loader is not None
    recipe = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(recipe)
    records = _corpus(seed_text)
    source, target = tmp_path / "corpus.jsonl", tmp_path / "clean"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    recipe.clean_corpus(str(source), str(target))
    rows = pd.read_parquet(target).to_dict("records")
    _check(rows, _expected(records), "text")


def _site_records() -> list[dict[str, Any]]:
    """Pages of two sites (one by URL, one under www.), a row without URL, one without text."""
    from learn.site_pages import pages

    records = [
        {"id": n, "url": f"https://www.coastnews.example/{n}", "text": text}
        for n, text in enumerate(pages(12))
    ]
    records += [
        {
            "id": 100 + n,
            "url": f"https://valley.example/a/{n}",
            "text": text.replace("Coast", "Valley"),
        }
        for n, text in enumerate(pages(9))
    ]
    records.append({"id": 200, "url": None, "text": "Home\n\nA story without a site."})
    records.append({"id": 201, "url": "https://valley.example/x", "text": None})
    return records


def test_ray_learning_equals_single_process(local_ray: None) -> None:
    from newsclean._learn import SiteLearner, learned_rules
    from newsclean.integrations.ray import learn_site_rules_ray

    records = _site_records()
    learner = SiteLearner()
    for record in records:
        if isinstance(record["url"], str) and isinstance(record["text"], str):
            learner.add(record["url"].split("/")[2].removeprefix("www."), record["text"])
    expected = learned_rules(learner)
    dataset = ray.data.from_items(records).repartition(3)
    rules = learn_site_rules_ray(dataset, url_field="url")
    assert rules == expected
    assert {rule.sites for rule in rules} == {("coastnews.example",), ("valley.example",)}

    pipeline = Pipeline.default().with_rules(*rules)
    clean = NewscleanBatch(pipeline=pipeline, url_field="url")

    def clean_batch(batch: Any) -> Any:
        return clean(batch)

    rows = dataset.map_batches(clean_batch, batch_format="pandas").take_all()
    want = {r["id"]: pipeline.clean_record(r, url_field="url") for r in records}
    assert len(rows) == len(records)
    for row in rows:
        if want[row["id"]].get("error") is None:
            assert row["text"] == want[row["id"]]["text"]
            assert json.loads(row["metadata"]) == want[row["id"]]["metadata"]


def test_documented_ray_learning_recipe(local_ray: None, tmp_path: Path) -> None:
    import pandas as pd

    spec = importlib.util.spec_from_file_location(
        "ray_learning_recipe", ROOT / "docs/examples/ray_learning_recipe.py"
    )
    assert spec is not None and spec.loader is not None
    recipe = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(recipe)
    source, target = tmp_path / "corpus.jsonl", tmp_path / "clean"
    source.write_bytes((ROOT / "docs/examples/coast_news.jsonl").read_bytes())
    recipe.learn_and_clean(str(source), str(target))
    records = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines()]
    from newsclean import learn_site_rules

    rules = learn_site_rules([r["text"] for r in records], site="coastnews.example")
    pipeline = Pipeline.default().with_rules(*rules)
    want = {r["id"]: pipeline.clean_record(r, url_field="url") for r in records}
    rows = pd.read_parquet(target).to_dict("records")
    assert sorted(row["id"] for row in rows) == sorted(want)
    for row in rows:
        assert row["text"] == want[row["id"]]["text"]
        assert json.loads(row["metadata"]) == want[row["id"]]["metadata"]
