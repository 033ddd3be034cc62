"""Objects as an article speaks of them again: descriptions and bare route words for an
object named before, its proper name said alone, the countries "две страны" means, one
place per object, and what is no object (airports, predicates, parts of a route). Every
sentence is written for these tests."""

from __future__ import annotations

import pytest
from test_objects import objects


def test_a_described_subject_is_the_object_named_before():
    found = objects(
        "Казахстан и Китай обсудили проект газопровода «Восток – Запад». "
        "Магистральный газопровод должен доставлять газ из Актобе в Шымкент."
    )
    # both its towns lie in Kazakhstan, which the article names: the pipe lies there
    assert found == {"газопровод «Восток – Запад»": ({"Казахстан"}, {"Актобе", "Шымкент"})}


def test_a_bare_bridge_word_far_after_is_the_bridge_named_before():
    found = objects(
        "Министры подписали соглашение о строительстве моста через Иртыш. "
        "Работы начнутся весной. Финансирование обеспечит банк развития. "
        "Мост свяжет Павлодар с Омском."
    )
    assert found == {"мост": ({"Иртыш"}, {"Павлодар", "Омск"})}


@pytest.mark.parametrize(
    "text",
    [
        "Грузия и Армения договорились о строительстве железной дороги, которая соединит страны.",
        "Грузия и Армения открыли мост «Дружба» – главную артерию, связывающую две страны.",
    ],
)
def test_the_countries_of_the_sentence_are_what_two_countries_means(text):
    ((_, connects),) = objects(text).values()
    assert connects == {"Грузия", "Армения"}


def test_where_a_route_leads_is_one_of_its_ends():
    found = objects("Туркменистан достроил железную дорогу в Афганистан и Таджикистан.")
    assert found["железная дорога"][1] == {"Афганистан", "Таджикистан"}


@pytest.mark.parametrize(
    ("text", "label", "ends"),
    [
        (
            "Власти обсудили автодорогу Шымкентская-Туркестанская.",
            "автодорога Шымкентская-Туркестанская",
            set(),
        ),
        (
            "Власти обсудили автодорогу Баянхонгор-Алтанбулаг.",
            "автодорога Баянхонгор-Алтанбулаг",
            {"Баянхонгор", "Алтанбулаг"},
        ),
    ],
)
def test_a_hyphenated_word_after_a_road_is_its_two_ends_when_both_are_nouns(text, label, ends):
    assert objects(text)[label][1] == ends


def test_a_compound_adjective_of_countries_names_an_unnamed_pipeline():
    found = objects("Обсуждался узбекско-казахский газопровод.")
    assert found["узбекско-казахский газопровод"][1] == {"Узбекистан", "Казахстан"}


def test_a_relative_clause_of_another_gender_is_not_about_the_object():
    found = objects(
        "Министры одобрили программу строительства магистрального газопровода, которая была "
        "принята в Баку."
    )
    # told nowhere, the description is no object at all (objectfacts.nowhere_dropped)
    assert all("Баку" not in places for places, _ in found.values())


def test_one_proper_name_is_one_object_and_said_alone_is_that_object():
    found = objects(
        "Стороны обсудили подводный газопровод «Голубой поток». "
        "Газопровод «Голубой поток» будет продлен. "
        "«Голубой поток» пройдет через Болгарию."
    )
    assert list(found) == ["подводный газопровод «Голубой поток»"]
    assert found["подводный газопровод «Голубой поток»"][1] == {"Болгария"}


def test_a_latin_name_runs_over_its_words():
    assert "железная дорога Etihad Rail" in objects("ОАЭ расширяют железную дорогу Etihad Rail.")


def test_a_town_in_brackets_after_a_port_is_where_it_stands():
    found = objects("Компания вложила средства в причалы порта Кайлан (Куангнинь).")
    assert found["порт Кайлан"][0] == {"Куангнинь"}


def test_a_terminal_in_a_port_stands_in_the_port_town():
    found = objects("Оператор построит нефтяной терминал в порту Батуми.")
    assert found["нефтяной терминал"][0] == {"Батуми"}


def test_what_follows_eto_says_what_the_object_is():
    found = objects("Министр сказал, что порт Поти — это не только крупный морской порт.")
    assert list(found) == ["порт Поти"]


def test_a_route_word_over_a_corridor_in_the_genitive_is_its_part():
    found = objects("Стороны обсудили восточный маршрут транспортного коридора «Запад – Восток».")
    assert list(found) == ["транспортный коридор «Запад – Восток»"]


def test_a_plural_head_over_quoted_names_is_one_object_each():
    found = objects("Обсуждались газопроводы «Северный поток» и «Южный поток».")
    assert len(found) == 2


def test_an_object_stands_in_one_place_the_town_before_the_river():
    found = objects(
        "Стороны обсудили второй мост через реку Урал. Второй мост построят в Уральске."
    )
    assert found["второй мост"][0] == {"Уральск"}


def test_where_the_building_goes_on_is_where_the_object_is():
    found = objects("В Киргизии началось строительство дороги в Таджикистан.")
    assert found["дорога"] == ({"Кыргызстан"}, {"Таджикистан"})


def test_a_route_connecting_two_names_the_parse_hung_on_each_other():
    found = objects(
        "Министр отметил железнодорожную линию, соединяющую Каспийское море с Черным морем."
    )
    assert found["железнодорожная линия"][1] == {"Каспийское море", "Черное море"}
