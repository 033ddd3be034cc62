"""Flows of goods whose sides the text names by "мы" and "наш", by a role noun, or by a
region; goods told as the part of a flow they make up, or singled out of a kind.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from test_goods import flows

# two sides, each named twice, so that the article's sides are known
SIDES = "Министр Египта встретился с коллегой из Беларуси. Египет и Беларусь наращивают торговлю. "


def test_we_are_the_side_the_sentence_before_did_not_name():
    found = flows(f"{SIDES}В Египте растет спрос на тракторы. Мы закупаем хлопок и рис.")
    assert found == {("Египет", "Беларусь", "хлопок"), ("Египет", "Беларусь", "рис")}


def test_our_export_goes_to_the_side_the_clause_names():
    found = flows(f"{SIDES}Наш экспорт в Египет составляют тракторы и молочные продукты.")
    assert found == {
        ("Беларусь", "Египет", "тракторы"),
        ("Беларусь", "Египет", "молочные продукты"),
    }


def test_the_partner_of_our_role_noun_is_us():
    found = flows(f"{SIDES}Основным нашим покупателем калийных удобрений остается Египет.")
    assert found == {("Беларусь", "Египет", "калийные удобрения")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Египет и Турция – крупнейшие покупатели белорусского молока.",
            {("Беларусь", "Египет", "молоко"), ("Беларусь", "Турция", "молоко")},
        ),
        (
            "Бразилия является главным поставщиком кофе для Египта.",
            {("Бразилия", "Египет", "кофе")},
        ),
        (
            "Аргентина – один из ведущих поставщиков говядины в Чили.",
            {("Аргентина", "Чили", "говядина")},
        ),
    ],
)
def test_a_role_noun_names_its_holders_side(text, expected):
    assert flows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Казахстан намерен поставлять пшеницу в страны Европы.",
        "Алжир начнет экспорт сжиженного газа в Европу.",
        "Новый нефтепровод позволит Ирану поставлять нефть в регион.",
    ],
)
def test_goods_sent_to_a_region_give_no_row(text):
    assert flows(text) == set()


def test_goods_told_as_the_part_of_a_flow_they_make_up():
    found = flows(
        "Основу вьетнамского экспорта в Индию составили кофе, перец и текстиль. "
        "В объеме индийского импорта из Вьетнама электроника занимает треть."
    )
    assert found == {
        ("Вьетнам", "Индия", "кофе"),
        ("Вьетнам", "Индия", "перец"),
        ("Вьетнам", "Индия", "текстиль"),
        ("Вьетнам", "Индия", "электроника"),
    }


def test_goods_singled_out_of_a_kind_stand_for_it():
    found = flows("Казахстан поставляет в Китай металлы, в частности медь и цинк.")
    assert found == {("Казахстан", "Китай", "медь"), ("Казахстан", "Китай", "цинк")}


def test_adjectives_of_a_genitive_after_vague_products_say_which():
    found = flows("Турция закупает в Иране нефть, а также продукцию химической промышленности.")
    assert ("Иран", "Турция", "продукция химической промышленности") in found


def test_a_share_of_the_flow_is_no_good():
    found = flows("Экспорт Индии в Непал составил 5 млрд долларов, основную долю дал рис.")
    assert all(good not in {"доля", "потенциал"} for _, _, good in found)


def test_the_buyer_named_again_after_the_cue_does_not_sell():
    found = flows(f"{SIDES}Египет закупит 20 тысяч тонн сухого молока, сообщил министр Египта.")
    assert found == {("Беларусь", "Египет", "сухое молоко")}


def test_we_are_the_country_of_the_official_quoted_just_before():
    found = flows(
        "Министр Беларуси посетил Казахстан. Поставки нефти в Беларусь вырастут, заявил "
        "министр энергетики Казахстана. «Мы будем поставлять нефть и бензин», - сказал он."
    )
    assert ("Казахстан", "Беларусь", "бензин") in found
    assert ("Беларусь", "Казахстан", "бензин") not in found
