"""The ``newsclean`` command: a thin shell over the library.

Exit codes (see :data:`newsclean._cli.args.EPILOG`): 0 success; 1 some input was bad but
everything readable was written; 2 bad usage, unreadable text input, or output that could
not be written; 130 interrupted.
"""

from __future__ import annotations

import argparse
import errno
import gc
import os
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress

from newsclean._cli.args import JSONL_ONLY, parser
from newsclean._cli.catalogue import rule_catalogue
from newsclean._cli.files import check_encoding
from newsclean._cli.inputs import Inputs, find_inputs, is_jsonl_path
from newsclean._cli.jsonl import clean_jsonl
from newsclean._cli.summary import RuleStats
from newsclean._cli.texts import clean_texts, parse_files
from newsclean._engine.pipeline import Pipeline, check_rules_file, load_rules
from newsclean._errors import NewscleanError, RuleError
from newsclean._kinds.pattern import RegexRule
from newsclean._rule import Rule

__all__ = ["main"]

EXIT_OK, EXIT_RECORD_ERRORS, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


_ENGINE_NAMES = {"re2": "RE2 (linear time)", "backtracking": "the backtracking engine (timeout_ms)"}


def _build_pipeline(args: argparse.Namespace) -> Pipeline:
    """The pipeline the options ask for."""
    pipeline = Pipeline.default(
        plugins=not args.no_plugins,
        remove_datelines=getattr(args, "remove_datelines", False),
        keep_credit_lines=getattr(args, "keep_credit_lines", False),
    )
    for path in args.rules:
        pipeline = pipeline.with_rules(*load_rules(path, existing=pipeline.rules))
    if args.only:
        pipeline = pipeline.only(*args.only)
    if args.disable:
        pipeline = pipeline.without(*args.disable)
    return pipeline


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit code.

    Run as the process's own command (no ``argv``), the objects built before the first input
    is read (modules, rules, patterns) are frozen out of the garbage collector's passes: they
    live until exit, and passing over them again and again cost a small run 6% of its work.
    """
    if argv is None:
        gc.freeze()
    args = parser().parse_args(argv)
    try:
        with _terminate_as_interrupt():
            return _run(args, own_process=argv is None)
    except NewscleanError as error:
        for line in str(error).splitlines():
            print(f"newsclean: error: {line}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("newsclean: interrupted; no output file was left half-written", file=sys.stderr)
        return EXIT_INTERRUPTED
    except OSError as error:  # writing to stdout: a closed pipe, a full disk
        if isinstance(error, BrokenPipeError) or error.errno == errno.EPIPE:
            reason = "the output was closed before the end (broken pipe)"
        else:
            reason = f"cannot write the output: {error.strerror or error}"
        _silence_stdout()
        print(f"newsclean: error: {reason}", file=sys.stderr)
        return EXIT_USAGE


def _run(args: argparse.Namespace, *, own_process: bool) -> int:
    if args.command == "learn":
        from newsclean._cli.learning import learn_command  # here: cleaning does without it

        return learn_command(args)
    if args.command == "rules" and args.rules_action == "check":
        return _check_rules_files(args.files)
    pipeline = _build_pipeline(args)
    if own_process:
        gc.freeze()  # before any worker is forked, too: the workers share them as they are
    if args.command == "rules":
        if args.markdown:
            print(rule_catalogue(pipeline), end="")
            return EXIT_OK
        return _list_rules(pipeline)
    args.input_encoding = check_encoding(args.input_encoding)
    if args.command == "parse":
        return parse_files(pipeline, find_inputs(args.inputs).paths, args)
    return _clean(pipeline, args)


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so flushing it at exit raises nothing more."""
    with suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


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
    """Run the examples of every rule in ``paths``; one PASS/FAIL line per rule.

    A file that is not valid TOML is one FAIL line with the TOML error (an empty file is
    one FAIL line too: it holds no ``[[rule]]`` table). A file that cannot be opened is a
    usage error (exit 2).
    """
    loaded: list[Rule] = []
    passed = failed = 0
    for path in paths:
        _check_readable(path)
        try:
            checks = check_rules_file(path, existing=loaded)
        except RuleError as error:
            _print_fail(path, str(error).splitlines())
            failed += 1
            continue
        for check in checks:
            name = check.rule_id or "(no id)"
            if check.passed and check.rule is not None:
                rule = check.rule
                counts = f"{len(rule.must_remove)} remove, {len(rule.must_keep)} keep"
                if isinstance(rule, RegexRule):  # the engine says whether a clock limits it
                    counts += f"; regex on {_ENGINE_NAMES[rule.runs_on]}"
                print(f"PASS  {name}  ({check.path}:{check.line}; {counts})")
                loaded.append(rule)
                passed += 1
            else:
                _print_fail(name, check.problems)
                failed += 1
    print(f"{passed + failed} rules: {passed} passed, {failed} failed")
    return EXIT_RECORD_ERRORS if failed else EXIT_OK


def _check_readable(path: str) -> None:
    try:
        with open(path, "rb"):
            pass
    except OSError as error:
        raise RuleError(f"{path}: cannot read rules file: {error.strerror or error}") from None


def _print_fail(name: str, problems: Sequence[str]) -> None:
    print(f"FAIL  {name}")
    for problem in problems:
        print(f"      {problem}")


def _clean(pipeline: Pipeline, args: argparse.Namespace) -> int:
    inputs = find_inputs(args.inputs, glob=args.glob, output=args.output)
    for problem in inputs.problems:
        print(f"newsclean: error: {problem}", file=sys.stderr)
    if not inputs.names:
        print("newsclean: error: no input files found", file=sys.stderr)
        return EXIT_USAGE
    paths = inputs.paths
    jsonl = [
        p for p in paths if args.format == "jsonl" or (args.format == "auto" and is_jsonl_path(p))
    ]
    if jsonl and len(jsonl) < len(paths):
        print(
            "newsclean: error: mix of JSONL and text inputs; run them separately", file=sys.stderr
        )
        return EXIT_USAGE
    _check_options_apply(args, jsonl=bool(jsonl), inputs=inputs)
    if args.learn:
        if not jsonl:
            raise _Usage("--learn needs JSONL corpora")
        from newsclean._cli.learning import learned  # here: cleaning does without it

        pipeline = pipeline.with_rules(*learned(paths, args).rules())
    stats = RuleStats()
    if jsonl:
        code = clean_jsonl(pipeline, inputs, args, stats)
    else:
        code = clean_texts(pipeline, inputs, args, stats)
    stats.report_limits()
    if args.stats:
        stats.report()
    return code


def _check_options_apply(args: argparse.Namespace, *, jsonl: bool, inputs: Inputs) -> None:
    """Refuse options that cannot apply to this input, rather than ignore them."""
    if jsonl:
        if args.explain:
            raise _Usage(
                "--explain lists the removals of text inputs; in JSONL output each record's "
                "metadata.removed lists them (and --stats counts them per rule)"
            )
        return
    given = [option for name, option in JSONL_ONLY.items() if getattr(args, name) is not None]
    if given:
        first = "stdin" if inputs.paths[0] == "-" else inputs.paths[0]
        raise _Usage(
            f"{', '.join(given)} applies to JSONL input, but {first} is read as text "
            "(name it .jsonl, or add --format jsonl)"
        )
    if args.jobs > 1:
        raise _Usage("--jobs applies to JSONL input; text files are cleaned one at a time")


class _Usage(NewscleanError):
    """An option that cannot apply to the input given."""
