"""The command never writes over a record's field, and stops early on a wrong field name."""

from __future__ import annotations

from pathlib import Path

from helpers import read_jsonl, run_main, write_jsonl

TEXT = "Skip to content\n\nThe council met on Tuesday to approve the budget."
CLEANED = "The council met on Tuesday to approve the budget."


def test_records_that_all_carry_metadata_stop_the_run_naming_the_option(
    tmp_path: Path, capfd
) -> None:
    records = [{"text": TEXT, "metadata": {"url": f"https://example.com/{n}"}} for n in range(3)]
    source, target = write_jsonl(tmp_path / "dolma.jsonl", records), tmp_path / "out.jsonl"
    code, _, err = run_main(capfd, "clean", source, "-o", target)
    assert code == 2 and not target.exists()
    assert "the first 3 records already have a field 'metadata'" in err
    assert "--metadata-field NAME (e.g. --metadata-field newsclean_metadata)" in err

    code, _, err = run_main(capfd, "clean", source, "-o", target, "--metadata-field", "newsclean")
    assert code == 0
    out = read_jsonl(target)
    assert [r["metadata"] for r in out] == [r["metadata"] for r in records]
    assert all(r["text"] == CLEANED and r["newsclean"]["removed"] for r in out)


def test_one_record_with_its_own_metadata_is_kept_whole_and_reported(tmp_path: Path, capfd) -> None:
    records = [{"text": TEXT}, {"text": TEXT, "metadata": [1, 2]}, {"text": TEXT}]
    source, target = write_jsonl(tmp_path / "in.jsonl", records), tmp_path / "out.jsonl"
    code, _, err = run_main(capfd, "clean", source, "-o", target)
    assert code == 1
    assert f"{source}:2: the record already has a field 'metadata'" in err
    out = read_jsonl(target)
    assert out[1]["metadata"] == [1, 2] and out[1]["text"] == TEXT and "error" in out[1]
    assert out[0]["text"] == out[2]["text"] == CLEANED


def test_a_record_s_own_error_field_is_never_replaced(tmp_path: Path, capfd) -> None:
    records = [{"body": TEXT, "error": "HTTP 404"}, {"text": TEXT}, {"text": TEXT}]
    source, target = write_jsonl(tmp_path / "in.jsonl", records), tmp_path / "out.jsonl"
    code, _, err = run_main(capfd, "clean", source, "-o", target)
    assert code == 1 and f"{source}:1: field 'text' is missing" in err
    out = read_jsonl(target)
    assert out[0] == records[0]  # written through unchanged: its error is its own

    args = ("clean", source, "-o", target, "--error-field", "newsclean_error")
    code, _, err = run_main(capfd, *args)
    out = read_jsonl(target)
    assert out[0] == {**records[0], "newsclean_error": f"{source}:1: field 'text' is missing"}


def test_a_wrong_text_field_stops_early_naming_the_fields(tmp_path: Path, capfd) -> None:
    records = [{"id": n, "url": "https://example.com", "content": TEXT} for n in range(5)]
    source, target = write_jsonl(tmp_path / "in.jsonl", records), tmp_path / "out.jsonl"
    code, _, err = run_main(capfd, "clean", source, "-o", target)
    assert code == 2 and not target.exists()
    assert (
        f"{source}: the first 5 records have no field 'text' (fields: id, url, content); "
        "use --text-field content"
    ) in err
    code, _, err = run_main(capfd, "clean", source, "--text-field", "contnet")
    assert code == 2 and "use --text-field content" in err


def test_a_byline_field_that_is_not_text_is_reported(tmp_path: Path, capfd) -> None:
    records = [{"text": TEXT, "author": {"name": "Jane Doe"}}, {"text": TEXT, "author": "Jane Doe"}]
    source, target = write_jsonl(tmp_path / "in.jsonl", records), tmp_path / "out.jsonl"
    code, _, err = run_main(capfd, "clean", source, "-o", target, "--byline-field", "author")
    assert code == 0
    assert f"{source}:1: warning: field 'author' is not a string (got object)" in err
    out = read_jsonl(target)
    assert out[0]["metadata"]["byline"] is None
    assert out[1]["metadata"]["byline"]["authors"][0]["name"] == "Jane Doe"


def test_the_same_name_for_two_roles_is_refused(tmp_path: Path, capfd) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": TEXT}])
    code, _, err = run_main(capfd, "clean", source, "--metadata-field", "text")
    assert code == 2 and "the text, metadata and error fields must differ" in err


def test_numbers_come_back_as_written_and_output_is_json(tmp_path: Path, capfd) -> None:
    line = f'{{"a": 1e400, "b": 1e-400, "c": 0.10000000000000000000001, "text": "{TEXT}"}}'
    source = write_jsonl(tmp_path / "in.jsonl", [line.replace("\n", "\\n")])
    code, out, _ = run_main(capfd, "clean", source)
    assert code == 0
    assert out.startswith('{"a":1e400,"b":1e-400,"c":0.10000000000000000000001,"text":')
