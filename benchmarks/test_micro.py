"""Micro-benchmarks per rule family and per parser (pytest-benchmark; not run by the test suite).

    pip install pytest-benchmark && python -m pytest benchmarks/ --benchmark-columns=mean,ops

Each family runs as its own pipeline over the same documents (the bundled seed article
repeated with story paragraphs, plus the first 200 texts of the development corpus when
present); each parser runs over the lines its rule's gate lets through.
"""

from __future__ import annotations

import importlib
import itertools
import json
import pkgutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import newsclean.rules
from newsclean import Document, Pipeline, Rule
from newsclean._kinds.gate import GatedRule, GateScanner

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT.parent / "shared" / "corpus" / "pages.jsonl"

pytest.importorskip("pytest_benchmark")


def _texts() -> list[str]:
    seed = (ROOT / "docs" / "examples" / "seed_article.txt").read_text(encoding="utf-8")
    texts = [seed, seed + "\n\n" + "A paragraph of the story that goes on for a while. " * 20]
    if PAGES.exists():
        with PAGES.open(encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in itertools.islice(handle, 200)]
    return texts


TEXTS = _texts()
DEFAULT = Pipeline.default()


def _families() -> dict[str, list[str]]:
    """Rule ids of the default pipeline by the ``newsclean.rules`` module defining them."""
    families = {}
    for info in pkgutil.iter_modules(newsclean.rules.__path__):
        module = importlib.import_module(f"newsclean.rules.{info.name}")
        defined = {value.id for value in vars(module).values() if isinstance(value, Rule)}
        ids = [rule.id for rule in DEFAULT if rule.id in defined]
        if ids:
            families[info.name] = ids
    return families


FAMILIES = _families()


def _clean_all(pipeline: Pipeline) -> Callable[[], None]:
    def run() -> None:
        for text in TEXTS:
            pipeline.clean(text)

    return run


def test_default_pipeline(benchmark: Any) -> None:
    benchmark(_clean_all(DEFAULT))


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_rule_family(benchmark: Any, family: str) -> None:
    benchmark(_clean_all(DEFAULT.only(*FAMILIES[family])))


@pytest.mark.parametrize(
    "rule_id", ["byline", "wire-credit", "dateline", "contributor-credit", "copyright-line"]
)
def test_parser_on_its_candidates(benchmark: Any, rule_id: str) -> None:
    rule = DEFAULT.rule(rule_id)
    assert isinstance(rule, GatedRule)
    scanner = GateScanner([rule.gate()])
    lines = [doc.lines[i] for doc in map(Document, TEXTS) for i in scanner.scan(doc)[0]]
    parse = rule.parse  # type: ignore[attr-defined]
    benchmark(lambda: [parse(line) for line in lines])


def test_document_split_and_gate_scan(benchmark: Any) -> None:
    scanner = DEFAULT._scanner

    def run() -> None:
        for text in TEXTS:
            scanner.scan(Document(text))

    benchmark(run)


@pytest.mark.parametrize("copies", [1, 10, 100])
def test_cost_per_document_size(benchmark: Any, copies: int) -> None:
    """Time should grow in proportion to ``copies`` (cost linear in document size)."""
    text = "\n\n".join(TEXTS[:1] * copies)
    benchmark(DEFAULT.clean, text)
