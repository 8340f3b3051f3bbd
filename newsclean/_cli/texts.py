"""The text side of the command: ``clean`` on text files and ``parse``."""

from __future__ import annotations

import argparse
import json
import sys
from bisect import bisect_right
from collections.abc import Iterator

from newsclean._cli.files import atomic_output, check_not_binary, decode, read_bytes, transcode
from newsclean._cli.inputs import Inputs, is_jsonl_path
from newsclean._cli.outputs import folder_targets, is_output_folder
from newsclean._cli.summary import RuleStats
from newsclean._document import Document
from newsclean._engine.pipeline import Pipeline
from newsclean._errors import InputError
from newsclean._result import CleanResult

__all__ = ["clean_texts", "display", "parse_files"]

EXIT_OK, EXIT_USAGE = 0, 2


def display(path: str) -> str:
    return "<stdin>" if path == "-" else path


def _read_text(path: str, args: argparse.Namespace) -> str:
    """The text of ``path``; :class:`InputError` if it is binary or (strict) undecodable."""
    data = read_bytes(path)
    check_not_binary(data, display(path))
    if args.input_encoding != "utf-8":
        data = transcode(data, args.input_encoding, args.encoding_errors, display(path))
    decoded = decode(data, display(path), errors=args.encoding_errors)
    warning = decoded.warning(display(path))
    if warning is not None:
        print(f"newsclean: {warning}", file=sys.stderr)
    return decoded.text


def _readable_texts(paths: list[str], args: argparse.Namespace) -> Iterator[tuple[str, str]]:
    """``(path, text)`` for each input that can be read; the others are reported."""
    for path in paths:
        try:
            yield path, _read_text(path, args)
        except InputError as error:
            print(f"newsclean: error: {error}", file=sys.stderr)


def parse_files(pipeline: Pipeline, paths: list[str], args: argparse.Namespace) -> int:
    corpora = [path for path in paths if is_jsonl_path(path)]
    if corpora:  # read as one text, a corpus would give one meaningless answer
        print(
            f"newsclean: error: {corpora[0]}: 'parse' reads text files; "
            "'newsclean clean' cleans a JSONL corpus and adds each record's metadata",
            file=sys.stderr,
        )
        return EXIT_USAGE
    done = 0
    for path, text in _readable_texts(paths, args):
        metadata = pipeline.clean(text).to_dict()["metadata"]
        if len(paths) > 1:
            metadata = {"path": path, **metadata}
        print(json.dumps(metadata, ensure_ascii=False, indent=None if len(paths) > 1 else 2))
        done += 1
    return EXIT_OK if done == len(paths) else EXIT_USAGE


def _explain(path: str, result: CleanResult, text: str) -> None:
    starts = Document(text).starts
    for removal in result.removed:
        line = bisect_right(starts, removal.start)
        print(f"{display(path)}:{line}: [{removal.rule}] {removal.text}", file=sys.stderr)


def clean_texts(
    pipeline: Pipeline, inputs: Inputs, args: argparse.Namespace, stats: RuleStats
) -> int:
    paths = inputs.paths
    targets = _text_targets(inputs, args.output)
    headers = len(paths) > 1 and targets[paths[0]] is None
    done = 0
    for path, text in _readable_texts(paths, args):
        result = pipeline.clean(text)
        _report(path, result, stats)
        if args.explain:
            _explain(path, result, text)
        cleaned = _with_final_break(result.text, text)
        with atomic_output(targets[path], inputs=paths) as out:
            if headers:
                out.write(f"==> {display(path)} <==\n")
                cleaned = (
                    cleaned if cleaned.endswith(("\n", "\r")) or not cleaned else cleaned + "\n"
                )
            out.write(cleaned)
        done += 1
    return EXIT_OK if done == len(paths) and not inputs.problems else EXIT_USAGE


def _report(path: str, result: CleanResult, stats: RuleStats) -> None:
    """Warn about rules that failed or were left out on lines; count removals per rule."""
    for failure in result.errors:
        print(
            f"newsclean: {display(path)}: warning: {failure.message}; text left unchanged",
            file=sys.stderr,
        )
    for warning in result.warnings:
        print(f"newsclean: {display(path)}: warning: {warning.message}", file=sys.stderr)
    stats.add((removal.rule, 1, 0) for removal in result.removed)
    stats.add((warning.rule, 0, 1) for warning in result.warnings)


def _text_targets(inputs: Inputs, output: str | None) -> dict[str, str | None]:
    """Where each text input's cleaned text goes (``None``: stdout), checked before any write."""
    paths = inputs.paths
    if output is None or output == "-":
        return dict.fromkeys(paths)
    if is_output_folder(output, inputs):
        return dict(folder_targets(output, inputs, "stdin.txt"))
    if len(paths) > 1:
        raise InputError(f"{output}: several inputs need -o to be a folder")
    return {paths[0]: output}


def _with_final_break(cleaned: str, original: str) -> str:
    """``cleaned``, ending in the original's final line break if the original had one."""
    if not cleaned or cleaned.endswith(("\n", "\r")):
        return cleaned
    for line_break in ("\r\n", "\n", "\r"):
        if original.endswith(line_break):
            return cleaned + line_break
    return cleaned
