"""The HTML view: what is drawn from the RDF, selections, escaping, determinism, and the page
itself in real headless Chromium (skipped, saying why, where Chromium is not installed)."""

from __future__ import annotations

import json
import os
import re
import struct
import time
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from browser import Opened, launch, needs_chromium
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS

from diplograph.errors import GraphError
from diplograph.view import render_html, write_html

DGR = "https://w3id.org/diplograph/id/"
DG = Namespace("https://w3id.org/diplograph/ontology#")
ID = Namespace(DGR)
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
PROV = Namespace("http://www.w3.org/ns/prov#")
XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")  # rdflib's XSD object upsets pytest
XSD_DOUBLE = URIRef("http://www.w3.org/2001/XMLSchema#double")
ONTOLOGY = Path(__file__).resolve().parents[1] / "ontology" / "diplograph.ttl"

# Our own small news graph: the foreign ministers of Georgia and Armenia meet in Tbilisi, a
# post is held, the port of Poti lies in Georgia, and a trade figure for 2023.
TURTLE = """
@prefix dg: <https://w3id.org/diplograph/ontology#> .
@prefix dgr: <https://w3id.org/diplograph/id/> .
@prefix schema: <https://schema.org/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

dgr:article-1 a dg:Article ;
  schema:headline "Главы МИД Грузии и Армении провели переговоры в Тбилиси"@ru ;
  schema:datePublished "2024-05-14"^^xsd:date ; schema:publisher dgr:wire .
dgr:wire a dg:Organization ; rdfs:label "Южный Кавказ Сегодня"@ru .
dgr:s1 a dg:Sentence ; dcterms:isPartOf dgr:article-1 ; nif:beginIndex 0 ; nif:endIndex 68 ;
  nif:anchorOf "Глава МИД Грузии Нино Абашидзе приняла в Тбилиси главу МИД Армении." .
dgr:s2 a dg:Sentence ; dcterms:isPartOf dgr:article-1 ; nif:beginIndex 69 ; nif:endIndex 139 ;
  nif:anchorOf "По итогам 2023 года товарооборот двух стран превысил 900 млн долларов." .
dgr:georgia a dg:Country ; rdfs:label "Грузия"@ru, "Georgia"@en ;
  schema:sameAs <http://www.wikidata.org/entity/Q230>, <https://sws.geonames.org/614540/> .
dgr:armenia a dg:Country ; rdfs:label "Армения"@ru, "Armenia"@en ;
  schema:sameAs <http://www.wikidata.org/entity/Q399> .
dgr:tbilisi a dg:City ; rdfs:label "Тбилиси"@ru ; dg:country dgr:georgia .
dgr:poti a dg:Port ; rdfs:label "порт Поти"@ru ; skos:altLabel "Потийский порт"@ru ;
  dg:locatedIn dgr:georgia .
dgr:abashidze a dg:Person ; rdfs:label "Нино Абашидзе"@ru .
dgr:guest a dg:Person ; rdfs:label "Гость <script>alert(1)</script>"@ru .
dgr:fm a dg:Role ; rdfs:label "министр иностранных дел"@ru .
dgr:post-1 a dg:PostHolding ; org:member dgr:abashidze ; org:role dgr:fm ;
  dg:country dgr:georgia ; prov:wasDerivedFrom dgr:s1 ;
  dg:extractedBy "post" ; dg:confidence 0.9 .
dgr:meeting-1 a dg:Meeting ; rdfs:label "Переговоры в Тбилиси"@ru ;
  dg:participant dgr:abashidze, dgr:guest ; dg:place dgr:tbilisi ;
  dg:date "2024-05-14"^^xsd:date ; prov:wasDerivedFrom dgr:s1 ;
  dg:extractedBy "meeting" ; dg:confidence 0.8 .
dgr:trade-1 a dg:TradeFigure ; dg:country dgr:georgia, dgr:armenia ;
  dg:indicator dg:turnover ; dg:comparison dg:more_than ; dg:period "2023" ;
  dg:amount 900000000 ; dg:currency "USD" ; prov:wasDerivedFrom dgr:s2 ;
  dg:extractedBy "trade" ; dg:confidence 0.7 .
dg:turnover a dg:Indicator ; skos:notation "turnover" ;
  skos:prefLabel "товарооборот"@ru, "turnover"@en .
dg:more_than a dg:Comparison ; skos:notation "more_than" ;
  skos:prefLabel "более"@ru, "more than"@en .
"""

DRAWN = {
    "georgia",
    "armenia",
    "tbilisi",
    "poti",
    "abashidze",
    "guest",
    "fm",
    "wire",
    "post-1",
    "meeting-1",
    "trade-1",
}
EDGES = 10  # 3 meeting, 3 post, 2 trade, port->country, city->country


def graph() -> Graph:
    return Graph().parse(data=TURTLE, format="turtle")


def page_data(page: str) -> dict[str, Any]:
    match = re.search(r'<script id="dg-data" type="application/json">(.*?)</script>', page, re.S)
    assert match, "the page carries its data as a JSON script element"
    data: dict[str, Any] = json.loads(match.group(1))
    return data


def drawn(page: str) -> set[str]:
    return {n["id"].removeprefix(DGR) for n in page_data(page)["nodes"]}


def node(page: str, local: str) -> dict[str, Any]:
    found: dict[str, Any] = next(n for n in page_data(page)["nodes"] if n["id"] == DGR + local)
    return found


# --------------------------------------------------------------------------- model and page


def test_draws_entities_and_facts_but_not_evidence_or_code_lists() -> None:
    page = render_html(graph())
    data = page_data(page)
    assert drawn(page) == DRAWN
    assert len(data["edges"]) == EDGES
    ids = {n["id"] for n in data["nodes"]}
    assert all(e["from"] in ids and e["to"] in ids for e in data["edges"])
    assert str(DG.turnover) not in ids and DGR + "s1" not in ids and DGR + "article-1" not in ids


def test_node_label_is_russian_and_literals_sit_on_the_fact_node() -> None:
    page = render_html(graph())
    assert node(page, "georgia")["label"] == "Грузия"
    trade = node(page, "trade-1")
    assert "товарооборот" in trade["label"] and "более" in trade["label"]
    assert "900 млн" in trade["label"] and "USD" in trade["label"] and "2023" in trade["label"]
    assert "900 000 000" in trade["title"]  # the exact amount, in the tooltip
    meeting = node(page, "meeting-1")
    assert meeting["label"].startswith("Переговоры в Тбилиси") and "2024-05-14" in meeting["label"]
    assert meeting["size"] < node(page, "georgia")["size"]  # fact nodes are small


def test_tooltip_shows_class_links_and_evidence() -> None:
    page = render_html(graph())
    georgia = node(page, "georgia")["title"]
    assert "Country" in georgia
    assert "http://www.wikidata.org/entity/Q230" in georgia
    assert "https://sws.geonames.org/614540/" in georgia
    trade = node(page, "trade-1")["title"]
    assert "товарооборот двух стран превысил 900 млн" in trade
    assert "Главы МИД Грузии и Армении провели переговоры в Тбилиси" in trade
    assert "2024-05-14" in trade


def test_edges_are_labelled_and_size_follows_degree() -> None:
    data = page_data(render_html(graph()))
    labels = {
        (e["from"].removeprefix(DGR), e["to"].removeprefix(DGR)): e["label"] for e in data["edges"]
    }
    # the ontology's short label where it has one (Russian first), else the local name
    onto = Graph().parse(ONTOLOGY) if ONTOLOGY.is_file() else Graph()
    names = {
        str(o.language): str(o)
        for o in onto.objects(DG.place, RDFS.label)
        if isinstance(o, Literal)
    }
    assert labels[("meeting-1", "tbilisi")] == names.get("ru", names.get("en", "place"))
    sizes = {n["id"].removeprefix(DGR): n["size"] for n in data["nodes"]}
    assert sizes["georgia"] > sizes["armenia"]


def test_property_without_label_is_named_by_its_local_name() -> None:
    g = graph()
    g.add((ID.georgia, URIRef("http://example.org/vocab#sharesBorderWith"), ID.armenia))
    edges = page_data(render_html(g))["edges"]
    assert {"from": DGR + "georgia", "to": DGR + "armenia"}.items() <= next(
        e for e in edges if e["label"] == "sharesBorderWith"
    ).items()


def test_standard_properties_get_short_names_and_a_post_reads_from_its_holder() -> None:
    data = page_data(render_html(graph()))
    labels = {
        (e["from"].removeprefix(DGR), e["to"].removeprefix(DGR)): e["label"] for e in data["edges"]
    }
    # org:member is drawn from the person to the post holding: "Нино Абашидзе занимает ..."
    assert labels[("abashidze", "post-1")] == "занимает"
    assert labels[("post-1", "fm")] == "должность"
    assert ("post-1", "abashidze") not in labels
    holding = next(e for e in data["edges"] if e["to"] == DGR + "post-1")
    assert holding["inverse"] == "лицо"  # read from the post's side in the panel
    english = data["english"]
    assert english["занимает"] == "holds" and english["должность"] == "post"
    assert english["лицо"] == "holder"
    # the post holding's tooltip still names its holder
    assert "лицо: Нино Абашидзе" in node(render_html(graph()), "post-1")["title"]


def test_amounts_read_as_whole_numbers_and_facts_show_their_head() -> None:
    g = graph()
    g.add((ID["trade-1"], RDFS.label, Literal("Товарооборот: Грузия, Армения", lang="ru")))
    g.set((ID["trade-1"], DG.amount, Literal("900000000.0", datatype=XSD_DOUBLE)))
    page = render_html(g)
    trade = node(page, "trade-1")
    assert "900 000 000" in trade["title"] and "900 000 000.0" not in trade["title"]
    # a figure with an indicator is its numbers on the canvas; its label stays in the panel
    assert trade["label"] == "товарооборот более 900 млн USD · 2023"
    assert page_data(page)["info"][DGR + "trade-1"]["label"] == "Товарооборот: Грузия, Армения"


def test_english_labels_travel_with_the_page() -> None:
    data = page_data(render_html(graph()))
    info = data["info"]
    assert info[DGR + "georgia"]["en"] == "Georgia"
    assert info[DGR + "georgia"]["canvasEn"] == "Georgia"
    assert "en" not in info[DGR + "tbilisi"]  # no @en label: the Russian one is kept
    assert info[DGR + "trade-1"]["canvasEn"].endswith("turnover more than 900 million USD · 2023")
    assert data["classes"]["Port"] == ["порт", "port"]
    assert data["english"]["место проведения"] == "place"


def test_legend_lists_classes_with_counts() -> None:
    page = render_html(graph())
    assert re.search(r'data-class="Person">.*?<span class="dg-count">2</span>', page)
    assert re.search(r'data-class="Port">.*?<span class="dg-count">1</span>', page)
    assert 'data-class="Sentence"' not in page and 'data-class="Article"' not in page


def test_same_graph_gives_byte_identical_page() -> None:
    first = render_html(graph())
    assert render_html(graph()) == first
    # the same triples parsed in another order give the same page too
    lines = graph().serialize(format="nt").splitlines()
    shuffled = Graph().parse(data="\n".join(reversed(lines)), format="nt")
    assert render_html(shuffled) == first


def test_text_from_articles_is_escaped() -> None:
    page = render_html(graph(), title="Кавказ <b>&</b>")
    assert "<script>alert(1)</script>" not in page
    assert "alert(1)" in page  # it is there, as data
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in page
    assert "<title>Кавказ &lt;b&gt;&amp;&lt;/b&gt;</title>" in page
    assert "Гость <script>alert(1)</script>" in node(page, "guest")["label"]  # JSON round-trips


def test_page_needs_no_network() -> None:
    page = render_html(graph())
    assert "<link" not in page
    assert not re.search(r"<script[^>]*\bsrc=", page)
    assert "vis-network" in page  # the library is inlined
    assert "cdn" not in page.lower().replace("cdnjs", "")  # no CDN reference of any kind


def test_vis_network_is_the_one_pyvis_inlines() -> None:
    """The page is made through pyvis (its in-line resources, our template), never from
    files read out of pyvis's folder: pyvis's own in-line page holds the same library."""
    from pyvis.network import Network

    theirs = Network(cdn_resources="in_line").generate_html()
    library = max(re.findall(r"<script>(.*?)</script>", theirs, re.S), key=len)
    assert len(library) > 100_000 and library in render_html(graph())


# --------------------------------------------------------------------------- selections


def test_focus_draws_the_ego_network_of_the_best_match() -> None:
    assert drawn(render_html(graph(), focus="Поти", depth=1)) == {"poti", "georgia"}
    assert drawn(render_html(graph(), focus="потийский", depth=2)) == {
        "poti",
        "georgia",
        "tbilisi",
        "post-1",
        "trade-1",
    }
    # any label language; an exact match beats a longer label containing it
    assert "armenia" in drawn(render_html(graph(), focus="armenia", depth=0))
    page = render_html(graph(), focus="Тбилиси", depth=0)
    assert drawn(page) == {"tbilisi"}
    assert "Окрестность" in page


def test_focus_without_match_is_an_error() -> None:
    with pytest.raises(GraphError, match="Вашингтон"):
        render_html(graph(), focus="Вашингтон")


def test_classes_keep_their_nodes_and_direct_neighbours() -> None:
    assert drawn(render_html(graph(), classes=["Port"])) == {"poti", "georgia"}
    assert drawn(render_html(graph(), classes=["Person", "Port"])) == {
        "poti",
        "georgia",
        "abashidze",
        "guest",
        "meeting-1",
        "post-1",
    }
    with pytest.raises(GraphError, match="Harbour"):
        render_html(graph(), classes=["Harbour"])


def test_classes_and_focus_combine() -> None:
    page = render_html(graph(), classes=["Person"], focus="Абашидзе", depth=1)
    assert drawn(page) == {"abashidze", "meeting-1", "post-1"}


def test_max_nodes_keeps_the_most_connected_and_says_how_many_were_left_out() -> None:
    page = render_html(graph(), max_nodes=4)
    # half the room for entities (degrees: Georgia 4, Abashidze and Tbilisi 2, by name), half
    # for facts: the trade figure (the chart's), then the dated meeting before the post
    assert drawn(page) == {"georgia", "abashidze", "trade-1", "meeting-1"}
    assert 'data-omitted="7"' in page
    assert "7 не показаны" in page
    assert "data-omitted" not in render_html(graph())
    # one node: the most connected entity (half of one is no room for a fact)
    assert drawn(render_html(graph(), max_nodes=1)) == {"georgia"}


def test_bad_arguments() -> None:
    with pytest.raises(ValueError):
        render_html(graph(), depth=-1)
    with pytest.raises(ValueError):
        render_html(graph(), max_nodes=0)


def test_empty_graph_gives_a_page() -> None:
    assert page_data(render_html(Graph()))["nodes"] == []


# --------------------------------------------------------------------------- write_html


def test_write_html_replaces_atomically(tmp_path: Path) -> None:
    target = tmp_path / "graph.html"
    target.write_text("old page", encoding="utf-8")
    write_html(graph(), target, title="Тест")
    assert target.read_text(encoding="utf-8") == render_html(graph(), title="Тест")
    assert os.listdir(tmp_path) == ["graph.html"]
    with pytest.raises(GraphError):
        write_html(graph(), target, focus="нет такого узла")
    assert target.read_text(encoding="utf-8") == render_html(graph(), title="Тест")
    assert os.listdir(tmp_path) == ["graph.html"]


# --------------------------------------------------------------------------- synthetic graph


def synthetic(meetings: int) -> Graph:
    """A news-like graph: meetings of people in cities, cities in countries, trade figures."""
    g = Graph()

    def entity(local: str, cls: str, label: str) -> None:
        g.add((ID[local], RDF.type, DG[cls]))
        g.add((ID[local], RDFS.label, Literal(label, lang="ru")))

    for c in range(60):
        entity(f"country{c}", "Country", f"Страна {c}")
    for c in range(meetings // 5):
        entity(f"city{c}", "City", f"Город {c}")
        g.add((ID[f"city{c}"], DG.country, ID[f"country{c % 60}"]))
    people = meetings
    for p in range(people):
        entity(f"person{p}", "Person", f"Персона {p}")
    for m in range(meetings):
        entity(f"meeting{m}", "Meeting", f"Встреча {m}")
        g.add((ID[f"meeting{m}"], DG.participant, ID[f"person{(7 * m) % people}"]))
        g.add((ID[f"meeting{m}"], DG.participant, ID[f"person{(7 * m + 13) % people}"]))
        g.add((ID[f"meeting{m}"], DG.place, ID[f"city{m % (meetings // 5)}"]))
        g.add((ID[f"meeting{m}"], DG.date, Literal("2024-05-14", datatype=XSD_DATE)))
        g.add((ID[f"s{m}"], RDF.type, DG.Sentence))
        g.add((ID[f"s{m}"], NIF.anchorOf, Literal(f"Предложение {m}.")))
        g.add((ID[f"meeting{m}"], PROV.wasDerivedFrom, ID[f"s{m}"]))
    return g


def test_synthetic_graph_over_max_nodes_is_trimmed() -> None:
    page = render_html(synthetic(200), max_nodes=150)
    assert len(page_data(page)["nodes"]) == 150
    total = 60 + 40 + 200 + 200
    assert f'data-omitted="{total - 150}"' in page


# --------------------------------------------------------------------------- in Chromium


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    yield from launch()


@pytest.fixture
def opened(browser: Any, tmp_path: Path) -> Iterator[Callable[..., Opened]]:
    pages: list[Opened] = []

    def open_graph(g: Graph, timeout_ms: int = 30_000, **kw: Any) -> Opened:
        path = tmp_path / f"page{len(pages)}.html"
        write_html(g, path, **kw)
        pages.append(Opened(browser, path, timeout_ms))
        return pages[-1]

    yield open_graph
    for page in pages:
        page.page.close()


@needs_chromium
def test_page_draws_offline_without_errors(opened: Callable[..., Opened]) -> None:
    view = opened(graph())
    assert view.js("nodes.length") == len(DRAWN)
    # every edge of the graph is in the DataSet; the overview adds its folded ones
    assert view.js("edges.get({filter: function (e) { return !e.fold; }}).length") >= EDGES
    assert (
        view.js("edges.get({filter: function (e) { return /^e[0-9]+$/.test(e.id); }}).length")
        == EDGES
    )
    assert view.js("network instanceof vis.Network")
    assert view.errors == []
    assert view.requests == []
    # no script from the article ran, and the tooltip text holds it as text
    assert view.js("document.querySelectorAll('script').length") == 3
    title = view.js(f"nodes.get('{DGR}guest').title")
    assert "<script>alert(1)</script>" in title


@needs_chromium
def test_search_box_focuses_a_node_by_any_label(opened: Callable[..., Opened]) -> None:
    view = opened(graph())
    for query, expected in (("Поти", "poti"), ("потийский", "poti"), ("Armenia", "armenia")):
        view.page.fill("#dg-search", query)
        view.page.press("#dg-search", "Enter")
        assert view.js("network.getSelectedNodes()") == [DGR + expected]
        assert view.js("document.getElementById('dg-panel').hidden") is False
    panel = view.page.inner_text("#dg-panel")
    assert "Армения" in panel and "http://www.wikidata.org/entity/Q399" in panel
    # the suggestion list offers matches while typing
    view.page.fill("#dg-search", "тбил")
    assert "Тбилиси" in view.page.inner_text("#dg-results")
    assert view.errors == []


@needs_chromium
def test_click_opens_panel_with_evidence(opened: Callable[..., Opened]) -> None:
    view = opened(graph())
    view.js(f"diplograph.focusNode('{DGR}trade-1')")
    panel = view.page.inner_text("#dg-panel")
    assert "товарооборот двух стран превысил 900 млн" in panel
    assert "Главы МИД Грузии и Армении провели переговоры в Тбилиси" in panel
    # a click on an empty spot closes the panel
    view.page.mouse.click(500, 690)
    assert view.js("document.getElementById('dg-panel').hidden") is True
    assert view.errors == []


@needs_chromium
def test_class_filter_hides_nodes(opened: Callable[..., Opened]) -> None:
    view = opened(graph())
    shown = "nodes.get({filter: function (n) { return !n.hidden; }}).map(n => n.id).sort()"
    people = {DGR + "abashidze", DGR + "guest"}
    assert people <= set(view.js(shown))
    view.page.uncheck('input[data-class="Person"]')
    assert not people & set(view.js(shown))
    view.page.check('input[data-class="Person"]')
    assert people <= set(view.js(shown))
    assert view.errors == []


@needs_chromium
def test_entity_panel_lists_its_facts_with_key_values_and_evidence(
    opened: Callable[..., Opened],
) -> None:
    view = opened(graph())
    view.page.fill("#dg-search", "Абашидзе")
    view.page.press("#dg-search", "Enter")
    panel = view.page.inner_text("#dg-panel")
    assert "должность: министр иностранных дел · страна: Грузия" in panel
    assert "участник: Гость <script>alert(1)</script> · место проведения: Тбилиси" in panel
    assert "Глава МИД Грузии Нино Абашидзе приняла в Тбилиси главу МИД Армении." in panel
    assert "Главы МИД Грузии и Армении провели переговоры в Тбилиси, 2024-05-14" in panel
    # the sentence is quoted once; the second fact it states points back to it
    assert panel.count("Нино Абашидзе приняла в Тбилиси главу МИД Армении.") == 1
    assert "то же предложение — выше" in panel
    # a fact's name in the panel leads to the fact
    view.page.click("#dg-panel .dg-fact .dg-link >> nth=0")
    assert view.js("network.getSelectedNodes()") == [DGR + "post-1"]
    assert "лицо → Нино Абашидзе" in view.page.inner_text("#dg-panel")
    assert view.errors == []


@needs_chromium
def test_english_switch_relabels_nodes_edges_legend_and_panel(
    opened: Callable[..., Opened],
) -> None:
    view = opened(graph())
    view.page.check("#dg-english")
    assert view.js(f"nodes.get('{DGR}georgia').label") == "Georgia"
    assert view.js(f"nodes.get('{DGR}tbilisi').label") == "Тбилиси"  # no @en label
    assert "900 million" in view.js(f"nodes.get('{DGR}trade-1').label")
    assert "place" in view.js("edges.map(function (e) { return e.label; })")
    assert "port" in view.page.inner_text("#dg-legend")
    view.js(f"diplograph.focusNode('{DGR}georgia')")
    panel = view.page.inner_text("#dg-panel")
    assert "Georgia" in panel and "post: министр иностранных дел" in panel
    view.page.uncheck("#dg-english")
    assert view.js(f"nodes.get('{DGR}georgia').label") == "Грузия"
    assert "порт" in view.page.inner_text("#dg-legend")
    assert view.errors == []


def png_colours(png: bytes) -> int:
    """Distinct colours of an 8-bit RGB/RGBA PNG (no imaging library is a dependency)."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", 0
    height = depth = colour_type = 0
    while pos < len(png):
        (length,) = struct.unpack(">I", png[pos : pos + 4])
        kind, chunk = png[pos + 4 : pos + 8], png[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour_type = struct.unpack(">IIBB", chunk[:10])
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    assert depth == 8 and colour_type in (2, 6)
    bpp = 3 if colour_type == 2 else 4
    raw, stride = zlib.decompress(idat), width * bpp
    prev, colours = bytearray(stride), set[bytes]()
    for row in range(height):
        start = row * (stride + 1)
        method, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if method == 1:
                line[i] = (line[i] + a) & 255
            elif method == 2:
                line[i] = (line[i] + b) & 255
            elif method == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif method == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        colours.update(bytes(line[i : i + 3]) for i in range(0, stride, bpp))
        prev = line
    return len(colours)


@needs_chromium
def test_screenshot_is_not_blank(opened: Callable[..., Opened]) -> None:
    view = opened(graph())
    view.page.set_viewport_size({"width": 480, "height": 360})
    view.js("network.fit()")
    png = view.page.screenshot(type="png")
    assert png_colours(png) > 10


@needs_chromium
def test_ten_thousand_nodes_become_interactive(opened: Callable[..., Opened]) -> None:
    g = synthetic(4000)  # 60 countries + 800 cities + 4000 people + 4000 meetings + ...
    for t in range(1200):  # ... + 1200 trade figures = 10 060 nodes
        g.add((ID[f"trade{t}"], RDF.type, DG.TradeFigure))
        g.add((ID[f"trade{t}"], DG.country, ID[f"country{t % 60}"]))
        g.add((ID[f"trade{t}"], DG.country, ID[f"country{(7 * t + 1) % 60}"]))
        g.add((ID[f"trade{t}"], DG.amount, Literal(t * 1_000_000)))
    start = time.perf_counter()
    view = opened(g, timeout_ms=60_000, max_nodes=20_000)
    rendered = time.perf_counter() - start - view.seconds
    print(f"\n10^4 nodes: render+write {rendered:.2f} s, page interactive in {view.seconds:.2f} s")
    assert view.js("nodes.length") == 10_060
    # the overview: every country, the most connected others, never the whole hairball
    members = view.js("diplograph.view().members")
    assert {DGR + f"country{c}" for c in range(60)} <= set(members)
    assert len(members) <= 100
    assert len(view.js("network.getPositions()")) == len(members)
    assert view.errors == []
    assert view.requests == []
