"""Shards on disk, their streamed union, and the Turtle/TriG writers that read it."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from diplograph.rdf import shards as shards_module
from diplograph.rdf.namespace import DG, DGR, NIF
from diplograph.rdf.ntriples import block_lines, ntriples
from diplograph.rdf.shards import Shards, merge
from diplograph.rdf.writers import write_nquads, write_trig, write_turtle

PERSON = DGR["person/bakhtiyor-saidov"]
TRICKY = [
    'кавычки "внутри" и \\ обратная черта',
    "две\nстроки\tи табуляция",
    "разделитель строк \u2028 внутри",
    "<script>alert(1)</script> & >",
]


def _article(n: int, label: str) -> set[tuple[URIRef, URIRef, URIRef | Literal]]:
    fact = DGR[f"meeting/{n:04d}"]
    return {
        (PERSON, RDF.type, DG.Person),
        (PERSON, RDFS.label, Literal(label, lang="ru")),
        (fact, RDF.type, DG.Meeting),
        (fact, DG.participant, PERSON),
        (fact, DG.confidence, Literal("0.9", datatype=XSD.decimal)),
        (fact, DG.amount, Literal("12", datatype=XSD.integer)),
        (fact, RDFS.label, Literal(TRICKY[n % len(TRICKY)], lang="ru")),
        (fact, DG.extractedBy, Literal("meeting-verb")),
        (
            DGR[f"article/{n:04d}/sentence/1"],
            NIF.beginIndex,
            Literal(5, datatype=XSD.nonNegativeInteger),
        ),
    }


@pytest.fixture()
def corpus(tmp_path: Path) -> tuple[Shards, Graph]:
    """Seven articles naming one person two ways, with tricky literals; and their union."""
    main = Shards(tmp_path / "main")
    union = Graph()
    for n in range(7):
        label = "Бахтиёр Саидов" if n % 2 else "Бахтиер Саидов"
        triples = _article(n, label)
        main.put(f"{n:04d}", ntriples(triples))
        for triple in triples:
            union.add(triple)
    return main, union


def _merged(main: Shards, scratch: Path) -> Graph:
    text = "".join(line for block in merge([main], scratch) for line in block_lines(block))
    return Graph().parse(data=text, format="nt")


def test_union_keeps_one_russian_label_and_the_others_as_alt_labels(corpus, tmp_path):
    main, _ = corpus
    merged = _merged(main, tmp_path / "runs")
    assert list(merged.objects(PERSON, RDFS.label)) == [Literal("Бахтиер Саидов", lang="ru")]
    assert list(merged.objects(PERSON, SKOS.altLabel)) == [Literal("Бахтиёр Саидов", lang="ru")]


def test_union_over_many_runs_equals_union_in_one(corpus, tmp_path, monkeypatch):
    main, _ = corpus
    one = _merged(main, tmp_path / "one")
    monkeypatch.setattr(shards_module, "RUN", 2)  # four runs of two shards, merged again
    monkeypatch.setattr(shards_module, "IN_MEMORY_BYTES", 0)
    assert isomorphic(_merged(main, tmp_path / "many"), one)
    assert not (tmp_path / "many").exists()  # the runs are scratch


def test_union_in_memory_and_from_runs_are_the_same_bytes(corpus, tmp_path, monkeypatch):
    main, _ = corpus
    # a second subject named two ways, sorting between the first one's lines and the facts
    for n, label in ((0, "Сердар Бердымухамедов"), (1, "Сердар Бердимухамедов")):
        other = DGR["person/serdar-berdimuhamedov"]
        extra = {(other, RDFS.label, Literal(label, lang="ru")), (other, RDF.type, DG.Person)}
        main.put(f"9{n}", ntriples(extra))
    in_memory = b"".join(shards_module.union([main], tmp_path / "a"))
    monkeypatch.setattr(shards_module, "RUN", 3)
    monkeypatch.setattr(shards_module, "IN_MEMORY_BYTES", 0)
    from_runs = b"".join(shards_module.union([main], tmp_path / "b"))
    assert in_memory == from_runs
    assert in_memory.count(b"skos/core#altLabel") == 2


def test_union_has_each_triple_once(corpus, tmp_path):
    main, union = corpus
    lines = [line for block in merge([main], tmp_path / "r") for line in block_lines(block)]
    assert len(lines) == len(set(lines)) == len(union)  # one label moved, none lost


def test_turtle_parses_back_to_the_union_in_rdflib_and_oxigraph(corpus, tmp_path):
    main, _ = corpus
    merged = _merged(main, tmp_path / "a")
    write_turtle(merge([main], tmp_path / "b"), tmp_path / "graph.ttl", tmp_path)
    text = (tmp_path / "graph.ttl").read_text(encoding="utf-8")
    assert isomorphic(Graph().parse(data=text, format="turtle"), merged)
    assert len(list(ox.parse(text.encode(), ox.RdfFormat.TURTLE))) == len(merged)
    assert "@prefix dg: <https://w3id.org/diplograph/ontology#> ." in text
    assert "@prefix gn:" not in text  # only the prefixes it uses
    assert "dg:confidence 0.9 ;" in text and "dg:amount 12 ;" in text  # shorthand numbers
    assert '"5"^^xsd:nonNegativeInteger' in text
    assert f"<{PERSON}> a dg:Person ;" in text


def test_trig_and_nquads_hold_a_graph_per_article_and_the_held_back_ones(corpus, tmp_path):
    main, _ = corpus
    held = Shards(tmp_path / "held")
    late = {(DGR["trade/0001"], RDF.type, DG.TradeFigure)}
    held.put("0001", ntriples(late))
    held.put("0002", b"")  # nothing held back: no empty named graph
    write_trig(main, held, tmp_path / "graph.trig", tmp_path)
    write_nquads(main, held, tmp_path / "graph.nq")
    for name, fmt in (("graph.trig", "trig"), ("graph.nq", "nquads")):
        ds = Dataset()
        ds.parse(tmp_path / name, format=fmt)
        names = sorted(str(g.identifier) for g in ds.graphs() if len(g))
        assert names == sorted(
            [str(DGR[f"graph/{n:04d}"]) for n in range(7)] + [str(DGR["graph/0001/held-back"])]
        ), name
        assert len(ds.graph(DGR["graph/0003"])) == len(_article(3, "x"))


def test_writers_give_the_same_bytes_twice(corpus, tmp_path):
    main, _ = corpus
    for n in (1, 2):
        write_turtle(merge([main], tmp_path / "r"), tmp_path / f"{n}.ttl", tmp_path)
    assert (tmp_path / "1.ttl").read_bytes() == (tmp_path / "2.ttl").read_bytes()


def test_ntriples_refuses_blank_nodes():
    from rdflib import BNode

    with pytest.raises(TypeError, match="BNode"):
        ntriples([(BNode(), RDF.type, DG.Person)])
