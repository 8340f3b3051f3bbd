"""Removals are exact: the original is rebuilt from the cleaned text and the removals."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import restore

CASES = [
    "",
    "\n\n",
    "Skip to content",
    "Skip to content\n",
    "The story.\n\nSkip to content\n",
    "Skip to content\r\n\r\nThe story.\r\nMore story.\r\n\r\n\r\nAdvertisement line\r\n",
    "Skip to content\rThe story.\r\rJump to comments\r",
    "  \n Skip to content \n\n\n\nThe story.\n\n  \n",
    "Title\nSkip to content\nJump to comments\n\nBody.\n\nTags: a, b\n\n\nEnd.",
]


@pytest.mark.parametrize("text", CASES)
def test_restore_rebuilds_the_original(text: str) -> None:
    result = newsclean.clean(text)
    assert restore(result.text, result.removed) == text
    for removal in result.removed:
        assert text[removal.start : removal.end] == removal.text


def test_a_removed_line_leaves_no_blank_run() -> None:
    text = "First paragraph.\n\nSkip to content\n\nSecond paragraph."
    assert newsclean.clean_text(text) == "First paragraph.\n\nSecond paragraph."


def test_widest_gap_survives_between_kept_lines() -> None:
    text = "First paragraph.\nJump to comments\n\nSecond paragraph."
    assert newsclean.clean_text(text) == "First paragraph.\n\nSecond paragraph."


def test_nothing_removed_means_text_unchanged() -> None:
    text = "  A story with odd spacing.  \n\n\n\nAnd more.\n"
    assert newsclean.clean_text(text) == text
