"""The datatrove step, on in-memory documents: text cleaned, the reader's metadata kept."""

from __future__ import annotations

import pytest

from newsclean import InputError, Pipeline

pytest.importorskip(
    "datatrove", reason='datatrove is not installed (pip install "newsclean[datatrove]")'
)

from datatrove.data import Document

from newsclean.integrations.datatrove import NewscleanStep

TEXTS = [
    "Skip to content\n\nBy Jane Doe, Reuters\n\nThe council met on Tuesday.",
    "Share this article\n\nThe river rose two metres overnight.",
    "",
]


def _documents() -> list[Document]:
    return [
        Document(text=text, id=str(n), metadata={"url": f"https://example.com/{n}"})
        for n, text in enumerate(TEXTS)
    ]


def test_step_cleans_each_document_and_keeps_the_reader_s_metadata() -> None:
    out = list(NewscleanStep().run(iter(_documents())))
    pipeline = Pipeline.default()
    assert [doc.id for doc in out] == ["0", "1", "2"]
    for doc, text in zip(out, TEXTS, strict=True):
        want = pipeline.clean(text).to_dict()
        assert doc.text == want["text"]
        assert doc.metadata == {
            "url": f"https://example.com/{doc.id}",
            "newsclean": want["metadata"],
        }
    assert out[0].metadata["newsclean"]["byline"]["authors"][0]["name"] == "Jane Doe"


def test_a_document_with_the_key_already_is_refused() -> None:
    document = Document(text=TEXTS[0], id="x", metadata={"newsclean": "mine"})
    with pytest.raises(InputError, match=r"already has metadata\['newsclean'\]"):
        list(NewscleanStep().run(iter([document])))
    (out,) = NewscleanStep(metadata_key="nc").run(iter([document]))
    assert out.metadata["newsclean"] == "mine" and "removed" in out.metadata["nc"]


def test_documented_recipe_cleans_a_folder_of_shards(tmp_path) -> None:
    import gzip
    import importlib.util
    import json

    from helpers import ROOT

    spec = importlib.util.spec_from_file_location(
        "datatrove_recipe", ROOT / "docs/examples/datatrove_recipe.py"
    )
    assert spec is not None and spec.loader is not None
    recipe = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(recipe)
    source = tmp_path / "raw"
    source.mkdir()
    rows = [{"id": str(n), "text": text} for n, text in enumerate(TEXTS)]
    (source / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    recipe.clean_folder(str(source), str(tmp_path / "clean"), tasks=1, logs=str(tmp_path / "logs"))
    (output,) = (tmp_path / "clean").iterdir()
    with gzip.open(output, "rt", encoding="utf-8") as handle:
        out = [json.loads(line) for line in handle]
    pipeline = Pipeline.default()
    assert [r["text"] for r in out] == [
        pipeline.clean(t).text for t in TEXTS if pipeline.clean(t).text
    ]
