"""The author-profile bio and the lines that are furniture only outside the story."""

from __future__ import annotations

import pytest

import newsclean

PIPELINE = newsclean.default_pipeline()
PARAGRAPH = (
    "The council met on Tuesday and voted to close the old bridge over the river for a year, "
    "the mayor said after the meeting."
)


def _removed_by(text: str, rule: str) -> list[str]:
    return [r.text.strip() for r in PIPELINE.clean(text).removed if r.rule == rule]


def test_a_profile_bio_becomes_the_bylines_bio() -> None:
    text = (
        f"By Jane Doe\n\n{PARAGRAPH}\n\nAbout the author\n\nJane Doe\n\n"
        "Jane Doe covers energy for the Post. She joined the paper in 2019."
    )
    result = PIPELINE.clean(text)
    assert result.text == PARAGRAPH
    assert result.metadata.byline is not None
    assert result.metadata.byline.bio.startswith("Jane Doe covers energy")


@pytest.mark.parametrize(
    "text",
    [
        # no name between the label and the bio: the story's own last paragraph, perhaps
        f"{PARAGRAPH}\n\nABOUT THE WRITER\n\nJane Doe is the senior correspondent of the Post."
        " Readers may write to her at the paper.",
        # "Author" alone labels a byline: the story follows it
        f"Author\n\nJane Doe\n\n{PARAGRAPH}",
        # a bio that does not end like a sentence is no bio line
        f"{PARAGRAPH}\n\nAbout the author\n\nJane Doe\n\nMore stories by Jane Doe and her desk",
    ],
)
def test_no_profile_bio_without_its_box(text: str) -> None:
    assert _removed_by(text, "author-profile-bio") == []


def test_a_lone_count_goes_above_and_below_the_story_not_inside_it() -> None:
    text = f"12\n\n3 min\n\n{PARAGRAPH}\n\n4\n\n{PARAGRAPH}\n\n1.2K"
    assert _removed_by(text, "lone-count") == ["12", "3 min", "1.2K"]


def test_a_date_on_three_lines_is_no_count() -> None:
    text = f"11\nJuly\n2012\n\nHeadline of the story\n\n{PARAGRAPH}"
    assert _removed_by(text, "lone-count") == []


@pytest.mark.parametrize(
    "text",
    [
        # the agency is the sentence's subject, not its mark
        f"{PARAGRAPH}\n\nThe minister said so in an interview with AP\nPhoto: Jane Porter",
        # no photo credit beside the line
        f"{PARAGRAPH}\n\nDie Arbeiten sollen im Mai beginnen, teilte die Stadt mit. (dpa)",
    ],
)
def test_an_agency_mark_without_a_credit_beside_it_stays(text: str) -> None:
    assert _removed_by(text, "agency-caption") == []


def test_an_agency_caption_beside_a_credit_goes() -> None:
    text = f"{PARAGRAPH}\n\nRescatistas en la zona del derrumbe, este martes. EFE\nFoto: EFE\n\n{PARAGRAPH}"
    assert _removed_by(text, "agency-caption") == [
        "Rescatistas en la zona del derrumbe, este martes. EFE"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the byline's Lena, but the line says something else about her
        f"By Lena Berg\n\n{PARAGRAPH}\n\nLena thanks the readers who wrote in.",
        # a bio of the byline's author above the story's last paragraph is story text
        f"By Lena Berg\n\n{PARAGRAPH}\n\nLena covers energy for the Post.\n\n{PARAGRAPH}",
        # another person's first name
        f"By Lena Berg\n\n{PARAGRAPH}\n\nAnna covers energy for the Post.",
        # the byline author's full name above the story's last paragraph: story text
        f"By Lena Berg\n\n{PARAGRAPH}\n\nLena Berg is a writer who lives near the bridge."
        f"\n\n{PARAGRAPH}",
        # another person's full name
        f"By Lena Berg\n\n{PARAGRAPH}\n\nAnna Schmidt is a writer for the Post.",
    ],
)
def test_no_first_name_bio_without_its_evidence(text: str) -> None:
    assert _removed_by(text, "first-name-bio") == []


def test_a_first_name_bio_becomes_the_bylines_bio() -> None:
    result = PIPELINE.clean(f"By Lena Berg\n\n{PARAGRAPH}\n\nLena covers energy for the Post.")
    assert result.text == PARAGRAPH
    assert result.metadata.byline is not None
    assert result.metadata.byline.bio == "Lena covers energy for the Post."


def test_a_bio_opened_by_the_full_name_becomes_the_bylines_bio() -> None:
    result = PIPELINE.clean(f"By Lena Berg\n\n{PARAGRAPH}\n\nLena Berg is a writer for the Post.")
    assert result.text == PARAGRAPH
    assert result.metadata.byline is not None
    assert result.metadata.byline.bio == "Lena Berg is a writer for the Post."


def test_a_number_right_above_the_first_paragraph_is_a_steps_number() -> None:
    text = f"Roasted chicken\n\n1\n{PARAGRAPH}\n2\n{PARAGRAPH}"
    assert _removed_by(text, "lone-count") == []


def test_a_long_first_name_bio_is_not_the_storys_last_paragraph() -> None:
    bio = (
        "Lena covers energy and climate for the Post from Washington; before joining the paper "
        "in 2019 she reported on oil markets for a news agency in London."
    )
    assert _removed_by(f"By Lena Berg\n\n{PARAGRAPH}\n\n{bio}", "first-name-bio") == [bio]
