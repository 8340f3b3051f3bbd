"""The review page opened in a real headless browser (Debian's chromium; CI installs it)."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from newsclean import Pipeline
from newsclean._learn import SiteLearner, learned_rules, review_page

from .site_pages import pages

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
WIDTH, HEIGHT = 1200, 1600

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")


def _chromium(page: Path, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Headless chromium on ``page``, offline, with a fresh profile; console on stderr."""
    assert CHROMIUM is not None
    return subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            "--enable-logging=stderr",
            "--v=0",
            *args,
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _console_messages(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if ":CONSOLE" in line]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Pipeline, SiteLearner]:
    learner = SiteLearner()
    for text in pages():
        learner.add("coastnews.example", text)
    pipeline = Pipeline.default().with_rules(*learned_rules(learner))
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(review_page(learner, pipeline), encoding="utf-8")
    return path, pipeline, learner


def test_the_page_is_self_contained(report: tuple[Path, Pipeline, SiteLearner]) -> None:
    html = report[0].read_text(encoding="utf-8")
    assert not re.search(r"<script|<link|<img|<iframe|\bsrc=|url\(", html, re.IGNORECASE)


def test_the_page_renders_without_console_errors(
    report: tuple[Path, Pipeline, SiteLearner], tmp_path: Path
) -> None:
    shot = tmp_path / "shot.png"
    done = _chromium(
        report[0], tmp_path / "profile", f"--window-size={WIDTH},{HEIGHT}", f"--screenshot={shot}"
    )
    assert shot.is_file(), done.stderr
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (WIDTH, HEIGHT)
    assert len(data) > 20_000  # a page of text and colours, not a blank screen
    assert _console_messages(done.stderr) == []


def test_console_errors_would_be_seen(tmp_path: Path) -> None:
    """The check above can fail: a page with a script error shows up on the console."""
    page = tmp_path / "bad.html"
    page.write_text("<html><body><script>notDefined();</script></body></html>")
    done = _chromium(page, tmp_path / "profile", "--dump-dom")
    assert any("notDefined" in line for line in _console_messages(done.stderr))


def test_every_removed_line_is_highlighted_with_its_rule(
    report: tuple[Path, Pipeline, SiteLearner], tmp_path: Path
) -> None:
    path, pipeline, learner = report
    done = _chromium(path, tmp_path / "profile", "--dump-dom")
    dom = done.stdout
    highlighted = re.findall(
        r'class="line removed (learned|builtin)" data-rule="([a-z0-9-]+)"', dom
    )
    expected = []
    for learning in learner:
        for text in learning.samples:
            for removal in pipeline.clean(text, site=learning.site).removed:
                lines = [line for line in removal.text.splitlines() if line.strip()]
                expected.extend([removal.rule] * len(lines))
    assert sorted(rule for _, rule in highlighted) == sorted(expected)
    learned = [rule for kind, rule in highlighted if kind == "learned"]
    assert learned and all(rule.startswith("site-coastnews-example-") for rule in learned)
    learned_ids = {rule.id for rule in pipeline.rules if rule.sites}
    assert all(rule not in learned_ids for kind, rule in highlighted if kind == "builtin")
