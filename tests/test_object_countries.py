"""Where an object is when the text says it only by its towns, its country's locative or its
own name: the country all of a route's known towns lie in, "в Казахстане запущена линия",
a port named after a town of hyphened parts. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from test_objects import objects


@pytest.mark.parametrize(
    ("text", "label", "country"),
    [
        (
            "Правительство Узбекистана одобрило проект железной дороги Ташкент – Самарканд – "
            "Бухара.",
            "железная дорога Ташкент – Самарканд – Бухара",
            "Узбекистан",
        ),
        (
            "Власти Ирана начали реконструкцию автотрассы Тегеран-Мешхед, которую ждут "
            "перевозчики.",
            "автотрасса Тегеран-Мешхед",
            "Иран",
        ),
        # a town the gazetteer does not know does not speak against the ones it knows
        (
            "Премьер Казахстана осмотрел линию электропередачи Шымкент – Тюлькубас – Алматы.",
            "линия электропередачи Шымкент – Тюлькубас – Алматы",
            "Казахстан",
        ),
    ],
)
def test_a_route_whose_known_towns_lie_in_one_country_stands_in_it(text, label, country):
    assert objects(text)[label][0] == {country}


def test_a_route_whose_towns_lie_in_two_countries_stands_in_neither():
    found = objects("Власти Казахстана и Узбекистана обсудили дорогу Алматы – Ташкент.")
    assert found["дорога Алматы – Ташкент"][0] == set()


def test_a_country_the_article_never_names_is_not_given():
    found = objects("Перевозчики ждут открытия железной дороги Ташкент – Самарканд.")
    assert found["железная дорога Ташкент – Самарканд"][0] == set()


@pytest.mark.parametrize(
    "text",
    [
        "В Казахстане 3 марта была запущена железнодорожная линия Жезказган – Бейнеу.",
        "В Казахстане введена в эксплуатацию железнодорожная линия Жезказган – Бейнеу.",
    ],
)
def test_where_an_object_is_opened_is_where_it_stands(text):
    assert objects(text)["железнодорожная линия Жезказган – Бейнеу"][0] == {"Казахстан"}


def test_a_part_of_a_country_between_two_quarters_is_in_the_country():
    found = objects("Стороны обсудили строительство дороги Захедан – Чабахар на юго-востоке Ирана.")
    assert found["дорога Захедан – Чабахар"][0] == {"Иран"}


def test_a_port_named_after_a_town_of_hyphened_parts_stands_in_the_town():
    found = objects("Оператор получил в управление терминал порта Дар-эс-Салам на 25 лет.")
    assert found["порт Дар-эс-Салам"] == ({"Дар-эс-Салам"}, set())


def test_the_port_a_ship_sails_to_is_not_where_the_port_it_left_stands():
    found = objects("Судно доставило зерно из порта Махачкала в порт Актау.")
    assert found["порт Махачкала"][0] == {"Махачкала"}


def test_a_quoted_short_form_in_brackets_belongs_to_the_name():
    found = objects(
        "Начато строительство газопровода «Туркменистан – Афганистан – Пакистан – Индия» "
        "(«ТАПИ»). Протяженность газопровода ТАПИ составит 1800 километров."
    )
    (label,) = found
    assert "ТАПИ" in label
    assert found[label][1] == {"Туркменистан", "Афганистан", "Пакистан", "Индия"}


def test_a_town_unknown_beside_another_country_leaves_the_route_in_none():
    found = objects(
        "Электроэнергия пойдет из Узбекистана в Афганистан по строящейся линии электропередачи "
        "Термез – Мазари-Шариф."
    )
    assert found["линия электропередачи Термез – Мазари-Шариф"][0] == set()


def test_a_short_form_in_brackets_between_head_and_name_is_skipped():
    found = objects("Стороны обсудили линию электропередачи (ЛЭП) Термез – Мазари-Шариф.")
    (label,) = found
    assert label.endswith("Термез – Мазари-Шариф")
    assert found[label][1] == {"Термез", "Мазари-Шариф"}


def test_a_trans_adjective_of_a_country_is_a_land_the_route_crosses():
    found = objects("Стороны обсудили строительство Трансафганской железной дороги.")
    assert found["Трансафганская железная дорога"] == (set(), {"Афганистан"})


def test_a_trans_adjective_of_a_sea_is_where_the_route_lies():
    found = objects("Министры обсудили Транскаспийский газопровод.")
    assert found["Транскаспийский газопровод"][0] == {"Каспийское море"}


def test_parts_of_the_world_joined_by_a_hyphen_are_ends():
    found = objects("Стороны обсудили развитие транспортного коридора Европа-Азия.")
    assert found["транспортный коридор Европа-Азия"][1] == {"Европа", "Азия"}
