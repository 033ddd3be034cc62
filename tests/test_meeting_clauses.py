"""Meetings told by the ways a clause says two sides met: two people agreeing, talks someone
led, a second predicate sharing its subject with the first."""

from __future__ import annotations

import pytest
from reading import meetings


@pytest.mark.parametrize(
    "text",
    [
        "Президент Монголии Ухнаагийн Хурэлсух и президент Кыргызстана Садыр Жапаров в "
        "Улан-Баторе договорились о расширении торговли.",
        "В Улан-Баторе президент Кыргызстана Садыр Жапаров и президент Монголии Ухнаагийн "
        "Хурэлсух договорились, что откроют новый авиарейс.",
    ],
)
def test_two_people_who_agreed_met(text: str):
    found = meetings(text)
    assert [(place, people) for _, place, people in found] == [
        ("Улан-Батор", ("Садыр Жапаров", "Ухнаагийн Хурэлсух"))
    ]


def test_one_side_agreeing_is_no_meeting():
    text = "Министр энергетики Казахстана Алмасадам Саткалиев договорился о поставках."
    assert meetings(text) == []


def test_talks_someone_led_are_a_meeting():
    found = meetings(
        "Переговоры в Ашхабаде вел министр иностранных дел Туркменистана Рашид Мередов. "
        "С иранской стороны в них участвовал министр Аббас Арагчи."
    )
    assert any(place == "Ашхабад" and "Рашид Мередов" in people for _, place, people in found)


@pytest.mark.parametrize(
    "text",
    [
        "Президент Армении Ваагн Хачатурян принял участие в конференции в городе Давосе, "
        "встретился с премьер-министром Бельгии Бартом Де Вевером и дал интервью газете.",
        "Министр Ваагн Хачатурян прибыл в Давос и встретился с премьер-министром Бельгии "
        "Бартом Де Вевером.",
    ],
)
def test_a_second_predicate_shares_the_subject_of_the_first(text: str):
    found = meetings(text)
    assert any(
        people == ("Барт Де Вевер", "Ваагн Хачатурян") and place == "Давос"
        for _, place, people in found
    )


@pytest.mark.parametrize(
    "text",
    [
        "Об этом сообщил министр экономики Армении Геворг Папоян на заседании Совета "
        "министров экономики Евразийского союза в Ереване.",
        "Об этом сообщил министр экономики Армении Геворг Папоян на саммите ОДКБ в Ереване.",
    ],
)
def test_a_town_after_the_body_a_session_is_of_is_the_sessions_place(text: str):
    found = meetings(text)
    assert [place for _, place, _ in found] == ["Ереван"]


def test_those_who_sum_up_a_visit_did_not_take_part_in_it():
    found = meetings(
        "Эксперт Иван Петров и журналист Олег Сидоров подвели итоги визита президента "
        "Казахстана Касым-Жомарта Токаева в Баку."
    )
    assert all("Иван Петров" not in people for _, _, people in found)


def test_who_speaks_at_a_briefing_after_talks_took_part_in_them():
    found = meetings(
        "Как передает агентство со ссылкой на СМИ, об этом заявил президент Армении Ваагн "
        "Хачатурян в ходе брифинга по итогам переговоров с грузинским коллегой Михаилом "
        "Кавелашвили."
    )
    assert any({"Ваагн Хачатурян", "Михаил Кавелашвили"} <= set(p) for _, _, p in found)
