"""Credit parsers inside the pipeline and the command: what is removed, kept and recorded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsclean
from newsclean import Pipeline, restore
from newsclean._cli.main import main

WIRE_STORY = (
    "Senate passes the bill\n\n"
    "By JOSH BOAK and ZEKE MILLER Associated Press\n\n"
    "WASHINGTON (AP) — The Senate voted 51-49 on Tuesday to pass the bill.\n\n"
    "The AP reported on Tuesday that the talks had stalled before the vote.\n\n"
    "Associated Press writers Lisa Mascaro and Mary Clare Jalonick contributed to this report.\n\n"
    "Copyright 2024 The Associated Press. All rights reserved.\n"
)


def test_wire_story_credits_are_parsed_and_removed() -> None:
    result = newsclean.clean(WIRE_STORY)
    assert result.text == (
        "Senate passes the bill\n\n"
        "WASHINGTON (AP) — The Senate voted 51-49 on Tuesday to pass the bill.\n\n"
        "The AP reported on Tuesday that the talks had stalled before the vote."
    )
    meta = result.metadata
    assert meta.byline is not None and [a.name for a in meta.byline.authors] == [
        "Josh Boak",
        "Zeke Miller",
    ]
    assert meta.dateline is not None and meta.dateline.agency == "Associated Press"
    assert meta.contributors is not None
    assert meta.contributors.people == ("Lisa Mascaro", "Mary Clare Jalonick")
    assert meta.copyright is not None and meta.copyright.holder == "The Associated Press"
    assert {r.rule for r in result.removed} == {"byline", "contributor-credit", "copyright-line"}
    assert restore(result.text, result.removed) == WIRE_STORY


def test_dateline_removal_takes_only_the_dateline() -> None:
    pipeline = Pipeline.default(remove_datelines=True)
    result = pipeline.clean(WIRE_STORY)
    assert "The Senate voted 51-49 on Tuesday to pass the bill." in result.text
    assert "WASHINGTON (AP)" not in result.text
    assert ("dateline", "WASHINGTON (AP) — ") in result.explain()
    assert result.metadata.dateline is not None
    assert restore(result.text, result.removed) == WIRE_STORY


def test_credit_lines_can_stay_in_the_text() -> None:
    dated = "Senate passes the bill\n\nPublished 9:47 PM EST, Jan 5, 2025\n\n" + WIRE_STORY
    pipeline = Pipeline.default(keep_credit_lines=True)
    kept = pipeline.clean(dated)
    # a copyright notice is furniture too: the legal rules still remove it
    assert [(r.rule, r.text) for r in kept.removed] == [
        ("legal-footer", "Copyright 2024 The Associated Press. All rights reserved.")
    ]
    assert "Published 9:47 PM EST, Jan 5, 2025" in kept.text
    assert "By JOSH BOAK and ZEKE MILLER Associated Press" in kept.text
    assert "contributed to this report." in kept.text
    # the records are the same as when the lines are removed
    assert kept.metadata == Pipeline.default().clean(dated).metadata
    assert kept.metadata.published is not None
    assert kept.metadata.published.iso == "2025-01-05T21:47:00-05:00"
    assert all(rule.keep_lines for rule in pipeline.rules if rule.stage == "credit")
    assert not any(rule.keep_lines for rule in pipeline.rules if rule.stage != "credit")


def test_keeping_credit_lines_leaves_furniture_removed() -> None:
    page = "Skip to Content\n\n" + WIRE_STORY + "\nJump to comments ↓\n"
    result = Pipeline.default(keep_credit_lines=True).clean(page)
    assert "By JOSH BOAK and ZEKE MILLER Associated Press" in result.text
    assert {r.text for r in result.removed} == {
        "Skip to Content",
        "Jump to comments ↓",
        "Copyright 2024 The Associated Press. All rights reserved.",
    }
    assert restore(result.text, result.removed) == page


def test_command_keep_credit_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "story.txt"
    source.write_text(WIRE_STORY, "utf-8")
    assert main(["clean", "--keep-credit-lines", str(source)]) == 0
    assert capsys.readouterr().out.startswith(WIRE_STORY.split("\n\nCopyright")[0])
    assert main(["clean", str(source)]) == 0
    assert "By JOSH BOAK" not in capsys.readouterr().out


def test_a_by_word_alone_reads_across_removed_furniture() -> None:
    # found by the idempotence property: the names are read the same before and after the
    # furniture between them and the by-word is gone
    page = "Budget approved\n\nBy\nSkip to content\nJane Doe\n\n" + WIRE_STORY
    once = newsclean.clean(page)
    assert once.metadata.byline is not None
    assert [a.name for a in once.metadata.byline.authors] == ["Jane Doe"]
    assert newsclean.clean(once.text).text == once.text


def test_story_lines_that_look_like_credits_stay() -> None:
    story = (
        "Von der Leyen will die Ukraine schneller in die EU holen.\n\n"
        "Reuters could not independently verify the report.\n\n"
        "By the end of the week the talks had collapsed.\n\n"
        "He told CNN in an interview that he would run again.\n\n"
        "The lawsuit alleges copyright infringement by the software company.\n"
    )
    result = newsclean.clean(story)
    assert result.text == story
    assert result.metadata == newsclean.Metadata()


def test_reuters_footer_keeps_authors_editors_and_contributors_apart() -> None:
    footer = (
        "Reporting by Jill Serjeant; Additional reporting by Steve Gorman; Editing by Bill Berkrot"
    )
    byline = newsclean.parse(f"The story.\n\n{footer}\n").byline
    assert byline is not None
    assert [a.name for a in byline.authors] == ["Jill Serjeant"]
    assert byline.contributors == ("Steve Gorman",)
    assert byline.editors == ("Bill Berkrot",)


def test_clean_record_reads_the_byline_field() -> None:
    record = {"text": "The story.", "author": "ISABELLA VOLMERT and OBED LAMY, ISABELLA VOLMERT"}
    out = Pipeline.default().clean_record(record, byline_field="author")
    names = [a["name"] for a in out["metadata"]["byline"]["authors"]]
    assert names == ["Isabella Volmert", "Obed Lamy"]
    assert out["author"] == record["author"]


def test_byline_field_without_a_person_keeps_the_text_byline() -> None:
    record = {"text": "By Simone McCarthy, CNN\n\nThe story.", "author": ""}
    out = Pipeline.default().clean_record(record, byline_field="author")
    assert out["metadata"]["byline"]["authors"] == [
        {"name": "Simone McCarthy", "affiliation": "CNN"}
    ]


def test_command_byline_field(tmp_path: Path) -> None:
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    records = [
        {"id": 1, "text": "The story.", "byline": "JOSH BOAK and ZEKE MILLER Associated Press"},
        {"id": 2, "text": "Another story."},
    ]
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    assert main(["clean", str(source), "-o", str(target), "--byline-field", "byline"]) == 0
    out = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert out[0]["metadata"]["byline"]["authors"][0] == {
        "name": "Josh Boak",
        "affiliation": "Associated Press",
    }
    assert out[1]["metadata"]["byline"] is None


def test_command_remove_datelines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "story.txt"
    source.write_text("LONDON, March 3 (Reuters) - British shares fell on Friday.\n", "utf-8")
    assert main(["clean", str(source)]) == 0
    assert capsys.readouterr().out == "LONDON, March 3 (Reuters) - British shares fell on Friday.\n"
    assert main(["clean", "--remove-datelines", str(source)]) == 0
    assert capsys.readouterr().out == "British shares fell on Friday.\n"


STORY = (
    "The county board voted on Tuesday to delay the rezoning plan after residents packed the "
    "meeting and more than forty people signed up to speak against the proposal."
)


@pytest.mark.parametrize(
    ("line", "author", "day"),
    [
        ("Brad Reed January 16, 2015", "Brad Reed", "2015-01-16"),
        ("John Nichols on January 12, 2015 - 3:31 PM ET", "John Nichols", "2015-01-12"),
        ("Anna Schmidt, 02.02.2022", "Anna Schmidt", "2022-02-02"),
    ],
)
def test_a_dated_byline_is_read_by_byline_block_and_its_date_is_published(
    line: str, author: str, day: str
) -> None:
    result = newsclean.clean(f"Headline of the story\n\n{line}\n\n{STORY}")
    meta = result.metadata
    assert meta.byline is not None and [a.name for a in meta.byline.authors] == [author]
    assert meta.published is not None and (meta.published.iso or "").startswith(day)
    assert [(r.rule, r.text) for r in result.removed] == [("byline-block", line)]


@pytest.mark.parametrize(
    "line", ["CBS News February 24, 2020, 7:57 AM", "Created Jan 25, 2008", "Travel   May 2, 2004"]
)
def test_a_stamp_after_a_few_other_words_is_removed_as_a_stamp(line: str) -> None:
    result = newsclean.clean(f"Headline of the story\n\n{line}\n\n{STORY}")
    assert result.metadata.byline is None and result.metadata.published is not None
    assert [(r.rule, r.text) for r in result.removed] == [("publication-date", line)]


@pytest.mark.parametrize(
    "line",
    [
        "Neurobonkers on November 8, 2012, 11:50 AM",
        "PHILADELPHIA July 24, 2012 (AP)",
        "— MayorMark (@MayorMark) January 18, 2015",
        "UPDATE October 30, 2012 at 10:20",
    ],
)
def test_a_stamp_beside_a_credit_or_a_note_is_read_and_kept(line: str) -> None:
    result = newsclean.clean(f"Headline of the story\n\n{STORY}\n\n{line}\n\n{STORY}")
    assert line in result.text
    assert result.metadata.published is not None


_STORY = STORY + "\n\n"


@pytest.mark.parametrize(
    ("credit", "agency", "evidence"),
    [
        ("Source: Reuters", "Reuters", "credit-line"),
        ("© 2025 Agence France-Presse", "Agence France-Presse", "copyright"),
        ("Avec AFP", "Agence France-Presse", "contributors"),
        ("Mit Material von dpa", "Deutsche Presse-Agentur", "contributors"),
        ("Con información de EFE", "EFE", "contributors"),
        ("With files from The Canadian Press", "The Canadian Press", "contributors"),
        ("The Associated Press contributed to this report.", "Associated Press", "contributors"),
        ("Bron: ANP", "Nederlands Persbureau", "credit-line"),
    ],
)
def test_wire_names_the_supplier_with_its_evidence(credit: str, agency: str, evidence: str) -> None:
    wire = newsclean.parse(_STORY + credit + "\n").wire
    assert wire is not None and (wire.agency, wire.evidence) == (agency, evidence)


@pytest.mark.parametrize(
    "credit",
    [
        "Ana Ruiz of the Times' Washington bureau contributed to this report.",
        "With files from the Northfield Reflector",
        "Mitarbeit: Ana Ruiz",
        "Staff writer Tom Field contributed reporting.",
    ],
)
def test_a_contributor_line_without_an_agency_names_no_wire(credit: str) -> None:
    metadata = newsclean.parse(_STORY + credit + "\n")
    assert metadata.contributors is not None
    assert metadata.wire is None


def test_a_credit_line_goes_before_a_contributing_agency() -> None:
    wire = newsclean.parse(_STORY + "Mit Material von dpa\n\nQuelle: Reuters\n").wire
    assert wire is not None and (wire.agency, wire.evidence) == ("Reuters", "credit-line")


def test_an_update_stamp_alone_dates_the_publication() -> None:
    metadata = newsclean.parse("Stand: 05.03.2024, 14:32 Uhr\n\n" + _STORY)
    assert metadata.updated is not None and metadata.published is not None
    assert metadata.published.iso == metadata.updated.iso
    assert metadata.published.iso is not None and metadata.published.iso.startswith("2024-03-05")


def test_a_relative_update_or_a_publication_stamp_is_not_replaced() -> None:
    assert newsclean.parse("Updated 2 hours ago\n\n" + _STORY).published is None
    both = newsclean.parse("Published March 1, 2024\n\nUpdated March 5, 2024\n\n" + _STORY)
    assert both.published is not None and both.published.iso == "2024-03-01"
    assert both.updated is not None and both.updated.iso == "2024-03-05"
