"""Corpus builds: worker processes give the same bytes; commands that need no NLP never load it."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplograph.cli import cli

CORPUS = sorted((Path(__file__).parent / "fixtures" / "corpus").glob("0[0-1]*.txt"))
ROOT = Path(__file__).resolve().parents[1]
OUTPUTS = ("graph.ttl", "graph.trig", "graph.nq", "graph.jsonld")


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Ten articles from the bench's corpus generator (made-up people and amounts)."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import corpus
    finally:
        sys.path.remove(str(ROOT / "bench"))
    return corpus.write_texts(10, tmp_path_factory.mktemp("generated"), seed=7)


@pytest.fixture(scope="module")
def local_build(generated: list[Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The generated articles built in a process of its own (another string-hash salt),
    one job: what every other way of building them must equal byte for byte."""
    out = tmp_path_factory.mktemp("local") / "out"
    command = [sys.executable, "-m", "diplograph", "build", *map(str, generated)]
    command += ["--out", str(out), "--export", "nq,jsonld", "--no-html", "--quiet"]
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    result = subprocess.run(command, capture_output=True, text=True, timeout=600, env=env)
    assert result.returncode == 0, result.stderr
    return out


def _named_quads(path: Path) -> set[str]:
    """The articles' statements; the default graph describes the build, and is made anew."""
    import pyoxigraph as ox

    quads = ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS)
    return {str(q) for q in quads if isinstance(q.graph_name, ox.NamedNode)}


def _same(one: Path, two: Path) -> None:
    for name in OUTPUTS:
        assert (one / name).read_bytes() == (two / name).read_bytes(), name


def test_jobs_two_gives_the_same_bytes_as_one(tmp_path: Path):
    one, two = tmp_path / "one", tmp_path / "two"
    paths = [str(p) for p in CORPUS]
    a = CliRunner().invoke(cli, ["build", *paths, "--out", str(one), "--jobs", "1", "--quiet"])
    assert a.exit_code == 0, a.output
    b = CliRunner().invoke(
        cli, ["build", *reversed(paths), "--out", str(two), "--jobs", "2", "--quiet"]
    )
    assert b.exit_code == 0, b.output
    for name in ("graph.ttl", "graph.trig", "graph.html"):
        assert (one / name).read_bytes() == (two / name).read_bytes(), name


def test_progress_line_stays_out_of_pipes(tmp_path: Path):
    command = [
        sys.executable,
        "-m",
        "diplograph",
        "build",
        str(CORPUS[0]),
        "--out",
        str(tmp_path / "o"),
        "--no-html",
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "articles," not in result.stderr  # no progress bar when stderr is not a terminal


def test_query_and_validate_never_load_the_nlp_models(bundled_build: Path):
    script = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from diplograph.cli import cli\n"
        f"r = CliRunner().invoke(cli, ['query', 'posts', '--graph', {str(bundled_build)!r}])\n"
        "assert r.exit_code == 0, r.output\n"
        f"r = CliRunner().invoke(cli, ['validate', {str(bundled_build / 'graph.ttl')!r}])\n"
        "assert r.exit_code == 0, r.output\n"
        "print('natasha' in sys.modules, 'slovnet' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False False"


def test_generated_corpus_same_bytes_for_jobs_and_argument_order(
    generated: list[Path], local_build: Path, tmp_path: Path
):
    paths = [str(p) for p in generated]
    out = tmp_path / "two"
    options = ["--export", "nq,jsonld", "--no-html", "--quiet"]
    result = CliRunner().invoke(
        cli, ["build", *paths[5:], *reversed(paths[:5]), "--out", str(out), "--jobs", "2", *options]
    )
    assert result.exit_code == 0, result.output
    assert "built 10 article(s)" in result.output
    _same(local_build, out)
    assert not list(out.glob(".build-*"))  # the shards folder is gone


def test_update_skips_known_articles_and_keeps_iris(
    generated: list[Path], local_build: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    out = tmp_path / "out"
    first = [str(p) for p in generated[:6]]
    options = ["--export", "nq,jsonld", "--no-html", "--quiet"]
    result = CliRunner().invoke(cli, ["build", *first, "--out", str(out), *options])
    assert result.exit_code == 0, result.output
    before = _named_quads(out / "graph.nq")

    from diplograph.build import workers

    done: list[str] = []
    original = workers.analyze_many

    def counting(articles):  # type: ignore[no-untyped-def]
        done.extend(article.source for article in articles)
        return original(articles)

    monkeypatch.setattr(workers, "analyze_many", counting)
    paths = [str(p) for p in generated]
    result = CliRunner().invoke(cli, ["build", "--update", str(out), *paths, *options])
    assert result.exit_code == 0, result.output
    assert "built 4 article(s) (6 already there)" in result.output
    assert sorted(done) == sorted(p.name for p in generated[6:])  # the old six not redone
    after = _named_quads(out / "graph.nq")
    assert before <= after  # every old statement, with the same IRIs
    _same(local_build, out)  # and the same bytes as building all ten at once

    done.clear()
    again = CliRunner().invoke(cli, ["build", "--update", str(out), paths[0], *options])
    assert again.exit_code == 0, again.output
    assert done == []
    _same(local_build, out)


def test_update_needs_an_existing_build(generated: list[Path], tmp_path: Path):
    result = CliRunner().invoke(
        cli, ["build", "--update", str(tmp_path / "none"), str(generated[0]), "--quiet"]
    )
    assert result.exit_code != 0
    assert "no build to update" in result.output
    assert not (tmp_path / "none").exists()


def test_quiet_and_a_terminal_progress_line(generated: list[Path], tmp_path: Path):
    """The progress line is written only to a terminal, never with --quiet."""
    script = (
        "import sys\n"
        "sys.stderr.isatty = lambda: True\n"
        "from diplograph.cli import cli\n"
        "cli(sys.argv[1:])\n"
    )
    base = [sys.executable, "-c", script, "build", str(generated[0]), str(generated[1])]
    base += ["--no-html"]
    shown = subprocess.run(
        [*base, "--out", str(tmp_path / "a")], capture_output=True, text=True, timeout=300
    )
    assert shown.returncode == 0, shown.stderr
    assert "2/2 articles," in shown.stderr and "ETA" in shown.stderr
    quiet = subprocess.run(
        [*base, "--out", str(tmp_path / "b"), "--quiet"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert quiet.returncode == 0, quiet.stderr
    assert "articles," not in quiet.stderr


@pytest.mark.skipif(
    importlib.util.find_spec("distributed") is None,
    reason="dask.distributed is not installed (pip install 'diplograph[dask]')",
)
def test_dask_local_cluster_gives_the_same_bytes(
    generated: list[Path], local_build: Path, tmp_path: Path
):
    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster),
    ):
        out = tmp_path / "dask"
        command = ["build", *map(str, reversed(generated)), "--out", str(out)]
        command += [
            "--export",
            "nq,jsonld",
            "--no-html",
            "--quiet",
            "--dask",
            cluster.scheduler_address,
        ]
        result = CliRunner().invoke(cli, command)
        assert result.exit_code == 0, result.output
    _same(local_build, out)


def test_dask_unreachable_scheduler_is_one_line(generated: list[Path], tmp_path: Path):
    pytest.importorskip("distributed", reason="dask.distributed is not installed")
    import dask

    out = tmp_path / "out"
    command = ["build", str(generated[0]), "--out", str(out), "--quiet"]
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        result = CliRunner().invoke(cli, [*command, "--dask", "tcp://127.0.0.1:9"])
    assert result.exit_code != 0
    assert "cannot reach the Dask scheduler" in result.output
    assert not out.exists()


def test_a_big_corpus_is_checked_on_disk_beside_the_writing_with_the_same_bytes(
    generated: list[Path], local_build: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    import diplograph.build.pipeline as build_module
    import diplograph.build.tail as tail
    import diplograph.rdf.shards as shards_module
    import diplograph.shacl.validation as validate_module

    monkeypatch.setattr(validate_module, "IN_MEMORY_TRIPLES", 0)  # every union "too big"
    monkeypatch.setattr(validate_module, "LOAD_SLICE", 50)  # loaded in many slices
    monkeypatch.setattr(tail, "CHECK_IN_CHILD_TRIPLES", 0)  # checked in a forked process
    monkeypatch.setattr(tail, "WRITE_IN_CHILD_BYTES", 0)  # TriG, N-Quads in another
    monkeypatch.setattr(shards_module, "IN_MEMORY_BYTES", 0)  # the union from runs on disk
    monkeypatch.setattr(shards_module, "RUN", 3)
    out = tmp_path / "out"
    build_module.build(generated, out, exports=["nq", "jsonld"], html=False)
    _same(local_build, out)
    assert not list(out.glob(".build-*"))  # the on-disk store went with the scratch folder


def test_articles_tagged_in_one_batch_get_the_tags_they_get_alone(generated: list[Path]):
    from diplograph.ingest import read_articles
    from diplograph.nlp import analyze, analyze_many

    articles = [a for path in generated[:4] for a in read_articles(path)]
    assert analyze_many(articles) == [analyze(a) for a in articles]


def test_an_extractor_failure_costs_its_article_not_its_batch(
    generated: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    import diplograph.build.pipeline as build_module
    import diplograph.build.workers as workers

    original = workers.extract
    bad = generated[1].name

    def failing(analysis):  # type: ignore[no-untyped-def]
        if analysis.article.source == bad:
            raise RuntimeError("an extractor slipped")
        return original(analysis)

    monkeypatch.setattr(workers, "extract", failing)
    said: list[str] = []
    report = build_module.build(generated[:4], tmp_path / "out", html=False, warn=said.append)
    assert sorted(report.built) == sorted(p.name for p in generated[:4] if p.name != bad)
    assert [source for source, _ in report.skipped] == [bad]
    assert any("extraction failed" in line and "an extractor slipped" in line for line in said)


def _page_data(page: str) -> dict:  # type: ignore[type-arg]
    import json
    import re

    match = re.search(r'<script id="dg-data" type="application/json">(.*?)</script>', page, re.S)
    assert match
    return json.loads(match.group(1))  # type: ignore[no-any-return]


@pytest.mark.parametrize("max_nodes", [5, 40, 5000])
def test_a_page_cut_from_a_big_graph_draws_what_the_whole_graph_draws(
    local_build: Path, tmp_path: Path, max_nodes: int
):
    import pyoxigraph as ox
    from rdflib import Graph

    from diplograph.view import page_graph, render_html

    triples = ox.parse(path=str(local_build / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    union = tmp_path / "union.nt"
    union.write_text(
        "".join(sorted(f"{t.subject} {t.predicate} {t.object} .\n" for t in triples)), "utf-8"
    )
    whole = Graph().parse(local_build / "graph.ttl")
    part = page_graph(union, max_nodes=max_nodes)
    a = _page_data(render_html(whole, max_nodes=max_nodes))
    b = _page_data(
        render_html(
            part.graph,
            max_nodes=max_nodes,
            nodes_in_graph=part.nodes_in_graph,
            degrees=part.degrees,
            ends=part.ends,
            pairs=part.pairs,
        )
    )
    for key in ("nodes", "edges", "info", "sentences", "classes", "omitted", "pairs"):
        assert a[key] == b[key], key
    if max_nodes < 40:
        assert len(part.graph) < len(whole) / 4  # the point: far less than the whole is read in


def test_a_build_too_big_for_a_whole_page_draws_the_same_page(
    generated: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    import diplograph.build.pipeline as build_module
    import diplograph.build.tail as tail

    build_module.build(generated, tmp_path / "whole", warn=lambda _: None)
    monkeypatch.setattr(tail, "PAGE_TRIPLES", 0)  # every union "too big"
    build_module.build(generated, tmp_path / "part", warn=lambda _: None)
    whole = _page_data((tmp_path / "whole" / "graph.html").read_text("utf-8"))
    part = _page_data((tmp_path / "part" / "graph.html").read_text("utf-8"))
    for key in ("nodes", "edges", "info", "sentences", "classes", "omitted", "pairs"):
        assert whole[key] == part[key], key


def test_a_sentence_gets_the_same_tags_alone_as_among_others(generated: list[Path]):
    """Batches are sorted by length and padded: neither may change what a sentence gets."""
    from diplograph.ingest import read_articles
    from diplograph.nlp import analyze_sentences

    sentences = [s for path in generated[:3] for a in read_articles(path) for s in a.sentences]
    together = list(analyze_sentences(sentences))
    alone = [next(iter(analyze_sentences([s]))) for s in sentences]
    assert together == alone


def test_jobs_one_holds_blas_to_one_thread_and_lifts_the_limit_after(generated: list[Path]):
    from threadpoolctl import threadpool_info

    from diplograph.build.workers import in_process
    from diplograph.ingest import read_articles

    def blas_threads() -> set[int]:
        return {lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"}

    articles = [a for path in generated[:2] for a in read_articles(path)]
    seen: list[set[int]] = []
    for _ in in_process(articles, Decimal("0.5")):
        seen.append(blas_threads())
    assert seen and all(threads == {1} for threads in seen)
    if os.cpu_count() and os.cpu_count() > 1 and "OPENBLAS_NUM_THREADS" not in os.environ:
        assert blas_threads() != {1}


def test_jobs_two_forks_workers_with_one_blas_thread_and_lifts_the_limit_after(
    generated: list[Path],
):
    from threadpoolctl import threadpool_info

    from diplograph.build.workers import in_workers
    from diplograph.ingest import read_articles

    def blas_threads() -> set[int]:
        return {lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"}

    articles = [a for path in generated[:3] for a in read_articles(path)]
    seen: list[set[int]] = []
    results = []
    for result in in_workers(iter(articles), 2, Decimal("0.5")):
        seen.append(blas_threads())  # what the workers were forked with
        results.append(result)
    assert seen and all(threads == {1} for threads in seen)
    assert sorted(r.article_id for r in results) == sorted(a.id for a in articles)
    assert all(not r.error and r.main for r in results)
    if os.cpu_count() and os.cpu_count() > 1 and "OPENBLAS_NUM_THREADS" not in os.environ:
        assert blas_threads() != {1}


def test_the_embedding_without_word_similarity_tags_as_natashas_own(generated: list[Path]):
    from natasha import (
        Doc,
        NewsEmbedding,
        NewsMorphTagger,
        NewsNERTagger,
        NewsSyntaxParser,
        Segmenter,
    )

    from diplograph.build import bundled_article
    from diplograph.nlp.taggers import news_embedding

    text = "\n".join(p.read_text(encoding="utf-8") for p in [bundled_article(), *generated[:3]])

    def tags(embedding: object) -> tuple[list[tuple], list[tuple]]:
        doc = Doc(text)
        doc.segment(Segmenter())
        doc.tag_morph(NewsMorphTagger(embedding))
        doc.parse_syntax(NewsSyntaxParser(embedding))
        doc.tag_ner(NewsNERTagger(embedding))
        tokens = [(t.start, t.text, t.pos, t.feats, t.head_id, t.rel) for t in doc.tokens]
        return tokens, [(s.start, s.stop, s.type) for s in doc.spans]

    lean, full = news_embedding(), NewsEmbedding()
    assert lean.meta.id == full.meta.id
    assert (lean.pq.codes == full.pq.codes).all() and (lean.pq.indexes == full.pq.indexes).all()
    assert not hasattr(lean.pq, "ab")  # the similarity tables were not made
    ours = tags(lean)
    assert ours == tags(full)
    assert len(ours[0]) > 500 and {"PER", "LOC", "ORG"} <= {span[2] for span in ours[1]}


def test_jobs_two_gives_back_the_models_it_loaded_and_keeps_a_callers(generated: list[Path]):
    from diplograph import nlp
    from diplograph.build.workers import in_workers
    from diplograph.ingest import read_articles

    articles = [a for a in read_articles(generated[0])]
    nlp.unload_models()
    assert len(list(in_workers(iter(articles), 2, Decimal("0.5")))) == 1
    assert not nlp.models_loaded()  # its workers had them; this process needs them no more
    nlp.models()  # the caller's own
    assert len(list(in_workers(iter(articles), 2, Decimal("0.5")))) == 1
    assert nlp.models_loaded()


def test_ner_from_our_words_finds_the_spans_natashas_own_call_finds(generated: list[Path]):
    from razdel import tokenize

    from diplograph.build import bundled_article
    from diplograph.ingest import read_articles
    from diplograph.nlp.taggers import models, tag_entities

    paths = [bundled_article(), *generated]
    texts = [s.text for path in paths for a in read_articles(path) for s in a.sentences]
    words = [[t.text for t in tokenize(text)] for text in texts]
    tagger = models().ner
    ours = [
        [(s.start, s.stop, s.type) for s in m.spans] for m in tag_entities(tagger, texts, words)
    ]
    theirs = [[(s.start, s.stop, s.type) for s in m.spans] for m in tagger.map(texts)]
    assert ours == theirs
    assert len(texts) > 50 and sum(map(len, ours)) > 50


def test_an_article_the_rules_cannot_finish_is_skipped_with_its_reason(
    generated: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    import diplograph.build.pipeline as build_module
    import diplograph.build.workers as workers

    original = workers.extract
    stuck = generated[2].name

    def looping(analysis):  # type: ignore[no-untyped-def]
        while analysis.article.source == stuck:
            pass
        return original(analysis)

    monkeypatch.setattr(workers, "extract", looping)
    monkeypatch.setattr(workers, "extraction_seconds", lambda chars: 0.5)
    said: list[str] = []
    report = build_module.build(generated[:3], tmp_path / "out", html=False, warn=said.append)
    assert sorted(report.built) == sorted(p.name for p in generated[:3] if p.name != stuck)
    assert [source for source, _ in report.skipped] == [stuck]
    assert any("took over" in line and "skipped" in line for line in said)
