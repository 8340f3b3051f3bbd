"""Turn the tags of a document into its cleaned text and exact removal records.

Removal is by whole lines (or by a tagged span inside a kept line). The line breaks and
blank lines between removed lines go with them, so the output never shows a blank-line run
that a removal left behind: between two kept lines the widest original gap survives (a
paragraph break stays a paragraph break), and removed lines at the start or the end of the
document take their gaps with them. Kept lines are never altered.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newsclean._document import Document
from newsclean._result import Removal

__all__ = ["assemble"]


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
    text, lines, starts = doc.text, doc.lines, doc.starts
    spans_by_line: dict[int, list[tuple[int, int, str]]] = {}
    for line, start, end, rule in removed_spans:
        if line not in removed_lines:
            spans_by_line.setdefault(line, []).append((start, end, rule))

    out: list[str] = []
    removals: list[Removal] = []
    previous_end: int | None = None  # end offset of the last kept line, if any
    run: list[tuple[int, str]] = []  # removed lines since the last kept line, with their gaps
    position = 0  # end of the last content line seen (kept or removed)

    def flush_run(next_gap: str | None) -> str:
        """Record the pending removed lines; return the gap to print before the next line."""
        gaps = [gap for _, gap in run]
        if next_gap is not None:
            gaps.append(next_gap)
        keep = -1
        if previous_end is not None and next_gap is not None:
            widths = [_breaks(g) for g in gaps]
            keep = widths.index(max(widths))
        for k, (index, _) in enumerate(run):
            leading = gaps[0] if k == 0 and keep != 0 else ""
            trailing_gap = k + 1
            trailing = ""
            if trailing_gap < len(gaps) and trailing_gap != keep:
                trailing = gaps[trailing_gap]
            elif next_gap is None and k == len(run) - 1:
                trailing = text[doc.end(index) :]
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
        run.clear()
        return gaps[keep] if keep >= 0 else ""

    for index, content in enumerate(lines):
        if not content.strip():
            continue
        gap = text[position : starts[index]]
        position = starts[index] + len(content)
        if index in removed_lines:
            run.append((index, gap))
            continue
        if run:
            gap = flush_run(gap)
        out.append(gap)
        out.append(_cut_spans(content, starts[index], spans_by_line.get(index), removals))
        previous_end = position
    if run:
        flush_run(None)
    else:
        out.append(text[position:])
    return "".join(out), tuple(removals)


def _cut_spans(
    content: str, offset: int, spans: list[tuple[int, int, str]] | None, removals: list[Removal]
) -> str:
    if not spans:
        return content
    pieces: list[str] = []
    cursor = 0
    for start, end, rule in sorted(spans):
        if start < cursor or end <= start:
            continue
        pieces.append(content[cursor:start])
        removals.append(Removal(rule, content[start:end], offset + start, offset + end))
        cursor = end
    pieces.append(content[cursor:])
    return "".join(pieces)
