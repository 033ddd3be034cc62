"""Goods told with their shares or amounts, lists of countries with a figure each, a list of
what a flow holds, and countries a later sentence points back at as "эти страны".

Every sentence is written for these tests.
"""

from __future__ import annotations

from test_goods import flows


def test_goods_with_a_share_in_brackets_are_all_read():
    found = flows(
        "Структуру экспорта Армении в Грузию сформировали коньяк (40%), сыр (12,5%) "
        "и минеральная вода (5%)."
    )
    assert found == {
        ("Армения", "Грузия", "коньяк"),
        ("Армения", "Грузия", "сыр"),
        ("Армения", "Грузия", "минеральная вода"),
    }


def test_goods_entering_a_list_of_exports_are_exported():
    found = flows("В список экспорта Киргизии входят золото, фасоль и сухофрукты.")
    assert found == {
        ("Кыргызстан", "", "золото"),
        ("Кыргызстан", "", "фасоль"),
        ("Кыргызстан", "", "сухофрукты"),
    }


def test_an_abbreviated_good_the_tagger_takes_for_a_name_is_read():
    found = flows("Россия возобновит поставки ГСМ в Таджикистан с весны.")
    assert found == {("Россия", "Таджикистан", "ГСМ")}


def test_each_country_of_a_list_with_a_figure_each_buys():
    found = flows(
        "Армения экспортировала коньяк в Россию – 12 млн бутылок, Беларусь – 2 млн бутылок "
        "и Казахстан – 1 млн бутылок."
    )
    assert found == {
        ("Армения", "Россия", "коньяк"),
        ("Армения", "Беларусь", "коньяк"),
        ("Армения", "Казахстан", "коньяк"),
    }


def test_each_country_of_a_list_of_growth_rates_buys():
    found = flows(
        "Экспорт армянского коньяка вырос в таких странах, как Франция - на 20%, "
        "Латвия и Литва - на 15%, Израиль - на 10%."
    )
    assert found == {
        ("Армения", "Франция", "коньяк"),
        ("Армения", "Латвия", "коньяк"),
        ("Армения", "Литва", "коньяк"),
        ("Армения", "Израиль", "коньяк"),
    }


def test_these_countries_are_the_partners_listed_the_sentence_before():
    found = flows(
        "Основными партнерами Киргизии по экспорту являются Казахстан, Китай и Турция. "
        "В эти страны экспортируются золото и фасоль."
    )
    assert found == {
        (seller, buyer, good)
        for seller in ["Кыргызстан"]
        for buyer in ["Казахстан", "Китай", "Турция"]
        for good in ["золото", "фасоль"]
    }


def test_these_countries_with_no_list_before_give_no_buyer():
    found = flows("Армения наращивает торговлю. В эти страны поставляется коньяк.")
    assert not any(buyer for _, buyer, _ in found)


def test_a_kind_of_goods_before_a_dash_is_said_by_the_goods_after_it():
    found = flows(
        "Киргизия экспортирует в Китай золото, продукцию горной промышленности — "
        "сурьму, ртуть и другое."
    )
    assert found == {
        ("Кыргызстан", "Китай", "золото"),
        ("Кыргызстан", "Китай", "сурьма"),
        ("Кыргызстан", "Китай", "ртуть"),
    }


def test_goods_each_with_its_own_amount_are_all_read():
    found = flows(
        "С начала года из Армении в Россию отгружено 12 тысяч тонн абрикосов, "
        "8,5 тысячи тонн томатов и 3 тысячи тонн белокочанной капусты."
    )
    assert found == {
        ("Армения", "Россия", "абрикосы"),
        ("Армения", "Россия", "томаты"),
        ("Армения", "Россия", "белокочанная капуста"),
    }


def test_a_pointing_word_before_a_general_word_with_nothing_told_names_no_goods():
    assert flows("Армения заняла третье место среди импортеров этого напитка.") == set()


def test_a_pointing_word_before_a_known_good_keeps_it():
    assert flows("Россия продает Армении эту пшеницу.") == {("Россия", "Армения", "пшеница")}


def test_this_drink_after_a_flow_of_cognac_is_cognac():
    found = flows("Армения продает России коньяк. Армения продает Грузии этот напиток.")
    assert found == {("Армения", "Россия", "коньяк"), ("Армения", "Грузия", "коньяк")}


def test_goods_named_after_in_that_number_go_with_their_kind():
    found = flows("Армения поставляет в Россию фрукты, в том числе абрикосы и персики.")
    assert found == {
        ("Армения", "Россия", "фрукты"),
        ("Армения", "Россия", "абрикосы"),
        ("Армения", "Россия", "персики"),
    }


def test_goods_passively_sent_to_one_side_come_from_the_other():
    found = flows(
        "Армения и Иран наращивают торговлю. Армения продает Ирану коньяк. "
        "В Иран впервые поставлены тракторы."
    )
    assert ("Армения", "Иран", "тракторы") in found
