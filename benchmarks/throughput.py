"""Throughput of newsclean on a large JSONL corpus, against the I/O floor, in one run.

    python benchmarks/throughput.py                       # 200 MB corpus, made if missing
    python benchmarks/throughput.py --corpus big.jsonl    # an existing corpus
    python benchmarks/throughput.py --mb 20 --repeat 1    # a quick look

Measures, interleaved round by round so machine load hits every variant alike, best of
``--repeat`` rounds:

  (a) I/O floor: read the JSONL, decode each record, split its text into lines, encode,
      write. No cleaning. The JSON codec is the command's own (msgspec).
  (b) the default pipeline through the library (``Pipeline.clean_record``), same I/O.
  (c) the ``newsclean clean`` command, ``--jobs 1`` and ``--jobs N``, and ``--jobs 1
      --removed none`` (the lean output).
  (p) with ``--peers``: datatrove's C4 line filter and NeMo Curator's boilerplate modifier,
      each a JSONL-in, JSONL-out script (benchmarks/peers/) run by the Python of its own
      environment under ``--peers-dir`` (skipped with a message when that is missing).

and prints MB/s, documents/s per core, the ratios (b)/(a) and (c)/(a), the speed-up of
``--jobs N`` over ``--jobs 1``, the peak RSS of the command (its largest process), and the
machine and its load.
The corpus is made with ../shared/corpus/make_large_corpus.py when that exists, else from
the bundled example article (docs/examples), so the benchmark runs anywhere.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from newsclean import Document, Pipeline
from newsclean._cli.codec import FAST_REFUSED, dump_line, fast_loads

ROOT = Path(__file__).resolve().parents[1]
SHARED_MAKER = ROOT.parent / "shared" / "corpus" / "make_large_corpus.py"
BUNDLED = ROOT / "docs" / "examples"
PEERS = {  # name: (environment under --peers-dir, script in benchmarks/peers, module it needs)
    "(p) datatrove C4 lines": ("datatrove", "datatrove_c4.py", "datatrove"),
    "(p) NeMo boilerplate": ("nemo", "nemo_boilerplate.py", "nemo_curator"),
}


def make_corpus(path: Path, mb: float) -> str:
    """Write a corpus of about ``mb`` MB to ``path``; returns how it was made."""
    if SHARED_MAKER.exists():
        command = [sys.executable, str(SHARED_MAKER), "--mb", str(mb), "-o", str(path), "-q"]
        subprocess.run(command, check=True)
        return f"make_large_corpus.py --mb {mb} (seed 1)"
    _make_bundled_corpus(path, mb)
    return f"bundled example articles, shuffled and respaced, {mb} MB"


def _make_bundled_corpus(path: Path, mb: float) -> None:
    """Documents built from the paragraphs of the bundled example articles."""
    paragraphs = [
        p
        for text_file in sorted(BUNDLED.glob("*.txt"))
        for p in text_file.read_text(encoding="utf-8").split("\n")
        if p.strip()
    ]
    rng = random.Random(1)
    target, written, count = int(mb * 1e6), 0, 0
    with path.open("wb") as out:
        while written < target:
            count += 1
            chosen = rng.sample(paragraphs, k=min(len(paragraphs), rng.randrange(5, 40)))
            text = rng.choice(("\n\n", "\n", "\r\n")).join(chosen)
            data = json.dumps({"id": f"doc-{count}", "text": text}, ensure_ascii=False)
            written += out.write(data.encode() + b"\n")


def io_floor(source: Path, target: Path) -> int:
    """(a) Everything but cleaning; returns the number of documents."""
    count = 0
    with source.open("rb") as lines, target.open("wb") as out:
        for raw in lines:
            record = _loads(raw)
            record["text"] = "\n".join(Document(record["text"]).lines)
            out.write(dump_line(record))
            count += 1
    return count


def library(source: Path, target: Path) -> int:
    """(b) The default pipeline through the library, with the same I/O as (a)."""
    pipeline = Pipeline.default()
    count = 0
    with source.open("rb") as lines, target.open("wb") as out:
        for raw in lines:
            out.write(dump_line(pipeline.clean_record(_loads(raw))))
            count += 1
    return count


def _loads(raw: bytes) -> Any:
    """A record read as the command reads it (the same JSON codec, so (a) is its floor)."""
    value = fast_loads(raw)
    return json.loads(raw) if value is FAST_REFUSED else value


def command(source: Path, target: Path, jobs: int, *options: str) -> tuple[int, float]:
    """(c) ``newsclean clean`` in a child process; returns its peak RSS and CPU seconds."""
    argv = [sys.executable, "-m", "newsclean", "clean", str(source), "-o", str(target)]
    return _child([*argv, "--jobs", str(jobs), *options])


def peer(python: Path, script: str, source: Path, target: Path) -> tuple[int, float]:
    """(p) A peer's script in its own environment; returns its peak RSS and CPU seconds."""
    return _child(
        [str(python), str(ROOT / "benchmarks" / "peers" / script), str(source), str(target)]
    )


def _child(argv: list[str]) -> tuple[int, float]:
    child = subprocess.Popen(argv, stderr=subprocess.PIPE)
    assert child.stderr is not None
    stderr = child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{argv[1]} failed ({child.returncode}): {stderr.decode()[-2000:]}")
    # ru_maxrss is in kilobytes on Linux; CPU time includes the worker processes
    return usage.ru_maxrss * 1024, usage.ru_utime + usage.ru_stime


def available_peers(folder: Path) -> dict[str, tuple[Path, str]]:
    """The peers whose environment is under ``folder`` and imports; a message for the others."""
    found = {}
    for name, (environment, script, module) in PEERS.items():
        python = folder / environment / "bin" / "python"
        check = [str(python), "-c", f"import {module}"]
        if python.exists() and subprocess.run(check, capture_output=True).returncode == 0:
            found[name] = (python, script)
        else:
            print(f"skipped {name}: no environment with {module} at {folder / environment}")
    return found


def _timed(run: Callable[[], Any]) -> tuple[float, float, Any]:
    """Wall seconds, CPU seconds (of this process, or as the run reports), and the value."""
    started, cpu = time.perf_counter(), time.process_time()
    value = run()
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    if isinstance(value, tuple):
        value, cpu = value
    return wall, cpu, value


def _machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{model}, {os.cpu_count()} CPUs, Python {platform.python_version()}, {platform.system()}"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, help="JSONL corpus (default: make one in /tmp)")
    parser.add_argument("--mb", type=float, default=200, help="size of a made corpus (200)")
    parser.add_argument("--repeat", type=int, default=3, help="rounds; the best counts (3)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="N for (c)")
    parser.add_argument("--json", type=Path, help="also write the results here as JSON")
    parser.add_argument("--keep", action="store_true", help="keep a made corpus for next time")
    parser.add_argument("--peers", action="store_true", help="also run the peers (p)")
    parser.add_argument(
        "--peers-dir",
        type=Path,
        default=Path(tempfile.gettempdir()) / "newsclean-peers",
        help="folder of the peers' environments (see benchmarks/peers/README.md)",
    )
    args = parser.parse_args(argv)

    workdir = Path(tempfile.mkdtemp(prefix="newsclean-bench-"))
    corpus, made = args.corpus, "given"
    if corpus is None:
        corpus = Path(tempfile.gettempdir()) / f"newsclean-bench-{args.mb:g}mb.jsonl"
        made = "kept from a run with --keep" if corpus.exists() else make_corpus(corpus, args.mb)
    size_mb = corpus.stat().st_size / 1e6
    out = workdir / "out.jsonl"
    print(f"corpus: {corpus} ({size_mb:.1f} MB; {made})")
    print(f"machine: {_machine()}")
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")

    variants: dict[str, Callable[[], Any]] = {
        "(a) I/O floor": lambda: io_floor(corpus, out),
        "(b) library": lambda: library(corpus, out),
        "(c) command --jobs 1": lambda: command(corpus, out, 1),
        f"(c) command --jobs {args.jobs}": lambda: command(corpus, out, args.jobs),
        "(c) --jobs 1 --removed none": lambda: command(corpus, out, 1, "--removed", "none"),
    }
    if args.peers:
        for name, (python, script) in available_peers(args.peers_dir).items():
            variants[name] = partial(peer, python, script, corpus, out)
    best: dict[str, float] = {}
    best_cpu: dict[str, float] = {}
    rss: dict[str, int] = {}
    docs = 0
    for round_number in range(1, args.repeat + 1):
        for name, run in variants.items():
            seconds, cpu, value = _timed(run)
            best[name] = min(best.get(name, seconds), seconds)
            best_cpu[name] = min(best_cpu.get(name, cpu), cpu)
            if name.startswith(("(c)", "(p)")):
                rss[name] = max(rss.get(name, 0), value)
            else:
                docs = value
            print(
                f"  round {round_number}: {name:28s} {seconds:7.2f} s  ({cpu:.2f} CPU s)",
                flush=True,
            )
    out.unlink(missing_ok=True)
    workdir.rmdir()
    if args.corpus is None and not args.keep:
        corpus.unlink()

    floor, floor_cpu = best["(a) I/O floor"], best_cpu["(a) I/O floor"]
    print(f"\n{docs:,} documents, {size_mb:.1f} MB; best of {args.repeat}")
    print("wall clock:                                        | CPU time (robust under load):")
    print(
        f"{'variant':28s} {'seconds':>7s} {'MB/s':>6s} {'docs/s/core':>11s} {'vs (a)':>6s} |"
        f" {'CPU s':>6s} {'MB/CPU s':>8s} {'vs (a)':>6s} | peak RSS (largest process)"
    )
    results: dict[str, Any] = {"corpus_mb": size_mb, "documents": docs, "variants": {}}
    for name, seconds in best.items():
        cores = args.jobs if name.endswith(f"--jobs {args.jobs}") and args.jobs > 1 else 1
        mb_s, per_core, cpu = size_mb / seconds, docs / seconds / cores, best_cpu[name]
        memory = f"{rss[name] / 1e6:.0f} MB" if name in rss else ""
        print(
            f"{name:28s} {seconds:7.2f} {mb_s:6.1f} {per_core:11,.0f} {floor / seconds:6.2f} |"
            f" {cpu:6.2f} {size_mb / cpu:8.1f} {floor_cpu / cpu:6.2f} | {memory}"
        )
        results["variants"][name] = {
            "seconds": seconds,
            "cpu_seconds": cpu,
            "mb_per_s": mb_s,
            "docs_per_s_per_core": per_core,
            "ratio_to_io_floor": floor / seconds,
            "cpu_ratio_to_io_floor": floor_cpu / cpu,
            "peak_rss_bytes": rss.get(name),
        }
    one, many = best["(c) command --jobs 1"], best[f"(c) command --jobs {args.jobs}"]
    print(f"--jobs {args.jobs} speed-up over --jobs 1: {one / many:.2f}x")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    results.update(speedup=one / many, jobs=args.jobs, machine=_machine())
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
