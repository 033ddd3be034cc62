"""One graph across many articles, linked to open data, in every export format."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import RDF, Dataset, Graph, URIRef

from diplograph.cli import cli
from diplograph.namespace import DG, SCHEMA

ROOT = Path(__file__).resolve().parents[1]

ARTICLES = {
    "one.txt": (
        "Узбекистан и Турция обсудили торговлю\n3 апреля 2024\n\n"
        "Министр иностранных дел Узбекистана Бахтиёр Саидов провел в Анкаре переговоры с "
        "министром иностранных дел Турции Хаканом Фиданом.\n\n"
        "По итогам 2023 года товарооборот между Узбекистаном и Турцией составил 3 млрд долларов.\n"
    ),
    "two.txt": (
        "Саидов посетил Баку\n10 мая 2024\n\n"
        "Министр иностранных дел Азербайджана Джейхун Байрамов принял в Баку главу МИД "
        "Узбекистана Бахтиёра Саидова.\n\n"
        "Стороны обсудили строительство терминала в порту Баку и экспорт узбекского хлопка "
        "в Азербайджан.\n"
    ),
    "three.txt": (
        "Байрамов и Фидан встретились в Анкаре\n1 июня 2024\n\n"
        "Министр иностранных дел Турции Хакан Фидан провел переговоры с министром иностранных "
        "дел Азербайджана Джейхуном Байрамовым в Анкаре.\n\n"
        "Министры подписали меморандум о сотрудничестве в области энергетики.\n"
    ),
}


def _write(folder: Path, names: list[str]) -> list[str]:
    paths = []
    for name in names:
        path = folder / name
        path.write_text(ARTICLES[name], encoding="utf-8")
        paths.append(str(path))
    return paths


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    paths = _write(folder, ["one.txt", "two.txt", "three.txt"])
    out = folder / "out"
    args = ["build", *paths, "--out", str(out), "--export", "nq,jsonld", "--no-html"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    return out


def _labelled(graph: Graph, cls: URIRef) -> dict[str, set[URIRef]]:
    out: dict[str, set[URIRef]] = {}
    for node in graph.subjects(RDF.type, cls):
        for label in graph.objects(node, URIRef("http://www.w3.org/2000/01/rdf-schema#label")):
            if getattr(label, "language", None) == "ru":
                out.setdefault(str(label), set()).add(node)  # type: ignore[arg-type]
    return out


def test_each_person_country_and_city_has_one_iri(corpus: Path):
    graph = Graph().parse(corpus / "graph.ttl")
    people = _labelled(graph, DG.Person)
    for name in ("Бахтиёр Саидов", "Хакан Фидан", "Джейхун Байрамов"):
        assert len(people[name]) == 1, people
    assert not [label for label in people if label in {"Саидов", "Саидова", "Байрамовым"}]
    for cls, name in ((DG.Country, "Турция"), (DG.Country, "Узбекистан"), (DG.City, "Анкара")):
        assert len(_labelled(graph, cls)[name]) == 1


def test_named_graphs_keep_each_articles_facts_apart(corpus: Path):
    ds = Dataset()
    ds.parse(corpus / "graph.trig", format="trig")
    named = [
        g
        for g in ds.graphs()
        if str(g.identifier).startswith("https://w3id.org/diplograph/id/graph/")
    ]
    assert len(named) == 3
    facts_seen: dict[URIRef, int] = {}
    for graph in named:
        articles = set(graph.subjects(RDF.type, DG.Article))
        assert len(articles) == 1
        for cls in (DG.Meeting, DG.TradeFigure, DG.PostHolding, DG.Signing, DG.ExportFlow):
            for fact in graph.subjects(RDF.type, cls):
                facts_seen[fact] = facts_seen.get(fact, 0) + 1  # type: ignore[index]
    assert facts_seen and set(facts_seen.values()) == {1}


def test_adding_an_article_keeps_every_iri(tmp_path: Path):
    two = tmp_path / "two"
    three = tmp_path / "three"
    paths = _write(tmp_path, ["one.txt", "two.txt", "three.txt"])
    CliRunner().invoke(cli, ["build", *paths[:2], "--out", str(two), "--no-html"])
    CliRunner().invoke(cli, ["build", *paths, "--out", str(three), "--no-html"])
    before = {s for s in Graph().parse(two / "graph.ttl").subjects() if isinstance(s, URIRef)}
    after = {s for s in Graph().parse(three / "graph.ttl").subjects() if isinstance(s, URIRef)}
    assert before <= after


@pytest.mark.parametrize(
    ("name", "fmt", "ox_format"),
    [
        ("graph.trig", "trig", ox.RdfFormat.TRIG),
        ("graph.nq", "nquads", ox.RdfFormat.N_QUADS),
        ("graph.jsonld", "json-ld", ox.RdfFormat.JSON_LD),
    ],
)
def test_every_export_round_trips_to_the_same_graph(corpus: Path, name, fmt, ox_format):
    turtle = set(Graph().parse(corpus / "graph.ttl"))
    if fmt == "json-ld":
        triples = set(Graph().parse(corpus / name, format=fmt))
    else:
        ds = Dataset()
        ds.parse(corpus / name, format=fmt)
        triples = {(s, p, o) for s, p, o, _ in ds.quads()}
    assert triples == turtle
    store = ox.Store()
    store.load(path=str(corpus / name), format=ox_format)
    oxi = {(str(q.subject), str(q.predicate), str(q.object)) for q in store}
    reference = ox.Store()
    reference.load(path=str(corpus / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    assert oxi == {(str(q.subject), str(q.predicate), str(q.object)) for q in reference}


def test_countries_cities_and_seas_link_to_wikidata_and_geonames(corpus: Path):
    graph = Graph().parse(corpus / "graph.ttl")
    links = {str(o) for o in graph.objects(None, SCHEMA.sameAs)}
    assert "http://www.wikidata.org/entity/Q265" in links  # Uzbekistan
    assert "http://www.wikidata.org/entity/Q43" in links  # Turkey
    assert "http://www.wikidata.org/entity/Q9248" in links  # Baku
    assert any(link.startswith("https://sws.geonames.org/") for link in links)


def test_links_query_returns_every_linked_entity(corpus: Path):
    out = CliRunner().invoke(cli, ["query", "links", "--graph", str(corpus), "--format", "csv"])
    rows = out.output.strip().splitlines()[1:]
    graph = Graph().parse(corpus / "graph.ttl")
    linked = {s for s, o in graph.subject_objects(SCHEMA.sameAs) if "wikidata.org" in str(o)}
    assert len(rows) == len(linked)


def test_query_joins_the_graph_with_another_dataset(corpus: Path):
    result = CliRunner().invoke(
        cli,
        [
            "query",
            str(ROOT / "examples" / "join_iso.rq"),
            "--graph",
            str(corpus),
            "--with",
            str(ROOT / "examples" / "countries.ttl"),
            "--format",
            "csv",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "Узбекистан,UZ,UZB,Uzbekistan" in result.output
    assert "Турция,TR,TUR," in result.output
