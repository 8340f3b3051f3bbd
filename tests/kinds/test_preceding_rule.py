"""The line above a marker another rule removed: a caption above its "Hide caption" toggle."""

from __future__ import annotations

import pickle

import newsclean
from newsclean import Document, Tag
from newsclean._kinds.follower import PrecedingRule

RULE = PrecedingRule(
    id="caption-above",
    description="captions above their toggle",
    before=("player-control",),
    markers=("Hide caption",),
)
CAPTION = "Protesters gather outside parliament in Lisbon on Monday."
CREDIT = "Patricia de Melo Moreira/AFP via Getty Images"


def _removed(text: str, found: list[Tag]) -> list[str]:
    doc = Document(text)
    return [doc.lines[tag.line] for tag in RULE.tag(doc, found)]


def test_the_line_above_a_removed_marker_goes() -> None:
    text = f"{CAPTION}\n\nhide caption\ntoggle caption\n{CREDIT}"
    found = [Tag(2, "player-control"), Tag(3, "player-control")]
    assert _removed(text, found) == [CAPTION]  # "toggle caption" is no marker of its own


def test_a_marker_no_rule_removed_or_another_rule_found_takes_nothing() -> None:
    text = f"{CAPTION}\nHide caption"
    assert _removed(text, []) == []
    assert _removed(text, [Tag(1, "share-prompt")]) == []


def test_a_removed_line_or_a_record_above_the_marker_stays() -> None:
    text = f"{CAPTION}\nHide caption"
    assert _removed(text, [Tag(0, "photo-credit"), Tag(1, "player-control")]) == []


def test_a_long_line_above_the_marker_stays() -> None:
    long_line = "The minister said the plan would go ahead. " * 30
    text = f"{long_line}\nHide caption"
    assert _removed(text, [Tag(1, "player-control")]) == []


def test_gallery_captions_go_in_the_default_pipeline() -> None:
    story = (
        "Fitness expert Greg Plitt died on Saturday after he was struck by a commuter train in "
        "Burbank, California, police said on Sunday."
    )
    gallery = "\n".join(
        f"Reality stars we've lost – A caption about star number {n}.\nHide Caption\n{n} of 3"
        for n in (1, 2, 3)
    )
    result = newsclean.default_pipeline().clean(f"{story}\n\n{gallery}")
    assert result.text.strip() == story, result.explain()


def test_the_rule_pickles() -> None:
    assert pickle.loads(pickle.dumps(RULE)) == RULE


PITCH = PrecedingRule(
    id="pitch-above",
    description="a newsletter's pitch above its button",
    before=("account-link",),
    markers=("Subscribe",),
    contains=("inbox", "Postfach"),
    max_chars=160,
)


def test_with_contains_the_line_above_must_hold_one_of_the_words() -> None:
    def removed(line: str) -> list[int]:
        doc = Document(f"{line}\nSubscribe")
        return [tag.line for tag in PITCH.tag(doc, [Tag(1, "account-link")])]

    assert removed("Get the best stories delivered to your INBOX every day.") == [0]
    assert removed("Jeden Morgen in Ihrem Postfach.") == [0]  # case ignored
    assert removed("The council voted to close the old bridge for a year.") == []
    assert removed("Get the best stories in your inbox. " * 5) == []  # longer than a pitch
