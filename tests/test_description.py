"""A build describes itself (VoID, DCAT) and carries the code lists its facts use; its graph
conforms to the shapes under every setting of pySHACL, as a user would run it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import DCAT, DCTERMS, PROV, RDF, SKOS, Dataset, Graph, Literal, URIRef

from diplograph import __version__
from diplograph.build import build
from diplograph.rdf.description import DESCRIPTION, LICENSE, VOID, Tally
from diplograph.rdf.namespace import DG, DGR, SCHEMA
from diplograph.shacl.ontology import ontology_graph

ROOT = Path(__file__).resolve().parents[1]
SHAPES = ROOT / "ontology" / "shapes.ttl"
ONTOLOGY = ROOT / "ontology" / "diplograph.ttl"
CORPUS = sorted((ROOT / "tests" / "fixtures" / "corpus").glob("00[1-6]_*.txt"))


def described(graph: Graph) -> set[tuple]:
    return {t for t in graph if str(t[0]).startswith(str(DESCRIPTION))}


@pytest.fixture(scope="module")
def turtle(bundled_build: Path) -> Graph:
    return Graph().parse(bundled_build / "graph.ttl", format="turtle")


@pytest.fixture(scope="module")
def corpus_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    build(CORPUS, out, html=False)
    return out


def dataset_of(graph: Graph) -> URIRef:
    datasets = set(graph.subjects(RDF.type, VOID.Dataset))
    assert len(datasets) == 1
    node = datasets.pop()
    assert isinstance(node, URIRef)
    return node


def test_the_build_is_a_void_and_dcat_dataset_with_licence_and_version(turtle: Graph) -> None:
    dataset = dataset_of(turtle)
    assert (dataset, RDF.type, DCAT.Dataset) in turtle
    assert turtle.value(dataset, DCTERMS.license) == LICENSE
    assert turtle.value(dataset, DCTERMS.conformsTo) == URIRef(
        f"https://w3id.org/diplograph/ontology/{__version__}"
    )
    software = turtle.value(dataset, PROV.wasAttributedTo)
    assert (software, RDF.type, PROV.SoftwareAgent) in turtle
    assert turtle.value(software, SCHEMA.softwareVersion) == Literal(__version__)


def test_the_description_counts_the_data_it_describes(turtle: Graph) -> None:
    dataset = dataset_of(turtle)
    data = set(turtle) - described(turtle)

    def number(prop: URIRef) -> int:
        value = turtle.value(dataset, prop)
        assert isinstance(value, Literal)
        return int(value)

    assert number(VOID.triples) == len(data)
    subjects = {s for s, _, _ in data}
    assert number(VOID.distinctSubjects) == len(subjects)
    assert number(VOID.entities) == sum(str(s).startswith(str(DGR)) for s in subjects)
    assert number(VOID.properties) == len({p for _, p, _ in data})
    classes = {o for _, p, o in data if p == RDF.type}
    assert number(VOID.classes) == len(classes)
    partitions = {
        turtle.value(part, VOID["class"]): int(turtle.value(part, VOID.entities))  # type: ignore[arg-type]
        for part in turtle.objects(dataset, VOID.classPartition)
    }
    assert partitions == {c: len(set(turtle.subjects(RDF.type, c))) for c in classes}
    assert DG.Person in partitions


def test_the_sources_are_the_articles(corpus_build: Path) -> None:
    graph = Graph().parse(corpus_build / "graph.ttl", format="turtle")
    dataset = dataset_of(graph)
    articles = set(graph.subjects(RDF.type, DG.Article))
    assert len(articles) == len(CORPUS)
    assert set(graph.objects(dataset, DCTERMS.source)) == articles


def test_the_code_lists_travel_with_the_data(turtle: Graph) -> None:
    used = set(turtle.objects(None, DG.comparison)) | set(turtle.objects(None, DG.indicator))
    assert DG.more_than in used
    ontology = ontology_graph()
    for concept in used:
        scheme = ontology.value(concept, SKOS.inScheme)
        assert (concept, SKOS.notation, ontology.value(concept, SKOS.notation)) in turtle
        for member in ontology.subjects(SKOS.inScheme, scheme):
            assert set(ontology.triples((member, None, None))) <= set(turtle), member


def test_trig_and_nquads_hold_the_description_as_their_default_graph(
    bundled_build: Path, turtle: Graph
) -> None:
    added = {t for t in turtle if not str(t[0]).startswith(str(DGR))}
    for name, fmt in (("graph.trig", "trig"), ("graph.nq", "nquads")):
        ds = Dataset()
        ds.parse(bundled_build / name, format=fmt)
        default = {(s, p, o) for s, p, o, g in ds.quads() if g == ds.default_graph.identifier}
        assert default == added, name
        named = {(s, p, o) for s, p, o, g in ds.quads() if g != ds.default_graph.identifier}
        assert named == set(turtle) - added, name


def test_a_data_subject_among_the_added_lines_is_refused() -> None:
    tally = Tally(ontology_graph())
    tally.see(f"<{DGR['person/x']}> <{RDF.type}> <{DG.Person}> .\n".encode())
    with pytest.raises(ValueError, match="sorts among the added lines"):
        tally.see(f"<{DG.Person}> <{RDF.type}> <{DG.Person}> .\n".encode())


SETTINGS = [
    (inference, with_ontology) for inference in ("none", "rdfs") for with_ontology in (False, True)
]


@pytest.mark.parametrize(
    ("inference", "with_ontology"),
    SETTINGS,
    ids=[f"{i}-{'with' if o else 'without'}-ontology" for i, o in SETTINGS],
)
@pytest.mark.parametrize("which", ["committed", "corpus"])
def test_pyshacl_finds_the_graph_conforming_under_every_setting(
    which: str, inference: str, with_ontology: bool, corpus_build: Path
) -> None:
    """What a user runs: `pyshacl -s shapes.ttl [-e diplograph.ttl] -i none|rdfs graph.ttl`
    (a child process: owlrl, once loaded, changes how rdflib reads literals)."""
    data = ROOT / "graphs" / "graph.ttl" if which == "committed" else corpus_build / "graph.ttl"
    command = [sys.executable, "-m", "pyshacl", "-s", str(SHAPES), "-i", inference]
    command += ["-e", str(ONTOLOGY)] if with_ontology else []
    done = subprocess.run([*command, str(data)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0 and "Conforms: True" in done.stdout, done.stdout[:3000]


def test_an_article_carries_the_url_ingest_found(tmp_path: Path) -> None:
    from rdflib import XSD

    from diplograph.build import build_article_graph

    url = "https://news.example.kz/ru/economy/2025/02/03/transit"
    text = (
        "Казахстан и Азербайджан обсудили транзит грузов\n3 февраля 2025\n\n"
        "Министр иностранных дел Казахстана провел переговоры в Баку с азербайджанским "
        "коллегой, передает Kazinform.\n\n"
        "Стороны обсудили развитие Среднего коридора и рост перевозок через Каспийское море.\n"
        f"\nИсточник: {url}\n"
    )
    path = tmp_path / "transit.txt"
    path.write_text(text, encoding="utf-8")
    graph = build_article_graph(path)
    article = graph.value(predicate=RDF.type, object=DG.Article)
    assert graph.value(article, SCHEMA.url) == Literal(url, datatype=XSD.anyURI)
