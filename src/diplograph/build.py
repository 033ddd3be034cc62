"""The whole flow for one article or many: ingest -> nlp -> extract -> resolve -> rdf, then
validate once and write Turtle, TriG, the extra exports and the page."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from rdflib import Graph

from .data import BUNDLED_ARTICLE, data_path
from .errors import ArticleError, DiplographError
from .export import atomic_write, merged, write_graphs
from .extract import extract
from .ingest import DEFAULT_MAX_BYTES, read_articles
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
) -> BuildReport:
    """Build the graph of the articles into `out`; bad articles are skipped and reported
    (with strict, the first one fails the build); at least one must be built."""
    report = BuildReport()
    say = warn or (lambda message: print(message, file=sys.stderr))
    graphs: dict[str, Graph] = {}
    held: dict[str, Graph] = {}
    single = len(paths) == 1 and Path(paths[0]).suffix.lower() != ".jsonl"
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
            article = item
            for warning in article.warnings:
                message = f"{article.source}: {warning}"
                report.warnings.append(message)
                say(f"warning: {message}")
            try:
                resolution = process(article)
            except Exception as error:  # an extractor bug must not lose the rest of a corpus
                if strict or single:
                    raise DiplographError(
                        f"{article.source}: extraction failed: {error!r}"
                    ) from None
                report.skipped.append((article.source, f"extraction failed: {error!r}"))
                say(f"skipped: {article.source}: extraction failed: {error!r}")
                continue
            graphs[article.id] = article_graph(resolution, min_confidence=min_confidence)
            held[article.id] = article_graph(
                resolution, min_confidence=min_confidence, held_back=True
            )
            report.built.append(article.source)
    if not graphs:
        raise DiplographError("no article could be built")
    whole = merged(graphs.values())
    check(whole)
    out = Path(out)
    report.written = write_graphs(graphs, out, exports, held_back=held)
    if html:
        from .view import render_html

        page = render_html(whole, title="diplograph")
        atomic_write(out / "graph.html", page.encode("utf-8"))
        report.written.append(out / "graph.html")
    report.triples = len(whole)
    return report
