"""The SPARQL 1.1 Protocol as clients speak it: CORS preflight and HEAD, the Service
Description, CONSTRUCT in every RDF format by Accept (and 406), the dataset a request names,
rdflib's SPARQLStore, and a page of another origin in a real Chromium."""

from __future__ import annotations

import json
import shutil
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, Namespace
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import SPARQLWrapper

from diplograph.sparql.dataset import ONTOLOGY_GRAPH, SHAPES_GRAPH, competency_names
from diplograph.sparql.endpoint import Endpoint
from diplograph.sparql.server import Server
from diplograph.sparql.store import open_store

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
CONSTRUCT = "CONSTRUCT { ?m ?p ?o } WHERE { ?m a dg:Meeting ; ?p ?o }"  # dg: predeclared
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def url(bundled_build: Path) -> Iterator[str]:
    store = open_store(
        [bundled_build / "graph.ttl", bundled_build / "graph.trig"], backend="oxigraph"
    )
    server = Server(Endpoint(store, timeout=20.0), "127.0.0.1", 0)
    server.start()
    yield f"http://127.0.0.1:{server.port}"
    server.stop()


def call(
    url: str, method: str = "GET", data: bytes | None = None, headers: dict[str, str] | None = None
) -> tuple[int, bytes, dict[str, str]]:
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.read(), dict(response.headers.items())
    except urllib.error.HTTPError as error:
        return error.code, error.read(), dict(error.headers.items())


def query_url(url: str, query: str, **params: str | list[str]) -> str:
    return f"{url}/sparql?" + urllib.parse.urlencode({"query": query, **params}, doseq=True)


def test_cors_preflight_and_head(url):
    status, body, headers = call(
        f"{url}/sparql",
        "OPTIONS",
        headers={
            "Origin": "http://elsewhere.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert status == 204 and body == b""
    assert headers["access-control-allow-origin"] == "*"
    assert "POST" in headers["access-control-allow-methods"]
    assert "content-type" in headers["access-control-allow-headers"].lower()
    status, body, headers = call(query_url(url, "ASK { ?s ?p ?o }"), "HEAD")
    got, full, _ = call(query_url(url, "ASK { ?s ?p ?o }"))
    assert status == got == 200 and body == b""
    assert headers["content-type"] == "application/sparql-results+json"
    assert int(headers["content-length"]) == len(full)


def test_get_without_a_query_is_the_service_description(url, bundled_build):
    for accept, fmt in [("text/turtle", "turtle"), ("application/ld+json", "json-ld")]:
        status, body, headers = call(f"{url}/sparql", headers={"Accept": accept})
        assert status == 200 and headers["content-type"].startswith(accept)
        graph = Graph().parse(data=body.decode("utf-8"), format=fmt)
        service = URIRef(f"{url}/sparql")
        assert (service, RDF.type, SD.Service) in graph
        assert (service, SD.endpoint, service) in graph
        assert (service, SD.supportedLanguage, SD.SPARQL11Query) in graph
        formats = {str(o).rsplit("/", 1)[1] for o in graph.objects(service, SD.resultFormat)}
        assert {"SPARQL_Results_JSON", "Turtle", "N-Triples", "RDF_XML", "JSON-LD"} <= formats
        dataset = graph.value(service, SD.defaultDataset)
        names = {str(graph.value(n, SD.name)) for n in graph.objects(dataset, SD.namedGraph)}
        assert {ONTOLOGY_GRAPH, SHAPES_GRAPH} <= names and len(names) >= 3
        assert graph.value(dataset, SD.defaultGraph) is not None


@pytest.mark.parametrize(
    ("accept", "fmt"),
    [
        ("text/turtle", "turtle"),
        ("application/n-triples", "nt"),
        ("application/rdf+xml", "xml"),
        ("application/ld+json", "json-ld"),
    ],
)
def test_sparqlwrapper_gets_construct_in_each_rdf_format(url, accept, fmt):
    client = SPARQLWrapper(f"{url}/sparql")  # which also sends its own format=xml
    client.setQuery(CONSTRUCT)
    client.addCustomHttpHeader("Accept", accept)
    response = client.query().response
    assert response.headers["Content-Type"].startswith(accept)
    graph = Graph().parse(data=response.read().decode("utf-8"), format=fmt)
    turtle = call(query_url(url, CONSTRUCT), headers={"Accept": "text/turtle"})[1]
    assert graph.isomorphic(Graph().parse(data=turtle.decode("utf-8"), format="turtle"))
    assert len(graph) > 3


def test_nothing_acceptable_is_406(url):
    status, body, _ = call(query_url(url, CONSTRUCT), headers={"Accept": "text/csv"})
    assert status == 406 and b"text/turtle" in body
    status, body, _ = call(query_url(url, "ASK {}"), headers={"Accept": "application/n-triples"})
    assert status == 406 and b"sparql-results+json" in body
    assert call(query_url(url, "ASK {}"), headers={"Accept": "image/png, */*;q=0.1"})[0] == 200


def count(url: str, query: str, **params: str | list[str]) -> int:
    status, body, _ = call(query_url(url, query, **params), headers={"Accept": "application/json"})
    assert status == 200, body
    data = json.loads(body)
    return int(data["results"]["bindings"][0]["n"]["value"])


def test_the_dataset_a_request_names_is_the_one_queried(url, bundled_build):
    every = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    shapes = "SELECT (COUNT(*) AS ?n) WHERE { ?s a sh:NodeShape }"
    named = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    # the default graph: the data and the ontology, not the shapes
    assert count(url, shapes) == 0
    assert count(url, shapes, **{"default-graph-uri": SHAPES_GRAPH}) > 5
    ontology = count(url, every, **{"default-graph-uri": ONTOLOGY_GRAPH})
    shape_triples = count(url, every, **{"default-graph-uri": SHAPES_GRAPH})
    both = count(url, every, **{"default-graph-uri": [ONTOLOGY_GRAPH, SHAPES_GRAPH]})
    assert ontology > 100 and shape_triples > 100 and both == ontology + shape_triples
    assert count(url, every) > ontology  # the data is in the default graph too
    assert count(url, named) >= 3
    assert count(url, named, **{"named-graph-uri": SHAPES_GRAPH}) == 1
    # named graphs only: the default graph is empty
    assert count(url, every, **{"named-graph-uri": SHAPES_GRAPH}) == 0
    # and never fetched: an unknown graph is an empty one
    assert count(url, every, **{"default-graph-uri": "http://127.0.0.1:9/nothing"}) == 0


def test_rdflib_sparqlstore_reads_the_endpoint(url, bundled_build):
    remote = Graph(store=SPARQLStore(f"{url}/sparql", returnFormat="json"))
    rows = list(remote.query("SELECT ?l WHERE { ?c a dg:Country ; rdfs:label ?l }"))
    assert {str(r[0]) for r in rows} >= {"Азербайджан", "Казахстан"}
    local = open_store([bundled_build / "graph.ttl"])
    for name in ("posts", "trade"):
        _, expected = local.run(name).table()
        got = [tuple("" if v is None else str(v) for v in row) for row in remote.query(_text(name))]
        assert sorted(got) == sorted(expected)


def _text(name: str) -> str:
    from diplograph.sparql.dataset import query_text

    return query_text(name)


def test_competency_questions_answer_alike_at_the_endpoint_and_the_command(url, bundled_build):
    local = open_store([bundled_build / "graph.ttl"])
    for name in competency_names():
        status, body, _ = call(query_url(url, _text(name)), headers={"Accept": "text/csv"})
        assert status == 200
        assert body.decode("utf-8").replace("\r\n", "\n") == local.run(name).text("csv"), name


# --- a page of another origin, in a real browser --------------------------------------------

PAGE = """<!doctype html><html><body><pre id="out">waiting</pre><script>
fetch(ENDPOINT, {method: "POST", headers: {"Content-Type": "application/sparql-query",
  "Accept": "application/sparql-results+json"},
  body: "SELECT ?l WHERE { ?c a dg:Country ; rdfs:label ?l FILTER(lang(?l) = 'ru') } ORDER BY ?l"})
  .then(function (r) { return r.json(); })
  .then(function (d) { document.getElementById("out").textContent =
    d.results.bindings.map(function (b) { return b.l.value; }).join("|"); })
  .catch(function (e) { document.getElementById("out").textContent = "failed: " + e; });
</script></body></html>"""


@pytest.fixture(scope="module")
def browser(chromium: str) -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_FLAGS)
        yield launched
        launched.close()


def test_a_page_of_another_origin_posts_a_query_and_reads_the_answer(url, browser):
    page_html = PAGE.replace("ENDPOINT", json.dumps(f"{url}/sparql")).encode("utf-8")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page_html)))
            self.end_headers()
            self.wfile.write(page_html)

        def log_message(self, format: str, *args: object) -> None:
            pass

    other = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=other.serve_forever, daemon=True).start()
    try:
        page = browser.new_page()  # type: ignore[attr-defined]
        methods: list[str] = []
        page.on("request", lambda r: methods.append(r.method))
        page.goto(f"http://localhost:{other.server_port}/")  # another origin: host and port
        page.wait_for_function("document.getElementById('out').textContent !== 'waiting'")
        assert page.text_content("#out") == "Азербайджан|Казахстан"
        assert "OPTIONS" in methods or "POST" in methods
        page.close()
    finally:
        other.shutdown()
        other.server_close()


def test_the_query_page_shows_a_competency_answer_as_a_table(url, browser):
    page = browser.new_page()  # type: ignore[attr-defined]
    errors: list[str] = []
    outside: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("request", lambda r: None if r.url.startswith(url) else outside.append(r.url))
    page.goto(f"{url}/")
    page.select_option(
        "#question",
        label=next(
            o
            for o in page.eval_on_selector_all("#question option", "os => os.map(o => o.label)")
            if o.startswith("posts:")
        ),
    )
    page.click("button[type=submit]:not(#download)")
    page.wait_for_selector("#results table")
    headers = page.eval_on_selector_all("#results th", "ths => ths.map(t => t.textContent)")
    assert headers == ["personLabel", "postLabel", "organizationLabel", "countryLabel"]
    cells = page.eval_on_selector_all("#results td", "tds => tds.map(t => t.textContent)")
    assert "Мурат Нуртлеу" in cells and "2 rows" in (page.text_content("#status") or "")
    page.fill("#query", "SELEC nothing")
    page.click("button[type=submit]:not(#download)")
    page.wait_for_selector("#status.error")
    assert (page.text_content("#status") or "").startswith("400: Bad query")
    assert errors == [] or all("400" in e for e in errors)
    assert outside == []  # offline: nothing but the endpoint itself
    page.close()


def test_a_page_cannot_reach_the_endpoint_through_a_name_of_its_own(url):
    status, body, _ = call(query_url(url, "ASK {}"), headers={"Host": "attacker.example:80"})
    assert status == 403 and b"Host" in body
    assert call(query_url(url, "ASK {}"), headers={"Host": "localhost"})[0] == 200


def test_with_service_allowed_other_origins_get_no_cors(bundled_build):
    store = open_store([bundled_build / "graph.ttl"], backend="oxigraph")
    server = Server(Endpoint(store, allow_service=True), "127.0.0.1", 0)
    server.start()
    try:
        base = f"http://127.0.0.1:{server.port}"
        _, _, headers = call(f"{base}/sparql", "OPTIONS", headers={"Origin": "http://a.example"})
        assert "access-control-allow-origin" not in {k.lower() for k in headers}
        status, body, _ = call(f"{base}/sparql")
        assert b"BasicFederatedQuery" in body and status == 200
    finally:
        server.stop()
