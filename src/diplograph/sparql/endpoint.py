"""A read-only SPARQL 1.1 endpoint over built graphs (server.py puts it on HTTP).

    GET  /sparql?query=...            SPARQL 1.1 Protocol; also POST, either form-encoded
    POST /sparql                      (query=...) or application/sparql-query. Results by
                                      Accept: application/sparql-results+json (the default),
                                      application/sparql-results+xml, text/csv,
                                      text/tab-separated-values; CONSTRUCT and DESCRIBE give
                                      text/turtle. `format=json|xml|csv|tsv` overrides Accept.
    GET  /rdf-graphs?default          Graph Store Protocol, read side (indirect identification):
    GET  /rdf-graphs?graph=IRI        the default graph (everything queries see) or one named
                                      graph (one per article from a TriG build), as Turtle
    GET  /                            a plain query page with the competency questions
    GET  /health                      {"status": "ok", "backend": ..., "triples": N, ...}

Safe by default. Read-only: updates (and PUT, POST to graphs, DELETE) get 403. SERVICE to
other endpoints is refused with 403 unless `allow_service`. Each query runs in a forked child
process that is killed at the time limit (503, "the time limit ... was hit"); results past the
row limit are refused (400, "the row limit ... was hit"); requests larger than
`max_request_bytes` get 413. ThreadingHTTPServer takes many clients at once; at most `workers`
queries run at a time, the others wait their turn (within the time limit). The parent process
never touches the store after start-up: only the children do, so a child forked while another
thread works can never inherit a lock held half-way.

This module does not import natasha: serving needs no NLP.
"""

from __future__ import annotations

import html
import json
import os
import select
import signal
import threading
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from urllib.parse import quote

import jinja2

from ..errors import GraphError
from .dataset import competency_names, query_text
from .engine import GraphStore, LimitError, ReadOnlyError
from .guard import is_update, uses_service
from .results import MEDIA_TYPES

__all__ = ["READ_ONLY", "Endpoint", "Reply", "plain_reply"]

READ_ONLY = "Forbidden: this endpoint is read-only; updates are not allowed"


@dataclass(frozen=True)
class Reply:
    status: int
    media_type: str
    body: bytes


def plain_reply(status: int, message: str) -> Reply:
    """A refusal or an error, said in one line of text."""
    return Reply(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))


class Endpoint:
    """What the server does, without HTTP: answer requests within the limits."""

    def __init__(
        self,
        store: GraphStore,
        *,
        timeout: float = 10.0,
        max_results: int = 100_000,
        allow_service: bool = False,
        max_request_bytes: int = 1_000_000,
        workers: int | None = None,
    ) -> None:
        self.store = store
        self.timeout = timeout
        self.max_results = max_results
        self.allow_service = allow_service
        self.max_request_bytes = max_request_bytes
        # counted once: the store does not change while it is served
        self.triples = len(store)
        self.graph_names = store.graph_names()
        self.workers = workers or max(4, 2 * (os.cpu_count() or 1))
        self._slots = threading.BoundedSemaphore(self.workers)
        self.queue_wait = max(30.0, 3 * timeout)

    # --- the routes ---------------------------------------------------------------------------

    def answer(self, query: str, fmt: str = "json") -> Reply:
        """A SPARQL query's answer in `fmt` (Turtle for graphs), or an error reply."""
        if is_update(query):
            return plain_reply(403, READ_ONLY)
        if uses_service(query) and not self.allow_service:
            return plain_reply(
                403,
                "Forbidden: SERVICE (querying other endpoints) is not allowed here; "
                "start the server with --allow-service to allow it",
            )

        def work() -> Reply:
            answer = self.store.query(query, fmt, max_rows=self.max_results)
            return Reply(200, answer.media_type, answer.body)

        return self._limited(work)

    def graph(self, name: str | None) -> Reply:
        """Graph Store Protocol, read side: the default graph or a named graph, as Turtle."""

        def work() -> Reply:
            data = self.store.graph_turtle(name, max_triples=self.max_results)
            if data is None:
                return plain_reply(404, f"Not found: no graph named <{name}>")
            return Reply(200, MEDIA_TYPES["turtle"], data)

        return self._limited(work)

    def health(self) -> Reply:
        data = {
            "status": "ok",
            "backend": self.store.backend,
            "triples": self.triples,
            "graphs": len(self.graph_names),
            "timeout": self.timeout,
            "max_results": self.max_results,
        }
        return Reply(200, "application/json", json.dumps(data).encode("utf-8"))

    def page(self) -> Reply:
        return Reply(200, "text/html; charset=utf-8", _page(self).encode("utf-8"))

    # --- limits -------------------------------------------------------------------------------

    def _limited(self, work: Callable[[], Reply]) -> Reply:
        """Run `work` in a child process within the time limit, one of `workers` at a time."""
        # waiting for a turn is not running: a query under load still gets its whole time
        # limit once it starts; the wait itself is bounded so that clients hear back
        if not self._slots.acquire(timeout=self.queue_wait):
            return plain_reply(503, f"Busy: {self.workers} queries are running; try again")
        try:
            left = self.timeout
            if not hasattr(os, "fork"):  # pragma: no cover (Windows: the query cannot be killed)
                return _in_thread(work, left, self.timeout)
            return _in_child(work, left, self.timeout)
        finally:
            self._slots.release()


def _reply_for(work: Callable[[], Reply]) -> Reply:
    try:
        return work()
    except LimitError as error:
        return plain_reply(400, f"Result too large: {error}; add a LIMIT or ask for less")
    except ReadOnlyError:
        return plain_reply(403, READ_ONLY)
    except GraphError as error:
        return plain_reply(400, f"Bad query: {error}")
    except Exception as error:  # the engine's own failures
        return plain_reply(500, f"Query failed: {type(error).__name__}: {error}")


def _timed_out(timeout: float) -> Reply:
    return plain_reply(
        503,
        f"Query stopped: the time limit of {timeout:g} s was hit "
        "(ask for less, or start the server with a larger --timeout)",
    )


def _in_child(work: Callable[[], Reply], left: float, timeout: float) -> Reply:
    """Fork, answer in the child, read the answer through a pipe; kill the child at the
    deadline. Killing a process is the only way to stop an engine in the middle of a join."""
    read, write = os.pipe()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # 3.12+: fork with threads
        pid = os.fork()
    if pid == 0:  # the child: answer, write, leave without running the parent's cleanup
        code = 0
        try:
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            os.close(read)
            reply = _reply_for(work)
            header = json.dumps([reply.status, reply.media_type]).encode("utf-8") + b"\n"
            with os.fdopen(write, "wb") as out:
                out.write(header + reply.body)
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(write)
    chunks: list[bytes] = []
    deadline = time.monotonic() + left
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                os.kill(pid, signal.SIGKILL)
                return _timed_out(timeout)
            ready, _, _ = select.select([read], [], [], remaining)
            if ready:
                chunk = os.read(read, 1 << 16)
                if not chunk:
                    break
                chunks.append(chunk)
    finally:
        os.close(read)
        os.waitpid(pid, 0)
    header, newline, body = b"".join(chunks).partition(b"\n")
    if not newline:
        return plain_reply(500, "Query failed: the query process ended without an answer")
    status, media_type = json.loads(header)
    return Reply(int(status), str(media_type), body)


def _in_thread(work: Callable[[], Reply], left: float, timeout: float) -> Reply:  # pragma: no cover
    box: list[Reply] = []
    thread = threading.Thread(target=lambda: box.append(_reply_for(work)), daemon=True)
    thread.start()
    thread.join(left)
    return box[0] if box else _timed_out(timeout)


# --- the query page ----------------------------------------------------------------------------


def _question(text: str) -> str:
    """The competency question: the .rq file's first comment line."""
    for line in text.splitlines():
        if line.startswith("#"):
            return line.lstrip("# ").strip()
    return ""


@cache
def _template() -> jinja2.Template:
    # autoescape stays off: every text is escaped here, once, as html.escape does it
    source = files(__package__).joinpath("assets", "query.html").read_text("utf-8")
    return jinja2.Environment(keep_trailing_newline=True).from_string(source)


def _page(endpoint: Endpoint) -> str:
    e = html.escape
    questions = []
    for name in competency_names():
        text = query_text(name)
        questions.append(
            {
                "name": e(name),
                "text": e(text),
                "question": e(_question(text)),
                "csv": e(f"/sparql?format=csv&query={quote(text, safe='')}"),
            }
        )
    graphs = [
        {"name": e(g), "url": e(f"/rdf-graphs?graph={quote(g, safe='')}")}
        for g in endpoint.graph_names[:50]
    ]
    return _template().render(
        triples=endpoint.triples,
        backend=e(endpoint.store.backend),
        timeout=f"{endpoint.timeout:g}",
        max_results=endpoint.max_results,
        questions=questions,
        graphs=graphs,
    )
