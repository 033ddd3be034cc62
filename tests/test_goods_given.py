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


def test_a_group_given_to_counts_each_country_of_its_list():
    found = flows("Россия передала пшеницу странам, таким как Мали, Зимбабве и ЦАР.")
    assert found == {
        ("Россия", "Мали", "пшеница"),
        ("Россия", "Зимбабве", "пшеница"),
        ("Россия", "ЦАР", "пшеница"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Среди азиатских стран основные импортеры казахстанского зерна – Иран, Афганистан, "
            "Узбекистан.",
            {
                ("Казахстан", "Иран", "зерно"),
                ("Казахстан", "Афганистан", "зерно"),
                ("Казахстан", "Узбекистан", "зерно"),
            },
        ),
        (
            "Главные импортеры узбекского хлопка — Китай и Бангладеш.",
            {("Узбекистан", "Китай", "хлопок"), ("Узбекистан", "Бангладеш", "хлопок")},
        ),
    ],
)
def test_countries_a_dash_lists_after_a_buyer_noun_buy(text, expected):
    assert flows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Армения получает газ из Ирана в обмен на электроэнергию.",
            {("Иран", "Армения", "газ"), ("Армения", "Иран", "электроэнергия")},
        ),
        (
            "Туркменистан поставляет Узбекистану газ, а взамен получает зерно.",
            {("Туркменистан", "Узбекистан", "газ"), ("Узбекистан", "Туркменистан", "зерно")},
        ),
    ],
)
def test_goods_given_in_exchange_go_the_other_way(text, expected):
    assert flows(text) == expected


def test_a_credit_in_exchange_is_no_goods():
    found = flows("Казахстан поставляет Китаю нефть в обмен на кредиты.")
    assert found == {("Казахстан", "Китай", "нефть")}


def test_goods_a_dash_lists_after_a_general_word_are_the_goods():
    found = flows("Казахстан поставляет в Китай свои традиционные товары – зерно и мясо.")
    assert found == {("Казахстан", "Китай", "зерно"), ("Казахстан", "Китай", "мясо")}


def test_electricity_is_electric_power():
    found = flows("Таджикистан будет продавать электричество Афганистану.")
    assert found == {("Таджикистан", "Афганистан", "электроэнергия")}


@pytest.mark.parametrize(
    "text",
    [
        "Власти Узбекистана не будут осуществлять поставки газа в Таджикистан.",
        "Узбекистан не будет поставлять газ в Таджикистан.",
    ],
)
def test_supplies_denied_are_no_flow(text):
    assert flows(text) == set()


def test_the_subject_of_an_active_verb_is_the_seller_never_the_goods():
    found = flows("Власти Узбекистана экспортировали в соседний Таджикистан газ.")
    assert found == {("Узбекистан", "Таджикистан", "газ")}


def test_aid_is_no_goods_but_what_it_includes_is():
    found = flows(
        "В ходе визита в Душанбе узбекский министр передал таджикской стороне партию "
        "гуманитарной помощи, включающую медикаменты и муку."
    )
    assert found == {
        ("Узбекистан", "Таджикистан", "медикаменты"),
        ("Узбекистан", "Таджикистан", "мука"),
    }
    assert flows("Турция является крупным поставщиком гуманитарной помощи в Сирию.") == set()
