"""Load test of the endpoint from loopback: N mixed requests from C clients, bounded in time.

    .venv/bin/python bench/load_endpoint.py [--requests 10000] [--clients 50] [--graph graphs]

Starts `diplograph serve` on a free loopback port in a process of its own, then sends a mix of
normal competency queries (answers checked against rdflib), malformed queries (must be 400),
updates (must be 403), SERVICE calls (403) and heavy cross joins (must be stopped: 503), from
C threads, and prints requests served, wrong answers, errors, latency percentiles and the
server's peak memory (RSS, children included). Stops by itself after --seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from diplograph.sparql.dataset import competency_names, query_text
from diplograph.sparql.store import open_store

HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
KINDS = ["normal"] * 85 + ["malformed"] * 5 + ["update"] * 4 + ["service"] * 4 + ["heavy"] * 2


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def expected_rows(graph_dir: str) -> dict[str, int]:
    store = open_store([graph_dir], backend="rdflib")
    return {name: len(store.run(name).rows) for name in competency_names()}


def request(url: str, query: str, timeout: float) -> tuple[int, bytes]:
    data = urllib.parse.urlencode({"query": query}).encode()
    req = urllib.request.Request(
        url, data=data, headers={"Accept": "application/sparql-results+json"}
    )
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


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
    parser.add_argument("--graph", default="graphs")
    parser.add_argument("--seconds", type=float, default=600)
    args = parser.parse_args()
    expected = expected_rows(args.graph)
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "diplograph",
            "serve",
            "--graph",
            args.graph,
            "--port",
            str(port),
            "--timeout",
            "3",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}/sparql"
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=1).read()
            break
        except OSError:
            time.sleep(0.1)
    rng = random.Random(7)
    plan = [rng.choice(KINDS) for _ in range(args.requests)]
    names = competency_names()
    deadline = time.monotonic() + args.seconds
    peak = 0

    def one(i: int) -> tuple[str, float, bool]:
        nonlocal peak
        if time.monotonic() > deadline:
            return "skipped", 0.0, True
        kind = plan[i]
        name = names[i % len(names)]
        query = {
            "normal": query_text(name),
            "malformed": "SELEC ?x WHERE {",
            "update": "INSERT DATA { <http://a/> <http://b/> <http://c/> }",
            "service": "SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
            "heavy": HEAVY,
        }[kind]
        start = time.perf_counter()
        status, body = request(url, query, timeout=30)
        took = time.perf_counter() - start
        ok = {
            # a 503 under saturation is an honest refusal, not a wrong answer; a 200 must be right
            "normal": status == 503
            or (status == 200 and len(json.loads(body)["results"]["bindings"]) == expected[name]),
            "malformed": status == 400,
            "update": status == 403,
            "service": status == 403,
            "heavy": status == 503,
        }[kind]
        if i % 200 == 0:
            peak = max(peak, rss_kb(server.pid))
        return f"{kind}:{status}", took, ok

    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=args.clients) as pool:
        results = list(pool.map(one, range(args.requests)))
    elapsed = time.perf_counter() - start
    alive = server.poll() is None
    server.terminate()
    server.wait(timeout=10)
    done = [r for r in results if r[0] != "skipped"]
    wrong = [r for r in done if not r[2]]
    latencies = sorted(r[1] for r in done if r[0].startswith("normal"))
    by_kind: dict[str, int] = {}
    for r in wrong:
        by_kind[r[0]] = by_kind.get(r[0], 0) + 1
    p = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))]  # noqa: E731
    print(
        f"requests served: {len(done)} of {args.requests} in {elapsed:.1f} s "
        f"({len(done) / elapsed:.0f}/s) from {args.clients} clients"
    )
    refused = sum(1 for r in done if r[0] == "normal:503")
    print(f"wrong answers or statuses: {len(wrong)} {by_kind}; server alive at the end: {alive}")
    print(f"normal queries refused at the time limit under saturation (503): {refused}")
    print(f"normal query latency: p50 {p(0.5) * 1000:.0f} ms, p99 {p(0.99) * 1000:.0f} ms")
    print(f"server peak RSS (with query processes): {peak / 1024:.0f} MB")


if __name__ == "__main__":
    main()
