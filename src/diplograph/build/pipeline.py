"""The pipeline story: article files -> ingest -> nlp -> extract -> resolve -> rdf, one article
after another, into shards; then the tail (tail.py) checks the union once and writes it.

A corpus streams: articles are read one at a time (with workers, in a reader process),
extracted in groups (in this process, in worker processes or on a Dask cluster: workers.py)
and their graphs stored as sorted N-Triples shards in a scratch folder inside the output
folder (rdf/shards.py). Memory stays that of a run or an article, and the output is the same
bytes whatever the number of workers or the order of the inputs."""

from __future__ import annotations

import codecs
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from rdflib import Graph

from ..data import BUNDLED_ARTICLE, data_path
from ..errors import ArticleError, DiplographError, shown
from ..extract import extract
from ..files import recover
from ..ingest import DEFAULT_MAX_BYTES, MAX_CHARS, is_date, read_articles
from ..nlp import analyze
from ..rdf.mapping import MIN_CONFIDENCE, article_triples
from ..rdf.namespace import bind_prefixes
from ..rdf.ntriples import ntriples
from ..rdf.reports import plan
from ..rdf.shards import Shards, merge_in_memory
from ..records import Article
from ..resolve import Resolution, resolve
from .progress import Progress, count_articles
from .tail import finish
from .update import load_previous
from .workers import GROUP, in_process, in_workers, on_dask, read_in_child

__all__ = [
    "BuildReport",
    "build",
    "build_article_graph",
    "bundled_article",
    "check_options",
    "process",
]


def bundled_article() -> Path:
    """The Vesti.az report of 11 March 2025, shipped unchanged as the first input."""
    return data_path(BUNDLED_ARTICLE)


def process(article: Article) -> Resolution:
    return resolve(extract(analyze(article)))


def build_article_graph(path: str | Path, **options: str | None) -> Graph:
    """One input file (text, HTML, or a JSON Lines corpus) -> its graph, not validated and
    not written; raises the ArticleError of the first bad article. The articles of a corpus
    are merged as a build merges them (one node for a fact several of them state)."""
    parts = []
    for item in read_articles(path, **options):
        if isinstance(item, ArticleError):
            raise item
        parts.append((item.id, ntriples(article_triples(process(item)))))
    merged = plan(parts)
    lines = merge_in_memory([*(merged.rewrite(i, data) for i, data in parts), merged.extra])
    graph = bind_prefixes(Graph())
    graph.parse(data=b"".join(lines), format="nt")
    return graph


@dataclass
class BuildReport:
    built: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    triples: int = 0
    # with update: articles already in the graph (same content hash), not extracted again
    unchanged: list[str] = field(default_factory=list)


def _clear_stale(out: Path) -> None:
    """Temporary folders of builds that were killed (their process is gone)."""
    for folder in out.glob(".build-*") if out.is_dir() else ():
        try:
            pid = int(folder.name.split("-")[1])
            os.kill(pid, 0)
        except (ValueError, IndexError, ProcessLookupError):
            shutil.rmtree(folder, ignore_errors=True)
        except PermissionError:
            pass


def check_options(
    out: Path,
    *,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_chars: int = MAX_CHARS,
    date: str | None = None,
) -> None:
    """Every option of a build checked before any work: a bad one is one line, at once."""
    if date is not None and not is_date(date):
        raise DiplographError(f"--date {shown(date)!r}: not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise DiplographError(f"--encoding {shown(encoding)!r}: no such encoding") from None
    if max_bytes < 1 or max_chars < 1:
        raise DiplographError("--max-bytes and --max-chars must be positive")
    if out.exists() and not out.is_dir():
        raise DiplographError(f"--out {shown(out)}: exists and is not a folder")


def build(
    paths: Sequence[str | Path],
    out: str | Path,
    *,
    exports: Sequence[str] = (),
    strict: bool = False,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_chars: int = MAX_CHARS,
    title: str | None = None,
    date: str | None = None,
    publisher: str | None = None,
    html: bool = True,
    min_confidence: Decimal = MIN_CONFIDENCE,
    warn: Callable[[str], None] | None = None,
    jobs: int = 1,
    progress: bool = False,
    update: bool = False,
    dask: str | None = None,
) -> BuildReport:
    """Build the graph of the articles into `out`; bad articles are skipped and reported
    (with strict, the first one fails the build); at least one must be built.

    jobs > 1 extracts in that many worker processes, each with one BLAS thread; dask
    ("local" or a scheduler address) extracts on a Dask cluster instead. update adds the
    articles to the build already in `out`, extracting only those whose content is new.
    The output is the same bytes whatever the jobs, the cluster or the order of the paths."""
    report = BuildReport()
    say = warn or (lambda message: print(message, file=sys.stderr))
    out = Path(out)
    check_options(out, encoding=encoding, max_bytes=max_bytes, max_chars=max_chars, date=date)
    single = len(paths) == 1 and Path(paths[0]).suffix.lower() != ".jsonl" and not update
    created = not out.exists()
    if update and created:
        raise DiplographError(f"{shown(out)}: no build to update")
    if not created:
        recover(out)  # a build killed while renaming its files: finish it before anything
    _clear_stale(out)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".build-{os.getpid()}-", dir=out))
    done = False
    read: Generator[Article | ArticleError, None, None] | None = None
    main, held = Shards(work / "main"), Shards(work / "held")
    try:
        known: set[str] = set()
        if update:
            load_previous(out, main, held)
            known = set(main.ids)
        bar = Progress(count_articles(paths), progress)
        seen: set[str] = set()

        options: dict[str, Any] = {
            "encoding": encoding,
            "max_bytes": max_bytes,
            "max_chars": max_chars,
            "title": title,
            "date": date,
            "publisher": publisher,
        }
        if (jobs > 1 or dask) and bar.total > GROUP:
            read = read_in_child(paths, options)
        else:
            read = (item for path in paths for item in read_articles(path, **options))

        def articles() -> Iterator[Article]:
            for item in read:
                if isinstance(item, ArticleError):
                    if strict or single:
                        raise item
                    report.skipped.append((item.source, item.problem))
                    say(f"skipped: {item}")
                    bar.step()
                    continue
                for warning in item.warnings:
                    message = f"{shown(item.source)}: {shown(warning)}"
                    report.warnings.append(message)
                    say(f"warning: {message}")
                if item.id in known:
                    report.unchanged.append(item.source)
                    bar.step()
                elif item.id in seen:  # the same text twice: one extraction
                    report.built.append(item.source)
                    bar.step()
                else:
                    seen.add(item.id)
                    yield item

        if dask:
            results = on_dask(articles(), dask, jobs, min_confidence)
        elif jobs > 1:
            results = in_workers(articles(), jobs, min_confidence)
        else:
            results = in_process(articles(), min_confidence)
        for result in results:
            bar.step()
            if result.error:
                if strict or single:
                    raise DiplographError(f"{result.source}: {result.error}")
                report.skipped.append((result.source, result.error))
                say(f"skipped: {shown(result.source)}: {shown(result.error)}")
                continue
            main.put(result.article_id, result.main)
            held.put(result.article_id, result.held)
            report.built.append(result.source)
        bar.close()
        report.built.sort()
        if not main:
            raise DiplographError("no article could be built")
        written, triples = finish(main, held, out, work, exports, html, say)
        report.written = written
        report.triples = triples
        done = True
    finally:
        if read is not None:
            read.close()  # a reader process still reading is stopped
        main.close()
        held.close()
        shutil.rmtree(work, ignore_errors=True)
        if created and not done and not any(out.iterdir()):
            out.rmdir()
    return report
