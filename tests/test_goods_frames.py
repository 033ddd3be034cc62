"""Flows of goods whose sides stand apart from their goods: several cues in one clause, a
clause that buys after one that sells, the seller in the genitive after the cue, lists of
destinations, a route named before the cue.

Every sentence is written for these tests.
"""

from __future__ import annotations

from test_goods import flows


def test_each_cue_of_a_clause_has_its_own_goods():
    found = flows("Казахстан, кроме закупок пшеницы, ввозит из Китая станки и электронику.")
    assert {("Китай", "Казахстан", "станки"), ("Китай", "Казахстан", "электроника")} <= found


def test_a_later_cue_of_a_clause_keeps_the_first_cues_seller():
    found = flows(
        "Узбекские компании намерены нарастить экспорт хлопка в Турцию и в дальнейшем "
        "увеличивать поставки текстиля."
    )
    assert ("Узбекистан", "Турция", "хлопок") in found
    assert any(seller == "Узбекистан" and good == "текстиль" for seller, _, good in found)


def test_a_buying_clause_after_a_selling_one_buys_from_the_same_partner():
    found = flows("Казахстан продает Киргизии уголь и зерно, а покупает электроэнергию и овощи.")
    assert {
        ("Казахстан", "Кыргызстан", "уголь"),
        ("Кыргызстан", "Казахстан", "электроэнергия"),
        ("Кыргызстан", "Казахстан", "овощи"),
    } <= found


def test_a_country_in_the_genitive_right_after_the_cue_sells():
    found = flows("Рост обеспечен увеличением поставок Бразилии в Китай сои и говядины.")
    assert found == {("Бразилия", "Китай", "соя"), ("Бразилия", "Китай", "говядина")}


def test_words_counting_kinds_of_goods_give_way_to_the_goods():
    found = flows("Индия поставляет в Иран ряд видов медицинского оборудования.")
    assert found == {("Индия", "Иран", "медицинское оборудование")}


def test_every_country_of_a_list_of_destinations_buys():
    found = flows(
        "Новая дорога позволит поставлять узбекские фрукты в Казахстан, Россию и далее – в "
        "Беларусь."
    )
    assert found == {
        ("Узбекистан", "Казахстан", "фрукты"),
        ("Узбекистан", "Россия", "фрукты"),
        ("Узбекистан", "Беларусь", "фрукты"),
    }


def test_a_route_named_before_the_cue_gives_the_seller():
    found = flows(
        "Строится нефтепровод из Казахстана в Китай, который будет поставлять в Китай "
        "20 млн тонн нефти в год."
    )
    assert found == {("Казахстан", "Китай", "нефть")}


def test_setting_signatures_moves_no_goods():
    assert not flows(
        "Подписи под документом поставили министр энергетики Ирана и глава Минэнерго Таджикистана."
    )


def test_the_side_after_a_noun_cue_is_its_seller():
    found = flows(
        "Помимо поставок пшеницы и ячменя в Иран казахстанская сторона заинтересована в "
        "создании совместных предприятий."
    )
    assert {("Казахстан", "Иран", "пшеница"), ("Казахстан", "Иран", "ячмень")} <= found
