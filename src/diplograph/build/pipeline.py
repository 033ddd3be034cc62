"""The whole flow for one article or many: ingest -> nlp -> extract -> resolve -> rdf, then
validate once and write Turtle, TriG, the extra exports and the page.

A corpus streams: articles are read one at a time (with workers, in a reader process),
extracted in groups (in this process, in worker processes or on a Dask cluster) and their
graphs written as sorted N-Triples shards into a scratch folder inside the output folder
(shards.py). At the end the shards are merged into the union, which is checked against the
shapes (shapes.py, in a forked process when big) while the files are written into the scratch
folder; they are moved into place once it conforms. Memory stays that of a run or an article,
and the output is the same bytes whatever the number of workers or the order of the inputs. The
per-article named graphs of graph.trig are the manifest of an update: an article whose content
hash (its id) is already there is not extracted again."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import islice
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

import pyoxigraph as ox
from rdflib import RDF, Graph

from ..data import BUNDLED_ARTICLE, data_path
from ..errors import ArticleError, DiplographError, ShapeViolation
from ..extract import extract
from ..ingest import DEFAULT_MAX_BYTES, read_articles
from ..nlp import analyze, analyze_many
from ..rdf.mapping import MIN_CONFIDENCE, article_graph, article_triples
from ..rdf.namespace import DG, DGR, bind_prefixes
from ..rdf.shards import Shards, blocks, ntriples, union
from ..rdf.turtle import atomic_write, merged, write_jsonld, write_nquads, write_trig, write_turtle
from ..records import Analysis, Article
from ..resolve import Resolution, resolve
from ..shacl.compile import Violation, report_text, violations

__all__ = [
    "BuildReport",
    "Extracted",
    "build",
    "build_article_graph",
    "bundled_article",
    "process",
    "process_article",
    "process_articles",
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
    return _extracted(article, None, min_confidence)


def process_articles(
    articles: Sequence[Article], min_confidence: Decimal = MIN_CONFIDENCE
) -> list[Extracted]:
    """process_article for several articles, whose sentences go through the taggers in one
    batch: ~10% faster than one by one, and the same tags."""
    try:
        analyses: Sequence[Analysis | None] = analyze_many(articles)
    except Exception:  # one odd article must not cost the others: each on its own
        analyses = [None] * len(articles)
    return [_extracted(a, an, min_confidence) for a, an in zip(articles, analyses, strict=True)]


# articles analysed together in one batch of the taggers
GROUP = 16


def _extracted(article: Article, analysis: Analysis | None, min_confidence: Decimal) -> Extracted:
    try:
        resolution = resolve(extract(analysis if analysis is not None else analyze(article)))
    except Exception as error:  # an extractor bug must not lose the rest of a corpus
        return Extracted(article.id, article.source, b"", b"", f"extraction failed: {error!r}")
    main = article_triples(resolution, min_confidence=min_confidence)
    held = article_triples(resolution, min_confidence=min_confidence, held_back=True)
    return Extracted(article.id, article.source, ntriples(main), ntriples(held), "")


def _groups(articles: Iterable[Article]) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while group := list(islice(iterator, GROUP)):
        yield group


FACTS = {str(c) for c in (DG.Meeting, DG.TradeFigure, DG.PostHolding, DG.ExportFlow, DG.Signing)}
# above this many triples the merged graph is checked in an on-disk store (flat memory)
IN_MEMORY_TRIPLES = 200_000
LOAD_SLICE = 100_000


def _union(main: Shards, work: Path) -> tuple[Path, int]:
    """The merged graph as sorted N-Triples lines in one file, and its size in triples."""
    path = work / "merged.nt"
    count = 0
    with path.open("wb") as out:
        for line in union([main], work / "runs"):
            out.write(line)
            count += 1
    return path, count


def _store(merged_nt: Path, triples: int, work: Path) -> ox.Store:
    """The merged graph in an Oxigraph store for the shapes: in memory when small, else on
    disk, loaded in slices (one bulk load of 10^6 triples holds ~1 GB; slices of 10^5, 0.2)."""
    if triples <= IN_MEMORY_TRIPLES:
        store = ox.Store()
        store.bulk_load(path=str(merged_nt), format=ox.RdfFormat.N_TRIPLES)
        return store
    work.mkdir(parents=True, exist_ok=True)
    store = ox.Store(str(work))
    with merged_nt.open("rb") as lines:
        while chunk := b"".join(islice(lines, LOAD_SLICE)):
            store.bulk_load(chunk, ox.RdfFormat.N_TRIPLES)
    return store


def _verdict(union: Path, triples: int, work: Path) -> tuple[list[Violation], list[str]]:
    """The union's violations of the shapes, and which of their focus nodes are facts."""
    store = _store(union, triples, work)
    found = violations(store)
    rdf_type = ox.NamedNode(str(RDF.type))

    def is_fact(node: str) -> bool:
        types = store.quads_for_pattern(ox.NamedNode(node), rdf_type, None)
        return any(str(quad.object)[1:-1] in FACTS for quad in types)

    return found, sorted({v.focus for v in found if is_fact(v.focus)})


def _hold_back(facts: Sequence[str], main: Shards, held: Shards) -> None:
    """Move the triples of fact nodes that break a shape (an extractor's slip on an odd
    sentence) to their articles' held-back graphs: one bad fact does not cost a corpus."""
    starts = tuple(f"<{node}> " for node in facts)
    for article_id in list(main):
        lines = main.lines(article_id)
        moved = {line for line in lines if line.startswith(starts)}
        if not moved:
            continue
        kept = held.lines(article_id) if article_id in held else []
        main.put(article_id, "".join(line for line in lines if line not in moved).encode())
        held.put(article_id, "".join(sorted(moved.union(kept))).encode())


T = TypeVar("T")
# above this many triples the page is drawn from the part of the union it shows (the same
# nodes, edges and panels; its English names only those of what it shows): at 10^3
# articles 14 s and 249 MB instead of 17 s and 326 MB
PAGE_TRIPLES = 20_000
# above this many triples the shapes are checked in a forked process while this one writes
BESIDE_TRIPLES = 20_000
# above this many bytes of shards the per-article files are written in a forked process
BESIDE_BYTES = 4_000_000


def _beside(big: bool, task: Callable[..., T], *args: Any) -> Callable[[], T]:
    """Start `task` in a forked child process when the work is big (pyoxigraph and our
    writers hold the GIL, so a thread would not overlap), in this one otherwise; returns how
    to wait for its result."""
    if not big or not hasattr(os, "fork"):
        result = task(*args)
        return lambda: result
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"))
    future = pool.submit(task, *args)
    pool.shutdown(wait=False)
    return future.result


# groups of articles a reader process may have read ahead of the workers
READ_AHEAD = 64


def _read_beside(
    paths: Sequence[str | Path], options: dict[str, Any]
) -> Generator[Any, None, None]:
    """read_articles over every path in a forked reader process, in order. With workers,
    this process loads the models while one core waits: the reader reads the first
    articles on it, and then takes reading off the cores the workers share with it."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    queue: Any = context.Queue(READ_AHEAD)
    reader = context.Process(target=_reader, args=(paths, options, queue), daemon=True)
    reader.start()
    return _from_reader(reader, queue)


def _reader(paths: Sequence[str | Path], options: dict[str, Any], queue: Any) -> None:
    import pickle

    try:
        group: list[Article | ArticleError] = []
        for path in paths:
            for item in read_articles(path, **options):
                group.append(item)
                if len(group) == GROUP:
                    queue.put(("items", group))
                    group = []
        queue.put(("items", group))
        queue.put(("done", None))
    except BaseException as error:  # sent over as it is when it can be, else as a message
        try:
            pickle.dumps(error)
        except Exception:
            error = DiplographError(f"reading failed: {error!r}")
        queue.put(("error", error))


def _from_reader(reader: Any, queue: Any) -> Generator[Any, None, None]:
    import queue as queues

    try:
        while True:
            try:
                kind, payload = queue.get(timeout=1)
            except queues.Empty:
                if not reader.is_alive():
                    raise DiplographError("the reader process ended early") from None
                continue
            if kind == "done":
                return
            if kind == "error":
                raise payload
            yield from payload
    finally:
        if reader.is_alive():
            reader.kill()
        reader.join()


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
    """--jobs 1: one core, as --jobs N is N cores. OpenBLAS would otherwise spread the
    taggers' batches over every core, and --jobs 2 would have little left to gain. The
    limit holds while the extraction runs and is lifted after (a caller's own numpy)."""
    from threadpoolctl import threadpool_limits

    from ..nlp import models

    limits = None
    try:
        for group in _groups(articles):
            if limits is None:  # BLAS comes with the models; a limit binds what is loaded
                models()
                limits = threadpool_limits(1)
            yield from process_articles(group, min_confidence)
    finally:
        if limits is not None:
            limits.restore_original_limits()


def _in_workers(
    articles: Iterable[Article], jobs: int, min_confidence: Decimal
) -> Iterator[Extracted]:
    """`jobs` worker processes, one BLAS thread each; at most a few groups of articles per
    worker are in flight, so a corpus is never all in memory. The models are loaded here,
    once, and the workers fork with them: loaded in two workers at once, each load took half
    as long again as one alone, and twice the CPU."""
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

    from threadpoolctl import threadpool_limits

    from ..nlp import models, models_loaded, unload_models

    ours = not models_loaded()  # a caller's own models stay
    models()
    limits = threadpool_limits(1)  # the workers inherit it; lifted here after
    pool = ProcessPoolExecutor(
        jobs, mp_context=multiprocessing.get_context("fork"), initializer=_one_blas_thread
    )
    pending: set[Future[list[Extracted]]] = set()
    try:
        for group in _groups(articles):
            pending.add(pool.submit(process_articles, group, min_confidence))
            if ours:  # the first submit forked every worker: they have the models now
                unload_models()
                ours = False
            if len(pending) >= 2 * jobs:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    yield from future.result()
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield from future.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        limits.restore_original_limits()


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
    trig = out / "graph.trig"
    if not trig.is_file():
        raise DiplographError(f"{out}: no graph.trig to update (build into it first)")
    prefix = str(DGR["graph/"])
    key: tuple[str, str] | None = None
    lines: set[str] = set()

    def flush() -> None:
        if key is not None:
            shards = held if key[1] == "held-back" else main
            if key[0] in shards:  # TriG may repeat a graph's block: union, not replace
                lines.update(shards.lines(key[0]))
            shards.put(key[0], "".join(sorted(lines)).encode("utf-8"))

    try:
        for quad in ox.parse(path=str(trig), format=ox.RdfFormat.TRIG):
            name = quad.graph_name
            if not isinstance(name, ox.NamedNode) or not name.value.startswith(prefix):
                raise DiplographError(f"{trig}: not a diplograph build (graph {name})")
            article_id, _, kind = name.value[len(prefix) :].partition("/")
            if (article_id, kind) != key:
                flush()
                key, lines = (article_id, kind), set()
            lines.add(f"{quad.subject} {quad.predicate} {quad.object} .\n")
        flush()
    except SyntaxError as error:
        raise DiplographError(f"{trig}: cannot be read: {error}") from None


def _per_article(
    main: Shards, held: Shards, folder: Path, exports: Sequence[str], work: Path
) -> Callable[[], list[Path]]:
    """graph.trig (a graph per article) and graph.nq need only the shards: for a big corpus
    they are written in a child from the start of the tail, while this process merges the
    union, so that both cores work from the first moment."""
    folder.mkdir(parents=True, exist_ok=True)
    big = main.size > BESIDE_BYTES
    return _beside(big, _write_per_article, main, held, folder, exports, work)


def _stage(
    union: Path,
    triples: int,
    per_article: Callable[[], list[Path]],
    folder: Path,
    exports: Sequence[str],
    html: bool,
    work: Path,
) -> list[Path]:
    """graph.ttl (the union), the asked-for extras and the page, written into `folder`
    beside the files of `per_article`; returns them all once they are written."""
    with union.open(encoding="utf-8") as lines:
        write_turtle(blocks(lines), folder / "graph.ttl", work)
    if "jsonld" in exports:
        write_jsonld(union, folder / "graph.jsonld")
    if html:
        from ..view import page_graph, render_html

        if triples <= PAGE_TRIPLES:
            page = render_html(_rdflib_graph(union), title="diplograph")
        else:  # the page's part of the graph, read in passes: never all of it in rdflib
            part = page_graph(union)
            page = render_html(
                part.graph,
                title="diplograph",
                nodes_in_graph=part.nodes_in_graph,
                degrees=part.degrees,
            )
        atomic_write(folder / "graph.html", page.encode("utf-8"))
    written = [folder / "graph.ttl", *per_article()]
    written += [folder / f"graph.{ext}" for ext in sorted(set(exports) - {"ttl", "trig"})]
    return written + ([folder / "graph.html"] if html else [])


def _write_per_article(
    main: Shards, held: Shards, folder: Path, exports: Sequence[str], work: Path
) -> list[Path]:
    write_trig(main, held, folder / "graph.trig", work)
    if "nq" in exports:
        write_nquads(main, held, folder / "graph.nq")
    return [folder / "graph.trig"]


def _rdflib_graph(union: Path) -> Graph:
    graph = Graph()
    bind_prefixes(graph)
    graph.parse(union, format="nt")
    return graph


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
    read: Generator[Article | ArticleError, None, None] | None = None
    main, held = Shards(work / "main"), Shards(work / "held")
    try:
        known: set[str] = set()
        if update:
            _load_previous(out, main, held)
            known = set(main.ids)
        bar = Progress(_count(paths), progress)
        seen: set[str] = set()

        options: dict[str, Any] = {
            "encoding": encoding,
            "max_bytes": max_bytes,
            "title": title,
            "date": date,
            "publisher": publisher,
        }
        if (jobs > 1 or dask) and bar.total > GROUP:
            read = _read_beside(paths, options)
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
        # temporary files of a build that was killed before it could rename them
        for stale in out.glob(".graph.*.tmp"):
            stale.unlink(missing_ok=True)
        # written into the scratch folder while the shapes are checked, moved once they pass
        staging = work / "staged"
        per_article = _per_article(main, held, staging, exports, work)
        union, triples = _union(main, work)
        verdict = _beside(triples > BESIDE_TRIPLES, _verdict, union, triples, work / "check")
        staged = _stage(union, triples, per_article, staging, exports, html, work)
        found, facts = verdict()
        if found:
            for node in facts:
                say(f"warning: {node} breaks a shape; kept out of graph.ttl (see graph.trig)")
            if not facts:
                raise ShapeViolation(report_text(found))
            _hold_back(facts, main, held)
            union, triples = _union(main, work)  # after the move, the rest must conform
            left = violations(_store(union, triples, work / "recheck"))
            if left:
                raise ShapeViolation(report_text(left))
            shutil.rmtree(staging)
            per_article = _per_article(main, held, staging, exports, work)
            staged = _stage(union, triples, per_article, staging, exports, html, work)
        for path in staged:
            os.replace(path, out / path.name)
        report.written = [out / path.name for path in staged]
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
