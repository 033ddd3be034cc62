"""The page's overview in real headless Chromium: what reads at fit, the facts folded between
two countries, a node's neighbourhood laid out anew, filters, and the panel's reading."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from browser import Opened, assert_labels_read, assert_room_kept, launch, needs_chromium
from rdflib import Graph, Literal
from rdflib.namespace import RDF, RDFS
from test_view import DG, DGR, ID, graph

from diplograph.view import write_html

pytestmark = needs_chromium


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


def where(view: Opened, local: str) -> tuple[float, float]:
    """Where a node is drawn, in the page's pixels."""
    at = view.js(f"network.canvasToDOM(network.getPositions(['{DGR}{local}'])['{DGR}{local}'])")
    box = view.js("document.getElementById('dg-network').getBoundingClientRect().toJSON()")
    return at["x"] + box["x"], at["y"] + box["y"]


def positions(view: Opened) -> dict[str, tuple[float, float]]:
    found = view.js("network.getPositions(diplograph.view().members)")
    return {k.removeprefix(DGR): (v["x"], v["y"]) for k, v in found.items()}


def test_overview_shows_entities_and_folds_the_facts_between_countries(opened) -> None:
    view = opened(graph())
    shown = view.js("diplograph.view()")
    assert shown["kind"] == "overview"
    members = {m.removeprefix(DGR) for m in shown["members"]}
    assert {"georgia", "armenia", "tbilisi", "poti", "abashidze"} <= members
    assert not members & {"trade-1", "meeting-1", "post-1", "fm"}  # facts fold; posts are read
    folded = view.js(
        "edges.get({filter: function (e) { return e.fold; }})"
        ".map(function (e) { return [e.from, e.to, e.facts]; })"
    )
    pair = next(f for f in folded if {f[0], f[1]} == {DGR + "georgia", DGR + "armenia"})
    assert pair[2] == [DGR + "trade-1"]
    # the meeting in Tbilisi is between Georgia and its participants: folded there
    assert any(DGR + "meeting-1" in f[2] for f in folded)
    assert view.errors == [] and view.requests == []


def test_labels_read_at_fit_and_every_country_is_named(opened) -> None:
    for size in ((1000, 700), (1400, 900), (760, 560)):
        view = opened(graph(), size=size)
        boxes = assert_labels_read(view)
        named = {b["id"].removeprefix(DGR) for b in boxes}
        assert {"georgia", "armenia"} <= named
        # at fit the page is its own fit: vis-network's fit names no fewer
        view.js("network.fit({animation: false})")
        assert {"georgia", "armenia"} <= {
            b["id"].removeprefix(DGR) for b in assert_labels_read(view)
        }


def test_a_click_on_the_folded_edge_opens_the_facts_between_the_countries(opened) -> None:
    view = opened(graph())
    (ax, ay), (bx, by) = where(view, "georgia"), where(view, "armenia")
    view.page.mouse.click((ax + bx) / 2, (ay + by) / 2)
    shown = view.js("diplograph.view()")
    assert shown["kind"] == "pair"
    assert DGR + "trade-1" in shown["members"]
    panel = view.page.inner_text("#dg-panel")
    assert "Грузия — Армения" in panel or "Армения — Грузия" in panel
    assert "товарооборот двух стран превысил 900 млн" in panel
    assert_labels_read(view)
    view.page.click("#dg-home")
    assert view.js("diplograph.view().kind") == "overview"
    assert view.errors == []


def test_a_click_on_a_node_lays_out_its_neighbourhood(opened) -> None:
    view = opened(graph())
    before = positions(view)
    view.page.mouse.click(*where(view, "georgia"))
    shown = view.js("diplograph.view()")
    assert shown["kind"] == "node"
    members = {m.removeprefix(DGR) for m in shown["members"]}
    assert {"georgia", "post-1", "trade-1", "tbilisi", "poti", "armenia"} <= members
    assert view.js("network.getSelectedNodes()") == [DGR + "georgia"]
    after = positions(view)
    assert any(before[n] != after[n] for n in before.keys() & after.keys())
    assert_labels_read(view)
    # the facts, folded in the overview, are drawn here with their links
    assert view.js(
        f"edges.get().some(function (e) {{ return e.from === '{DGR}trade-1' && !e.hidden; }})"
    )
    assert view.errors == []


def test_a_filter_lays_out_what_remains(opened) -> None:
    view = opened(graph())
    before = positions(view)
    view.page.uncheck('input[data-class="Person"]')
    members = {m.removeprefix(DGR) for m in view.js("diplograph.view().members")}
    assert not members & {"abashidze", "guest"}
    hidden = (
        "nodes.get({filter: function (n) { return !n.hidden; }}).map(function (n) { return n.id; })"
    )
    assert not {DGR + "abashidze", DGR + "guest"} & set(view.js(hidden))
    after = positions(view)
    assert any(before[n] != after[n] for n in after)
    assert_labels_read(view)
    view.page.check('input[data-class="Person"]')
    assert {"abashidze", "guest"} <= {
        m.removeprefix(DGR) for m in view.js("diplograph.view().members")
    }
    assert view.errors == []


def test_the_panel_reads_each_relation_in_its_direction(opened) -> None:
    g = graph()
    g.add((ID.fund, RDF.type, DG.InvestmentFund))
    g.add((ID.fund, RDFS.label, Literal("совместный фонд", lang="ru")))
    g.add((ID.fund, DG.finances, ID.poti))
    view = opened(g)
    for node in ("poti", "fund"):
        view.js(f"diplograph.focusNode('{DGR}{node}')")
        panel = view.page.inner_text("#dg-panel")
        assert "совместный фонд — финансирует → порт Поти" in panel
        assert "порт Поти — финансирует" not in panel and "← " not in panel
    assert view.errors == []


def test_the_own_corpus_reads_at_fit(browser, corpus_build: Path) -> None:
    view = Opened(browser, corpus_build / "graph.html", size=(1200, 800))
    try:
        boxes = assert_labels_read(view)
        countries = set(
            view.js(
                "diplograph.view().members.filter(function (id) {"
                " return diplograph.page.info[id].cls === 'Country'; })"
            )
        )
        assert len(countries) >= 10
        assert countries <= {b["id"] for b in boxes}  # every country is named at fit
        assert_room_kept(view, boxes)
        print(
            f"\nown corpus at fit: {len(boxes)} labels, smallest {min(b['px'] for b in boxes)} px"
        )
        assert view.errors == [] and view.requests == []
    finally:
        view.close()
