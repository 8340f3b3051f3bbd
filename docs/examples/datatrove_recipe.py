"""Clean a folder of JSONL shards with datatrove: python datatrove_recipe.py SOURCE TARGET."""

from __future__ import annotations

import sys

from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

from newsclean.integrations.datatrove import NewscleanStep


def clean_folder(source: str, target: str, tasks: int = 4, logs: str = "logs/") -> None:
    LocalPipelineExecutor(
        pipeline=[JsonlReader(source), NewscleanStep(), JsonlWriter(target)],
        tasks=tasks,
        logging_dir=logs,
    ).run()


if __name__ == "__main__":
    clean_folder(sys.argv[1], sys.argv[2])
