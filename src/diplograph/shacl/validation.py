"""The verdict of a graph against the shapes: one engine, for the build and for
`diplograph validate` alike (the compiled SPARQL checks of compile.py, over Oxigraph).

pySHACL walks a graph node by node in Python, too slowly for a corpus (bench/bench_shapes.py);
it stays the reference that tests/test_shapes_sparql.py compares these verdicts with.
sh:pattern is matched by SPARQL REGEX: "$" is the end of the string, where Python's re
(pySHACL) also lets it match before a final newline. sh:lessThanOrEquals compares by SPARQL
"<=", under which IRIs are not comparable (pySHACL compares their strings).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import islice
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from ..errors import ShapeViolation
from .compile import Check, compiled
from .ontology import shapes_graph

__all__ = [
    "Violation",
    "check",
    "report_text",
    "store_of",
    "validate",
    "violating_nodes",
    "violations",
]

# above this many triples a graph is checked in an on-disk store (flat memory)
IN_MEMORY_TRIPLES = 200_000
LOAD_SLICE = 100_000

GraphName = ox.NamedNode | ox.BlankNode | ox.DefaultGraph


@dataclass(frozen=True)
class Violation:
    """One validation result: `focus` is the IRI (or _:id) of the node that breaks `shape`."""

    focus: str
    shape: str
    path: str | None
    component: str  # "sh:MaxCountConstraintComponent"
    message: str
    value: str | None = None  # the offending value node in N-Triples form, when there is one

    def sort_key(self) -> tuple[str, str, str, str, str, str]:
        return (
            self.focus,
            self.path or "",
            self.component,
            self.shape,
            self.value or "",
            self.message,
        )

    def line(self) -> str:
        # "Message:" is what errors.ShapeViolation picks a line of the report by
        value = f" value {self.value}" if self.value is not None else ""
        path = _short(self.path) if self.path else "(node)"
        return (
            f"{self.focus} {path} {self.component}{value} [{_short(self.shape)}]"
            f" Message: {self.message}"
        )


def report_text(found: Iterable[Violation]) -> str:
    """A readable report: one line per violation, sorted; empty when there is none."""
    return "\n".join(v.line() for v in sorted(set(found), key=Violation.sort_key))


def violations(
    store: ox.Store, graph: GraphName | None = None, *, checks: Sequence[Check] | None = None
) -> list[Violation]:
    """The violations of the shapes by the data in `graph` of `store` (its default graph
    unless given), sorted. `checks` defaults to compiled(); the store is only read."""
    target = ox.DefaultGraph() if graph is None else graph
    found: set[Violation] = set()
    for check in compiled() if checks is None else checks:
        rows = store.query(check.query, default_graph=target)
        assert isinstance(rows, ox.QuerySolutions)
        for row in rows:
            focus = _node_text(row["focus"])
            value = row["value"] if check.has_value else None
            for report in check.reports:
                if report.flag is not None and _holds(row[report.flag]):
                    continue
                found.add(
                    Violation(
                        focus=focus,
                        shape=check.shape,
                        path=check.path,
                        component=report.component,
                        message=report.message,
                        value=None if value is None else str(value),
                    )
                )
    return sorted(found, key=Violation.sort_key)


def validate(graph: Graph) -> tuple[bool, str]:
    """(conforms, the report: one line per violation); no inference, as the competency
    queries run. The verdict of the build, for a graph loaded in rdflib."""
    store = ox.Store()
    store.bulk_load(graph.serialize(format="nt", encoding="utf-8"), ox.RdfFormat.N_TRIPLES)
    found = violations(store)
    return not found, report_text(found)


def check(graph: Graph) -> None:
    """Raise ShapeViolation, with the report, when `graph` does not conform."""
    conforms, report = validate(graph)
    if not conforms:
        raise ShapeViolation(report)


def store_of(ntriples: Path, triples: int, work: Path) -> ox.Store:
    """A build's N-Triples in an Oxigraph store for the checks: in memory when small, else on
    disk in `work`, loaded in slices: one bulk load holds memory in proportion to its size,
    slices hold that of a slice."""
    if triples <= IN_MEMORY_TRIPLES:
        store = ox.Store()
        store.bulk_load(path=str(ntriples), format=ox.RdfFormat.N_TRIPLES)
        return store
    work.mkdir(parents=True, exist_ok=True)
    store = ox.Store(str(work))
    with ntriples.open("rb") as lines:
        while chunk := b"".join(islice(lines, LOAD_SLICE)):
            store.bulk_load(chunk, ox.RdfFormat.N_TRIPLES)
    return store


def violating_nodes(
    store: ox.Store, graph: GraphName | None = None, *, checks: Sequence[Check] | None = None
) -> set[str]:
    """The focus nodes of the violations (empty when the graph conforms)."""
    return {v.focus for v in violations(store, graph, checks=checks)}


def _holds(term: object) -> bool:
    return isinstance(term, ox.Literal) and term.value == "true"


def _node_text(term: object) -> str:
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


@cache
def _prefixes() -> tuple[tuple[str, str], ...]:
    pairs = [(str(ns), prefix) for prefix, ns in shapes_graph().namespaces() if prefix]
    # the longest namespace first, so dgsh: wins over a shorter one it starts with
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def _short(iri: str) -> str:
    for ns, prefix in _prefixes():
        if iri.startswith(ns) and iri != ns:
            return f"{prefix}:{iri[len(ns) :]}"
    return iri
