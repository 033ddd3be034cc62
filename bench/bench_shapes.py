"""SHACL validation of a corpus-sized graph: the SPARQL checks of diplograph.shacl (Oxigraph)
against pySHACL (the reference the tests compare them with; it needs `pip install '.[test]'`).

Run by hand (not in CI):

    .venv/bin/python bench/bench_shapes.py [--copies 50,1000,4000] [--pyshacl-copies 50]
                                           [--on-disk]

The graph is the bundled article's graph replicated with fresh IRIs (every
https://w3id.org/diplograph/id/ IRI gets a copy prefix), so each copy is a disjoint graph of
the shape of a real build; one copy in a hundred has a lower-case currency, so the checks also
have violations to report. Oxigraph bulk-loads the N-Triples into an in-memory store (--on-disk:
a RocksDB store in a temporary folder, as a build makes for large corpora); the seconds printed
are the validation alone (best of --repeat runs), not the loading.
pySHACL runs once, at --pyshacl-copies only: it does not scale to the larger sizes.
"""

from __future__ import annotations

import argparse
import tempfile
import time

import pyoxigraph as ox

ID = "<https://w3id.org/diplograph/id/"
CURRENCY = '<https://w3id.org/diplograph/ontology#currency> "USD"'


def seed_lines() -> list[str]:
    from diplograph.build import build_article_graph, bundled_article

    graph = build_article_graph(bundled_article())
    return sorted(set(graph.serialize(format="nt", encoding="utf-8").decode().splitlines()))


def replicate(lines: list[str], copies: int) -> bytes:
    out: list[str] = []
    for k in range(copies):
        prefix = f"{ID}c{k}/"
        for line in lines:
            if not line.strip():
                continue
            line = line.replace(ID, prefix)
            if k % 100 == 0:
                line = line.replace(CURRENCY, CURRENCY.replace('"USD"', '"usd"'))
            out.append(line)
    return ("\n".join(out) + "\n").encode()


def time_sparql(data: bytes, repeat: int, folder: str | None) -> tuple[int, float, int]:
    from diplograph.shacl.validation import violations

    store = ox.Store(folder)
    store.bulk_load(data, format=ox.RdfFormat.N_TRIPLES)
    best = float("inf")
    found = []
    for _ in range(repeat):
        start = time.perf_counter()
        found = violations(store)
        best = min(best, time.perf_counter() - start)
    return len(store), best, len({v.focus for v in found})


def time_pyshacl(data: bytes) -> tuple[int, float, int]:
    import pyshacl
    from rdflib import RDFS, Graph, URIRef

    from diplograph.shacl.ontology import ontology_graph, shapes_graph

    graph = Graph()
    graph.parse(data=data, format="nt")
    start = time.perf_counter()
    # the shapes reach subclasses (dg:Port of dg:Infrastructure): the hierarchy goes with the data
    for triple in ontology_graph().triples((None, RDFS.subClassOf, None)):
        graph.add(triple)
    _, results, _ = pyshacl.validate(graph, shacl_graph=shapes_graph(), inference="none")
    nodes = set(results.objects(None, URIRef("http://www.w3.org/ns/shacl#focusNode")))
    return len(graph), time.perf_counter() - start, len(nodes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", default="50,1000,4000")
    parser.add_argument("--pyshacl-copies", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--on-disk", action="store_true")
    args = parser.parse_args()

    from diplograph.shacl.compile import compiled

    start = time.perf_counter()
    checks = compiled()
    print(f"compiled {len(checks)} checks from shapes.ttl in {time.perf_counter() - start:.3f} s")
    lines = seed_lines()

    small = replicate(lines, args.pyshacl_copies)
    py_triples, py_seconds, py_nodes = time_pyshacl(small)
    print(
        f"pySHACL  {args.pyshacl_copies:>5} copies {py_triples:>9} triples "
        f"{py_seconds:8.2f} s  {py_nodes} violating nodes"
    )
    py_rate = py_triples / py_seconds
    for copies in sorted(int(c) for c in args.copies.split(",")):
        with tempfile.TemporaryDirectory() as folder:
            data = replicate(lines, copies)
            triples, seconds, nodes = time_sparql(
                data, args.repeat, folder if args.on_disk else None
            )
        line = (
            f"SPARQL   {copies:>5} copies {triples:>9} triples {seconds:8.2f} s  "
            f"{nodes} violating nodes; {triples / seconds / py_rate:6.0f}x pySHACL's triples/s"
        )
        if copies == args.pyshacl_copies:
            line += f", {py_seconds / seconds:.0f}x faster at the same size"
        print(line)


if __name__ == "__main__":
    main()
