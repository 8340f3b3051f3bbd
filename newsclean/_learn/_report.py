"""The review page of a learning run: one self-contained HTML file (no scripts, no links out).

Per site: its learned rules with their evidence, the repeated lines kept as story text and
why, and sample documents with every removed line marked and labelled with its rule id
(learned rules and built-in rules told apart).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from newsclean._document import Document
from newsclean._engine.pipeline import Pipeline
from newsclean._learn._learner import SiteLearning
from newsclean._result import Removal

__all__ = ["review_page"]

_REFUSALS_SHOWN = 20
_STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 60em; color: #222; }
h1 { font-size: 1.5em; } h2 { border-top: 2px solid #ccc; padding-top: .6em; }
table { border-collapse: collapse; margin: .5em 0 1em; width: 100%; }
th, td { border-bottom: 1px solid #ddd; padding: .25em .5em; text-align: left;
  vertical-align: top; }
td.n { text-align: right; white-space: nowrap; }
code { font-size: .9em; }
.doc { border: 1px solid #ccc; border-radius: 4px; padding: .5em .8em; margin: .8em 0;
  font: 13px/1.4 ui-monospace, monospace; white-space: pre-wrap; overflow-wrap: anywhere; }
.line { min-height: 1.2em; }
.removed { text-decoration: line-through; color: #777; }
.removed.learned { background: #fde2c8; }
.removed.builtin { background: #dde8f7; }
.label { float: right; font-size: 11px; padding: 0 .4em; border-radius: 3px;
  text-decoration: none; color: #333; background: #fff8; }
.key span { padding: 0 .4em; margin-right: 1em; }
"""


def review_page(
    learnings: Iterable[SiteLearning], pipeline: Pipeline, *, title: str = "newsclean learn"
) -> str:
    """The page for ``learnings``; sample documents are cleaned by ``pipeline`` with their site."""
    learnings = list(learnings)
    learned_ids = {rule.id for rule in pipeline.rules if rule.source == "learned" and rule.sites}
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{escape(title)}: review</title>",
        f"<style>{_STYLE}</style></head><body>",
        f"<h1>{escape(title)}: what the learned rules remove</h1>",
        '<p class="key"><span class="removed learned">removed by a learned rule</span>'
        '<span class="removed builtin">removed by a built-in rule</span></p>',
        _summary(learnings, pipeline),
    ]
    for learning in learnings:
        parts.append(_site_section(learning, pipeline, learned_ids))
    parts.append("</body></html>\n")
    return "\n".join(parts)


def _summary(learnings: Sequence[SiteLearning], pipeline: Pipeline) -> str:
    rows = "".join(
        f'<tr><td><a href="#{_anchor(x.site)}">{escape(x.site)}</a></td>'
        f'<td class="n">{x.docs}</td><td class="n">{len(x.furniture)}</td>'
        f'<td class="n">{len(x.refused)}</td></tr>'
        for x in learnings
    )
    return (
        "<table><tr><th>site</th><th>documents</th><th>rules learned</th>"
        f"<th>repeated lines kept</th></tr>{rows}</table>"
    )


def _site_section(learning: SiteLearning, pipeline: Pipeline, learned_ids: set[str]) -> str:
    site_rules = [r for r in pipeline.rules if learning.site in r.sites]
    rows = "".join(
        f"<tr><td><code>{escape(rule.id)}</code></td>"
        f'<td class="n">{item.docs} of {item.site_docs} ({item.share:.0%})</td>'
        f"<td>{'<br>'.join(escape(line) for line in item.examples)}</td></tr>"
        for rule, item in zip(site_rules, learning.furniture, strict=False)
    )
    refused = "".join(
        f'<tr><td>{escape(r.key)}</td><td class="n">{r.docs}</td><td>{escape(r.reason)}</td></tr>'
        for r in learning.refused[:_REFUSALS_SHOWN]
    )
    samples = "".join(
        _document(text, pipeline, learning.site, learned_ids) for text in learning.samples
    )
    return (
        f'<h2 id="{_anchor(learning.site)}">{escape(learning.site)}</h2>'
        f"<p>{learning.docs} distinct documents, {len(learning.furniture)} rules.</p>"
        "<table><tr><th>rule</th><th>documents</th><th>lines</th></tr>"
        f"{rows}</table>"
        + (
            "<details><summary>repeated lines kept as story text</summary>"
            "<table><tr><th>line</th><th>documents</th><th>why</th></tr>"
            f"{refused}</table></details>"
            if refused
            else ""
        )
        + f"<h3>Sample documents</h3>{samples}"
    )


def _document(text: str, pipeline: Pipeline, site: str, learned_ids: set[str]) -> str:
    result = pipeline.clean(text, site=site)
    doc = Document(text)
    rule_of_line = _removed_lines(doc, result.removed)
    lines = []
    for index, line in enumerate(doc.lines):
        rule = rule_of_line.get(index)
        if rule is None:
            lines.append(f'<div class="line">{escape(line)}</div>')
        else:
            kind = "learned" if rule in learned_ids else "builtin"
            lines.append(
                f'<div class="line removed {kind}" data-rule="{escape(rule)}">'
                f'<span class="label">{escape(rule)}</span>{escape(line)}</div>'
            )
    return f'<div class="doc">{"".join(lines)}</div>'


def _removed_lines(doc: Document, removed: Sequence[Removal]) -> dict[int, str]:
    """The rule that removed (all or part of) each line, by line index."""
    starts = doc.starts
    rules: dict[int, str] = {}
    line = 0
    for removal in sorted(removed, key=lambda r: r.start):
        while line + 1 < len(starts) and starts[line + 1] <= removal.start:
            line += 1
        index = line
        while index < len(starts) and starts[index] < max(removal.end, removal.start + 1):
            if doc.lines[index].strip():
                rules.setdefault(index, removal.rule)
            index += 1
    return rules


def _anchor(site: str) -> str:
    return "site-" + "".join(c if c.isalnum() else "-" for c in site)
