"""`build --export graphml,gexf,csv`: the page's full graph for Gephi, Cytoscape, networkx and
pandas, node for node and link for link, with labels, classes, dates and sources."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd
import pytest
from click.testing import CliRunner
from rdflib import Graph, URIRef

from diplograph.cli import cli
from diplograph.cli.graphs import EXPORT_NAMES
from diplograph.rdf.writers import EXPORTS
from diplograph.view.export import EDGE_COLUMNS, NETWORK_EXPORTS, NODE_COLUMNS
from diplograph.view.model import build_model

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
STORY = sorted(CORPUS.glob("02[5-8]_*.txt"))
URL = "https://kaspiy-vestnik.example/2025/05/14/komissiya"
FILES = ("graph.graphml", "graph.gexf", "graph.nodes.csv", "graph.edges.csv")


def _build(out: Path, paths: list[Path], *args: str) -> None:
    command = ["build", *map(str, paths), "--out", str(out), "--quiet", *args]
    result = CliRunner().invoke(cli, command)
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The four reports of one session; the first with its address copied under it."""
    folder = tmp_path_factory.mktemp("articles")
    paths = []
    for path in STORY:
        text = path.read_text(encoding="utf-8")
        if path is STORY[0]:
            text += f"\nСсылка на материал: {URL}\n"
        paths.append(folder / path.name)
        paths[-1].write_text(text, encoding="utf-8")
    return paths


@pytest.fixture(scope="module")
def built(articles: list[Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("exported") / "out"
    _build(out, articles, "--export", "graphml,gexf,csv")
    return out


def page_data(out: Path) -> dict[str, Any]:
    page = (out / "graph.html").read_text(encoding="utf-8")
    found = re.search(r'<script id="dg-data" type="application/json">(.*?)</script>', page, re.S)
    assert found
    data: dict[str, Any] = json.loads(found.group(1))
    assert data["omitted"] == 0  # the page draws its full graph
    return data


@pytest.mark.parametrize("reader", [nx.read_graphml, nx.read_gexf], ids=["graphml", "gexf"])
def test_graphml_and_gexf_open_in_networkx_as_the_pages_full_graph(built: Path, reader):
    data = page_data(built)
    name = "graph.graphml" if reader is nx.read_graphml else "graph.gexf"
    net = reader(built / name)
    assert net.number_of_nodes() == len(data["nodes"])
    assert net.number_of_edges() == len(data["edges"])
    assert set(net.nodes) == {n["id"] for n in data["nodes"]}
    assert Counter(list(net.edges())) == Counter((e["from"], e["to"]) for e in data["edges"])


def test_nodes_carry_labels_classes_dates_and_sources(built: Path):
    net = nx.read_graphml(built / "graph.graphml")
    meetings = [a for _, a in net.nodes(data=True) if a["class"] == "Meeting"]
    assert sorted(m["date"] for m in meetings) == ["2025-05-14", "2025-05-17"]
    merged = next(m for m in meetings if m["date"] == "2025-05-14")
    assert merged["label"].startswith("Заседание") and "(Ашхабад)" in merged["label"]
    assert merged["class_label"] == "встреча" and merged["fact"] is True
    assert len(merged["sources"].split(" | ")) == 3  # three outlets, one meeting
    assert URL in merged["source_urls"]  # the address ingest found, on its article
    country = next(a for _, a in net.nodes(data=True) if a["label"] == "Казахстан")
    assert country["label_en"] == "Kazakhstan"
    assert country["wikidata"] == "http://www.wikidata.org/entity/Q232"


def test_csv_loads_in_pandas_as_the_pages_full_graph(built: Path):
    data = page_data(built)
    nodes = pd.read_csv(built / "graph.nodes.csv", keep_default_na=False)
    edges = pd.read_csv(built / "graph.edges.csv", keep_default_na=False)
    assert tuple(nodes.columns) == NODE_COLUMNS
    assert tuple(edges.columns) == EDGE_COLUMNS
    assert len(nodes) == len(data["nodes"]) and len(edges) == len(data["edges"])
    assert set(edges["source"]) | set(edges["target"]) <= set(nodes["id"])
    figures = nodes[nodes["class"] == "TradeFigure"]
    assert sorted(figures["period"]) == ["", "2024", "2024"]
    assert edges["label"].str.len().min() > 0  # every link is named


def test_the_article_node_keeps_its_address(built: Path):
    graph = Graph().parse(built / "graph.ttl")
    urls = {str(o) for o in graph.objects(None, URIRef("https://schema.org/url"))}
    assert URL in urls


def test_exports_and_the_merge_are_the_same_bytes_whatever_the_order_jobs_and_hash_seed(
    built: Path, articles: list[Path], tmp_path: Path
):
    # a process of its own, so another string-hash salt than the build it is compared with
    again = tmp_path / "again"
    command = [sys.executable, "-m", "diplograph", "build", *map(str, reversed(articles))]
    command += ["--out", str(again), "--quiet", "--export", "csv,gexf,graphml", "--jobs", "2"]
    env = {**os.environ, "PYTHONHASHSEED": "4242"}
    result = subprocess.run(command, capture_output=True, text=True, timeout=600, env=env)
    assert result.returncode == 0, result.stderr
    for name in (*FILES, "graph.ttl", "graph.trig", "graph.html"):
        assert (again / name).read_bytes() == (built / name).read_bytes(), name


def test_the_command_names_every_export_format():
    assert set(EXPORT_NAMES.split(", ")) == (set(EXPORTS) - {"ttl", "trig"}) | set(NETWORK_EXPORTS)


def test_an_unknown_export_format_is_a_one_line_error(tmp_path: Path):
    result = CliRunner().invoke(cli, ["build", "--out", str(tmp_path), "--export", "xls"])
    assert result.exit_code == 2
    assert "unknown format xls; use nq, jsonld, graphml, gexf, csv" in result.output


def test_the_pages_english_words_do_not_follow_the_order_the_graph_is_read_in(built: Path):
    # "организация" names both a class and org:organization, in two spellings: which one the
    # page shows must not hang on the graph's order (hash order, so PYTHONHASHSEED)
    triples = sorted(Graph().parse(built / "graph.ttl"))
    forward, backward = Graph(), Graph()
    for triple in triples:
        forward.add(triple)
    for triple in reversed(triples):
        backward.add(triple)
    english = build_model(forward).english
    assert english == build_model(backward).english
    assert english["организация"] == "organisation"
