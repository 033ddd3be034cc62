"""What every engine of the store does: load graph files, run SPARQL within a row limit over
the whole dataset or a chosen part of it, give graphs back; and the errors it raises."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import GraphError
from .dataset import query_text
from .guard import Checked, ReadOnlyError, ServiceError, check
from .results import Answer, Result

__all__ = [
    "GraphStore",
    "LimitError",
    "ReadOnlyError",
    "Selection",
    "ServiceError",
    "limit",
    "query_error",
]


class LimitError(GraphError):
    """A result larger than the row (or triple) limit the caller set."""


@dataclass(frozen=True)
class Selection:
    """The dataset a request names (SPARQL Protocol's default-graph-uri, named-graph-uri):
    the default graph is the merge of `default`, the named graphs are `named`."""

    default: tuple[str, ...] = ()
    named: tuple[str, ...] = ()


class GraphStore(ABC):
    """A read-mostly dataset that answers SPARQL: load files, run queries, read graphs."""

    backend = ""

    @abstractmethod
    def load(self, paths: Iterable[str | Path], *, ontology: bool = True) -> int:
        """Add graph files (a folder: its .ttl files, else its other graph files) and, unless
        `ontology` is false, the ontology and its shapes (dataset.ontology_files); return the
        triple count of the default graph."""

    @abstractmethod
    def __len__(self) -> int:
        """Triples in the default graph (what queries without GRAPH see)."""

    @abstractmethod
    def _execute(self, query: str, max_rows: int | None, selection: Selection | None) -> Result:
        """Run a query the guard let through."""

    @abstractmethod
    def read_graph(self, name: str | None, *, max_triples: int | None = None) -> Result | None:
        """The default graph (name None) or a named graph; None if there is no such named
        graph. LimitError past `max_triples`."""

    @abstractmethod
    def graph_names(self) -> list[str]:
        """IRIs of the named graphs, sorted."""

    def run(
        self, query: str, *, max_rows: int | None = None, allow_service: bool = False
    ) -> Result:
        """Run a competency question's name, a .rq file or SPARQL text (for local users: it
        may read files; the endpoint calls `sparql`)."""
        return self.sparql(query_text(query), max_rows=max_rows, allow_service=allow_service)

    def sparql(
        self,
        text: str,
        *,
        max_rows: int | None = None,
        allow_service: bool = False,
        selection: Selection | None = None,
    ) -> Result:
        """Run SPARQL text. Updates raise ReadOnlyError, SERVICE (unless allowed)
        ServiceError, bad SPARQL GraphError, more than `max_rows` results LimitError."""
        return self.execute(check(text, allow_service=allow_service), max_rows, selection)

    def execute(
        self, query: Checked, max_rows: int | None = None, selection: Selection | None = None
    ) -> Result:
        """Run a query that `guard.check` let through."""
        return self._execute(query.text, max_rows, selection)

    def query(self, text: str, fmt: str = "json", *, max_rows: int | None = None) -> Answer:
        """SPARQL text answered in a SPARQL 1.1 results format (graphs as Turtle)."""
        return self.sparql(text, max_rows=max_rows).serialize(fmt)

    def close(self) -> None:  # noqa: B027 (nothing to release for in-memory engines)
        """Release files held by the engine."""


def limit(count: int, max_rows: int | None, what: str = "rows") -> None:
    if max_rows is not None and count > max_rows:
        raise LimitError(f"the row limit was hit: the result has more than {max_rows} {what}")


def query_error(error: Exception) -> GraphError:
    text = str(error).strip()
    message = text.splitlines()[0] if text else type(error).__name__
    return GraphError(f"query failed: {message}")
