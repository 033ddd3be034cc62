"""The endpoint under abuse, on a real server: clients that trickle or say nothing are
dropped, descriptors past 1024 work, light queries get turns while heavy ones run, /health
says when queries wait, and clients that leave early cost their query and no log line."""

from __future__ import annotations

import asyncio
import contextlib
import json
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from diplograph.sparql.endpoint import Endpoint
from diplograph.sparql.server import Server
from diplograph.sparql.store import open_store

HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("many") / "many.nt"
    lines = [f'<http://example.org/s{i}> <http://example.org/p> "v{i}" .' for i in range(3000)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def serving(path: Path, **options: float) -> Server:
    settings = {k: options.pop(k) for k in list(options) if k in {"request_seconds"}}
    endpoint = Endpoint(open_store([path], backend="oxigraph"), **options)  # type: ignore[arg-type]
    server = Server(endpoint, "127.0.0.1", 0, **settings)  # type: ignore[arg-type]
    server.start()
    return server


@pytest.fixture(scope="module")
def quick(many: Path) -> Iterator[Server]:
    server = serving(many, timeout=5.0, request_seconds=1.0)
    yield server
    server.stop()


def ask(port: int, query: str, timeout: float = 60) -> tuple[int, bytes]:
    url = f"http://127.0.0.1:{port}/sparql?" + urllib.parse.urlencode({"query": query})
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def health(port: int) -> tuple[int, dict[str, object]]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=60) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def closed_by_server(sock: socket.socket) -> bool:
    try:
        return sock.recv(1 << 16) == b""
    except (ConnectionResetError, TimeoutError):
        return False


def test_a_client_trickling_its_request_is_dropped(quick):
    sock = socket.create_connection(("127.0.0.1", quick.port), timeout=30)
    sock.sendall(b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
    sent = 0
    try:
        for _ in range(60):  # a byte every 0.25 s: 15 s if never dropped
            sock.sendall(b"a")
            sent += 1
            time.sleep(0.25)
    except (BrokenPipeError, ConnectionResetError):
        pass
    sock.settimeout(30)
    assert sent < 60, "the trickling client was never dropped"
    sock.close()


def test_a_client_that_says_nothing_is_dropped(quick):
    sock = socket.create_connection(("127.0.0.1", quick.port), timeout=30)
    assert closed_by_server(sock)
    sock.close()


def test_queries_are_answered_past_descriptor_1024(quick):
    idle = [socket.create_connection(("127.0.0.1", quick.port)) for _ in range(1100)]
    try:
        assert max(s.fileno() for s in idle) > 1024
        assert ask(quick.port, "ASK { ?s ?p ?o }")[0] == 200
        assert health(quick.port)[0] == 200
    finally:
        for sock in idle:
            sock.close()


def test_light_queries_get_turns_while_heavy_ones_run(many):
    server = serving(many, timeout=20.0, workers=2, slow_after=0.2)
    heavy = [threading.Thread(target=ask, args=(server.port, HEAVY)) for _ in range(2)]
    try:
        for thread in heavy:
            thread.start()
        for _ in range(600):  # until both are known to be long
            if health(server.port)[1]["long_running"] == 2:
                break
            time.sleep(0.05)
        assert health(server.port)[1]["long_running"] == 2
        # both turns were taken by the heavy queries; a light one still runs at once
        status, body = ask(server.port, "SELECT ?o WHERE { <http://example.org/s7> ?p ?o }")
        assert status == 200 and b'"v7"' in body
        assert any(thread.is_alive() for thread in heavy)
    finally:
        server.stop()
        for thread in heavy:
            thread.join(60)


def test_health_says_busy_when_no_query_gets_a_turn(many):
    server = serving(many, timeout=6.0, workers=1, slow_after=100.0)
    heavy = threading.Thread(target=ask, args=(server.port, HEAVY))
    try:
        heavy.start()
        for _ in range(600):
            status, data = health(server.port)
            if status == 503:
                break
            time.sleep(0.05)
        assert status == 503 and data["status"] == "busy" and data["running"] == 1
        heavy.join(60)
        assert health(server.port)[0] == 200
    finally:
        server.stop()


def test_clients_that_leave_early_stop_their_query_and_leave_no_log(tmp_path, many):
    process = subprocess.Popen(
        [sys.executable, "-m", "diplograph", "serve", "--graph", str(many), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        banner = process.stdout.readline()
        port = int(banner.split(":")[2].split("/")[0])
        query = urllib.parse.quote(HEAVY)
        for _ in range(20):
            sock = socket.create_connection(("127.0.0.1", port))
            sock.sendall(f"GET /sparql?query={query} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
            sock.close()
        for garbage in (b"NONSENSE\r\n\r\n", b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nBad\r\n\r\n"):
            sock = socket.create_connection(("127.0.0.1", port))
            sock.sendall(garbage)
            sock.close()
        for _ in range(600):  # the queries of the clients that left are stopped
            status, data = health(port)
            if data["running"] == 0:
                break
            time.sleep(0.05)
        assert status == 200 and data["running"] == 0
        assert ask(port, "ASK { ?s ?p ?o }")[0] == 200
    finally:
        process.send_signal(signal.SIGINT)
        _, errors = process.communicate(timeout=60)
    assert errors.strip() == "stopped", errors


LIGHT = "SELECT ?o WHERE { <http://example.org/s7> ?p ?o }"


def test_health_weighs_the_queries_answered_when_its_probe_waits(many):
    """The probe got no turn: "slow" (200) while most recent queries were answered all the
    same, "busy" (503) once most of them were refused."""
    endpoint = Endpoint(
        open_store([many], backend="oxigraph"), timeout=10.0, workers=1, slow_after=100.0
    )

    async def scenario() -> tuple[dict[str, object], int, dict[str, object], int]:
        for _ in range(3):
            assert (await endpoint.answer(LIGHT)).status == 200
        heavy = asyncio.ensure_future(endpoint.answer(HEAVY))
        await asyncio.sleep(0.5)  # the heavy query holds the one turn
        slow = await endpoint.health()
        for _ in range(5):
            assert (await endpoint.answer(LIGHT, wait=0.05)).status == 503
        await asyncio.sleep(1.0)  # past the second /health keeps its answer
        busy = await endpoint.health()
        heavy.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await heavy
        return json.loads(slow.body), slow.status, json.loads(busy.body), busy.status

    slow, slow_status, busy, busy_status = asyncio.run(scenario())
    assert (slow["status"], slow_status) == ("slow", 200)
    assert slow["lately"] == {"seconds": 10.0, "answered": 3, "refused": 0}
    assert (busy["status"], busy_status) == ("busy", 503)
    assert busy["lately"] == {"seconds": 10.0, "answered": 3, "refused": 5}
