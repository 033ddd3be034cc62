"""`diplograph docs`: the ontology as one offline page, and its class diagram (docs/ontology.svg,
which the README shows)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import OWL, RDF, SKOS, Graph, URIRef

from diplograph.cli import cli
from diplograph.rdf.namespace import DG
from diplograph.view.ontology_page import diagram, render_docs, sections

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology" / "diplograph.ttl"
GRAPH = ROOT / "graphs" / "graph.ttl"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


class _Sections(HTMLParser):
    """Each term's section: its id -> the text of its labels, by language."""

    def __init__(self) -> None:
        super().__init__()
        self.labels: dict[str, dict[str, str]] = {}
        self.examples: set[str] = set()
        self._term = ""
        self._lang: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "section" and a.get("class") == "term":
            self._term = a.get("id") or ""
            self.labels[self._term] = {}
        elif tag == "span" and a.get("class") == "label":
            self._lang = a.get("lang")
        elif tag == "pre" and a.get("class") == "example":
            self.examples.add(self._term)

    def handle_data(self, data: str) -> None:
        if self._lang is not None:
            self.labels[self._term][self._lang] = data

    def handle_endtag(self, tag: str) -> None:
        if tag == "span":
            self._lang = None


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


@pytest.fixture(scope="module")
def page() -> str:
    return render_docs(ONTOLOGY, Graph().parse(GRAPH, format="turtle"))


@pytest.fixture(scope="module")
def parsed(page: str) -> _Sections:
    parser = _Sections()
    parser.feed(page)
    return parser


def own_terms(ontology: Graph) -> set[URIRef]:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, SKOS.ConceptScheme, SKOS.Concept)
    return {
        t
        for k in kinds
        for t in ontology.subjects(RDF.type, k)
        if isinstance(t, URIRef) and t.startswith(str(DG))
    }


def test_every_term_has_a_section_with_its_english_and_russian_label_apart(
    ontology: Graph, parsed: _Sections
) -> None:
    names = {str(t).removeprefix(str(DG)) for t in own_terms(ontology)}
    assert names == set(parsed.labels)
    for name in names:
        labels = parsed.labels[name]
        assert set(labels) == {"en", "ru"}, name
        assert re.search("[а-яё]", labels["ru"]) and not re.search("[а-яё]", labels["en"]), name


def test_sections_follow_the_banners_of_the_file() -> None:
    found = sections(ONTOLOGY.read_text(encoding="utf-8"))
    titles = [s.title for s in found]
    assert titles[:2] == ["Sources and evidence", "People, organisations and posts"]
    assert "Ontology header" not in titles  # no term of its own
    assert DG.Port in next(s.terms for s in found if s.title == "Infrastructure")


def test_every_class_and_property_the_graph_uses_has_an_example(
    ontology: Graph, parsed: _Sections
) -> None:
    data = Graph().parse(GRAPH, format="turtle")
    used = set(data.objects(None, RDF.type)) | set(data.predicates())
    shown = {t for t in own_terms(ontology) if t in used}
    assert {str(t).removeprefix(str(DG)) for t in shown} <= parsed.examples
    assert "Meeting" in parsed.examples


def test_alignments_and_the_diagram_are_on_the_page(page: str) -> None:
    assert 'href="https://schema.org/Event"' in page  # dg:Meeting's alignment, as a link
    assert "<svg" in page and 'aria-label="diplograph ontology: class diagram"' in page


def test_the_committed_diagram_is_the_ontology_s() -> None:
    committed = (ROOT / "docs" / "ontology.svg").read_text(encoding="utf-8")
    assert committed == diagram(ONTOLOGY), (
        "docs/ontology.svg is stale: diplograph docs --graph graphs --diagram docs/ontology.svg"
    )


def test_docs_command_writes_the_same_bytes_twice(tmp_path: Path) -> None:
    outputs = []
    for run in ("one", "two"):
        out, svg = tmp_path / f"{run}.html", tmp_path / f"{run}.svg"
        args = ["docs", "--graph", str(GRAPH), "--out", str(out), "--diagram", str(svg)]
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 0, result.output
        outputs.append((out.read_bytes(), svg.read_bytes()))
    assert outputs[0] == outputs[1]


def test_the_page_opens_offline_in_chromium_with_no_request_and_no_error(
    chromium: str, tmp_path: Path, page: str
) -> None:
    from playwright.sync_api import sync_playwright

    path = tmp_path / "ontology.html"
    path.write_text(page, encoding="utf-8")
    requests: list[str] = []
    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=FLAGS)
        try:
            tab = browser.new_page()
            tab.on("request", lambda r: requests.append(r.url))
            tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            tab.on("pageerror", lambda e: errors.append(str(e)))
            tab.goto(path.as_uri())
            tab.click("svg a[href='#Meeting']")  # the diagram's box leads to the class
            assert tab.evaluate("location.hash") == "#Meeting"
            assert tab.locator("#Meeting h3").is_visible()
        finally:
            browser.close()
    assert requests == [path.as_uri()]  # the page itself, nothing else
    assert errors == []


def test_readme_shows_the_timeline_and_the_chart_of_the_bundled_article_and_the_corpus():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in ("timeline", "chart", "corpus-timeline", "corpus-chart"):
        assert f"](docs/{name}.png)" in readme
        assert (ROOT / "docs" / f"{name}.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
