"""Build every article of the project's own corpus and score it against its hand-written gold.

The corpus (tests/fixtures/corpus, see its README) measures the extractor on articles it was not
tuned on. The build entry point is ``diplograph.api.build_article_graph(path) -> rdflib.Graph``;
until it exists this module is skipped.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib

from diplograph.score import Score, load_gold, run_competency, score, total

api = pytest.importorskip("diplograph.api")
if not hasattr(api, "build_article_graph"):
    pytest.skip("diplograph.api.build_article_graph is not written yet", allow_module_level=True)

# the goals (measured 0.992 / 0.996 on 2026-12-07, gold read by CQ.md's
# Conventions); lower them only with a note saying why
CORPUS_RECALL_MIN = 0.90
CORPUS_PRECISION_MIN = 0.90

ROOT = Path(__file__).parents[1]
ONTOLOGY = ROOT / "ontology"
QUERIES = ONTOLOGY / "competency"
CORPUS = Path(__file__).parent / "fixtures" / "corpus"
ARTICLES = sorted(CORPUS.glob("[0-9][0-9][0-9]_*.txt"))


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    graph = rdflib.Graph()
    for path in sorted(ONTOLOGY.glob("*.ttl")):
        graph.parse(path, format="turtle")
    return graph


@pytest.fixture(scope="module")
def scores(ontology: rdflib.Graph) -> dict[str, Score]:
    result = {}
    for article in ARTICLES:
        graph = rdflib.Graph()
        # a Graph yields triples, a Dataset quads: keep the triples either way
        for s, p, o, *_ in api.build_article_graph(article):
            graph.add((s, p, o))
        for triple in ontology:
            graph.add(triple)
        errors: dict[str, str] = {}
        rows = run_competency(graph, QUERIES, errors)
        gold = load_gold(article.with_name(article.stem + ".gold.json"))
        result[article.name] = score(rows, gold, errors)
    return result


def test_corpus_recall_and_precision_meet_the_goals(scores: dict[str, Score]) -> None:
    assert ARTICLES, f"no articles in {CORPUS}"
    overall = total(scores.values())
    print()
    for name, s in scores.items():
        print(f"{name:52s} recall={s.recall:.3f} precision={s.precision:.3f}")
    print(overall.table())
    assert overall.recall >= CORPUS_RECALL_MIN, overall.table()
    assert overall.precision >= CORPUS_PRECISION_MIN, overall.table()


def test_every_corpus_article_builds_a_conforming_graph() -> None:
    from diplograph.shacl import validate

    for path in ARTICLES:
        conforms, report = validate(api.build_article_graph(path))
        assert conforms, f"{path.name}: {report[:500]}"
