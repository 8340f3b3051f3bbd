"""Turn the tags of a document into its cleaned text and exact removal records.

Removal is by whole lines (or by a tagged span inside a kept line). The line breaks and
blank lines between removed lines go with them, so the output never shows a blank-line run
that a removal left behind: between two kept lines the widest original gap survives (a
paragraph break stays a paragraph break), and removed lines at the start or the end of the
document take their gaps with them. Kept lines are never altered.

Only the neighbourhood of each removal is looked at; the text between is copied in slices.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import pairwise

from newsclean._document import Document
from newsclean._result import Removal

__all__ = ["assemble"]

Edit = tuple[int, int, int, str]
"""``text[start:end]`` is replaced by the string; the middle number orders edits at one offset
(a kept line's span cuts, 0, come before the removed lines that follow it, 1)."""


def _breaks(gap: str) -> int:
    return gap.count("\n") + gap.count("\r") - gap.count("\r\n")


def assemble(
    doc: Document,
    removed_lines: Mapping[int, str],
    removed_spans: Sequence[tuple[int, int, int, str]] = (),
) -> tuple[str, tuple[Removal, ...]]:
    """Cleaned text and removals for ``doc``.

    ``removed_lines`` maps a line index to the rule that removes it; ``removed_spans`` are
    ``(line, start, end, rule)`` cuts inside kept lines (offsets within the line).
    """
    if not removed_lines and not removed_spans:
        return doc.text, ()
    edits: list[tuple[Edit, list[Removal]]] = []
    for run in _runs(doc, removed_lines):
        edits.append(_remove_run(doc, run, removed_lines))
    spans_by_line: dict[int, list[tuple[int, int, str]]] = {}
    for line, start, end, rule in removed_spans:
        if line not in removed_lines and doc.lines[line].strip():
            spans_by_line.setdefault(line, []).append((start, end, rule))
    for line, spans in spans_by_line.items():
        edits.extend(_cut_spans(doc.lines[line], doc.starts[line], spans))
    edits.sort(key=lambda edit: (edit[0][0], edit[0][2]))
    text = doc.text
    out: list[str] = []
    removals: list[Removal] = []
    cursor = 0
    for (start, end, _, replacement), removed in edits:
        out.append(text[cursor:start])
        out.append(replacement)
        removals.extend(removed)
        cursor = max(cursor, end)
    out.append(text[cursor:])
    return "".join(out), tuple(removals)


def _runs(doc: Document, removed_lines: Mapping[int, str]) -> list[list[int]]:
    """Removed non-blank lines grouped into runs with only blank lines between them."""
    lines = doc.lines
    runs: list[list[int]] = []
    for index in sorted(removed_lines):
        if not lines[index].strip():
            continue
        if runs and _next_content(lines, runs[-1][-1]) == index:
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs


def _next_content(lines: Sequence[str], index: int) -> int | None:
    for j in range(index + 1, len(lines)):
        if lines[j].strip():
            return j
    return None


def _previous_content(lines: Sequence[str], index: int) -> int | None:
    for j in range(index - 1, -1, -1):
        if lines[j].strip():
            return j
    return None


def _remove_run(
    doc: Document, run: list[int], removed_lines: Mapping[int, str]
) -> tuple[Edit, list[Removal]]:
    """The edit that takes out a run of removed lines, and their removal records.

    Between two kept lines the widest gap around the run stays; at the start or the end of
    the document every gap goes with the removed lines.
    """
    text, lines, starts = doc.text, doc.lines, doc.starts
    before, after = _previous_content(lines, run[0]), _next_content(lines, run[-1])
    region_start = 0 if before is None else starts[before] + len(lines[before])
    region_end = len(text) if after is None else starts[after]
    gaps = [text[region_start : starts[run[0]]]]
    gaps.extend(text[starts[a] + len(lines[a]) : starts[b]] for a, b in pairwise(run))
    if after is not None:
        gaps.append(text[starts[run[-1]] + len(lines[run[-1]]) : region_end])
    keep = -1
    if before is not None and after is not None:
        widths = [_breaks(gap) for gap in gaps]
        keep = widths.index(max(widths))
    removals = []
    for k, index in enumerate(run):
        leading = gaps[0] if k == 0 and keep != 0 else ""
        trailing = ""
        if k + 1 < len(gaps) and k + 1 != keep:
            trailing = gaps[k + 1]
        elif after is None and k == len(run) - 1:
            trailing = text[starts[index] + len(lines[index]) :]
        content = lines[index]
        removals.append(
            Removal(
                rule=removed_lines[index],
                text=content,
                start=starts[index],
                end=starts[index] + len(content),
                leading=leading,
                trailing=trailing,
            )
        )
    return (region_start, region_end, 1, gaps[keep] if keep >= 0 else ""), removals


def _cut_spans(
    content: str, offset: int, spans: list[tuple[int, int, str]]
) -> list[tuple[Edit, list[Removal]]]:
    edits = []
    cursor, size = 0, len(content)
    for start, end, rule in sorted(spans):
        if start < cursor or end <= start:
            continue
        removal = Removal(rule, content[start:end], offset + start, offset + end)
        edits.append(((offset + min(start, size), offset + min(end, size), 0, ""), [removal]))
        cursor = end
    return edits
