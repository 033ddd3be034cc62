"""Competency queries on graphs of 10^4..10^6 triples: rdflib in memory against the Oxigraph store.

Run by hand (not in CI):

    .venv/bin/python bench/bench_sparql.py [--sizes 10000,100000,1000000] [--rdflib-budget 60]

The graphs are the bundled article's real graph (graphs/graph.ttl) replicated with fresh IRIs:
every https://w3id.org/diplograph/id/ IRI gets a copy suffix, so each copy is a disjoint graph
of the same shape as a real build (the ontology is loaded once, as queries see it). Both
engines answer through diplograph.sparql.store (the same interface `query` and `serve` use,
results converted to rows), in the same run; the table prints seconds and the ratio
rdflib / Oxigraph. Oxigraph is the persistent store `diplograph load` writes, reopened
read-only as `query --store` does; its time is the best of 3 runs, rdflib's one run. rdflib
is skipped at a size when the previous size's slowest query, scaled by the size ratio, would
pass --rdflib-budget seconds.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from diplograph.sparql.dataset import competency_names
from diplograph.sparql.store import OxigraphStore, RdflibStore, open_store

ROOT = Path(__file__).resolve().parents[1]
ID = re.compile(r"<(https://w3id\.org/diplograph/id/[^>]*)>")


def seed_lines() -> list[str]:
    """The bundled article's graph as N-Triples lines (built if graphs/ is missing)."""
    from rdflib import Graph

    graph = Graph()
    committed = ROOT / "graphs" / "graph.ttl"
    if committed.is_file():
        graph.parse(committed)
    else:
        from diplograph.build import build_article_graph, bundled_article

        graph = build_article_graph(bundled_article())
    return sorted(set(graph.serialize(format="nt").strip().splitlines()))


def replicate(lines: list[str], size: int, path: Path) -> int:
    copies = max(1, round(size / len(lines)))
    with path.open("w", encoding="utf-8") as out:
        for copy in range(copies):
            text = "\n".join(lines)
            out.write(ID.sub(lambda m, c=copy: f"<{m[1]}-c{c}>", text) + "\n")
    return copies * len(lines)


def clock(run: object, repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
    return best


def fmt_s(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--rdflib-budget", type=float, default=60.0)
    args = parser.parse_args()
    lines = seed_lines()
    names = competency_names()
    print(f"seed: the bundled article's graph, {len(lines)} triples; {len(names)} queries")
    previous: tuple[int, float] | None = None  # (size, slowest rdflib query) of the last size
    with tempfile.TemporaryDirectory() as folder:
        for size in (int(s) for s in args.sizes.split(",")):
            data = Path(folder) / f"graph-{size}.nt"
            triples = replicate(lines, size, data)
            path = Path(folder) / f"store-{size}"
            start = time.perf_counter()
            writer = OxigraphStore(path)
            writer.load([data])
            writer.close()
            del writer
            load_ox = time.perf_counter() - start
            start = time.perf_counter()
            store = open_store(path=path)
            open_ox = time.perf_counter() - start
            print(f"\n== {triples} triples (+ ontology: {len(store)} in the store) ==")
            print(f"oxigraph: load {fmt_s(load_ox)}, open read-only {fmt_s(open_ox)}")
            rdflib: RdflibStore | None = None
            if previous is not None and previous[1] * size / previous[0] > args.rdflib_budget:
                print(
                    f"rdflib: skipped (its slowest query at {previous[0]} triples took "
                    f"{fmt_s(previous[1])}; here that projects past {args.rdflib_budget:g} s)"
                )
            else:
                rdflib = RdflibStore()
                print(f"rdflib: parse {fmt_s(clock(lambda r=rdflib, d=data: r.load([d])))}")
            header = f"{'query':15s} {'rows':>7s} {'oxigraph':>10s} {'rdflib':>10s} {'ratio':>8s}"
            print(header + "\n" + "-" * len(header))
            slowest = 0.0
            for name in names:
                rows = len(store.run(name).rows)
                t_ox = clock(lambda n=name, s=store: s.run(n), repeat=3)
                if rdflib is not None:
                    t_rd = clock(lambda n=name, r=rdflib: r.run(n))
                    assert len(rdflib.run(name).rows) == rows, name
                    slowest = max(slowest, t_rd)
                    rd, ratio = fmt_s(t_rd), f"{t_rd / t_ox:.0f}x"
                else:
                    rd, ratio = "-", "-"
                print(f"{name:15s} {rows:7d} {fmt_s(t_ox):>10s} {rd:>10s} {ratio:>8s}")
            if rdflib is not None:
                previous = (size, slowest)
            del rdflib
            # the whole command, from a cold process: start, open the store, answer, print
            command = [sys.executable, "-m", "diplograph", "query", "trade"]
            start = time.perf_counter()
            subprocess.run(
                [*command, "--store", str(path), "--format", "csv"],
                check=True,
                capture_output=True,
            )
            cold = time.perf_counter() - start
            print(f"`diplograph query trade --store` from a cold process: {fmt_s(cold)}")
            store.close()


if __name__ == "__main__":
    main()
