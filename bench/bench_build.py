"""Build speed and memory against the bare cost of Natasha, measured in the same run.

    .venv/bin/python bench/bench_build.py                  # 1000 articles, RSS at 10^3, 10^4
    .venv/bin/python bench/bench_build.py --n 100 --rss 1000 --budget 300
    .venv/bin/python bench/bench_build.py --n 200 --real ../shared/realdev --rss ""

Every measurement runs in a fresh interpreter (subprocess), so model loading is counted
where a user would pay it. Prints one table: ours, the baseline, the ratio.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

from diplograph.build import bundled_article  # noqa: E402

BIN = Path(sys.executable).parent
DIPLOGRAPH = str(BIN / "diplograph")

# the floor: a fresh Python that imports Natasha, loads its models and runs the full
# pass (segment, morph, syntax, NER, normalise spans) over the texts given as files
NATASHA = """
import sys, time
t0 = time.perf_counter()
from natasha import (Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger,
                     NewsSyntaxParser, Segmenter)
emb = NewsEmbedding()
morph, syntax, ner = NewsMorphTagger(emb), NewsSyntaxParser(emb), NewsNERTagger(emb)
vocab, seg = MorphVocab(), Segmenter()
t1 = time.perf_counter()
for path in sys.argv[1:]:
    doc = Doc(open(path, encoding="utf-8").read())
    doc.segment(seg); doc.tag_morph(morph); doc.parse_syntax(syntax); doc.tag_ner(ner)
    for span in doc.spans:
        span.normalize(vocab)
print(t1 - t0, time.perf_counter() - t1)
"""

# peak RSS of one command and everything it started (workers included)
PEAK = """
import resource, subprocess, sys
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode
print(code, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def wall(command: list[str], timeout: float | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, timeout=timeout)
    return time.perf_counter() - start


def medians(commands: dict[str, list[str]], runs: int) -> dict[str, float]:
    """Median wall time of each command, runs interleaved so that a noisy spell on a shared
    machine weighs on every command alike, not on whichever ran then."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            times[name].append(wall(command))
    return {name: statistics.median(values) for name, values in times.items()}


def peak_rss_mb(command: list[str], timeout: float) -> tuple[float | None, float]:
    """(peak RSS in MB or None when it did not finish in time, seconds)."""
    start = time.perf_counter()
    try:
        result = subprocess.run(
            [sys.executable, "-c", PEAK, *command],
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return None, time.perf_counter() - start
    code, kb = result.stdout.split()
    return (int(kb) / 1024 if code == "0" else None), time.perf_counter() - start


def row(what: str, ours: str, base: str, ratio: float | None) -> None:
    shown = f"{ratio:.2f}x" if ratio is not None else "-"
    print(f"{what:<44} {ours:>16} {base:>16} {shown:>8}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--n",
        type=int,
        default=1000,
        help="articles for the throughput runs (startup must not dominate)",
    )
    parser.add_argument("--runs", type=int, default=7, help="runs of the cold build (median)")
    parser.add_argument(
        "--corpus-runs", type=int, default=3, help="runs of each corpus build (median)"
    )
    parser.add_argument(
        "--real",
        type=Path,
        help="a folder of real article .txt files to cycle through instead of the made-up corpus",
    )
    parser.add_argument("--rss", default="1000,10000", help="corpus sizes for peak RSS")
    parser.add_argument("--rss-jobs", type=int, default=2, help="--jobs of the RSS runs")
    parser.add_argument(
        "--budget", type=float, default=900, help="seconds allowed for each RSS build"
    )
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="diplograph-bench-"))
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print(f"{'':<44} {'diplograph':>16} {'baseline':>16} {'ratio':>8}")

    article = str(bundled_article())
    cold_runs = medians(
        {
            "cold": [DIPLOGRAPH, "build", "--out", str(tmp / "cold"), "--quiet"],
            "bare": [DIPLOGRAPH, "build", "--out", str(tmp / "bare"), "--quiet", "--no-html"],
            "floor": [sys.executable, "-c", NATASHA, article],
        },
        args.runs,
    )
    cold, bare, floor = cold_runs["cold"], cold_runs["bare"], cold_runs["floor"]
    row("cold build, bundled article (vs floor)", f"{cold:.2f} s", f"{floor:.2f} s", cold / floor)
    row("cold build --no-html (vs floor)", f"{bare:.2f} s", f"{floor:.2f} s", bare / floor)

    if args.real is not None:
        texts = corpus.copy_texts(args.n, args.real, tmp / "corpus")
    else:
        texts = corpus.write_texts(args.n, tmp / "corpus")
    megabytes = sum(p.stat().st_size for p in texts) / 1e6
    names = [str(p) for p in texts]
    base = [DIPLOGRAPH, "build", *names, "--no-html", "--quiet"]
    corpus_runs = medians(
        {
            "one": [*base, "--out", str(tmp / "one"), "--jobs", "1"],
            "two": [*base, "--out", str(tmp / "two"), "--jobs", "2"],
            "natasha": [sys.executable, "-c", NATASHA, *names],
        },
        args.corpus_runs,
    )
    one, two, natasha_total = corpus_runs["one"], corpus_runs["two"], corpus_runs["natasha"]
    natasha = subprocess.run(
        [sys.executable, "-c", NATASHA, *names], capture_output=True, text=True, check=True
    )
    load, loop = (float(x) for x in natasha.stdout.split())
    n = args.n
    row(
        f"corpus of {n} ({megabytes:.2f} MB), jobs 1: articles/s",
        f"{n / one:.1f}",
        f"{n / natasha_total:.1f}",
        natasha_total / one,
    )
    row("  MB/s", f"{megabytes / one:.3f}", f"{megabytes / natasha_total:.3f}", None)
    row(
        "  bare Natasha loop only (no start, no load)",
        "",
        f"{n / loop:.1f}/s",
        None,
    )
    row(
        f"corpus of {n}, jobs 2 vs jobs 1: articles/s",
        f"{n / two:.1f}",
        f"{n / one:.1f}",
        one / two,
    )
    print(f"  (Natasha model load in the bare pass: {load:.2f} s)")

    first: float | None = None
    for size in (int(x) for x in args.rss.split(",") if x):
        folder = tmp / f"rss{size}"
        data = corpus.write_jsonl(size, folder / "corpus.jsonl")
        command = [DIPLOGRAPH, "build", str(data), "--out", str(folder / "out")]
        command += ["--no-html", "--quiet", "--jobs", str(args.rss_jobs)]
        rss, seconds = peak_rss_mb(command, args.budget)
        if rss is None:
            row(f"peak RSS, {size} articles", f"> {args.budget:.0f} s", "", None)
            continue
        ratio = rss / first if first else None
        first = first or rss
        row(
            f"peak RSS, {size} articles ({seconds:.0f} s, {size / seconds:.1f}/s)",
            f"{rss:.0f} MB",
            "",
            ratio,
        )
    print(f"(scratch files in {tmp})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
