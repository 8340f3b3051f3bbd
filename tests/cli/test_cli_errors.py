"""The command under bad input: clear messages with locations, exit codes, no record lost."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from newsclean import Pipeline, RegexRule
from newsclean._cli.main import main
from newsclean._cli.records import JsonlOptions, clean_chunk

STORY = "The council voted 7-2 on Tuesday to approve the budget."


def run(capfd: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    """Run the command in this process: exit code, stdout, stderr."""
    code = main([str(arg) for arg in args])
    out, err = capfd.readouterr()
    assert "Traceback" not in err
    return code, out, err


def write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    data = path.read_bytes().decode("utf-8")  # strict: the output is always valid UTF-8
    return [json.loads(line) for line in data.splitlines()]


# --- text files -------------------------------------------------------------------------


def test_invalid_utf8_is_replaced_with_a_located_warning(tmp_path, capfd) -> None:
    source = tmp_path / "a.txt"
    source.write_bytes(b"Skip to content\n\nCaf\xe9 owners met.\n\xff\xfeMore story.\n")
    code, out, err = run(capfd, "clean", source)
    assert code == 0
    assert f"{source}: warning: 3 invalid UTF-8 sequences replaced with U+FFFD" in err
    assert "(first at byte offset 20)" in err
    assert out == "Caf\ufffd owners met.\n\ufffd\ufffdMore story.\n"


def test_invalid_utf8_strict_names_file_byte_and_line(tmp_path, capfd) -> None:
    source, target = tmp_path / "a.txt", tmp_path / "out.txt"
    source.write_bytes(b"First line.\nCaf\xe9 owners met.\n")
    code, _, err = run(capfd, "clean", "--encoding-errors", "strict", source, "-o", target)
    assert code == 2
    assert f"{source}: invalid UTF-8 at byte offset 15, line 2 (byte 0xe9)" in err
    assert not target.exists()


def test_bom_is_dropped_and_offsets_count_it(tmp_path, capfd) -> None:
    source = tmp_path / "a.txt"
    source.write_bytes(b"\xef\xbb\xbfStory \xff.")
    code, out, err = run(capfd, "clean", source)
    assert code == 0 and out == "Story \ufffd."
    assert "first at byte offset 9" in err


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"Story.\n\x00\x01\x02\x03binary", "binary file, not text (NUL byte at byte offset 7)"),
        ("Story.".encode("utf-16"), "looks like UTF-16 text"),
        (gzip.compress(b"Story."), "looks gzip-compressed"),
    ],
    ids=["nul", "utf-16", "gzip"],
)
def test_binary_input_gets_a_clear_message(tmp_path, capfd, data: bytes, message: str) -> None:
    source = tmp_path / "a.txt"
    source.write_bytes(data)
    code, out, err = run(capfd, "clean", source)
    assert code == 2 and out == ""
    assert f"newsclean: error: {source}: {message}" in err


def test_one_bad_file_in_a_folder_does_not_stop_the_others(tmp_path, capfd) -> None:
    corpus, target = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    (corpus / "a.txt").write_text(f"Skip to content\n\n{STORY}\n", encoding="utf-8")
    (corpus / "b.txt").write_bytes(b"\x00\x00binary")
    (corpus / "c.txt").write_text(STORY, encoding="utf-8")
    code, _, err = run(capfd, "clean", corpus, "-o", target)
    assert code == 2
    assert f"{corpus / 'b.txt'}: binary file" in err
    assert (target / "a.txt").read_text(encoding="utf-8") == STORY + "\n"
    assert (target / "c.txt").read_text(encoding="utf-8") == STORY
    assert not (target / "b.txt").exists()


def test_same_names_in_subfolders_do_not_collide(tmp_path, capfd) -> None:
    corpus, target = tmp_path / "corpus", tmp_path / "out"
    for part in ("a", "b"):
        (corpus / part).mkdir(parents=True)
        (corpus / part / "x.txt").write_text(f"{part}: {STORY}", encoding="utf-8")
    code, _, _ = run(capfd, "clean", corpus, "-o", target)
    assert code == 0
    assert (target / "a" / "x.txt").read_text(encoding="utf-8") == f"a: {STORY}"
    assert (target / "b" / "x.txt").read_text(encoding="utf-8") == f"b: {STORY}"


def test_files_that_would_collide_are_refused_before_writing(tmp_path, capfd) -> None:
    for part in ("a", "b"):
        (tmp_path / part).mkdir()
        (tmp_path / part / "x.txt").write_text(STORY, encoding="utf-8")
    target = tmp_path / "out"
    code, _, err = run(
        capfd, "clean", tmp_path / "a" / "x.txt", tmp_path / "b" / "x.txt", "-o", target
    )
    assert code == 2 and "would both be written to" in err
    assert not target.exists()


@pytest.mark.parametrize("kind", ["same-file", "same-folder", "hard-link"])
def test_output_never_overwrites_an_input(tmp_path, capfd, kind: str) -> None:
    source = tmp_path / "a.txt"
    original = f"Skip to content\n\n{STORY}\n"
    source.write_text(original, encoding="utf-8")
    (tmp_path / "b.txt").write_text(STORY, encoding="utf-8")
    if kind == "same-file":
        args: list[str | Path] = [source, "-o", source]
    elif kind == "same-folder":
        args = [tmp_path, "-o", tmp_path]
    else:
        os.link(source, tmp_path / "link.txt")
        args = [source, "-o", tmp_path / "link.txt"]
    code, _, err = run(capfd, "clean", *args)
    assert code == 2 and "refusing to overwrite an input file" in err
    assert source.read_text(encoding="utf-8") == original


def test_missing_input_and_unwritable_output(tmp_path, capfd) -> None:
    code, _, err = run(capfd, "clean", tmp_path / "nope.txt")
    assert code == 2 and f"{tmp_path / 'nope.txt'}: cannot open: No such file" in err
    source = tmp_path / "a.txt"
    source.write_text(STORY, encoding="utf-8")
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    code, _, err = run(capfd, "clean", source, "-o", blocker / "out.txt")
    assert code == 2 and f"{blocker / 'out.txt'}: cannot write" in err


def test_output_into_an_existing_folder(tmp_path, capfd) -> None:
    source, folder = tmp_path / "a.txt", tmp_path / "out"
    source.write_text(STORY, encoding="utf-8")
    folder.mkdir()
    assert run(capfd, "clean", source, "-o", folder)[0] == 0
    assert (folder / "a.txt").read_text(encoding="utf-8") == STORY


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("", ""),
        ("\n\n", "\n\n"),
        (f"Skip to content\r\n\r\n{STORY}\r\nIt passed.\r\n", f"{STORY}\r\nIt passed.\r\n"),
        (f"Skip to content\r\r{STORY}\rIt passed.\r", f"{STORY}\rIt passed.\r"),
        (f"{STORY}\n\nSkip to content", STORY),
        (f"{STORY}\n\nSkip to content\n", f"{STORY}\n"),
        (f"Skip to content\n{STORY}", STORY),
    ],
    ids=["empty", "blank", "crlf", "cr", "no-final-newline", "final-newline", "first-line"],
)
def test_line_ends_and_empty_files(tmp_path, capfd, original: str, expected: str) -> None:
    source, target = tmp_path / "a.txt", tmp_path / "out.txt"
    source.write_bytes(original.encode("utf-8"))
    assert run(capfd, "clean", source, "-o", target)[0] == 0
    assert target.read_bytes() == expected.encode("utf-8")


def test_ten_megabyte_line(tmp_path, capfd) -> None:
    line = (STORY + " ") * (10_000_000 // (len(STORY) + 1))
    source, target = tmp_path / "big.txt", tmp_path / "out.txt"
    source.write_text(f"Skip to content\n{line}\n", encoding="utf-8")
    assert run(capfd, "clean", source, "-o", target)[0] == 0
    assert target.read_text(encoding="utf-8") == line + "\n"


def test_explain_counts_lines_in_crlf_and_cr_files(tmp_path, capfd) -> None:
    source = tmp_path / "a.txt"
    source.write_bytes(f"{STORY}\r\n\r\nSkip to content\r{STORY}\rLeave a Reply".encode())
    code, _, err = run(capfd, "clean", "--explain", source)
    assert code == 0
    assert f"{source}:3: [skip-link] Skip to content" in err
    assert f"{source}:5: [comment-prompt] Leave a Reply" in err


def test_parse_reports_bad_files_and_goes_on(tmp_path, capfd) -> None:
    good, bad = tmp_path / "a.txt", tmp_path / "b.txt"
    good.write_text(f"By Jane Doe, Reuters\n\n{STORY}", encoding="utf-8")
    bad.write_bytes(b"\x00")
    code, out, err = run(capfd, "parse", good, bad)
    assert code == 2 and f"{bad}: binary file" in err
    (metadata,) = [json.loads(line) for line in out.splitlines()]
    assert metadata["path"] == str(good)
    assert metadata["byline"]["authors"][0]["name"] == "Jane Doe"


def test_parse_points_a_jsonl_corpus_to_clean(tmp_path, capfd) -> None:
    corpus = write_jsonl(tmp_path / "corpus.jsonl", [json.dumps({"text": STORY})])
    code, out, err = run(capfd, "parse", corpus)
    assert code == 2 and not out
    assert f"{corpus}: 'parse' reads text files; 'newsclean clean' cleans a JSONL corpus" in err


# --- JSONL ------------------------------------------------------------------------------

BAD_RECORDS = {
    2: ('{"id": 2, "text": ', "malformed JSON: Expecting value (column 19)"),
    3: ("[1, 2]", "not a JSON object (got array)"),
    4: ('"just a string"', "not a JSON object (got string)"),
    5: ('{"id": 5}', "field 'text' is missing"),
    6: ('{"id": 6, "text": null}', "field 'text' is not a string (got null)"),
    7: ('{"id": 7, "text": 7}', "field 'text' is not a string (got number)"),
    8: ('{"id": 8, "text": ["a"]}', "field 'text' is not a string (got array)"),
    9: ('{"id": 9, "n": ' + "1" * 5000 + "}", "unreadable JSON value"),
    10: ("[" * 100_000, "JSON nested too deeply"),
}


def _bad_corpus(tmp_path: Path) -> tuple[Path, list[str]]:
    lines = [f'{{"id": 1, "text": "Skip to content\\n\\n{STORY}"}}']
    lines += [BAD_RECORDS[number][0] for number in sorted(BAD_RECORDS)]
    lines.append(f'{{"id": 11, "text": "{STORY}"}}')
    return write_jsonl(tmp_path / "in.jsonl", lines), lines


def test_every_bad_record_is_located_and_kept(tmp_path, capfd) -> None:
    source, lines = _bad_corpus(tmp_path)
    target = tmp_path / "out.jsonl"
    code, _, err = run(capfd, "clean", source, "-o", target)
    assert code == 1
    for number, (_, message) in BAD_RECORDS.items():
        assert f"newsclean: {source}:{number}: {message}" in err
    assert "newsclean: 2 cleaned, 9 kept, 0 skipped" in err
    out = read_jsonl(target)
    assert len(out) == len(lines)
    assert out[0]["text"] == STORY and "error" not in out[0]
    assert out[-1]["id"] == 11 and "error" not in out[-1]
    for number, record in enumerate(out[1:-1], start=2):
        assert record["error"].startswith(f"{source}:{number}: ")
        if "raw" in record:
            assert record["raw"] == lines[number - 1]
        else:
            assert record["id"] == number  # the record itself, written through unchanged


def test_skip_leaves_bad_records_out_and_counts_them(tmp_path, capfd) -> None:
    source, _ = _bad_corpus(tmp_path)
    target = tmp_path / "out.jsonl"
    code, _, err = run(capfd, "clean", "--on-error", "skip", source, "-o", target)
    assert code == 1 and "2 cleaned, 0 kept, 9 skipped" in err
    assert [r["id"] for r in read_jsonl(target)] == [1, 11]


def test_fail_stops_at_the_first_bad_record_and_writes_nothing(tmp_path, capfd) -> None:
    source, _ = _bad_corpus(tmp_path)
    target = tmp_path / "out.jsonl"
    target.write_text("previous run\n", encoding="utf-8")
    code, _, err = run(capfd, "clean", "--on-error", "fail", source, "-o", target)
    assert code == 2 and f"{source}:2: malformed JSON" in err
    assert f"{source}:3:" not in err
    assert target.read_text(encoding="utf-8") == "previous run\n"


def test_invalid_utf8_in_a_record(tmp_path, capfd) -> None:
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    good = json.dumps({"id": 1, "text": STORY}).encode()
    bad = b'{"id": 2, "text": "Caf\xe9 owners met."}'
    source.write_bytes(good + b"\n" + bad + b"\n")
    code, _, err = run(capfd, "clean", source, "-o", target)
    assert code == 0
    assert f"{source}:2: warning: 1 invalid UTF-8 sequence replaced with U+FFFD" in err
    assert "(first at byte 22 of the line)" in err
    assert [r["text"] for r in read_jsonl(target)] == [STORY, "Caf\ufffd owners met."]

    code, _, err = run(capfd, "clean", "--encoding-errors", "strict", source, "-o", target)
    assert code == 1
    assert f"{source}:2: invalid UTF-8 at byte 22 of the line (byte 0xe9)" in err
    kept = read_jsonl(target)[1]
    assert kept["raw"].encode("utf-8", "surrogateescape") == bad  # the exact bytes, recoverable


def test_nul_byte_in_a_record_and_a_binary_jsonl_file(tmp_path, capfd) -> None:
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    nul_record = b'{"text": "\x00"}\n'
    source.write_bytes(nul_record + b'{"text": "A."}\n' * 300 + nul_record)
    code, _, err = run(capfd, "clean", source, "-o", target)
    assert code == 1 and "1 cleaned" not in err and "300 cleaned, 2 kept" in err
    assert f"{source}:1: NUL byte at byte 10 of the line" in err
    assert f"{source}:302: NUL byte at byte 10 of the line" in err
    assert len(read_jsonl(target)) == 302

    binary = tmp_path / "binary.jsonl"
    binary.write_bytes(gzip.compress(b'{"text": "A."}\n'))
    code, _, err = run(capfd, "clean", binary, "-o", target)
    assert code == 2 and f"{binary}: looks gzip-compressed" in err
    binary.write_bytes(bytes(range(256)) * 20)
    code, _, err = run(capfd, "clean", binary, "-o", target)
    assert code == 2 and f"{binary}: binary file, not text (NUL byte at byte offset 0)" in err


def test_empty_lines_files_crlf_and_no_final_newline(tmp_path, capfd) -> None:
    empty, target = tmp_path / "empty.jsonl", tmp_path / "out.jsonl"
    empty.write_bytes(b"")
    code, _, err = run(capfd, "clean", empty, "-o", target)
    assert code == 0 and target.read_bytes() == b"" and "0 cleaned, 0 kept, 0 skipped" in err

    source = tmp_path / "in.jsonl"
    source.write_bytes(b'{"id": 1, "text": "A."}\r\n\r\n  \n{"id": 2, "text": "B.\\r\\nC."}')
    code, _, err = run(capfd, "clean", source, "-o", target)
    assert code == 0 and "2 cleaned, 0 kept, 0 skipped" in err
    assert [(r["id"], r["text"]) for r in read_jsonl(target)] == [(1, "A."), (2, "B.\r\nC.")]


def test_ten_megabyte_record(tmp_path, capfd) -> None:
    text = (STORY + "\n\n") * (10_000_000 // (len(STORY) + 2))
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(source, [json.dumps({"text": "Skip to content\n\n" + text})])
    assert run(capfd, "clean", source, "-o", target)[0] == 0
    assert read_jsonl(target)[0]["text"] == text


def test_lone_surrogates_are_written_as_valid_utf8_and_read_back(tmp_path, capfd) -> None:
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(
        source,
        [
            '{"id": "\\udc80", "text": "Skip to content\\n\\nCaf\\ud800 owners met. — ok"}',
            '{"id": 2, "text": "Plain — text."}',
        ],
    )
    assert run(capfd, "clean", source, "-o", target)[0] == 0
    first, second = read_jsonl(target)  # read_jsonl decodes strictly
    assert first["id"] == "\udc80" and first["text"] == "Caf\ud800 owners met. — ok"
    assert "— text" in target.read_text(encoding="utf-8")  # other records stay readable UTF-8
    assert second["text"] == "Plain — text."


def test_jsonl_output_never_overwrites_its_input(tmp_path, capfd) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", ['{"text": "Skip to content"}'])
    before = source.read_bytes()
    code, _, err = run(capfd, "clean", source, "-o", source)
    assert code == 2 and "refusing to overwrite an input file" in err
    assert source.read_bytes() == before


def test_help_documents_exit_codes(capfd) -> None:
    with pytest.raises(SystemExit):
        main(["clean", "--help"])
    out = capfd.readouterr().out
    for code in ("0 ", "1 ", "2 ", "130"):
        assert f"\n  {code}" in out


# --- interrupted runs -------------------------------------------------------------------


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "kill"])
def test_interrupted_run_leaves_no_partial_output(tmp_path: Path, sig: signal.Signals) -> None:
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    record = json.dumps({"text": f"Skip to content\n\n{STORY}\n\nBy Jane Doe, Reuters"})
    write_jsonl(source, [record] * 200_000)
    target.write_text("previous run\n", encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "newsclean", "clean", str(source), "-o", str(target)],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # Wait (bounded) until the run is writing its temporary file, then interrupt it.
        for _ in range(600):
            if any(p.name.startswith(".newsclean-") for p in tmp_path.iterdir()):
                break
            time.sleep(0.05)
        assert process.poll() is None, "the run finished before it could be interrupted"
        process.send_signal(sig)
        _, err = process.communicate(timeout=60)
    finally:
        process.kill()
    assert process.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    assert target.read_text(encoding="utf-8") == "previous run\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".newsclean-")] == []


def test_rule_hitting_its_time_limit_is_left_out_on_that_line_only() -> None:
    slow = RegexRule(
        id="slow-rule",
        description="Exponential backtracking.",
        pattern=r"(a|aa)+c",
        timeout_ms=10,
        engine="backtracking",
    )
    text = "Skip to content\n\n" + "a" * 60 + "b\n\nThe story."
    pipeline = Pipeline.default().with_rules(slow)
    chunk = [(1, json.dumps({"text": text}).encode()), (2, b'{"text": "Fine."}')]
    result = clean_chunk(pipeline, JsonlOptions(path="in.jsonl"), chunk)
    assert result.cleaned == 2 and len(result.lines) == 2
    first = json.loads(result.lines[0])
    assert first["text"] == "a" * 60 + "b\n\nThe story."  # the built-in rules still ran
    assert first["metadata"]["warnings"][0]["rule"] == "slow-rule"
    assert result.errors == (
        "in.jsonl:1: warning: rule 'slow-rule' hit its 10 ms limit on line 3; left out on that line",
    )
    assert ("slow-rule", 0, 1) in result.rules


def test_rules_file_regex_on_re2_needs_no_clock(tmp_path, capfd) -> None:
    rules = tmp_path / "rules.toml"
    rules.write_text(
        '[[rule]]\nid = "linear-rule"\ndescription = "Backtracks, but not on RE2"\n'
        'regex = \'(a|aa)+c\'\nmatch = "contains"\nremove = ["aac"]\nkeep = ["Story."]\n',
        encoding="utf-8",
    )
    text = f"Skip to content\n\n{STORY}\n\n" + "a" * 60 + "b\n\n" + "a" * 60 + "c\n"
    records = write_jsonl(tmp_path / "in.jsonl", [json.dumps({"text": text})] * 4)
    outputs = []
    for jobs in ("1", "2"):
        target = tmp_path / f"out{jobs}.jsonl"
        code, _, err = run(capfd, "clean", "--rules", rules, records, "-o", target, "--jobs", jobs)
        assert code == 0 and "limit" not in err
        outputs.append(target.read_bytes())
    assert outputs[0] == outputs[1]
    out = read_jsonl(tmp_path / "out1.jsonl")
    assert out[0]["text"] == f"{STORY}\n\n" + "a" * 60 + "b"  # the "…c" line matched in full
    assert "warnings" not in out[0]["metadata"]


def test_rules_file_regex_time_limit_through_the_command(tmp_path, capfd) -> None:
    rules = tmp_path / "rules.toml"
    rules.write_text(
        '[[rule]]\nid = "slow-rule"\ndescription = "Exponential backtracking"\n'
        "regex = '(a|aa)+c'\ntimeout_ms = 20\nengine = \"backtracking\"\n"
        'remove = ["aac"]\nkeep = ["Story."]\n',
        encoding="utf-8",
    )
    text = f"Skip to content\n\n{STORY}\n\n" + "a" * 60 + "b\n"  # exponential for the rule
    source, target = tmp_path / "a.txt", tmp_path / "out.txt"
    source.write_text(text, encoding="utf-8")
    code, _, err = run(capfd, "clean", "--rules", rules, source, "-o", target)
    assert code == 0
    assert f"{source}: warning: rule 'slow-rule' hit its 20 ms limit on line 5" in err
    assert "rule 'slow-rule' hit its limit on 1 line; those lines were left to the other" in err
    assert target.read_text(encoding="utf-8") == text.removeprefix("Skip to content\n\n")

    records = write_jsonl(tmp_path / "in.jsonl", [json.dumps({"text": text})] * 4)
    outputs = []
    for jobs in ("1", "2"):
        target = tmp_path / f"out{jobs}.jsonl"
        code, _, err = run(capfd, "clean", "--rules", rules, records, "-o", target, "--jobs", jobs)
        assert code == 0 and err.count("hit its 20 ms limit on line 5") == 4
        assert "rule 'slow-rule' hit its limit on 4 lines" in err
        outputs.append(target.read_bytes())
    assert outputs[0] == outputs[1]  # byte for byte, whatever the number of jobs
    out = read_jsonl(tmp_path / "out1.jsonl")
    assert out[0]["text"] == text.removeprefix("Skip to content\n\n")
    assert out[0]["metadata"]["warnings"][0] == {
        "rule": "slow-rule",
        "line": 5,
        "message": "rule 'slow-rule' hit its 20 ms limit on line 5; left out on that line",
    }
