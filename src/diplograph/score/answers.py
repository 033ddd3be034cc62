"""A build's answers to the competency questions, as the shared scorer reads them: the
graph files of a folder plus the ontology, queried with rdflib, without inference.

`score_build` is what `diplograph score` runs; it finds the ontology and its queries in the
installed package unless told otherwise, and refuses (ScoreError, one line) to score when it
finds no queries or no graph, rather than print a recall of 0.
"""

from __future__ import annotations

import json
from pathlib import Path

import rdflib
from rdflib.query import ResultRow
from rdflib.term import Literal, Node

from ..errors import DiplographError
from ..shacl.ontology import ontology_dir
from .match import Score, score

__all__ = ["ScoreError", "load_gold", "load_graph_dir", "run_competency", "score_build"]

GRAPH_FORMATS = {".trig": "trig", ".nq": "nquads", ".nt": "nt", ".jsonld": "json-ld"}


class ScoreError(DiplographError):
    """A build or a gold file that cannot be scored."""


def load_gold(path: str | Path) -> dict[str, list[dict[str, object]]]:
    """The ``cq`` part of a gold file (``{"source": ..., "cq": {name: [row, ...]}}``)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    cq = data.get("cq", data) if isinstance(data, dict) else None
    if not isinstance(cq, dict):
        raise ValueError(f"expected a JSON object with a 'cq' object in {path}")
    return {name: list(rows) for name, rows in cq.items()}


def _python(node: Node | None) -> object:
    if node is None:
        return None
    if isinstance(node, Literal):
        value = node.toPython()
        # ill-typed or unmapped literals (xsd:gYear, lang strings) come back as Literal: use text
        return str(value) if isinstance(value, Literal) else value
    return str(node)


def run_competency(
    graph: rdflib.Graph, queries_dir: Path, errors: dict[str, str] | None = None
) -> dict[str, list[dict[str, object]]]:
    """Run every ``NAME.rq`` of ``queries_dir`` over ``graph`` (rdflib, no inference).

    Literal values become Python values (``Literal.toPython()``), IRIs strings, unbound None.
    A query that fails to parse or run gives no rows; its message goes to ``errors`` if given.
    """
    answers: dict[str, list[dict[str, object]]] = {}
    for path in sorted(Path(queries_dir).glob("*.rq")):
        try:
            result = graph.query(path.read_text(encoding="utf-8"))
            names = [str(v) for v in result.vars or ()]
            rows = []
            for row in result:
                if not isinstance(row, ResultRow):
                    raise TypeError(f"expected a SELECT query, got {result.type}")
                bound = row.asdict()
                rows.append({name: _python(bound.get(name)) for name in names})
            answers[path.stem] = rows
        except Exception as exc:  # a broken query must not hide the other questions' scores
            answers[path.stem] = []
            if errors is not None:
                errors[path.stem] = f"error: {type(exc).__name__}: {exc}"[:200]
    return answers


def load_graph_dir(graph_dir: Path, ontology_dir: Path | None = None) -> rdflib.Graph:
    """The ``.ttl`` files under ``graph_dir`` (else its quad/JSON-LD files, flattened), plus the
    top-level ``.ttl`` files of ``ontology_dir``."""
    graph = rdflib.Graph()
    turtle = sorted(Path(graph_dir).rglob("*.ttl"))
    if turtle:
        for path in turtle:
            graph.parse(path, format="turtle")
    else:
        for path in sorted(Path(graph_dir).rglob("*")):
            fmt = GRAPH_FORMATS.get(path.suffix)
            if fmt is None:
                continue
            dataset = rdflib.Dataset()
            dataset.parse(path, format=fmt)
            for s, p, o, _ in dataset.quads():
                graph.add((s, p, o))
    if ontology_dir is not None:
        for path in sorted(Path(ontology_dir).glob("*.ttl")):
            graph.parse(path, format="turtle")
    return graph


def score_build(
    graph_dir: Path,
    gold_path: Path,
    *,
    ontology: Path | None = None,
    queries: Path | None = None,
    strict: bool = False,
) -> Score:
    """Score the build in `graph_dir` against the gold answers in `gold_path`."""
    ontology = ontology or ontology_dir()
    queries = queries or ontology / "competency"
    if not sorted(queries.glob("*.rq")):
        raise ScoreError(f"{queries}: no competency queries (NAME.rq) to run")
    if not graph_dir.is_dir() or not any(
        p.suffix in {".ttl", *GRAPH_FORMATS} for p in graph_dir.rglob("*")
    ):
        raise ScoreError(f"{graph_dir}: no graph files (.ttl, .trig, .nq, .nt, .jsonld) in it")
    try:
        gold = load_gold(gold_path)
    except (OSError, ValueError) as error:
        raise ScoreError(f"{gold_path}: not a gold file: {error}") from None
    errors: dict[str, str] = {}
    rows = run_competency(load_graph_dir(graph_dir, ontology), queries, errors)
    for name in gold:
        if name not in rows and name not in errors:
            errors[name] = f"error: no {name}.rq in {queries}"
    return score(rows, gold, errors, strict=strict)
