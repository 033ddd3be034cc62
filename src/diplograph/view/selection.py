"""What a page draws: the nodes chosen by focus, class and size, and the part of a big graph
they come from."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import NamedTuple, TypeVar

from rdflib import Graph, URIRef

from ..errors import GraphError
from ..rdf.kinds import FACT_NODE_CLASSES
from ..rdf.namespace import DG
from ..rdf.ntriples import block_lines, blocks, line
from .facts import ends_of_facts, pair_counts, when
from .model import Model
from .vocab import (
    ALT,
    CONCEPT_CLASSES,
    DERIVED,
    EVIDENCE_CLASSES,
    IN_SCHEME,
    LABEL,
    NOT_PROPS,
    NOTATION,
    PREF,
    PROVENANCE,
    TYPE,
    local_name,
)

N = TypeVar("N", str, int)


def _norm(text: str) -> str:
    return text.casefold().replace("ё", "е")


class Net:
    """An undirected graph of node ids, just what choosing and laying out a page needs: ego
    networks, components and degrees, its nodes in a fixed order so the page is too."""

    def __init__(self, adjacency: dict[str, set[str]]) -> None:
        self.adjacency = adjacency

    @classmethod
    def of(cls, nodes: Iterable[str], edges: Iterable[tuple[str, str]]) -> Net:
        adjacency: dict[str, set[str]] = {n: set() for n in sorted(nodes)}
        for a, b in edges:
            adjacency.setdefault(a, set()).add(b)
            adjacency.setdefault(b, set()).add(a)
        return cls(adjacency)

    @property
    def nodes(self) -> list[str]:
        return list(self.adjacency)

    def __iter__(self) -> Iterator[str]:
        return iter(self.adjacency)

    def number_of_nodes(self) -> int:
        return len(self.adjacency)

    def neighbors(self, node: str) -> set[str]:
        return self.adjacency[node]

    def degree(self, node: str) -> int:
        near = self.adjacency[node]
        return len(near) + (node in near)  # a loop counts twice, as in networkx

    @property
    def edges(self) -> Iterator[tuple[str, str]]:
        seen: set[str] = set()
        for a, near in self.adjacency.items():
            for b in near:
                if b not in seen:
                    yield a, b
            seen.add(a)

    def subgraph(self, keep: Iterable[str]) -> Net:
        kept = set(keep)
        return Net({n: near & kept for n, near in self.adjacency.items() if n in kept})

    def ego(self, center: str, radius: int) -> Net:
        """The nodes within `radius` hops of `center`, with the edges among them."""
        reached, frontier = {center}, {center}
        for _ in range(radius):
            frontier = {m for n in frontier for m in self.adjacency[n]} - reached
            reached |= frontier
        return self.subgraph(reached)

    def components(self) -> Iterator[set[str]]:
        seen: set[str] = set()
        for start in self.adjacency:
            if start in seen:
                continue
            part, todo = {start}, [start]
            while todo:
                for m in self.adjacency[todo.pop()]:
                    if m not in part:
                        part.add(m)
                        todo.append(m)
            seen |= part
            yield part


def best_match(model: Model, graph: Net, needle: str) -> str:
    wanted = _norm(needle.strip())
    best: tuple[int, int, int, str] | None = None
    for node_id, node in model.nodes.items():
        if node_id not in graph:
            continue
        for name in node.names:
            text = _norm(name)
            if wanted not in text:
                continue
            rank = 0 if text == wanted else 1 if text.startswith(wanted) else 2
            key = (rank, -graph.degree(node_id), len(text), node_id)
            if best is None or key < best:
                best = key
    if best is None:
        raise GraphError(f"no node has a label containing {needle!r}")
    return best[3]


def select(
    model: Model,
    focus: str | None,
    depth: int,
    classes: Sequence[str],
    max_nodes: int,
    degrees: Mapping[str, int] | None = None,
) -> tuple[Net, str | None, int]:
    """The subgraph to draw, the focused node, and how many nodes max_nodes left out."""
    full = Net.of(model.nodes, ((e.source, e.target) for e in model.edges))
    chosen: Net = full
    if classes:
        wanted = {name.split(":")[-1] for name in classes}
        vocab = model.vocab
        kinds: dict[str, set[str]] = {}
        for node in model.nodes.values():
            if node.cls not in kinds:
                cls = URIRef(f"{DG}{node.cls}")  # a class of the data: maybe not ours
                kinds[node.cls] = {node.cls} | {local_name(s) for s in vocab.supers(cls)}
        seeds = {n for n, node in model.nodes.items() if kinds[node.cls] & wanted}
        if not seeds:
            present = ", ".join(sorted(kinds))
            raise GraphError(f"no nodes of class {', '.join(sorted(wanted))}; present: {present}")
        wanted_nodes = set(seeds)
        for seed in seeds:
            wanted_nodes.update(full.neighbors(seed))
        chosen = full.subgraph(wanted_nodes)
    focus_id = None
    if focus is not None:
        focus_id = best_match(model, chosen, focus)
        chosen = chosen.ego(focus_id, depth)
    omitted = 0
    if chosen.number_of_nodes() > max_nodes:
        degree = chosen.degree if degrees is None else lambda n: degrees.get(n, chosen.degree(n))

        def fact_of(n: str) -> tuple[str, str] | None:
            node = model.nodes[n]
            raw = dict(node.raw)
            return (_kind(node.cls, raw), when(raw)) if node.fact else None

        omitted = chosen.number_of_nodes() - max_nodes
        chosen = chosen.subgraph(keep(chosen.nodes, max_nodes, focus_id, degree, fact_of, str))
    return chosen, focus_id, omitted


# The facts a page of a big graph keeps first: the figures its charts draw, then the events
# of its timeline.
_FACTS_FIRST = {"TradeFigure": 0, "TradeFigure:target": 0, "Meeting": 1, "Signing": 1}


def _kind(cls: str, raw: Mapping[str, str]) -> str:
    """A fact's kind for keeping: its class, a target apart from a stated figure (its period
    is in the future: by time alone, targets would take all the figures' room)."""
    return f"{cls}:target" if raw.get("indicator") == "target" else cls


def keep(
    nodes: Iterable[N],
    max_nodes: int,
    focus: N | None,
    degree: Callable[[N], int],
    fact_of: Callable[[N], tuple[str, str] | None],
    name: Callable[[N], str],
) -> list[N]:
    """The ``max_nodes`` nodes a page of a bigger graph draws: the focus, then half the room
    (or all the room the other half leaves) for the most connected entities, the rest for
    facts, one of each kind in turn (trade figures, meetings, signings, then the others), the
    most recent of each first.

    ``fact_of`` gives a fact's class and time ("2024-05-14", "2023", "" unknown), None for an
    entity; ``name`` breaks ties (a node's IRI), so that a page cut from the whole graph and
    one cut in passes keep the same nodes."""
    rest = [n for n in nodes if n != focus]
    entities = sorted((n for n in rest if fact_of(n) is None), key=lambda n: (-degree(n), name(n)))
    facts = sorted((n for n in rest if fact_of(n) is not None), key=name)
    facts.sort(key=lambda n: (fact_of(n) or ("", ""))[1], reverse=True)
    # in turns, one of each kind: the figures, the events, then the others
    turn: dict[str, int] = {}
    place: dict[N, tuple[int, int, str]] = {}
    for n in facts:
        cls = (fact_of(n) or ("", ""))[0]
        turn[cls] = turn.get(cls, -1) + 1
        place[n] = (turn[cls], _FACTS_FIRST.get(cls, 2), cls)
    facts.sort(key=place.__getitem__)
    room = max_nodes - (focus is not None)
    for_facts = min(len(facts), max(room // 2, room - len(entities)))
    chosen = entities[: room - for_facts] + facts[:for_facts]
    return ([focus] if focus is not None else []) + chosen


class PagePart(NamedTuple):
    """What a page of a big graph is drawn from: the part of it that the page shows, the
    number of nodes of the whole, the degrees in the whole of the nodes in the part, the ends
    of its facts (facts.py) read in the whole, and how many facts of the whole join each two
    of its nodes of which one is a country."""

    graph: Graph
    nodes_in_graph: int
    degrees: dict[str, int]
    ends: dict[str, tuple[str, ...]]
    pairs: dict[tuple[str, str], int]


def page_graph(union: Path, max_nodes: int = 2000) -> PagePart:
    """The part of a big graph that a page of ``max_nodes`` nodes draws.

    ``union`` is N-Triples whose lines of one subject are together and in sorted order (a
    build's merged graph). It is read in three passes, so that the whole graph is never held
    (in rdflib a corpus's graph costs minutes and gigabytes): the nodes and their links,
    counted into degrees; then every line of the most connected ``max_nodes`` nodes and the
    classes and names of the nodes they point to; then the sentences and articles of their evidence.
    The nodes that point to them (a country has thousands of facts) are left out: their
    count is in the degrees. render_html draws the same page from it as from the whole."""
    dg = f"<{DG}"
    evidence = {f"<{c}>" for c in EVIDENCE_CLASSES}
    concepts = {f"<{c}>" for c in CONCEPT_CLASSES}
    unlinked = {f"<{p}>" for p in (*NOT_PROPS, *PROVENANCE)}
    marks = {f"<{NOTATION}>", f"<{IN_SCHEME}>"}
    names = {f"<{TYPE}>", f"<{LABEL}>", f"<{ALT}>", f"<{PREF}>"}
    facts = {f"<{c}>": local_name(c) for c in FACT_NODE_CLASSES}
    known = {f"<{DG}{c}>": c for c in ("Country", "Person")}
    timed = {f"<{DG}date>": "date", f"<{DG}period>": "period"}
    indicator, target = f"<{DG.indicator}>", f"<{DG.target}>"
    times: dict[int, str] = {}
    kinds_kept: dict[int, str] = {}
    index: dict[str, int] = {}
    nodes: set[int] = set()
    kinds: dict[int, tuple[str, bool]] = {}
    links: list[tuple[int, int]] = []
    with union.open(encoding="utf-8") as lines:
        for block in blocks(lines):
            ours = [o for p, o in block.pairs if p == f"<{TYPE}>" and o.startswith(dg)]
            if not ours or evidence & set(ours) or concepts & set(ours):
                continue
            if any(p in marks for p, _ in block.pairs):
                continue
            me = index.setdefault(block.subject, len(index))
            nodes.add(me)
            fact = next((facts[o] for o in ours if o in facts), None)
            cls = fact or next((known[o] for o in ours if o in known), "")
            kinds[me] = (cls, fact is not None)
            if fact is not None:
                stated = [(timed[p], o) for p, o in block.pairs if p in timed and '"' in o]
                raw = {k: o[1 : o.rindex('"')] for k, o in stated}
                if any(p == indicator and o == target for p, o in block.pairs):
                    raw["indicator"] = "target"
                kinds_kept[me] = _kind(fact, raw)
                times[me] = when(raw)
            for p, o in block.pairs:
                if o.startswith("<") and p not in unlinked:
                    links.append((me, index.setdefault(o, len(index))))
    links = [(a, b) for a, b in links if b in nodes]
    near: dict[int, set[int]] = {n: set() for n in nodes}
    for a, b in links:
        near[a].add(b)
        near[b].add(a)
    _, ends = ends_of_facts(kinds, links)
    iri = {i: term for term, i in index.items() if i in nodes}
    degree = {n: len(near[n]) + (n in near[n]) for n in nodes}  # as Net.degree counts
    near.clear()
    index.clear()
    top = set(
        keep(
            sorted(nodes),
            max_nodes,
            None,
            degree.__getitem__,
            lambda n: (kinds_kept[n], times[n]) if kinds[n][1] else None,
            lambda n: iri[n][1:-1],
        )
    )
    # what the drawn nodes point to: its class and name tell an entity from a value
    pointed = {b for a, b in links if a in top} - top
    del links
    chosen, around = {iri[n] for n in top}, {iri[n] for n in pointed}
    degrees = {iri[n][1:-1]: degree[n] for n in top | pointed}
    countries = {n for n in top if kinds[n][0] == "Country"}
    pairs = {
        (min(iri[a], iri[b])[1:-1], max(iri[a], iri[b])[1:-1]): count
        for (a, b), count in pair_counts(ends, top, countries).items()
    }
    ends_kept = {
        iri[f][1:-1]: tuple(sorted(iri[m][1:-1] for m in reach))
        for f, reach in ends.items()
        if f in top
    }
    del ends
    kept: list[str] = []
    sentences: set[str] = set()
    derived = f"<{DERIVED}>"
    with union.open(encoding="utf-8") as lines:
        for block in blocks(lines):
            if block.subject in chosen:
                kept.extend(block_lines(block))
                sentences.update(o for p, o in block.pairs if p == derived)
            elif block.subject in around:
                kept.extend(line(block.subject, p, o) for p, o in block.pairs if p in names)
    articles = {s.split("/sentence/")[0] + ">" for s in sentences if "/sentence/" in s}
    with union.open(encoding="utf-8") as lines:
        for block in blocks(lines):
            if block.subject in sentences or block.subject in articles:
                kept.extend(block_lines(block))
    graph = Graph()
    graph.parse(data="".join(kept), format="nt")
    return PagePart(graph, len(nodes), degrees, ends_kept, pairs)
