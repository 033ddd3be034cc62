"""The world's towns (data/towns.tsv): a place the tagger read in a foreign country gets that
country, in the text's own spelling; common words and the gazetteer's own names stay out."""

from __future__ import annotations

import pytest

from diplograph.build import process
from diplograph.data.gazetteer import gazetteer
from diplograph.data.towns import TOWN_PREFIX, towns
from diplograph.ingest import parse_article


@pytest.mark.parametrize(
    ("name", "country"),
    [("Мванза", "tanzania"), ("Суботица", "serbia"), ("Лаокай", "vietnam")],
)
def test_a_foreign_town_lies_in_its_country(name, country):
    town = gazetteer().by_town(name)
    assert town is not None and town.kind == "city" and town.country == country


@pytest.mark.parametrize("word", ["Или", "Мир", "Победа", "Надежда", "Азия"])
def test_common_words_and_continents_are_no_towns(word):
    assert gazetteer().by_town(word) is None


def test_the_gazetteer_answers_its_own_cities_first():
    # the hand-kept entry has the ids and the forms; the table never shadows it
    assert towns().by_name("москва") is None
    assert gazetteer().by_name("Москва") is not None


def test_two_spellings_of_one_town_keep_their_own_labels():
    one, other = gazetteer().by_town("Пусан"), gazetteer().by_town("Бусан")
    assert one is not None and other is not None
    assert (one.label_ru, other.label_ru) == ("Пусан", "Бусан")
    assert one.key != other.key and one.key.split("-")[1] == other.key.split("-")[1]


def test_a_town_key_resolves_through_the_gazetteer():
    town = gazetteer().by_town("Мванза")
    assert town is not None and town.key.startswith(TOWN_PREFIX)
    assert gazetteer().by_key(town.key) == town


def test_a_town_in_the_text_becomes_a_city_of_its_country():
    article = parse_article(
        "Танзания строит железную дорогу\n\n"
        "Правительство Танзании объявило, что новая железная дорога соединит порт "
        "Дар-эс-Салам с городом Мванза на берегу озера Виктория.\n"
    )
    resolution = process(article)
    cities = {e.label: e.country for e in resolution.entities if e.kind == "city"}
    assert cities.get("Мванза") == "country/tanzania"


def test_the_towns_a_route_name_lists_lie_in_their_country():
    article = parse_article(
        "Вьетнам достроит дорогу\n\n"
        "Правительство Вьетнама утвердило проект железной дороги Лаокай-Ханой-Хайфон. "
        "Работы начнутся в следующем году, сообщили в министерстве транспорта страны.\n"
    )
    resolution = process(article)
    cities = {e.label: e.country for e in resolution.entities if e.kind == "city"}
    assert (cities.get("Лаокай"), cities.get("Хайфон")) == ("country/vietnam", "country/vietnam")
