"""The endpoint over HTTP: the SPARQL 1.1 Protocol's routes as an ASGI application, served
by uvicorn (asyncio's epoll loop: no select() and its ceiling at descriptor 1024; many idle
connections cost a socket each, not a thread).

What a client may cost the server is bounded:
- connections: at most `max_connections` at once (uvicorn answers 503 past it), and the
  process's descriptor limit is raised to its hard limit so that the bound can be reached;
- time to send a request: its head and then its body must arrive within `request_seconds`
  of the connection opening or of the previous answer, however they trickle in (uvicorn's
  keep-alive timeout is reset by every byte, so a client sending one byte every few seconds
  would be kept for ever; `DeadlineProtocol` adds the deadline uvicorn lacks);
- time to read the answer: a client that does not read it is dropped past the time limit;
- size: request heads over 64 KB and bodies over `max_request_bytes` are refused;
- a client that goes away stops its query (the child process is killed), without a word in
  the log.

CORS: any origin may query (`Access-Control-Allow-Origin: *`, preflight answered), since the
endpoint only reads and, unless --allow-service, reaches no other server. With
--allow-service, cross-origin pages get no CORS headers: a page the user opens must not
make the endpoint fetch what the page cannot. Requests whose Host is not this server are
refused (a page cannot reach a loopback endpoint through a name it controls: DNS
rebinding).
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import resource
import socket
import threading
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import parse_qs

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from .endpoint import Endpoint, Reply, plain_reply
from .page import page_reply, script_reply
from .protocol import negotiate, selection

__all__ = ["DeadlineProtocol", "Server", "make_server", "raise_descriptor_limit"]

HEAD_BYTES = 64 * 1024
_DRAINED = 16 * 1024 * 1024
Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]


class DeadlineProtocol(H11Protocol):
    """uvicorn's HTTP/1.1 protocol with deadlines: the request must arrive whole within
    `request_seconds`, and its answer be taken within `answer_seconds`."""

    request_seconds = 10.0
    answer_seconds = 60.0
    _timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm(self.request_seconds)

    def handle_events(self) -> None:
        before = self.cycle
        super().handle_events()
        if self.cycle is not None and self.cycle is not before:  # a request's head arrived
            self._arm(self.answer_seconds)

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._arm(self.request_seconds)

    def connection_lost(self, exc: Exception | None) -> None:
        if self._timer is not None:
            self._timer.cancel()
        super().connection_lost(exc)

    def _arm(self, seconds: float) -> None:
        if self._timer is not None:
            self._timer.cancel()
        self._timer = self.loop.call_later(seconds, self._expire)

    def _expire(self) -> None:
        self._timer = None
        if not self.transport.is_closing():
            self.transport.close()


def raise_descriptor_limit() -> int:
    """Raise this process's limit of open files to its hard limit; return the limit."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY:
        hard = 1 << 20
    if soft < hard:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
            soft = hard
        except (ValueError, OSError):
            pass
    return soft


class Application:
    """The ASGI application: routes, the SPARQL Protocol's parameters, CORS, limits."""

    def __init__(self, endpoint: Endpoint, host: str, request_seconds: float) -> None:
        self.endpoint = endpoint
        self.request_seconds = request_seconds
        self.cors = not endpoint.allow_service
        self.hosts = _allowed_hosts(host)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while (await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})
            return
        if scope["type"] != "http":
            return
        try:
            reply = await self._route(scope, receive)
        except Exception as error:  # never a traceback in the log: one line to the client
            reply = plain_reply(500, f"Server error: {type(error).__name__}: {error}")
        if reply is None:  # the client went away
            return
        await self._send(scope, send, reply)

    async def _route(self, scope: Scope, receive: Receive) -> Reply | None:
        method, path = scope["method"], scope["path"]
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        if self.hosts is not None and _host_name(headers.get("host", "")) not in self.hosts:
            return plain_reply(403, "Forbidden: this server does not answer to that Host")
        if method == "OPTIONS":
            return Reply(204, "text/plain", b"")
        if len(scope["query_string"]) > self.endpoint.max_request_bytes:
            return plain_reply(413, "Request too large: the URL is too long; POST the query")
        params = parse_qs(scope["query_string"].decode("latin-1"), keep_blank_values=True)
        accept = headers.get("accept")
        if method in {"PUT", "DELETE", "PATCH"}:
            return plain_reply(403, "Forbidden: this endpoint is read-only")
        if method not in {"GET", "HEAD", "POST"}:
            return plain_reply(405, f"Method not allowed: {method}")
        if method == "POST":
            body = await self._body(headers, receive)
            if isinstance(body, Reply):
                return body
            if path == "/rdf-graphs":
                return plain_reply(403, "Forbidden: this endpoint is read-only")
            if path != "/sparql":
                return plain_reply(404, "Not found: POST queries to /sparql")
            kind = headers.get("content-type", "").split(";")[0].strip().lower()
            if kind == "application/sparql-update":
                return plain_reply(403, "Forbidden: this endpoint is read-only")
            if kind == "application/sparql-query":
                params["query"] = [body.decode("utf-8", "replace")]
            elif kind in {"application/x-www-form-urlencoded", ""}:
                form = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
                for key, values in form.items():
                    params.setdefault(key, []).extend(values)
            else:
                return plain_reply(
                    415,
                    "Unsupported media type: POST application/sparql-query or a form "
                    "(application/x-www-form-urlencoded)",
                )
        if path in {"/", "/index.html"}:
            return page_reply(self.endpoint)
        if path == "/query.js":
            return script_reply()
        if path == "/favicon.ico":  # browsers ask; there is none
            return Reply(204, "image/x-icon", b"")
        if path == "/health":
            return await self.endpoint.health()
        wants = negotiate(accept, _first(params.get("format")))
        if path == "/rdf-graphs":
            if "graph" in params:
                return await self.endpoint.graph(params["graph"][0], wants)
            if "default" in params:
                return await self.endpoint.graph(None, wants)
            return plain_reply(400, "Bad request: give ?default or ?graph=IRI")
        if path != "/sparql":
            return plain_reply(404, "Not found: try /sparql, /rdf-graphs, /health or /")
        if "update" in params:
            return plain_reply(403, "Forbidden: this endpoint is read-only")
        if "query" not in params:
            host = headers.get("host", "localhost")
            return self.endpoint.description(f"http://{host}/sparql", wants)
        if len(params["query"]) > 1:
            return plain_reply(400, "Bad request: more than one query")
        work = self.endpoint.answer(params["query"][0], wants, selection(params))
        return await _unless_gone(work, receive)

    async def _body(self, headers: dict[str, str], receive: Receive) -> bytes | Reply:
        """The request's body, within the size limit and the time left to send it."""
        limit = self.endpoint.max_request_bytes
        try:
            declared = int(headers.get("content-length", "0") or "0")
        except ValueError:
            return plain_reply(400, "Bad request: Content-Length is not a number")
        chunks: list[bytes] = []
        size = 0
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.request_seconds
        while True:
            try:
                message = await asyncio.wait_for(receive(), max(0.0, deadline - loop.time()))
            except TimeoutError:
                return plain_reply(408, "Request timeout: the body came too slowly")
            if message["type"] == "http.disconnect":
                return plain_reply(400, "Bad request: the client went away")
            chunk = message.get("body", b"")
            size += len(chunk)
            if size <= limit and declared <= limit:
                chunks.append(chunk)
            # a refused body is still read (up to a bound), so that the client, still
            # sending, hears the 413 instead of a reset connection
            more = message.get("more_body", False) and size < _DRAINED
            if not more:
                if size > limit or declared > limit:
                    return plain_reply(413, f"Request too large: over {limit} bytes")
                return b"".join(chunks)

    async def _send(self, scope: Scope, send: Send, reply: Reply) -> None:
        headers = [
            (b"content-type", reply.media_type.encode("latin-1")),
            (b"content-length", str(len(reply.body)).encode("latin-1")),
            (b"x-content-type-options", b"nosniff"),
            (b"vary", b"Accept, Origin"),
        ]
        if self.cors:
            headers += [
                (b"access-control-allow-origin", b"*"),
                (b"access-control-allow-methods", b"GET, POST, HEAD, OPTIONS"),
                (b"access-control-allow-headers", b"Content-Type, Accept"),
                (b"access-control-max-age", b"86400"),
            ]
        if reply.status == 204:
            headers.append((b"allow", b"GET, POST, HEAD, OPTIONS"))
        if reply.status in {408, 413}:  # the rest of the request is not read: end the talk
            headers.append((b"connection", b"close"))
        if reply.media_type.startswith("text/html"):
            headers.append(
                (
                    b"content-security-policy",
                    b"default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; "
                    b"connect-src 'self'; form-action 'self'; img-src 'self'",
                )
            )
        headers += [(k.encode("latin-1"), v.encode("latin-1")) for k, v in reply.headers]
        await send({"type": "http.response.start", "status": reply.status, "headers": headers})
        body = b"" if scope["method"] == "HEAD" else reply.body
        await send({"type": "http.response.body", "body": body})


async def _unless_gone(work: Awaitable[Reply], receive: Receive) -> Reply | None:
    """`work`'s reply, or None if the client went away first (its query is then stopped)."""
    task = asyncio.ensure_future(work)
    watch = asyncio.ensure_future(_gone(receive))
    done, _ = await asyncio.wait({task, watch}, return_when=asyncio.FIRST_COMPLETED)
    if task in done:
        watch.cancel()
        return task.result()
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError, Exception):
        await task
    return None


async def _gone(receive: Receive) -> None:
    """Returns when the client has gone away (what is left of a request body is skipped)."""
    while (await receive())["type"] != "http.disconnect":
        pass


def _allowed_hosts(host: str) -> set[str] | None:
    """The Host headers a loopback server answers to; None (any) for other addresses."""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        return None
    return {"localhost", "127.0.0.1", "::1", host.lower()}


def _host_name(header: str) -> str:
    """The name in a Host header, without its port ("[::1]:7878" -> "::1")."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:].partition("]")[0]
    return header.rpartition(":")[0] if header.count(":") == 1 else header


def _first(values: list[str] | None) -> str | None:
    return values[0] if values else None


class Server:
    """uvicorn serving an Endpoint on a socket bound at construction (port 0: any free port;
    see `port`). `run()` serves until Ctrl-C; `start()` and `stop()` serve from a thread."""

    def __init__(
        self,
        endpoint: Endpoint,
        host: str = "127.0.0.1",
        port: int = 7878,
        *,
        max_connections: int = 8192,
        request_seconds: float = 10.0,
    ) -> None:
        limit = raise_descriptor_limit()
        # each query needs a pipe and a child; keep descriptors for them past the connections
        self.max_connections = max(16, min(max_connections, limit - 4 * endpoint.workers - 64))
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self.socket = socket.socket(family, socket.SOCK_STREAM)
        self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            self.socket.bind((host, port))
            self.socket.listen(2048)
        except OSError:
            self.socket.close()
            raise
        self.port = int(self.socket.getsockname()[1])
        protocol = type(
            "Protocol",
            (DeadlineProtocol,),
            {
                "request_seconds": request_seconds,
                "answer_seconds": 2 * endpoint.timeout + request_seconds + 30,
            },
        )
        config = uvicorn.Config(
            Application(endpoint, host, request_seconds),
            http=protocol,
            lifespan="on",
            log_level=logging.ERROR,
            access_log=False,
            server_header=False,
            headers=[("server", "diplograph")],
            limit_concurrency=self.max_connections,
            backlog=2048,
            timeout_keep_alive=5,
            timeout_graceful_shutdown=3,
            h11_max_incomplete_event_size=HEAD_BYTES,
            ws="none",
        )
        self.server = uvicorn.Server(config)
        self._thread: threading.Thread | None = None

    def run(self) -> None:
        """Serve until interrupted (Ctrl-C: uvicorn stops, then KeyboardInterrupt)."""
        self.server.run(sockets=[self.socket])

    def start(self) -> None:
        self._thread = threading.Thread(target=self.run, daemon=True)
        self._thread.start()
        while not self.server.started and self._thread.is_alive():
            threading.Event().wait(0.01)

    def stop(self) -> None:
        self.server.should_exit = True
        if self._thread is not None:
            self._thread.join(30)
        self.socket.close()


def make_server(
    endpoint: Endpoint, host: str = "127.0.0.1", port: int = 7878, **options: Any
) -> Server:
    return Server(endpoint, host, port, **options)
