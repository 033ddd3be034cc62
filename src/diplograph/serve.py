"""A read-only SPARQL 1.1 Protocol endpoint over built graphs.

    /sparql        GET ?query=, POST form or application/sparql-query; results negotiated by
                   Accept (SPARQL JSON, XML, CSV, TSV; Turtle for CONSTRUCT/DESCRIBE)
    /rdf-graphs    Graph Store Protocol, read side: ?default (everything) or ?graph=IRI
    /              a plain query page with the competency questions as examples
    /health        {"status": "ok", "triples": N}

Safe by default: updates get 403, SERVICE is refused unless allowed, each query runs in a
child process that is killed at the time limit, results are capped at a row limit, and
oversized requests get 413. The standard library's threading server takes many clients at
once; the store is shared copy-on-write with the query processes.
"""

from __future__ import annotations

import html
import json
import os
import select
import signal
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pyoxigraph as ox

from .errors import GraphError
from .query import competency_names, query_text
from .store import MEDIA_TYPES, GraphStore, is_update, uses_service

__all__ = ["Endpoint", "Reply", "make_server"]

ACCEPT = [
    ("application/sparql-results+json", "json"),
    ("application/json", "json"),
    ("application/sparql-results+xml", "xml"),
    ("application/xml", "xml"),
    ("text/csv", "csv"),
    ("text/tab-separated-values", "tsv"),
]


@dataclass(frozen=True)
class Reply:
    status: int
    media_type: str
    body: bytes


def _text(status: int, message: str) -> Reply:
    return Reply(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))


def _first(values: list[str] | None) -> str | None:
    return values[0] if values else None


def negotiate(accept: str | None, explicit: str | None = None) -> str:
    """The results format a client asks for; JSON when it does not say."""
    if explicit in {"json", "xml", "csv", "tsv"}:
        return explicit
    for part in (accept or "").split(","):
        media = part.split(";")[0].strip().lower()
        for known, fmt in ACCEPT:
            if media == known:
                return fmt
    return "json"


class Endpoint:
    """What the server does, without HTTP: answer a query within the limits."""

    def __init__(
        self,
        store: GraphStore,
        *,
        timeout: float = 10.0,
        max_results: int = 100_000,
        allow_service: bool = False,
        max_request_bytes: int = 1_000_000,
    ) -> None:
        self.store = store
        self.timeout = timeout
        self.max_results = max_results
        self.allow_service = allow_service
        self.max_request_bytes = max_request_bytes

    def answer(self, query: str, fmt: str = "json") -> Reply:
        if is_update(query):
            return _text(403, "Forbidden: this endpoint is read-only; updates are not allowed")
        if uses_service(query) and not self.allow_service:
            return _text(
                403,
                "Forbidden: SERVICE to other endpoints is not allowed here "
                "(start the server with --allow-service)",
            )
        return self._in_child(query, fmt)

    def _in_child(self, query: str, fmt: str) -> Reply:
        """Run the query in a forked process, so that one past the time limit can be stopped."""
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: answer, write, leave without cleanup of the parent's state
            os.close(read)
            try:
                answer = self.store.query(query, fmt, max_rows=self.max_results)
                reply = Reply(200, answer.media_type, answer.body)
            except OverflowError as error:
                reply = _text(413, f"Result too large: {error}; add a LIMIT")
            except (GraphError, ValueError) as error:
                reply = _text(400, f"Bad query: {error}")
            except PermissionError as error:
                reply = _text(403, f"Forbidden: {error}")
            except Exception as error:  # the engine's own failures
                reply = _text(500, f"Query failed: {error}")
            header = json.dumps([reply.status, reply.media_type]).encode("utf-8") + b"\n"
            with os.fdopen(write, "wb") as out:
                out.write(header + reply.body)
            os._exit(0)
        os.close(write)
        chunks: list[bytes] = []
        deadline = time.monotonic() + self.timeout
        try:
            while True:
                left = deadline - time.monotonic()
                if left <= 0:
                    os.kill(pid, signal.SIGKILL)
                    return _text(
                        503, f"Query stopped: the time limit of {self.timeout:g} s was hit"
                    )
                ready, _, _ = select.select([read], [], [], left)
                if ready:
                    chunk = os.read(read, 1 << 16)
                    if not chunk:
                        break
                    chunks.append(chunk)
        finally:
            os.close(read)
            os.waitpid(pid, 0)
        data = b"".join(chunks)
        header, _, body = data.partition(b"\n")
        if not header:
            return _text(500, "Query failed: the query process ended without an answer")
        status, media_type = json.loads(header)
        return Reply(int(status), str(media_type), body)

    def graph(self, name: str | None) -> Reply:
        """Graph Store Protocol, read side: the default graph (all triples) or a named graph."""
        graph = ox.NamedNode(name) if name else None
        quads = self.store.store.quads_for_pattern(None, None, None, graph)
        triples = [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
        if name and not triples:
            return _text(404, f"No graph named <{name}>")
        if len(triples) > self.max_results:
            return _text(413, f"Result too large: more than {self.max_results} triples (the limit)")
        data = ox.serialize(triples, format=ox.RdfFormat.TURTLE) or b""
        return Reply(200, MEDIA_TYPES["turtle"], data)

    def health(self) -> Reply:
        body = json.dumps({"status": "ok", "triples": len(self.store)}).encode("utf-8")
        return Reply(200, "application/json", body)

    def page(self) -> Reply:
        examples = []
        for name in competency_names():
            text = query_text(name)
            examples.append(
                f'<option value="{html.escape(text, quote=True)}">{html.escape(name)}</option>'
            )
        body = PAGE.replace("{examples}", "\n".join(examples))
        return Reply(200, "text/html; charset=utf-8", body.encode("utf-8"))


PAGE = """<!doctype html>
<html lang="ru"><head><meta charset="utf-8"><title>diplograph SPARQL</title>
<style>body{font:15px system-ui,sans-serif;margin:2em;max-width:60em}
textarea{width:100%;height:16em;font:13px monospace}</style></head>
<body><h1>diplograph: SPARQL endpoint</h1>
<p>Read-only. Ask the competency questions or any SPARQL 1.1 query.</p>
<form method="get" action="/sparql">
<p><label>Example: <select onchange="this.form.query.value=this.value">
<option value="">—</option>
{examples}
</select></label></p>
<textarea name="query">SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 10</textarea>
<p><label>Format: <select name="format"><option>json</option><option>xml</option>
<option>csv</option><option>tsv</option></select></label>
<button type="submit">Run</button></p></form>
<p><a href="/health">health</a> · <a href="/rdf-graphs?default">the whole graph (Turtle)</a></p>
</body></html>
"""


def make_server(
    endpoint: Endpoint, host: str = "127.0.0.1", port: int = 7878
) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        server_version = "diplograph"

        def log_message(self, format: str, *args: object) -> None:
            pass  # quiet; a reverse proxy logs if one is wanted

        def _send(self, reply: Reply) -> None:
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.media_type)
            self.send_header("Content-Length", str(len(reply.body)))
            self.send_header("Access-Control-Allow-Origin", "*")
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
                return self._send(endpoint.graph(None))
            if url.path != "/sparql":
                return self._send(_text(404, "Not found: try /sparql, /rdf-graphs, /health"))
            if "update" in params:
                return self._send(_text(403, "Forbidden: this endpoint is read-only"))
            if "query" not in params:
                return self._send(_text(400, "Bad request: no query= parameter"))
            fmt = negotiate(self.headers.get("Accept"), _first(params.get("format")))
            return self._send(endpoint.answer(params["query"][0], fmt))

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length > endpoint.max_request_bytes:
                return self._send(_text(413, "Request too large"))
            if urlparse(self.path).path != "/sparql":
                return self._send(_text(404, "Not found: POST queries to /sparql"))
            data = self.rfile.read(length).decode("utf-8", errors="replace")
            kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if kind == "application/sparql-update":
                return self._send(_text(403, "Forbidden: this endpoint is read-only"))
            if kind == "application/sparql-query":
                query = data
                fmt_param = None
            else:
                params = parse_qs(data, keep_blank_values=True)
                if "update" in params:
                    return self._send(_text(403, "Forbidden: this endpoint is read-only"))
                if "query" not in params:
                    return self._send(_text(400, "Bad request: no query parameter"))
                query = params["query"][0]
                fmt_param = _first(params.get("format"))
            fmt = negotiate(self.headers.get("Accept"), fmt_param)
            return self._send(endpoint.answer(query, fmt))

        def do_PUT(self) -> None:
            self._send(_text(403, "Forbidden: this endpoint is read-only"))

        do_DELETE = do_PUT  # noqa: N815
        do_PATCH = do_PUT  # noqa: N815

    server = ThreadingHTTPServer((host, port), Handler)
    server.daemon_threads = True
    return server
