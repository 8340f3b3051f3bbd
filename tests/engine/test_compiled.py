"""The compiled variant (mypyc) gives the same output as the pure-Python one, byte for byte.

CI runs the suite twice: on the pure-Python install, then after
``HATCH_BUILD_HOOK_ENABLE_MYPYC=1 pip install .``, which leaves the compiled modules next to
their sources, with ``NEWSCLEAN_EXPECT_COMPILED`` saying which variant each run must see.
The comparison runs in the compiled run: the command once as imported here, once from a copy
of the sources without the compiled modules.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import newsclean
from newsclean._engine.variant import HOT_MODULES

from helpers import ROOT

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
EXPECTED = os.environ.get("NEWSCLEAN_EXPECT_COMPILED")


def test_the_expected_variant_runs() -> None:
    if EXPECTED is None:
        pytest.skip("NEWSCLEAN_EXPECT_COMPILED is not set (CI sets it for each variant)")
    assert newsclean.compiled is (EXPECTED == "1")


def test_the_build_compiles_the_modules_the_variant_checks() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    included = config["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["mypyc"]["include"]
    assert [path.removesuffix(".py").replace("/", ".") for path in included] == list(HOT_MODULES)


@pytest.fixture(scope="module")
def pure_sources(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the package without its compiled modules: what ``PYTHONPATH`` runs pure."""
    if not newsclean.compiled:
        pytest.skip("no compiled build present (HATCH_BUILD_HOOK_ENABLE_MYPYC=1 pip install .)")
    folder = tmp_path_factory.mktemp("pure")
    package = Path(newsclean.__file__).parent
    shutil.copytree(package, folder / "newsclean", ignore=shutil.ignore_patterns("*.so", "*.pyd"))
    return folder


def _clean(corpus: Path, target: Path, sources: Path) -> bytes:
    """The command's output on ``corpus``, importing newsclean from ``sources`` (``-m`` puts
    the working folder first on the import path, so the command runs there too)."""
    env = {**os.environ, "PYTHONPATH": str(sources)}
    command = [sys.executable, "-m", "newsclean"]
    clean = [*command, "clean", str(corpus), "-o", str(target)]
    subprocess.run(clean, env=env, cwd=sources, check=True, capture_output=True)
    version = subprocess.run(
        [*command, "--version"], env=env, cwd=sources, check=True, capture_output=True, text=True
    ).stdout
    assert ("pure Python" in version) is (sources != Path(newsclean.__file__).parents[1]), version
    return target.read_bytes()


def _corpus(name: str, folder: Path) -> Path:
    if name != "generated":
        return SHARED_CORPUS / name
    target = folder / "generated.jsonl"
    maker = SHARED_CORPUS / "make_large_corpus.py"
    if maker.exists():
        command = [sys.executable, str(maker), "--mb", "3", "-o", str(target), "-q"]
        subprocess.run(command, check=True)
    return target


@pytest.mark.parametrize("name", ["pages.jsonl", "sites.jsonl", "generated"])
def test_compiled_output_is_byte_identical(name: str, tmp_path: Path, pure_sources: Path) -> None:
    corpus = _corpus(name, tmp_path)
    if not corpus.exists():
        pytest.skip(f"development corpus not found at {SHARED_CORPUS}")
    compiled = _clean(corpus, tmp_path / "compiled.jsonl", Path(newsclean.__file__).parents[1])
    pure = _clean(corpus, tmp_path / "pure.jsonl", pure_sources)
    assert compiled == pure
