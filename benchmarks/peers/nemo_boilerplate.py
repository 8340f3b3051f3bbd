"""NeMo Curator's boilerplate modifier over a JSONL corpus: ``python nemo_boilerplate.py IN OUT``.

``BoilerPlateStringModifier`` with its defaults, applied to each record's ``text``.
"""

from __future__ import annotations

import sys

import msgspec

try:
    from nemo_curator.stages.text.modifiers import BoilerPlateStringModifier
except ImportError:  # older layout
    from nemo_curator.modifiers import BoilerPlateStringModifier


def main(source: str, target: str) -> None:
    modifier = BoilerPlateStringModifier()
    decoder, encoder = msgspec.json.Decoder(), msgspec.json.Encoder()
    with open(source, "rb") as lines, open(target, "wb") as out:
        for raw in lines:
            record = decoder.decode(raw)
            record["text"] = modifier.modify_document(record["text"])
            out.write(encoder.encode(record) + b"\n")


if __name__ == "__main__":
    main(*sys.argv[1:3])
