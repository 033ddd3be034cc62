"""One graph across many articles, linked to open data, in every export format."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import RDF, Dataset, Graph, Literal, URIRef

from diplograph.cli import cli
from diplograph.rdf.namespace import DCTERMS, DG, DGR, PROV, SCHEMA
from diplograph.rdf.reports import plan
from diplograph.rdf.shards import merge_in_memory

ROOT = Path(__file__).resolve().parents[1]

ARTICLES = {
    "one.txt": (
        "Узбекистан и Турция обсудили торговлю\n3 апреля 2024\n\n"
        "Министр иностранных дел Узбекистана Бахтиёр Саидов провел в Анкаре переговоры с "
        "министром иностранных дел Турции Хаканом Фиданом.\n\n"
        "По итогам 2023 года товарооборот между Узбекистаном и Турцией составил 3 млрд "
        "долларов.\n\n"
        "МИД Узбекистана сообщил, что в июне в Ташкенте пройдут консультации.\n"
    ),
    "two.txt": (
        "Саидов посетил Баку\n10 мая 2024\n\n"
        "Министр иностранных дел Азербайджана Джейхун Байрамов принял в Баку главу МИД "
        "Узбекистана Бахтиёра Саидова.\n\n"
        "Стороны обсудили строительство терминала в порту Баку и экспорт узбекского хлопка "
        "в Азербайджан.\n\n"
        "Президент Узбекистана Шавкат Миромонович Мирзиёев направил приветствие участникам "
        "встречи.\n"
    ),
    "three.txt": (
        "Байрамов и Фидан встретились в Анкаре\n1 июня 2024\n\n"
        "Министр иностранных дел Турции Хакан Фидан провел переговоры с министром иностранных "
        "дел Азербайджана Джейхуном Байрамовым в Анкаре.\n\n"
        "Министры подписали меморандум о сотрудничестве в области энергетики.\n\n"
        "Министерство иностранных дел Узбекистана приветствовало итоги встречи, а Шавкат Мирзиёев "
        "поздравил министров.\n"
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
    # each fact's evidence is a sentence of the article whose named graph holds it
    for graph in named:
        (article,) = set(graph.subjects(RDF.type, DG.Article))
        for fact in set(facts_seen) & set(graph.subjects()):
            sentences = set(graph.objects(fact, PROV.wasDerivedFrom))
            assert sentences, fact
            for sentence in sentences:
                assert set(graph.objects(sentence, DCTERMS.isPartOf)) == {article}


def _iris(graph: Graph) -> set[URIRef]:
    """The IRIs of the data: the build's description names the build, which changes."""
    from diplograph.rdf.description import DESCRIPTION

    return {
        t
        for triple in graph
        for t in triple
        if isinstance(t, URIRef) and not t.startswith(str(DESCRIPTION))
    }


def test_each_ministry_and_gazetteer_person_has_one_iri_and_its_link(corpus: Path):
    graph = Graph().parse(corpus / "graph.ttl")
    # "МИД Узбекистана", "главу МИД Узбекистана", "Министерство иностранных дел Узбекистана"
    ministries = _labelled(graph, DG.GovernmentBody)
    assert set(ministries) == {"Министерство иностранных дел Узбекистана"}
    (mfa,) = ministries["Министерство иностранных дел Узбекистана"]
    assert mfa == DGR["organization/mfa-uzbekistan"]
    assert set(graph.objects(mfa, DG.country)) == {DGR["country/uzbekistan"]}
    assert not [o for o in _labelled(graph, DG.Organization) if o.upper() == "МИД"]
    # "Шавкат Миромонович Мирзиёев" and "Шавкат Мирзиёев": one person, linked
    people = _labelled(graph, DG.Person)
    assert people["Шавкат Мирзиёев"] == {DGR["person/shavkat-mirzieev"]}
    assert "Шавкат Миромонович Мирзиёев" not in people
    assert set(graph.objects(DGR["person/shavkat-mirzieev"], SCHEMA.sameAs)) == {
        URIRef("http://www.wikidata.org/entity/Q57808")
    }
    # a person the gazetteer does not know keeps its key and has no link
    (saidov,) = people["Бахтиёр Саидов"]
    assert saidov == DGR["person/bakhtier-saidov"]
    assert not set(graph.objects(saidov, SCHEMA.sameAs))


def test_countries_carry_their_iso_code_and_english_label(corpus: Path):
    graph = Graph().parse(corpus / "graph.ttl")
    uzbekistan = DGR["country/uzbekistan"]
    assert set(graph.objects(uzbekistan, DCTERMS.identifier)) == {Literal("UZ")}
    assert Literal("Uzbekistan", lang="en") in set(graph.objects(uzbekistan, None))
    for country in graph.subjects(RDF.type, DG.Country):
        assert len(set(graph.objects(country, DCTERMS.identifier))) == 1, country


def test_adding_an_article_keeps_every_iri(tmp_path: Path):
    two = tmp_path / "two"
    three = tmp_path / "three"
    paths = _write(tmp_path, ["one.txt", "two.txt", "three.txt"])
    CliRunner().invoke(cli, ["build", *paths[:2], "--out", str(two), "--no-html"])
    CliRunner().invoke(cli, ["build", *paths, "--out", str(three), "--no-html"])
    before = _iris(Graph().parse(two / "graph.ttl"))
    after = _iris(Graph().parse(three / "graph.ttl"))
    assert before < after
    # the facts of the first two articles are unchanged, the third's are added beside them
    old = Dataset()
    old.parse(two / "graph.trig", format="trig")
    new = Dataset()
    new.parse(three / "graph.trig", format="trig")
    for graph in old.graphs():
        if str(graph.identifier).startswith(str(DGR["graph/"])):
            assert set(graph) == set(new.graph(graph.identifier))


@pytest.mark.parametrize(
    ("name", "fmt", "ox_format"),
    [
        ("graph.trig", "trig", ox.RdfFormat.TRIG),
        ("graph.nq", "nquads", ox.RdfFormat.N_QUADS),
    ],
)
def test_the_union_is_the_merge_of_the_articles_named_graphs(corpus: Path, name, fmt, ox_format):
    """graph.trig and graph.nq keep each article's own statement (a named graph each) and the
    build's description (the default graph); merged as the build merges them (many reports
    of one fact as one node), they give graph.ttl exactly: the union can be undone and redone."""
    parts: dict[str, set[str]] = {}
    default: set[str] = set()
    prefix = str(DGR["graph/"])
    for quad in ox.parse(path=str(corpus / name), format=ox_format):
        line = f"{quad.subject} {quad.predicate} {quad.object} .\n"
        if isinstance(quad.graph_name, ox.DefaultGraph):
            default.add(line)
        elif not quad.graph_name.value.endswith("/held-back"):
            parts.setdefault(quad.graph_name.value[len(prefix) :], set()).add(line)
    graphs = [(i, "".join(sorted(lines)).encode()) for i, lines in sorted(parts.items())]
    merged = plan(graphs)
    rewritten = [merged.rewrite(i, data) for i, data in graphs]
    union = b"".join(merge_in_memory([*rewritten, merged.extra]))
    triples = set(Graph().parse(data=union + "".join(default).encode(), format="nt"))
    assert triples == set(Graph().parse(corpus / "graph.ttl"))
    # and some reports were merged: the corpus's people hold their posts in several articles
    assert merged.members


def test_json_ld_holds_the_union(corpus: Path):
    turtle = set(Graph().parse(corpus / "graph.ttl"))
    assert set(Graph().parse(corpus / "graph.jsonld", format="json-ld")) == turtle
    store = ox.Store()
    store.load(path=str(corpus / "graph.jsonld"), format=ox.RdfFormat.JSON_LD)
    oxi = {(str(q.subject), str(q.predicate), str(q.object)) for q in store}
    reference = ox.Store()
    reference.load(path=str(corpus / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    assert oxi == {(str(q.subject), str(q.predicate), str(q.object)) for q in reference}


def _nt(terms: ox.Quad | ox.Triple) -> tuple[str, str, str]:
    return (str(terms.subject), str(terms.predicate), str(terms.object))


def test_turtle_reads_the_same_in_rdflib_and_oxigraph(corpus: Path):
    # rdflib's reading of every file, written as N-Triples, is what Oxigraph reads
    for name, fmt in (("graph.ttl", "turtle"), ("graph.jsonld", "json-ld")):
        graph = Graph().parse(corpus / name, format=fmt)
        through_rdflib = ox.Store()
        through_rdflib.load(graph.serialize(format="nt").encode(), format=ox.RdfFormat.N_TRIPLES)
        direct = ox.Store()
        ox_format = ox.RdfFormat.TURTLE if fmt == "turtle" else ox.RdfFormat.JSON_LD
        direct.load(path=str(corpus / name), format=ox_format)
        assert {_nt(q) for q in through_rdflib} == {_nt(q) for q in direct}, name


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


def test_two_spellings_of_one_name_give_one_label_and_a_shared_fund_conforms(tmp_path: Path):
    first = tmp_path / "a.txt"
    first.write_text(
        "Узбекистан и Турция создают фонд\n3 апреля 2024\n\n"
        "Министр иностранных дел Узбекистана Бахтиёр Саидов провел переговоры в Анкаре. "
        "Стороны договорились о создании Узбекско-турецкого фонда развития с капиталом "
        "$100 млн.\n",
        encoding="utf-8",
    )
    second = tmp_path / "b.txt"
    second.write_text(
        "Фонд развития увеличит капитал\n3 мая 2024\n\n"
        "Министр иностранных дел Узбекистана Бахтиер Саидов провел переговоры в Анкаре. "
        "Стороны договорились о создании Узбекско-турецкого фонда развития с капиталом "
        "$150 млн.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(first), str(second), "--out", str(out)])
    assert result.exit_code == 0, result.output
    graph = Graph().parse(out / "graph.ttl")
    person = URIRef("https://w3id.org/diplograph/id/person/bakhtier-saidov")
    labels = [
        o for o in graph.objects(person, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))
    ]
    assert len([label for label in labels if label.language == "ru"]) == 1
