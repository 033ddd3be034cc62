"""The page of a 10^4-node graph in headless Chromium: how soon it is drawn and answers.

Run by hand (not in CI; needs Debian's chromium and Playwright):

    .venv/bin/python bench/bench_view.py [--nodes 10000] [--runs 5]
    .venv/bin/python bench/bench_view.py --articles 10000 [--built DIR] [--runs 5]

With --articles, the page is the graph.html of a real build (`diplograph build --jobs 2`) of
that many articles of bench/corpus.py (generated, written for the bench), kept in --built
when given (and reused if it is there already); besides the times it prints what reads at
fit (labels, the smallest, overlapping pairs) and the requests and console errors.

The graph is news-like and invented: countries, cities in them, people, meetings of two people
in a city with a date and a sentence, trade figures between two countries. Each run opens the
page from disk in a fresh tab and times (1) goto until the first frame is drawn
(``diplograph.ready``: the page is interactive), (2) one search that focuses a node and fills
the side panel, measured inside the page. The baseline, measured in the same run, is the page
of an empty graph: the cost of parsing vis-network and the page's own code, which no graph
can go below. Medians are printed, with every run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS

from diplograph.view import write_html
from diplograph.view.picture import CHROMIUM_FLAGS

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

import corpus  # noqa: E402
from browser import Opened, label_boxes, overlapping  # noqa: E402

DG = Namespace("https://w3id.org/diplograph/ontology#")
ID = Namespace("https://w3id.org/diplograph/id/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
PROV = Namespace("http://www.w3.org/ns/prov#")
XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")


def news_graph(nodes: int) -> Graph:
    """About ``nodes`` drawn nodes: 60 countries, then people, meetings, cities, trade."""
    g = Graph()

    def entity(local: str, cls: str, label: str) -> None:
        g.add((ID[local], RDF.type, DG[cls]))
        g.add((ID[local], RDFS.label, Literal(label, lang="ru")))

    meetings = max(5, (nodes - 60) * 10 // 27)  # meetings = people; cities = meetings / 5
    trades = max(0, nodes - 60 - meetings * 2 - meetings // 5)
    for c in range(60):
        entity(f"country{c}", "Country", f"Страна {c}")
    for c in range(meetings // 5):
        entity(f"city{c}", "City", f"Город {c}")
        g.add((ID[f"city{c}"], DG.country, ID[f"country{c % 60}"]))
    for p in range(meetings):
        entity(f"person{p}", "Person", f"Персона {p}")
    for m in range(meetings):
        entity(f"meeting{m}", "Meeting", f"Встреча {m}")
        g.add((ID[f"meeting{m}"], DG.participant, ID[f"person{(7 * m) % meetings}"]))
        g.add((ID[f"meeting{m}"], DG.participant, ID[f"person{(7 * m + 13) % meetings}"]))
        g.add((ID[f"meeting{m}"], DG.place, ID[f"city{m % (meetings // 5)}"]))
        g.add((ID[f"meeting{m}"], DG.date, Literal("2024-05-14", datatype=XSD_DATE)))
        g.add((ID[f"s{m}"], RDF.type, DG.Sentence))
        g.add((ID[f"s{m}"], NIF.anchorOf, Literal(f"Персоны встретились, предложение {m}.")))
        g.add((ID[f"meeting{m}"], PROV.wasDerivedFrom, ID[f"s{m}"]))
    for t in range(trades):
        g.add((ID[f"trade{t}"], RDF.type, DG.TradeFigure))
        g.add((ID[f"trade{t}"], DG.country, ID[f"country{t % 60}"]))
        g.add((ID[f"trade{t}"], DG.country, ID[f"country{(7 * t + 1) % 60}"]))
        g.add((ID[f"trade{t}"], DG.amount, Literal(t * 1_000_000)))
    return g


def open_times(browser: object, page: Path, runs: int) -> tuple[list[float], list[float]]:
    ready, search = [], []
    for _ in range(runs):
        tab = browser.new_page(viewport={"width": 1400, "height": 900})  # type: ignore[attr-defined]
        errors: list[str] = []
        tab.on("pageerror", lambda e, errors=errors: errors.append(str(e)))
        start = time.perf_counter()
        tab.goto(page.as_uri())
        tab.wait_for_function("window.diplograph && diplograph.ready", timeout=120_000)
        ready.append(time.perf_counter() - start)
        search.append(
            tab.evaluate(
                "(() => { var t = performance.now(); diplograph.search('Персона 17');"
                " return (performance.now() - t) / 1000; })()"
            )
        )
        if errors:
            sys.exit(f"page errors: {errors}")
        tab.close()
    return ready, search


def built(articles: int, folder: Path) -> Path:
    """graph.html of a build of `articles` generated articles in `folder` (reused if there)."""
    page = folder / "graph.html"
    if page.exists():
        print(f"reusing {page}")
        return page
    texts = corpus.write_jsonl(articles, folder / "corpus.jsonl")
    start = time.perf_counter()
    subprocess.run(
        [str(Path(sys.executable).parent / "diplograph"), "build", str(texts),
         "--out", str(folder), "--jobs", "2", "--quiet"],
        check=True,
    )  # fmt: skip
    print(f"built {articles} articles in {time.perf_counter() - start:.0f} s")
    return page


def article_page(browser: Any, page: Path, runs: int) -> None:
    """Times to interactive of a built corpus's page, and what reads at its fit."""
    ready = []
    for run in range(runs):
        view = Opened(browser, page, timeout_ms=120_000, size=(1400, 900))
        ready.append(view.seconds)
        if run == 0:
            boxes = label_boxes(view)
            shown = view.js("diplograph.view().members.length")
            print(
                f"at fit 1400x900: {shown} nodes in the overview, {len(boxes)} labels, "
                f"smallest {min(b['px'] for b in boxes)} px, "
                f"{len(overlapping(boxes))} overlapping pairs; "
                f"{len(view.requests)} requests, {len(view.errors)} console errors"
            )
        view.close()
    with tempfile.TemporaryDirectory() as folder:
        empty = Path(folder) / "empty.html"
        write_html(Graph(), empty)
        base, _ = open_times(browser, empty, runs)
    size = page.stat().st_size / 1e6
    print(f"page {size:.1f} MB; runs (s) interactive:", " ".join(f"{t:.2f}" for t in ready))
    print("runs (s) empty page:", " ".join(f"{t:.2f}" for t in base))
    med, med_base = statistics.median(ready), statistics.median(base)
    print(
        f"median: interactive in {med:.2f} s (empty page {med_base:.2f} s, ratio "
        f"{med / med_base:.1f}x); load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--nodes", type=int, default=10_000)
    parser.add_argument("--articles", type=int, help="a built corpus of this many articles")
    parser.add_argument("--built", type=Path, help="where the corpus is built (and kept)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    chromium = shutil.which("chromium")
    if chromium is None:
        sys.exit("needs chromium (apt-get install chromium)")
    if args.articles:
        from playwright.sync_api import sync_playwright

        with tempfile.TemporaryDirectory() as folder:
            page = built(args.articles, args.built or Path(folder))
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
                try:
                    article_page(browser, page, args.runs)
                finally:
                    browser.close()
        return
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder:
        big, empty = Path(folder) / "big.html", Path(folder) / "empty.html"
        graph = news_graph(args.nodes)
        start = time.perf_counter()
        write_html(graph, big, max_nodes=10 * args.nodes)
        rendered = time.perf_counter() - start
        write_html(Graph(), empty)
        size = big.stat().st_size / 1e6
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
            try:
                base, _ = open_times(browser, empty, args.runs)
                ready, search = open_times(browser, big, args.runs)
                drawn = 0
                tab = browser.new_page()
                tab.goto(big.as_uri())
                tab.wait_for_function("window.diplograph && diplograph.ready", timeout=120_000)
                drawn = tab.evaluate("nodes.length")
            finally:
                browser.close()
    print(f"graph: {drawn} nodes drawn; render_html+write {rendered:.2f} s; page {size:.1f} MB")
    print("runs (s) interactive:", " ".join(f"{t:.2f}" for t in ready))
    print("runs (s) empty page: ", " ".join(f"{t:.2f}" for t in base))
    print("runs (s) one search: ", " ".join(f"{t:.3f}" for t in search))
    med, med_base = statistics.median(ready), statistics.median(base)
    print(
        f"median: interactive in {med:.2f} s (empty page {med_base:.2f} s, ratio "
        f"{med / med_base:.1f}x); a search answers in {statistics.median(search) * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
