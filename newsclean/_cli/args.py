"""The command's arguments: what each subcommand accepts, with its defaults shown in --help."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from newsclean._engine.variant import variant_name
from newsclean._learn import LearnOptions

__all__ = ["EPILOG", "JSONL_ONLY", "parser"]

EPILOG = """exit codes:
  0    success
  1    some input was bad but everything readable was written: JSONL records with errors
       (each reported on stderr as FILE:LINE: reason, written through with an "error"
       field or left out under --on-error skip), or a JSONL file that could not be read
       to its end (reported as FILE:LINE; the lines before it are written);
       for 'rules check': a rule failed (its examples, or a file not valid TOML or empty)
  2    bad usage, an invalid rules file or plugin, a text input that could not be read
       (missing, binary, invalid UTF-8 under --encoding-errors strict; the other text
       inputs are still cleaned), no JSONL input readable at all, output that could not
       be written (a full disk, a closed pipe), or a bad record under --on-error fail
  130  interrupted (Ctrl-C or SIGTERM); no output file is left half-written
"""

JSONL_ONLY = {
    "text_field": "--text-field",
    "byline_field": "--byline-field",
    "metadata_field": "--metadata-field",
    "error_field": "--error-field",
    "on_error": "--on-error",
    "removed": "--removed",
}
"""Options that only apply to JSONL input (their default is None, so a given one is seen)."""

JSONL_DEFAULTS = {
    "text_field": "text",
    "metadata_field": "metadata",
    "error_field": "error",
    "on_error": "keep",
    "removed": "full",
}


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """Keeps the epilog's layout; wide enough for option names."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=32)


def parser() -> argparse.ArgumentParser:
    """The ``newsclean`` argument parser."""
    top = argparse.ArgumentParser(
        prog="newsclean",
        description="Clean scraped news article text and parse its credit lines.",
        epilog=EPILOG,
        formatter_class=_Formatter,
    )
    top.add_argument(
        "--version",
        action=_VersionAction,
        help="print the version and whether the compiled or the pure-Python engine runs",
    )
    commands = top.add_subparsers(dest="command", required=True, metavar="COMMAND")

    clean = commands.add_parser(
        "clean", help="clean text files or JSONL corpora", epilog=EPILOG, formatter_class=_Formatter
    )
    _add_input_options(clean)
    _add_jsonl_options(clean)
    _add_site_options(clean)
    clean.add_argument(
        "--learn",
        action="store_true",
        help="first learn each site's furniture from the inputs (as 'newsclean learn' does), "
        "then clean with those rules too; needs --site-field or --url-field, and JSONL files "
        "(stdin cannot be read twice)",
    )
    _add_learn_options(clean)
    _add_rule_options(clean)
    _add_run_options(clean)

    learn = commands.add_parser(
        "learn",
        help="learn each site's furniture (lines repeated across its documents) from JSONL "
        "corpora into a rules file",
        description="Count the short lines of each site's documents and write the lines that "
        "repeat (menus, footers, newsletter boxes) as site-scoped rules, one per line or "
        "block, with their evidence and examples. Review them (--report) before use.",
        formatter_class=_Formatter,
    )
    learn.add_argument("inputs", nargs="+", metavar="INPUT", help="JSONL files or folders")
    learn.add_argument("-o", "--output", help="rules file to write (default: stdout)")
    learn.add_argument("--text-field", default="text", help="JSONL field holding the text")
    _add_site_options(learn)
    _add_learn_options(learn)
    learn.add_argument(
        "--dry-run",
        action="store_true",
        help="print what would be learned, per site, and write no rules file",
    )
    learn.add_argument(
        "--report",
        metavar="HTML",
        help="also write a review page: each site's rules and sample documents with the "
        "removed lines marked",
    )
    learn.add_argument("--encoding-errors", choices=("replace", "strict"), default="replace")

    parse = commands.add_parser(
        "parse", help="print the credit metadata of text files as JSON", formatter_class=_Formatter
    )
    parse.add_argument("inputs", nargs="+", metavar="INPUT", help="files, or - for stdin")
    _add_encoding_options(parse)
    _add_rule_options(parse)

    rules = commands.add_parser(
        "rules",
        help="list every rule (id, source, description), or check a rules file",
        description="List every rule of the pipeline: id, source (builtin, a rules file, "
        "or plugin:<distribution>) and description.",
        formatter_class=_Formatter,
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
        "A file that is not valid TOML, or holds no [[rule]] table (an empty file), is "
        "one FAIL line. Exit code 0 if all pass, 1 if any fails, 2 if a file cannot be "
        "opened.",
    )
    check.add_argument("files", nargs="+", metavar="FILE", help="TOML rules files")
    return top


class _VersionAction(argparse.Action):
    """``--version``: the installed version and the engine variant, looked up only when asked
    (reading the installed distributions' metadata costs every other run's start-up)."""

    def __init__(self, option_strings: list[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_: Any) -> None:
        sys.stdout.write(f"newsclean {_version()} ({variant_name()})\n")
        parser.exit()


def _version() -> str:
    """The installed distribution's version (the package's ``__version__``)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("newsclean")
    except PackageNotFoundError:  # run from a source tree that is not installed
        return "(not installed)"


def _add_input_options(command: argparse.ArgumentParser) -> None:
    """What to read and write."""
    command.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="files, folders, or - for stdin"
    )
    command.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help="output file, or folder: a name ending in '/', an existing folder, or (with a "
        "folder or several files as input) any name without a .jsonl extension; in a folder "
        "each input gets its own output, JSONL shards included (default: stdout)",
    )
    command.add_argument(
        "--format",
        choices=("auto", "text", "jsonl"),
        default="auto",
        help="input format; auto reads .jsonl/.ndjson (also .gz, .zst) as JSONL and "
        "everything else, stdin included, as text (default: auto)",
    )
    command.add_argument(
        "--glob",
        metavar="PATTERN",
        help="in folders, read the files whose name or relative path matches PATTERN "
        "(default: .txt .text .md .jsonl .ndjson, also .gz/.zst for JSONL)",
    )
    command.add_argument(
        "--explain",
        action="store_true",
        help="list each removed line of text inputs with the rule that removed it (on stderr); "
        "for JSONL, each record's metadata.removed lists them",
    )
    command.add_argument(
        "--stats",
        action="store_true",
        help="at the end, print how many lines each rule removed (on stderr)",
    )
    command.add_argument(
        "--remove-datelines",
        action="store_true",
        help="also remove wire datelines ('WASHINGTON (AP) —') from the text (default: parse "
        "them into metadata.dateline and keep them)",
    )
    command.add_argument(
        "--keep-credit-lines",
        action="store_true",
        help="parse bylines, dates, wire, contributor and copyright lines into the metadata but "
        "leave them in the text (for corpora whose reference bodies include them)",
    )
    _add_encoding_options(command)


def _add_encoding_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--input-encoding",
        default="utf-8",
        metavar="NAME",
        help="encoding of the inputs, e.g. latin-1 or cp1252 for old archives (default: utf-8)",
    )
    command.add_argument(
        "--encoding-errors",
        choices=("replace", "strict"),
        default="replace",
        help="undecodable bytes: replace with U+FFFD and warn, or fail (default: replace)",
    )


def _add_jsonl_options(command: argparse.ArgumentParser) -> None:
    """Options for JSONL input only; given with text input they are an error."""
    group = command.add_argument_group("JSONL input")
    group.add_argument(
        "--text-field", metavar="NAME", help="field holding the text (default: text)"
    )
    group.add_argument(
        "--byline-field",
        metavar="NAME",
        help="field holding an author string (from a scraper or feed); it is parsed as a "
        "byline (no 'By' needed) and becomes metadata.byline (default: none)",
    )
    group.add_argument(
        "--metadata-field",
        metavar="NAME",
        help="field newsclean writes its metadata to; a record that already has it is "
        "refused, never overwritten (default: metadata)",
    )
    group.add_argument(
        "--error-field",
        metavar="NAME",
        help="field newsclean writes a bad record's error to; a record that already has it "
        "is refused, never overwritten (default: error)",
    )
    group.add_argument(
        "--on-error",
        choices=("keep", "skip", "fail"),
        help="bad record: write it through with the error field (keep), leave it out "
        "(skip), or stop with nothing written (fail) (default: keep)",
    )
    group.add_argument(
        "--removed",
        choices=("full", "ids", "none"),
        help="each removal in full, with its text (full: what restore() needs), only its "
        "rule id and offsets (ids), or no removal list (none) (default: full)",
    )


def _add_site_options(command: argparse.ArgumentParser) -> None:
    """Where a JSONL record's site is (for site-scoped and learned rules)."""
    group = command.add_mutually_exclusive_group()
    group.add_argument(
        "--site-field",
        metavar="NAME",
        help="JSONL field holding the record's site (a host or any group name); "
        "site-scoped rules run only on their sites' records",
    )
    group.add_argument(
        "--url-field",
        metavar="NAME",
        help="JSONL field holding the record's URL; its host (without www.) is the site",
    )


def _add_learn_options(command: argparse.ArgumentParser) -> None:
    """How much evidence makes a line a site's furniture."""
    defaults = LearnOptions()
    command.add_argument(
        "--min-share",
        type=float,
        default=defaults.min_share,
        metavar="SHARE",
        help="least share of a site's documents a learned line is in "
        f"(default: {defaults.min_share})",
    )
    command.add_argument(
        "--min-docs",
        type=int,
        default=defaults.min_docs,
        metavar="N",
        help="least number of a site's documents a learned line is in; a site with fewer "
        f"documents learns nothing (default: {defaults.min_docs})",
    )
    command.add_argument(
        "--support-docs",
        type=int,
        default=defaults.support_docs,
        metavar="N",
        help="least number of documents of a rarer line that the furniture around it vouches "
        f"for, away from the story; 0 learns no such line (default: {defaults.support_docs})",
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
    """How the work runs."""
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
