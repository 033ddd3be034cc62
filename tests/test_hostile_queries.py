"""Queries that try to reach the network or crash the engine: a real HTTP listener records
every request that SERVICE makes, and none may come, through the store, the endpoint or
`diplograph query`; a crash of the query's process is one line, and what asked survives."""

from __future__ import annotations

import ctypes
import os
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplograph.cli import cli
from diplograph.errors import GraphError
from diplograph.sparql.endpoint import Endpoint
from diplograph.sparql.guard import ServiceError
from diplograph.sparql.isolation import CrashError, TimeLimitError, isolated
from diplograph.sparql.server import Server
from diplograph.sparql.store import GraphStore, OxigraphStore, RdflibStore, open_store


class Listener:
    """A local SPARQL endpoint of our own that records every request made to it."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        listener = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                listener.requests.append(f"POST {self.path}")
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                self._answer()

            def do_GET(self) -> None:
                listener.requests.append(f"GET {self.path}")
                self._answer()

            def _answer(self) -> None:
                body = b'{"head":{"vars":["a"]},"results":{"bindings":[]}}'
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/sparql"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def listener() -> Iterator[Listener]:
    server = Listener()
    yield server
    server.close()


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("tiny") / "tiny.ttl"
    path.write_text('<http://example.org/a> <http://example.org/p> "x" .\n', encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def stores(tiny: Path) -> dict[str, GraphStore]:
    return {b: open_store([tiny], backend=b) for b in ("oxigraph", "rdflib")}


@pytest.fixture(scope="module")
def endpoint_url(stores: dict[str, GraphStore]) -> Iterator[str]:
    server = Server(Endpoint(stores["oxigraph"], timeout=10.0), "127.0.0.1", 0)
    server.start()
    yield f"http://127.0.0.1:{server.port}/sparql"
    server.stop()


def post(url: str, query: str) -> int:
    request = urllib.request.Request(
        url, data=query.encode("utf-8"), headers={"Content-Type": "application/sparql-query"}
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        return int(error.code)


# --- the listener works: with --allow-service, SERVICE reaches it --------------------------


def test_the_listener_hears_a_service_call_that_is_allowed(stores, listener):
    before = len(listener.requests)
    query = f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?a ?b ?c }} }}"
    for store in stores.values():
        store.sparql(query, allow_service=True)
    assert len(listener.requests) == before + 2


# --- the bypasses of the text guard, and the ways two parsers could read a query apart ------


def bypasses(url: str) -> list[str]:
    return [
        # between two comment lines holding a long string's quotes
        f'SELECT * WHERE {{\n# """\nSERVICE <{url}> {{ ?a ?b ?c }}\n# """\n}}',
        f"SELECT * WHERE {{\n# '''\nSERVICE <{url}> {{ ?a ?b ?c }}\n# '''\n}}",
        # between two IRIs holding an apostrophe
        f"SELECT * WHERE {{ ?s <http://x.example/'a> ?o . SERVICE <{url}> {{ ?a ?b ?c }} "
        f"?s <http://x.example/'b> ?o }}",
        # a comment ended by a carriage return alone
        f"SELECT * WHERE {{ ?s ?p ?o # a comment\rSERVICE <{url}> {{ ?a ?b ?c }} }}",
        # \\u with eight hex digits: SPARQL reads four, then a number; rdflib read eight
        f"SELECT * WHERE {{ ?s ?p #\\u000A1234 . SERVICE <{url}> {{ ?a ?b ?c }} ?d ?e\n ?o }}",
        # escaped keyword, nested in EXISTS, in a subquery, in OPTIONAL, lower case, SILENT
        f"SELECT * WHERE {{ \\u0053ERVICE <{url}> {{ ?a ?b ?c }} }}",
        f"SELECT * WHERE {{ ?s ?p ?o FILTER EXISTS {{ SERVICE <{url}> {{ ?a ?b ?c }} }} }}",
        f"SELECT * WHERE {{ {{ SELECT * WHERE {{ service silent <{url}> {{ ?a ?b ?c }} }} }} }}",
        f"SELECT * WHERE {{ ?s ?p ?o OPTIONAL {{ SeRvIcE <{url}> {{ ?a ?b ?c }} }} }}",
        f"SELECT * WHERE {{ BIND(<{url}> AS ?e) SERVICE ?e {{ ?a ?b ?c }} }}",
        f"ASK {{ SERVICE <{url}> {{ ?a ?b ?c }} }}",
        f"CONSTRUCT {{ ?a ?b ?c }} WHERE {{ SERVICE <{url}> {{ ?a ?b ?c }} }}",
        # FROM names a graph of the dataset: rdflib would fetch it from the web
        f"SELECT * FROM <{url}> WHERE {{ ?s ?p ?o }}",
        f"SELECT * FROM NAMED <{url}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
    ]


def test_bypasses_never_reach_the_listener_through_the_store(stores, listener):
    before = len(listener.requests)
    for query in bypasses(listener.url):
        for store in stores.values():
            if "FROM" in query:
                store.sparql(query)  # runs, over the dataset's own graphs
            else:
                with pytest.raises(GraphError):
                    store.sparql(query)
    assert listener.requests[before:] == []


def test_bypasses_never_reach_the_listener_through_the_endpoint(endpoint_url, listener):
    before = len(listener.requests)
    for query in bypasses(listener.url):
        status = post(endpoint_url, query)
        assert status in ({200} if "FROM" in query else {400, 403}), (status, query)
    assert listener.requests[before:] == []


def test_bypasses_never_reach_the_listener_through_the_command_line(tiny, listener):
    before = len(listener.requests)
    runner = CliRunner()
    for query in bypasses(listener.url):
        result = runner.invoke(cli, ["query", query, "--graph", str(tiny)])
        if "FROM" not in query:
            assert result.exit_code == 1, result.output
            assert len(result.output.strip().splitlines()) == 1
            assert "Traceback" not in result.output
    assert listener.requests[before:] == []


# --- fuzzed: comments, strings, IRIs, escapes, case and nesting around SERVICE --------------

LINE_ENDS = st.sampled_from(["\n", "\r\n", "\r"])
NOISE = ['"', "'", '"""', "'''", "<", ">", "{", "}", "#", "\\", "SERVICE", " ", "a", "\\u0053"]


@st.composite
def keyword(draw: st.DrawFn, word: str = "SERVICE") -> str:
    out = []
    for letter in word:
        letter = letter.lower() if draw(st.booleans()) else letter
        out.append(f"\\u{ord(letter):04X}" if draw(st.integers(0, 5)) == 0 else letter)
    return "".join(out)


@st.composite
def comment(draw: st.DrawFn) -> str:
    text = "".join(draw(st.lists(st.sampled_from(NOISE), max_size=6)))
    return "#" + text + draw(LINE_ENDS)


@st.composite
def literal(draw: st.DrawFn) -> str:
    parts = draw(
        st.lists(st.sampled_from(["SERVICE", "'", "#", "<x>", "{", " ", '\\"']), max_size=5)
    )
    body = "".join(parts)
    quote = draw(st.sampled_from(['"', '"""', "'''"]))
    if quote == "'''":
        body = body.replace("'", "\\'")
    return quote + body + quote


@st.composite
def iri(draw: st.DrawFn) -> str:
    parts = draw(
        st.lists(st.sampled_from(["'", "#", "SERVICE", "a", "(", ")", "!", "*"]), max_size=5)
    )
    return "<http://x.example/" + "".join(parts) + ">"


@st.composite
def decoy(draw: st.DrawFn) -> str:
    kind = draw(st.integers(0, 2))
    if kind == 0:
        return draw(comment())
    if kind == 1:
        return f"?s {draw(iri())} {draw(literal())} ."
    return f"?s ?p {draw(iri())} ."


@st.composite
def hostile(draw: st.DrawFn, url: str) -> str:
    silent = " SILENT" if draw(st.booleans()) else ""
    pattern = f"{draw(keyword())}{silent} <{url}> {{ ?a ?b ?c }}"
    for _ in range(draw(st.integers(0, 3))):
        wrapper = draw(
            st.sampled_from(
                [
                    "{{ {} }}",
                    "OPTIONAL {{ {} }}",
                    "FILTER EXISTS {{ {} }}",
                    "MINUS {{ {} }}",
                    "{{ SELECT * WHERE {{ {} }} }}",
                    "{{ ?x ?y ?z }} UNION {{ {} }}",
                    "GRAPH ?g {{ {} }}",
                ]
            )
        )
        pattern = wrapper.format(pattern)
    before = draw(st.lists(decoy(), max_size=3))
    after = draw(st.lists(decoy(), max_size=3))
    end = draw(LINE_ENDS)
    body = end.join([*before, pattern, *after])
    return f"SELECT * WHERE {{{end}{body}{end}}}"


FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@FUZZ
@given(data=st.data())
def test_fuzzed_service_never_reaches_the_listener_through_the_store(stores, listener, data):
    query = data.draw(hostile(listener.url))
    before = len(listener.requests)
    for store in stores.values():
        with pytest.raises(GraphError):  # refused (SERVICE) or, for the odd draw, bad SPARQL
            store.sparql(query)
    assert listener.requests[before:] == []


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_fuzzed_service_never_reaches_the_listener_through_the_endpoint(
    endpoint_url, listener, data
):
    query = data.draw(hostile(listener.url))
    before = len(listener.requests)
    assert post(endpoint_url, query) in {400, 403}
    assert listener.requests[before:] == []


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_fuzzed_service_never_reaches_the_listener_through_the_command_line(tiny, listener, data):
    query = data.draw(hostile(listener.url))
    before = len(listener.requests)
    result = CliRunner().invoke(cli, ["query", query, "--graph", str(tiny)])
    assert result.exit_code == 1 and len(result.output.strip().splitlines()) == 1
    assert listener.requests[before:] == []


def test_a_clean_service_call_is_refused_as_service(stores, listener):
    query = f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?a ?b ?c }} }}"
    for store in stores.values():
        with pytest.raises(ServiceError, match="--allow-service"):
            store.sparql(query)


# --- crashes and time limits: one line, and the caller goes on -------------------------------


def test_a_crashed_query_process_is_one_line_and_the_caller_goes_on():
    with pytest.raises(CrashError, match="SIGABRT"):
        isolated(os.abort)
    with pytest.raises(CrashError, match="SIGSEGV"):
        isolated(lambda: ctypes.string_at(0))
    with pytest.raises(TimeLimitError, match=r"time limit of 0\.5 s"):
        isolated(lambda: threading.Event().wait(30), timeout=0.5)
    assert isolated(lambda: 6 * 7) == 42


def _segfault(*args: object) -> None:
    ctypes.string_at(0)


def test_an_engine_crash_under_query_is_one_line(tiny, monkeypatch):
    # (no on-disk store here: RocksDB's threads, started in this process, would not be in
    # the processes that later tests fork)
    monkeypatch.setattr(OxigraphStore, "_execute", _segfault)
    monkeypatch.setattr(RdflibStore, "_execute", _segfault)
    result = CliRunner().invoke(cli, ["query", "SELECT * { ?s ?p ?o }", "--graph", str(tiny)])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "Error: the query engine crashed (its process was ended by SIGSEGV); nothing was answered"
    ]


def test_an_engine_crash_in_the_endpoint_is_a_500_and_the_server_goes_on(stores, monkeypatch):
    class Crashing(OxigraphStore):
        def _execute(self, query, max_rows, selection):  # type: ignore[no-untyped-def]
            if "crash" in query:
                ctypes.string_at(0)
            return super()._execute(query, max_rows, selection)

    store = Crashing()
    store.load([])
    server = Server(Endpoint(store, timeout=10.0), "127.0.0.1", 0)
    server.start()
    try:
        url = f"http://127.0.0.1:{server.port}/sparql"
        assert post(url, 'SELECT * { ?s ?p "crash" }') == 500
        assert post(url, "ASK { ?s ?p ?o }") == 200
        with urllib.request.urlopen(url.replace("/sparql", "/health"), timeout=30) as health:
            assert b'"crashed": 1' in health.read()
    finally:
        server.stop()


def test_a_long_inline_query_is_never_taken_for_a_file_name(tiny):
    query = 'SELECT * WHERE { ?s <http://example.org/p> ?o FILTER(?o != "' + "x" * 400 + '") }'
    result = CliRunner().invoke(cli, ["query", query, "--graph", str(tiny)])
    assert result.exit_code == 0, result.output
    assert "(1 rows)" in result.output
