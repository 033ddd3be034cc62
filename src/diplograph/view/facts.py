"""What the page knows of a fact beyond its links: the countries it is between, when it
happened, and, for a trade figure, its numbers.

A fact links entities (a meeting its participants and place, a trade figure two countries).
It is *between* countries when the entities it links belong to them: a country is its own, a
city or a port belongs to the country its links reach (port -> city -> country), a person to
the countries of the posts they hold. So the talks of two ministers in Astana are between
Azerbaijan and Kazakhstan though the meeting names no country: the overview folds such facts
into one edge per pair of countries, and the timeline filters them by country.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import TypeVar

from ..rdf.namespace import DG
from .model import Model

__all__ = [
    "COUNTRY",
    "DISAGREES",
    "disagreements",
    "ends_of_facts",
    "entity_countries",
    "fact_ends",
    "pair_counts",
    "when",
]

COUNTRY = "Country"
# Two fact nodes that state different things of the same matter (two turnovers of one year).
# Symmetric: a graph may state it one way only, the page reads it both ways.
DISAGREES = f"{DG}disagreesWith"
# How far an entity's own links are followed to its country: port -> city -> country.
_HOPS = 2
# The posts that tell a person's country (the fact class whose dg:country is the holder's).
_POST = "PostHolding"
_PERSON = "Person"


Node = TypeVar("Node", str, int)


def ends_of_facts(
    kinds: Mapping[Node, tuple[str, bool]], links: Iterable[tuple[Node, Node]]
) -> tuple[dict[Node, tuple[Node, ...]], dict[Node, tuple[Node, ...]]]:
    """(every entity's countries, every fact's ends), both sorted.

    ``kinds`` gives each drawn node its class (local name) and whether it is a fact; ``links``
    are the object properties between drawn nodes as the graph states them (subject,
    object). A fact's ends are the entities it links, in either direction, and their
    countries. Works on IRIs (a page's model) or on numbers (a big graph read in passes)."""
    out: dict[Node, list[Node]] = defaultdict(list)
    near: dict[Node, set[Node]] = defaultdict(set)
    for a, b in links:
        near[a].add(b)
        near[b].add(a)
        if not kinds[a][1] and not kinds[b][1]:
            out[a].append(b)
    found: dict[Node, set[Node]] = {}
    for node, (cls, fact) in kinds.items():
        if fact:
            continue
        if cls == COUNTRY:
            found[node] = {node}
            continue
        reached: set[Node] = set()
        frontier = [node]
        for _ in range(_HOPS):
            step = [m for n in frontier for m in out.get(n, ())]
            reached.update(m for m in step if kinds[m][0] == COUNTRY)
            frontier = [m for m in step if kinds[m][0] != COUNTRY]
        found[node] = reached
    for node, (cls, _) in kinds.items():
        if cls == _POST:  # the holder of a post belongs to the post's country
            states = {m for m in near[node] if kinds[m][0] == COUNTRY}
            for m in near[node]:
                if kinds[m][0] == _PERSON:
                    found[m] |= states
    ends: dict[Node, tuple[Node, ...]] = {}
    for node, (_, fact) in kinds.items():
        if fact:
            reach: set[Node] = set()
            for m in near[node]:
                if not kinds[m][1]:
                    reach.add(m)
                    reach.update(found[m])
            ends[node] = tuple(sorted(reach))
    return {n: tuple(sorted(c)) for n, c in found.items()}, ends


def _stated(model: Model) -> tuple[dict[str, tuple[str, bool]], list[tuple[str, str]]]:
    kinds = {n: (node.cls, node.fact) for n, node in model.nodes.items()}
    links = [(e.target, e.source) if e.reversed else (e.source, e.target) for e in model.edges]
    return kinds, links


def entity_countries(model: Model) -> dict[str, tuple[str, ...]]:
    """Every entity's countries (none for an entity that reaches no country)."""
    return ends_of_facts(*_stated(model))[0]


def fact_ends(model: Model) -> dict[str, tuple[str, ...]]:
    """Each fact's ends: the entities it links, in either direction, and their countries."""
    return ends_of_facts(*_stated(model))[1]


def pair_counts(
    ends: Mapping[Node, Sequence[Node]], kept: Collection[Node], countries: Collection[Node]
) -> dict[tuple[Node, Node], int]:
    """How many facts join each two kept nodes of which one is a country (the overview's
    folded edges), over all the facts of ``ends``."""
    counts: Counter[tuple[Node, Node]] = Counter()
    for reach in ends.values():
        mine = [m for m in reach if m in kept]
        for i, a in enumerate(mine):
            for b in mine[i + 1 :]:
                if a in countries or b in countries:
                    counts[(a, b)] += 1
    return dict(counts)


def disagreements(model: Model) -> dict[str, tuple[str, ...]]:
    """fact -> the facts it disagrees with, read both ways."""
    found: dict[str, set[str]] = defaultdict(set)
    for e in model.edges:
        if e.prop == DISAGREES and e.source != e.target:
            found[e.source].add(e.target)
            found[e.target].add(e.source)
    return {n: tuple(sorted(m)) for n, m in sorted(found.items())}


def when(raw: Mapping[str, str]) -> str:
    """The time a fact states, as the graph writes it: its date, else its period ("2024",
    "2024-03", "2024-01/2024-06"); empty when it states none."""
    return raw.get("date") or raw.get("period") or ""
