"""Rules matched together over one document: one gate scan, one phrase index, then each
other rule in order. Kept apart from the pipeline (and defining no attrs class) because it is
the per-document loop, which the compiled variant compiles (see ``newsclean.compiled``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from newsclean._document import Document
from newsclean._engine.timing import StageTimes
from newsclean._kinds.gate import GatedRule, GateScanner
from newsclean._kinds.phrase import PhraseIndex, PhraseRule
from newsclean._rule import Rule, Tag

__all__ = ["Matcher"]


class Matcher:
    """Rules matched together: one gate scan, one phrase index, then each other rule."""

    __slots__ = ("_index", "_index_slots", "_plan", "_rules", "_scanner", "_slots")

    def __init__(self, rules: Sequence[Rule]) -> None:
        self._rules = tuple(rules)
        phrase_rules = [rule for rule in self._rules if isinstance(rule, PhraseRule)]
        self._index = PhraseIndex(phrase_rules) if phrase_rules else None
        gated = [
            r for r in self._rules if isinstance(r, GatedRule) and not isinstance(r, PhraseRule)
        ]
        gates = [rule.gate() for rule in gated]
        # each gated rule and its slot in the scan result
        self._slots = {rule.id: (rule, slot) for slot, rule in enumerate(gated)}
        # the phrase index's two gates (line starts; anywhere in a line), if it has them
        self._index_slots: list[int | None] = []
        for gate in () if self._index is None else self._index.gates:
            self._index_slots.append(None if gate is None else len(gates))
            if gate is not None:
                gates.append(gate)
        self._scanner = GateScanner(gates)
        # per rule, in order: its id, its gated rule and scan slot (if gated), whether it
        # tags nothing without candidates, keep_lines
        self._plan: list[tuple[Rule, str, GatedRule | None, int, bool, bool]] = []
        for rule in self._rules:
            gated_rule, slot = self._slots.get(rule.id, (None, -1))
            idle = gated_rule is not None and gated_rule.tags_candidates_only
            self._plan.append((rule, rule.id, gated_rule, slot, idle, rule.keep_lines))

    def tags(self, doc: Document, found: list[Tag], timing: StageTimes | None) -> list[Tag]:
        """``found`` (the tags of rules that ran before) and then the tags of these rules."""
        clock = None if timing is None else timing.clock
        started = 0.0 if clock is None else clock()
        if timing is not None:
            doc.folded()
            started = timing.lap("case folding", started)
        candidates = self._scanner.scan(doc)
        if timing is not None:
            started = timing.lap("gate scan", started)
            timing.count("gate candidates", sum(map(len, candidates)))
        phrase_tags: dict[str, list[Tag]] = {}
        if self._index is not None:
            at_start, anywhere = (() if s is None else candidates[s] for s in self._index_slots)
            phrase_tags = self._index.tag_lines(doc, at_start, anywhere)
            if timing is not None:
                started = timing.lap("phrase index", started)
        for rule, rule_id, gated, slot, idle, keep_lines in self._plan:
            tags: Iterable[Tag]
            if rule_id in phrase_tags:  # matched by the index (timed as one stage)
                tags = phrase_tags[rule_id]
                found.extend(_kept(tags) if keep_lines else tags)
                continue
            if gated is None:
                tags = rule.tag(doc, found)
            elif idle and not candidates[slot]:
                tags = ()  # no candidate: a rule that tags only candidates tags nothing
            else:
                tags = gated.tag_lines(doc, candidates[slot], found)
            found.extend(_kept(tags) if keep_lines else tags)
            if timing is not None:
                started = timing.lap(f"rule {rule_id}", started)
        return found


def _kept(tags: Iterable[Tag]) -> list[Tag]:
    """``tags`` with their lines kept in the text (a rule with ``keep_lines``)."""
    return [attrs.evolve(tag, remove=False) if tag.remove else tag for tag in tags]
