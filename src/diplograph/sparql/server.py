"""The endpoint over HTTP, on the standard library's server: the SPARQL 1.1 Protocol's
routes, content negotiation, and the limits on what a request may send."""

from __future__ import annotations

from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

from .endpoint import READ_ONLY, Endpoint, Reply, plain_reply

__all__ = ["make_server", "negotiate"]

ACCEPT = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}


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
                return self._send(plain_reply(413, "Request too large"))
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
                return self._send(plain_reply(400, "Bad request: give ?default or ?graph=IRI"))
            if url.path != "/sparql":
                return self._send(plain_reply(404, "Not found: try /sparql, /rdf-graphs, /health"))
            if "update" in params:
                return self._send(plain_reply(403, READ_ONLY))
            if "query" not in params:
                return self._send(plain_reply(400, "Bad request: no query= parameter"))
            fmt = negotiate(self.headers.get("Accept"), _first(params.get("format")))
            return self._send(endpoint.answer(params["query"][0], fmt))

        def do_POST(self) -> None:
            try:
                length = int(self.headers.get("Content-Length") or "")
            except ValueError:
                return self._send(plain_reply(411, "Length required: send a Content-Length"))
            if length < 0:
                return self._send(plain_reply(400, "Bad request: negative Content-Length"))
            if length > endpoint.max_request_bytes:
                self._drain(length)
                return self._send(
                    plain_reply(413, f"Request too large: over {endpoint.max_request_bytes} bytes")
                )
            data = self.rfile.read(length).decode("utf-8", errors="replace")
            path = urlparse(self.path).path
            if path == "/rdf-graphs":
                return self._send(plain_reply(403, READ_ONLY))
            if path != "/sparql":
                return self._send(plain_reply(404, "Not found: POST queries to /sparql"))
            kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if kind == "application/sparql-update":
                return self._send(plain_reply(403, READ_ONLY))
            if kind == "application/sparql-query":
                query, fmt_param = data, _first(parse_qs(urlparse(self.path).query).get("format"))
            else:
                params = parse_qs(data, keep_blank_values=True)
                if "update" in params:
                    return self._send(plain_reply(403, READ_ONLY))
                if "query" not in params:
                    return self._send(plain_reply(400, "Bad request: no query parameter"))
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
            self._send(plain_reply(403, READ_ONLY))

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
