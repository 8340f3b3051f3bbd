"""The ``newsclean`` command: a thin shell over the library.

Exit codes (see ``_EPILOG``): 0 success; 1 some JSONL records had errors (reported and
written through, or skipped); 2 bad usage or an unreadable input; 130 interrupted.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import IO

from newsclean._cli.catalogue import rule_catalogue
from newsclean._cli.files import (
    atomic_output,
    check_not_an_input,
    check_not_binary,
    decode,
    expand_inputs,
    input_names,
    is_jsonl_path,
    read_bytes,
)
from newsclean._cli.progress import Progress
from newsclean._cli.records import JsonlOptions
from newsclean._cli.streaming import Block, read_blocks, stream_jsonl
from newsclean._document import Document
from newsclean._engine.pipeline import Pipeline, check_rules_file, load_rules
from newsclean._errors import InputError, NewscleanError
from newsclean._result import CleanResult
from newsclean._rule import Rule

__all__ = ["main"]

EXIT_OK, EXIT_RECORD_ERRORS, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

_EPILOG = """exit codes:
  0    success
  1    some JSONL records had errors: each is reported on stderr as FILE:LINE: reason,
       and written through with an "error" field (or left out under --on-error skip);
       for 'rules check': a rule's examples failed
  2    bad usage, an invalid rules file or plugin, or an input that could not be read
       (missing, binary, invalid UTF-8 under --encoding-errors strict), or a bad record
       under --on-error fail; the other text inputs are still cleaned
  130  interrupted (Ctrl-C or SIGTERM); no output file is left half-written
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
    _add_input_options(clean)
    _add_rule_options(clean)
    _add_run_options(clean)

    parse = commands.add_parser("parse", help="print the credit metadata of text files as JSON")
    parse.add_argument("inputs", nargs="+", metavar="INPUT", help="files, or - for stdin")
    parse.add_argument("--encoding-errors", choices=("replace", "strict"), default="replace")
    _add_rule_options(parse)

    rules = commands.add_parser(
        "rules",
        help="list every rule (id, source, description), or check a rules file",
        description="List every rule of the pipeline: id, source (builtin, a rules file, "
        "or plugin:<distribution>) and description.",
    )
    _add_rule_options(rules)
    rules.add_argument(
        "--markdown", action="store_true", help="print the full rule catalogue as Markdown"
    )
    actions = rules.add_subparsers(dest="rules_action", metavar="ACTION")
    check = actions.add_parser(
        "check",
        help="run the examples of rules files and report pass/fail per rule",
        description="Load each rules file and run every rule's remove/keep examples. "
        "Exit code 0 if all pass, 1 if any rule fails, 2 if a file cannot be read.",
    )
    check.add_argument("files", nargs="+", metavar="FILE", help="TOML rules files")
    return parser


def _add_input_options(command: argparse.ArgumentParser) -> None:
    """What to read and write, and what to do with bad input."""
    command.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="files, folders, or - for stdin"
    )
    command.add_argument("-o", "--output", help="output file (or folder for several text inputs)")
    command.add_argument(
        "--format",
        choices=("auto", "text", "jsonl"),
        default="auto",
        help="input format; auto picks JSONL for .jsonl/.jsonl.gz (default: auto)",
    )
    command.add_argument("--text-field", default="text", help="JSONL field holding the text")
    command.add_argument(
        "--byline-field",
        metavar="NAME",
        help="JSONL field holding an author string (from a scraper or feed); it is parsed as a "
        "byline (no 'By' needed) and becomes metadata.byline",
    )
    command.add_argument(
        "--remove-datelines",
        action="store_true",
        help="also remove wire datelines ('WASHINGTON (AP) —') from the text (default: parse "
        "them into metadata.dateline and keep them)",
    )
    command.add_argument(
        "--explain",
        action="store_true",
        help="list each removed line with the rule that removed it (on stderr)",
    )
    command.add_argument(
        "--on-error",
        choices=("keep", "skip", "fail"),
        default="keep",
        help="bad JSONL record: write it through with an 'error' field (keep), "
        "leave it out (skip), or stop (fail) (default: keep)",
    )
    command.add_argument(
        "--encoding-errors",
        choices=("replace", "strict"),
        default="replace",
        help="undecodable bytes: replace with U+FFFD and warn, or fail (default: replace)",
    )


def _add_rule_options(command: argparse.ArgumentParser) -> None:
    """Which rules run (rules files, plugins, --only/--disable)."""
    group = command.add_argument_group("rules")
    group.add_argument(
        "--rules",
        action="append",
        default=[],
        metavar="FILE",
        help="add the rules of a TOML rules file (repeatable)",
    )
    group.add_argument(
        "--no-plugins",
        action="store_true",
        help="leave out rules from installed plugins (entry points 'newsclean.rules')",
    )
    group.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="RULE",
        help="run just this rule (repeatable; ids as listed by 'newsclean rules')",
    )
    group.add_argument(
        "--disable",
        action="append",
        default=[],
        metavar="RULE",
        help="do not run this rule (repeatable)",
    )


def _add_run_options(command: argparse.ArgumentParser) -> None:
    """How the work runs (worker processes, progress)."""
    command.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="worker processes for JSONL input; 0 means one per CPU (default: 1). "
        "Output order is the input order whatever N is",
    )


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError("must be 0 (one per CPU) or more")
    return jobs or os.cpu_count() or 1


def _build_pipeline(args: argparse.Namespace) -> Pipeline:
    """The pipeline the options ask for."""
    pipeline = Pipeline.default(
        plugins=not args.no_plugins,
        remove_datelines=getattr(args, "remove_datelines", False),
    )
    for path in args.rules:
        pipeline = pipeline.with_rules(*load_rules(path, existing=pipeline.rules))
    if args.only:
        pipeline = pipeline.only(*args.only)
    if args.disable:
        pipeline = pipeline.without(*args.disable)
    return pipeline


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit code."""
    args = _parser().parse_args(argv)
    try:
        with _terminate_as_interrupt():
            if args.command == "rules" and args.rules_action == "check":
                return _check_rules_files(args.files)
            pipeline = _build_pipeline(args)
            if args.command == "rules":
                if args.markdown:
                    print(rule_catalogue(pipeline), end="")
                    return EXIT_OK
                return _list_rules(pipeline)
            if args.command == "parse":
                return _parse_files(pipeline, args)
            return _clean(pipeline, args)
    except NewscleanError as error:
        for line in str(error).splitlines():
            print(f"newsclean: error: {line}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("newsclean: interrupted; no output file was left half-written", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


@contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """Treat SIGTERM (``kill``) like Ctrl-C, so temporary output files are removed."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _list_rules(pipeline: Pipeline) -> int:
    id_width = max((len(rule.id) for rule in pipeline), default=0)
    source_width = max((len(rule.source) for rule in pipeline), default=0)
    for rule in pipeline:
        print(f"{rule.id:{id_width}}  {rule.source:{source_width}}  {rule.description}")
    return EXIT_OK


def _check_rules_files(paths: Sequence[str]) -> int:
    """Run the examples of every rule in ``paths``; one PASS/FAIL line per rule."""
    loaded: list[Rule] = []
    passed = failed = 0
    for path in paths:
        for check in check_rules_file(path, existing=loaded):
            name = check.rule_id or "(no id)"
            if check.passed and check.rule is not None:
                rule = check.rule
                counts = f"{len(rule.must_remove)} remove, {len(rule.must_keep)} keep"
                print(f"PASS  {name}  ({check.path}:{check.line}; {counts})")
                loaded.append(rule)
                passed += 1
            else:
                print(f"FAIL  {name}")
                for problem in check.problems:
                    print(f"      {problem}")
                failed += 1
    print(f"{passed + failed} rules: {passed} passed, {failed} failed")
    return EXIT_RECORD_ERRORS if failed else EXIT_OK


def _display(path: str) -> str:
    return "<stdin>" if path == "-" else path


def _read_text(path: str, encoding_errors: str) -> str:
    """The text of ``path``; :class:`InputError` if it is binary or (strict) not UTF-8."""
    data = read_bytes(path)
    check_not_binary(data, _display(path))
    decoded = decode(data, _display(path), errors=encoding_errors)
    warning = decoded.warning(_display(path))
    if warning is not None:
        print(f"newsclean: {warning}", file=sys.stderr)
    return decoded.text


def _readable_texts(paths: list[str], encoding_errors: str) -> Iterator[tuple[str, str]]:
    """``(path, text)`` for each input that can be read; the others are reported."""
    for path in paths:
        try:
            yield path, _read_text(path, encoding_errors)
        except InputError as error:
            print(f"newsclean: error: {error}", file=sys.stderr)


def _parse_files(pipeline: Pipeline, args: argparse.Namespace) -> int:
    paths = expand_inputs(args.inputs)
    corpora = [path for path in paths if is_jsonl_path(path)]
    if corpora:  # read as one text, a corpus would give one meaningless answer
        print(
            f"newsclean: error: {corpora[0]}: 'parse' reads text files; "
            "'newsclean clean' cleans a JSONL corpus and adds each record's metadata",
            file=sys.stderr,
        )
        return EXIT_USAGE
    done = 0
    for path, text in _readable_texts(paths, args.encoding_errors):
        metadata = pipeline.clean(text).to_dict()["metadata"]
        if len(paths) > 1:
            metadata = {"path": path, **metadata}
        print(json.dumps(metadata, ensure_ascii=False, indent=None if len(paths) > 1 else 2))
        done += 1
    return EXIT_OK if done == len(paths) else EXIT_USAGE


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


def _explain(path: str, result: CleanResult, text: str) -> None:
    starts = Document(text).starts
    for removal in result.removed:
        line = bisect_right(starts, removal.start)
        print(f"{_display(path)}:{line}: [{removal.rule}] {removal.text}", file=sys.stderr)


def _clean_texts(pipeline: Pipeline, paths: list[str], args: argparse.Namespace) -> int:
    targets = _text_targets(paths, args.inputs, args.output)
    headers = len(paths) > 1 and targets[paths[0]] is None
    done = 0
    for path, text in _readable_texts(paths, args.encoding_errors):
        result = pipeline.clean(text)
        for failure in result.errors:
            print(
                f"newsclean: {_display(path)}: warning: {failure.message}; text left unchanged",
                file=sys.stderr,
            )
        if args.explain:
            _explain(path, result, text)
        cleaned = _with_final_break(result.text, text)
        with atomic_output(targets[path], inputs=paths) as out:
            if headers:
                out.write(f"==> {_display(path)} <==\n")
                cleaned = (
                    cleaned if cleaned.endswith(("\n", "\r")) or not cleaned else cleaned + "\n"
                )
            out.write(cleaned)
        done += 1
    return EXIT_OK if done == len(paths) else EXIT_USAGE


def _text_targets(paths: list[str], inputs: list[str], output: str | None) -> dict[str, str | None]:
    """Where each text input's cleaned text goes (``None``: stdout), checked before any write.

    Several inputs need ``-o`` to be a folder; there each output keeps its name relative to
    the folder it was found in. No output may collide with another or overwrite an input.
    """
    if output is None or output == "-":
        return dict.fromkeys(paths)
    if len(paths) == 1 and not os.path.isdir(output):
        check_not_an_input(output, paths)
        return {paths[0]: output}
    if os.path.exists(output) and not os.path.isdir(output):
        raise InputError(f"{output}: several inputs need -o to be a folder")
    names = dict(input_names(inputs))
    targets: dict[str, str | None] = {}
    seen: dict[str, str] = {}
    for path in paths:
        target = os.path.join(output, "stdin.txt" if path == "-" else names.get(path, path))
        if target in seen:
            raise InputError(f"{seen[target]} and {path} would both be written to {target}")
        check_not_an_input(target, paths)
        seen[target] = path
        targets[path] = target
    return targets


def _with_final_break(cleaned: str, original: str) -> str:
    """``cleaned``, ending in the original's final line break if the original had one."""
    if not cleaned or cleaned.endswith(("\n", "\r")):
        return cleaned
    for line_break in ("\r\n", "\n", "\r"):
        if original.endswith(line_break):
            return cleaned + line_break
    return cleaned


def _clean_jsonl(pipeline: Pipeline, paths: list[str], args: argparse.Namespace) -> int:
    totals = {"cleaned": 0, "kept": 0, "skipped": 0}
    progress = Progress()
    with atomic_output(args.output, inputs=paths) as out:
        binary = _binary(out)
        try:
            for chunk in stream_jsonl(pipeline, _work(paths, args), jobs=args.jobs):
                binary.write(chunk.data)
                progress.add(chunk.records, chunk.input_bytes)
                for error in chunk.errors:
                    print(f"newsclean: {error}", file=sys.stderr)
                if chunk.failed:
                    raise _Abort(chunk.errors[-1])
                for key in totals:
                    totals[key] += getattr(chunk, key)
        finally:
            progress.close()
    summary = ", ".join(f"{n} {k}" for k, n in totals.items())
    print(f"newsclean: {summary}", file=sys.stderr)
    return EXIT_RECORD_ERRORS if totals["kept"] or totals["skipped"] else EXIT_OK


def _work(paths: list[str], args: argparse.Namespace) -> Iterator[Block]:
    """Blocks of raw lines from every input, each with the options for its file."""
    for path in paths:
        options = JsonlOptions(
            path=path,
            text_field=args.text_field,
            on_error=args.on_error,
            encoding_errors=args.encoding_errors,
            byline_field=args.byline_field,
        )
        for first, data in read_blocks(path):
            yield options, first, data


def _binary(out: IO[str]) -> IO[bytes]:
    """The byte stream under a text output (chunks arrive already encoded)."""
    out.flush()
    return out.buffer  # type: ignore[attr-defined,no-any-return]


class _Abort(NewscleanError):
    """A bad record under ``--on-error fail``."""
