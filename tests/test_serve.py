"""The endpoint, tested as users reach it: a real HTTP server on loopback, a real SPARQL client."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from xml.etree import ElementTree

import pytest
from click.testing import CliRunner
from rdflib import Graph
from SPARQLWrapper import CSV, JSON, POST, TSV, XML, SPARQLWrapper

from diplograph.cli import cli
from diplograph.sparql.dataset import competency_names, query_text
from diplograph.sparql.endpoint import Endpoint
from diplograph.sparql.protocol import Wants, negotiate
from diplograph.sparql.server import Server
from diplograph.sparql.store import GraphStore, open_store

Rows = list[tuple[str, ...]]
FORMATS = {JSON: "json", XML: "xml", CSV: "csv", TSV: "tsv"}


@contextmanager
def serving(endpoint: Endpoint, **options: float) -> Iterator[str]:
    server = Server(endpoint, "127.0.0.1", 0, **options)  # type: ignore[arg-type]
    server.start()
    try:
        yield f"http://127.0.0.1:{server.port}"
    finally:
        server.stop()


@pytest.fixture(scope="module")
def store(bundled_build: Path) -> GraphStore:
    return open_store([bundled_build / "graph.ttl"], backend="oxigraph")


@pytest.fixture(scope="module")
def server(store: GraphStore) -> Iterator[str]:
    endpoint = Endpoint(store, timeout=20.0, max_results=2000, max_request_bytes=200_000)
    with serving(endpoint) as url:
        yield url


@pytest.fixture(scope="module")
def expected(bundled_build: Path) -> dict[str, tuple[tuple[str, ...], Rows]]:
    """Each competency question's columns and rows as `diplograph query` gives them."""
    store = open_store([bundled_build / "graph.ttl"])
    return {name: store.run(name).table() for name in competency_names()}


# --- reading each results format back into rows of plain values --------------------------------


def json_rows(data: dict) -> tuple[tuple[str, ...], Rows]:  # type: ignore[type-arg]
    names = tuple(data["head"]["vars"])
    rows = []
    for binding in data["results"]["bindings"]:
        rows.append(tuple(binding[n]["value"] if n in binding else "" for n in names))
    return names, rows


def xml_rows(body: bytes) -> tuple[tuple[str, ...], Rows]:
    ns = "{http://www.w3.org/2005/sparql-results#}"
    root = ElementTree.fromstring(body)
    names = tuple(str(v.get("name")) for v in root.iter(f"{ns}variable"))
    rows = []
    for result in root.iter(f"{ns}result"):
        values = {b.get("name"): (b[0].text or "") for b in result.iter(f"{ns}binding")}
        rows.append(tuple(values.get(n, "") for n in names))
    return names, rows


def csv_rows(body: bytes) -> tuple[tuple[str, ...], Rows]:
    text = body.decode("utf-8")
    assert "\r\n" in text  # RFC 4180 line ends, as SPARQL 1.1 CSV says
    header, *rows = list(csv.reader(io.StringIO(text)))
    return tuple(header), [tuple(r) for r in rows]


_TSV_TERM = re.compile(r'^(?:<(.*)>|"((?:[^"\\]|\\.)*)"(?:@[\w-]+|\^\^<[^>]*>)?|_:(.*)|)$')


def tsv_rows(body: bytes) -> tuple[tuple[str, ...], Rows]:
    header, *lines = body.decode("utf-8").split("\n")[:-1]
    names = tuple(h.removeprefix("?") for h in header.split("\t"))
    assert all(h.startswith("?") for h in header.split("\t"))
    rows = []
    for line in lines:
        cells = []
        for cell in line.split("\t"):
            match = _TSV_TERM.match(cell)
            assert match, cell
            iri, literal, bnode = match.groups()
            value = iri if iri is not None else bnode if bnode is not None else literal or ""
            cells.append(re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m[1], m[1]), value))
        rows.append(tuple(cells))
    return names, rows


def client(url: str, name: str, fmt: str, method: str | None = None) -> SPARQLWrapper:
    wrapper = SPARQLWrapper(f"{url}/sparql")
    wrapper.setQuery(query_text(name))
    wrapper.setReturnFormat(fmt)
    if method:
        wrapper.setMethod(method)
    return wrapper


def ask(url: str, name: str, fmt: str, method: str | None = None) -> tuple[tuple[str, ...], Rows]:
    wrapper = client(url, name, fmt, method)
    if fmt == JSON:
        return json_rows(wrapper.queryAndConvert())  # type: ignore[arg-type]
    response = wrapper.query().response
    body = response.read()
    media = response.headers["Content-Type"]
    reader = {XML: xml_rows, CSV: csv_rows, TSV: tsv_rows}[fmt]
    assert media.startswith(
        {XML: "application/sparql-results+xml", CSV: "text/csv", TSV: "text/tab"}[fmt]
    )
    return reader(body)


def get(url: str, accept: str = "*/*") -> tuple[int, bytes, str]:
    request = urllib.request.Request(url, headers={"Accept": accept})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.read(), response.headers["Content-Type"]
    except urllib.error.HTTPError as error:
        return error.code, error.read(), error.headers["Content-Type"]


def post(url: str, data: bytes, content_type: str, accept: str = "*/*") -> tuple[int, bytes]:
    request = urllib.request.Request(
        url, data=data, headers={"Content-Type": content_type, "Accept": accept}
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def sparql_get(url: str, query: str, accept: str = "*/*") -> tuple[int, bytes, str]:
    return get(f"{url}/sparql?" + urllib.parse.urlencode({"query": query}), accept)


# --- every competency question, every format ---------------------------------------------------


@pytest.mark.parametrize("fmt", list(FORMATS), ids=list(FORMATS.values()))
@pytest.mark.parametrize("name", competency_names())
def test_every_competency_question_in_every_format(server, expected, name, fmt):
    columns, rows = ask(server, name, fmt)
    assert (columns, rows) == expected[name]
    # the bundled article answers every question but conflicts, which needs two sources
    assert bool(rows) is (name != "conflicts")


def test_post_form_and_direct_post_give_the_same_rows(server, expected):
    assert ask(server, "posts", JSON, POST) == expected["posts"]
    status, body = post(
        f"{server}/sparql",
        query_text("trade").encode("utf-8"),
        "application/sparql-query",
        "text/csv",
    )
    assert status == 200 and csv_rows(body) == expected["trade"]


def test_content_negotiation():
    assert negotiate(None) == Wants("json", "turtle")
    assert negotiate("*/*") == Wants("json", "turtle")
    assert negotiate("text/csv;q=0.5, application/sparql-results+xml").results == "xml"
    assert negotiate("text/csv;q=0.9, text/tab-separated-values;q=0.95").results == "tsv"
    assert negotiate("application/sparql-results+json;q=0, text/csv;q=0.1").results == "csv"
    assert negotiate("*/*", explicit="xml") == Wants("xml", "rdfxml")
    assert negotiate(None, explicit="csv").results == "csv"
    # SPARQLWrapper sends format=xml whatever it accepts: the Accept header's own type wins
    assert negotiate("text/csv", explicit="xml").results == "csv"
    assert negotiate("application/n-triples") == Wants(None, "ntriples")
    assert negotiate("application/rdf+xml, */*;q=0.1") == Wants("json", "rdfxml")
    assert negotiate("text/*") == Wants("xml", "turtle")  # text/xml names SPARQL XML too
    assert negotiate("image/png") == Wants(None, None)


def test_construct_and_describe_give_turtle(server):
    query = "CONSTRUCT { ?s ?p ?o } WHERE { ?s a dg:Meeting ; ?p ?o }"  # dg: is predeclared
    status, body = post(f"{server}/sparql", query.encode(), "application/sparql-query")
    assert status == 200
    assert len(Graph().parse(data=body.decode("utf-8"), format="turtle")) > 3
    status, body, media = sparql_get(server, "DESCRIBE ?m WHERE { ?m a dg:Meeting }", "text/turtle")
    assert status == 200 and media.startswith("text/turtle")
    assert len(Graph().parse(data=body.decode("utf-8"), format="turtle")) > 3


def test_ask(server):
    status, body, _ = sparql_get(server, "ASK { ?m a dg:Meeting }")
    assert status == 200 and json.loads(body)["boolean"] is True


# --- read-only, SERVICE, limits -----------------------------------------------------------------


def test_update_is_forbidden(server):
    update = "INSERT DATA { <http://a/> <http://b/> <http://c/> }"
    assert post(f"{server}/sparql", update.encode(), "application/sparql-update")[0] == 403
    form = urllib.parse.urlencode({"update": update}).encode()
    assert post(f"{server}/sparql", form, "application/x-www-form-urlencoded")[0] == 403
    smuggled = urllib.parse.urlencode({"query": "PREFIX a: <http://a/> " + update}).encode()
    status, body = post(f"{server}/sparql", smuggled, "application/x-www-form-urlencoded")
    assert status == 403 and b"read-only" in body
    assert post(f"{server}/sparql", update.encode(), "application/sparql-query")[0] == 403
    assert sparql_get(server, "DROP ALL")[0] == 403
    wrapper = SPARQLWrapper(f"{server}/sparql")
    wrapper.setMethod(POST)
    wrapper.setQuery(update)
    with pytest.raises(Exception, match=r"403|Forbidden|Unauthorized"):
        wrapper.query()
    # and nothing was written
    status, body, _ = sparql_get(server, "ASK { <http://a/> ?p ?o }")
    assert json.loads(body)["boolean"] is False


def test_service_is_refused_with_a_reason(server):
    query = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    status, body, _ = sparql_get(server, query)
    assert status == 403 and b"SERVICE" in body and b"--allow-service" in body
    hidden = "SELECT * WHERE { \\u0053ERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    assert sparql_get(server, hidden)[0] == 403


def test_service_is_tried_when_allowed(store):
    endpoint = Endpoint(store, timeout=20.0, allow_service=True)
    with serving(endpoint) as url:
        # nothing listens on port 9: the engine tries and fails, it is not refused up front
        query = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
        assert sparql_get(url, query)[0] != 403


@pytest.fixture(scope="module")
def many_triples(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """3000 generated triples: a three-way cross join over them is 2.7 * 10^10 rows."""
    path = tmp_path_factory.mktemp("slow") / "many.nt"
    lines = [
        f'<http://example.org/s{i}> <http://example.org/p{i % 7}> "value {i}" .'
        for i in range(3000)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _children() -> set[int]:
    pids: set[int] = set()
    for task in Path(f"/proc/{os.getpid()}/task").glob("*"):
        children = task / "children"
        if children.is_file():
            pids |= {int(p) for p in children.read_text().split()}
    return pids


def test_query_past_the_time_limit_is_stopped_and_reported(many_triples: Path):
    store = open_store([many_triples], backend="oxigraph")
    endpoint = Endpoint(store, timeout=1.0)
    before = _children()
    with serving(endpoint) as url:
        slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
        status, body, _ = sparql_get(url, slow)
        assert status == 503 and b"time limit of 1 s was hit" in body
        # the query's process is gone, and the server still answers
        if Path("/proc").is_dir():
            assert _children() <= before
        assert get(f"{url}/health")[0] == 200
        assert sparql_get(url, "ASK { ?s ?p ?o }")[0] == 200


def test_row_limit_is_reported(server):
    many = "SELECT * WHERE { ?s ?p ?o . ?a ?b ?c } LIMIT 5000"
    status, body, _ = sparql_get(server, many)
    assert status == 400 and b"row limit" in body and b"2000" in body
    status, body, _ = sparql_get(server, "CONSTRUCT { ?s ?p ?a } WHERE { ?s ?p ?o . ?a ?b ?c }")
    assert status == 400 and b"row limit" in body


def test_oversized_request_is_refused(server, store):
    big = ("SELECT * WHERE { ?s ?p ?o } #" + "x" * 300_000).encode()
    status, body = post(f"{server}/sparql", big, "application/sparql-query")
    assert status == 413 and b"too large" in body
    with serving(Endpoint(store, max_request_bytes=10_000)) as url:
        long = "SELECT * WHERE { ?s ?p ?o } LIMIT 1 #" + "x" * 20_000
        assert sparql_get(url, long)[0] == 413
        form = urllib.parse.urlencode({"query": long}).encode()
        assert post(f"{url}/sparql", form, "application/x-www-form-urlencoded")[0] == 413
        assert sparql_get(url, "SELECT * WHERE { ?s ?p ?o } LIMIT 1")[0] == 200


def test_bad_requests_are_400_with_a_message(server):
    status, body, _ = get(f"{server}/sparql?query=SELEC")
    assert status == 400 and b"Bad query" in body
    assert get(f"{server}/nothing")[0] == 404


def test_fifty_parallel_clients_all_get_correct_answers(server, expected):
    names = competency_names()
    formats = list(FORMATS)

    def one(i: int) -> bool:
        name = names[i % len(names)]
        return ask(server, name, formats[i % len(formats)]) == expected[name]

    with ThreadPoolExecutor(max_workers=50) as pool:
        results = list(pool.map(one, range(150)))
    assert all(results)


# --- the other routes ---------------------------------------------------------------------------


def test_page_lists_the_competency_questions_escaped(server):
    status, page, media = get(f"{server}/")
    text = page.decode("utf-8")
    assert status == 200 and media.startswith("text/html") and "<textarea" in text
    for name in competency_names():
        assert f"<b>{name}</b>" in text
    # query texts hold '<' and '"': only their escaped forms reach the page
    assert "&lt;https://w3id.org/diplograph/ontology#&gt;" in text
    assert "PREFIX dg:   <https" not in text


def test_health_and_graph_store(server, bundled_build):
    status, body, media = get(f"{server}/health")
    data = json.loads(body)
    assert status == 200 and data["status"] == "ok" and data["triples"] > 100
    status, body, media = get(f"{server}/rdf-graphs?default", "text/turtle")
    assert status == 200 and media.startswith("text/turtle")
    assert len(Graph().parse(data=body.decode(), format="turtle")) == data["triples"]
    assert get(f"{server}/rdf-graphs?graph=http://nothing/")[0] == 404
    assert get(f"{server}/rdf-graphs")[0] == 400
    assert post(f"{server}/rdf-graphs?default", b"<a> <b> <c> .", "text/turtle")[0] == 403


def test_named_graphs_of_a_trig_build(bundled_build: Path):
    store = open_store([bundled_build / "graph.trig"], backend="oxigraph")
    with serving(Endpoint(store)) as url:
        name = store.graph_names()[0]
        status, body, _ = get(f"{url}/rdf-graphs?" + urllib.parse.urlencode({"graph": name}))
        assert status == 200 and len(Graph().parse(data=body.decode(), format="turtle")) > 10


def test_rdflib_backend_serves_the_same(bundled_build: Path, expected):
    store = open_store([bundled_build / "graph.ttl"], backend="rdflib")
    with serving(Endpoint(store)) as url:
        for fmt in FORMATS:
            assert ask(url, "infrastructure", fmt) == expected["infrastructure"]


# --- the command line ---------------------------------------------------------------------------


def test_load_builds_a_persistent_store_that_query_opens(bundled_build: Path, tmp_path: Path):
    runner = CliRunner()
    store = tmp_path / "store"
    result = runner.invoke(cli, ["load", str(bundled_build), "--store", str(store)])
    assert result.exit_code == 0, result.output
    out = runner.invoke(cli, ["query", "posts", "--store", str(store)])
    assert out.exit_code == 0, out.output
    direct = runner.invoke(cli, ["query", "posts", "--graph", str(bundled_build)])
    assert out.output == direct.output and "Мурат Нуртлеу" in out.output
    for fmt in ("csv", "tsv", "json", "xml"):
        args = ["query", "trade", "--format", fmt]
        stored = runner.invoke(cli, [*args, "--store", str(store)])
        assert stored.output == runner.invoke(cli, [*args, "--graph", str(bundled_build)]).output
    missing = runner.invoke(cli, ["query", "posts", "--store", str(tmp_path / "none")])
    assert missing.exit_code != 0 and "diplograph load" in missing.output
    assert len(missing.output.strip().splitlines()) == 1


def test_serve_refuses_bad_options_in_one_line(tmp_path: Path):
    runner = CliRunner()
    result = runner.invoke(cli, ["serve", "--store", str(tmp_path / "none")])
    assert result.exit_code != 0 and "diplograph load" in result.output
    assert len(result.output.strip().splitlines()) == 1
    result = runner.invoke(cli, ["serve", "--graph", str(tmp_path / "none.ttl")])
    assert result.exit_code != 0 and "Traceback" not in result.output


def test_serving_loads_no_nlp():
    import subprocess
    import sys

    code = (
        "import sys, diplograph.sparql.endpoint, diplograph.sparql.store, diplograph.cli; "
        "assert 'natasha' not in sys.modules, 'natasha imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
