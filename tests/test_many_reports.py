"""One story told by four outlets (corpus articles 025-028, see the corpus README): built
together, the session they report is one meeting with three sources, the two turnovers they
give for 2024 are two figures that disagree, and a fourth report dating the session three
days later is kept beside it; each article's own statement stays in graph.trig."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph

from diplograph.build import build_article_graph
from diplograph.cli import cli
from diplograph.score import score_build

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
STORY = sorted(CORPUS.glob("02[5-8]_*.txt"))
GOLD = CORPUS / "together" / "kazakhstan_turkmenistan.gold.json"
PREFIXES = """
PREFIX dg: <https://w3id.org/diplograph/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""


def _build(out: Path, *args: str) -> None:
    result = CliRunner().invoke(cli, ["build", *args, "--out", str(out), "--quiet", "--no-html"])
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Path:
    assert len(STORY) == 4
    out = tmp_path_factory.mktemp("story") / "out"
    _build(out, *map(str, STORY))
    return out


def test_three_outlets_reporting_one_session_give_one_meeting_with_three_sources(story: Path):
    graph = Graph().parse(story / "graph.ttl")
    rows = graph.query(
        PREFIXES
        + """
        SELECT ?meeting (COUNT(DISTINCT ?article) AS ?sources) WHERE {
          ?meeting a dg:Meeting ; dg:date ?date ;
                   prov:wasDerivedFrom/dcterms:isPartOf ?article .
          FILTER(STR(?date) = "2025-05-14")
        } GROUP BY ?meeting"""
    )
    assert [int(row[1]) for row in rows] == [3]  # type: ignore[index]


def test_500_and_450_million_for_one_pair_and_year_are_two_figures_that_disagree(story: Path):
    result = CliRunner().invoke(
        cli, ["query", "conflicts", "--graph", str(story), "--format", "csv"]
    )
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    figures = {
        (r["valueA"], r["publisherA"], r["valueB"], r["publisherB"])
        for r in rows
        if r["kind"] == "TradeFigure"
    }
    assert figures == {
        ("450000000 USD", "Степной экспресс", "500000000 USD", "Каспийский вестник"),
        ("450000000 USD", "Степной экспресс", "500000000 USD", "Central Asia Monitor"),
    }
    meetings = {(r["valueA"], r["valueB"], r["publisherB"]) for r in rows if r["kind"] == "Meeting"}
    assert meetings == {("2025-05-14", "2025-05-17", "Деловой Туркменистан")}


def test_the_story_built_together_answers_its_gold(story: Path):
    result = score_build(story, GOLD)
    assert (result.recall, result.precision) == (1.0, 1.0), result.table()


def test_each_article_keeps_its_own_statement_in_graph_trig(story: Path):
    dataset = Dataset()
    dataset.parse(story / "graph.trig", format="trig")
    union = Graph().parse(story / "graph.ttl")
    merged = set(union.query(PREFIXES + "SELECT ?m WHERE { ?m a dg:Meeting }"))
    found = dataset.query(
        PREFIXES
        + """
        SELECT ?g ?m ?date WHERE { GRAPH ?g { ?m a dg:Meeting ; dg:date ?date } }"""
    )
    per_article = {(str(g), str(m), str(d)) for g, m, d in found}  # type: ignore[misc]
    assert len(per_article) == 4  # one meeting in each article's graph, as it said it
    assert {d for _, _, d in per_article} == {"2025-05-14", "2025-05-17"}
    assert len({m for _, m, _ in per_article}) == 4
    assert len(merged) == 2  # in the union: the merged session and the one dated otherwise


def test_the_merge_is_the_same_bytes_for_jobs_order_and_update(story: Path, tmp_path: Path):
    reversed_ = tmp_path / "reversed"
    _build(reversed_, *map(str, reversed(STORY)), "--jobs", "2")
    updated = tmp_path / "updated"
    _build(updated, str(STORY[3]), str(STORY[1]))
    _build(updated, "--update", str(updated), str(STORY[2]), str(STORY[0]))
    for name in ("graph.ttl", "graph.trig"):
        assert (reversed_ / name).read_bytes() == (story / name).read_bytes(), name
        assert (updated / name).read_bytes() == (story / name).read_bytes(), name


def test_a_json_lines_corpus_read_as_one_graph_is_merged_as_a_build_merges(tmp_path: Path):
    lines = []
    # the three outlets that date the session alike, as a crawler would store them
    for path, date in zip(STORY[:3], ("2025-05-14", "2025-05-14", "2025-05-15"), strict=True):
        head, _, *body = path.read_text(encoding="utf-8").splitlines()
        record = {"title": head, "date": date, "text": "\n".join(body)}
        lines.append(json.dumps(record, ensure_ascii=False))
    corpus = tmp_path / "story.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    graph = build_article_graph(corpus)
    meetings = set(graph.query(PREFIXES + "SELECT ?m WHERE { ?m a dg:Meeting }"))
    assert len(meetings) == 1
