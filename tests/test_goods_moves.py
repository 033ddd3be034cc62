"""Flows told by what carries or receives goods, by a country referred back to, by pieces
counted, by a capital in the dative; a seller chosen by the parse, never the buyer itself.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from test_goods import flows

SIDES = "Министр Египта встретился с коллегой из Беларуси. Египет и Беларусь наращивают торговлю. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Новая железная дорога будет ежегодно перевозить пять миллионов тонн угля из "
            "Монголии в Китай.",
            {("Монголия", "Китай", "уголь")},
        ),
        (
            "По построенной ЛЭП в Афганистан будет передаваться электроэнергия из Таджикистана.",
            {("Таджикистан", "Афганистан", "электроэнергия")},
        ),
    ],
)
def test_goods_carried_from_a_country_are_its_export(text, expected):
    assert flows(text) == expected


def test_carrying_no_listed_goods_is_no_flow():
    assert flows("Паромы будут перевозить пассажиров из Казахстана в Азербайджан.") == set()


def test_goods_received_from_a_country_are_bought_from_it():
    found = flows("Грузия поставляет в Армению вино, а получает из Армении электроэнергию.")
    assert ("Армения", "Грузия", "электроэнергия") in found


def test_receiving_without_a_source_country_is_no_flow():
    assert flows("Казахстан получил кредит и оборудование для новой электростанции.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Турция продает в Ирак цемент и взамен получает из этой страны нефть.",
            {("Турция", "Ирак", "цемент"), ("Ирак", "Турция", "нефть")},
        ),
        (
            "Премьер Японии побывал в Казахстане. Япония намерена наладить поставки урана "
            "из этой страны.",
            {("Казахстан", "Япония", "уран")},
        ),
    ],
)
def test_this_country_is_the_one_named_just_before(text, expected):
    assert flows(text) == expected


def test_pieces_counted_before_the_goods_do_not_hide_them():
    found = flows("Беларусь поставит Монголии 120 тракторов, а также комбайны и сеялки.")
    assert found == {
        ("Беларусь", "Монголия", "тракторы"),
        ("Беларусь", "Монголия", "комбайны"),
        ("Беларусь", "Монголия", "сеялки"),
    }


def test_a_capital_in_the_dative_receives_for_its_country():
    found = flows("Москва поставит Каракасу партию автобусов.")
    assert found == {("Россия", "Венесуэла", "автобусы")}


def test_the_seller_is_the_country_whose_word_governs_the_cue():
    found = flows(
        "Министр заявил о готовности Беларуси участвовать в программе развития фермерских "
        "хозяйств Египта путем поставок сельскохозяйственной техники."
    )
    assert {exporter for exporter, _, _ in found} == {"Беларусь"}


def test_no_country_sells_to_itself():
    found = flows(f"{SIDES}Глава МИД Египта обсудил налаживание поставок тракторов в Египет.")
    assert found == {("Беларусь", "Египет", "тракторы")}


def test_each_source_of_a_list_sells():
    found = flows("Армения импортирует зерно из России, Казахстана и Грузии.")
    assert found == {
        ("Россия", "Армения", "зерно"),
        ("Казахстан", "Армения", "зерно"),
        ("Грузия", "Армения", "зерно"),
    }


def test_a_surplus_is_a_quantity_of_the_goods():
    found = flows("Новая ЛЭП нужна для экспорта излишков казахстанской электроэнергии в Китай.")
    assert found == {("Казахстан", "Китай", "электроэнергия")}


def test_an_adjective_before_this_country_is_not_what_it_points_to():
    found = flows(
        f"{SIDES}Объем белорусского экспорта в эту страну растет за счет поставок тракторов."
    )
    assert ("Египет", "Беларусь", "тракторы") not in found
