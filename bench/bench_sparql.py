"""Competency queries on graphs of 10^4..10^6 triples: rdflib in memory against Oxigraph.

Run by hand (not in CI):  .venv/bin/python bench/bench_sparql.py [--sizes 10000,100000,1000000]

The graphs are the bundled article's real extraction replicated with fresh IRIs (every
https://w3id.org/diplograph/id/ IRI gets a copy number), so their shape is the shape of real
builds. Both engines run in the same process and the same run; the table prints seconds and the
ratio rdflib/oxigraph. rdflib is skipped above --rdflib-max triples (it needs minutes there).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef

from diplograph.build import build_article_graph, bundled_article
from diplograph.query import competency_names, query_text
from diplograph.store import GraphStore
from diplograph.validate import ontology_dir

ID = "https://w3id.org/diplograph/id/"


def replicate(seed: Graph, size: int) -> Graph:
    graph = Graph()
    copies = max(1, size // len(seed))
    for copy in range(copies):
        for s, p, o in seed:
            s2 = URIRef(f"{s}-{copy}") if str(s).startswith(ID) else s
            o2 = URIRef(f"{o}-{copy}") if isinstance(o, URIRef) and str(o).startswith(ID) else o
            graph.add((s2, p, o2))
    return graph


def timed(run: Callable[..., object], *args: object) -> float:
    start = time.perf_counter()
    run(*args)
    return time.perf_counter() - start


def _load(store: GraphStore, path: Path) -> None:
    store.store.bulk_load(path=str(path), format=ox.RdfFormat.N_TRIPLES)


def _rdflib_rows(graph: Graph, text: str) -> int:
    return len(list(graph.query(text)))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--rdflib-max", type=int, default=100_000)
    args = parser.parse_args()
    seed = build_article_graph(bundled_article())
    ontology = Graph()
    for path in sorted(ontology_dir().glob("*.ttl")):
        ontology.parse(path)
    print(f"seed graph: {len(seed)} triples; ontology {len(ontology)} triples")
    for size in (int(s) for s in args.sizes.split(",")):
        data = replicate(seed, size)
        path = Path(f"/tmp/bench-{size}.nt")
        data.serialize(path, format="nt", encoding="utf-8")
        store = GraphStore()
        load_ox = timed(_load, store, path)
        for ttl in sorted(ontology_dir().glob("*.ttl")):
            store.store.bulk_load(path=str(ttl), format=ox.RdfFormat.TURTLE)
        print(f"\n{len(data)} triples (oxigraph load {load_ox:.2f} s)")
        print(f"{'query':16s} {'rows':>6s} {'oxigraph s':>11s} {'rdflib s':>10s} {'ratio':>7s}")
        graph = None
        if len(data) <= args.rdflib_max:
            graph = data + ontology
        for name in competency_names():
            text = query_text(name)
            rows = store.query(text, "json").rows
            t_ox = min(timed(store.query, text, "json") for _ in range(3))
            if graph is not None:
                t_rd = timed(_rdflib_rows, graph, text)
                ratio = f"{t_rd / t_ox:7.1f}"
                rd = f"{t_rd:10.3f}"
            else:
                rd, ratio = f"{'-':>10s}", f"{'-':>7s}"
            print(f"{name:16s} {rows:6d} {t_ox:11.4f} {rd} {ratio}")


if __name__ == "__main__":
    main()
