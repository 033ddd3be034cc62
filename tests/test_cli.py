"""End to end through the command line: build, query, validate, view, score, and bad input."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph

from diplograph.cli import cli

ROOT = Path(__file__).resolve().parents[1]

ARTICLE = """\
Узбекистан и Турция нацелены на 5 миллиардов
3 апреля 2024

Министр иностранных дел Узбекистана Бахтиёр Саидов провел в Анкаре переговоры \
с министром иностранных дел Турции Хаканом Фиданом, сообщает Dunyo.info.

По итогам 2023 года товарооборот между Узбекистаном и Турцией составил 3 млрд долларов. \
Стороны стремятся довести товарооборот до $5 млрд.
"""


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def test_build_writes_turtle_trig_and_page(bundled_build: Path):
    names = sorted(p.name for p in bundled_build.iterdir())
    assert names == ["graph.html", "graph.jsonld", "graph.nq", "graph.trig", "graph.ttl"]
    turtle = Graph().parse(bundled_build / "graph.ttl")
    assert len(turtle) > 100


def test_exports_hold_the_same_triples(bundled_build: Path):
    turtle = Graph().parse(bundled_build / "graph.ttl")
    for name, fmt in (("graph.trig", "trig"), ("graph.nq", "nquads")):
        ds = Dataset()
        ds.parse(bundled_build / name, format=fmt)
        assert {(s, p, o) for s, p, o, _ in ds.quads()} == set(turtle)
    assert set(Graph().parse(bundled_build / "graph.jsonld", format="json-ld")) == set(turtle)


def test_rebuild_of_bundled_article_matches_committed_graphs(bundled_build: Path):
    for name in ("graph.ttl", "graph.trig", "graph.html"):
        committed = ROOT / "graphs" / name
        assert committed.read_bytes() == (bundled_build / name).read_bytes(), (
            f"graphs/{name} is stale: rebuild with `diplograph build`"
        )


def test_query_by_name_in_every_format(runner: CliRunner, bundled_build: Path):
    graph = str(bundled_build)
    table = runner.invoke(cli, ["query", "posts", "--graph", graph])
    assert table.exit_code == 0, table.output
    assert "Мурат Нуртлеу" in table.output and "(2 rows)" in table.output
    out = runner.invoke(cli, ["query", "trade", "--graph", graph, "--format", "csv"]).output
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["indicator"] for r in rows} == {"turnover", "target"}
    assert "500000000" in {r["amount"] for r in rows}
    tsv = runner.invoke(cli, ["query", "sources", "--graph", graph, "--format", "tsv"]).output
    assert tsv.splitlines()[0].split("\t") == ["articleTitle", "publisherLabel", "date"]
    data = json.loads(
        runner.invoke(cli, ["query", "links", "--graph", graph, "--format", "json"]).output
    )
    assert data["head"]["vars"] == ["entityLabel", "wikidata"]
    xml = runner.invoke(cli, ["query", "meetings", "--graph", graph, "--format", "xml"]).output
    assert xml.startswith("<?xml") and "sparql-results" in xml


def test_query_accepts_inline_sparql_and_files(runner: CliRunner, bundled_build: Path, tmp_path):
    text = "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/diplograph/ontology#Meeting> }"
    out = runner.invoke(cli, ["query", text, "--graph", str(bundled_build), "--format", "csv"])
    assert out.output.splitlines() == ["n", "1"]
    path = tmp_path / "q.rq"
    path.write_text(text, encoding="utf-8")
    out = runner.invoke(cli, ["query", str(path), "--graph", str(bundled_build), "--format", "csv"])
    assert out.output.splitlines() == ["n", "1"]


def test_bad_query_is_one_line_error(runner: CliRunner, bundled_build: Path):
    result = runner.invoke(cli, ["query", "SELEC nothing", "--graph", str(bundled_build)])
    assert result.exit_code != 0
    assert "query failed" in result.output and "Traceback" not in result.output


def test_validate_accepts_the_build_and_rejects_a_broken_graph(runner, bundled_build, tmp_path):
    ok = runner.invoke(cli, ["validate", str(bundled_build / "graph.ttl")])
    assert ok.exit_code == 0 and "conforms" in ok.output
    broken = (bundled_build / "graph.ttl").read_text(encoding="utf-8")
    broken = broken.replace('"USD"', '"usd"')
    path = tmp_path / "broken.ttl"
    path.write_text(broken, encoding="utf-8")
    bad = runner.invoke(cli, ["validate", str(path)])
    assert bad.exit_code != 0


def test_build_of_another_article(runner: CliRunner, tmp_path: Path):
    article = tmp_path / "uz.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(cli, ["build", str(article), "--out", str(out), "--no-html"])
    assert result.exit_code == 0, result.output
    posts = runner.invoke(cli, ["query", "posts", "--graph", str(out), "--format", "csv"])
    assert "Хакан Фидан" in posts.output and "Турция" in posts.output
    trade = runner.invoke(cli, ["query", "trade", "--graph", str(out), "--format", "csv"])
    assert "3000000000" in trade.output and "5000000000" in trade.output


@pytest.mark.parametrize(
    ("content", "problem"),
    [(None, "no such file"), (b"", "empty"), (b"\x00\x01\x02" * 100, "binary")],
)
def test_bad_article_is_one_line_error_and_nothing_written(runner, tmp_path, content, problem):
    path = tmp_path / "bad.txt"
    if content is not None:
        path.write_bytes(content)
    out = tmp_path / "out"
    result = runner.invoke(cli, ["build", str(path), "--out", str(out)])
    assert result.exit_code != 0
    assert problem in result.output.lower()
    assert len(result.output.strip().splitlines()) == 1
    assert not out.exists()


def test_bad_articles_in_a_corpus_are_skipped_and_named(runner: CliRunner, tmp_path: Path):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    out = tmp_path / "out"
    result = runner.invoke(cli, ["build", str(good), str(bad), "--out", str(out), "--no-html"])
    assert result.exit_code == 0
    assert "bad.txt" in result.output and (out / "graph.ttl").exists()
    strict = runner.invoke(cli, ["build", str(good), str(bad), "--out", str(out), "--strict"])
    assert strict.exit_code != 0


def test_installed_package_finds_its_ontology_and_article():
    from diplograph.build import bundled_article
    from diplograph.shacl.ontology import ontology_dir

    assert (ontology_dir() / "diplograph.ttl").is_file()
    assert (ontology_dir() / "shapes.ttl").is_file()
    assert len(list((ontology_dir() / "competency").glob("*.rq"))) == 10  # CQ.md's 9, conflicts
    assert bundled_article().read_text(encoding="utf-8").startswith("Азербайджан и Казахстан")


def test_view_writes_a_page(runner: CliRunner, bundled_build: Path, tmp_path: Path):
    page = tmp_path / "p.html"
    result = runner.invoke(
        cli, ["view", str(bundled_build), "--focus", "Нуртлеу", "--out", str(page)]
    )
    assert result.exit_code == 0, result.output
    assert "Нуртлеу" in page.read_text(encoding="utf-8")
    assert shutil.which("python3")


def test_facts_below_the_confidence_threshold_are_held_back(runner: CliRunner, tmp_path: Path):
    article = tmp_path / "uz.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    args = ["build", str(article), "--out", str(out), "--no-html", "--min-confidence", "0.95"]
    assert runner.invoke(cli, args).exit_code == 0
    trade = runner.invoke(cli, ["query", "trade", "--graph", str(out / "graph.ttl")]).output
    assert "(0 rows)" in trade
    held = runner.invoke(cli, ["query", "trade", "--graph", str(out / "graph.trig")]).output
    assert "3000000000" in held
    bad = runner.invoke(cli, ["build", str(article), "--out", str(out), "--min-confidence", "2"])
    assert bad.exit_code != 0 and "between 0 and 1" in bad.output


# --------------------------------------------------------------------------- score


BUNDLED_GOLD = {
    "source": "a few answers about the bundled article, written for this test",
    "cq": {
        "posts": [
            {
                "personLabel": "Джейхун Байрамов",
                "postLabel": "министр иностранных дел",
                "organizationLabel": "",
                "countryLabel": "Азербайджан",
            },
            {
                "personLabel": "Мурат Нуртлеу",
                "postLabel": "министр иностранных дел",
                "organizationLabel": "",
                "countryLabel": "Казахстан",
            },
        ],
        "sources": [{"articleTitle": "", "publisherLabel": "Vesti.az", "date": "2025-03-11"}],
    },
}


def test_score_works_from_any_folder_with_the_installed_queries(bundled_build, tmp_path):
    import subprocess
    import sys

    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps(BUNDLED_GOLD, ensure_ascii=False), encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"  # no ontology/ here: the package's own is used
    elsewhere.mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "diplograph", "score", str(bundled_build), str(gold)],
        cwd=elsewhere,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "recall=1.000 precision=1.000" in result.stdout


def test_score_fails_in_one_line_without_queries_or_graph(runner, bundled_build, tmp_path):
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps(BUNDLED_GOLD, ensure_ascii=False), encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    no_queries = runner.invoke(
        cli, ["score", str(bundled_build), str(gold), "--queries", str(empty)]
    )
    assert no_queries.exit_code != 0 and "no competency queries" in no_queries.output
    no_graph = runner.invoke(cli, ["score", str(empty), str(gold)])
    assert no_graph.exit_code != 0 and "no graph files" in no_graph.output
    bad_gold = runner.invoke(cli, ["score", str(bundled_build), str(empty / "none.json")])
    assert bad_gold.exit_code != 0 and "not a gold file" in bad_gold.output
    for result in (no_queries, no_graph, bad_gold):
        assert len(result.output.strip().splitlines()) == 1


def test_python_m_diplograph_is_the_command_line():
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "diplograph", "--help"], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert result.stdout.startswith("Usage: diplograph ")
    assert all(f"  {name} " in result.stdout for name in ("build", "query", "score", "view"))


def test_view_open_names_what_the_picture_shows() -> None:
    from diplograph.cli.view import _fragment

    assert _fragment("graph") == ""
    assert _fragment("timeline") == "#timeline"
    assert _fragment("chart:Грузия, Армения") == "#chart=Грузия,Армения"
    for bad in ("chart:Грузия", "map", "chart:,Армения"):
        result = CliRunner().invoke(cli, ["view", "graphs", "--open", bad, "--png", "x.png"])
        assert result.exit_code == 2 and "--open" in result.output
