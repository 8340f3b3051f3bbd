"""CommentThreadRule: readers' comments under a comment heading, told by their signatures."""

from __future__ import annotations

from newsclean import Document, Tag
from newsclean.rules.comments import COMMENT_THREAD

BODY = (
    "The council said on Monday that the plan would be reviewed again after residents raised "
    "concerns about the cost."
)
COMMENTS = [
    "Comments",  # 1
    "Anna says:",
    "July 10, 2012 at 5:04 pm",
    "So glad somebody finally said it.",
    "Reply",  # 5
    "Tom says:",
    "July 11, 2012 at 9:15 am",
    "Agreed.",
    "Reply",  # 9
]


def _thread(lines: list[str], removed: dict[int, str]) -> list[int]:
    doc = Document("\n".join(lines))
    found = [Tag(i, rule) for i, rule in removed.items()]
    return sorted(t.line for t in COMMENT_THREAD.tag(doc, found))


REPLIES = {1: "comment-prompt", 5: "comment-prompt", 9: "comment-prompt"}


def test_a_thread_under_a_heading_goes_up_to_the_last_comment() -> None:
    assert _thread([BODY, *COMMENTS], REPLIES) == [2, 3, 4, 6, 7, 8]


def test_the_last_comment_reaches_only_a_removed_line_within_the_gap() -> None:
    """Without a "Reply" below it, the last comment stays (the story may go on)."""
    lines = [BODY, *COMMENTS[:-1], *[BODY] * 25]
    assert _thread(lines, {1: "comment-prompt", 5: "comment-prompt"}) == [2, 3, 4, 6]


def test_no_heading_no_thread_and_a_lone_signature_is_no_thread() -> None:
    assert _thread([BODY, *COMMENTS], {5: "comment-prompt", 9: "comment-prompt"}) == []
    assert _thread([BODY, *COMMENTS[:5]], {1: "comment-prompt"}) == []


def test_a_heading_above_the_first_paragraph_opens_no_thread() -> None:
    assert _thread([*COMMENTS, BODY], REPLIES) == []


def test_signatures_need_a_date_or_a_time() -> None:
    lines = [BODY, "Comments", "Anna says:", "So glad.", "Tom says:", "Agreed.", "Reply"]
    assert _thread(lines, {1: "comment-prompt", 6: "comment-prompt"}) == []
    dated = [
        BODY,
        "Comments",
        "1. 10. Jul, 2012 / Anna says:",
        "So glad.",
        "2. 11. Jul, 2012 / Tom says:",
    ]
    assert _thread([*dated, "Agreed.", "Reply"], {1: "comment-prompt", 6: "comment-prompt"}) == [
        2,
        3,
        4,
        5,
    ]


def test_signatures_below_the_comments_in_typepad_s_layout() -> None:
    lines = [
        BODY,
        "Comments",
        "Good article on a very timely subject.",
        "Posted by: Kevin Walli | September 25, 2012 at 07:14 PM",
        "Hey Kevin, many thanks.",
        "Posted by: David Scott | September 26, 2012 at 05:17 AM",
        "Post a comment",
    ]
    assert _thread(lines, {1: "comment-prompt", 6: "comment-prompt"}) == [2, 3, 4, 5]


def test_a_long_silence_ends_the_thread() -> None:
    """Signatures more than the gap apart are two threads' worth of evidence, not one."""
    lines = [BODY, "Comments", "Anna says:", "July 10, 2012 at 5:04 pm", *[BODY] * 21]
    lines += ["Tom says:", "July 11, 2012 at 9:15 am", "Agreed.", "Reply"]
    assert _thread(lines, {1: "comment-prompt", len(lines) - 1: "comment-prompt"}) == []


def test_a_story_s_dated_quotations_under_a_comment_link_are_no_signatures() -> None:
    """A date beside "said:" must be set apart from the name ("/", "|", "@"): a story's
    quotations below a comment link near its top stay."""
    lines = [
        BODY,
        "Comments (3)",
        "On March 3, 2012, the minister said:",
        "“The bridge will be repaired within a year.”",
        "Two years later, in 2014, his successor wrote:",
        "“The works have not even started.”",
        "Reply",
    ]
    assert _thread(lines, {1: "comment-count", 6: "comment-prompt"}) == []


def test_a_signature_with_its_date_and_time_inline() -> None:
    """Older WordPress themes: "Anna on July 10, 2012 at 5:04 pm said:"."""
    lines = [
        BODY,
        "Comments",
        "Anna on July 10, 2012 at 5:04 pm said:",
        "So glad somebody finally said it.",
        "Tom on July 11, 2012 at 9:15 am said:",
        "Agreed.",
        "Reply",
    ]
    assert _thread(lines, {1: "comment-prompt", 6: "comment-prompt"}) == [2, 3, 4, 5]
