"""Many reports of one fact (rdf/reports.py, rdf/agreement.py): merged where they agree,
kept side by side and linked where they disagree, on articles' graphs made by hand."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from decimal import Decimal

import pytest
from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef

from diplograph.rdf.agreement import amounts_disagree, chosen_date, dates_agree
from diplograph.rdf.namespace import DCTERMS, DG, DGR, ORG, PROV, SCHEMA
from diplograph.rdf.ntriples import ntriples
from diplograph.rdf.reports import plan
from diplograph.rdf.shards import merge_in_memory

Triple = tuple[URIRef, URIRef, URIRef | Literal]
Part = tuple[str, bytes]

KZ, TM, UZ = DGR["country/kazakhstan"], DGR["country/turkmenistan"], DGR["country/uzbekistan"]
ASHGABAT, ASTANA = DGR["city/ashgabat"], DGR["city/astana"]
BEK, ANN, SEIT = DGR["person/bek"], DGR["person/ann"], DGR["person/seit"]


def article(aid: str, published: str | None, *facts: Iterable[Triple]) -> Part:
    """An article's graph as a shard: the article, its places, and the given facts."""
    node = DGR[f"article/{aid}"]
    triples: set[Triple] = {(node, RDF.type, DG.Article), (node, RDFS.label, Literal(aid))}
    if published:
        triples.add((node, SCHEMA.datePublished, Literal(published, datatype=XSD.date)))
    for country in (KZ, TM, UZ):
        triples.add((country, RDF.type, DG.Country))
    for city, country in ((ASHGABAT, TM), (ASTANA, KZ)):
        triples |= {(city, RDF.type, DG.City), (city, DG.country, country)}
    for fact in facts:
        triples |= set(fact)
    return aid, ntriples(triples)


def _evidence(aid: str, node: URIRef, confidence: str = "0.8") -> set[Triple]:
    sentence = DGR[f"article/{aid}/sentence/1"]
    return {
        (node, PROV.wasDerivedFrom, sentence),
        (sentence, RDF.type, DG.Sentence),
        (sentence, DCTERMS.isPartOf, DGR[f"article/{aid}"]),
        (node, DG.extractedBy, Literal("test")),
        (node, DG.confidence, Literal(confidence, datatype=XSD.decimal)),
    }


def meeting(
    aid: str,
    n: int,
    who: Iterable[URIRef],
    date: str | None,
    place: URIRef | None = ASHGABAT,
    confidence: str = "0.8",
) -> set[Triple]:
    node = DGR[f"meeting/{aid}-{n}"]
    triples = {
        (node, RDF.type, DG.Meeting),
        (node, RDFS.label, Literal(f"Встреча {aid}", lang="ru")),
    }
    triples |= {(node, DG.participant, person) for person in who}
    if date:
        kind = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}[len(date)]
        triples.add((node, DG.date, Literal(date, datatype=kind)))
    if place is not None:
        triples.add((node, DG.place, place))
    return triples | _evidence(aid, node, confidence)


def figure(
    aid: str, n: int, amount: int, comparison: URIRef = DG.equal, period: str | None = "2024"
) -> set[Triple]:
    node = DGR[f"trade/{aid}-{n}"]
    triples = {
        (node, RDF.type, DG.TradeFigure),
        (node, DG.country, KZ),
        (node, DG.country, TM),
        (node, DG.indicator, DG.turnover),
        (node, DG.comparison, comparison),
        (node, DG.amount, Literal(f"{amount}.0", datatype=XSD.decimal)),
        (node, DG.currency, Literal("USD")),
    }
    if period:
        triples.add((node, DG.period, Literal(period)))
    return triples | _evidence(aid, node)


def post(aid: str, person: URIRef, country: URIRef) -> set[Triple]:
    node = DGR[f"post/{aid}-{person.rsplit('/', 1)[1]}"]
    triples = {
        (node, RDF.type, DG.PostHolding),
        (node, ORG.member, person),
        (node, ORG.role, DGR["role/minister"]),
        (node, DG.country, country),
    }
    return triples | _evidence(aid, node)


def union(parts: list[Part]) -> bytes:
    merged = plan(parts)
    return b"".join(merge_in_memory([*(merged.rewrite(i, d) for i, d in parts), merged.extra]))


def graph(parts: list[Part]) -> Graph:
    return Graph().parse(data=union(parts), format="nt")


def nodes(g: Graph, cls: URIRef) -> list[URIRef]:
    return sorted(n for n in g.subjects(RDF.type, cls) if isinstance(n, URIRef))


def sources(g: Graph, node: URIRef) -> set[URIRef]:
    return {
        a
        for s in g.objects(node, PROV.wasDerivedFrom)
        for a in g.objects(s, DCTERMS.isPartOf)
        if isinstance(a, URIRef)
    }


def disagreeing(g: Graph) -> set[tuple[URIRef, URIRef]]:
    return {(a, b) for a, b in g.subject_objects(DG.disagreesWith)}  # type: ignore[misc]


THREE_OUTLETS = [
    article("a", "2025-05-14", meeting("a", 1, [BEK, ANN], "2025-05-14")),
    article("b", "2025-05-14", meeting("b", 1, [BEK, ANN], "2025-05-14", place=None)),
    article("c", "2025-05-15", meeting("c", 1, [ANN, BEK], "2025-05-15", confidence="0.9")),
]


# --- the rules ---------------------------------------------------------------------------------

DATES = [
    ("2025-05-14", "2025-05-14", True),
    ("2025-05-14", "2025-05-15", True),  # "вчера" in a report of the next day
    ("2024-12-31", "2025-01-01", True),
    ("2025-05-14", "2025-05-16", False),
    ("2025-05", "2025-05-14", True),  # the month of a visit holds its day
    ("2025", "2025-05-14", True),
    ("2025-04", "2025-05-14", False),
    ("", "2025-05-14", True),  # one report gives no date
]


@pytest.mark.parametrize(("one", "two", "agree"), DATES)
def test_dates_agree_within_a_day_or_when_one_holds_the_other(one: str, two: str, agree: bool):
    assert dates_agree(one, two) is agree
    assert dates_agree(two, one) is agree


EQUAL, MORE, LESS, ABOUT = (f"<{c}>" for c in (DG.equal, DG.more_than, DG.less_than, DG.about))
AMOUNTS = [
    (("500000000.0", EQUAL), ("450000000.0", EQUAL), True),
    (("400000000.0", MORE), ("450000000.0", EQUAL), False),  # "более 400" holds 450
    (("500000000.0", MORE), ("450000000.0", EQUAL), True),
    (("400000000.0", LESS), ("450000000.0", EQUAL), True),
    (("400000000.0", MORE), ("500000000.0", MORE), False),
    (("500000000.0", ABOUT), ("490000000.0", EQUAL), False),  # "около" rounds
    (("500000000.0", ABOUT), ("450000000.0", EQUAL), True),
    (("500000000.0", ""), ("450000000.0", ""), True),  # a target says no comparison
]


@pytest.mark.parametrize(("one", "two", "disagree"), AMOUNTS)
def test_amounts_disagree_when_no_value_satisfies_both(one, two, disagree: bool):
    assert amounts_disagree(one, two) is disagree
    assert amounts_disagree(two, one) is disagree


def test_the_merged_date_is_the_most_precise_most_reports_give_then_the_earliest():
    assert chosen_date(["2025-05", "2025-05-15", "2025-05-14", "2025-05-15"]) == "2025-05-15"
    assert chosen_date(["2025-05-15", "2025-05-14"]) == "2025-05-14"
    assert chosen_date(["", "2025"]) == "2025"
    assert chosen_date([""]) == ""


# --- merging -----------------------------------------------------------------------------------


def test_three_reports_of_one_meeting_become_one_node_with_every_source():
    g = graph(THREE_OUTLETS)
    (node,) = nodes(g, DG.Meeting)
    assert sources(g, node) == {DGR["article/a"], DGR["article/b"], DGR["article/c"]}
    assert set(g.objects(node, DG.participant)) == {BEK, ANN}
    # one date, one place and one confidence, chosen; the rules of every report
    assert list(g.objects(node, DG.date)) == [Literal("2025-05-14", datatype=XSD.date)]
    assert list(g.objects(node, DG.place)) == [ASHGABAT]
    assert list(g.objects(node, DG.confidence)) == [Literal("0.9", datatype=XSD.decimal)]
    assert len(list(g.objects(node, RDFS.label))) == 1  # one Russian label, the others alt


def test_the_merged_node_keeps_its_earliest_reports_iri_when_a_later_one_joins():
    g = graph(THREE_OUTLETS)
    assert nodes(g, DG.Meeting) == [DGR["meeting/a-1"]]
    fourth = article("d", "2025-05-16", meeting("d", 1, [BEK, ANN], "2025-05-14"))
    g = graph([*THREE_OUTLETS, fourth])
    assert nodes(g, DG.Meeting) == [DGR["meeting/a-1"]]
    assert len(sources(g, DGR["meeting/a-1"])) == 4
    # an older report added later (an archive) is the earliest, and names the node
    older = article("e", "2025-05-13", meeting("e", 1, [BEK, ANN], "2025-05-14"))
    assert nodes(graph([*THREE_OUTLETS, older]), DG.Meeting) == [DGR["meeting/e-1"]]


def test_the_union_is_the_same_bytes_whatever_the_order_of_the_articles():
    parts = [*THREE_OUTLETS, article("f", "2025-05-20", figure("f", 1, 450000000))]
    parts.append(article("g", "2025-05-20", figure("g", 1, 500000000)))
    first = union(parts)
    for order in itertools.permutations(parts):
        assert union(list(order)) == first


def test_two_meetings_of_one_article_stay_two():
    both = meeting("a", 1, [BEK, ANN], "2025-05-14") | meeting("a", 2, [BEK, ANN], "2025-05-14")
    g = graph([article("a", "2025-05-14", both)])
    assert len(nodes(g, DG.Meeting)) == 2


def test_meetings_of_the_same_sides_are_one_though_one_report_names_more_people():
    posts = post("a", BEK, KZ) | post("a", ANN, TM) | post("a", SEIT, KZ)
    parts = [
        article("a", "2025-05-14", meeting("a", 1, [BEK, ANN], "2025-05-14"), posts),
        article("b", "2025-05-14", meeting("b", 1, [BEK, ANN, SEIT], "2025-05-14")),
    ]
    (node,) = nodes(graph(parts), DG.Meeting)
    assert set(graph(parts).objects(node, DG.participant)) == {BEK, ANN, SEIT}


def test_one_side_alone_is_not_enough_to_be_one_meeting():
    # both name only Kazakh people: two meetings of that day may be any two meetings
    posts = post("a", BEK, KZ) | post("a", SEIT, KZ)
    parts = [
        article("a", "2025-05-14", meeting("a", 1, [BEK], "2025-05-14"), posts),
        article("b", "2025-05-14", meeting("b", 1, [SEIT], "2025-05-14")),
    ]
    assert len(nodes(graph(parts), DG.Meeting)) == 2


def test_a_city_agrees_with_its_country_and_the_merged_meeting_keeps_the_city():
    parts = [
        article("a", "2025-05-14", meeting("a", 1, [BEK, ANN], "2025-05-14", place=TM)),
        article("b", "2025-05-14", meeting("b", 1, [BEK, ANN], "2025-05-14")),
    ]
    g = graph(parts)
    (node,) = nodes(g, DG.Meeting)
    assert list(g.objects(node, DG.place)) == [ASHGABAT]


def test_meetings_in_two_cities_stay_two():
    parts = [
        article("a", "2025-05-14", meeting("a", 1, [BEK, ANN], "2025-05-14", place=ASTANA)),
        article("b", "2025-05-14", meeting("b", 1, [BEK, ANN], "2025-05-14")),
        # a report with no place agrees with both, and joins the earliest
        article("c", "2025-05-15", meeting("c", 1, [BEK, ANN], "2025-05-14", place=None)),
    ]
    g = graph(parts)
    assert len(nodes(g, DG.Meeting)) == 2
    assert sources(g, DGR["meeting/a-1"]) == {DGR["article/a"], DGR["article/c"]}
    assert not disagreeing(g)


def test_the_same_figure_from_two_articles_is_one_node_with_both_sources():
    parts = [
        article("a", "2025-05-14", figure("a", 1, 500000000)),
        article("b", "2025-05-15", figure("b", 1, 500000000)),
        article("c", "2025-05-15", figure("c", 1, 500000000, DG.more_than)),
    ]
    g = graph(parts)
    assert nodes(g, DG.TradeFigure) == [DGR["trade/a-1"], DGR["trade/c-1"]]
    assert sources(g, DGR["trade/a-1"]) == {DGR["article/a"], DGR["article/b"]}
    assert not disagreeing(g)  # "более 500" holds 500


def test_the_same_post_from_two_articles_is_one_node():
    parts = [article("a", "2025-05-14", post("a", BEK, KZ)), article("b", None, post("b", BEK, KZ))]
    assert nodes(graph(parts), DG.PostHolding) == [DGR["post/a-bek"]]


# --- disagreeing -------------------------------------------------------------------------------


def test_two_figures_for_one_pair_and_year_that_differ_are_both_kept_and_disagree_both_ways():
    parts = [
        article("a", "2025-05-14", figure("a", 1, 500000000)),
        article("b", "2025-05-14", figure("b", 1, 450000000)),
    ]
    g = graph(parts)
    a, b = DGR["trade/a-1"], DGR["trade/b-1"]
    assert nodes(g, DG.TradeFigure) == [a, b]
    assert disagreeing(g) == {(a, b), (b, a)}
    assert sources(g, a) == {DGR["article/a"]} and sources(g, b) == {DGR["article/b"]}


def test_figures_of_other_years_or_without_a_year_do_not_disagree():
    parts = [
        article("a", "2025-05-14", figure("a", 1, 500000000), figure("a", 2, 900, period=None)),
        article("b", "2025-05-14", figure("b", 1, 450000000, period="2023")),
        article("c", "2025-05-14", figure("c", 2, 800, period=None)),
    ]
    assert not disagreeing(graph(parts))


def test_one_article_stating_two_figures_is_no_disagreement_of_sources():
    both = figure("a", 1, 500000000) | figure("a", 2, 450000000)
    assert not disagreeing(graph([article("a", "2025-05-14", both)]))


def test_a_meeting_another_source_dates_three_days_later_is_kept_and_disagrees():
    late = article("d", "2025-05-20", meeting("d", 1, [BEK, ANN], "2025-05-17"))
    g = graph([*THREE_OUTLETS, late])
    assert nodes(g, DG.Meeting) == [DGR["meeting/a-1"], DGR["meeting/d-1"]]
    assert disagreeing(g) == {
        (DGR["meeting/a-1"], DGR["meeting/d-1"]),
        (DGR["meeting/d-1"], DGR["meeting/a-1"]),
    }


@pytest.mark.parametrize(("day", "disagree"), [(16, True), (21, True), (22, False), (30, False)])
def test_a_meeting_dated_two_to_seven_days_apart_disagrees_further_is_another(
    day: int, disagree: bool
):
    parts = [
        *THREE_OUTLETS[:2],
        article("d", "2025-06-01", meeting("d", 1, [BEK, ANN], f"2025-05-{day}")),
    ]
    g = graph(parts)
    assert len(nodes(g, DG.Meeting)) == 2
    assert bool(disagreeing(g)) is disagree


def test_the_same_people_meeting_a_month_later_is_another_meeting():
    later = article("d", "2025-06-20", meeting("d", 1, [BEK, ANN], "2025-06-17"))
    g = graph([*THREE_OUTLETS, later])
    assert len(nodes(g, DG.Meeting)) == 2
    assert not disagreeing(g)


# --- the plan's other duties -------------------------------------------------------------------


def test_an_article_with_nothing_merged_passes_through_as_it_is():
    alone = article("z", "2025-01-01", figure("z", 1, 7))
    merged = plan([*THREE_OUTLETS, alone])
    assert merged.rewrite(*alone) is alone[1]


def test_a_merged_node_names_every_report_merged_into_it():
    merged = plan(THREE_OUTLETS)
    members = merged.members_of(f"<{DGR['meeting/a-1']}>")
    assert members == [f"<{DGR[f'meeting/{x}-1']}>" for x in "abc"]
    assert merged.members_of("<x:alone>") == ["<x:alone>"]


def test_the_confidence_of_a_merged_node_is_its_surest_report():
    g = graph(THREE_OUTLETS)
    (value,) = g.objects(DGR["meeting/a-1"], DG.confidence)
    assert Decimal(str(value)) == Decimal("0.9")


def test_a_merged_meeting_takes_the_date_most_of_its_reports_give():
    # the earliest report dates it the day before the two others do
    parts = [
        article("a", "2025-05-15", meeting("a", 1, [BEK, ANN], "2025-05-14")),
        article("b", "2025-05-15", meeting("b", 1, [BEK, ANN], "2025-05-15")),
        article("c", "2025-05-16", meeting("c", 1, [BEK, ANN], "2025-05-15")),
    ]
    g = graph(parts)
    (node,) = nodes(g, DG.Meeting)
    assert list(g.objects(node, DG.date)) == [Literal("2025-05-15", datatype=XSD.date)]
