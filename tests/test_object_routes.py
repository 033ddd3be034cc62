"""Infrastructure read from more ways of saying where a route runs: sections named by their
ends, lists of places a route passes, seas it lies in, regions of a plan, codes that name one
object. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from test_objects import objects


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Стороны обсудили строительство участка Ош – Иркештам.", "участок Ош – Иркештам"),
        (
            "Россия и Иран договорились о строительстве железнодорожного участка Решт – Астара.",
            "железнодорожный участок Решт – Астара",
        ),
        ("Министры обсудили сроки запуска ж/д линии Решт - Астара.", "линия Решт - Астара"),
    ],
)
def test_a_section_named_by_its_ends_is_an_object(text, label):
    found = objects(text)
    assert label in found
    assert len(found[label][1]) == 2


def test_a_section_word_without_places_is_no_object():
    assert objects("Стороны обсудили участок работы комиссии.") == {}


def test_a_part_of_a_country_places_the_object_in_it():
    found = objects("Стороны обсудили строительство ж/д линии Решт - Астара на севере Ирана.")
    assert found["линия Решт - Астара"][0] == {"Иран"}


def test_every_place_of_a_list_the_route_passes_is_connected():
    found = objects(
        "Стороны обсудили газопровод ТАПИ. Газопровод ТАПИ пройдет через города Ташкент и "
        "Самарканд в провинции Бадахшан, Тахар и Кундуз и далее — в Пакистан и Индию."
    )
    connects = found["газопровод ТАПИ"][1]
    assert {"Ташкент", "Самарканд", "Тахар", "Кундуз", "Пакистан", "Индия"} <= connects


@pytest.mark.parametrize(
    "text",
    [
        "Стороны обсудили прокладку подводного кабеля через Черное море.",
        "Подводный кабель будет проложен через Черное море.",
    ],
)
def test_a_sea_a_cable_crosses_is_where_it_lies(text):
    ((places, connects),) = objects(text).values()
    assert places == {"Черное море"}
    assert "Черное море" not in connects


def test_the_place_of_a_plan_is_where_the_object_is_built():
    found = objects("В Восточно-Казахстанской области собираются построить новую железную дорогу.")
    ((places, _),) = found.values()
    assert places == {"Восточно-Казахстанская область"}


def test_a_code_names_one_object_whatever_its_head_word():
    found = objects(
        "Стороны обсудили газопровод Туркменистан – Афганистан – Индия (ТАИ). "
        "Трубопровод ТАИ пройдет через Кабул."
    )
    assert list(found) == ["газопровод Туркменистан – Афганистан – Индия (ТАИ)"]
    assert "Кабул" in found["газопровод Туркменистан – Афганистан – Индия (ТАИ)"][1]


def test_an_interconnector_connects_its_two_countries():
    found = objects("Сербия работает над интерконнектором между Сербией и Болгарией.")
    assert found["интерконнектор"][1] == {"Сербия", "Болгария"}


def test_the_river_a_route_uses_is_where_it_runs():
    found = objects("Стороны договорились создать речной маршрут с использованием реки Иртыш.")
    assert found["речной маршрут"][0] == {"Иртыш"}


def test_a_border_of_two_countries_is_where_a_bridge_stands():
    found = objects("Стороны договорились открыть второй мост на казахско-китайской границе.")
    assert found["второй мост"][0] == {"казахско-китайская граница"}


def test_a_province_named_after_a_port_is_where_it_stands():
    found = objects("Индия получила порт Чабахар в провинции Керман.")
    assert found["порт Чабахар"][0] == {"Керман"}


def test_a_company_named_in_quotes_after_a_railway_is_no_object():
    assert objects("В делегацию вошел глава «Армянской железной дороги» Карен Петросян.") == {}
