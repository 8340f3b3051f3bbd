"""The ``newsclean`` command: a thin shell over the library.

Exit codes: 0 success; 1 some records or files had errors (they were reported and, for
JSONL, written through); 2 bad usage or unreadable input; 130 interrupted.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import IO, Any

from newsclean._errors import NewscleanError
from newsclean._io import (
    atomic_output,
    decode,
    expand_inputs,
    is_jsonl_path,
    iter_jsonl,
    read_bytes,
)
from newsclean._pipeline import Pipeline, text_field_problem

__all__ = ["main"]

EXIT_OK, EXIT_RECORD_ERRORS, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

_EPILOG = """exit codes:
  0    success
  1    some records or files had errors (reported; JSONL records written through)
  2    bad usage or unreadable input
  130  interrupted
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclean",
        description="Clean scraped news article text and parse its credit lines.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    clean = commands.add_parser(
        "clean",
        help="clean text files or JSONL corpora",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    clean.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders, or - for stdin")
    clean.add_argument("-o", "--output", help="output file (or folder for several text inputs)")
    clean.add_argument(
        "--format",
        choices=("auto", "text", "jsonl"),
        default="auto",
        help="input format; auto picks JSONL for .jsonl/.jsonl.gz (default: auto)",
    )
    clean.add_argument("--text-field", default="text", help="JSONL field holding the text")
    clean.add_argument(
        "--explain",
        action="store_true",
        help="list each removed line with the rule that removed it (on stderr)",
    )
    clean.add_argument(
        "--on-error",
        choices=("keep", "skip", "fail"),
        default="keep",
        help="bad JSONL record: write it through with an 'error' field (keep), "
        "leave it out (skip), or stop (fail) (default: keep)",
    )
    clean.add_argument(
        "--encoding-errors",
        choices=("replace", "strict"),
        default="replace",
        help="undecodable bytes: replace with U+FFFD and warn, or fail",
    )

    parse = commands.add_parser("parse", help="print the credit metadata of text files as JSON")
    parse.add_argument("inputs", nargs="+", metavar="INPUT", help="files, or - for stdin")
    parse.add_argument("--encoding-errors", choices=("replace", "strict"), default="replace")

    commands.add_parser("rules", help="list every rule: id, description, one example")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit code."""
    args = _parser().parse_args(argv)
    try:
        pipeline = Pipeline.default()
        if args.command == "rules":
            return _list_rules(pipeline)
        if args.command == "parse":
            return _parse_files(pipeline, args)
        return _clean(pipeline, args)
    except NewscleanError as error:
        print(f"newsclean: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("newsclean: interrupted; no partial output was written", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def _list_rules(pipeline: Pipeline) -> int:
    for rule in pipeline:
        example = (rule.must_remove or rule.must_keep or ("",))[0].split("\n")[0]
        print(f"{rule.id:24s} {rule.description}")
        if example:
            print(f"{'':24s} e.g. {example!r}")
    return EXIT_OK


def _read_text(path: str, encoding_errors: str) -> str:
    text, bad = decode(read_bytes(path), path, errors=encoding_errors)
    if bad:
        print(f"newsclean: warning: {path}: {bad} undecodable bytes replaced", file=sys.stderr)
    return text


def _parse_files(pipeline: Pipeline, args: argparse.Namespace) -> int:
    paths = expand_inputs(args.inputs)
    for path in paths:
        metadata = pipeline.clean(_read_text(path, args.encoding_errors)).to_dict()["metadata"]
        if len(paths) > 1:
            metadata = {"path": path, **metadata}
        print(json.dumps(metadata, ensure_ascii=False, indent=None if len(paths) > 1 else 2))
    return EXIT_OK


def _clean(pipeline: Pipeline, args: argparse.Namespace) -> int:
    paths = expand_inputs(args.inputs)
    if not paths:
        print("newsclean: error: no input files found", file=sys.stderr)
        return EXIT_USAGE
    jsonl = [
        p for p in paths if args.format == "jsonl" or (args.format == "auto" and is_jsonl_path(p))
    ]
    texts = [p for p in paths if p not in jsonl]
    if jsonl and texts:
        print(
            "newsclean: error: mix of JSONL and text inputs; run them separately", file=sys.stderr
        )
        return EXIT_USAGE
    if jsonl:
        return _clean_jsonl(pipeline, jsonl, args)
    return _clean_texts(pipeline, texts, args)


def _explain(path: str, result: Any, text: str) -> None:
    for removal in result.removed:
        line = text.count("\n", 0, removal.start) + 1
        print(f"{path}:{line}: [{removal.rule}] {removal.text}", file=sys.stderr)


def _clean_texts(pipeline: Pipeline, paths: list[str], args: argparse.Namespace) -> int:
    several = len(paths) > 1
    if several and args.output and os.path.isfile(args.output):
        print("newsclean: error: several inputs need -o to be a folder", file=sys.stderr)
        return EXIT_USAGE
    for path in paths:
        text = _read_text(path, args.encoding_errors)
        result = pipeline.clean(text)
        if args.explain:
            _explain(path, result, text)
        target = args.output
        if several and args.output:
            target = os.path.join(args.output, os.path.basename(path))
        with atomic_output(target, inputs=paths) as out:
            if several and not args.output:
                out.write(f"==> {path} <==\n")
            out.write(result.text)
            if result.text and not result.text.endswith("\n"):
                out.write("\n")
    return EXIT_OK


def _clean_jsonl(pipeline: Pipeline, paths: list[str], args: argparse.Namespace) -> int:
    counts = {"cleaned": 0, "kept": 0, "skipped": 0}
    with atomic_output(args.output, inputs=paths) as out:
        for path in paths:
            for line in iter_jsonl(path, errors=args.encoding_errors):
                record: dict[str, Any] | None = line.record
                error = line.error
                if record is not None:
                    problem = text_field_problem(record, args.text_field)
                    if problem is None:
                        record = pipeline.clean_record(record, text_field=args.text_field)
                    else:
                        error = f"{path}:{line.number}: {problem}"
                if error is None and record is not None:
                    counts["cleaned"] += 1
                    _write_record(out, record)
                    continue
                print(f"newsclean: {error}", file=sys.stderr)
                if args.on_error == "fail":
                    raise _Abort(error)
                if args.on_error == "skip":
                    counts["skipped"] += 1
                    continue
                counts["kept"] += 1
                _write_record(out, _kept_record(line.record, line.raw, error or ""))
    summary = ", ".join(f"{n} {k}" for k, n in counts.items())
    print(f"newsclean: {summary}", file=sys.stderr)
    return EXIT_RECORD_ERRORS if counts["kept"] or counts["skipped"] else EXIT_OK


class _Abort(NewscleanError):
    """A bad record under ``--on-error fail``."""


def _kept_record(record: dict[str, Any] | None, raw: bytes, error: str) -> dict[str, Any]:
    if record is not None:
        return {**record, "error": error}
    return {"error": error, "raw": raw.decode("utf-8", errors="replace").rstrip("\r\n")}


def _write_record(out: IO[str], record: dict[str, Any]) -> None:
    out.write(json.dumps(record, ensure_ascii=False))
    out.write("\n")
