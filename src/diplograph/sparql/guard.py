"""What a query may do, read from its parse tree: is it an update, does it call other
endpoints (SERVICE), which graphs does it name (FROM, FROM NAMED).

The query is parsed by rdflib's SPARQL parser and the tree walked, so that a keyword hidden
in a comment, a string or an IRI is no keyword, and one nested in a subquery, an EXISTS or
an OPTIONAL is found. Updates and SERVICE are refused before the engine sees the query.

Two parsers read the query: rdflib's here, and then the engine's (Oxigraph's, or rdflib's
again). Where SPARQL leaves room for them to read it differently, the text is made
unambiguous first, and the engine gets that same text:
- codepoint escapes (\\uXXXX, \\UXXXXXXXX) may stand anywhere in a query and are decoded
  before parsing; rdflib reads `\\u` with eight hex digits where SPARQL reads four, so they
  are decoded here, strictly, until none is left, and a query with an escape that is no
  character is refused;
- a comment ends at a line feed or a carriage return; rdflib ends it at a line feed only,
  so carriage returns become line feeds.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..errors import GraphError

__all__ = ["Checked", "ReadOnlyError", "ServiceError", "check", "inspect", "unambiguous"]

SERVICE_REFUSED = (
    "SERVICE (querying other endpoints) is not allowed here; it is allowed with --allow-service"
)
READ_ONLY = "updates are not allowed: the store is read-only"
# rdflib's parser recurses ~40 frames per nesting level: this allows ~150 levels
_RECURSION = 6000
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_ANY_ESCAPE = re.compile(r"\\[uU][0-9A-Fa-f]{4}")


class ReadOnlyError(GraphError):
    """An update sent to a store that only answers queries."""


class ServiceError(GraphError):
    """A query that would call another endpoint (SERVICE), where that is not allowed."""


@dataclass(frozen=True)
class Checked:
    """A query that may run: its unambiguous text, its form and what it names."""

    text: str
    form: str  # "select", "ask", "construct" or "describe"
    services: tuple[str, ...] = ()
    graphs: tuple[str, ...] = ()  # FROM and FROM NAMED


def unambiguous(text: str) -> str:
    """The query with its codepoint escapes decoded and its line ends made line feeds."""
    for _ in range(len(text)):  # each pass shortens the text; a fixpoint comes soon
        decoded = _ESCAPE.sub(_decode, text)
        if decoded == text:
            break
        text = decoded
    if _ANY_ESCAPE.search(text):
        raise GraphError("query failed: an escape \\u or \\U names no character")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(match: re.Match[str]) -> str:
    code = int(match.group(1) or match.group(2), 16)
    if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return match.group(0)  # left in place: refused by the caller
    return chr(code)


def inspect(text: str) -> Checked:
    """Parse the query. ReadOnlyError for an update, GraphError for bad SPARQL."""
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    text = unambiguous(text)
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, _RECURSION))
    try:
        try:
            tree = parseQuery(text)
        except ParseBaseException as error:
            try:
                parseUpdate(text)
            except ParseBaseException:
                raise GraphError(f"query failed: {_first_line(error)}") from None
            raise ReadOnlyError(READ_ONLY) from None
    except RecursionError:
        raise GraphError("query failed: it is nested too deeply to be read") from None
    except GraphError:
        raise
    except ValueError as error:  # an IRI or a literal rdflib cannot make
        raise GraphError(f"query failed: {_first_line(error)}") from None
    finally:
        sys.setrecursionlimit(limit)
    query = tree[-1]
    services = tuple(str(node.get("term")) for node in _nodes(tree, "ServiceGraphPattern"))
    graphs = tuple(
        str(node.get("default") or node.get("named")) for node in _nodes(tree, "DatasetClause")
    )
    form = query.name.removesuffix("Query").lower()
    return Checked(text, form, services, graphs)


def check(text: str, *, allow_service: bool = False) -> Checked:
    """The query, if it may run here: ReadOnlyError for updates, ServiceError for SERVICE
    (unless allowed), GraphError for bad SPARQL."""
    checked = inspect(text)
    if checked.services and not allow_service:
        raise ServiceError(SERVICE_REFUSED)
    return checked


def _nodes(node: Any, name: str) -> Iterator[Any]:
    """Every node of the parse tree with this name, at any depth."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, CompValue):
            if item.name == name:
                yield item
            stack.extend(dict.values(item))
        elif isinstance(item, ParseResults | list | tuple):
            stack.extend(item)


def _first_line(error: Exception) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
