"""Load and abuse test of the endpoint from loopback, bounded in count and time.

    .venv/bin/python bench/load_endpoint.py [--requests 10000] [--clients 50] [--idle 2000]
        [--graph graphs] [--seconds 1200] [--src DIR]

Starts `diplograph serve --timeout 3` on a free loopback port in a process of its own (with
--src, the diplograph found in DIR: another checkout, to compare), then at once:
- holds --idle connections open that send nothing, opening a new one for each the server
  drops, and halfway closes 1000 of them at once;
- sends --requests mixed requests from --clients threads: competency queries (answers
  checked against rdflib), malformed queries (must be 400), updates (403), SERVICE calls
  (403) and cross joins (stopped: 503);
- asks /health twice a second and checks what it says against the competency queries
  that ended around it ("ok" while most are refused or dropped is dishonest, and so is
  "busy" while most are answered).
Prints requests answered, wrong, refused (503, which any request may honestly get under
load, with its reason) and dropped (no HTTP answer), latencies,
/health's samples, the idle connections the server dropped, the server's peak memory and
whether it is alive at the end. The bench raises its own limit of open files (ulimit -n)
to its hard limit: 2000 idle connections and 50 clients need more than 1024.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import resource
import selectors
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from diplograph.sparql.dataset import competency_names, query_text
from diplograph.sparql.store import open_store

HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
KINDS = ["normal"] * 85 + ["malformed"] * 5 + ["update"] * 4 + ["service"] * 4 + ["heavy"] * 2
QUERIES = {
    "malformed": "SELEC ?x WHERE {",
    "update": "INSERT DATA { <http://a/> <http://b/> <http://c/> }",
    "service": "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "heavy": HEAVY,
}
EXPECTED = {"malformed": 400, "update": 403, "service": 403, "heavy": 503}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def expected_rows(graph_dir: str) -> dict[str, int]:
    store = open_store([graph_dir], backend="rdflib")
    return {name: len(store.run(name).rows) for name in competency_names()}


def request(
    port: int, method: str, path: str, body: str | None, timeout: float
) -> tuple[int, bytes]:
    """(status, body), or (0, b"") when the server gave no HTTP answer (dropped)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        headers = {"Accept": "application/sparql-results+json"}
        data = None
        if body is not None:
            data = urllib.parse.urlencode({"query": body}).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, path, body=data, headers=headers)
        response = connection.getresponse()
        return response.status, response.read()
    except (OSError, http.client.HTTPException):
        return 0, b""
    finally:
        connection.close()


class IdleHolder(threading.Thread):
    """Keeps `count` connections open that send nothing; replaces each one the server
    drops, and counts them."""

    def __init__(self, port: int, count: int, until: float) -> None:
        super().__init__(daemon=True)
        self.port, self.count, self.until = port, count, until
        self.selector = selectors.DefaultSelector()
        self.open: set[socket.socket] = set()
        self.dropped = 0
        self.failed_connects = 0
        self.burst = threading.Event()
        self.stop = threading.Event()

    def connect(self) -> None:
        try:
            sock = socket.create_connection(("127.0.0.1", self.port), timeout=5)
        except OSError:
            self.failed_connects += 1
            return
        sock.setblocking(False)
        self.selector.register(sock, selectors.EVENT_READ)
        self.open.add(sock)

    def close(self, sock: socket.socket) -> None:
        self.selector.unregister(sock)
        self.open.discard(sock)
        sock.close()

    def run(self) -> None:
        while not self.stop.is_set() and time.monotonic() < self.until:
            if self.burst.is_set():  # 1000 connections closing at once
                self.burst.clear()
                for sock in list(self.open)[:1000]:
                    self.close(sock)
            while len(self.open) < self.count and not self.stop.is_set():
                self.connect()
                if self.failed_connects > 10 * self.count:
                    break
            for key, _ in self.selector.select(timeout=0.2):
                sock = key.fileobj
                assert isinstance(sock, socket.socket)
                try:
                    data = sock.recv(4096)
                except OSError:
                    data = b""
                if not data:
                    self.dropped += 1
                    self.close(sock)
        for sock in list(self.open):
            self.close(sock)


def rss_kb(pid: int) -> int:
    """Resident memory of a process and its children, from /proc."""
    total = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text().split()
            if int(entry) == pid or int(stat[3]) == pid:
                status = Path(f"/proc/{entry}/status").read_text()
                line = next(x for x in status.splitlines() if x.startswith("VmRSS"))
                total += int(line.split()[1])
        except (OSError, StopIteration, IndexError):
            continue
    return total


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--idle", type=int, default=2000)
    parser.add_argument("--graph", default="graphs")
    parser.add_argument("--seconds", type=float, default=1200)
    parser.add_argument("--src", default=None, help="serve the diplograph of this src/ folder")
    args = parser.parse_args()
    _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    expected = expected_rows(args.graph)
    port = free_port()
    env = dict(os.environ)
    if args.src:
        env["PYTHONPATH"] = str(Path(args.src).resolve())
    command = [sys.executable, "-m", "diplograph", "serve", "--graph", args.graph]
    server = subprocess.Popen(
        [*command, "--port", str(port), "--timeout", "3"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    for _ in range(300):
        if request(port, "GET", "/health", None, 1)[0]:
            break
        time.sleep(0.1)
    start = time.monotonic()
    deadline = start + args.seconds
    holder = IdleHolder(port, args.idle, deadline)
    holder.start()
    while len(holder.open) < args.idle * 0.95 and time.monotonic() < start + 60:
        time.sleep(0.1)
    print(f"idle connections open: {len(holder.open)}", flush=True)

    samples: list[tuple[float, int, str, float]] = []  # time, status, what it said, latency
    done = threading.Event()

    def poll_health() -> None:
        while not done.is_set() and time.monotonic() < deadline:
            asked = time.monotonic()
            status, body = request(port, "GET", "/health", None, 10)
            said = "no answer"
            if body:
                try:
                    said = str(json.loads(body).get("status", "?"))
                except ValueError:
                    said = "?"
            samples.append((asked, status, said, time.monotonic() - asked))
            time.sleep(0.5)

    health_thread = threading.Thread(target=poll_health, daemon=True)
    health_thread.start()
    rng = random.Random(7)
    plan = [rng.choice(KINDS) for _ in range(args.requests)]
    names = competency_names()
    peak = 0
    # kind, status, when, took, ok, why a 503 was given ("turn": none came, "limit": stopped)
    outcomes: list[tuple[str, int, float, float, bool, str]] = []

    def one(i: int) -> None:
        nonlocal peak
        if time.monotonic() > deadline:
            return
        if i == args.requests // 2:
            holder.burst.set()
        kind = plan[i]
        name = names[i % len(names)]
        query = query_text(name) if kind == "normal" else QUERIES[kind]
        asked = time.monotonic()
        status, body = request(port, "POST", "/sparql", query, 30)
        took = time.monotonic() - asked
        # a 503 is an honest refusal for any kind (the Done-when: answered right or 503)
        if kind == "normal":
            ok = status == 503 or (
                status == 200 and len(json.loads(body)["results"]["bindings"]) == expected[name]
            )
        else:
            ok = status in (EXPECTED[kind], 503)
        why = ("turn" if body.startswith(b"Busy") else "limit") if status == 503 else ""
        if i % 200 == 0:
            peak = max(peak, rss_kb(server.pid))
        outcomes.append((kind, status, asked, took, ok, why))

    began = time.perf_counter()
    with ThreadPoolExecutor(max_workers=args.clients) as pool:
        list(pool.map(one, range(args.requests)))
    elapsed = time.perf_counter() - began
    done.set()
    holder.stop.set()
    holder.join(30)
    health_thread.join(15)
    alive = server.poll() is None
    server.terminate()
    try:
        _, errors = server.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        server.kill()
        _, errors = server.communicate()
    report(args, outcomes, samples, holder, elapsed, peak, alive, errors)


def report(args, outcomes, samples, holder, elapsed, peak, alive, errors) -> None:  # type: ignore[no-untyped-def]
    dropped = [o for o in outcomes if o[1] == 0]
    wrong = [o for o in outcomes if o[1] != 0 and not o[4]]
    refused = [o for o in outcomes if o[1] == 503 and o[0] == "normal"]
    reasons: dict[str, int] = {}
    for o in outcomes:
        if o[1] == 503 and o[0] != "heavy":
            reasons[f"{o[0]}:{o[5]}"] = reasons.get(f"{o[0]}:{o[5]}", 0) + 1
    latencies = sorted(o[3] for o in outcomes if o[0] == "normal" and o[1] == 200)

    def p(q: float) -> float:
        return latencies[min(len(latencies) - 1, int(q * len(latencies)))] if latencies else 0.0

    by_kind: dict[str, int] = {}
    for o in wrong:
        by_kind[f"{o[0]}:{o[1]}"] = by_kind.get(f"{o[0]}:{o[1]}", 0) + 1
    print(
        f"requests: {len(outcomes)} of {args.requests} sent in {elapsed:.1f} s from "
        f"{args.clients} clients, beside {args.idle} idle connections"
    )
    print(f"answered with an HTTP status: {len(outcomes) - len(dropped)}; dropped: {len(dropped)}")
    print(f"wrong answers or statuses: {len(wrong)} {by_kind}")
    print(
        f"competency queries refused with 503: {len(refused)}; 503s other than the cross "
        f"joins', by kind and reason (turn: none came, limit: stopped at the time limit): "
        f"{reasons}"
    )
    print(f"competency query latency: p50 {p(0.5) * 1000:.0f} ms, p99 {p(0.99) * 1000:.0f} ms")
    # /health is honest when it says queries are answered ("ok", or "slow": answered after a
    # wait) while most competency queries ending within 2 s of it were answered, and "busy"
    # while most of them were refused or dropped
    said: dict[str, int] = {}
    too_good = too_bad = 0
    for asked, _, what, _ in samples:
        said[what] = said.get(what, 0) + 1
        near = [o for o in outcomes if o[0] == "normal" and abs(o[2] + o[3] - asked) < 2.0]
        failed = [o for o in near if o[1] != 200]
        if not near:
            continue
        if what in ("ok", "slow") and len(failed) > len(near) / 2:
            too_good += 1
        if what not in ("ok", "slow") and len(failed) < len(near) / 2:
            too_bad += 1
    slowest = max((s[3] for s in samples), default=0.0)
    print(
        f"/health: {len(samples)} samples {said}, slowest {slowest:.1f} s; "
        f"said answered while most queries around it failed: {too_good}; "
        f"said busy while most were answered: {too_bad}"
    )
    print(
        f"idle connections dropped by the server: {holder.dropped}; "
        f"connects that failed: {holder.failed_connects}"
    )
    print(
        f"server peak RSS (with query processes): {peak / 1024:.0f} MB; alive at the end: {alive}"
    )
    lines = errors.decode("utf-8", "replace").strip().splitlines()
    print(f"server stderr: {len(lines)} lines" + (f", first: {lines[0][:120]}" if lines else ""))


if __name__ == "__main__":
    main()
