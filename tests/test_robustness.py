"""Bad input, interrupted builds, hostile text: nothing lost, no traceback for the user."""

from __future__ import annotations

import codecs
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph

from diplograph.cli import cli
from diplograph.errors import ArticleError
from diplograph.grammars.dates import find_dates
from diplograph.grammars.money import find_money
from diplograph.ingest import parse_article
from diplograph.resolve import slug

GOOD = (
    "Министры экономики Грузии и Армении встретились в Тбилиси\n"
    "5 марта 2024\n\n"
    "Министр экономики Грузии Леван Давиташвили провел в Тбилиси переговоры с министром "
    "экономики Армении Ваан Керобяном, сообщает Новости-Грузия.\n\n"
    "По итогам 2023 года товарооборот между Грузией и Арменией превысил 1,1 млрд долларов.\n"
)

BAD_INPUTS: list[tuple[str, bytes | None]] = [
    ("missing", None),
    ("empty", b""),
    ("whitespace", b"   \n\t  \n"),
    ("binary", bytes(range(256)) * 8),
    ("not-utf8-nor-cp1251", b"\x98\x81\x98 \xfd\x98 \x81\x98"),
    ("zeros", b"\x00" * 1000),
    ("english", b"The ministers met in London and discussed trade and energy.\n" * 5),
    ("html-without-text", b"<html><head><title>x</title></head><body></body></html>"),
    ("controls", ("\x01\x02\x03\x04" * 200).encode()),
    ("numbers-only", b"12345 67890\n" * 50),
    ("broken-utf16", codecs.BOM_UTF16_LE + b"\x00\xd8"),
    ("utf16-without-bom", "Министр прибыл в Ташкент с визитом.".encode("utf-16-le")),
    ("latin1-french", "Le ministre des affaires étrangères est arrivé à Paris.".encode("latin-1")),
    ("png", b"\x89PNG\r\n\x1a\n" + bytes(200)),
    ("gzip", b"\x1f\x8b\x08\x00" + bytes(range(200))),
    ("pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << >> endobj\n" + bytes(range(100))),
    (
        "iri-looking",
        b"<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n" * 20,
    ),
    ("rdf-looking", b'@prefix ex: <http://example.org/> .\nex:a ex:b "c"@en .\n' * 20),
    ("one-megabyte-line", b"a" * 1_000_000),
    ("punctuation-only", b"... --- !!! ??? ,,, ;;;\n" * 30),
    ("a-title-alone", "Министры встретились".encode()),
    ("over-size-limit", ("Министр иностранных дел прибыл в Ташкент. " * 8000).encode()),
]


@pytest.mark.parametrize(("name", "data"), BAD_INPUTS, ids=[n for n, _ in BAD_INPUTS])
def test_bad_input_is_one_line_error_and_exit_code(tmp_path: Path, name: str, data: bytes | None):
    path = tmp_path / f"{name}.txt"
    if data is not None:
        path.write_bytes(data)
    out = tmp_path / "out"
    args = ["build", str(path), "--out", str(out), "--max-bytes", "200000"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1, result.output
    assert not out.exists()


def _bad_files(folder: Path) -> list[str]:
    """Every bad input as a file in `folder` ("missing" left absent)."""
    paths = []
    for name, data in BAD_INPUTS:
        path = folder / f"{name}.txt"
        if data is not None:
            path.write_bytes(data)
        paths.append(str(path))
    return paths


def test_corpus_with_many_bad_inputs_builds_the_good_and_names_the_bad(tmp_path: Path):
    paths = _bad_files(tmp_path)
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    directory = tmp_path / "a-folder"
    directory.mkdir()
    paths += [str(good), str(directory)]
    out = tmp_path / "out"
    limit = ["--max-bytes", "200000"]  # "over-size-limit" is 600 KB
    result = CliRunner().invoke(cli, ["build", *paths, "--out", str(out), "--no-html", *limit])
    assert result.exit_code == 0, result.output
    assert len(BAD_INPUTS) + 1 >= 20
    assert f"skipped {len(BAD_INPUTS) + 1} bad article(s)" in result.output
    for name, _ in BAD_INPUTS:
        assert f"{name}.txt" in result.output
    assert "Traceback" not in result.output
    assert len(Graph().parse(out / "graph.ttl")) > 20
    strict = CliRunner().invoke(cli, ["build", *paths, "--out", str(out), "--strict"])
    assert strict.exit_code != 0


def test_a_reader_process_reports_the_bad_inputs_as_one_process_does(tmp_path: Path):
    paths = _bad_files(tmp_path)
    for n in range(3):  # good ones among the bad, more than a group: read in a process
        good = tmp_path / f"good-{n}.txt"
        good.write_text(GOOD.replace("1,1", f"1,{n + 2}"), encoding="utf-8")
        paths.insert(5 * n, str(good))
    said = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        args = ["build", *paths, "--out", str(out), "--no-html", "--max-bytes", "200000"]
        result = CliRunner().invoke(cli, [*args, "--jobs", jobs])
        assert result.exit_code == 0, result.output
        said[jobs] = result.output
    # the same lines; CliRunner's stderr is flushed at a fork, so not in the same place
    lines = {
        jobs: sorted(text.replace(f"out{jobs}", "out").splitlines()) for jobs, text in said.items()
    }
    assert lines["1"] == lines["2"]
    assert sum(line.startswith("skipped: ") for line in lines["2"]) == len(BAD_INPUTS)
    for name in ("graph.ttl", "graph.trig"):
        assert (tmp_path / "out1" / name).read_bytes() == (tmp_path / "out2" / name).read_bytes()
    strict = CliRunner().invoke(cli, ["build", *paths, "--out", str(tmp_path / "s"), "--strict"])
    assert strict.exit_code != 0 and len(strict.output.strip().splitlines()) == 1
    assert "Traceback" not in strict.output and not (tmp_path / "s").exists()


def test_cp1251_and_utf16_inputs_build_like_utf8(tmp_path: Path):
    outputs = []
    for name, data in (
        ("utf8", GOOD.encode("utf-8")),
        ("bom", codecs.BOM_UTF8 + GOOD.encode("utf-8")),
        ("cp1251", GOOD.encode("cp1251")),
        ("utf16", GOOD.encode("utf-16")),
    ):
        path = tmp_path / f"{name}.txt"
        path.write_bytes(data)
        out = tmp_path / name
        result = CliRunner().invoke(cli, ["build", str(path), "--out", str(out), "--no-html"])
        assert result.exit_code == 0, result.output
        outputs.append((out / "graph.ttl").read_bytes())
    assert len(set(outputs)) == 1


def test_same_inputs_in_any_order_give_identical_files(tmp_path: Path):
    first = tmp_path / "a.txt"
    first.write_text(GOOD, encoding="utf-8")
    second = tmp_path / "b.txt"
    second.write_text(GOOD.replace("Тбилиси", "Ереване").replace("5 марта", "6 марта"), "utf-8")
    one, two = tmp_path / "one", tmp_path / "two"
    CliRunner().invoke(cli, ["build", str(first), str(second), "--out", str(one)])
    CliRunner().invoke(cli, ["build", str(second), str(first), "--out", str(two)])
    for name in ("graph.ttl", "graph.trig", "graph.html"):
        assert (one / name).read_bytes() == (two / name).read_bytes(), name


def test_hostile_text_lands_escaped_in_turtle(tmp_path: Path):
    text = GOOD.replace(
        "Министры экономики", 'Министры <script>alert(1)</script> """ > экономики'
    ).replace("Новости-Грузия", '<a href="x">"""ttl""" .</a>')
    path = tmp_path / "evil.txt"
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    graph = Graph().parse(out / "graph.ttl")
    headlines = {str(o) for o in graph.objects(None, None) if "<script>" in str(o)}
    assert headlines  # the text survives as data...
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in page  # ...and never as markup


def test_killed_build_leaves_previous_graphs_intact(tmp_path: Path):
    article = tmp_path / "a.txt"
    article.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(cli, ["build", str(article), "--out", str(out)]).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    article.write_text(GOOD.replace("1,1 млрд", "1,3 млрд"), encoding="utf-8")
    env = dict(os.environ)
    for delay in (0.3, 1.0, 2.0, 3.0):
        proc = subprocess.Popen(
            [sys.executable, "-m", "diplograph", "build", str(article), "--out", str(out)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        for name, data in before.items():
            now = (out / name).read_bytes()
            if now != data:  # a complete new file, never a torn one
                _complete(name, now)
    result = CliRunner().invoke(cli, ["build", str(article), "--out", str(out)])
    assert result.exit_code == 0
    assert "1300000000" in (out / "graph.ttl").read_text(encoding="utf-8")
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]


def _complete(name: str, data: bytes) -> None:
    if name.endswith(".ttl"):
        Graph().parse(data=data.decode("utf-8"), format="turtle")
    elif name.endswith(".trig"):
        from rdflib import Dataset

        Dataset().parse(data=data.decode("utf-8"), format="trig")
    elif name.endswith(".html"):
        assert data.rstrip().endswith(b"</html>")


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_money_and_dates_never_crash_and_point_into_the_text(text: str):
    for money in find_money(text):
        assert 0 <= money.start < money.stop <= len(text)
        assert money.amount >= 0
        assert len(money.currency) == 3
    for date in find_dates(text):
        assert 0 <= date.start < date.stop <= len(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_slug_is_always_a_valid_iri_segment(text: str):
    value = slug(text)
    assert value and all(ch.isascii() and (ch.isalnum() or ch == "-") for ch in value)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=2000))
def test_ingest_reads_or_refuses_any_text(text: str):
    try:
        article = parse_article(text)
    except ArticleError as error:
        assert str(error)
        return
    for sentence in article.sentences:
        assert article.text[sentence.start : sentence.stop] == sentence.text


@pytest.mark.parametrize("beside", [False, True], ids=["checked-here", "checked-in-a-child"])
def test_a_fact_breaking_a_shape_is_held_back_not_fatal(tmp_path: Path, monkeypatch, beside):
    """An extractor slip (here: a trade figure with one country) costs the fact, not the build."""
    from decimal import Decimal

    import diplograph.rdf.mapping as rdf
    from diplograph.rdf.namespace import DG

    original = rdf._statement

    def slip(g, article, st, entities):  # type: ignore[no-untyped-def]
        original(g, article, st, entities)
        if st.kind == "trade":
            for node in sorted(s for s, p, o in g if (p, o) == (rdf.RDF.type, DG.TradeFigure)):
                countries = sorted(o for s, p, o in g if (s, p) == (node, DG.country))
                for country in countries[1:]:
                    g.discard((node, DG.country, country))

    monkeypatch.setattr(rdf, "_statement", slip)
    if beside:
        import diplograph.build.tail as tail

        monkeypatch.setattr(tail, "CHECK_IN_CHILD_TRIPLES", 0)
    path = tmp_path / "a.txt"
    path.write_text(GOOD, encoding="utf-8")
    from diplograph.build import build

    said: list[str] = []
    build([path], tmp_path / "out", html=False, min_confidence=Decimal("0.5"), warn=said.append)
    assert any("breaks a shape" in w for w in said)
    out = tmp_path / "out"
    ttl = CliRunner().invoke(cli, ["query", "trade", "--graph", str(out / "graph.ttl")])
    assert "(0 rows)" in ttl.output
    from rdflib import Dataset

    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    held = [g for g in ds.graphs() if str(g.identifier).endswith("/held-back")]
    assert held and any((None, rdf.RDF.type, DG.TradeFigure) in g for g in held)


def test_a_reader_process_passes_on_articles_errors_and_what_reading_raised(
    tmp_path: Path, monkeypatch
):
    import pickle

    import diplograph.build.workers as workers

    error = pickle.loads(pickle.dumps(ArticleError("a.txt", "binary data, not text")))
    assert (error.source, error.problem, str(error)) == (
        "a.txt",
        "binary data, not text",
        "a.txt: binary data, not text",
    )
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    items = list(workers.read_in_child([good, tmp_path / "missing.txt"] * 20, {}))
    assert [type(i).__name__ for i in items[:2]] == ["Article", "ArticleError"]
    assert len(items) == 40 and items[1].problem == "no such file"

    def broken(path, **options):
        yield from ()
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(workers, "read_articles", broken)
    with pytest.raises(RuntimeError, match="the disk went away"):
        list(workers.read_in_child([good], {}))


def test_a_reader_process_that_dies_is_an_error_not_a_hang(tmp_path: Path, monkeypatch):
    import diplograph.build.workers as workers
    from diplograph.errors import DiplographError

    def dying(path, **options):
        yield from ()
        os._exit(3)

    monkeypatch.setattr(workers, "read_articles", dying)
    with pytest.raises(DiplographError, match="reader process ended"):
        list(workers.read_in_child([tmp_path / "x.txt"], {}))
