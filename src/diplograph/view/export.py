"""The graph for the tools people already use: GraphML and GEXF (Gephi, Cytoscape, networkx
itself) written by networkx, and two CSV tables, nodes and edges (pandas, a spreadsheet).

They are made from the page's own model of the graph (`build_model`), so they hold what the
page's full graph draws, node for node and link for link: entities and fact nodes, the links
between them in the page's direction, each node with its labels, class, date or period, the
words the page puts on a fact, and its sources (the articles of its sentences, or that
mention it) with their headlines, dates and addresses.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from ..files import write_atomic
from ..rdf.namespace import DG, SCHEMA
from .model import Model, build_model
from .vocab import HEADLINE, LABEL, PART_OF, PUBLISHED

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["EDGE_COLUMNS", "NETWORK_EXPORTS", "NODE_COLUMNS", "network", "tables", "write_network"]

# format -> the files it writes in a build's folder
NETWORK_EXPORTS: dict[str, tuple[str, ...]] = {
    "graphml": ("graph.graphml",),
    "gexf": ("graph.gexf",),
    "csv": ("graph.nodes.csv", "graph.edges.csv"),
}
NODE_COLUMNS = (
    "id",
    "label",
    "label_en",
    "class",
    "class_label",
    "fact",
    "date",
    "period",
    "summary",
    "wikidata",
    "sources",
    "source_dates",
    "source_urls",
)
EDGE_COLUMNS = ("source", "target", "property", "label", "label_en")
# several values in one cell (a node's sources): a separator no headline is likely to hold
SEPARATOR = " | "
URL = URIRef(SCHEMA.url)
MENTIONS = URIRef(SCHEMA.mentions)

Row = dict[str, str | bool]


def _text(values: Sequence[Node]) -> str:
    return SEPARATOR.join(str(v) for v in values)


def _sources(model: Model, node: str, mentioned: dict[Node, set[Node]]) -> tuple[str, ...]:
    """(headlines, dates, addresses) of the articles behind a node, oldest first: the
    articles of its sentences, and those that mention it (an entity has no sentences)."""
    data = model.vocab.data
    articles = set(mentioned.get(URIRef(node), ()))
    for sentence in model.nodes[node].evidence:
        articles.update(data.values(sentence, PART_OF))
    found = []
    for article in articles:
        title = (data.values(article, HEADLINE) or data.values(article, LABEL) or [article])[0]
        dates, urls = data.values(article, PUBLISHED), data.values(article, URL)
        found.append((str(dates[0]) if dates else "", str(title), str(urls[0]) if urls else ""))
    found.sort()
    # one cell per column, in the same order; a column with nothing in it is empty
    columns = ([part[i] for part in found] for i in (1, 0, 2))
    return tuple(SEPARATOR.join(c) if any(c) else "" for c in columns)


def _rows(model: Model) -> tuple[list[Row], list[Row]]:
    data = model.vocab.data
    mentioned: dict[Node, set[Node]] = {}
    for subject in data.out:
        for target in data.values(subject, MENTIONS):
            mentioned.setdefault(target, set()).add(subject)
    nodes: list[Row] = []
    for node_id in sorted(model.nodes):
        node = model.nodes[node_id]
        iri = URIRef(node_id)
        titles, dates, urls = _sources(model, node_id, mentioned)
        wikidata = [url for kind, url in node.links if kind == "Wikidata"]
        nodes.append(
            {
                "id": node_id,
                "label": node.label,
                "label_en": node.en,
                "class": node.cls,
                "class_label": node.cls_label,
                "fact": node.fact,
                "date": _text([v for v in data.values(iri, DG.date) if isinstance(v, Literal)]),
                "period": _text(data.values(iri, DG.period)),
                "summary": node.summary,
                "wikidata": SEPARATOR.join(wikidata),
                "sources": titles,
                "source_dates": dates,
                "source_urls": urls,
            }
        )
    edges: list[Row] = [
        {
            "source": e.source,
            "target": e.target,
            "property": e.prop,
            "label": e.label,
            "label_en": e.label_en,
        }
        for e in model.edges
    ]
    return nodes, edges


def tables(graph: Graph) -> tuple[list[Row], list[Row]]:
    """The page's full graph as rows of nodes and of edges (NODE_COLUMNS, EDGE_COLUMNS)."""
    return _rows(build_model(graph))


def network(graph: Graph) -> nx.MultiDiGraph:
    """The page's full graph as a networkx MultiDiGraph (two nodes may be linked by several
    properties), with the columns of `tables` as node and edge attributes."""
    return _network(*tables(graph))


def _network(nodes: list[Row], edges: list[Row]) -> nx.MultiDiGraph:
    import networkx as nx

    net = nx.MultiDiGraph()
    for row in nodes:
        net.add_node(row["id"], **{k: v for k, v in row.items() if k != "id"})
    for row in edges:
        attributes = {k: v for k, v in row.items() if k not in ("source", "target")}
        net.add_edge(row["source"], row["target"], key=row["property"], **attributes)
    return net


# GEXF's meta element carries the day it was written: the same graph would differ by date
_MODIFIED = re.compile(rb' lastmodifieddate="[0-9-]+"')


def write_network(graph: Graph, folder: Path, formats: Sequence[str]) -> list[Path]:
    """Write the asked-for formats of NETWORK_EXPORTS into `folder`; returns the files."""
    import networkx as nx

    written: list[Path] = []
    wanted = [f for f in NETWORK_EXPORTS if f in formats]
    if not wanted:
        return written
    nodes, edges = tables(graph)
    if "csv" in wanted:
        for name, rows, columns in (
            ("graph.nodes.csv", nodes, NODE_COLUMNS),
            ("graph.edges.csv", edges, EDGE_COLUMNS),
        ):
            text = io.StringIO()
            out = csv.DictWriter(text, fieldnames=columns, lineterminator="\n")
            out.writeheader()
            out.writerows(rows)
            write_atomic(folder / name, text.getvalue().encode("utf-8"))
            written.append(folder / name)
    net = _network(nodes, edges) if {"graphml", "gexf"} & set(wanted) else None
    if net is not None and "graphml" in wanted:
        body = "\n".join(nx.generate_graphml(net)) + "\n"
        write_atomic(folder / "graph.graphml", body.encode("utf-8"))
        written.append(folder / "graph.graphml")
    if net is not None and "gexf" in wanted:
        gexf = ("\n".join(nx.generate_gexf(net)) + "\n").encode("utf-8")
        write_atomic(folder / "graph.gexf", _MODIFIED.sub(b"", gexf, count=1))
        written.append(folder / "graph.gexf")
    return written
