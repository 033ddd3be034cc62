"""The ontology is OWL 2 DL, a reasoner accepts it, and the data keeps to it.

The profile check is the OWL API's OWL2DLProfile, the reasoner HermiT; both run in Java
(tests/owl_check.py, from owlready2's jars), and these tests are skipped, saying why, where
there is no Java (.ci/run installs Debian's default-jre-headless)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef

from diplograph.rdf.namespace import DG, DGR

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology" / "diplograph.ttl"
CHECK = Path(__file__).with_name("owl_check.py")

DECLARATIONS = (
    OWL.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
)
BUILT_IN = {RDF.type, RDFS.label, RDFS.comment, RDFS.seeAlso}


@pytest.fixture(scope="module")
def java() -> str:
    path = shutil.which("java")
    if path is None:
        pytest.skip("java is not installed (apt-get install default-jre-headless): skipped")
    return path


def owl_check(command: str, path: Path) -> tuple[int, str]:
    done = subprocess.run(
        [sys.executable, str(CHECK), command, str(path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    return done.returncode, done.stdout + done.stderr


def merged(tmp_path: Path, *graphs: Graph) -> Path:
    whole = Graph()
    for graph in graphs:
        for triple in graph:
            whole.add(triple)
    path = tmp_path / "merged.ttl"
    whole.serialize(path, format="turtle")
    return path


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def test_ontology_is_in_the_owl2_dl_profile(java: str) -> None:
    code, out = owl_check("profile", ONTOLOGY)
    assert code == 0, out


def test_hermit_finds_the_ontology_consistent_and_every_class_satisfiable(java: str) -> None:
    code, out = owl_check("consistent", ONTOLOGY)
    assert code == 0, out
    assert out.startswith("consistent")


def test_the_bundled_graph_is_consistent_with_the_ontology(
    java: str, ontology: Graph, bundled_build: Path, tmp_path: Path
) -> None:
    data = Graph().parse(bundled_build / "graph.ttl", format="turtle")
    code, out = owl_check("consistent", merged(tmp_path, ontology, data))
    assert code == 0, out


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (DG.Person, DG.City),
        (DG.Sentence, DG.Article),
        (DG.Port, DG.Country),
        (DG.GovernmentBody, DG.InvestmentFund),
        (DG.Commodity, DG.Role),
    ],
)
def test_a_node_of_two_disjoint_classes_is_inconsistent(
    java: str, ontology: Graph, tmp_path: Path, first: URIRef, second: URIRef
) -> None:
    node = DGR["person/mixed-up"]
    wrong = Graph()
    wrong.add((node, RDF.type, first))
    wrong.add((node, RDF.type, second))
    code, out = owl_check("consistent", merged(tmp_path, ontology, wrong))
    assert code == 1 and out.startswith("inconsistent"), out


def test_every_term_the_data_uses_is_declared(ontology: Graph, bundled_build: Path) -> None:
    """OWL 2 DL types every term: a class or property of the data that the ontology does not
    declare is one a DL tool has to guess."""
    declared = {s for t in DECLARATIONS for s in ontology.subjects(RDF.type, t)} | BUILT_IN
    data = Graph().parse(bundled_build / "graph.ttl", format="turtle")
    used = set(data.predicates()) | set(data.objects(None, RDF.type))
    assert used - declared == set()


def test_ontology_header_names_its_version_licence_and_makers(ontology: Graph) -> None:
    from rdflib import DCTERMS, Namespace

    from diplograph import __version__

    vann = Namespace("http://purl.org/vocab/vann/")
    header = ontology.value(predicate=RDF.type, object=OWL.Ontology)
    assert header is not None
    for prop in (DCTERMS.creator, DCTERMS.created, DCTERMS.modified, DCTERMS.title):
        assert ontology.value(header, prop) is not None, prop
    assert ontology.value(header, DCTERMS.license) == URIRef("https://spdx.org/licenses/MIT")
    assert str(ontology.value(header, vann.preferredNamespacePrefix)) == "dg"
    # the ontology ships in the package: one version for both
    assert str(ontology.value(header, OWL.versionInfo)) == __version__
    assert ontology.value(header, OWL.versionIRI) == URIRef(f"{header}/{__version__}")


def test_no_data_cube_claim_without_a_data_set(ontology: Graph) -> None:
    qb = "http://purl.org/linked-data/cube#"
    assert not any(str(t).startswith(qb) for triple in ontology for t in triple)
