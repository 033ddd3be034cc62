from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
import rdflib

from diplograph.score import load_gold, run_competency
from diplograph.score.match import (
    CQ_NAMES,
    labels_match,
    rows_match,
    score,
    tokenize,
    tokens_match,
    total,
)

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
WD = "http://www.wikidata.org/entity/"

#######  LABELS

tokenize_tests = [
    ["Джейхун Байрамов", ["джейхун", "байрамов"]],
    ["Мирзиёев", ["мирзиеев"]],
    ["«Турецкий поток»", ["турецкий", "поток"]],
    ["Баку – Тбилиси – Карс", ["баку", "тбилиси", "карс"]],
    ["азербайджано-казахстанский", ["азербайджано", "казахстанский"]],
    ['"Vesti.az"', ["vesti", "az"]],
    ["", []],
]


@pytest.mark.parametrize(("label", "expected"), tokenize_tests)
def test_scoring_tokenize(label, expected):
    assert tokenize(label) == expected


token_tests = [
    ["байрамова", "байрамов", True],
    ["ташкенте", "ташкент", True],
    ["каспийского", "каспийское", True],
    ["министра", "министр", True],
    ["рис", "рис", True],
    ["порт", "порта", True],
    ["казахстан", "азербайджан", False],
    ["газ", "газопровод", False],
    # the contract's rule is blind to a short stem's last letters: Иран and Ирак match
    ["иран", "ирак", True],
    ["ташкент", "ташкентская", False],
    ["ес", "ео", False],
]


@pytest.mark.parametrize(("a", "b", "expected"), token_tests)
def test_scoring_tokens_match(a, b, expected):
    assert tokens_match(a, b) is expected
    assert tokens_match(b, a) is expected


label_tests = [
    ["Байрамов", "Джейхун Байрамов", True],
    ["Джейхун Байрамов", "Байрамов", True],
    ["Байрамова", "Байрамов", True],
    ["Шухрат Алимов", "Шухрата Алимова", True],
    ["Мирзиёев", "Шавкат Мирзиеев", True],
    ["Казахстан", "Азербайджан", False],
    ["Джейхун Байрамов", "Мурат Нуртлеу", False],
    ["порт Алят", "Алят", True],
    ["порт Алят", "порт Актау", False],
    ["план совместных действий", "План совместных действий", True],
    ["газопровод «Турецкий поток»", "Турецкий поток", True],
    ["министр иностранных дел", "министр экономики", False],
    ["Vesti.az", "Vesti.az", True],
    ["Баку", "", False],
    ["Баку", None, False],
]


@pytest.mark.parametrize(("gold", "out", "expected"), label_tests)
def test_scoring_labels_match(gold, out, expected):
    assert labels_match(gold, out) is expected


#######  VALUES AND ROWS

value_tests = [
    [{"amount": 500000000}, {"amount": Decimal("500000000.0")}, True],
    [{"amount": 500000000}, {"amount": 500000000.0}, True],
    [{"amount": 500000000}, {"amount": "500000000"}, True],
    [{"amount": 500000000}, {"amount": Decimal("50000000")}, False],
    [{"capital": 300000000}, {"capital": None}, False],
    [{"date": "2024"}, {"date": "2024-03-11"}, True],
    [{"date": "2024-03"}, {"date": "2024-03-11"}, True],
    [{"date": "2024-03-11"}, {"date": "2024"}, False],
    [{"period": "2024-01/2024-06"}, {"period": "2024-01/2024-06"}, True],
    [{"period": "2024"}, {"period": "2023"}, False],
    [{"currency": "USD"}, {"currency": "USD"}, True],
    [{"currency": "USD"}, {"currency": "usd"}, False],
    [{"indicator": "turnover"}, {"indicator": "target"}, False],
    [{"comparison": "more_than"}, {"comparison": "about"}, False],
    [{"comparison": ""}, {"comparison": "more_than"}, True],
    [{"comparison": ""}, {}, True],
    [{"kind": "порт"}, {"kind": "терминал"}, True],
    [{"wikidata": WD + "Q265"}, {"wikidata": WD + "Q2650"}, False],
]


@pytest.mark.parametrize(("gold", "out", "expected"), value_tests)
def test_scoring_rows_match(gold, out, expected):
    assert rows_match(gold, out) is expected


def test_scoring_date_objects_compare_by_iso_text():
    import datetime as dt

    assert rows_match({"date": "2024-03"}, {"date": dt.date(2024, 3, 11)})


#######  QUESTIONS

TRADE_GOLD = {
    "countryALabel": "Азербайджан",
    "countryBLabel": "Казахстан",
    "indicator": "turnover",
    "period": "2024",
    "amount": 500000000,
    "currency": "USD",
    "comparison": "more_than",
}


@pytest.mark.parametrize(
    ("a", "b", "matched"),
    [
        ["Азербайджан", "Казахстан", 1],
        ["Казахстан", "Азербайджан", 1],
        ["Казахстан", "Узбекистан", 0],
    ],
)
def test_scoring_trade_countries_either_order(a, b, matched):
    out = dict(TRADE_GOLD, countryALabel=a, countryBLabel=b, amount=Decimal("500000000.00"))
    s = score({"trade": [out]}, {"trade": [TRADE_GOLD]})
    assert s.get("trade").matched == matched


def test_scoring_swap_only_for_trade():
    gold = {"exporterLabel": "Казахстан", "importerLabel": "Азербайджан", "commodityLabel": "зерно"}
    out = {"exporterLabel": "Азербайджан", "importerLabel": "Казахстан", "commodityLabel": "зерно"}
    assert score({"commodities": [out]}, {"commodities": [gold]}).matched == 0


def test_scoring_one_output_row_matches_one_gold_row():
    # recall is one-to-one; precision asks only whether an output row matches some gold row
    gold = [
        {"personLabel": "Джейхун Байрамов", "postLabel": "министр иностранных дел"},
        {"personLabel": "Байрамов", "postLabel": ""},
    ]
    out = [{"personLabel": "Джейхун Байрамов", "postLabel": "министр иностранных дел"}]
    s = score({"posts": out}, {"posts": gold}).get("posts")
    assert (s.gold, s.matched, s.out, s.out_ok) == (2, 1, 1, 1)
    assert s.recall == 0.5
    assert s.precision == 1.0


def test_scoring_duplicate_output_rows_cost_no_precision():
    gold = [{"commodityLabel": "зерно"}]
    out = [{"commodityLabel": "зерно"}, {"commodityLabel": "Зерна"}, {"commodityLabel": "рис"}]
    s = score({"commodities": out}, {"commodities": gold}).get("commodities")
    assert (s.gold, s.matched, s.out, s.out_ok) == (1, 1, 3, 2)


def test_scoring_questions_without_gold_rows_are_skipped_unless_strict():
    gold = {"funds": [], "sources": [{"articleTitle": "Т"}]}
    out = {"funds": [{"fundLabel": "фонд"}], "sources": [{"articleTitle": "Т"}]}
    assert [c.name for c in score(out, gold).per_cq] == ["sources"]
    strict = score(out, gold, strict=True)
    assert strict.get("funds").out == 1 and strict.precision == 0.5


def test_scoring_matching_is_maximal_not_greedy():
    # a greedy pass would give the first gold row the specific output row and leave the second
    # gold row (which only that row fits) unmatched
    gold = [{"participantLabel": "Байрамов"}, {"participantLabel": "Джейхун Байрамов"}]
    out = [{"participantLabel": "Джейхун Байрамов"}, {"participantLabel": "Байрамов Эльчин"}]
    assert score({"meetings": out}, {"meetings": gold}).matched == 2


def test_scoring_links_precision_only_on_gold_entities():
    gold = {
        "links": [
            {"entityLabel": "Узбекистан", "wikidata": WD + "Q265"},
            {"entityLabel": "Ташкент", "wikidata": WD + "Q269"},
        ]
    }
    out = {
        "links": [
            {"entityLabel": "Узбекистан", "wikidata": WD + "Q265"},
            {"entityLabel": "Ташкент", "wikidata": WD + "Q9248"},  # wrong link: judged
            {"entityLabel": "Самарканд", "wikidata": WD + "Q5753"},  # not in gold: not judged
            {"entityLabel": "Тюркия", "wikidata": WD + "Q269"},  # label names no gold entity
        ]
    }
    s = score(out, gold).get("links")
    assert (s.gold, s.matched, s.out, s.out_ok) == (2, 1, 2, 1)


def test_scoring_empty_gold_columns_unchecked():
    gold = {"meetings": [{"meetingLabel": "", "date": "", "placeLabel": "Астана"}]}
    out = {
        "meetings": [{"meetingLabel": "Переговоры", "date": "2025-03-11", "placeLabel": "Астана"}]
    }
    assert score(out, gold).recall == 1.0


def test_scoring_micro_average_and_total():
    gold = {
        "posts": [{"personLabel": "Алимов"}, {"personLabel": "Озтюрк"}],
        "sources": [{"articleTitle": "Заголовок", "publisherLabel": "", "date": "2024"}],
    }
    out = {
        "posts": [{"personLabel": "Шухрат Алимов"}, {"personLabel": "Кемаль"}],
        "sources": [{"articleTitle": "Заголовок", "publisherLabel": "X", "date": "2024-04-15"}],
        "links": [{"entityLabel": "Турция", "wikidata": WD + "Q43"}],
    }
    s = score(out, gold)  # links has no gold rows: not judged
    assert (s.gold, s.matched, s.out, s.out_ok) == (3, 2, 3, 2)
    assert s.recall == pytest.approx(2 / 3)
    both = total([s, s])
    assert (both.gold, both.matched, both.out) == (6, 4, 6)
    assert both.table().splitlines()[-1] == "recall=0.667 precision=0.667"


#######  QUERIES AND GOLD FILES

TTL = """
@prefix dg: <https://w3id.org/diplograph/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<https://w3id.org/diplograph/id/t1> a dg:TradeFigure ;
    dg:amount "500000000"^^xsd:decimal ; dg:period "2024"^^xsd:gYear ;
    dg:date "2024-03-11"^^xsd:date ; rdfs:label "Оборот"@ru .
"""

QUERY = """
PREFIX dg: <https://w3id.org/diplograph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?s ?amount ?period ?date ?label ?missing WHERE {
  ?s a dg:TradeFigure ; dg:amount ?amount ; dg:period ?period ; dg:date ?date ; rdfs:label ?label .
  OPTIONAL { ?s dg:nothing ?missing }
}
"""


def test_scoring_run_competency_values(tmp_path):
    (tmp_path / "trade.rq").write_text(QUERY, encoding="utf-8")
    (tmp_path / "broken.rq").write_text("SELECT WHERE {", encoding="utf-8")
    graph = rdflib.Graph().parse(data=TTL, format="turtle")
    errors: dict[str, str] = {}
    rows = run_competency(graph, tmp_path, errors)
    assert rows["broken"] == [] and errors["broken"].startswith("error")
    (row,) = rows["trade"]
    assert row["s"] == "https://w3id.org/diplograph/id/t1"
    assert row["amount"] == Decimal("500000000")
    assert row["period"] == "2024"
    assert row["label"] == "Оборот"
    assert row["missing"] is None
    assert rows_match({"date": "2024-03", "amount": 500000000}, row)


def test_scoring_load_gold_reads_seed_shape(tmp_path):
    path = tmp_path / "g.json"
    path.write_text(json.dumps({"source": "x", "cq": {"posts": [{"personLabel": "А"}]}}))
    assert load_gold(path) == {"posts": [{"personLabel": "А"}]}


CORPUS_GOLD = sorted(CORPUS.glob("*.gold.json"))

COLUMNS = {
    "meetings": {"meetingLabel", "date", "placeLabel", "participantLabel"},
    "posts": {"personLabel", "postLabel", "organizationLabel", "countryLabel"},
    "trade": {
        "countryALabel",
        "countryBLabel",
        "indicator",
        "period",
        "amount",
        "currency",
        "comparison",
    },
    "funds": {"fundLabel", "founderLabel", "capital", "currency", "projectLabel"},
    "infrastructure": {"objectLabel", "kind", "placeLabel", "connectsLabel"},
    "commodities": {"exporterLabel", "importerLabel", "commodityLabel"},
    "agreements": {"documentLabel", "signatoryLabel", "date"},
    "sources": {"articleTitle", "publisherLabel", "date"},
    "links": {"entityLabel", "wikidata"},
}


def test_scoring_corpus_has_articles():
    assert len(CORPUS_GOLD) >= 20
    for gold in CORPUS_GOLD:
        assert gold.with_name(gold.name.replace(".gold.json", ".txt")).is_file()


@pytest.mark.parametrize("path", CORPUS_GOLD, ids=lambda p: p.name.split("_")[0])
def test_scoring_corpus_gold_shape(path):
    gold = load_gold(path)
    assert set(gold) == set(CQ_NAMES)
    assert len(gold["sources"]) == 1
    for name, rows in gold.items():
        for row in rows:
            assert set(row) == COLUMNS[name], (name, row)
            if name == "trade":
                assert row["indicator"] in {"turnover", "target"}
                assert row["comparison"] in {"", "more_than", "less_than", "about", "equal"}
                assert row["countryALabel"] < row["countryBLabel"]
            if name in {"trade", "funds"}:
                assert len(row["currency"]) == 3 and row["currency"].isupper()
                assert isinstance(row.get("amount", row.get("capital")), int)
            if name == "links":
                assert row["wikidata"].startswith(WD)
    # a gold file must be satisfiable by its own rows: scoring it against itself is perfect
    s = score(gold, gold, strict=True)
    assert s.recall == 1.0 and s.precision == 1.0
