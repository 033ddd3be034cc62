"""Countries listed as the buyers or suppliers of goods, with the goods and the other side
named in the list's sentence or told by the flow before it.

Every sentence is written for these tests.
"""

from __future__ import annotations

from test_goods import flows


def test_a_list_of_other_importers_goes_on_with_the_goods_named_before():
    found = flows(
        "Армения отправила в Россию первую партию абрикосов. "
        "Среди других импортеров абрикосов – Грузия и Казахстан."
    )
    assert found == {
        ("Армения", "Россия", "абрикосы"),
        ("Армения", "Грузия", "абрикосы"),
        ("Армения", "Казахстан", "абрикосы"),
    }


def test_the_goods_adjective_names_the_seller_of_a_buyers_list():
    found = flows("Крупнейшими импортерами монгольской шерсти остаются Китай и Италия.")
    assert found == {("Монголия", "Китай", "шерсть"), ("Монголия", "Италия", "шерсть")}


def test_suppliers_listed_after_a_dash_send_to_the_country_named_with_в():
    found = flows("Ключевые поставщики бананов в Казахстан — Эквадор, Колумбия и Коста-Рика.")
    assert found == {
        ("Эквадор", "Казахстан", "бананы"),
        ("Колумбия", "Казахстан", "бананы"),
        ("Коста-Рика", "Казахстан", "бананы"),
    }


def test_a_place_in_a_ranking_of_importers_is_a_buyer():
    found = flows(
        "Армения наращивает экспорт коньяка. "
        "Третье место по импорту армянского коньяка занимает Беларусь."
    )
    assert ("Армения", "Беларусь", "коньяк") in found


def test_a_buyers_word_with_no_goods_and_no_flow_before_gives_nothing():
    assert flows("Главными покупателями на выставке стали Китай и Индия.") == set()
