"""Adversarial inputs: how the default pipeline's cost grows on text built to hurt regexes.

Each input is cleaned as one document at a base size and at ten times that size; the script
prints the time per MB at both sizes and the growth ratio (time at 10x / time at 1x). Linear
cost gives a ratio near 10; the target is at most ~12 for every input. Times are CPU
seconds of this process (time.process_time), the best of ``--rounds`` interleaved runs per
size, so that other work on a shared machine disturbs them as little as possible.

    python benchmarks/adversarial.py                # base 1 MB, large 10 MB
    python benchmarks/adversarial.py --base-mb 0.1  # quicker
    python benchmarks/adversarial.py --only contributor-space-runs
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable

import newsclean


def _repeat(unit: str, size: int) -> str:
    """``unit`` repeated until the text is at least ``size`` characters."""
    return unit * max(1, -(-size // len(unit)))


def _lines(make: Callable[[int], str], size: int) -> str:
    """Lines ``make(0)``, ``make(1)``, … joined by newlines up to ``size`` characters."""
    out: list[str] = []
    total = number = 0
    while total < size:
        line = make(number)
        out.append(line)
        total += len(line) + 1
        number += 1
    return "\n".join(out)


PARAGRAPH = (
    "The council voted 7-2 on Tuesday to approve the budget, which includes new money for "
    "road repairs, libraries and the city's two largest parks, officials said."
)

# name -> (what it is, text of about `size` characters)
INPUTS: dict[str, tuple[str, Callable[[int], str]]] = {
    "by-run-one-line": ("'By By By …' on one line", lambda n: _repeat("By ", n)),
    "by-run-lines": (
        "lines of 66 × 'By ' (just under the byline length limit)",
        lambda n: _lines(lambda i: "By " * 66, n),
    ),
    "emoji": (
        "emoji runs (ZWJ sequences, flags, skin tones) in lines of 1-200",
        lambda n: _lines(lambda i: "👨‍👩‍👧🇺🇸👍🏽❤️🔥" * (1 + i % 40), n),
    ),
    "single-line": ("one line of story text, no line break", lambda n: _repeat(PARAGRAPH + " ", n)),
    "short-lines": (
        "short lines ('Home', 'News', '•', …)",
        lambda n: _lines(lambda i: ("Home", "News", "•", "Skip to content", "By")[i % 5], n),
    ),
    "paren-run": ("one line of '('", lambda n: _repeat("(", n)),
    "paren-lines": (
        "lines of '(' just under the dateline length limit",
        lambda n: _lines(lambda i: "(" * 99_999, n),
    ),
    "dash-run": ("one line of '—'", lambda n: _repeat("—", n)),
    "dash-lines": (
        "lines of 1-120 '—' / '-' / '–'",
        lambda n: _lines(lambda i: "—-–" * (i % 40), n),
    ),
    "paragraphs": (
        "an article of many paragraphs with furniture between them",
        lambda n: _lines(
            lambda i: (PARAGRAPH, "", "Skip to content", "", "By Jane Doe, Reuters", "")[i % 6], n
        ),
    ),
    "space-runs": (
        "lines of words separated by long runs of spaces and NBSP",
        lambda n: _lines(lambda i: ("A" + " \u00a0" * 40) * 4 + "(AP) —", n),
    ),
    "byline-space-runs": (
        "'By A' + 190 spaces + 'B' (separator backtracking)",
        lambda n: _lines(lambda i: "By A" + " " * 190 + "B", n),
    ),
    "contributor-space-runs": (
        "'Reporting by A' + 380 spaces + 'B' and 'A' + spaces + 'contributed'",
        lambda n: _lines(
            lambda i: ("Reporting by A" + " " * 380 + "B", "A" + " " * 380 + "contributedx")[i % 2],
            n,
        ),
    ),
    "dateline-traps": (
        "capitalised place-like runs, commas and spaces before '(' (dateline backtracking)",
        lambda n: _lines(
            lambda i: (
                "WASHINGTON D.C. NEW YORK, Bbbbbbbbb Ccccccccc, Septembers 12" + " " * 200 + "(x",
                "A" + ", B" * 300 + " (AP",
                "A" + " " * 5000 + "(",
            )[i % 3],
            n,
        ),
    ),
    "copyright-traps": (
        "'©' lines with long runs of words, spaces, commas and '(c)'",
        lambda n: _lines(
            lambda i: (
                "© " + "a A " * 95,
                "© 2020" + " ," * 190,
                "(c)" * 130,
                "© 2020 X" + " " * 380 + "a Y",
                "© 2020 X" + " " * 380 + "a",
            )[i % 5],
            n,
        ),
    ),
    "comment-count-traps": (
        "'12 comments on \"…' lines with no closing quote or a sentence end (shape backtracking)",
        lambda n: _lines(
            lambda i: ('12 comments on "' + "a " * 110, "3 replies to " + "x" * 200 + ".")[i % 2],
            n,
        ),
    ),
    "sharp-s-runs": (
        "runs of 's' in short credit and contact lines ('ss' may match 'ß' under full case folding)",
        lambda n: _lines(
            lambda i: (
                "Mail: " + "s" * 69 + "@x.de",
                "By S" + "s" * 70,
                "Von S" + "s" * 40 + " und S" + "s" * 40,
                "© " + "s" * 75,
                "S" + "s" * 60 + " (AP) —",
            )[i % 5],
            n,
        ),
    ),
    "phrase-lookalikes": (
        "lines that start like furniture phrases but go on ('Skip to content of …')",
        lambda n: _lines(
            lambda i: ("Skip to " * 14, "Tags " * 30 + ":", "view all posts by " * 4)[i % 3], n
        ),
    ),
}


def _cpu_seconds(text: str) -> float:
    pipeline = newsclean.default_pipeline()
    start = time.process_time()
    pipeline.clean(text)
    return time.process_time() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-mb", type=float, default=1.0, help="base size in MB (default 1)")
    parser.add_argument("--rounds", type=int, default=3, help="timings per size (best kept)")
    parser.add_argument("--only", action="append", choices=sorted(INPUTS), help="input to run")
    args = parser.parse_args(argv)
    base = int(args.base_mb * 1_000_000)
    print(f"{'input':24s} {'MB':>6s} {'s/MB':>8s} {'MB':>6s} {'s/MB':>8s} {'growth':>7s}")
    worst = 0.0
    for name in args.only or INPUTS:
        _, build = INPUTS[name]
        texts = [build(base), build(base * 10)]
        best = [float("inf"), float("inf")]
        for _ in range(args.rounds):  # interleaved, so a busy spell hits both sizes alike
            for k, text in enumerate(texts):
                best[k] = min(best[k], _cpu_seconds(text))
        row = [
            (len(t.encode("utf-8")) / 1e6, seconds) for t, seconds in zip(texts, best, strict=True)
        ]
        (mb1, t1), (mb2, t2) = row
        growth = (t2 / t1) * (mb1 * 10 / mb2)  # normalised to exactly 10x the input
        worst = max(worst, growth)
        print(f"{name:24s} {mb1:6.2f} {t1 / mb1:8.4f} {mb2:6.2f} {t2 / mb2:8.4f} {growth:7.1f}")
        sys.stdout.flush()
    print(f"worst growth for 10x input: {worst:.1f}x (linear: 10x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
