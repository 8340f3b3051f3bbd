"""Small text helpers shared by rules and parsers: phrase keys and length tests."""

from __future__ import annotations

__all__ = ["EDGE_MARKS", "SENTENCE_END", "phrase_key", "starts_with_phrase"]

# Punctuation, arrows and bullets that decorate furniture lines ("Jump to comments ↓", "» Read more:").
EDGE_MARKS = " \t\u00a0\u2009\u202f:.!?…↓↑→←»«›‹|/\\-–—•·*#>+()[]{}\"'“”‘’"

# How a line that reads as a sentence ends.
SENTENCE_END = (".", "!", "?", "…", ".”", '."', ".»", ".)", "。", "！", "？")


def phrase_key(text: str) -> str:
    """Case-folded text with whitespace runs collapsed and decoration trimmed at both ends.

    >>> phrase_key("  Jump to   comments ↓ ")
    'jump to comments'
    """
    return " ".join(text.casefold().split()).strip(EDGE_MARKS)


def starts_with_phrase(key: str, phrase: str) -> bool:
    """Whether ``key`` begins with ``phrase`` as whole words (no letter or digit right after)."""
    if not key.startswith(phrase):
        return False
    return len(key) == len(phrase) or not key[len(phrase)].isalnum()
