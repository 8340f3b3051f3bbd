"""The fast assembly (slices between removals) equals the plain line-by-line one, and restores."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from hypothesis import given
from hypothesis import strategies as st

from newsclean import Document, restore
from newsclean._engine.assembly import assemble
from newsclean._result import Removal


def _breaks(gap: str) -> int:
    return gap.count("\n") + gap.count("\r") - gap.count("\r\n")


def reference_assemble(
    doc: Document,
    removed_lines: Mapping[int, str],
    removed_spans: Sequence[tuple[int, int, int, str]] = (),
) -> tuple[str, tuple[Removal, ...]]:
    """The first, line-by-line implementation, kept as the oracle for the fast one."""
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


LINES = st.sampled_from(["Story line.", "Skip to content", "", "  ", "Tags: a", "x"])


@given(
    st.lists(LINES, min_size=1, max_size=14),
    st.lists(st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\n \n"]), min_size=14, max_size=14),
    st.booleans(),
    st.sets(st.integers(0, 13)),
    st.lists(st.tuples(st.integers(0, 13), st.integers(0, 6), st.integers(0, 6)), max_size=3),
)
def test_fast_assembly_equals_the_reference(
    lines: list[str],
    breaks: list[str],
    final_break: bool,
    removed: set[int],
    spans: list[tuple[int, int, int]],
) -> None:
    text = "".join(line + brk for line, brk in zip(lines, breaks, strict=False))
    if not final_break:
        text = text[: -len(breaks[len(lines) - 1])]
    doc = Document(text)
    removed_lines = {i: "rule-a" for i in removed if i < len(doc.lines)}
    removed_spans = [(i, a, b, "rule-b") for i, a, b in spans if i < len(doc.lines)]
    text_out, fields = assemble(doc, removed_lines, removed_spans)
    fast = (text_out, tuple(Removal(*removal) for removal in fields))
    assert fast == reference_assemble(doc, removed_lines, removed_spans)
    if all(end <= len(doc.lines[i]) for i, _, end, _ in removed_spans):
        assert restore(*fast) == text
