"""Where an article's events happen when a clause says no place of its own: the scene a
reader keeps for the whole story (the visit told later, the forum of the lead, the
dateline set after the day), and places that belong to something else (an envoy's post,
a delegation's country told by an adjective)."""

from __future__ import annotations

import pytest
from reading import meetings


def test_a_visit_told_after_the_meeting_is_where_the_meeting_was():
    found = meetings(
        "Об этом заявил президент Монголии Ухнаагийн Хурэлсух на встрече с министром "
        "иностранных дел Чехии Яном Липавским. Хурэлсух напомнил, что Липавский стал первым "
        "министром, который посетил Монголию за последние десять лет."
    )
    assert [place for _, place, _ in found] == ["Монголия"]


def test_a_visit_of_a_past_year_does_not_set_the_scene():
    found = meetings(
        "Об этом заявил президент Монголии Ухнаагийн Хурэлсух на встрече с министром "
        "иностранных дел Чехии Яном Липавским. Он напомнил о встрече с премьером Чехии "
        "Петром Фиалой в ходе визита в Прагу в 2021 году."
    )
    assert ("", "", ("Ухнаагийн Хурэлсух", "Ян Липавский")) in found


@pytest.mark.parametrize("gathering", ["инвестиционного форума", "саммита ШОС", "выставки ЭКСПО"])
def test_the_town_of_the_gathering_in_the_lead_is_the_scene(gathering: str):
    found = meetings(
        f"Главным итогом {gathering} в Ташкенте стало сближение двух стран. Министр энергетики "
        "Узбекистана Журабек Мирзамахмудов и министр энергетики Омана Салем аль-Ауфи "
        "подписали меморандум."
    )
    assert [place for _, place, _ in found] == ["Ташкент"]


def test_a_country_adjective_describing_a_delegation_is_no_place():
    found = meetings(
        "Вице-премьер Алексей Оверчук, возглавляющий российскую делегацию в ходе визита в "
        "Монголию, встретился с премьер-министром страны Лувсаннамсрайном Оюун-Эрдэнэ."
    )
    assert [place for _, place, _ in found] == ["Монголия"]


@pytest.mark.parametrize("verb", ["совершил", "нанес"])
def test_a_visit_made_is_a_visit_and_its_talks_take_its_place(verb: str):
    found = meetings(
        f"Министр иностранных дел Индии Субраманьям Джайшанкар {verb} визит в Непал, где "
        "провел переговоры с премьер-министром Пушпой Камалом Дахалом."
    )
    assert [place for _, place, _ in found] == ["Непал"]


def test_where_an_envoy_serves_is_not_where_he_met():
    found = meetings(
        "12 марта, Минск /Корр. Агентства/. Об этом рассказал Чрезвычайный и Полномочный "
        "Посол Республики Индонезия в Республике Беларусь Ахмад Сухади по итогам встречи с "
        "премьер-министром Беларуси Романом Головченко."
    )
    assert [place for _, place, _ in found] == ["Минск"]


def test_a_signing_ceremony_takes_the_town_after_what_was_signed():
    found = meetings(
        "«Это важный шаг», - сказал министр транспорта Казахстана Марат Карабаев на церемонии "
        "подписания соглашений в Астане."
    )
    assert [place for _, place, _ in found] == ["Астана"]


def test_a_call_before_a_visit_is_not_the_visit():
    found = meetings(
        "Президент Казахстана Касым-Жомарт Токаев посетил с государственным визитом "
        "Республику Корея по приглашению президента Юн Сок Ёля. Юн Сок Ёль предложил "
        "посетить страну еще в ходе телефонного разговора 5 марта."
    )
    assert ("", "Южная Корея", ("Касым-Жомарт Токаев", "Юн Сок Ёль")) in found


def test_a_later_meeting_of_the_visit_is_in_the_town_of_its_talks():
    found = meetings(
        "15 мая министр иностранных дел Венгрии Петер Сийярто прибыл с рабочим визитом в "
        "Кению. В Найроби Петер Сийярто провел переговоры с министром иностранных дел Кении "
        "Мусалией Мудавади. В ходе беседы с генеральным секретарем Восточноафриканского "
        "сообщества Вероникой Ндувой обсуждались вопросы торговли."
    )
    places = {people: place for _, place, people in found}
    assert places[("Вероника Ндува",)] == "Найроби"


def test_a_visit_told_with_a_clause_in_the_future_gives_no_place():
    found = meetings(
        "Министр иностранных дел Таджикистана Сироджиддин Мухриддин рассказал о своем визите "
        "в Казахстан, который состоится 14 октября, и о встрече с Касым-Жомартом Токаевым."
    )
    assert [place for _, place, _ in found] == [""]
