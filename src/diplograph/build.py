"""The whole flow for one article or many: ingest -> nlp -> extract -> resolve -> rdf, then
validate once and write Turtle, TriG, the extra exports and the page."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from rdflib import RDF, Graph

from .data import BUNDLED_ARTICLE, data_path
from .errors import ArticleError, DiplographError
from .export import atomic_write, merged, write_graphs
from .extract import extract
from .ingest import DEFAULT_MAX_BYTES, read_articles
from .namespace import DG
from .nlp import analyze
from .rdf import MIN_CONFIDENCE, article_graph
from .records import Article
from .resolve import Resolution, resolve
from .validate import check

__all__ = ["BuildReport", "build", "build_article_graph", "bundled_article", "process"]


def bundled_article() -> Path:
    """The Vesti.az report of 11 March 2025, shipped unchanged as the first input."""
    return data_path(BUNDLED_ARTICLE)


def process(article: Article) -> Resolution:
    return resolve(extract(analyze(article)))


def build_article_graph(path: str | Path, **options: str | None) -> Graph:
    """One input file (text, HTML, or a JSON Lines corpus) -> its graph, not validated and
    not written; raises the ArticleError of the first bad article."""
    graphs = []
    for item in read_articles(path, **options):
        if isinstance(item, ArticleError):
            raise item
        graphs.append(article_graph(process(item)))
    return merged(graphs)


@dataclass
class BuildReport:
    built: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    triples: int = 0


def _quarantine(
    whole: Graph, graphs: dict[str, Graph], held: dict[str, Graph], say: Callable[[str], None]
) -> bool:
    """Fact nodes that break a shape (an extractor's slip on an odd sentence) move to the
    held-back graphs with a warning, so one bad fact does not cost a corpus its build; what
    still does not conform after that fails the build. True when something did not conform."""
    from .validate import violating_nodes

    broken = violating_nodes(whole)
    if not broken:
        return False
    facts = {DG.Meeting, DG.TradeFigure, DG.PostHolding, DG.ExportFlow, DG.Signing}
    bad = {n for n in broken if set(whole.objects(n, RDF.type)) & facts}
    for node in sorted(bad, key=str):
        say(f"warning: {node} breaks a shape; kept out of graph.ttl (see graph.trig)")
        for article_id, graph in graphs.items():
            triples = list(graph.triples((node, None, None)))
            for triple in triples:
                graph.remove(triple)
                whole.remove(triple)
                held[article_id].add(triple)
    return True


def _extract_one(args: tuple[Article, Decimal]) -> tuple[str, str, bytes, bytes, str]:
    """Worker: one article -> (id, source, main graph, held-back graph as N-Triples, error)."""
    article, min_confidence = args
    try:
        resolution = process(article)
    except Exception as error:  # an extractor bug must not lose the rest of a corpus
        return article.id, article.source, b"", b"", f"extraction failed: {error!r}"
    main = article_graph(resolution, min_confidence=min_confidence)
    held = article_graph(resolution, min_confidence=min_confidence, held_back=True)
    return (
        article.id,
        article.source,
        main.serialize(format="nt", encoding="utf-8"),
        held.serialize(format="nt", encoding="utf-8"),
        "",
    )


def _one_blas_thread() -> None:
    """Worker start: N workers on N cores, not N x (BLAS threads) on N cores (5x slower)."""
    import os

    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[name] = "1"
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(1)
    except ImportError:  # pragma: no cover - threadpoolctl is a dependency
        pass


class Progress:
    """Articles done, rate and ETA on one terminal line; silent when stderr is not a terminal."""

    def __init__(self, total: int, enabled: bool) -> None:
        import time

        self.total = total
        self.enabled = enabled and sys.stderr.isatty()
        self.start = time.monotonic()
        self.done = 0

    def step(self) -> None:
        import time

        self.done += 1
        if not self.enabled:
            return
        elapsed = max(time.monotonic() - self.start, 1e-6)
        rate = self.done / elapsed
        eta = (self.total - self.done) / rate if rate else 0
        sys.stderr.write(f"\r{self.done}/{self.total} articles, {rate:.1f}/s, ETA {eta:.0f} s ")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")


def build(
    paths: Sequence[str | Path],
    out: str | Path,
    *,
    exports: Sequence[str] = (),
    strict: bool = False,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    title: str | None = None,
    date: str | None = None,
    publisher: str | None = None,
    html: bool = True,
    min_confidence: Decimal = MIN_CONFIDENCE,
    warn: Callable[[str], None] | None = None,
    jobs: int = 1,
    progress: bool = False,
) -> BuildReport:
    """Build the graph of the articles into `out`; bad articles are skipped and reported
    (with strict, the first one fails the build); at least one must be built. With jobs > 1,
    articles are extracted in that many worker processes, each with one BLAS thread; the
    output is the same bytes whatever the number of jobs or the order of the paths."""
    report = BuildReport()
    say = warn or (lambda message: print(message, file=sys.stderr))
    graphs: dict[str, Graph] = {}
    held: dict[str, Graph] = {}
    single = len(paths) == 1 and Path(paths[0]).suffix.lower() != ".jsonl"
    articles: list[Article] = []
    for path in paths:
        items = read_articles(
            path,
            encoding=encoding,
            max_bytes=max_bytes,
            title=title,
            date=date,
            publisher=publisher,
        )
        for item in items:
            if isinstance(item, ArticleError):
                if strict or single:
                    raise item
                report.skipped.append((item.source, item.problem))
                say(f"skipped: {item}")
                continue
            for warning in item.warnings:
                message = f"{item.source}: {warning}"
                report.warnings.append(message)
                say(f"warning: {message}")
            articles.append(item)
    tasks = [(article, min_confidence) for article in articles]
    bar = Progress(len(tasks), progress)
    if jobs > 1 and len(tasks) > 1:
        import multiprocessing

        context = multiprocessing.get_context("fork")
        with context.Pool(jobs, initializer=_one_blas_thread) as pool:
            results = []
            for result in pool.imap(_extract_one, tasks, chunksize=4):
                results.append(result)
                bar.step()
    else:
        results = []
        for task in tasks:
            results.append(_extract_one(task))
            bar.step()
    bar.close()
    for article_id, source, main, held_back, error in results:
        if error:
            if strict or single:
                raise DiplographError(f"{source}: {error}")
            report.skipped.append((source, error))
            say(f"skipped: {source}: {error}")
            continue
        graphs[article_id] = Graph().parse(data=main.decode("utf-8"), format="nt")
        held[article_id] = Graph().parse(data=held_back.decode("utf-8"), format="nt")
        report.built.append(source)
    if not graphs:
        raise DiplographError("no article could be built")
    whole = merged(graphs.values())
    if _quarantine(whole, graphs, held, say):
        check(whole)  # after the move, the rest must conform
    out = Path(out)
    report.written = write_graphs(graphs, out, exports, held_back=held)
    if html:
        from .view import render_html

        page = render_html(whole, title="diplograph")
        atomic_write(out / "graph.html", page.encode("utf-8"))
        report.written.append(out / "graph.html")
    report.triples = len(whole)
    return report
