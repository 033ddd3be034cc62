"""Where the per-article work runs: in this process, in worker processes, or on a Dask
cluster; and the reader process that reads the articles meanwhile.

Every way gives the same Extracted records (an article's graphs as sorted N-Triples), so the
output is the same bytes whatever `--jobs` or `--dask`. The models are loaded once, in the
building process, and the workers fork with them; each worker (and, with --jobs 1, the
building process) holds OpenBLAS to one thread: N workers on N cores, not N x (BLAS threads).
"""

from __future__ import annotations

import os
from collections.abc import Generator, Iterable, Iterator, Sequence
from decimal import Decimal
from itertools import islice
from pathlib import Path
from typing import Any, NamedTuple

from ..errors import ArticleError, DiplographError
from ..extract import extract
from ..ingest import read_articles
from ..nlp import analyze, analyze_many
from ..rdf.mapping import MIN_CONFIDENCE, article_triples
from ..rdf.ntriples import ntriples
from ..records import Analysis, Article
from ..resolve import resolve
from .deadline import OvertimeError, extraction_seconds, time_limit

__all__ = [
    "GROUP",
    "Extracted",
    "in_process",
    "in_workers",
    "on_dask",
    "process_article",
    "process_articles",
    "read_in_child",
]


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
    batch (less padding per batch than one by one) and get the same tags."""
    try:
        analyses: Sequence[Analysis | None] = analyze_many(articles)
    except Exception:  # one odd article must not cost the others: each on its own
        analyses = [None] * len(articles)
    return [_extracted(a, an, min_confidence) for a, an in zip(articles, analyses, strict=True)]


# articles analysed together in one batch of the taggers
GROUP = 16


def _extracted(article: Article, analysis: Analysis | None, min_confidence: Decimal) -> Extracted:
    try:
        with time_limit(extraction_seconds(len(article.text))):
            resolution = resolve(extract(analysis if analysis is not None else analyze(article)))
    except OvertimeError as error:
        return Extracted(article.id, article.source, b"", b"", f"extraction {error}: skipped")
    except Exception as error:  # an extractor bug must not lose the rest of a corpus
        return Extracted(article.id, article.source, b"", b"", f"extraction failed: {error!r}")
    main = article_triples(resolution, min_confidence=min_confidence)
    held = article_triples(resolution, min_confidence=min_confidence, held_back=True)
    return Extracted(article.id, article.source, ntriples(main), ntriples(held), "")


def _groups(articles: Iterable[Article]) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while group := list(islice(iterator, GROUP)):
        yield group


# groups of articles a reader process may have read ahead of the workers
READ_AHEAD = 64


def read_in_child(
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
    """Worker start: N workers on N cores, not N x (BLAS threads) fighting over N cores."""
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


def in_process(articles: Iterable[Article], min_confidence: Decimal) -> Iterator[Extracted]:
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


def in_workers(
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


def on_dask(
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
