"""The learning pass of the command: a JSONL corpus streamed into a :class:`SiteLearner`."""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Sequence
from typing import Any

import attrs

from newsclean._cli.files import atomic_output, parse_jsonl_line
from newsclean._cli.inputs import find_inputs
from newsclean._cli.progress import Progress
from newsclean._cli.streaming import read_blocks
from newsclean._engine.pipeline import Pipeline
from newsclean._errors import InputError
from newsclean._learn import (
    LearnOptions,
    SiteLearner,
    SiteLearning,
    learned_tables,
    review_page,
    rules_toml,
    table_rule,
)
from newsclean._rule import Rule
from newsclean._site import record_site

__all__ = ["CorpusSource", "Learned", "learn_command", "learn_corpus", "learned"]


@attrs.frozen
class CorpusSource:
    """Where a record's text and site are: ``site_field``, or the host of ``url_field``."""

    text_field: str = "text"
    site_field: str | None = None
    url_field: str | None = None
    encoding_errors: str = "replace"


def learn_corpus(
    paths: Sequence[str], source: CorpusSource, options: LearnOptions
) -> tuple[SiteLearner, dict[str, int]]:
    """Every record of ``paths`` counted by site; also how many were counted, repeated, passed over.

    A record without a site or a string text is passed over (it is still cleaned later);
    a line that is no JSON object is reported on stderr and passed over.
    """
    if "-" in paths:
        raise InputError(
            "--learn reads the corpus twice (learn, then clean); stdin cannot be read twice: "
            "give the corpus as files"
        )
    learner = SiteLearner(options)
    counts = {"counted": 0, "repeated": 0, "without site or text": 0}
    progress = Progress()
    try:
        for path in paths:
            for first, data in read_blocks(path):
                progress.add(data.count(b"\n"), len(data))
                for number, raw in enumerate(io.BytesIO(data), start=first):
                    if raw.strip():
                        _count(learner, source, path, number, raw, counts)
    finally:
        progress.close()
    return learner, counts


def _count(
    learner: SiteLearner,
    source: CorpusSource,
    path: str,
    number: int,
    raw: bytes,
    counts: dict[str, int],
) -> None:
    parsed = parse_jsonl_line(path, number, raw, source.encoding_errors)
    record = parsed.record
    if record is None:
        print(f"newsclean: {parsed.error}", file=sys.stderr)
        return
    site = record_site(record, site_field=source.site_field, url_field=source.url_field)
    text = record.get(source.text_field)
    if site is None or not isinstance(text, str):
        counts["without site or text"] += 1
    elif learner.add(site, text):
        counts["counted"] += 1
    else:
        counts["repeated"] += 1


@attrs.frozen
class Learned:
    """Each site's learning, and the rules-file tables of them all (rules when asked for)."""

    learnings: tuple[SiteLearning, ...]
    tables: tuple[dict[str, Any], ...]

    def rules(self) -> list[Rule]:
        return [table_rule(table) for table in self.tables]


def learned(paths: Sequence[str], args: argparse.Namespace) -> Learned:
    """The learning pass over ``paths``: each site's learning and the rules of them all."""
    if args.site_field is None and args.url_field is None:
        raise InputError("learning needs --site-field or --url-field (where a record's site is)")
    source = CorpusSource(
        text_field=args.text_field or "text",
        site_field=args.site_field,
        url_field=args.url_field,
        encoding_errors=args.encoding_errors,
    )
    options = LearnOptions(
        min_share=args.min_share, min_docs=args.min_docs, support_docs=args.support_docs
    )
    learner, counts = learn_corpus(paths, source, options)
    learnings = tuple(learner)
    tables = tuple(learned_tables(learnings))
    summary = ", ".join(f"{n} {k}" for k, n in counts.items())
    sites = f"{len(learnings)} site{'' if len(learnings) == 1 else 's'}"
    print(f"newsclean: learned {len(tables)} rules for {sites} ({summary})", file=sys.stderr)
    return Learned(learnings, tables)


def learn_command(args: argparse.Namespace) -> int:
    """``newsclean learn``: the rules file, a dry run, and the review page; the exit code."""
    inputs = find_inputs(args.inputs)
    for problem in inputs.problems:
        print(f"newsclean: error: {problem}", file=sys.stderr)
    if not inputs.paths:
        print("newsclean: error: no input files found", file=sys.stderr)
        return 2
    paths = inputs.paths
    found = learned(paths, args)
    if args.dry_run:
        _print_learned(found)
    else:
        options = (
            f"--min-share {args.min_share}, --min-docs {args.min_docs}, "
            f"--support-docs {args.support_docs}"
        )
        comment = f"from {', '.join(paths)} ({options})"
        with atomic_output(args.output, inputs=paths) as out:
            out.write(rules_toml(found.tables, comment=comment))
    if args.report:
        page = review_page(found.learnings, Pipeline.default().with_rules(*found.rules()))
        with atomic_output(args.report, inputs=paths) as out:
            out.write(page)
    return 0


def _print_learned(found: Learned) -> None:
    by_site: dict[str, list[dict[str, Any]]] = {}
    for table in found.tables:
        by_site.setdefault(table["sites"][0], []).append(table)
    for learning in found.learnings:
        tables = by_site.get(learning.site, [])
        print(
            f"{learning.site}: {learning.docs} documents, {len(tables)} rules, "
            f"{len(learning.refused)} repeated lines kept as story text"
        )
        for table, item in zip(tables, learning.furniture, strict=True):
            lines = " | ".join(item.examples)
            print(f"  {table['id']}  {item.docs}/{item.site_docs}  {lines[:100]}")
