"""Goods a flow holds, goods named again by a general word, parts of goods, shares of goods,
and sides named together.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from test_goods import flows


def test_goods_a_flow_is_said_to_include_are_its_goods():
    found = flows("Значительная доля закупок из Вьетнама включала рис, кофе и перец.")
    assert {good for _, _, good in found} == {"рис", "кофе", "перец"}
    assert {seller for seller, _, _ in found} == {"Вьетнам"}


def test_a_lone_adjective_shares_the_noun_it_agrees_with():
    found = flows("Импорт из Аргентины охватывает пшеницу, подсолнечное и рапсовое масло.")
    assert {good for _, _, good in found} == {"пшеница", "подсолнечное масло", "рапсовое масло"}


@pytest.mark.parametrize(
    "text",
    [
        "Чили увеличивает экспорт меди и ее концентратов в Китай.",
        "Китай закупает у Ирана нефть и продукты ее переработки.",
    ],
)
def test_a_part_of_goods_just_named_is_no_second_good(text):
    assert {good for _, _, good in flows(text)} == {"медь" if "меди" in text else "нефть"}


def test_a_general_word_pointing_back_names_the_goods_told_before():
    found = flows(
        "Соглашение о поставках казахского урана во Францию предполагает, что Астана "
        "будет продавать свое сырье также Японии."
    )
    assert ("Казахстан", "Япония", "уран") in found
    assert all(good == "уран" for _, _, good in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Бразилия и Аргентина поставляют в Китай сою.",
            {("Бразилия", "Китай", "соя"), ("Аргентина", "Китай", "соя")},
        ),
        (
            "Бразилия и Аргентина экспортируют сою.",
            {("Бразилия", "", "соя"), ("Аргентина", "", "соя")},
        ),
        (
            "Чили и Перу поставляют на мировой рынок до 40% меди.",
            {("Чили", "", "медь"), ("Перу", "", "медь")},
        ),
    ],
)
def test_countries_named_together_as_the_subject_each_sell(text, expected):
    assert flows(text) == expected


def test_a_share_of_goods_sent_to_a_market_names_the_goods():
    assert flows("Индия поставляет на мировые рынки большую часть риса.") == {("Индия", "", "рис")}


@pytest.mark.parametrize(
    "text",
    [
        "Армения покупала пшеницу у соседних стран.",
        "Сербия расширяет сотрудничество с государствами Азии в сфере поставок техники.",
        "Египет и Индия обсудили торговлю. Индия закупает рис у третьих стран.",
    ],
)
def test_a_side_named_as_a_group_of_countries_is_no_country(text):
    assert flows(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Фермеры Сербии отправляют малину на экспорт.", {("Сербия", "", "малина")}),
        (
            "Чехия и Польша подписали соглашение о перевалке чешского угля на экспорт.",
            {("Чехия", "", "уголь")},
        ),
    ],
)
def test_goods_sent_out_for_export_have_no_buyer(text, expected):
    assert flows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Норвегия готова экспортировать в Чили свой опыт в рыболовстве.",
        "Швейцария экспортирует в Сербию капитал и знания.",
        "Япония выделит Монголии грант на закупку оборудования.",
    ],
)
def test_what_is_shared_or_lent_is_no_goods(text):
    assert flows(text) == set()


def test_a_container_counts_the_goods_it_holds():
    assert flows("Канада отправила в Марокко 40 вагонов ячменя.") == {
        ("Канада", "Марокко", "ячмень")
    }


def test_countries_selling_to_each_other_give_both_directions():
    assert flows("Перу и Чили продают друг другу рыбу и фрукты.") == {
        ("Перу", "Чили", "рыба"),
        ("Чили", "Перу", "рыба"),
        ("Перу", "Чили", "фрукты"),
        ("Чили", "Перу", "фрукты"),
    }


def test_papers_for_a_supply_are_no_goods():
    found = flows("Грузия и Армения подписали документы на поставку в Армению вина из Грузии.")
    assert found == {("Грузия", "Армения", "вино")}


def test_fruits_and_vegetables_told_as_a_pair_are_one_class_of_goods():
    assert flows("Узбекистан экспортировал в Казахстан много овощей и фруктов.") == {
        ("Узбекистан", "Казахстан", "фрукты и овощи")
    }


def test_fruits_beside_other_goods_stay_their_own_goods():
    assert flows("Армения нарастит экспорт вина и фруктов в Россию.") == {
        ("Армения", "Россия", "вино"),
        ("Армения", "Россия", "фрукты"),
    }
