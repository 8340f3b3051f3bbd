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

from newsclean._document import Document
from newsclean._engine.metadata import NO_METADATA, choose_metadata
from newsclean._result import Metadata, RemovalFields
from newsclean._rule import Tag

__all__ = ["NO_METADATA", "apply_tags", "assemble"]

Edit = tuple[int, int, int, str]
"""``text[start:end]`` is replaced by the string; the middle number orders edits at one offset
(a kept line's span cuts, 0, come before the removed lines that follow it, 1)."""


def _breaks(gap: str) -> int:
    return gap.count("\n") + gap.count("\r") - gap.count("\r\n")


def assemble(
    doc: Document,
    removed_lines: Mapping[int, str],
    removed_spans: Sequence[tuple[int, int, int, str]] = (),
) -> tuple[str, list[RemovalFields]]:
    """Cleaned text and removals for ``doc``, in document order.

    ``removed_lines`` maps a line index to the rule that removes it; ``removed_spans`` are
    ``(line, start, end, rule)`` cuts inside kept lines (offsets within the line).
    """
    if not removed_lines and not removed_spans:
        return doc.text, []
    edits = _line_edits(doc, removed_lines)
    spans_by_line: dict[int, list[tuple[int, int, str]]] = {}
    for line, start, end, rule in removed_spans:
        if line not in removed_lines and doc.lines[line].strip():
            spans_by_line.setdefault(line, []).append((start, end, rule))
    for line, spans in spans_by_line.items():
        edits.extend(_cut_spans(doc.lines[line], doc.starts[line], spans))
    edits.sort(key=lambda edit: (edit[0][0], edit[0][2]))
    text = doc.text
    out: list[str] = []
    removals: list[RemovalFields] = []
    cursor = 0
    for (start, end, _, replacement), removed in edits:
        out.append(text[cursor:start])
        out.append(replacement)
        removals.extend(removed)
        cursor = max(cursor, end)
    out.append(text[cursor:])
    return "".join(out), removals


def _line_edits(
    doc: Document, removed_lines: Mapping[int, str]
) -> list[tuple[Edit, list[RemovalFields]]]:
    """One edit per run of removed lines (only blank lines between them), with its removals.

    Between two kept lines the widest gap around the run stays; at the start or the end of
    the document every gap goes with the removed lines.
    """
    text, lines, starts = doc.text, doc.lines, doc.starts
    size = len(lines)
    one_char_breaks = "\r" not in text
    order = [index for index in sorted(removed_lines) if lines[index].strip()]
    edits = []
    k = 0
    while k < len(order):
        run = [order[k]]
        while True:  # extend the run over blank lines to the next removed line
            following = run[-1] + 1
            while following < size and not lines[following].strip():
                following += 1
            k += 1
            if k < len(order) and order[k] == following:
                run.append(following)
                continue
            break
        after = None if following == size else following
        before = run[0] - 1
        while before >= 0 and not lines[before].strip():
            before -= 1
        region_start = 0 if before < 0 else starts[before] + len(lines[before])
        region_end = len(text) if after is None else starts[after]
        # the gap before each removed line, then the gap after the last one
        gaps = []
        cursor = region_start
        for index in run:
            start = starts[index]
            gaps.append(text[cursor:start])
            cursor = start + len(lines[index])
        gaps.append(text[cursor:region_end])
        keep = -1
        if before >= 0 and after is not None:
            widths = [gap.count("\n") if one_char_breaks else _breaks(gap) for gap in gaps]
            keep = widths.index(max(widths))
        removals = [
            (
                removed_lines[index],
                lines[index],
                starts[index],
                starts[index] + len(lines[index]),
                gaps[0] if n == 0 and keep != 0 else "",
                gaps[n + 1] if n + 1 != keep else "",
            )
            for n, index in enumerate(run)
        ]
        edits.append(((region_start, region_end, 1, gaps[keep] if keep >= 0 else ""), removals))
    return edits


def _cut_spans(
    content: str, offset: int, spans: list[tuple[int, int, str]]
) -> list[tuple[Edit, list[RemovalFields]]]:
    edits: list[tuple[Edit, list[RemovalFields]]] = []
    cursor, size = 0, len(content)
    for start, end, rule in sorted(spans):
        if start < cursor or end <= start:
            continue
        removal = (rule, content[start:end], offset + start, offset + end, "", "")
        edits.append(((offset + min(start, size), offset + min(end, size), 0, ""), [removal]))
        cursor = end
    return edits


def apply_tags(doc: Document, found: Sequence[Tag]) -> tuple[str, Metadata, list[RemovalFields]]:
    """The cleaned text, the metadata and the removals that the tags ``found`` in ``doc`` give.

    Lines are removed by the first rule that tags them (``assemble`` passes over blank ones);
    the metadata is chosen from the credits by :func:`choose_metadata`.
    """
    removed_lines: dict[int, str] = {}
    removed_spans: list[tuple[int, int, int, str]] = []
    for tag in found:
        if not tag.remove:
            continue
        if tag.span is None:
            removed_lines.setdefault(tag.line, tag.rule)
        else:
            removed_spans.append((tag.line, *tag.span, tag.rule))
    cleaned, removed = assemble(doc, removed_lines, removed_spans)
    return cleaned, choose_metadata(doc, found), removed
