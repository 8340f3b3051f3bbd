"""The pipeline: ordered rules that tag a document, then one step that applies the tags."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import starmap
from os import PathLike
from typing import Any, overload

import attrs

from newsclean._credits import Byline
from newsclean._document import Document
from newsclean._engine.assembly import NO_METADATA, apply_tags
from newsclean._engine.columns import clean_columns
from newsclean._engine.examples import example_problems
from newsclean._engine.matcher import Matcher
from newsclean._engine.records import field_collision, text_field_problem
from newsclean._engine.timing import StageTimes
from newsclean._errors import InputError, RuleError, RuleTimeout
from newsclean._extend.plugins import plugin_rules
from newsclean._extend.rules_file import RuleCheck, read_rules_file
from newsclean._kinds.parser import LineParserRule
from newsclean._result import (
    CleanResult,
    Metadata,
    Removal,
    RemovalFields,
    RemovedDetail,
    RuleFailure,
    RuleWarning,
    metadata_dict,
    removal_dicts,
)
from newsclean._rule import Rule, Tag
from newsclean._site import record_site, site_name
from newsclean.parsers.byline import parse_byline
from newsclean.rules import builtin_rules

__all__ = [
    "Pipeline",
    "check_rules_file",
    "load_rules",
]


class Pipeline:
    """An ordered set of rules with unique ids.

    Rules only tag; the pipeline removes what they tag (the first rule in order that tags a
    line is the one named for its removal) and fills the metadata from the records they
    attach (the first record of each kind, in document order). Pipelines are immutable:
    :meth:`with_rules`, :meth:`without` and :meth:`only` return new ones.
    """

    __slots__ = ("_matcher", "_rules", "_site_matchers", "_site_rules")

    def __init__(self, rules: Iterable[Rule]) -> None:
        self._rules: tuple[Rule, ...] = tuple(rules)
        seen: dict[str, Rule] = {}
        for rule in self._rules:
            if not isinstance(rule, Rule):
                raise RuleError(f"{rule!r} is not a newsclean Rule")
            if rule.id in seen:
                sources = f"{seen[rule.id].source} and {rule.source}"
                raise RuleError(f"duplicate rule id {rule.id!r} (from {sources})")
            _check_reads(rule, seen, self._rules)
            seen[rule.id] = rule
        self._matcher = Matcher([rule for rule in self._rules if not rule.sites])
        self._site_rules: dict[str, list[Rule]] = {}
        for rule in self._rules:
            for site in rule.sites:
                self._site_rules.setdefault(site, []).append(rule)
        # each site's rules matched together, built the first time a document of the site comes
        self._site_matchers: dict[str, Matcher] = {}

    @classmethod
    def default(
        cls,
        *,
        plugins: bool = True,
        remove_datelines: bool = False,
        keep_credit_lines: bool = False,
    ) -> Pipeline:
        """Every built-in rule in their standard order, then the rules of installed plugins.

        Plugins are packages exposing rules in the ``newsclean.rules`` entry-point group;
        ``plugins=False`` leaves them out. ``remove_datelines`` also takes the
        "WASHINGTON (AP) —" dateline out of the text (by default it is only parsed:
        extraction benchmarks count it as story text). ``keep_credit_lines`` leaves every
        credit line (byline, publication date, wire credit, contributors, copyright) in the
        text while still parsing it into the metadata: for corpora whose reference bodies
        count those lines as story text.
        """
        rules = [attrs.evolve(rule, source="builtin") for rule in builtin_rules()]
        if remove_datelines:
            rules = [_removing(rule) if rule.id == "dateline" else rule for rule in rules]
        if keep_credit_lines:
            rules = [
                attrs.evolve(rule, keep_lines=True) if rule.stage == "credit" else rule
                for rule in rules
            ]
        return cls((*rules, *(plugin_rules() if plugins else ())))

    @classmethod
    def from_rules_file(
        cls, path: str | PathLike[str], *, base: Pipeline | None = None
    ) -> Pipeline:
        """``base`` (default: :meth:`default`) with the rules of a TOML rules file added.

        The file is validated as it loads, examples included; any problem is a
        :class:`RuleError` naming the file, line and rule id.
        """
        base = cls.default() if base is None else base
        return base.with_rules(*load_rules(path, existing=base.rules))

    @property
    def rules(self) -> tuple[Rule, ...]:
        return self._rules

    @property
    def rule_ids(self) -> tuple[str, ...]:
        return tuple(rule.id for rule in self._rules)

    def rule(self, rule_id: str) -> Rule:
        """The rule with id ``rule_id``; :class:`RuleError` if there is none."""
        for rule in self._rules:
            if rule.id == rule_id:
                return rule
        import difflib  # here: only a mistyped rule id needs it

        close = difflib.get_close_matches(rule_id, self.rule_ids, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else " (newsclean rules lists them)"
        raise RuleError(f"no rule {rule_id!r} in this pipeline{hint}")

    def with_rules(self, *rules: Rule, before: str | None = None) -> Pipeline:
        """A pipeline with ``rules`` added at the end, or before the rule ``before``."""
        if before is None:
            return Pipeline((*self._rules, *rules))
        at = self.rule_ids.index(self.rule(before).id)
        return Pipeline((*self._rules[:at], *rules, *self._rules[at:]))

    def without(self, *rule_ids: str) -> Pipeline:
        """A pipeline without the rules ``rule_ids`` (each must exist)."""
        for rule_id in rule_ids:
            self.rule(rule_id)
        return Pipeline(rule for rule in self._rules if rule.id not in rule_ids)

    def only(self, *rule_ids: str) -> Pipeline:
        """A pipeline with just the rules ``rule_ids``, in this pipeline's order."""
        for rule_id in rule_ids:
            self.rule(rule_id)
        return Pipeline(rule for rule in self._rules if rule.id in rule_ids)

    @property
    def sites(self) -> tuple[str, ...]:
        """The sites that have rules of their own (site-scoped rules), sorted."""
        return tuple(sorted(self._site_rules))

    def tags(
        self, doc: Document, *, site: str | None = None, timing: StageTimes | None = None
    ) -> list[Tag]:
        """Every tag every rule gives ``doc``, rule by rule in pipeline order.

        One gate scan finds the candidate lines of every gated rule; phrase rules are
        matched together by one index; other rules look at the document themselves.
        ``timing`` collects the time of each of these steps. The rules scoped to ``site``
        run after the others (they are named for a line only when no rule for every site
        tags it); rules scoped to other sites do not run.
        """
        found = self._matcher.tags(doc, [], timing)
        if site is not None and self._site_rules:
            matcher = self._site_matcher(site_name(site))
            if matcher is not None:
                found = matcher.tags(doc, found, timing)
        return found

    def _site_matcher(self, site: str) -> Matcher | None:
        matcher = self._site_matchers.get(site)
        if matcher is None and site in self._site_rules:
            matcher = self._site_matchers[site] = Matcher(self._site_rules[site])
        return matcher

    def clean(
        self, text: str, *, site: str | None = None, timing: StageTimes | None = None
    ) -> CleanResult:
        """Clean one text: the kept text, its metadata and every removal with its rule.

        ``site`` (a site name or host) also runs the rules scoped to that site; ``timing``
        (a :class:`~newsclean.StageTimes`) collects CPU time per stage and rule.
        """
        if not isinstance(text, str):
            raise TypeError(_not_text(text))
        cleaned, metadata, removed, errors, warnings = self._clean(text, site, timing)
        removals = tuple(starmap(Removal, removed))
        return CleanResult(cleaned, metadata, removals, errors, warnings)

    def _clean(
        self, text: str, site: str | None = None, timing: StageTimes | None = None
    ) -> tuple[
        str, Metadata, list[RemovalFields], tuple[RuleFailure, ...], tuple[RuleWarning, ...]
    ]:
        """What :meth:`clean` returns, with the removals as plain tuples."""
        started = 0.0 if timing is None else timing.clock()
        doc = Document(text)
        if timing is not None:
            timing.lap("split into lines", started)
            timing.count("documents", 1)
            timing.count("lines", len(doc.lines))
        try:
            found = self.tags(doc, site=site, timing=timing)
        except RuleTimeout as error:
            return text, NO_METADATA, [], (RuleFailure(error.rule, str(error)),), ()
        warnings = tuple(
            RuleWarning(tag.rule, tag.line + 1, tag.warning)
            for tag in found
            if tag.warning is not None
        )
        if timing is None:
            return (*apply_tags(doc, found), (), warnings)
        started = timing.clock()
        cleaned, metadata, removed = apply_tags(doc, found)
        timing.lap("assembly", started)
        timing.count("tags", len(found))
        timing.count("removals", len(removed))
        return cleaned, metadata, removed, (), warnings

    def clean_text(self, text: str, *, site: str | None = None) -> str:
        """Just the cleaned text."""
        return self.clean(text, site=site).text

    def parse(self, text: str, *, site: str | None = None) -> Metadata:
        """Just the metadata."""
        return self.clean(text, site=site).metadata

    def clean_record(
        self,
        record: Mapping[str, Any],
        *,
        text_field: str = "text",
        byline_field: str | None = None,
        metadata_field: str = "metadata",
        error_field: str = "error",
        site_field: str | None = None,
        url_field: str | None = None,
        removed: RemovedDetail = "full",
    ) -> dict[str, Any]:
        """A copy of ``record`` with its text cleaned and a ``metadata_field`` added.

        ``removed`` says how much of each removal ``metadata.removed`` keeps: ``"full"``
        (what :func:`newsclean.restore` needs), ``"ids"`` (rule id and offsets) or ``"none"``
        (no ``removed`` list).

        With ``byline_field``, that field (a scraper's or feed's author string) is parsed
        with :func:`newsclean.parse_byline`, and its byline, if it has one, is the
        ``metadata.byline``. A record without a string ``text_field`` comes back unchanged
        with an ``error_field``. newsclean never writes over a field: a record that already
        has ``metadata_field`` or ``error_field`` raises :class:`InputError`. The record's site,
        for site-scoped rules, is the value of ``site_field`` or the host of the URL in
        ``url_field``.
        """
        if not isinstance(record, Mapping):
            raise TypeError(
                f"clean_record takes a record (a mapping with a {text_field!r} field), "
                f"got {type(record).__name__}; for a plain text use Pipeline.clean(text)"
            )
        collision = field_collision(record, metadata_field, error_field)
        if collision is not None:
            raise InputError(collision)
        out = dict(record)
        text = record.get(text_field)
        problem = text_field_problem(record, text_field)
        if problem is not None or not isinstance(text, str):
            out[error_field] = problem
            return out
        site = record_site(record, site_field=site_field, url_field=url_field)
        cleaned, metadata, removals, errors, warnings = self._clean(text, site)
        out[text_field] = cleaned
        out[metadata_field] = metadata_dict(
            metadata, removal_dicts(removals, removed), errors, warnings
        )
        if byline_field is not None:
            byline = _field_byline(record.get(byline_field))
            if byline is not None:
                out[metadata_field]["byline"] = byline.to_dict()
        return out

    @overload
    def clean_batch(
        self,
        records: Iterable[Mapping[str, Any]],
        *,
        text_field: str = ...,
        byline_field: str | None = ...,
        metadata_field: str = ...,
        error_field: str = ...,
        site_field: str | None = ...,
        url_field: str | None = ...,
    ) -> list[dict[str, Any]]: ...

    @overload
    def clean_batch(
        self,
        records: Mapping[str, Sequence[Any]],
        *,
        text_field: str = ...,
        byline_field: str | None = ...,
        metadata_field: str = ...,
        error_field: str = ...,
        site_field: str | None = ...,
        url_field: str | None = ...,
    ) -> dict[str, list[Any]]: ...

    def clean_batch(
        self,
        records: Iterable[Mapping[str, Any]] | Mapping[str, Sequence[Any]],
        *,
        text_field: str = "text",
        byline_field: str | None = None,
        metadata_field: str = "metadata",
        error_field: str = "error",
        site_field: str | None = None,
        url_field: str | None = None,
    ) -> list[dict[str, Any]] | dict[str, list[Any]]:
        """:meth:`clean_record` over many records, in order: one output per input.

        ``records`` is a list of records, or one columnar batch (``{"text": [...], "id":
        [...]}``, as ``datasets.Dataset.map(batched=True)`` passes it): then the result is
        columnar too, every column kept, with ``metadata_field`` (the metadata as a JSON
        string, so every batch has the same schema) and ``error_field`` (``None`` or why
        the row had no usable text) added.
        """
        clean = functools.partial(
            self.clean_record,
            text_field=text_field,
            byline_field=byline_field,
            metadata_field=metadata_field,
            error_field=error_field,
            site_field=site_field,
            url_field=url_field,
        )
        if isinstance(records, Mapping):
            return clean_columns(clean, records, text_field, metadata_field, error_field)
        if isinstance(records, (str, bytes)):
            raise TypeError("clean_batch takes a list of records, not one text")
        return [clean(record) for record in records]

    def __iter__(self) -> Iterator[Rule]:
        return iter(self._rules)

    def __len__(self) -> int:
        return len(self._rules)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Pipeline) and self._rules == other._rules

    def __hash__(self) -> int:
        return hash(self._rules)

    def __repr__(self) -> str:
        return f"Pipeline([{', '.join(self.rule_ids)}])"

    def __getstate__(self) -> tuple[Rule, ...]:
        return self._rules

    def __setstate__(self, state: Sequence[Rule]) -> None:
        self.__init__(state)  # type: ignore[misc]


def _check_reads(rule: Rule, before: Mapping[str, Rule], rules: Sequence[Rule]) -> None:
    """:class:`RuleError` unless one of the rules ``rule`` reads runs before it, and none after."""
    if not rule.reads:
        return
    later = [r.id for r in rules[len(before) + 1 :] if r.id in rule.reads]
    if later:
        raise RuleError(f"rule {rule.id!r} reads the tags of {later[0]!r}, which runs after it")
    if not any(rule_id in before for rule_id in rule.reads):
        wanted = ", ".join(repr(rule_id) for rule_id in rule.reads)
        raise RuleError(f"rule {rule.id!r} reads the tags of {wanted}, and none of them runs")


def _not_text(value: object) -> str:
    """Why ``value`` cannot be cleaned, and what to do instead."""
    message = f"Pipeline.clean takes a str, got {type(value).__name__}"
    if isinstance(value, (bytes, bytearray)):
        return f"{message}; decode it first (data.decode('utf-8'))"
    return message


def _removing(rule: Rule) -> Rule:
    """``rule`` (a parser rule) set to remove what it parses."""
    return attrs.evolve(rule, remove=True) if isinstance(rule, LineParserRule) else rule


def _field_byline(value: Any) -> Byline | None:
    """The byline in a record's author field: a string, or a list of strings."""
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        value = ", ".join(value)
    return parse_byline(value, field=True) if isinstance(value, str) else None


def check_rules_file(
    path: str | PathLike[str], *, existing: Iterable[Rule] = ()
) -> tuple[RuleCheck, ...]:
    """Build each rule of a rules file and check its ``remove``/``keep`` examples
    (each rule in a pipeline of its own).

    Problems are collected per rule, not raised; only a file that cannot be read or is not
    valid TOML raises :class:`RuleError`.
    """
    return read_rules_file(
        path, existing=existing, examples=lambda rule: example_problems(rule, Pipeline([rule]))
    )


def load_rules(path: str | PathLike[str], *, existing: Iterable[Rule] = ()) -> tuple[Rule, ...]:
    """The rules of a TOML rules file, validated; :class:`RuleError` lists every problem.

    Ids must be new: not a built-in rule's, not one of ``existing`` (e.g. the rules of the
    pipeline they will join), and not repeated in the file.
    """
    checks = check_rules_file(path, existing=existing)
    problems = [problem for check in checks for problem in check.problems]
    if problems:
        raise RuleError("\n".join(problems))
    return tuple(check.rule for check in checks if check.rule is not None)
