"""The JSONL side of ``newsclean clean``: shards in, one output (or one per shard) out.

Every readable line is cleaned and written: a bad record is reported and kept, skipped or
stops the run (``--on-error``); a shard that cannot be opened or read to its end (a
truncated ``.gz``) is reported with the line and byte offset it stopped at, the lines
before that are written, and the other shards are cleaned as usual.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from typing import IO

from newsclean._cli.args import JSONL_DEFAULTS
from newsclean._cli.files import atomic_output, transcode
from newsclean._cli.inputs import Inputs
from newsclean._cli.outputs import folder_targets, is_output_folder
from newsclean._cli.preflight import FieldProblem, check_first_records
from newsclean._cli.progress import Progress
from newsclean._cli.records import JsonlOptions
from newsclean._cli.streaming import RawChunk, read_blocks, stream_jsonl
from newsclean._cli.summary import RuleStats
from newsclean._engine.pipeline import Pipeline
from newsclean._engine.records import check_field_names
from newsclean._errors import InputError, NewscleanError

__all__ = ["Abort", "clean_jsonl"]

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2


class Abort(NewscleanError):
    """A bad record under ``--on-error fail``."""


def jsonl_options(args: argparse.Namespace) -> Callable[[str], JsonlOptions]:
    """The options for one file, from the command line (defaults filled in)."""

    def given(name: str) -> str:
        value = getattr(args, name)
        return JSONL_DEFAULTS[name] if value is None else str(value)

    text_field, metadata_field = given("text_field"), given("metadata_field")
    error_field = given("error_field")
    check_field_names(text_field, metadata_field, error_field)

    def options(path: str) -> JsonlOptions:
        return JsonlOptions(
            path="<stdin>" if path == "-" else path,
            on_error=args.on_error or "keep",
            encoding_errors=args.encoding_errors,
            input_encoding=args.input_encoding,
            byline_field=args.byline_field,
            text_field=text_field,
            metadata_field=metadata_field,
            error_field=error_field,
            site_field=getattr(args, "site_field", None),
            url_field=getattr(args, "url_field", None),
            removed=args.removed or "full",
        )

    return options


def clean_jsonl(
    pipeline: Pipeline, inputs: Inputs, args: argparse.Namespace, stats: RuleStats
) -> int:
    paths = inputs.paths
    options = jsonl_options(args)
    if is_output_folder(args.output, inputs):
        targets: dict[str, str | None] = dict(folder_targets(args.output, inputs, "stdin.jsonl"))
    else:
        targets = dict.fromkeys(paths, args.output)
    unread: list[str] = []
    totals = {"cleaned": 0, "kept": 0, "skipped": 0}
    progress = Progress()
    hold = options(paths[0]).on_error == "fail"
    try:
        with _Outputs(targets, paths, hold_stdout=hold) as outputs:
            blocks = _blocks(paths, options, unread)
            for chunk in stream_jsonl(pipeline, blocks, jobs=args.jobs):
                outputs.write(chunk.path, chunk.data)
                progress.add(chunk.records, chunk.input_bytes)
                for error in chunk.errors:
                    print(f"newsclean: {error}", file=sys.stderr)
                if chunk.failed:
                    raise Abort(chunk.errors[-1])
                for key in totals:
                    totals[key] += getattr(chunk, key)
                stats.add(chunk.rules)
    finally:
        progress.close()
        _summary(totals, unread)
    if len(unread) == len(paths):
        return EXIT_USAGE  # nothing could be read at all
    bad = totals["kept"] or totals["skipped"] or unread or inputs.problems
    return EXIT_BAD_INPUT if bad else EXIT_OK


def _summary(totals: dict[str, int], unread: list[str]) -> None:
    summary = ", ".join(f"{n} {k}" for k, n in totals.items())
    if unread:
        summary += f"; {len(unread)} input{'s' if len(unread) > 1 else ''} not read to the end"
    print(f"newsclean: {summary}", file=sys.stderr)


def _blocks(
    paths: list[str], options: Callable[[str], JsonlOptions], unread: list[str]
) -> Iterator[RawChunk]:
    """Blocks of raw lines from every input, with the options for its file.

    A file that cannot be read (or read to its end) is reported and added to ``unread``;
    the blocks read before the fault are still given. An empty file gives one empty block,
    so that it still gets its (empty) output. The first block of the run is looked at
    before it is given (:func:`check_first_records`).
    """
    first_block = True
    for path in paths:
        file_options = options(path)
        given = False
        try:
            for first, data in read_blocks(path):
                if first_block:
                    utf8 = data
                    if file_options.input_encoding != "utf-8":
                        utf8 = transcode(data, file_options.input_encoding, "replace")
                    check_first_records(utf8, file_options)
                    first_block = False
                given = True
                yield file_options, first, data
        except FieldProblem:
            raise
        except InputError as error:
            print(f"newsclean: error: {error}", file=sys.stderr)
            unread.append(str(error))
            continue
        if not given:
            yield file_options, 1, b""


class _Outputs:
    """The open output of each target, opened on first use; one target's output is
    committed (renamed into place) when the next one starts, the last at the end."""

    def __init__(
        self, targets: dict[str, str | None], inputs: list[str], *, hold_stdout: bool
    ) -> None:
        self._targets = {("<stdin>" if p == "-" else p): t for p, t in targets.items()}
        self._inputs = inputs
        self._hold = hold_stdout
        self._stack = ExitStack()
        self._current: tuple[str | None, IO[bytes]] | None = None

    def __enter__(self) -> _Outputs:
        return self

    def __exit__(self, *error: object) -> None:
        self._stack.__exit__(*error)  # type: ignore[arg-type]

    def write(self, path: str, data: bytes) -> None:
        target = self._targets[path]
        if self._current is None or self._current[0] != target:
            if self._current is not None:
                self._stack.close()  # commits the previous output
                self._stack = ExitStack()
            stream = self._stack.enter_context(
                atomic_output(target, inputs=self._inputs, hold_stdout=self._hold)
            )
            stream.flush()
            self._current = (target, stream.buffer)  # type: ignore[attr-defined]
        self._current[1].write(data)
