"""datatrove's C4 line filter over a JSONL corpus: ``python datatrove_c4.py IN OUT``.

``C4QualityFilter`` with its defaults except that a document is never dropped: the lines it
keeps are written back (what a line filter does to a corpus), one record per record. So its
sentence count (``min_num_sentences``, which only decides whether to drop a document) is
off: it tokenises every kept line with spaCy, and below five sentences it returned before
writing the kept lines back.
"""

from __future__ import annotations

import sys

import msgspec
from datatrove.data import Document
from datatrove.pipeline.filters import C4QualityFilter


def main(source: str, target: str) -> None:
    line_filter = C4QualityFilter(
        filter_no_terminal_punct=True, filter_lorem_ipsum=False, min_num_sentences=-1
    )
    decoder, encoder = msgspec.json.Decoder(), msgspec.json.Encoder()
    with open(source, "rb") as lines, open(target, "wb") as out:
        for number, raw in enumerate(lines):
            record = decoder.decode(raw)
            doc = Document(text=record["text"], id=str(number))
            line_filter.filter(doc)  # removes lines from doc.text; its verdict is ignored
            record["text"] = doc.text
            out.write(encoder.encode(record) + b"\n")


if __name__ == "__main__":
    main(*sys.argv[1:3])
