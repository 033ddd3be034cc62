"""What queries run over, and what they run.

The dataset: the default graph holds the graph files (a folder means its Turtle files; quads
flattened) and the ontology, without inference, as the competency questions' contract reads
them (infrastructure.rq walks rdfs:subClassOf); the ontology and the SHACL shapes are also
named graphs of their own, and the shapes are only that; the named graphs of TriG and
N-Quads files stay. A query runs a competency question by name, a .rq file or SPARQL text;
SPARQL text is never taken for a file name.
"""

from __future__ import annotations

import contextlib
import difflib
import re
from collections.abc import Iterable
from pathlib import Path

from rdflib import Graph

from ..errors import GraphError
from ..files import JOURNAL, recover
from ..shacl.ontology import ontology_dir

__all__ = [
    "ONTOLOGY_GRAPH",
    "PARSERS",
    "SHAPES_GRAPH",
    "competency_names",
    "competency_questions",
    "graph_files",
    "input_files",
    "load_graphs",
    "ontology_files",
    "query_text",
]

PARSERS = {".ttl": "turtle", ".trig": "trig", ".nq": "nquads", ".nt": "nt", ".jsonld": "json-ld"}
ONTOLOGY_GRAPH = "https://w3id.org/diplograph/ontology"
SHAPES_GRAPH = "https://w3id.org/diplograph/shapes"
# what SPARQL text starts with (after comments); a file name never does
_SPARQL_START = re.compile(
    r"\A(?:\s|#[^\n]*\n)*(?:PREFIX|BASE|SELECT|ASK|CONSTRUCT|DESCRIBE|INSERT|DELETE|LOAD|"
    r"CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
    re.IGNORECASE,
)
_NAME = re.compile(r"\A[\w-]+\Z")


def competency_names() -> list[str]:
    return sorted(p.stem for p in (ontology_dir() / "competency").glob("*.rq"))


def competency_questions() -> dict[str, str]:
    """Each competency question's name and question (its .rq file's first comment line)."""
    return {name: question_of(_competency_text(name)) for name in competency_names()}


def question_of(text: str) -> str:
    for line in text.splitlines():
        if line.startswith("#"):
            return line.lstrip("# ").strip()
    return ""


def _competency_text(name: str) -> str:
    return (ontology_dir() / "competency" / f"{name}.rq").read_text(encoding="utf-8")


def query_text(query: str) -> str:
    """A competency question's name, a path to a .rq file, or SPARQL itself.

    SPARQL text (it has braces or line breaks, or starts as a query does) is never
    looked up as a file; a bare word that names no question is a misspelt name."""
    names = competency_names()
    if query in names:
        return _competency_text(query)
    if _SPARQL_START.match(query) or any(c in query for c in "{}\n"):
        return query
    path = Path(query)
    try:
        exists = path.is_file()
    except (OSError, ValueError):  # a name too long for the file system, a NUL byte
        exists = False
    if exists:
        return path.read_text(encoding="utf-8")
    if query.endswith((".rq", ".sparql")):
        raise GraphError(f"{query}: no such query file")
    if _NAME.match(query):
        close = difflib.get_close_matches(query, names, n=1, cutoff=0.5)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        raise GraphError(
            f"{query!r} is no competency question{hint} (`diplograph query --list` names them all)"
        )
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
        files += [path for path, _, _ in ontology_files()]
    return files


def ontology_files() -> list[tuple[Path, str, bool]]:
    """The ontology's Turtle files, each with the named graph it goes to and whether it is
    in the default graph too (the ontology is, the shapes are not)."""
    out = []
    for path in sorted(ontology_dir().glob("*.ttl")):
        shapes = path.stem == "shapes"
        out.append((path, SHAPES_GRAPH if shapes else ONTOLOGY_GRAPH, not shapes))
    return out


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
