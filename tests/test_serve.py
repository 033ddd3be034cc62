"""The endpoint, tested as users reach it: a real HTTP server on loopback, a real SPARQL client."""

from __future__ import annotations

import csv
import io
import json
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from SPARQLWrapper import CSV, JSON, TSV, XML, SPARQLWrapper

from diplograph.query import competency_names, load_graphs, query_text, run_query
from diplograph.serve import Endpoint, make_server
from diplograph.store import GraphStore, is_update, uses_service


@pytest.fixture(scope="module")
def server(bundled_build: Path) -> Iterator[str]:
    store = GraphStore.from_files([bundled_build / "graph.ttl"])
    endpoint = Endpoint(store, timeout=2.0, max_results=2000, max_request_bytes=200_000)
    httpd = make_server(endpoint, "127.0.0.1", 0)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def expected(bundled_build: Path) -> dict[str, set[tuple[str, ...]]]:
    graph = load_graphs([bundled_build / "graph.ttl"])
    out = {}
    for name in competency_names():
        rows = set()
        for row in run_query(graph, name):
            rows.add(tuple(_plain(v) for v in row))  # type: ignore[union-attr]
        out[name] = rows
    return out


def _plain(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Literal) and value.datatype and str(value.datatype).endswith("decimal"):
        return str(float(value.toPython()))
    return str(value)


def _client(url: str, name: str, fmt: str) -> SPARQLWrapper:
    client = SPARQLWrapper(f"{url}/sparql")
    client.setQuery(query_text(name))
    client.setReturnFormat(fmt)
    return client


def _json_rows(data: dict) -> set[tuple[str, ...]]:  # type: ignore[type-arg]
    names = data["head"]["vars"]
    rows = set()
    for binding in data["results"]["bindings"]:
        row = []
        for name in names:
            term = binding.get(name)
            if term is None:
                row.append("")
            elif term.get("datatype", "").endswith("decimal"):
                row.append(str(float(term["value"])))
            else:
                row.append(term["value"])
        rows.add(tuple(row))
    return rows


@pytest.mark.parametrize("name", competency_names())
def test_every_competency_question_in_json_matches_rdflib(server, expected, name):
    data = _client(server, name, JSON).queryAndConvert()
    assert _json_rows(data) == expected[name]  # type: ignore[arg-type]


@pytest.mark.parametrize("name", competency_names())
def test_every_competency_question_in_xml_csv_tsv(server, expected, name):
    xml = _client(server, name, XML).query().response.read().decode("utf-8")
    assert "sparql-results" in xml
    for row in expected[name]:
        for cell in row:
            if cell and not cell.replace(".", "").isdigit():
                assert cell.replace("&", "&amp;").replace("<", "&lt;") in xml
    text = _client(server, name, CSV).query().response.read().decode("utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    assert len(rows) - 1 == len(expected[name])
    tsv = _client(server, name, TSV).query().response.read().decode("utf-8")
    assert len(tsv.strip().splitlines()) - 1 == len(expected[name])
    assert tsv.splitlines()[0].startswith("?")


def _post(url: str, data: bytes, content_type: str, accept: str = "*/*") -> tuple[int, bytes]:
    request = urllib.request.Request(
        url, data=data, headers={"Content-Type": content_type, "Accept": accept}
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def _get(url: str, accept: str = "*/*") -> tuple[int, bytes]:
    request = urllib.request.Request(url, headers={"Accept": accept})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def test_construct_gives_turtle(server):
    query = "CONSTRUCT { ?s ?p ?o } WHERE { ?s a dg:Meeting ; ?p ?o }"  # dg: is predeclared
    status, body = _post(f"{server}/sparql", query.encode(), "application/sparql-query")
    assert status == 200
    assert len(Graph().parse(data=body.decode("utf-8"), format="turtle")) > 3


def test_update_is_forbidden(server):
    update = "INSERT DATA { <http://a/> <http://b/> <http://c/> }"
    status, _ = _post(f"{server}/sparql", update.encode(), "application/sparql-update")
    assert status == 403
    form = urllib.parse.urlencode({"update": update}).encode()
    assert _post(f"{server}/sparql", form, "application/x-www-form-urlencoded")[0] == 403
    smuggled = urllib.parse.urlencode({"query": "PREFIX a: <http://a/> " + update}).encode()
    assert _post(f"{server}/sparql", smuggled, "application/x-www-form-urlencoded")[0] == 403


def test_service_is_refused_with_a_reason(server):
    query = "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"
    status, body = _get(f"{server}/sparql?" + urllib.parse.urlencode({"query": query}))
    assert status == 403 and b"SERVICE" in body


def test_query_past_the_time_limit_is_stopped_and_reported(server):
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    status, body = _get(f"{server}/sparql?" + urllib.parse.urlencode({"query": slow}))
    assert status == 503 and b"time limit" in body
    # and the server still answers
    assert _get(f"{server}/health")[0] == 200


def test_row_limit_is_reported(server):
    many = "SELECT * WHERE { ?s ?p ?o . ?a ?b ?c } LIMIT 5000"
    status, body = _get(f"{server}/sparql?" + urllib.parse.urlencode({"query": many}))
    assert status == 413 and b"limit" in body


def test_oversized_request_is_refused(server):
    big = ("SELECT * WHERE { ?s ?p ?o } #" + "x" * 300_000).encode()
    assert _post(f"{server}/sparql", big, "application/sparql-query")[0] == 413


def test_bad_query_is_a_400_with_a_message(server):
    status, body = _get(f"{server}/sparql?query=SELEC")
    assert status == 400 and b"Bad query" in body


def test_fifty_parallel_clients_all_get_correct_answers(server, expected):
    def ask(i: int) -> bool:
        name = competency_names()[i % len(competency_names())]
        data = _client(server, name, JSON).queryAndConvert()
        return _json_rows(data) == expected[name]  # type: ignore[arg-type]

    with ThreadPoolExecutor(max_workers=50) as pool:
        results = list(pool.map(ask, range(100)))
    assert all(results)


def test_page_health_and_graph_store(server):
    status, page = _get(f"{server}/")
    assert status == 200 and b"meetings" in page and b"<textarea" in page
    status, health = _get(f"{server}/health")
    assert json.loads(health)["triples"] > 100
    status, body = _get(f"{server}/rdf-graphs?default")
    assert status == 200 and len(Graph().parse(data=body.decode(), format="turtle")) > 100
    assert _get(f"{server}/rdf-graphs?graph=http://nothing/")[0] == 404


@pytest.mark.parametrize(
    ("query", "update", "service"),
    [
        ("SELECT * { ?s ?p ?o }", False, False),
        ("PREFIX x: <http://x/> DELETE WHERE { ?s ?p ?o }", True, False),
        ('SELECT * { ?s ?p "INSERT DATA" }', False, False),
        ("# SERVICE in a comment\nSELECT * { ?s ?p ?o }", False, False),
        ("SELECT * { service <http://x/> { ?s ?p ?o } }", False, True),
    ],
)
def test_update_and_service_detection(query, update, service):
    assert is_update(query) == update
    assert uses_service(query) == service


def test_load_builds_a_persistent_store_that_query_opens(bundled_build: Path, tmp_path: Path):
    from click.testing import CliRunner

    from diplograph.cli import cli

    runner = CliRunner()
    store = tmp_path / "store"
    result = runner.invoke(cli, ["load", str(bundled_build / "graph.ttl"), "--store", str(store)])
    assert result.exit_code == 0, result.output
    out = runner.invoke(cli, ["query", "posts", "--store", str(store), "--format", "csv"])
    assert out.exit_code == 0, out.output
    assert "Мурат Нуртлеу" in out.output
    missing = runner.invoke(cli, ["query", "posts", "--store", str(tmp_path / "none")])
    assert missing.exit_code != 0 and "diplograph load" in missing.output
