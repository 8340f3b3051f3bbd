"""Signatures: a story signed at its end, the author's name alone on the line after its last
sentence ("… und das ist gut so." / "Stefan Wasmer", then the page's furniture).

Opinion pieces, columns and press releases in many languages print no byline at the top and
sign at the bottom instead. A name alone after a sentence is a signature only where the
story ends: the lines before it are the story's paragraphs (two of the last
:data:`STORY_REACH`; a teaser's summary and its picture credit are one), the line before it
ends a sentence (not a question: "Vincent van Hog" answers a riddle), neither a paragraph
nor another line of names follows it within :data:`AFTER_REACH` lines with text (a profile
box's heading, a teaser list) unless it is the author's bio ("Tom Hayden" / "Tom Hayden is a
member of …", see :func:`~newsclean.parsers.author_box.bio_follows`), and the page has one such line (names heading paragraphs one
after another are a list of people). A name the story mentions twice or more is its
subject's (an interview ends with the name of the person interviewed), not a signature;
once, it may be the standfirst's credit ("… ein Text von Claudia Duwe"). Every name must
start with a known given name, and a line all in capitals is a heading ("MIRA TAMBIÉN").

:func:`signature` reads only the line after each paragraph; it is tried only on a page with
no byline (see ``parsers.byline_blocks``).
"""

from __future__ import annotations

from collections.abc import Sequence

import newsclean._pattern_cache as _pattern_cache
from newsclean._credits import Author, Byline
from newsclean._document import PARAGRAPH_CHARS
from newsclean.parsers._names import classify, name_words, person_name, split_people
from newsclean.parsers.author_box import bio_follows
from newsclean.parsers.given_names import starts_with_given_name

__all__ = ["signature"]

MIN_SENTENCE_WORDS = 8
"""Fewest words of the sentence a signature follows."""
STORY_REACH = 3
"""How many lines with text above a signature are looked at for two of the story's paragraphs."""
AFTER_REACH = 2
"""How many lines with text below a signature must hold no paragraph and no other name."""
_BULLETS = "*•+-–—>"
_SEPARATOR = _pattern_cache.compile(r"\s+[|·•–—-]\s+")
MAX_PEOPLE = 3
MAX_LINE = 60
MAX_NAME_WORDS = 4

_ENDS_SENTENCE = (".", "!", "…", '"', "”", "»")


def signature(lines: Sequence[str], start: int, end: int) -> tuple[Byline, tuple[int, ...]] | None:
    """The byline of the one signature between the story's first paragraph ``start`` and line
    ``end`` (where comments begin), and its line; ``None`` if there is none or several."""
    found: tuple[Byline, tuple[int, ...]] | None = None
    paragraphs = [
        i for i, n in enumerate(map(len, lines[start:end]), start) if n >= PARAGRAPH_CHARS
    ]
    for paragraph in paragraphs:  # the names line follows a paragraph: only those are read
        if not lines[paragraph].rstrip().endswith(_ENDS_SENTENCE):
            continue  # the cheapest tests first: most paragraphs are not the story's last
        index = _next_content(lines, paragraph, end)
        if index is None or len(lines[index]) > 2 * MAX_LINE:
            continue
        signed = lines[index].strip()
        if not 4 <= len(signed) <= MAX_LINE or not signed[:1].isupper():
            continue
        if not starts_with_given_name(signed):
            continue
        if len(lines[paragraph].split()) < MIN_SENTENCE_WORDS:
            continue
        names = _names(signed)
        if names is None or not _after_paragraphs(lines, index):
            continue
        if not (_story_ends(lines, index) or bio_follows(lines, index, names[0])):
            continue  # "Tom Hayden" / … / "Tom Hayden is a member of …": a bio follows
        story = "\n".join(lines[start:index])
        if any(story.count(_surname(name)) > 1 for name in names):
            continue  # the story's subject: an interview ends with the interviewee's name
        if found is not None:
            return None  # two signed endings: a list of people, each with a paragraph
        found = Byline(text=lines[index].strip(), authors=tuple(map(Author, names))), (index,)
    return found


def _next_content(lines: Sequence[str], index: int, end: int) -> int | None:
    """The next line with text after ``index`` (two blank lines at most between), before ``end``."""
    for j in range(index + 1, min(end, index + 4)):
        if lines[j].strip():
            return j
    return None


def _after_paragraphs(lines: Sequence[str], index: int) -> bool:
    """Whether two of the :data:`STORY_REACH` lines with text above line ``index`` are
    paragraphs."""
    seen = paragraphs = 0
    for line in reversed(lines[max(0, index - 3 * STORY_REACH) : index]):
        if line.strip():
            seen += 1
            paragraphs += len(line) >= PARAGRAPH_CHARS
            if seen == STORY_REACH:
                break
    return paragraphs >= 2


def _surname(name: str) -> str:
    return name.rsplit(None, 1)[-1]


def _story_ends(lines: Sequence[str], index: int) -> bool:
    """Whether the :data:`AFTER_REACH` lines with text below line ``index`` hold no paragraph
    (list items, teasers' bulleted summaries aside) and no other line of names."""
    seen = 0
    for line in lines[index + 1 : index + 1 + 3 * AFTER_REACH]:
        text = line.strip()
        if not text:
            continue
        if len(text) >= PARAGRAPH_CHARS and text[0] not in _BULLETS:
            return False  # the story goes on: the name heads a box or a paragraph
        head = _SEPARATOR.split(text.lstrip(_BULLETS + " "), maxsplit=1)[0]
        if len(head) <= MAX_LINE and _names(head) is not None:
            return False  # "Louisiana Purchase" / "Sharon Lerner | A program …": a teaser list
        seen += 1
        if seen == AFTER_REACH:
            break
    return True


def _names(text: str) -> list[str] | None:
    """The names of a line that is one to three people's names and nothing else."""
    if text.isupper():
        return None  # "MIRA TAMBIÉN": a heading
    parts = split_people(text)
    if not 1 <= len(parts) <= MAX_PEOPLE:
        return None
    names = []
    for part in parts:
        name = person_name(part)
        if name is None or name_words(name) > MAX_NAME_WORDS:
            return None
        if not starts_with_given_name(name) or classify(part) != "person":
            return None
        names.append(name)
    return names
