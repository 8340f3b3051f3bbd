"""Small text helpers shared by rules and parsers: phrase keys and length tests."""

from __future__ import annotations

import re

__all__ = [
    "EDGE_MARKS",
    "EMAIL",
    "HANDLE",
    "SAID_VERBS",
    "SENTENCE_END",
    "in_brackets",
    "phrase_key",
    "reports_speech",
    "starts_with_phrase",
    "unbracketed",
]

# Punctuation, arrows and bullets that decorate furniture lines ("Jump to comments ↓", "» Read more:"),
# and the invisible format characters scraped text carries at a line's edges (zero-width space
# and joiners, direction marks, word joiner, byte order mark).
EDGE_MARKS = (
    " \t\u00a0\u2009\u202f:.!?…↓↑→←»«›‹|/\\-–—•·*#>+()[]{}\"'“”‘’"
    "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"
)

EMAIL = re.compile(r"[\w.+-]{1,40}@[\w-]{1,40}(?:\.[\w-]{1,20}){1,4}")
"""An e-mail address (a byline's contact, an author widget's line)."""
HANDLE = re.compile(r"@\w{2,30}")
"""A social media handle ("@anaruiz")."""

# Verbs of reported speech, as a regex group (en, de, fr, es, it, pt, nl).
SAID_VERBS = (
    r"(?:said|says|told|urged|added|wrote|asked|sagte|sagt|schrieb|erklärte|betonte|dit"
    r"|déclaré|affirmé|dijo|afirmó|escribió|aseguró|disse|afirmou|detto|dichiarato|zei|schreef"
    r"|aldus|warned|warns|explained|noted|hieß|meldete|berichtete|avertit|advirtió|avvertito)"
)
_REPORTED_SPEECH = re.compile(
    rf",\s(?:[^,;:]{{0,60}}\s)?{SAID_VERBS}\b[^,;]{{0,80}}$", re.IGNORECASE
)


def reports_speech(line: str) -> bool:
    """Whether ``line`` closes with a reported-speech tail: a story's sentence.

    >>> reports_speech("Subscribe to the idea, the pastor told the crowd.")
    True
    >>> reports_speech("Subscribe to our newsletter, it's free.")
    False
    """
    return _REPORTED_SPEECH.search(line.rstrip()) is not None


# How a line that reads as a sentence ends.
SENTENCE_END = (
    ".",
    "!",
    "?",
    "…",
    ".”",
    '."',
    ".»",
    ".)",
    "!”",
    '!"',
    "?”",
    '?"',
    "。",
    "！",
    "？",
)


# Quotation marks that open quoted speech, and those that close it („…“ closes with “).
_OPENING_QUOTES = '"“‘„'
_CLOSING_QUOTES = '"”“’'
_LEAD_MARKS = "".join(mark for mark in EDGE_MARKS if mark not in _OPENING_QUOTES)


def phrase_key(text: str) -> str:
    """Case-folded text with whitespace runs collapsed and decoration trimmed at both ends.

    A line that opens with quoted speech (a quotation closed before more words: “Follow us,”
    the guide said) keeps its opening mark, so it never reads as the prompt it quotes.

    >>> phrase_key("  Jump to   comments ↓ ")
    'jump to comments'
    >>> phrase_key("“Follow us,” the guide said.")
    '“follow us,” the guide said'
    """
    key = " ".join(text.casefold().split())
    lead = key.lstrip(_LEAD_MARKS)
    if lead[:1] and lead[0] in _OPENING_QUOTES and _words_after_quote(lead):
        return lead.rstrip(EDGE_MARKS)
    return key.strip(EDGE_MARKS)


def _words_after_quote(text: str) -> bool:
    """Whether words follow the quotation that ``text`` opens with."""
    ends = [end for end in (text.find(mark, 1) for mark in _CLOSING_QUOTES) if end > 0]
    return bool(ends) and any(char.isalpha() for char in text[min(ends) + 1 :])


def in_brackets(text: str) -> bool:
    """Whether ``text`` opens with "(" and closes with ")" ("(red, APA)")."""
    return text[:1] == "(" and text[-1:] == ")"


def unbracketed(text: str) -> str:
    """``text`` without the brackets around all of it ("(avec AFP)" → "avec AFP")."""
    return text[1:-1].strip() if in_brackets(text) else text


def starts_with_phrase(key: str, phrase: str) -> bool:
    """Whether ``key`` begins with ``phrase`` as whole words (no letter or digit right after)."""
    if not key.startswith(phrase):
        return False
    return len(key) == len(phrase) or not key[len(phrase)].isalnum()
