"""Rules files: TOML ``[[rule]]`` tables made into phrase and regex rules, checked as they load.

::

    [[rule]]
    id = "station-app-promo"
    description = "Local station app promotion"
    phrases = ["Download the News Channel 3-12 app"]
    match = "line-start"
    remove = ["Download the News Channel 3-12 app for breaking news"]
    keep = ["He said he would download the app later."]

``sites = ["keyt.com"]`` scopes a rule to the documents of those sites (see ``Rule.sites``).
Every problem is reported as ``FILE:LINE: rule 'ID': message``. TOML parsers give no
positions for values, so lines are found again in the file's text.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Mapping
from os import PathLike, fspath
from typing import Any

import attrs
import regex

import newsclean._pattern_cache as _pattern_cache
from newsclean._errors import RuleError
from newsclean._kinds.pattern import RegexRule
from newsclean._kinds.phrase import PhraseRule
from newsclean._rule import Rule, check_rule_id
from newsclean.rules import builtin_rules

__all__ = ["ExampleCheck", "RuleCheck", "read_rules_file"]

ExampleCheck = Callable[[Rule], Iterable[tuple[str, str, str]]]
"""What checks a rule's examples: ``(key, example, message)`` for each one it gets wrong."""

_KEYS = (
    "id",
    "description",
    "phrases",
    "regex",
    "match",
    "block",
    "max_chars",
    "timeout_ms",
    "engine",
    "remove",
    "keep",
    "sites",
)
_PHRASE_MATCHES = ("whole-line", "line-start", "contains", "label")
_REGEX_MATCHES = ("whole-line", "line-start", "contains")
_BLOCKS = ("none", "until-blank")
_ENGINES = ("auto", "re2", "backtracking")
_RULE_HEADER = _pattern_cache.compile(r"\s*\[\[\s*(?:rule|\"rule\"|'rule')\s*\]\]")
_TABLE_HEADER = _pattern_cache.compile(r"\s*\[")
_TOML_POSITION = _pattern_cache.compile(r"\(at line (\d+), column \d+\)")
# "en", "pt-BR", "any": the keys of a table of phrases by language
_LANGUAGE_TAG = _pattern_cache.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")


@attrs.frozen
class RuleCheck:
    """One rule of a rules file: where it is, the rule built from it, and its problems.

    ``problems`` are ``FILE:LINE: rule 'ID': message`` strings; none means the rule
    loaded and every one of its examples behaved as declared.
    """

    path: str
    line: int
    rule_id: str
    rule: Rule | None
    problems: tuple[str, ...] = ()

    @property
    def passed(self) -> bool:
        return not self.problems


def read_rules_file(
    path: str | PathLike[str], *, existing: Iterable[Rule] = (), examples: ExampleCheck
) -> tuple[RuleCheck, ...]:
    """Build each rule of a rules file and run ``examples`` on it (its ``remove``/``keep`` examples).

    Problems are collected per rule, not raised; only a file that cannot be read or is not
    valid TOML raises :class:`RuleError`.
    """
    # imported here: a run without rules files does without a TOML reader
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib

    name = fspath(path)
    source = _read(name)
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as error:
        found = _TOML_POSITION.search(str(error))
        where = f"{name}:{found.group(1)}" if found else name
        raise RuleError(f"{where}: not valid TOML: {error}") from None
    text = _SourceText(name, source)
    checks: list[RuleCheck] = []
    for key in data:
        if key != "rule":
            line = text.top_level_line(key)
            checks.append(
                RuleCheck(name, line, "", None, (f"{name}:{line}: unknown top-level key {key!r}",))
            )
    tables = data.get("rule", [])
    if not isinstance(tables, list) or not tables:
        line = text.top_level_line("rule")
        message = f"{name}:{line}: expected one or more [[rule]] tables"
        return (*checks, RuleCheck(name, line, "", None, (message,)))
    taken = _taken_ids(existing)
    for number, table in enumerate(tables):
        check = _check_table(text, number, table, taken, examples)
        if check.rule is not None:
            taken.setdefault(check.rule_id, f"line {check.line} of this file")
        checks.append(check)
    return tuple(checks)


def _read(name: str) -> str:
    try:
        with open(name, encoding="utf-8-sig") as handle:
            return handle.read()
    except OSError as error:
        raise RuleError(f"{name}: cannot read rules file: {error.strerror}") from None
    except UnicodeDecodeError as error:
        raise RuleError(f"{name}: rules file is not UTF-8 ({error.reason})") from None


def _taken_ids(existing: Iterable[Rule]) -> dict[str, str]:
    taken = {rule.id: "a built-in rule" for rule in builtin_rules()}
    for rule in existing:
        taken.setdefault(rule.id, f"a rule from {rule.source}")
    return taken


class _SourceText:
    """The rules file's lines, to find where a rule, key or example is written."""

    def __init__(self, name: str, source: str) -> None:
        self.name = name
        self.lines = source.splitlines()
        self.rule_starts = [i for i, line in enumerate(self.lines) if _RULE_HEADER.match(line)]

    def rule_range(self, number: int) -> tuple[int, int]:
        """0-based ``[start, end)`` line range of the ``number``-th ``[[rule]]`` table."""
        if number >= len(self.rule_starts):
            return 0, len(self.lines)
        start = self.rule_starts[number]
        for end in range(start + 1, len(self.lines)):
            if _TABLE_HEADER.match(self.lines[end]):
                return start, end
        return start, len(self.lines)

    def find(
        self, span: tuple[int, int], *, key: str | None = None, text: str | None = None
    ) -> int:
        """1-based line of ``key = `` within ``span``, or of ``text`` from there on.

        Falls back to the key's line, then to the first line of the span.
        """
        start, end = span
        key_line = start
        if key is not None:
            pattern = regex.compile(  # a one-off: not kept in the pattern cache
                rf"\s*(?:{regex.escape(key)}|\"{regex.escape(key)}\")\s*="
            )
            key_line = next((i for i in range(start, end) if pattern.match(self.lines[i])), start)
        if text is not None:
            needles = (text.split("\n")[0], json.dumps(text, ensure_ascii=False)[1:-1])
            for i in range(key_line, end):
                if any(needle in self.lines[i] for needle in needles):
                    return i + 1
        return key_line + 1

    def top_level_line(self, key: str) -> int:
        pattern = regex.compile(rf"\s*\[*\s*{regex.escape(key)}\b")  # a one-off
        for i, line in enumerate(self.lines):
            if pattern.match(line):
                return i + 1
        return 1


class _Problem(Exception):
    """A rule table that cannot be built: the message and what to point at."""

    def __init__(self, message: str, *, key: str | None = None, text: str | None = None) -> None:
        super().__init__(message)
        self.key = key
        self.text = text


def _check_table(
    text: _SourceText, number: int, table: Any, taken: Mapping[str, str], examples: ExampleCheck
) -> RuleCheck:
    span = text.rule_range(number)
    line = span[0] + 1
    rule_id = table.get("id") if isinstance(table, dict) else None
    label = f"rule {rule_id!r}" if isinstance(rule_id, str) else f"rule #{number + 1}"
    if not isinstance(rule_id, str):
        rule_id = ""

    def problem(message: str, *, key: str | None = None, example: str | None = None) -> str:
        return f"{text.name}:{text.find(span, key=key, text=example)}: {label}: {message}"

    try:
        rule = _build(table, text.name, taken)
    except _Problem as error:
        message = problem(str(error), key=error.key, example=error.text)
        return RuleCheck(text.name, line, rule_id, None, (message,))
    failures = tuple(
        problem(message, key=key, example=example) for key, example, message in examples(rule)
    )
    return RuleCheck(text.name, line, rule_id, rule, failures)


def _build(table: Any, name: str, taken: Mapping[str, str]) -> Rule:
    if not isinstance(table, dict):
        raise _Problem("[[rule]] must be a table")
    for key in table:
        if key not in _KEYS:
            raise _Problem(f"unknown key {key!r} (known keys: {', '.join(_KEYS)})", key=key)
    rule_id = _string(table, "id")
    try:
        check_rule_id(rule_id)
    except RuleError as error:
        raise _Problem(str(error), key="id") from None
    if rule_id in taken:
        raise _Problem(f"duplicate rule id: already used by {taken[rule_id]}", key="id")
    common: dict[str, Any] = {
        "id": rule_id,
        "description": _string(table, "description"),
        "must_remove": _examples(table, "remove"),
        "must_keep": _examples(table, "keep"),
        "source": name,
        "sites": _sites(table),
    }
    if "max_chars" in table:
        max_chars = table["max_chars"]
        if not isinstance(max_chars, int) or isinstance(max_chars, bool) or max_chars < 1:
            raise _Problem("'max_chars' must be a positive integer", key="max_chars")
        common["max_chars"] = max_chars
    block = _choice(table, "block", _BLOCKS, "none")
    if ("phrases" in table) == ("regex" in table):
        raise _Problem("give either 'phrases' or 'regex' (exactly one of them)", key="id")
    if "regex" in table:
        pattern = _string(table, "regex")
        try:
            _pattern_cache.compile(pattern, regex.V1 | regex.IGNORECASE)
        except regex.error as error:
            raise _Problem(f"regex does not compile: {error}", key="regex") from None
        match = _choice(table, "match", _REGEX_MATCHES, "whole-line")
        limits: dict[str, Any] = {"engine": _choice(table, "engine", _ENGINES, "auto")}
        if "timeout_ms" in table:
            timeout = table["timeout_ms"]
            if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or timeout <= 0:
                raise _Problem("'timeout_ms' must be a positive number", key="timeout_ms")
            limits["timeout_ms"] = timeout
        try:
            return RegexRule(pattern=pattern, match=match, block=block, **limits, **common)
        except RuleError as error:
            raise _Problem(str(error).partition(": ")[2], key="engine") from None
    phrases = _phrases(table["phrases"])
    match = _choice(table, "match", _PHRASE_MATCHES, "whole-line")
    try:
        return PhraseRule(phrases=phrases, match=match, block=block, **common)
    except ValueError as error:
        raise _Problem(str(error), key="phrases") from None


def _phrases(value: Any) -> list[str] | dict[str, list[str]]:
    """A list of phrases (language "any"), or a table of such lists by language tag."""
    if isinstance(value, dict) and value:
        for language, phrases in value.items():
            if not _LANGUAGE_TAG.fullmatch(language):
                raise _Problem(
                    f"'phrases' key {language!r} is not a language tag like 'en' or 'any'",
                    key="phrases",
                )
            if not _is_phrase_list(phrases):
                raise _Problem(
                    f"'phrases.{language}' must be a non-empty list of strings", key="phrases"
                )
        return value
    if not _is_phrase_list(value):
        raise _Problem(
            "'phrases' must be a non-empty list of strings, or a table of such lists by"
            " language (phrases = { en = [...], de = [...] })",
            key="phrases",
        )
    return list(value)


def _is_phrase_list(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, str) for v in value)


def _string(table: dict[str, Any], key: str) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value.strip():
        missing = key not in table
        raise _Problem(
            f"{'missing' if missing else 'empty or non-string'} {key!r}",
            key=None if missing else key,
        )
    return value


def _choice(table: dict[str, Any], key: str, allowed: tuple[str, ...], default: str) -> Any:
    value = table.get(key, default)
    if value not in allowed:
        raise _Problem(f"{key!r} must be one of {', '.join(allowed)} (got {value!r})", key=key)
    return value


def _sites(table: dict[str, Any]) -> tuple[str, ...]:
    value = table.get("sites", [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _Problem("'sites' must be a list of site names (hosts)", key="sites")
    return tuple(value)


def _examples(table: dict[str, Any], key: str) -> tuple[str, ...]:
    value = table.get(key)
    if value is None:
        raise _Problem(f"needs at least one {key!r} example (a list of strings)")
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise _Problem(f"{key!r} must be a non-empty list of strings", key=key)
    return tuple(value)
