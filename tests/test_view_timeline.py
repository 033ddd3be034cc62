"""The timeline and the turnover chart, in real headless Chromium: offline, in order, filtered,
every point with its source, undated facts apart, disagreeing facts marked side by side."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from browser import Opened, launch, needs_chromium
from rdflib import Graph
from test_view import DGR, TURTLE, page_data

from diplograph.view import render_html, write_html

pytestmark = needs_chromium

# Our own story of Georgia and Armenia over the years, on top of test_view's graph: their
# turnover stated for 2021 and 2022, two articles that disagree on 2023 (900 and 950 million),
# a target for 2025 and one with no year, a signing in 2024 and talks of no stated date.
STORY = (
    TURTLE
    + """
dgr:article-2 a dg:Article ; schema:headline "Армения и Грузия подвели торговые итоги"@ru ;
  schema:datePublished "2024-02-01"^^xsd:date .
dgr:s3 a dg:Sentence ; dcterms:isPartOf dgr:article-2 ; nif:beginIndex 0 ;
  nif:anchorOf "В 2023 году товарооборот Армении и Грузии достиг 950 млн долларов." .
dgr:s4 a dg:Sentence ; dcterms:isPartOf dgr:article-2 ; nif:beginIndex 70 ;
  nif:anchorOf "Годом ранее он составил 800 млн, а в 2021 году — 700 млн долларов." .
dgr:s5 a dg:Sentence ; dcterms:isPartOf dgr:article-2 ; nif:beginIndex 140 ;
  nif:anchorOf "Стороны намерены довести товарооборот до 1,5 млрд долларов к 2025 году." .
dgr:s6 a dg:Sentence ; dcterms:isPartOf dgr:article-2 ; nif:beginIndex 210 ;
  nif:anchorOf "Министры подписали меморандум о транзите и договорились о новых переговорах." .
dgr:trade-2 a dg:TradeFigure ; dg:country dgr:georgia, dgr:armenia ;
  dg:indicator dg:turnover ; dg:period "2023" ; dg:amount 950000000 ; dg:currency "USD" ;
  prov:wasDerivedFrom dgr:s3 ; dg:disagreesWith dgr:trade-1 .
dgr:trade-2022 a dg:TradeFigure ; dg:country dgr:georgia, dgr:armenia ;
  dg:indicator dg:turnover ; dg:period "2022" ; dg:amount 800000000 ; dg:currency "USD" ;
  prov:wasDerivedFrom dgr:s4 .
dgr:trade-2021 a dg:TradeFigure ; dg:country dgr:georgia, dgr:armenia ;
  dg:indicator dg:turnover ; dg:period "2021" ; dg:amount 700000000 ; dg:currency "USD" ;
  prov:wasDerivedFrom dgr:s4 .
dgr:target-2025 a dg:TradeFigure ; dg:country dgr:georgia, dgr:armenia ;
  dg:indicator dg:target ; dg:period "2025" ; dg:amount 1500000000 ; dg:currency "USD" ;
  prov:wasDerivedFrom dgr:s5 .
dgr:target-open a dg:TradeFigure ; dg:country dgr:georgia, dgr:armenia ;
  dg:indicator dg:target ; dg:amount 2000000000 ; dg:currency "USD" ;
  prov:wasDerivedFrom dgr:s5 .
dgr:memo a dg:Document ; rdfs:label "Меморандум о транзите"@ru .
dgr:signing-1 a dg:Signing ; rdfs:label "Подписание: Меморандум о транзите"@ru ;
  dg:document dgr:memo ; dg:signatory dgr:abashidze ; dg:date "2024-02-01"^^xsd:date ;
  prov:wasDerivedFrom dgr:s6 .
dgr:meeting-2 a dg:Meeting ; rdfs:label "Переговоры: Нино Абашидзе"@ru ;
  dg:participant dgr:abashidze ; prov:wasDerivedFrom dgr:s6 .
dg:target a dg:Indicator ; skos:notation "target" ; skos:prefLabel "цель"@ru, "target"@en .
"""
)


def story() -> Graph:
    return Graph().parse(data=STORY, format="turtle")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    yield from launch()


@pytest.fixture
def opened(browser: Any, tmp_path: Path) -> Iterator[Callable[..., Opened]]:
    pages: list[Opened] = []

    def open_graph(g: Graph, **kw: Any) -> Opened:
        path = tmp_path / f"page{len(pages)}.html"
        write_html(g, path)
        pages.append(Opened(browser, path, **kw))
        return pages[-1]

    yield open_graph
    for page in pages:
        page.close()


def entries(view: Opened, where: str = "#dg-tl-list") -> list[str]:
    found: list[str] = view.js(
        f"Array.from(document.querySelectorAll('{where} .dg-tl-item'))"
        ".map(function (e) { return e.getAttribute('data-fact'); })"
    )
    return [f.removeprefix(DGR) for f in found]


def test_the_timeline_lists_facts_in_time_with_sources_and_undated_apart(opened) -> None:
    view = opened(story())
    assert view.js("document.getElementById('dg-timeline').hidden") is True
    view.page.click('[data-tab="timeline"]')
    assert view.js("document.getElementById('dg-timeline').hidden") is False
    listed = entries(view)
    dated = ["trade-2021", "trade-2022", "trade-1", "trade-2", "signing-1", "meeting-1"]
    assert listed[: len(dated)] == dated  # by time: the figures of 2021-2023, then 2024
    assert "target-2025" in listed
    undated = entries(view, "#dg-tl-undated ~")
    assert sorted(undated) == ["meeting-2", "target-open"]
    assert listed[-2:] == undated  # apart, after the facts in time
    text = view.page.inner_text("#dg-tl-list")
    assert "Министры подписали меморандум о транзите" in text  # each fact with its source
    assert "Армения и Грузия подвели торговые итоги, 2024-02-01" in text
    assert "post-1" not in listed  # a post is not an event in time
    assert view.errors == [] and view.requests == []


def test_the_timeline_filters_by_country_and_kind(opened) -> None:
    view = opened(story())
    view.page.click('[data-tab="timeline"]')
    view.page.select_option("#dg-tl-country", DGR + "armenia")
    listed = entries(view)
    assert "trade-1" in listed and "meeting-1" not in listed  # the talks were Georgia's
    view.page.select_option("#dg-tl-country", "")
    view.page.uncheck('[data-tl-class="Meeting"]')
    assert not {"meeting-1", "meeting-2"} & set(entries(view))
    view.page.uncheck('[data-tl-class="TradeFigure:target"]')
    assert not {"target-2025", "target-open"} & set(entries(view))
    assert "trade-2021" in entries(view)
    assert view.errors == []


def test_the_chart_shows_turnover_and_targets_over_the_years_each_with_its_source(
    opened,
) -> None:
    view = opened(story())
    view.page.click('[data-tab="timeline"]')
    view.page.select_option("#dg-tl-country", DGR + "georgia")
    view.page.select_option("#dg-tl-other", DGR + "armenia")
    points = view.js(
        "Array.from(document.querySelectorAll('#dg-tl-chart svg .dg-point')).map(function (g) {"
        " var c = g.querySelector('circle'); return {id: g.getAttribute('data-fact'),"
        " x: +c.getAttribute('cx'), y: +c.getAttribute('cy'),"
        " target: g.classList.contains('dg-target'), title: g.querySelector('title').textContent};"
        "})"
    )
    by = {p["id"].removeprefix(DGR): p for p in points}
    assert set(by) == {"trade-2021", "trade-2022", "trade-1", "trade-2", "target-2025"}
    assert by["trade-2021"]["x"] < by["trade-2022"]["x"] < by["trade-1"]["x"]
    assert by["target-2025"]["x"] > by["trade-1"]["x"] and by["target-2025"]["target"]
    assert by["trade-2022"]["y"] < by["trade-2021"]["y"]  # more money is higher
    # every point says its source: the sentence and the article
    assert "Годом ранее он составил 800 млн" in by["trade-2022"]["title"]
    assert "Армения и Грузия подвели торговые итоги" in by["trade-2022"]["title"]
    # the target with no year is listed under the chart, not drawn
    assert "target-open" in entries(view, "#dg-tl-chart")
    assert view.errors == [] and view.requests == []


def test_disagreeing_figures_stand_side_by_side_and_are_marked(opened) -> None:
    view = opened(story())
    view.page.goto(view.page.url + "#chart=Грузия,Армения")
    view.page.wait_for_selector("#dg-tl-chart svg")
    marked = view.js(
        "Array.from(document.querySelectorAll('#dg-tl-chart svg .dg-point.dg-disagree'))"
        ".map(function (g) { return [g.getAttribute('data-fact'),"
        " +g.querySelector('circle').getAttribute('cx')]; })"
    )
    assert sorted(m[0].removeprefix(DGR) for m in marked) == ["trade-1", "trade-2"]
    assert abs(marked[0][1] - marked[1][1]) >= 10  # the same year, side by side
    text = view.page.inner_text("#dg-tl-chart")
    assert "расходится с" in text
    assert "товарооборот двух стран превысил 900 млн" in text  # both sources
    assert "В 2023 году товарооборот Армении и Грузии достиг 950 млн" in text
    # on the graph: both fact nodes have the border, the panel says it both ways
    for fact, other in (("trade-1", "trade-2"), ("trade-2", "trade-1")):
        view.js(f"diplograph.focusNode('{DGR}{fact}')")
        assert view.js(f"nodes.get('{DGR}{fact}').borderWidth") == 3
        assert "расходится с" in view.page.inner_text("#dg-panel")
        assert view.js(f"diplograph.view().members.indexOf('{DGR}{other}') >= 0")
    assert view.errors == []


def test_disagreement_is_in_the_page_data_both_ways() -> None:
    info = page_data(render_html(story()))["info"]
    assert info[DGR + "trade-1"]["disagrees"] == [DGR + "trade-2"]
    assert info[DGR + "trade-2"]["disagrees"] == [DGR + "trade-1"]
    assert info[DGR + "trade-2"]["fig"] == {
        "indicator": "turnover",
        "amount": "950000000",
        "currency": "USD",
        "period": "2023",
    }
    assert info[DGR + "signing-1"]["when"] == "2024-02-01"
    assert "when" not in info[DGR + "meeting-2"]


@pytest.mark.parametrize("which", ["bundled", "corpus"])
def test_timeline_and_chart_open_offline_for_real_builds(
    browser, bundled_build: Path, corpus_build: Path, which: str
) -> None:
    folder = bundled_build if which == "bundled" else corpus_build
    view = Opened(browser, folder / "graph.html", size=(1200, 800), fragment="#timeline")
    try:
        assert view.js("document.getElementById('dg-timeline').hidden") is False
        assert len(entries(view)) >= 3
        pairs = view.js("document.querySelectorAll('.dg-tl-pairs button').length")
        assert pairs >= 1
        view.page.click(".dg-tl-pairs button >> nth=0")
        assert view.js("document.querySelectorAll('#dg-tl-chart svg .dg-point').length") >= 1
        assert view.errors == [] and view.requests == []
    finally:
        view.close()
