"""Goods given or sent ("передала", "направит", "предоставит", "отправила"): an export only of
goods the table knows or goods counted; a giver named by no clause is the one country the
passage speaks of, or the seller of the same goods just before.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from test_goods import flows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Индия передала Шри-Ланке 20 тысяч тонн риса.",
            {("Индия", "Шри-Ланка", "рис")},
        ),
        (
            "Япония направит в Монголию партию лекарств.",
            {("Япония", "Монголия", "лекарства")},
        ),
        (
            "Турция отправила в Сирию более 500 тонн муки и сахара.",
            {("Турция", "Сирия", "мука"), ("Турция", "Сирия", "сахар")},
        ),
        (
            "Китай предоставит Лаосу 2 млн доз вакцины от гриппа.",
            {("Китай", "Лаос", "вакцина")},
        ),
    ],
)
def test_goods_given_to_a_country_are_an_export_to_it(text, expected):
    assert flows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Узбекистан предоставит Киргизии кредит на 100 млн долларов.",
        "Германия направила в Польшу делегацию.",
        "Президент Казахстана передал привет народу Узбекистана.",
    ],
)
def test_a_credit_a_greeting_or_a_delegation_sent_is_no_goods(text):
    assert flows(text) == set()


def test_each_country_of_a_group_given_to_takes_the_goods():
    found = flows(
        "Китай реализует программу помощи соседям. В прошлом году было передано более 300 "
        "тонн риса бедным странам региона, таким как Лаос, Непал и Мьянма."
    )
    assert found == {
        ("Китай", "Лаос", "рис"),
        ("Китай", "Непал", "рис"),
        ("Китай", "Мьянма", "рис"),
    }


def test_a_giver_named_only_as_where_the_programme_runs_gives():
    found = flows("В Турции действует программа безвозмездной передачи муки нуждающимся странам.")
    assert found == {("Турция", "", "мука")}


def test_goods_sent_on_are_sold_by_the_seller_just_before():
    found = flows(
        "Туркменистан договорился о поставках газа в Китай. Газ будет направляться в Китай, "
        "а затем в Японию и Индию."
    )
    assert found == {
        ("Туркменистан", "Китай", "газ"),
        ("Туркменистан", "Япония", "газ"),
        ("Туркменистан", "Индия", "газ"),
    }


def test_a_country_sent_to_is_never_the_sender():
    assert flows("Нефть будет направляться в Китай, а затем в Японию.") == set()
