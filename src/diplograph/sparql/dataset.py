"""SPARQL over built graphs: a competency question by name, a .rq file or inline text.

Queries run over the data plus the ontology's top-level Turtle files, without inference,
exactly as the scorer runs them; results come out as a table for people or as CSV, TSV and
the SPARQL 1.1 Query Results JSON and XML formats for programs.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rdflib import XSD, Graph, Literal
from rdflib.query import Result

from ..errors import GraphError
from ..shacl.ontology import ontology_dir

__all__ = [
    "FORMATS",
    "Table",
    "competency_names",
    "format_result",
    "load_graphs",
    "query_text",
    "run_query",
]

FORMATS = ("table", "csv", "tsv", "json", "xml")
PARSERS = {".ttl": "turtle", ".trig": "trig", ".nq": "nquads", ".nt": "nt", ".jsonld": "json-ld"}


def competency_names() -> list[str]:
    return sorted(p.stem for p in (ontology_dir() / "competency").glob("*.rq"))


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


def run_query(graph: Graph, query: str) -> Result:
    text = query_text(query)
    try:
        return graph.query(text)
    except Exception as error:  # rdflib raises pyparsing and other errors on bad SPARQL
        message = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise GraphError(f"query failed: {message}") from None


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def as_table(result: Result) -> Table:
    columns = tuple(str(v) for v in result.vars or ())
    rows = []
    for row in result:
        cells = []
        for value in row:  # type: ignore[union-attr]
            if value is None:
                cells.append("")
            elif isinstance(value, Literal) and value.datatype == XSD.decimal:
                # rdflib writes 500000000 as "500000000.0"; people read plain numbers
                number = value.toPython()
                cells.append(
                    format(number, "f") if number != number.to_integral() else str(int(number))
                )
            else:
                cells.append(str(value))
        rows.append(tuple(cells))
    return Table(columns, tuple(rows))


def format_result(result: Result, fmt: str = "table") -> str:
    if result.type in {"CONSTRUCT", "DESCRIBE"}:
        assert result.graph is not None
        return result.graph.serialize(format="turtle")
    if result.type == "ASK":
        if fmt in {"json", "xml"}:
            return result.serialize(format=fmt).decode("utf-8")  # type: ignore[union-attr]
        return "true" if result.askAnswer else "false"
    if fmt in {"json", "xml"}:
        return result.serialize(format=fmt).decode("utf-8")  # type: ignore[union-attr]
    table = as_table(result)
    if fmt in {"csv", "tsv"}:
        out = io.StringIO()
        writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(table.columns)
        writer.writerows(table.rows)
        return out.getvalue()
    return render_table(table)


def render_table(table: Table) -> str:
    widths = [len(c) for c in table.columns]
    for row in table.rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]
    lines = [_line(table.columns, widths), _line(tuple("-" * w for w in widths), widths)]
    lines += [_line(row, widths) for row in table.rows]
    lines.append(f"({len(table.rows)} rows)")
    return "\n".join(lines) + "\n"


def _line(cells: Sequence[str], widths: Sequence[int]) -> str:
    return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()
