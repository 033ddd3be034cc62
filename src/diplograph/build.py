"""The whole flow for one article or many: ingest -> nlp -> extract -> resolve -> rdf, then
validate once and write Turtle, TriG, the extra exports and the page.

A corpus streams: articles are read one at a time, extracted (in this process, in worker
processes or on a Dask cluster) and their graphs written as N-Triples shards into a temporary
folder inside the output folder; the shards are merged at the end, in article-id order, so the
output is the same bytes whatever the number of workers or the order of the inputs. The
per-article named graphs of graph.trig are the manifest of an update: an article whose
content hash (its id) is already there is not extracted again."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

from rdflib import RDF, Graph

from .data import BUNDLED_ARTICLE, data_path
from .errors import ArticleError, DiplographError
from .export import atomic_write, merged, write_graphs
from .extract import extract
from .ingest import DEFAULT_MAX_BYTES, read_articles
from .namespace import DG, DGR
from .nlp import analyze
from .rdf import MIN_CONFIDENCE, article_graph
from .records import Article
from .resolve import Resolution, resolve
from .validate import check

__all__ = [
    "BuildReport",
    "Extracted",
    "build",
    "build_article_graph",
    "bundled_article",
    "process",
    "process_article",
]


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
    # with update: articles already in the graph (same content hash), not extracted again
    unchanged: list[str] = field(default_factory=list)


class Extracted(NamedTuple):
    """What the per-article work sends back: the article's graphs as N-Triples, or an error."""

    article_id: str
    source: str
    main: bytes
    held: bytes
    error: str


def process_article(article: Article, min_confidence: Decimal = MIN_CONFIDENCE) -> Extracted:
    """The per-article work of every build, wherever it runs (this process, a worker
    process, a Dask worker): one article -> its main and held-back graphs as N-Triples."""
    try:
        resolution = process(article)
    except Exception as error:  # an extractor bug must not lose the rest of a corpus
        return Extracted(article.id, article.source, b"", b"", f"extraction failed: {error!r}")
    main = article_graph(resolution, min_confidence=min_confidence)
    held = article_graph(resolution, min_confidence=min_confidence, held_back=True)
    return Extracted(
        article.id,
        article.source,
        main.serialize(format="nt", encoding="utf-8"),
        held.serialize(format="nt", encoding="utf-8"),
        "",
    )


class Shards(Mapping[str, Graph]):
    """Per-article graphs kept as N-Triples files in a folder and parsed when asked for, so
    the graphs of a corpus are never all in memory at once."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.ids: set[str] = set()

    def _path(self, article_id: str) -> Path:
        return self.folder / f"{article_id}.nt"

    def put(self, article_id: str, data: bytes) -> None:
        # sorted lines: the same insertion order whoever wrote the shard (a worker, an update)
        lines = sorted(
            line for line in data.decode("utf-8").splitlines(keepends=True) if line.strip()
        )
        self._path(article_id).write_bytes("".join(lines).encode("utf-8"))
        self.ids.add(article_id)

    def put_graph(self, article_id: str, graph: Graph) -> None:
        self.put(article_id, graph.serialize(format="nt", encoding="utf-8"))

    def __getitem__(self, article_id: str) -> Graph:
        if article_id not in self.ids:
            raise KeyError(article_id)
        return Graph().parse(data=self._path(article_id).read_text("utf-8"), format="nt")

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self.ids))

    def __len__(self) -> int:
        return len(self.ids)


def _quarantine(whole: Graph, main: Shards, held: Shards, say: Callable[[str], None]) -> bool:
    """Fact nodes that break a shape (an extractor's slip on an odd sentence) move to the
    held-back graphs with a warning, so one bad fact does not cost a corpus its build; what
    still does not conform after that fails the build. True when something did not conform.
    SHACL runs here once, on the merged graph."""
    from .validate import violating_nodes

    broken = violating_nodes(whole)
    if not broken:
        return False
    facts = {DG.Meeting, DG.TradeFigure, DG.PostHolding, DG.ExportFlow, DG.Signing}
    bad = sorted((n for n in broken if set(whole.objects(n, RDF.type)) & facts), key=str)
    for node in bad:
        say(f"warning: {node} breaks a shape; kept out of graph.ttl (see graph.trig)")
    if not bad:
        return True
    for article_id in list(main):
        graph = main[article_id]
        moved = [t for node in bad for t in graph.triples((node, None, None))]
        if not moved:
            continue
        kept = held[article_id] if article_id in held else Graph()
        for triple in moved:
            graph.remove(triple)
            whole.remove(triple)
            kept.add(triple)
        main.put_graph(article_id, graph)
        held.put_graph(article_id, kept)
    return True


def _one_blas_thread() -> None:
    """Worker start: N workers on N cores, not N x (BLAS threads) on N cores (5x slower)."""
    global _BLAS_LIMITED
    if _BLAS_LIMITED:
        return
    _BLAS_LIMITED = True
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[name] = "1"
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(1)
    except ImportError:  # pragma: no cover - threadpoolctl is a dependency
        pass


_BLAS_LIMITED = False


def _dask_task(article: Article, min_confidence: Decimal) -> Extracted:
    """A Dask worker's task: one BLAS thread in that worker (set once), then the article."""
    _one_blas_thread()
    return process_article(article, min_confidence)


def _in_process(articles: Iterable[Article], min_confidence: Decimal) -> Iterator[Extracted]:
    for article in articles:
        yield process_article(article, min_confidence)


def _in_workers(
    articles: Iterable[Article], jobs: int, min_confidence: Decimal
) -> Iterator[Extracted]:
    """`jobs` worker processes (models loaded once in each, one BLAS thread each); at most a
    few articles per worker are in flight, so a corpus is never all in memory."""
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

    pool = ProcessPoolExecutor(
        jobs, mp_context=multiprocessing.get_context("fork"), initializer=_one_blas_thread
    )
    pending: set[Future[Extracted]] = set()
    try:
        for article in articles:
            pending.add(pool.submit(process_article, article, min_confidence))
            if len(pending) >= 8 * jobs:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    yield future.result()
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield future.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _on_dask(
    articles: Iterable[Article], address: str, jobs: int, min_confidence: Decimal
) -> Iterator[Extracted]:
    """Extraction on a Dask cluster: `local` starts a LocalCluster of `jobs` worker processes
    with one thread each; otherwise `address` is a scheduler (tcp://host:8786) whose workers
    have diplograph installed."""
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise DiplographError(
            "--dask needs dask.distributed: pip install 'diplograph[dask]'"
        ) from None
    cluster = None
    try:
        if address == "local":
            cluster = LocalCluster(
                n_workers=jobs,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
            )
            client = Client(cluster)
        else:
            client = Client(address)  # waits distributed.comm.timeouts.connect (30 s)
    except (OSError, TimeoutError, ValueError) as error:
        if cluster is not None:
            cluster.close()
        raise DiplographError(f"cannot reach the Dask scheduler {address}: {error}") from None
    try:
        window = 8 * max(sum(client.nthreads().values()), 1)
        running = as_completed()
        for article in articles:
            running.add(client.submit(_dask_task, article, min_confidence, pure=False))
            if running.count() >= window:
                future = next(running)
                yield future.result()
                future.release()
        for future in running:
            yield future.result()
            future.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _load_previous(out: Path, main: Shards, held: Shards) -> None:
    """Shards of the articles of an earlier build, from the named graphs of its graph.trig
    (streamed with Oxigraph's parser: no article is extracted again)."""
    import pyoxigraph as ox

    trig = out / "graph.trig"
    if not trig.is_file():
        raise DiplographError(f"{out}: no graph.trig to update (build into it first)")
    prefix = str(DGR["graph/"])
    key: tuple[str, str] | None = None
    lines: list[str] = []
    written: set[tuple[str, str]] = set()

    def flush() -> None:
        if key is None:
            return
        shards = held if key[1] == "held-back" else main
        path = shards._path(key[0])
        with path.open("a" if key in written else "w", encoding="utf-8") as f:
            f.writelines(lines)
        shards.ids.add(key[0])
        written.add(key)

    try:
        for quad in ox.parse(path=str(trig), format=ox.RdfFormat.TRIG):
            name = quad.graph_name
            if not isinstance(name, ox.NamedNode) or not name.value.startswith(prefix):
                raise DiplographError(f"{trig}: not a diplograph build (graph {name})")
            article_id, _, kind = name.value[len(prefix) :].partition("/")
            if (article_id, kind) != key:
                flush()
                key, lines = (article_id, kind), []
            lines.append(f"{quad.subject} {quad.predicate} {quad.object} .\n")
        flush()
        for article_id, kind in written:  # the sorted lines every shard has
            shards = held if kind == "held-back" else main
            shards.put(article_id, shards._path(article_id).read_bytes())
    except SyntaxError as error:
        raise DiplographError(f"{trig}: cannot be read: {error}") from None


def _count(paths: Sequence[str | Path]) -> int:
    """Articles to expect, for the progress line: one per file, one per line of a .jsonl."""
    total = 0
    for path in paths:
        path = Path(path)
        if path.suffix.lower() == ".jsonl" and path.is_file():
            with path.open("rb") as f:
                total += sum(1 for line in f if line.strip())
        else:
            total += 1
    return total


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
        eta = max(self.total - self.done, 0) / rate if rate else 0
        sys.stderr.write(f"\r{self.done}/{self.total} articles, {rate:.1f}/s, ETA {eta:.0f} s ")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled and self.done:
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
    single = len(paths) == 1 and Path(paths[0]).suffix.lower() != ".jsonl" and not update
    created = not out.exists()
    if update and created:
        raise DiplographError(f"{out}: no build to update")
    _clear_stale(out)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".build-{os.getpid()}-", dir=out))
    done = False
    try:
        main, held = Shards(work / "main"), Shards(work / "held")
        known: set[str] = set()
        if update:
            _load_previous(out, main, held)
            known = set(main.ids)
        bar = Progress(_count(paths), progress)
        seen: set[str] = set()

        def articles() -> Iterator[Article]:
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
                        bar.step()
                        continue
                    for warning in item.warnings:
                        message = f"{item.source}: {warning}"
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
            results = _on_dask(articles(), dask, jobs, min_confidence)
        elif jobs > 1:
            results = _in_workers(articles(), jobs, min_confidence)
        else:
            results = _in_process(articles(), min_confidence)
        for result in results:
            bar.step()
            if result.error:
                if strict or single:
                    raise DiplographError(f"{result.source}: {result.error}")
                report.skipped.append((result.source, result.error))
                say(f"skipped: {result.source}: {result.error}")
                continue
            main.put(result.article_id, result.main)
            held.put(result.article_id, result.held)
            report.built.append(result.source)
        bar.close()
        report.built.sort()
        if not main:
            raise DiplographError("no article could be built")
        whole = merged(main[article_id] for article_id in main)
        if _quarantine(whole, main, held, say):
            check(whole)  # after the move, the rest must conform
        report.written = write_graphs(main, out, exports, held_back=held, whole=whole)
        if html:
            from .view import render_html

            page = render_html(whole, title="diplograph")
            atomic_write(out / "graph.html", page.encode("utf-8"))
            report.written.append(out / "graph.html")
        report.triples = len(whole)
        done = True
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if created and not done and not any(out.iterdir()):
            out.rmdir()
    return report
