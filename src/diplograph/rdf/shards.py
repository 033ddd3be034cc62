"""The graphs of a corpus build as N-Triples shards on disk, and their union as a stream.

A corpus of 10^4 articles makes about 10^6 triples: held in rdflib that is a gigabyte and
minutes of work, so a build keeps each article's graph as sorted, canonical N-Triples lines
(Oxigraph's forms, one per term, so equal triples are equal lines), appended to one file and
found by an index, and makes the merged graph by merging sorted runs. Memory stays that of
one run, whatever the corpus; a small corpus (up to IN_MEMORY_BYTES of lines) is merged in
memory, the same lines faster.

The union is read subject by subject (`Block`): every line of a subject is next to the
others in sorted order, which is what a Turtle writer needs and where one entity named
differently by two articles gets one Russian label (`one_label`).
"""

from __future__ import annotations

import heapq
import os
import shutil
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import groupby
from pathlib import Path
from typing import BinaryIO, NamedTuple

import pyoxigraph as ox
from rdflib import Literal, URIRef

__all__ = ["Block", "Shards", "block_lines", "blocks", "merge", "ntriples", "split", "union"]

RDFS_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
SKOS_ALT_LABEL = "<http://www.w3.org/2004/02/skos/core#altLabel>"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_RU_LABEL = f" {RDFS_LABEL} ".encode()

# Shards merged at a time into one sorted run: bounded by open files and by memory.
RUN = 256


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


class Shards:
    """Per-article N-Triples, appended to one file of the folder and found by an index.

    One file per article cost a file creation each (~0.25 ms here: 0.5 s per 1000 articles
    and their held-back graphs, in the process that feeds the workers). An article put again
    (facts held back) is appended anew; the index points at the newest."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.segment = folder / "shards.nt"
        self.ids: set[str] = set()
        self._index: dict[str, tuple[int, int]] = {}
        self._end = 0
        self._out: BinaryIO | None = None
        self._reader: tuple[int, BinaryIO] | None = None

    def put(self, article_id: str, data: bytes) -> None:
        """Store canonical sorted lines (see `ntriples`) as the article's graph."""
        if data:
            if self._out is None:
                self._out = open(self.segment, "ab", buffering=0)  # noqa: SIM115
            self._out.write(data)
            self._index[article_id] = (self._end, len(data))
            self._end += len(data)
        else:
            self._index[article_id] = (0, 0)
        self.ids.add(article_id)

    @property
    def size(self) -> int:
        """Bytes of N-Triples in all."""
        return sum(length for _, length in self._index.values())

    def size_of(self, article_id: str) -> int:
        return self._index[article_id][1]

    def data(self, article_id: str) -> bytes:
        offset, length = self._index[article_id]
        if not length:
            return b""
        # a handle per process: a forked child must not share the parent's file position
        if self._reader is None or self._reader[0] != os.getpid():
            self._reader = (os.getpid(), open(self.segment, "rb"))  # noqa: SIM115
        reader = self._reader[1]
        reader.seek(offset)
        return reader.read(length)

    def lines(self, article_id: str) -> list[str]:
        return [line.decode("utf-8") for line in self.data(article_id).splitlines(True)]

    def close(self) -> None:
        for handle in (self._out, self._reader[1] if self._reader else None):
            if handle is not None:
                handle.close()
        self._out = self._reader = None

    def __getstate__(self) -> dict[str, object]:
        # sent to a forked writer: it reads the segment; the open handles stay here
        return {**self.__dict__, "_out": None, "_reader": None}

    def __contains__(self, article_id: object) -> bool:
        return article_id in self.ids

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self.ids))

    def __len__(self) -> int:
        return len(self.ids)

    def __bool__(self) -> bool:
        return bool(self.ids)


# Shards up to this many bytes in all are merged in memory (a set, sorted): ~3x faster than
# runs on disk for a corpus of 10^3 articles (~25 MB of lines, ~60 MB held).
IN_MEMORY_BYTES = 32 << 20

Item = tuple[str, Shards]


def _items(shards: Iterable[Shards]) -> list[Item]:
    return sorted(
        ((article_id, shard) for shard in shards for article_id in shard),
        key=lambda item: item[0],
    )


def _runs(items: list[Item], folder: Path) -> list[Path]:
    """Sorted, duplicate-free runs of up to RUN shards each."""
    folder.mkdir(parents=True, exist_ok=True)
    runs: list[Path] = []
    for start in range(0, len(items), RUN):
        run = folder / f"run-{len(runs):06d}.nt"
        parts = [shard.data(i).splitlines(True) for i, shard in items[start : start + RUN]]
        with run.open("wb") as out:
            last = None
            for line in heapq.merge(*parts):
                if line != last:
                    out.write(line)
                    last = line
        runs.append(run)
    return runs


def _lines(runs: list[Path]) -> Iterator[bytes]:
    files = [p.open("rb") for p in runs]
    try:
        last = None
        for line in heapq.merge(*files):
            if line != last:
                yield line
                last = line
    finally:
        for f in files:
            f.close()


# Lines are compared as UTF-8 bytes, in the order of their code points, as strings would
# be, at half the cost.


def _subject(line: bytes) -> bytes:
    return line[: line.index(b" ")]


def _is_russian_label(line: bytes) -> bool:
    # a cheap test that a literal could fool: one_label itself looks at the predicate
    return _RU_LABEL in line and line.endswith(b'"@ru .\n')


def _relabelled(blocks: Iterable[tuple[bytes, list[bytes]]]) -> Iterator[bytes]:
    for subject, block in blocks:
        if sum(1 for line in block if _is_russian_label(line)) < 2:
            yield from block  # most subjects: one label or none, the lines as they came
        else:
            pairs = [split(line.decode("utf-8"))[1:] for line in block]
            relabelled = Block(subject.decode("utf-8"), tuple(one_label(pairs)))
            yield from (line.encode("utf-8") for line in block_lines(relabelled))


def _in_memory(items: list[Item]) -> Iterator[bytes]:
    lines: set[bytes] = set()
    for article_id, shard in items:
        lines.update(shard.data(article_id).splitlines(True))
    ordered = sorted(lines)
    # only subjects with two Russian labels or more are looked at, each as one block
    counts = Counter(_subject(line) for line in ordered if _is_russian_label(line))
    many = sorted(subject for subject, n in counts.items() if n > 1)
    done = 0
    for subject in many:
        start = bisect_left(ordered, subject + b" ", done)
        end = bisect_left(ordered, subject + b"!", start)  # b"!" comes right after b" "
        yield from ordered[done:start]
        yield from _relabelled([(subject, ordered[start:end])])
        done = end
    yield from ordered[done:]


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


def union(shards: Iterable[Shards], scratch: Path) -> Iterator[bytes]:
    """The union of the shards' graphs as N-Triples lines (UTF-8), subject by subject in sorted
    order, with one Russian label per subject (`one_label`). `scratch` is a folder for the
    sorted runs of a big union; it is removed when the stream ends."""
    shards = list(shards)
    items = _items(shards)
    try:
        if sum(shard.size for shard in shards) <= IN_MEMORY_BYTES:
            yield from _in_memory(items)
        else:
            lines = _lines(_runs(items, scratch))
            yield from _relabelled((s, list(g)) for s, g in groupby(lines, key=_subject))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def merge(shards: Iterable[Shards], scratch: Path) -> Iterator[Block]:
    """`union` read subject by subject."""
    return blocks(line.decode("utf-8") for line in union(shards, scratch))


def blocks(lines: Iterable[str]) -> Iterator[Block]:
    """Sorted N-Triples lines -> one Block per subject."""
    for subject, triples in groupby((split(line) for line in lines), key=lambda t: t[0]):
        yield Block(subject, tuple((p, o) for _, p, o in triples))


def block_lines(block: Block) -> Iterator[str]:
    for predicate, obj in block.pairs:
        yield f"{block.subject} {predicate} {obj} .\n"
