"""The graphs of a corpus build as N-Triples shards on disk, and their union as a stream.

A corpus of 10^4 articles makes about 10^6 triples: held in rdflib that is a gigabyte and
minutes of work, so a build keeps each article's graph as sorted, canonical N-Triples lines
(Oxigraph's forms, one per term, so equal triples are equal lines), appended to one file and
found by an index, and makes the merged graph by merging sorted runs. Memory stays that of
one run, whatever the corpus; a small corpus (up to IN_MEMORY_BYTES of lines) is merged in
memory, the same lines faster.

The union is read subject by subject (ntriples.Block), with one Russian label per entity
(ntriples.one_label).
"""

from __future__ import annotations

import heapq
import os
import shutil
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from itertools import groupby
from pathlib import Path
from typing import BinaryIO

from .ntriples import Block, blocks, is_russian_label, relabelled, subject

__all__ = ["Shards", "merge", "merge_in_memory", "union"]


# Shards merged at a time into one sorted run: bounded by open files and by memory.
RUN = 256


class Shards:
    """Per-article N-Triples, appended to one file of the folder and found by an index.

    One file per article cost a file creation each, in the process that feeds the workers
    (README, Performance). An article put again
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


# Shards up to this many bytes in all are merged in memory (a set, sorted), faster than runs
# on disk; a corpus of 10^3 articles is about this size.
IN_MEMORY_BYTES = 32 << 20

Item = tuple[str, Shards]
# An article's graph as the union takes it: (article id, its sorted lines) -> sorted lines
Rewrite = Callable[[str, bytes], bytes]


def _same(article_id: str, data: bytes) -> bytes:
    return data


def _items(shards: Iterable[Shards]) -> list[Item]:
    return sorted(
        ((article_id, shard) for shard in shards for article_id in shard),
        key=lambda item: item[0],
    )


def _runs(items: list[Item], folder: Path, rewrite: Rewrite) -> list[Path]:
    """Sorted, duplicate-free runs of up to RUN shards each."""
    folder.mkdir(parents=True, exist_ok=True)
    runs: list[Path] = []
    for start in range(0, len(items), RUN):
        run = folder / f"run-{len(runs):06d}.nt"
        parts = [
            rewrite(i, shard.data(i)).splitlines(True) for i, shard in items[start : start + RUN]
        ]
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


def merge_in_memory(parts: Iterable[bytes]) -> Iterator[bytes]:
    """The union of graphs given as N-Triples (bytes each), sorted, one line per triple, with
    one Russian label per subject: what `union` gives, for graphs that fit in memory."""
    lines: set[bytes] = set()
    for part in parts:
        lines.update(part.splitlines(True))
    ordered = sorted(lines)
    # only subjects with two Russian labels or more are looked at, each as one block
    counts = Counter(subject(line) for line in ordered if is_russian_label(line))
    many = sorted(name for name, n in counts.items() if n > 1)
    done = 0
    for name in many:
        start = bisect_left(ordered, name + b" ", done)
        end = bisect_left(ordered, name + b"!", start)  # b"!" comes right after b" "
        yield from ordered[done:start]
        yield from relabelled([(name, ordered[start:end])])
        done = end
    yield from ordered[done:]


def union(
    shards: Iterable[Shards], scratch: Path, rewrite: Rewrite = _same, extra: bytes = b""
) -> Iterator[bytes]:
    """The union of the shards' graphs as N-Triples lines (UTF-8), subject by subject in sorted
    order, with one Russian label per subject (`one_label`). `scratch` is a folder for the
    sorted runs of a big union; it is removed when the stream ends.

    `rewrite` gives each article's graph as the union takes it, and `extra` (sorted lines)
    is added: how many reports of one fact become one node (rdf/reports.py)."""
    shards = list(shards)
    items = _items(shards)
    try:
        if sum(shard.size for shard in shards) <= IN_MEMORY_BYTES:
            parts = (rewrite(i, shard.data(i)) for i, shard in items)
            yield from merge_in_memory([*parts, extra] if extra else parts)
        else:
            runs = _runs(items, scratch, rewrite)
            if extra:
                runs.append(scratch / "extra.nt")
                runs[-1].write_bytes(extra)
            lines = _lines(runs)
            yield from relabelled((s, list(g)) for s, g in groupby(lines, key=subject))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def merge(shards: Iterable[Shards], scratch: Path) -> Iterator[Block]:
    """`union` read subject by subject."""
    return blocks(line.decode("utf-8") for line in union(shards, scratch))
