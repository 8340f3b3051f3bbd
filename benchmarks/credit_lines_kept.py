"""Clean a JSONL file as the default pipeline does, but leave the credit rules' lines in the text.

    python ../shared/checks/score_pages.py ../shared/corpus/sites.jsonl \\
        --cmd "python benchmarks/credit_lines_kept.py"

For measuring only: it shows how much of the recall loss on pages whose true body includes the
byline, date and contributor lines comes from newsclean moving those lines into the metadata
(the rules of stage "credit" still run and fill the metadata; their lines are kept). It takes
``IN.jsonl -o OUT.jsonl`` like ``newsclean clean`` and writes only the cleaned ``text``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence

import attrs

import newsclean
from newsclean._engine import pipeline as engine
from newsclean._rule import Tag


def main() -> None:
    source, target = sys.argv[1], sys.argv[3]
    pipeline = newsclean.Pipeline.default()
    credit = {rule.id for rule in pipeline.rules if rule.stage == "credit"}
    removing = engine.apply_tags

    def keeping_credit_lines(doc: newsclean.Document, found: Sequence[Tag]) -> object:
        return removing(
            doc, [attrs.evolve(t, remove=False) if t.rule in credit else t for t in found]
        )

    engine.apply_tags = keeping_credit_lines  # type: ignore[assignment]
    with open(source, encoding="utf-8") as lines, open(target, "w", encoding="utf-8") as out:
        for line in lines:
            record = json.loads(line)
            record["text"] = pipeline.clean(record["text"]).text
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
