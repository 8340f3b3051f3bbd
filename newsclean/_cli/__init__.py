"""The ``newsclean`` command: a thin shell over the library (arguments, files, JSONL, streaming)."""
