"""``newsclean learn`` and ``newsclean clean --learn``: rules files, dry runs, one-shot cleaning."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from learn.site_pages import PROMO, pages
from learn.test_vouched import SECTION_MENU
from learn.test_vouched import _corpus as vouched_pages

from helpers import run_newsclean


def _corpus(folder: Path) -> tuple[Path, Path]:
    """The site's pages in two shards (plain and gzip), with URLs and a site field."""
    records = [
        {"id": n, "url": f"https://www.coastnews.example/local/{n}", "site": "Coast", "text": t}
        for n, t in enumerate(pages(14))
    ]
    plain, packed = folder / "a.jsonl", folder / "b.jsonl.gz"
    plain.write_text("".join(json.dumps(r) + "\n" for r in records[:7]), encoding="utf-8")
    with gzip.open(packed, "wt", encoding="utf-8") as handle:
        handle.writelines(json.dumps(r) + "\n" for r in records[7:])
    return plain, packed


def test_learn_writes_a_rules_file_that_checks(tmp_path: Path) -> None:
    plain, packed = _corpus(tmp_path)
    rules = tmp_path / "site-rules.toml"
    done = run_newsclean("learn", str(plain), str(packed), "--url-field", "url", "-o", str(rules))
    assert done.returncode == 0, done.stderr
    assert "14 counted" in done.stderr
    text = rules.read_text(encoding="utf-8")
    assert 'id = "site-coastnews-example-1"' in text
    assert 'sites = ["coastnews.example"]' in text
    assert "in 14 of 14 documents of coastnews.example" in text
    checked = run_newsclean("rules", "check", str(rules))
    assert checked.returncode == 0, checked.stdout
    cleaned = run_newsclean(
        "clean", str(plain), "--rules", str(rules), "--url-field", "url", "-o", str(tmp_path / "o")
    )
    assert cleaned.returncode == 0, cleaned.stderr
    for line in (tmp_path / "o").read_text(encoding="utf-8").splitlines():
        assert PROMO[0] not in json.loads(line)["text"]


def test_dry_run_prints_and_writes_nothing(tmp_path: Path) -> None:
    plain, packed = _corpus(tmp_path)
    rules = tmp_path / "site-rules.toml"
    done = run_newsclean(
        "learn", str(plain), str(packed), "--site-field", "site", "--dry-run", "-o", str(rules)
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("coast: 14 documents, ")
    assert "site-coast-1  14/14  Harbor Cam" in done.stdout
    assert not rules.exists()


def test_clean_learn_is_one_shot(tmp_path: Path) -> None:
    plain, packed = _corpus(tmp_path)
    out = tmp_path / "clean.jsonl"
    done = run_newsclean(
        "clean", str(plain), str(packed), "--learn", "--url-field", "url", "-o", str(out)
    )
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == list(range(14))
    for record in records:
        assert PROMO[0] not in record["text"]
        rules = {removal["rule"] for removal in record["metadata"]["removed"]}
        assert "site-coastnews-example-1" in rules


def test_clean_learn_refuses_stdin(tmp_path: Path) -> None:
    done = run_newsclean("clean", "-", "--format", "jsonl", "--learn", "--url-field", "url")
    assert done.returncode == 2
    assert "stdin cannot be read twice" in done.stderr


def test_learning_needs_a_site(tmp_path: Path) -> None:
    plain, _ = _corpus(tmp_path)
    done = run_newsclean("learn", str(plain))
    assert done.returncode == 2
    assert "--site-field or --url-field" in done.stderr


def test_support_docs_sets_how_rare_a_vouched_line_may_be(tmp_path: Path) -> None:
    """A section menu on 3 of 20 pages, beside the navigation: learned by default, not with
    ``--support-docs 0``; the rules file says which settings made it."""
    corpus = tmp_path / "site.jsonl"
    records = [{"site": "Coast", "text": text} for text in vouched_pages()]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    learned = {}
    for support in ("2", "0"):
        rules = tmp_path / f"rules-{support}.toml"
        done = run_newsclean(
            "learn",
            str(corpus),
            "--site-field",
            "site",
            "--support-docs",
            support,
            "-o",
            str(rules),
        )
        assert done.returncode == 0, done.stderr
        learned[support] = rules.read_text(encoding="utf-8")
        assert f"--support-docs {support}" in learned[support]
    assert SECTION_MENU[0] in learned["2"]
    assert SECTION_MENU[0] not in learned["0"]
