"""A read-only SPARQL 1.1 endpoint over built graphs, on the standard library's HTTP server.

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
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, quote, urlparse

from ..errors import GraphError
from .dataset import competency_names, query_text
from .store import MEDIA_TYPES, GraphStore, LimitError, ReadOnlyError, is_update, uses_service

__all__ = ["Endpoint", "Reply", "make_server", "negotiate"]

ACCEPT = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
READ_ONLY = "Forbidden: this endpoint is read-only; updates are not allowed"


@dataclass(frozen=True)
class Reply:
    status: int
    media_type: str
    body: bytes


def _text(status: int, message: str) -> Reply:
    return Reply(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))


def negotiate(accept: str | None, explicit: str | None = None) -> str:
    """The results format a client asks for (q-values honoured); JSON when it does not say."""
    if explicit in {"json", "xml", "csv", "tsv"}:
        return explicit
    choices = []
    for order, part in enumerate((accept or "").split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        quality = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        fmt = ACCEPT.get(media.lower())
        if fmt is not None and quality > 0:
            choices.append((-quality, order, fmt))
    return min(choices)[2] if choices else "json"


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
            return _text(403, READ_ONLY)
        if uses_service(query) and not self.allow_service:
            return _text(
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
                return _text(404, f"Not found: no graph named <{name}>")
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
            return _text(503, f"Busy: {self.workers} queries are running; try again")
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
        return _text(400, f"Result too large: {error}; add a LIMIT or ask for less")
    except ReadOnlyError:
        return _text(403, READ_ONLY)
    except GraphError as error:
        return _text(400, f"Bad query: {error}")
    except Exception as error:  # the engine's own failures
        return _text(500, f"Query failed: {type(error).__name__}: {error}")


def _timed_out(timeout: float) -> Reply:
    return _text(
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
        return _text(500, "Query failed: the query process ended without an answer")
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


def _page(endpoint: Endpoint) -> str:
    e = html.escape
    options, items = [], []
    for name in competency_names():
        text = query_text(name)
        options.append(f'<option value="{e(text)}">{e(name)}</option>')
        run = f"/sparql?format=csv&amp;query={e(quote(text, safe=''))}"
        items.append(
            f"<li><details><summary><b>{e(name)}</b>: {e(_question(text))} "
            f'(<a href="{run}">CSV</a>)</summary><pre>{e(text)}</pre></details></li>'
        )
    graphs = "".join(
        f'<li><a href="/rdf-graphs?graph={e(quote(g, safe=""))}">{e(g)}</a></li>'
        for g in endpoint.graph_names[:50]
    )
    return PAGE.format(
        triples=endpoint.triples,
        backend=e(endpoint.store.backend),
        timeout=f"{endpoint.timeout:g}",
        max_results=endpoint.max_results,
        options="\n".join(options),
        items="\n".join(items),
        graphs=f"<p>Named graphs:</p><ul>{graphs}</ul>" if graphs else "",
    )


PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>diplograph SPARQL endpoint</title>
<style>body{{font:15px system-ui,sans-serif;margin:2em;max-width:64em}}
textarea{{width:100%;height:16em;font:13px monospace}} pre{{background:#f4f4f4;padding:.5em}}
li{{margin:.3em 0}}</style></head>
<body><h1>diplograph: SPARQL endpoint</h1>
<p>Read-only SPARQL 1.1 over {triples} triples ({backend}); queries are stopped after
{timeout} s and results hold at most {max_results} rows. The ontology's prefixes (dg:, dgr:,
schema:, org:, prov:, skos:, rdfs:, ...) are predeclared.</p>
<form method="get" action="/sparql">
<p><label>Example: <select onchange="this.form.query.value=this.value">
<option value="">(choose a competency question)</option>
{options}
</select></label></p>
<textarea name="query">SELECT ?s ?p ?o WHERE {{ ?s ?p ?o }} LIMIT 10</textarea>
<p><label>Format: <select name="format"><option>csv</option><option>tsv</option>
<option>json</option><option>xml</option></select></label>
<button type="submit">Run</button></p></form>
<h2>Competency questions</h2>
<ul>
{items}
</ul>
<p><a href="/health">health</a> · <a href="/rdf-graphs?default">the default graph
(Turtle)</a></p>
{graphs}
</body></html>
"""


# --- HTTP --------------------------------------------------------------------------------------


def make_server(
    endpoint: Endpoint, host: str = "127.0.0.1", port: int = 7878
) -> ThreadingHTTPServer:
    """A threading HTTP server for `endpoint` (port 0: any free port, see server_port)."""

    class Handler(BaseHTTPRequestHandler):
        server_version = "diplograph"
        timeout = 60  # a client that stops sending is dropped

        def log_message(self, format: str, *args: object) -> None:
            pass  # quiet; a reverse proxy logs if one is wanted

        def _send(self, reply: Reply) -> None:
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.media_type)
            self.send_header("Content-Length", str(len(reply.body)))
            self.send_header("Access-Control-Allow-Origin", "*")
            self.send_header("X-Content-Type-Options", "nosniff")
            if reply.media_type.startswith("text/html"):
                self.send_header(
                    "Content-Security-Policy",
                    "default-src 'none'; style-src 'unsafe-inline'; "
                    "script-src 'unsafe-inline'; form-action 'self'",
                )
            self.end_headers()
            self.wfile.write(reply.body)

        def do_GET(self) -> None:
            if len(self.path) > endpoint.max_request_bytes:
                return self._send(_text(413, "Request too large"))
            url = urlparse(self.path)
            params = parse_qs(url.query, keep_blank_values=True)
            if url.path == "/":
                return self._send(endpoint.page())
            if url.path == "/health":
                return self._send(endpoint.health())
            if url.path == "/rdf-graphs":
                if "graph" in params:
                    return self._send(endpoint.graph(params["graph"][0]))
                if "default" in params:
                    return self._send(endpoint.graph(None))
                return self._send(_text(400, "Bad request: give ?default or ?graph=IRI"))
            if url.path != "/sparql":
                return self._send(_text(404, "Not found: try /sparql, /rdf-graphs, /health"))
            if "update" in params:
                return self._send(_text(403, READ_ONLY))
            if "query" not in params:
                return self._send(_text(400, "Bad request: no query= parameter"))
            fmt = negotiate(self.headers.get("Accept"), _first(params.get("format")))
            return self._send(endpoint.answer(params["query"][0], fmt))

        def do_POST(self) -> None:
            try:
                length = int(self.headers.get("Content-Length") or "")
            except ValueError:
                return self._send(_text(411, "Length required: send a Content-Length"))
            if length < 0:
                return self._send(_text(400, "Bad request: negative Content-Length"))
            if length > endpoint.max_request_bytes:
                self._drain(length)
                return self._send(
                    _text(413, f"Request too large: over {endpoint.max_request_bytes} bytes")
                )
            data = self.rfile.read(length).decode("utf-8", errors="replace")
            path = urlparse(self.path).path
            if path == "/rdf-graphs":
                return self._send(_text(403, READ_ONLY))
            if path != "/sparql":
                return self._send(_text(404, "Not found: POST queries to /sparql"))
            kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if kind == "application/sparql-update":
                return self._send(_text(403, READ_ONLY))
            if kind == "application/sparql-query":
                query, fmt_param = data, _first(parse_qs(urlparse(self.path).query).get("format"))
            else:
                params = parse_qs(data, keep_blank_values=True)
                if "update" in params:
                    return self._send(_text(403, READ_ONLY))
                if "query" not in params:
                    return self._send(_text(400, "Bad request: no query parameter"))
                query, fmt_param = params["query"][0], _first(params.get("format"))
            fmt = negotiate(self.headers.get("Accept"), fmt_param)
            return self._send(endpoint.answer(query, fmt))

        def _drain(self, length: int) -> None:
            """Read (a bounded part of) a refused body, so the client sees the 413 instead of
            a reset connection."""
            left = min(length, 16 * 1024 * 1024)
            while left > 0:
                chunk = self.rfile.read(min(left, 1 << 16))
                if not chunk:
                    break
                left -= len(chunk)

        def do_PUT(self) -> None:
            self._send(_text(403, READ_ONLY))

        do_DELETE = do_PUT  # noqa: N815
        do_PATCH = do_PUT  # noqa: N815

    server = _Server((host, port), Handler)
    server.daemon_threads = True
    return server


class _Server(ThreadingHTTPServer):
    # the standard library's backlog of 5 resets connections when 50 clients arrive at once
    request_queue_size = 256


def _first(values: list[str] | None) -> str | None:
    return values[0] if values else None
