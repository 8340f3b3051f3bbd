"""A datatrove pipeline step that cleans each document's text with newsclean.

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from newsclean.integrations.datatrove import NewscleanStep

    LocalPipelineExecutor(
        pipeline=[JsonlReader("raw/"), NewscleanStep(), JsonlWriter("clean/")], tasks=8
    ).run()

Each document's ``text`` is cleaned; newsclean's metadata (byline, wire, ..., removed) goes
into ``document.metadata["newsclean"]`` (``metadata_key``), next to the reader's own keys,
which are kept. A document that already has that key raises :class:`newsclean.InputError`
rather than lose it. Install with ``pip install "newsclean[datatrove]"``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from datatrove.pipeline.base import PipelineStep

from newsclean._engine.pipeline import Pipeline
from newsclean._errors import InputError

__all__ = ["NewscleanStep"]


class NewscleanStep(PipelineStep):  # type: ignore[misc]  # datatrove is untyped
    """Clean ``document.text``; newsclean's metadata goes into ``document.metadata``."""

    name = "newsclean"
    type = "Formatter"

    def __init__(
        self, pipeline: Pipeline | None = None, *, metadata_key: str = "newsclean"
    ) -> None:
        super().__init__()
        self.pipeline = Pipeline.default() if pipeline is None else pipeline
        self.metadata_key = metadata_key

    def run(self, data: Any, rank: int = 0, world_size: int = 1) -> Iterator[Any]:
        """Each document of ``data``, cleaned, in order."""
        for document in data:
            if self.metadata_key in document.metadata:
                raise InputError(
                    f"document {document.id!r} already has metadata[{self.metadata_key!r}]; "
                    "name another with NewscleanStep(metadata_key=...)"
                )
            self.stat_update("documents")
            with self.track_time():
                result = self.pipeline.clean(document.text)
            document.text = result.text
            document.metadata[self.metadata_key] = result.to_dict()["metadata"]
            self.stat_update("removed_lines", value=len(result.removed))
            yield document
