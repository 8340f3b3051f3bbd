"""Plugins: a package installed from tests/plugin_pkg adds its rules to the default pipeline."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from importlib.metadata import EntryPoint
from pathlib import Path

import pytest

from newsclean import Pipeline, RuleError
from newsclean._extend import plugins as _plugins
from newsclean._extend.plugins import ENTRY_POINT_GROUP
from newsclean.rules import builtin_rules

from helpers import ROOT, run_newsclean

PLUGIN_PKG = ROOT / "tests" / "plugin_pkg"
ARTICLE = (
    "FIRST ALERT WEATHER DAY: Heavy rain Tuesday\n\n"
    "Download the News Channel 3-12 app for breaking news\n\n"
    "The council voted 5-2 on Tuesday to repave State Street.\n"
)
STORY = "The council voted 5-2 on Tuesday to repave State Street.\n"


@pytest.fixture(scope="module")
def plugin_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """An environment whose Python path holds the installed example plugin."""
    target = tmp_path_factory.mktemp("plugin-site")
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index"]
    subprocess.run(
        [*pip, "--no-build-isolation", "--target", str(target), str(PLUGIN_PKG)],
        check=True,
        capture_output=True,
    )
    return {**os.environ, "PYTHONPATH": str(target)}


def _python(env: dict[str, str], code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_library_default_pipeline_runs_plugin_rules(plugin_env: dict[str, str]) -> None:
    out = _python(
        plugin_env,
        "import newsclean, pickle, sys\n"
        "p = newsclean.Pipeline.default()\n"
        "print([(r.id, r.source) for r in p if r.source != 'builtin'])\n"
        f"r = pickle.loads(pickle.dumps(p)).clean({ARTICLE!r})\n"
        "print(r.explain())\n"
        f"print(newsclean.Pipeline.default(plugins=False).clean_text({ARTICLE!r}) == {ARTICLE!r})\n",
    )
    sources, explained, unchanged = out.splitlines()
    assert sources == (
        "[('station-app-promo', 'plugin:newsclean-station-rules'), "
        "('weather-alert-banner', 'plugin:newsclean-station-rules')]"
    )
    assert "('weather-alert-banner', 'FIRST ALERT WEATHER DAY: Heavy rain Tuesday')" in explained
    assert "('station-app-promo', 'Download the News Channel 3-12 app" in explained
    assert unchanged == "True"


def test_command_runs_plugin_rules_and_no_plugins_disables_them(
    plugin_env: dict[str, str],
) -> None:
    done = run_newsclean("clean", "--explain", "-", stdin=ARTICLE, env=plugin_env)
    assert done.returncode == 0, done.stderr
    assert done.stdout == STORY
    assert "[weather-alert-banner] FIRST ALERT WEATHER DAY" in done.stderr
    off = run_newsclean("clean", "--no-plugins", "-", stdin=ARTICLE, env=plugin_env)
    assert off.returncode == 0, off.stderr
    assert off.stdout == ARTICLE


def test_rules_listing_names_the_plugin(plugin_env: dict[str, str]) -> None:
    listing = run_newsclean("rules", env=plugin_env).stdout.splitlines()
    plugin_lines = [line for line in listing if "plugin:newsclean-station-rules" in line]
    assert [line.split()[0] for line in plugin_lines] == [
        "station-app-promo",
        "weather-alert-banner",
    ]
    assert "plugin:" not in run_newsclean("rules", "--no-plugins", env=plugin_env).stdout


def test_rules_file_id_clashing_with_plugin_is_located(plugin_env: dict[str, str]) -> None:
    done = run_newsclean(
        "clean", "--rules", "docs/examples/station_rules.toml", "-", env=plugin_env
    )
    assert done.returncode == 2
    assert (
        "docs/examples/station_rules.toml:5: rule 'station-app-promo': duplicate rule id: "
        "already used by a rule from plugin:newsclean-station-rules"
    ) in done.stderr


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (
            "no_such_module_xyz:rules",
            "plugin:no_such_module_xyz: entry point 'broken' (no_such_module_xyz:rules) "
            "failed to load: ModuleNotFoundError",
        ),
        (
            "string:digits",
            "plugin:string: entry point 'broken' (string:digits) gave '0', "
            "which is not a newsclean Rule",
        ),
        ("os:getpid", "plugin:os: entry point 'broken' (os:getpid) is not a rule or an iterable"),
    ],
)
def test_a_broken_plugin_is_an_error_naming_it(
    monkeypatch: pytest.MonkeyPatch, value: str, message: str
) -> None:
    point = EntryPoint(name="broken", value=value, group=ENTRY_POINT_GROUP)
    monkeypatch.setattr(_plugins, "entry_points", lambda group: [point])
    with pytest.raises(RuleError) as caught:
        Pipeline.default()
    assert str(caught.value).startswith(message)
    assert Pipeline.default(plugins=False).rule_ids == tuple(r.id for r in builtin_rules())


def test_distribution_metadata_is_read_only_where_a_plugin_may_be(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Without a plugin, start-up does not import ``importlib.metadata``; with one in any
    place the quick look cannot read (a zip on the path), it does."""
    site = tmp_path / "site"
    (site / "other-1.0.dist-info").mkdir(parents=True)
    (site / "other-1.0.dist-info" / "entry_points.txt").write_text(
        "[console_scripts]\nother = other:main\n", encoding="utf-8"
    )
    monkeypatch.setattr(sys, "path", [str(site), str(tmp_path / "missing")])
    assert not _plugins._may_declare(ENTRY_POINT_GROUP)
    (site / "Station_Rules-2.0.DIST-INFO").mkdir()
    (site / "Station_Rules-2.0.DIST-INFO" / "entry_points.txt").write_text(
        f"[{ENTRY_POINT_GROUP}]\nstation = station:rules\n", encoding="utf-8"
    )
    assert _plugins._may_declare(ENTRY_POINT_GROUP)
    shutil.rmtree(site / "Station_Rules-2.0.DIST-INFO")
    (tmp_path / "bundle.zip").write_bytes(b"PK\x05\x06" + bytes(18))
    monkeypatch.setattr(sys, "path", [str(site), str(tmp_path / "bundle.zip")])
    assert _plugins._may_declare(ENTRY_POINT_GROUP)


def test_a_plain_run_does_not_read_the_installed_distributions() -> None:
    code = (
        "import sys, newsclean\n"
        "newsclean.Pipeline.default().clean('Skip to content\\n\\nThe story.')\n"
        "print('importlib.metadata' in sys.modules)\n"
    )
    assert _python(dict(os.environ), code).strip() == "False"
