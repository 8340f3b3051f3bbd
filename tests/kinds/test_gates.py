"""Gates only save work: with them, every rule tags exactly what it tags looking at every line."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean import Document, LineParserRule, PhraseRule, Pipeline, Tag
from newsclean._kinds.gate import Gate, GatedRule, GateScanner
from newsclean.parsers import parse_copyright

PIPELINE = Pipeline.default()


def _ungated_tags(pipeline: Pipeline, doc: Document) -> list[Tag]:
    """Every rule run on every line: the reference the gated pipeline must equal."""
    found: list[Tag] = []
    for rule in pipeline:
        if isinstance(rule, GatedRule):
            found.extend(rule.tag_lines(doc, range(len(doc.lines)), found))
        else:
            found.extend(rule.tag(doc, found))
    return found


def _rule_examples() -> list[str]:
    return [
        example
        for rule in PIPELINE
        for example in (*rule.must_remove, *rule.must_keep, *rule.known_misses)
    ]


def test_gates_change_nothing_on_rule_examples_and_seed(seed_text: str) -> None:
    for text in [seed_text, *_rule_examples()]:
        doc = Document(text)
        assert PIPELINE.tags(doc) == _ungated_tags(PIPELINE, doc), text[:80]


def test_gates_change_nothing_on_the_development_corpus(pages: list[dict[str, Any]]) -> None:
    differing = []
    for page in pages:
        doc = Document(page["text"])
        if PIPELINE.tags(doc) != _ungated_tags(PIPELINE, doc):
            differing.append(page["id"])
    assert not differing, f"gates hide lines their rules tag in {differing[:10]}"


def _scan(gate: Gate, text: str) -> list[int]:
    return GateScanner([gate]).scan(Document(text))[0]


def test_starts_skip_decoration_and_ignore_case_and_spacing() -> None:
    gate = Gate(80, starts=("skip to content",))
    text = "Skip to content\n  » SKIP   to\u00a0Content ↓\nWe skip to content\nskip to\ncontent"
    assert _scan(gate, text) == [0, 1]


def test_words_must_end_where_the_start_ends() -> None:
    gate = Gate(80, words=("by", "de"))
    text = "By Ann Lee\nBy: Ann Lee\nByrne scored\n— de Gaulle\ndemocracy\nBY\nde-facto"
    assert _scan(gate, text) == [0, 1, 3, 5, 6]
    # another gate's longer start neither hides the word nor lets it through mid-word
    plain, word = Gate(80, starts=("byrne", "by the way")), Gate(80, words=("by",))
    doc = Document("Byrne scored\nBy Ann\nByr\nBy the way, the vote\nBy-election")
    assert GateScanner([plain, word]).scan(doc) == [[0, 3], [1, 3, 4]]
    # a string that is a start for one gate and a word for another
    start, word = Gate(80, starts=("new",)), Gate(80, words=("new",))
    doc = Document("News today\nNew York\nNewer")
    assert GateScanner([start, word]).scan(doc)[0] == [0, 1, 2]
    assert {1} <= set(GateScanner([start, word]).scan(doc)[1])


def test_triggers_match_anywhere_and_may_overlap() -> None:
    gate_a, gate_b = Gate(80, triggers=("abc",)), Gate(80, triggers=("bcd", "ab"))
    doc = Document("xxabcdxx\nnothing\nAB")
    assert GateScanner([gate_a, gate_b]).scan(doc) == [[0], [0, 2]]


def test_a_short_trigger_between_spaces_needs_whitespace_around_it() -> None:
    gate = Gate(80, triggers=(" de ",))
    text = "Foto 3 de 12\noder dem\n3\u00a0de\t12\n3 de\u202f12\nde 12\nfin de\nde\u00a0x"
    assert _scan(gate, text) == [0, 2, 3]


def test_full_case_folding_and_line_numbers_with_every_line_break() -> None:
    gate = Gate(80, starts=("straße",), triggers=("ﬁnal",))
    text = "one\r\nSTRASSE zu\rtwo\nthe FINAL word\r\n"
    assert _scan(gate, text) == [1, 3]


def test_max_chars_and_open_gates() -> None:
    text = "short\n\n" + "long " * 30 + "\nshort again"
    assert _scan(Gate(20), text) == [0, 3]
    assert _scan(Gate(20, starts=("long",)), text) == []


def test_a_rule_alone_uses_its_own_gate() -> None:
    rule = LineParserRule(
        id="my-copyright",
        description="Copyright lines.",
        parse=parse_copyright,
        starts=("©",),
    )
    tags = list(rule.tag(Document("Story.\n\n© 2024 Example Media\n\nMore © 2024"), []))
    assert [tag.line for tag in tags] == [2]


@given(
    st.lists(
        st.sampled_from(
            ["Skip to content", "Tags: a, b", "By Jane Doe, AP", "© 2020 X", "story text", ""]
        )
        | st.text(st.sampled_from("ab ©()—\u00a0:»\tSKIP"), max_size=30),
        max_size=12,
    ),
    st.sampled_from(["\n", "\r\n", "\r"]),
)
def test_gated_pipeline_equals_ungated_on_generated_documents(
    lines: list[str], newline: str
) -> None:
    doc = Document(newline.join(lines))
    assert PIPELINE.tags(doc) == _ungated_tags(PIPELINE, doc)


def test_phrase_rules_gate_by_their_match_kind() -> None:
    whole = PhraseRule(id="a", description="A.", phrases=("read more",))
    contains = PhraseRule(id="b", description="B.", phrases=("read more",), match="contains")
    assert whole.gate().starts == ("read more",) and not whole.gate().triggers
    assert contains.gate().triggers == ("read more",) and not contains.gate().starts


@pytest.mark.parametrize("bad", ["", "  "])
def test_empty_gate_strings_are_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="empty"):
        Gate(10, triggers=(bad,))
