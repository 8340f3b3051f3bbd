"""The docs and README: every Python example runs, every console example prints what it shows.

Python blocks (```python) of one page run in order in one namespace, from the repository root.
Console blocks (```console) hold ``$ newsclean ...`` commands; each is run and its stdout, then
its stderr, must equal the lines shown under it. Blocks that include a file with ``--8<--``
are that file, which other tests exercise.
"""

from __future__ import annotations

import argparse
import doctest
import importlib
import importlib.util
import re
import shlex
from pathlib import Path

import pytest

from newsclean._cli.args import parser as _parser

from helpers import ROOT, run_newsclean

PAGES = [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md"]
FENCE = re.compile(r"^```(\w+)[^\n]*\n(.*?)^```\s*$", re.MULTILINE | re.DOTALL)


def _blocks(page: Path, language: str) -> list[str]:
    text = page.read_text(encoding="utf-8")
    return [
        body
        for lang, body in FENCE.findall(text)
        if lang == language and not body.lstrip().startswith("--8<--")
    ]


def _console_cases() -> list[object]:
    cases = []
    for page in PAGES:
        for body in _blocks(page, "console"):
            command, *expected = body.splitlines()
            cases.append(pytest.param(command, expected, id=f"{page.name}: {command}"))
    return cases


@pytest.mark.parametrize("page", [p for p in PAGES if _blocks(p, "python")], ids=lambda p: p.name)
def test_python_examples_run(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {"__name__": f"docs_{page.stem}"}
    for number, block in enumerate(_blocks(page, "python")):
        code = compile(block, f"{page.name} (python block {number + 1})", "exec")
        exec(code, namespace)


@pytest.mark.parametrize(("command", "expected"), _console_cases())
def test_console_examples_print_what_they_show(command: str, expected: list[str]) -> None:
    assert command.startswith("$ newsclean "), command
    done = run_newsclean(*shlex.split(command)[2:])
    assert (done.stdout + done.stderr).splitlines() == expected


def test_every_page_is_in_the_site_navigation() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for page in (ROOT / "docs").glob("*.md"):
        assert f": {page.name}" in config, f"{page.name} is not in mkdocs.yml nav"


def test_command_reference_shows_the_help_of_every_command() -> None:
    spec = importlib.util.spec_from_file_location("mkdocs_hooks", ROOT / "mkdocs_hooks.py")
    assert spec is not None and spec.loader is not None
    hooks = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hooks)
    reference = hooks.expand_help_markers((ROOT / "docs" / "cli.md").read_text(encoding="utf-8"))
    parsers = [_parser()]
    while parsers:
        parser = parsers.pop()
        assert f"usage: {parser.prog} " in reference, parser.prog
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                parsers.extend(action.choices.values())
            for option in action.option_strings:
                assert option in reference, option


def test_api_page_documents_every_public_name() -> None:
    import newsclean

    api = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    missing = [name for name in newsclean.__all__ if f"::: newsclean.{name}\n" not in api]
    assert missing == []


def _modules() -> list[str]:
    import pkgutil

    import newsclean

    found = pkgutil.walk_packages(newsclean.__path__, "newsclean.")
    return ["newsclean", *(info.name for info in found if info.name != "newsclean.__main__")]


# modules that import an optional extra at the top (README's quick start installs only [test])
_NEEDS = {"newsclean.integrations.datatrove": "datatrove"}


@pytest.mark.parametrize("name", _modules())
def test_docstring_examples_run(name: str) -> None:
    if name in _NEEDS:
        pytest.importorskip(_NEEDS[name], reason=f"{name} needs the {_NEEDS[name]} extra")
    module = importlib.import_module(name)
    failed, _ = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert failed == 0
