"""N-Triples lines, the form a graph travels in between the stages of a build: this module
is the one that writes, splits and rewrites them.

Lines are Oxigraph's canonical forms, one per term, so equal triples are equal lines whoever
wrote them (a worker, an update's TriG reader); sorted, the lines of one subject are next to
each other, which is what a Turtle writer needs (`Block`) and where one entity named
differently by two articles gets one Russian label (`one_label`, the one label rule).
Subjects and predicates are IRIs (the builder mints no blank nodes) and an IRI holds no
space, so the first two spaces of a line end them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import groupby
from typing import NamedTuple

import pyoxigraph as ox
from rdflib import Literal, URIRef

__all__ = [
    "RDF_TYPE",
    "Block",
    "block_lines",
    "blocks",
    "line",
    "ntriples",
    "one_label",
    "quad_line",
    "relabelled",
    "split",
    "subject",
]

RDFS_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
SKOS_ALT_LABEL = "<http://www.w3.org/2004/02/skos/core#altLabel>"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_RU_LABEL = f" {RDFS_LABEL} ".encode()


def ntriples(triples: Iterable[tuple[object, object, object]]) -> bytes:
    """rdflib terms -> Oxigraph's canonical N-Triples lines, sorted, no duplicates (equal
    triples are equal lines whoever wrote them: a worker or an update's TriG reader)."""
    lines = {f"{_term(s)} {_term(p)} {_term(o)} .\n" for s, p, o in triples}
    return "".join(sorted(lines)).encode("utf-8")


def _term(term: object) -> str:
    if isinstance(term, URIRef):
        return _iri(str(term))
    if isinstance(term, Literal):
        if term.language:
            return str(ox.Literal(str(term), language=term.language))
        if term.datatype is None or str(term.datatype) == XSD_STRING:
            return str(ox.Literal(str(term)))
        return str(ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype))))
    raise TypeError(f"the builder mints no {type(term).__name__}: {term!r}")


@lru_cache(maxsize=65536)
def _iri(iri: str) -> str:
    return str(ox.NamedNode(iri))


def line(subject: object, predicate: object, obj: object) -> str:
    """A line of terms already in N-Triples form (Oxigraph's terms print so)."""
    return f"{subject} {predicate} {obj} .\n"


def quad_line(triple_line: str, graph: str) -> str:
    """A triple's line as an N-Quads line in the named graph `graph` (an IRI)."""
    return f"{triple_line[:-3]} <{graph}> .\n"


def split(line: str) -> tuple[str, str, str]:
    """A canonical N-Triples line -> (subject, predicate, object) in N-Triples form.

    Subjects and predicates are IRIs here (the builder mints no blank nodes) and an IRI
    holds no space, so the first two spaces end them."""
    first = line.index(" ")
    second = line.index(" ", first + 1)
    return line[:first], line[first + 1 : second], line[second + 1 : line.rindex(" .")]


class Block(NamedTuple):
    """One subject and its (predicate, object) pairs, sorted, in N-Triples form."""

    subject: str
    pairs: tuple[tuple[str, str], ...]


def blocks(lines: Iterable[str]) -> Iterator[Block]:
    """Sorted N-Triples lines -> one Block per subject."""
    for head, triples in groupby((split(line) for line in lines), key=lambda t: t[0]):
        yield Block(head, tuple((p, o) for _, p, o in triples))


def block_lines(block: Block) -> Iterator[str]:
    for predicate, obj in block.pairs:
        yield f"{block.subject} {predicate} {obj} .\n"


# Lines are compared as UTF-8 bytes, in the order of their code points, as strings would
# be, at half the cost.


def subject(line: bytes) -> bytes:
    return line[: line.index(b" ")]


def is_russian_label(line: bytes) -> bool:
    # a cheap test that a literal could fool: one_label itself looks at the predicate
    return _RU_LABEL in line and line.endswith(b'"@ru .\n')


def relabelled(blocks: Iterable[tuple[bytes, list[bytes]]]) -> Iterator[bytes]:
    for subject, block in blocks:
        if sum(1 for line in block if is_russian_label(line)) < 2:
            yield from block  # most subjects: one label or none, the lines as they came
        else:
            pairs = [split(line.decode("utf-8"))[1:] for line in block]
            relabelled = Block(subject.decode("utf-8"), tuple(one_label(pairs)))
            yield from (line.encode("utf-8") for line in block_lines(relabelled))


def one_label(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Two articles may spell one entity's name differently ("Бахтиёр Саидов", "Бахтиер
    Саидов": one IRI); the union keeps the shortest, then first, as its rdfs:label in
    Russian and the others as skos:altLabel, so that queries give one row per entity."""
    russian = [o for p, o in pairs if p == RDFS_LABEL and o.endswith('"@ru')]
    if len(russian) < 2:
        return pairs

    def key(literal: str) -> tuple[int, str]:
        term = next(ox.parse(f"<x:s> <x:p> {literal} .", ox.RdfFormat.N_TRIPLES)).object
        return len(term.value), term.value

    keep = min(russian, key=key)
    changed = [
        (SKOS_ALT_LABEL, o) if p == RDFS_LABEL and o in russian and o != keep else (p, o)
        for p, o in pairs
    ]
    return sorted(set(changed))
