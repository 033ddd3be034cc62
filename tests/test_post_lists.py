"""Countries a list of titles shares, a side named after the people, a delegation named just
before its members; and names whose given name is declined before a surname that is not."""

from __future__ import annotations

import pytest
from reading import facts
from test_posts import posts


def test_a_list_of_three_shares_the_country_its_first_title_names():
    found = posts(
        "На переговорах присутствовали вице-премьер Армении Мгер Григорян, министр финансов "
        "Ваан Керобян и министр экономики Гевorg Папоян.".replace("Гевorg", "Геворг")
    )
    assert {(p, c) for p, _, _, c in found} == {
        ("Мгер Григорян", "Армения"),
        ("Ваан Керобян", "Армения"),
        ("Геворг Папоян", "Армения"),
    }


def test_two_titled_names_joined_by_and_may_be_two_sides():
    found = posts(
        "Министр энергетики Казахстана Алмасадам Саткалиев и министр энергетики Парвиз "
        "Шахбазов подписали протокол в Баку."
    )
    assert ("Парвиз Шахбазов", "министр энергетики", "", "") in found


def test_a_leader_or_an_ambassador_abroad_keeps_no_country_from_the_list():
    found = posts(
        "В беседе участвовали министр иностранных дел Турции Хакан Фидан, министр торговли "
        "Омер Болат и посол в Азербайджане Джахит Багчи."
    )
    assert ("Омер Болат", "министр торговли", "", "Турция") in found
    assert all(c == "" for p, _, _, c in found if p == "Джахит Багчи")


def test_the_members_of_a_delegation_named_before_are_of_its_country():
    found = posts(
        "Узбекская делегация прибыла в Пекин в полном составе. В переговорах приняли участие "
        "министр энергетики Журабек Мирзамахмудов и министр транспорта Илхом Махкамов."
    )
    assert {(p, c) for p, _, _, c in found} == {
        ("Журабек Мирзамахмудов", "Узбекистан"),
        ("Илхом Махкамов", "Узбекистан"),
    }


def test_a_side_named_after_the_people_when_it_is_the_only_country():
    found = posts(
        "Министр финансов Фарход Асозода и председатель правления Рустам Каримов вошли в "
        "наблюдательный совет фонда со стороны Таджикистана."
    )
    assert {(p, c) for p, _, _, c in found} == {
        ("Фарход Асозода", "Таджикистан"),
        ("Рустам Каримов", "Таджикистан"),
    }


def people(text: str) -> list[str]:
    return sorted(e.label for e in facts(text).entities if e.kind == "person")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # the given name declines, the surname in a vowel does not
        ("Переговоры с министром экономики Мали Усманом Кулибали прошли в Бамако.",
         "Усман Кулибали"),
        ("В ходе визита заместителя министра Казахстана Ержана Ашикбаева в Кабул.",
         "Ержан Ашикбаев"),
        ("Он встретился с заместителем министра Айдаром Нурбекулы в Астане.", "Айдар Нурбекулы"),
        ("Министр провел переговоры с послом Мали Бакари Дуумбу в Москве.", "Бакари Дуумбу"),
        # "и.о." and "исполняющий обязанности" take the case of what governs them
        ("Министр провел встречу с и.о. главы МИД Сирии Асадом Шайбани в Дамаске.",
         "Асад Шайбани"),
        ("Министр провел встречу с исполняющим обязанности министра финансов Рашидом Тахери.",
         "Рашид Тахери"),
        # the words of a title joined by "и" stand before the name in its case
        ("Прошли переговоры министра промышленности и торговли Марата Карабаева с послом.",
         "Марат Карабаев"),
        # a spelling in brackets is no part of the name
        ("Министр провел встречу с главой МИД Абдуллой Хамдани (Гамдани) в Кабуле.",
         "Абдулла Хамдани"),
    ],
)  # fmt: skip
def test_names_of_a_declined_given_name_and_an_acting_title(text: str, person: str):
    assert person in people(text)


def test_the_two_countries_of_a_title_go_in_the_order_the_sentence_names_them():
    found = posts(
        "Казахстан и Кыргызстан расширят торговлю. Казахстан и Кыргызстан обсудили тарифы. "
        "В Бишкеке прошло заседание комиссии между Кыргызстаном и Казахстаном с участием "
        "премьер-министров двух республик — Адылбека Касымалиева и Олжаса Бектенова."
    )
    assert {(p, c) for p, _, _, c in found} == {
        ("Адылбек Касымалиев", "Кыргызстан"),
        ("Олжас Бектенов", "Казахстан"),
    }


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Об этом заявил пресс-секретарь президента Казахстана Руслан Желдибай.",
         "пресс-секретарь"),
        ("Переговоры с командующим ВМС Индии Динешем Трипатхи прошли в Дели.", "командующий"),
    ],
)  # fmt: skip
def test_press_secretaries_and_commanders_hold_posts(text: str, post: str):
    assert any(r.startswith(post) for _, r, _, _ in posts(text))


def test_a_title_of_the_country_is_of_the_one_named_last():
    found = posts(
        "С министром обороны Турции встретился саудовский министр энергетики. Он сообщил, что "
        "король страны Салман бен Абдель Азиз принял приглашение посетить Анкару."
    )
    assert ("Салман бен Абдель Азиз", "король", "", "Саудовская Аравия") in found


def test_a_writer_before_the_agency_in_a_dateline_is_no_part_of_a_name():
    names = people(
        "Ош, 14.03.24. /Алия Маматова - Кабар/. Министр иностранных дел Кыргызстана Жээнбек "
        "Кулубаев встретился с послом Китая."
    )
    assert all("Кабар" not in n for n in names)
