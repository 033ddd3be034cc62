"""Many reports of one fact: where the shards meet, the fact nodes that several articles
state become one node in the union, and reports that disagree stay side by side, linked by
dg:disagreesWith (the ontology's header says the same for its readers).

Each article's graph mints its own fact nodes (rdf/mapping.py) and keeps them in its named
graph of graph.trig: that is the article's statement, and it is never rewritten. The union
(graph.ttl) is made from the shards through a `Plan`: the members of a merged fact are
renamed to one node, which carries every member's evidence sentences (so every source), its
participants, rules and labels (one Russian label, the others as skos:altLabel), and one
date, one set of places and one confidence chosen from the members' (`agreement`).

What must agree for two reports to be one fact:
- a trade figure: its countries, indicator, period, amount, currency and comparison;
- an export flow: exporter, importer, commodity and status; a post: holder, role,
  organisation and country;
- a meeting: its participants, or its sides (the countries of its participants, two or
  more); its date within a day, or one date holding the other (a visit's month and its
  day); its place, when both give one (a city agrees with its country). Two meetings of one
  article are never merged: the extractor told them apart;
- a signing: its document, its signatories (or sides, or one names none) and its date.
Reports of one event are taken in the order they were published (then article id, then
IRI) and each joins the first merged fact it agrees with; so the merged node keeps the IRI
of its earliest report, and a later report joining it changes no IRI. An older report added
later (an archive) becomes the first, and names the node.

Disagreements: two trade figures of the same countries, indicator, period and currency whose
amounts no value satisfies both ("450 млн" and "500 млн"; not "более 400 млн" and "450
млн"), and two meetings of the same participants, places agreeing, dated 2 to 7 days
apart: neither wins, both stay with their sources, linked both ways. Reports from one
article are never in disagreement: that is one text, not two sources.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import combinations
from sys import intern

from .agreement import (
    DISAGREE_DAYS,
    amounts_disagree,
    chosen_date,
    dates_agree,
    days_apart,
    lexical,
)
from .namespace import DG, DGR, ORG, SCHEMA
from .ntriples import RDF_TYPE, blocks, line, subject

__all__ = ["Plan", "Report", "plan"]


def _nt(iri: object) -> str:
    return f"<{iri}>"


MEETING, SIGNING, TRADE = _nt(DG.Meeting), _nt(DG.Signing), _nt(DG.TradeFigure)
EXPORT, POST, COUNTRY_CLASS = _nt(DG.ExportFlow), _nt(DG.PostHolding), _nt(DG.Country)
PARTICIPANT, SIGNATORY, DOCUMENT = _nt(DG.participant), _nt(DG.signatory), _nt(DG.document)
PLACE, DATE, COUNTRY = _nt(DG.place), _nt(DG.date), _nt(DG.country)
AMOUNT, COMPARISON, CURRENCY = _nt(DG.amount), _nt(DG.comparison), _nt(DG.currency)
INDICATOR, PERIOD, CONFIDENCE = _nt(DG.indicator), _nt(DG.period), _nt(DG.confidence)
MEMBER, DISAGREES = _nt(ORG.member), _nt(DG.disagreesWith)
PUBLISHED = _nt(SCHEMA.datePublished)
ARTICLE = str(DGR["article/"])

# Facts one with one another when all of these are equal.
EXACT: dict[str, tuple[str, ...]] = {
    TRADE: (COUNTRY, INDICATOR, PERIOD, AMOUNT, CURRENCY, COMPARISON),
    EXPORT: (_nt(DG.exporter), _nt(DG.importer), _nt(DG.commodity), _nt(DG.status)),
    POST: (MEMBER, _nt(ORG.role), _nt(ORG.organization), COUNTRY),
}
# Events: who takes part in them; one when who, date and place agree (see the docstring).
WHO = {MEETING: PARTICIPANT, SIGNING: SIGNATORY}
FACTS = frozenset({*EXACT, *WHO})
# A merged node carries one value of these, chosen from its members' (not the union of them)
CHOSEN = (DATE, PLACE, CONFIDENCE)
# Trade figures that may disagree: the same in these, with amounts no value satisfies both
DISAGREE_WITHIN = (COUNTRY, INDICATOR, PERIOD, CURRENCY)
# What a report is read for: the rest of its lines (labels, evidence) pass through unread
READ = frozenset({*(p for ps in EXACT.values() for p in ps), *WHO.values(), DOCUMENT, *CHOSEN})


class Report:
    """One article's fact node, its values by predicate (N-Triples forms)."""

    __slots__ = ("article", "cls", "node", "order", "values")

    def __init__(
        self, node: str, cls: str, article: str, published: str, pairs: dict[str, tuple[str, ...]]
    ) -> None:
        self.node, self.cls, self.article = node, cls, article
        self.order = (0 if published else 1, published, article, node)
        self.values: dict[str, tuple[str, ...]] = pairs

    def get(self, predicate: str) -> tuple[str, ...]:
        return self.values.get(predicate, ())

    def one(self, predicate: str) -> str:
        found = self.values.get(predicate)
        return lexical(found[0]) if found else ""


@dataclass
class World:
    """What the union says about the things facts name: the countries a person holds a post
    for or a city is in (a meeting's sides, a place inside another)."""

    countries: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    country_nodes: set[str] = field(default_factory=set)

    def sides(self, who: Iterable[str]) -> frozenset[str]:
        found: set[str] = set()
        for node in who:
            if node in self.country_nodes:
                found.add(node)
            else:
                found.update(self.countries.get(node) or {node})
        return frozenset(found)

    def places_agree(self, one: Iterable[str], two: Iterable[str]) -> bool:
        def fits(a: str, b: str) -> bool:
            return a == b or b in self.countries.get(a, ()) or a in self.countries.get(b, ())

        return all(fits(a, b) for a in one for b in two)

    def finest(self, places: Iterable[str]) -> list[str]:
        """The places that hold none of the others (Astana, not Kazakhstan besides it)."""
        given = set(places)
        held = {c for p in given for c in self.countries.get(p, ()) if c != p}
        return sorted(given - held)


def read(parts: Iterable[tuple[str, bytes]]) -> tuple[list[Report], World]:
    """The fact nodes of the articles' graphs, and what the graphs say about their things."""
    reports: list[Report] = []
    world = World()
    for article_id, data in parts:
        published = ""
        found: list[tuple[str, str, dict[str, tuple[str, ...]]]] = []
        for block in blocks(data.decode("utf-8").splitlines(True)):
            types = {o for p, o in block.pairs if p == RDF_TYPE}
            if COUNTRY_CLASS in types:
                world.country_nodes.add(block.subject)
            fact = types & FACTS
            if fact:
                values: dict[str, list[str]] = defaultdict(list)
                for p, o in block.pairs:
                    if p in READ:
                        values[intern(p)].append(intern(o))
                frozen = {p: tuple(sorted(os)) for p, os in values.items()}
                found.append((block.subject, min(fact), frozen))
                if POST in fact:
                    for member in frozen.get(MEMBER, ()):
                        world.countries[member].update(frozen.get(COUNTRY, ()))
                continue
            for p, o in block.pairs:
                if p == COUNTRY:
                    world.countries[block.subject].add(o)
                elif p == PUBLISHED and block.subject[1:-1].startswith(ARTICLE):
                    published = lexical(o)
        reports += [Report(n, c, article_id, published, v) for n, c, v in found]
    return reports, world


@dataclass
class Cluster:
    members: list[Report]

    @property
    def node(self) -> str:
        return self.members[0].node

    @property
    def articles(self) -> set[str]:
        return {m.article for m in self.members}


def _event_key(report: Report, world: World) -> tuple[str, ...]:
    """Events that could be one: meetings of the same sides (two or more) or the same
    participants; signings of the same document."""
    if report.cls == SIGNING:
        return (SIGNING, *report.get(DOCUMENT))
    who = report.get(PARTICIPANT)
    sides = world.sides(who)
    return (MEETING, "sides", *sorted(sides)) if len(sides) > 1 else (MEETING, "who", *who)


def _same_event(one: Report, two: Report, world: World) -> bool:
    return _who_agrees(one, two, world) and dates_agree(one.one(DATE), two.one(DATE))


def _who_agrees(one: Report, two: Report, world: World) -> bool:
    who = WHO[one.cls]
    a, b = one.get(who), two.get(who)
    if one.cls == MEETING and not (a and b):
        return False  # events naming nobody are not known to be one
    if a == b or (one.cls == SIGNING and not (a and b)):  # a signing may name nobody
        return True
    sides = world.sides(a)
    return len(sides) > 1 and sides == world.sides(b)


def _join(reports: list[Report], world: World) -> list[Cluster]:
    """Each report, earliest first, joins the first cluster it agrees with."""
    clusters: list[Cluster] = []
    for report in reports:
        for cluster in clusters:
            if report.article in cluster.articles:
                continue
            places = [p for m in cluster.members for p in m.get(PLACE)]
            if not world.places_agree(report.get(PLACE), places):
                continue
            if any(_same_event(report, m, world) for m in cluster.members):
                cluster.members.append(report)
                break
        else:
            clusters.append(Cluster([report]))
    return clusters


def _clusters(reports: list[Report], world: World) -> Iterator[tuple[tuple[str, ...], Cluster]]:
    """Every fact as (the key of the group it may disagree within, its cluster)."""
    exact: dict[tuple[str, ...], list[Report]] = defaultdict(list)
    events: dict[tuple[str, ...], list[Report]] = defaultdict(list)
    for report in sorted(reports, key=lambda r: r.order):
        if report.cls in EXACT:
            key = tuple(o for p in EXACT[report.cls] for o in (p, *report.get(p)))
            exact[(report.cls, *key)].append(report)
        else:
            events[_event_key(report, world)].append(report)
    for key, members in sorted(exact.items()):
        group = key
        if key[0] == TRADE:  # figures of one pair, indicator, period and currency
            first = members[0]
            group = (TRADE, *(o for p in DISAGREE_WITHIN for o in (p, *first.get(p))))
        yield group, Cluster(members)
    for key, members in sorted(events.items()):
        for cluster in _join(members, world):
            yield key, cluster


def _disagree(one: Cluster, two: Cluster, world: World) -> bool:
    if one.articles & two.articles:
        return False
    a, b = one.members[0], two.members[0]
    if a.cls == TRADE:
        if not a.one(PERIOD):
            return False
        return amounts_disagree(
            (a.one(AMOUNT), _first(a, COMPARISON)), (b.one(AMOUNT), _first(b, COMPARISON))
        )
    if a.cls != MEETING:
        return False
    for x in one.members:
        for y in two.members:
            who = x.get(PARTICIPANT)
            if len(who) < 2 or who != y.get(PARTICIPANT):
                continue
            apart = days_apart(x.one(DATE), y.one(DATE))
            if apart in DISAGREE_DAYS and world.places_agree(x.get(PLACE), y.get(PLACE)):
                return True
    return False


def _first(report: Report, predicate: str) -> str:
    found = report.get(predicate)
    return found[0] if found else ""


class Plan:
    """How the union is made from the articles' graphs: which fact nodes are renamed to the
    node they are one with, and the lines the union gains (chosen values, disagreements)."""

    def __init__(self, reports: list[Report], world: World) -> None:
        self.members: dict[str, list[str]] = {}
        renamed: dict[str, dict[bytes, bytes]] = defaultdict(dict)
        extra: set[str] = set()
        groups: dict[tuple[str, ...], list[Cluster]] = defaultdict(list)
        for group, cluster in _clusters(reports, world):
            groups[group].append(cluster)
            if len(cluster.members) < 2:
                continue
            node = cluster.node
            self.members[node] = [m.node for m in cluster.members]
            for m in cluster.members:
                renamed[m.article][m.node.encode()] = node.encode()
            extra.update(_chosen(cluster, world))
        for clusters in groups.values():
            for one, two in combinations(clusters, 2):
                if _disagree(one, two, world):
                    extra.add(line(one.node, DISAGREES, two.node))
                    extra.add(line(two.node, DISAGREES, one.node))
        self._renamed = dict(renamed)
        self.extra = "".join(sorted(extra)).encode("utf-8")

    def rewrite(self, article_id: str, data: bytes) -> bytes:
        """An article's graph as the union sees it: its merged fact nodes renamed, without
        the values the merged node chooses anew. Sorted canonical lines, as given."""
        renamed = self._renamed.get(article_id)
        if not renamed:
            return data
        chosen = tuple(f" {p} ".encode() for p in CHOSEN)
        out = set()
        for text in data.splitlines(True):
            node = renamed.get(subject(text))
            if node is None:
                out.add(text)
                continue
            rest = text[text.index(b" ") :]
            if not rest.startswith(chosen):
                out.add(node + rest)
        return b"".join(sorted(out))

    def members_of(self, node: str) -> list[str]:
        """The fact nodes merged into `node` (N-Triples form), or `node` alone."""
        return self.members.get(node, [node])


def _chosen(cluster: Cluster, world: World) -> Iterator[str]:
    node, members = cluster.node, cluster.members
    # every member's date is counted (not each distinct one once): most reports' date wins
    given = [(m.one(DATE), m.get(DATE)[0]) for m in members if m.get(DATE)]
    date = chosen_date(value for value, _ in given)
    if date:
        yield line(node, DATE, dict(given)[date])
    for place in world.finest(p for m in members for p in m.get(PLACE)):
        yield line(node, PLACE, place)
    confidences = [c for m in members for c in m.get(CONFIDENCE)]
    if confidences:
        yield line(node, CONFIDENCE, max(confidences, key=lambda c: Decimal(lexical(c))))


def plan(parts: Iterable[tuple[str, bytes]]) -> Plan:
    """The plan of the union of the articles' graphs, given as (article id, sorted lines)."""
    return Plan(*read(parts))
