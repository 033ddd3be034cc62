"""The store interface: Oxigraph and rdflib give the same answers, in every format."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree

import pytest
from rdflib import Graph, Literal

from diplograph.errors import GraphError
from diplograph.sparql.dataset import competency_names, load_graphs, query_text
from diplograph.sparql.guard import ServiceError, check
from diplograph.sparql.store import (
    LimitError,
    OxigraphStore,
    RdflibStore,
    ReadOnlyError,
    open_store,
)


@pytest.fixture(scope="module")
def stores(bundled_build: Path) -> dict[str, object]:
    graph = [bundled_build / "graph.ttl"]
    return {
        "oxigraph": open_store(graph, backend="oxigraph"),
        "rdflib": open_store(graph, backend="rdflib"),
    }


@pytest.mark.parametrize("name", competency_names())
def test_both_backends_give_the_same_rows_for_every_competency_question(stores, name):
    oxigraph, rdflib = stores["oxigraph"], stores["rdflib"]
    a, b = oxigraph.run(name), rdflib.run(name)
    assert a.variables == b.variables
    assert a.rows == b.rows  # same terms, same order (every CQ orders by all its columns)
    for fmt in ("json", "xml", "csv", "tsv"):
        assert oxigraph.run(name).serialize(fmt).body == rdflib.run(name).serialize(fmt).body
    for fmt in ("table", "csv", "tsv", "json", "xml"):
        assert a.text(fmt) == b.text(fmt)


@pytest.mark.parametrize("name", competency_names())
def test_rows_are_those_of_rdflib_over_the_same_files(stores, bundled_build, name):
    """The scorer's engine, queried by hand: the same rows, decimals in canonical form."""

    def plain(value: object) -> str:
        if value is None:
            return ""
        if isinstance(value, Literal) and str(value.datatype).endswith("#decimal"):
            number = value.toPython()
            return format(number, "f") if number != number.to_integral() else str(int(number))
        return str(value)

    result = load_graphs([bundled_build / "graph.ttl"]).query(query_text(name))
    expected = [tuple(plain(v) for v in row) for row in result]  # type: ignore[union-attr]
    columns, rows = stores["oxigraph"].run(name).table()
    assert columns == tuple(str(v) for v in result.vars or ())
    assert rows == expected


def test_the_competency_questions_have_answers(stores):
    # all but conflicts: one article never disagrees with another (tests/test_many_reports.py)
    answered = {name for name in competency_names() if stores["oxigraph"].run(name).rows}
    assert answered == set(competency_names()) - {"conflicts"}


def test_results_formats_follow_sparql_1_1(stores):
    result = stores["oxigraph"].run("funds")
    data = json.loads(result.serialize("json").body)
    assert data["head"]["vars"] == [
        "fundLabel",
        "founderLabel",
        "capital",
        "currency",
        "projectLabel",
    ]
    first = data["results"]["bindings"][0]
    assert first["fundLabel"]["xml:lang"] == "ru"
    assert first["capital"] == {
        "type": "literal",
        "value": "300000000",
        "datatype": "http://www.w3.org/2001/XMLSchema#decimal",
    }
    xml = ElementTree.fromstring(result.serialize("xml").body)
    ns = "{http://www.w3.org/2005/sparql-results#}"
    assert next(v.get("name") for v in xml.iter(f"{ns}variable")) == "fundLabel"
    assert len(list(xml.iter(f"{ns}result"))) == len(result.rows)
    csv_text = result.serialize("csv").body.decode()
    assert csv_text.startswith("fundLabel,founderLabel,capital,currency,projectLabel\r\n")
    tsv = result.serialize("tsv").body.decode().splitlines()
    assert tsv[0].split("\t")[0] == "?fundLabel"
    cells = tsv[1].split("\t")
    assert cells[0].startswith('"') and cells[0].endswith('"@ru') and cells[3] == '"USD"'
    assert '"300000000"^^<http://www.w3.org/2001/XMLSchema#decimal>' in tsv[1]


def test_ask_construct_and_describe(stores):
    for store in stores.values():
        assert store.run("ASK { ?m a dg:Meeting }").text("table") == "true\n"  # dg: predeclared
        assert json.loads(store.query("ASK { ?m a dg:Nothing }", "json").body) == {
            "head": {},
            "boolean": False,
        }
        answer = store.query("CONSTRUCT { ?m ?p ?o } WHERE { ?m a dg:Meeting ; ?p ?o }")
        assert answer.media_type.startswith("text/turtle")
        graph = Graph().parse(data=answer.body.decode(), format="turtle")
        assert len(graph) == answer.rows > 3
        described = store.run("DESCRIBE ?m WHERE { ?m a dg:Meeting }")
        assert described.kind == "graph" and described.size > 3


def test_updates_bad_queries_and_limits(stores):
    for store in stores.values():
        with pytest.raises(ReadOnlyError):
            store.run("INSERT DATA { <http://a/> <http://b/> <http://c/> }")
        with pytest.raises(GraphError, match="query failed"):
            store.run("SELEC nothing")
        with pytest.raises(LimitError, match="row limit"):
            store.run("SELECT * WHERE { ?s ?p ?o }", max_rows=10)
        assert len(store.run("SELECT * WHERE { ?s ?p ?o } LIMIT 10", max_rows=10).rows) == 10


def test_quads_are_one_set_of_triples_and_named_graphs_stay(bundled_build: Path):
    files = [bundled_build / "graph.ttl", bundled_build / "graph.trig"]
    oxigraph = open_store(files, backend="oxigraph")
    rdflib = open_store(files, backend="rdflib")
    assert len(oxigraph) == len(rdflib) == len(open_store([files[0]], backend="rdflib"))
    assert oxigraph.graph_names() == rdflib.graph_names() != []
    name = oxigraph.graph_names()[0]
    count = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}"
    assert oxigraph.run(count).table() == rdflib.run(count).table()
    graph = oxigraph.read_graph(name)
    other = rdflib.read_graph(name)
    assert graph is not None and other is not None and graph.size == other.size
    turtle = graph.serialize("turtle").body.decode()
    assert len(Graph().parse(data=turtle, format="turtle")) == graph.size > 10
    assert oxigraph.read_graph("http://nothing/") is None
    assert rdflib.read_graph("http://nothing/") is None


def test_every_graph_format_loads_the_same_triples(bundled_build: Path):
    sizes = {
        suffix: len(open_store([bundled_build / f"graph.{suffix}"], backend="oxigraph"))
        for suffix in ("ttl", "nq", "jsonld")
    }
    assert len(set(sizes.values())) == 1, sizes


def test_persistent_store_opens_read_only(bundled_build: Path, tmp_path: Path):
    path = tmp_path / "store"
    store = OxigraphStore(path)
    count = store.load([bundled_build])
    store.close()
    del store
    reopened = open_store(path=path)
    assert len(reopened) == count
    assert reopened.run("posts").rows
    with pytest.raises(ReadOnlyError):
        reopened.load([bundled_build])
    with pytest.raises(GraphError, match="diplograph load"):
        open_store(path=tmp_path / "missing")


def test_auto_backend_is_rdflib_for_small_graphs(bundled_build: Path):
    assert isinstance(open_store([bundled_build / "graph.ttl"]), RdflibStore)
    with pytest.raises(GraphError, match="unknown backend"):
        open_store([bundled_build], backend="jena")


def test_bad_graph_file_is_one_line(tmp_path: Path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .\n", encoding="utf-8")
    for backend in ("oxigraph", "rdflib"):
        with pytest.raises(GraphError) as error:
            open_store([bad], backend=backend)
        assert "cannot be parsed as turtle" in str(error.value)
        assert "\n" not in str(error.value)


@pytest.mark.parametrize(
    ("query", "update", "service"),
    [
        ("SELECT * { ?s ?p ?o }", False, False),
        ("PREFIX x: <http://x/> DELETE WHERE { ?s ?p ?o }", True, False),
        ("BASE <http://x/> INSERT DATA { <a> <b> <c> }", True, False),
        ("\\u0049NSERT DATA { <http://a/> <http://b/> <http://c/> }", True, False),
        ('SELECT * { ?s ?p "INSERT DATA" }', False, False),
        ("# SERVICE in a comment\nSELECT * { ?s ?p ?o }", False, False),
        ("SELECT * { ?s <http://x/SERVICE> ?o }", False, False),
        ("SELECT * { ?s ?p ?o . ?o ex:service ?x }", False, False),
        ("SELECT * { service <http://x/> { ?s ?p ?o } }", False, True),
        ("SELECT * { SERVICE SILENT ?endpoint { ?s ?p ?o } }", False, True),
        ("SELECT * { \\u0053ERVICE <http://x/> { ?s ?p ?o } }", False, True),
        ("SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <http://x/> { ?a ?b ?c } } }", False, True),
        ("SELECT * { { SELECT * { SERVICE <http://x/> { ?s ?p ?o } } } }", False, True),
    ],
)
def test_update_and_service_are_read_from_the_parsed_query(query, update, service):
    if update:
        with pytest.raises(ReadOnlyError):
            check(query)
        return
    assert bool(check(query, allow_service=True).services) == service
    if service:
        with pytest.raises(ServiceError, match="--allow-service"):
            check(query)


@pytest.mark.parametrize(
    ("query", "problem"),
    [
        ("SELECT * WHERE " + "{" * 5000 + "}" * 5000, "nested too deeply"),
        ("SELECT * { ?s ?p '\\uD800' }", "names no character"),
        ("SELECT * { ?s ?p '\\U00110000' }", "names no character"),
        ("SELEC ?x", "query failed"),
    ],
)
def test_queries_the_guard_cannot_read_are_refused_in_one_line(query, problem):
    with pytest.raises(GraphError, match=problem) as error:
        check(query)
    assert "\n" not in str(error.value)
