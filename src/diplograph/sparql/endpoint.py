"""A read-only SPARQL 1.1 endpoint over built graphs, without HTTP (server.py serves it).

Every query runs in a forked child process (isolation.py), so that a crash of the engine
or a join that never ends costs that child and nothing else; the child is killed at the
time limit (503) or when its client goes away. The parent never touches the store after
start-up: only children do.

Safe by default. Read-only: updates get 403. SERVICE is refused with 403 unless
`allow_service`; both are read from the parsed query (guard.py), in the child, and the
parent remembers the verdict for the same text, so that the same query is parsed once.
Results past the row limit are refused (400).

A fair share under load: at most `workers` queries start at a time, the others wait their
turn (503 when no turn came within the time limit). A query still running after
`slow_after` seconds is lowered in CPU priority (nice), and, while fewer than `workers`
such long queries do, it gives its turn back: four heavy queries cannot hold every turn, and
the light ones that come after them get the CPU first.

This module does not import natasha: serving needs no NLP.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import os
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..errors import GraphError
from .engine import GraphStore, LimitError, Selection
from .guard import Checked, ReadOnlyError, ServiceError, check
from .isolation import CrashError, TimeLimitError, isolated_async
from .protocol import Wants, describe_service
from .results import Result

__all__ = ["Endpoint", "Reply", "plain_reply"]

_VERDICTS = 4096  # query texts whose guard verdict is remembered
_RECENT = 10.0  # seconds of queries /health weighs when its probe got no turn
DEFAULT = Wants()


@dataclass(frozen=True)
class Reply:
    status: int
    media_type: str
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()


def plain_reply(status: int, message: str) -> Reply:
    """A refusal or an error, said in one line of text."""
    return Reply(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))


@dataclass
class Counters:
    answered: int = 0
    refused: int = 0  # 4xx: bad, forbidden or too large queries
    busy: int = 0  # 503: no turn came, or the time limit was hit
    crashed: int = 0
    running: int = 0
    waiting: int = 0
    slow: int = 0
    last_failure: str = ""
    # (when, answered?) of the queries of the last _RECENT seconds, the probes left out
    recent: deque[tuple[float, bool]] = field(default_factory=lambda: deque(maxlen=100_000))

    def note(self, answered: bool) -> None:
        now = time.monotonic()
        self.recent.append((now, answered))
        while self.recent and self.recent[0][0] < now - _RECENT:
            self.recent.popleft()

    def lately(self) -> tuple[int, int]:
        """(answered, refused or failed) among the queries of the last _RECENT seconds."""
        since = time.monotonic() - _RECENT
        answered = sum(1 for when, ok in self.recent if when >= since and ok)
        return answered, sum(1 for when, ok in self.recent if when >= since and not ok)


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
        slow_after: float = 0.5,
    ) -> None:
        self.store = store
        self.timeout = timeout
        self.max_results = max_results
        self.allow_service = allow_service
        self.max_request_bytes = max_request_bytes
        self.workers = workers or max(4, 2 * (os.cpu_count() or 1))
        self.slow_after = slow_after
        # counted once: the store does not change while it is served
        self.triples = len(store)
        self.graph_names = store.graph_names()
        self.graph_sizes = _graph_sizes(store)
        self.counters = Counters()
        self._verdicts: OrderedDict[bytes, Checked | GraphError] = OrderedDict()
        self._turns: asyncio.Semaphore | None = None
        self._long = 0
        self._health: tuple[float, Reply] | None = None

    # --- the routes ---------------------------------------------------------------------------

    async def answer(
        self,
        query: str,
        wants: Wants = DEFAULT,
        selection: Selection | None = None,
        *,
        wait: float | None = None,
        probe: bool = False,
    ) -> Reply:
        """A SPARQL query's answer in the format `wants` names for its kind, or an error;
        503 if no turn came within `wait` seconds (default: the time limit)."""
        reply = await self._answer(query, wants, selection, wait)
        if not probe:  # what /health weighs: any answer but 503 (no turn, stopped) and 500
            self.counters.note(reply.status not in (500, 503))
        return reply

    async def _answer(
        self, query: str, wants: Wants, selection: Selection | None, wait: float | None
    ) -> Reply:
        key = hashlib.sha256(query.encode("utf-8", "surrogatepass")).digest()
        known = self._verdicts.get(key)
        if isinstance(known, GraphError):
            self.counters.refused += 1
            return _error_reply(known)
        store, max_rows, allow = self.store, self.max_results, self.allow_service

        def work() -> tuple[Checked | GraphError, Reply | None]:
            try:
                checked = known or check(query, allow_service=allow)
            except GraphError as error:  # the guard's verdict: remembered by the parent
                return error, None
            result = store.execute(checked, max_rows, selection)
            return checked, _serialize(result, wants)

        outcome = await self._run(work, wait)
        if isinstance(outcome, Reply):
            return outcome
        verdict, reply = outcome
        self._remember(key, verdict)
        if reply is None:
            assert isinstance(verdict, GraphError)
            self.counters.refused += 1
            return _error_reply(verdict)
        return reply

    async def graph(self, name: str | None, wants: Wants = DEFAULT) -> Reply:
        """Graph Store Protocol, read side: the default graph or a named graph."""
        store, max_rows = self.store, self.max_results

        def work() -> Reply:
            result = store.read_graph(name, max_triples=max_rows)
            if result is None:
                return plain_reply(404, f"Not found: no graph named <{name}>")
            return _serialize(result, wants)

        outcome = await self._run(work)
        return outcome if isinstance(outcome, Reply) else plain_reply(500, "Query failed")

    def description(self, endpoint_iri: str, wants: Wants = DEFAULT) -> Reply:
        """The SPARQL 1.1 Service Description of this endpoint."""
        result = describe_service(
            endpoint_iri,
            triples=self.triples,
            graphs=self.graph_sizes,
            allow_service=self.allow_service,
        )
        return _serialize(result, wants)

    async def health(self) -> Reply:
        """Whether queries are answered now: a probe query runs as any query does (so it
        waits for a turn as they do); the answer is kept for a second. "ok" when the probe
        was answered; when it got no turn in time, "slow" (still 200) if most queries of
        the last seconds were answered all the same (they waited longer than a probe
        does), else "busy" (503)."""
        now = time.monotonic()
        if self._health is not None and now - self._health[0] < 1.0:
            return self._health[1]
        probe = await self.answer("ASK {}", wait=min(2.0, self.timeout / 2), probe=True)
        c = self.counters
        answered, failed = c.lately()
        if probe.status == 200:
            status = "ok"
        elif probe.status == 503:
            status = "slow" if answered > failed else "busy"
        else:
            status = "failing"
        data = {
            "status": status,
            "backend": self.store.backend,
            "triples": self.triples,
            "graphs": len(self.graph_names),
            "timeout": self.timeout,
            "max_results": self.max_results,
            "running": c.running,
            "waiting": c.waiting,
            "long_running": self._long,
            "answered": c.answered,
            "refused": c.refused,
            "busy": c.busy,
            "crashed": c.crashed,
            "lately": {"seconds": _RECENT, "answered": answered, "refused": failed},
        }
        if status != "ok":
            data["problem"] = probe.body.decode("utf-8", "replace").strip()
        body = json.dumps(data).encode("utf-8")
        reply = Reply(200 if status in ("ok", "slow") else 503, "application/json", body)
        self._health = (time.monotonic(), reply)
        return reply

    # --- turns ----------------------------------------------------------------------------------

    async def _run(self, work: Callable[[], Any], wait: float | None = None) -> Any:
        """`work` in a child process, in turn, within the time limit; a Reply when it could
        not run or did not answer."""
        if self._turns is None:  # made on the server's event loop
            self._turns = asyncio.Semaphore(self.workers)
        turns, c = self._turns, self.counters
        c.waiting += 1
        try:
            await asyncio.wait_for(turns.acquire(), self.timeout if wait is None else wait)
        except TimeoutError:
            c.busy += 1
            return plain_reply(503, f"Busy: {self.workers} queries are running; try again")
        finally:
            c.waiting -= 1
        c.running += 1
        held = [True]

        def slow(pid: int) -> None:
            c.slow += 1
            with contextlib.suppress(OSError):  # the child may have just ended
                os.setpriority(os.PRIO_PROCESS, pid, 10)
            if self._long < self.workers:  # give the turn back to the light queries
                self._long += 1
                held[0] = False
                turns.release()

        try:
            value = await isolated_async(
                work, self.timeout, slow_after=self.slow_after, on_slow=slow
            )
        except TimeLimitError as error:
            c.busy += 1
            return plain_reply(
                503,
                f"Query stopped: {error} (ask for less, or start the server with a larger "
                "--timeout)",
            )
        except CrashError as error:
            c.crashed += 1
            c.last_failure = str(error)
            return plain_reply(500, f"Query failed: {error}")
        except GraphError as error:
            c.refused += 1
            return _error_reply(error)
        except OSError as error:  # no fork: out of processes, memory or descriptors
            c.busy += 1
            c.last_failure = f"the query process could not start: {error.strerror or error}"
            return plain_reply(503, f"Busy: {c.last_failure}; try again")
        finally:
            c.running -= 1
            if held[0]:
                turns.release()
            else:
                self._long -= 1
        c.answered += 1
        return value

    def _remember(self, key: bytes, verdict: Checked | GraphError) -> None:
        self._verdicts[key] = verdict
        self._verdicts.move_to_end(key)
        while len(self._verdicts) > _VERDICTS:
            self._verdicts.popitem(last=False)


def _serialize(result: Result, wants: Wants) -> Reply:
    fmt = wants.graph if result.kind == "graph" else wants.results
    if fmt is None:
        kind = "graphs (CONSTRUCT, DESCRIBE)" if result.kind == "graph" else "solutions"
        offered = (
            "text/turtle, application/n-triples, application/rdf+xml, application/ld+json"
            if result.kind == "graph"
            else "application/sparql-results+json, application/sparql-results+xml, "
            "text/csv, text/tab-separated-values"
        )
        return plain_reply(406, f"Not acceptable: for {kind} this endpoint writes {offered}")
    answer = result.serialize(fmt)
    return Reply(200, answer.media_type, answer.body)


def _error_reply(error: GraphError) -> Reply:
    if isinstance(error, LimitError):
        return plain_reply(400, f"Result too large: {error}; add a LIMIT or ask for less")
    if isinstance(error, ReadOnlyError):
        return plain_reply(403, "Forbidden: this endpoint is read-only; updates are not allowed")
    if isinstance(error, ServiceError):
        return plain_reply(
            403,
            "Forbidden: SERVICE (querying other endpoints) is not allowed here; "
            "start the server with --allow-service to allow it",
        )
    return plain_reply(400, f"Bad query: {error}")


def _graph_sizes(store: GraphStore) -> dict[str, int]:
    if not store.graph_names():
        return {}
    result = store.sparql("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {
        row[0].value: int(row[1].value)
        for row in result.rows
        if row[0] is not None and row[1] is not None
    }
