"""What queries run over: the graph files (a folder means its Turtle files) plus the
ontology's top-level Turtle files, without inference, as the scorer reads them; and what
they run: a competency question by name, a .rq file or SPARQL text."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from pathlib import Path

from rdflib import Graph

from ..errors import GraphError
from ..files import JOURNAL, recover
from ..shacl.ontology import ontology_dir

__all__ = [
    "PARSERS",
    "competency_names",
    "competency_questions",
    "graph_files",
    "input_files",
    "load_graphs",
    "query_text",
]

PARSERS = {".ttl": "turtle", ".trig": "trig", ".nq": "nquads", ".nt": "nt", ".jsonld": "json-ld"}


def competency_names() -> list[str]:
    return sorted(p.stem for p in (ontology_dir() / "competency").glob("*.rq"))


def competency_questions() -> list[tuple[str, str]]:
    """(name, question) of each competency query, the question being its file's first line
    (a comment, as CQ.md asks)."""
    found = []
    for name in competency_names():
        first = query_text(name).split("\n", 1)[0]
        found.append((name, first.lstrip("# ").strip()))
    return found


def query_text(query: str) -> str:
    """A competency question's name, a path to a .rq file, or SPARQL itself."""
    if query in competency_names():
        return (ontology_dir() / "competency" / f"{query}.rq").read_text(encoding="utf-8")
    path = Path(query)
    if query.endswith(".rq") or (len(query) < 4096 and "\n" not in query and path.is_file()):
        if not path.is_file():
            raise GraphError(f"{query}: no such query file")
        return path.read_text(encoding="utf-8")
    return query


def graph_files(paths: Iterable[str | Path]) -> list[Path]:
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        _finish_build(path if path.is_dir() else path.parent)
        if path.is_dir():
            found = sorted(path.glob("*.ttl"))
            if not found:
                found = sorted(p for p in path.iterdir() if p.suffix in PARSERS)
            if not found:
                raise GraphError(f"{path}: no graph files (.ttl, .trig, .nq, .jsonld) in it")
            files += found
        elif path.is_file():
            if path.suffix not in PARSERS:
                raise GraphError(f"{path}: not a graph file (.ttl, .trig, .nq, .nt, .jsonld)")
            files.append(path)
        else:
            raise GraphError(f"{path}: no such file or folder")
    return files


def _finish_build(folder: Path) -> None:
    """A build killed while renaming its files is finished before its folder is read."""
    if (folder / JOURNAL).is_file():
        with contextlib.suppress(OSError):  # a folder we may not write: read as it is
            recover(folder)


def input_files(paths: Iterable[str | Path], *, ontology: bool = True) -> list[Path]:
    """The graph files of `paths`, then the ontology's top-level Turtle files (TBox, shapes)."""
    files = graph_files(paths)
    if ontology:
        files += sorted(ontology_dir().glob("*.ttl"))
    return files


def load_graphs(paths: Iterable[str | Path], *, ontology: bool = True) -> Graph:
    """The union of the given graph files (quads flattened), plus the ontology's TBox."""
    g = Graph()
    files = input_files(paths, ontology=ontology)
    for path in files:
        fmt = PARSERS[path.suffix]
        try:
            if fmt in {"trig", "nquads"}:
                from rdflib import Dataset

                ds = Dataset()
                ds.parse(path, format=fmt)
                for s, p, o, _ in ds.quads():
                    g.add((s, p, o))
            else:
                g.parse(path, format=fmt)
        except Exception as error:  # parsers raise many types; the user needs one line
            raise GraphError(f"{path}: cannot be parsed as {fmt}: {error}") from None
    return g
