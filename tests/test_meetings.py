"""Meetings as the genre tells them: several per article, told apart by who met whom, where
and when; signings, visits, co-chairs and "стороны" read off the parse."""

from __future__ import annotations

from reading import meetings


def test_a_second_partner_of_one_minister_is_another_meeting():
    found = meetings(
        "Министр энергетики Грузии Леван Давиташвили провел в Тбилиси переговоры с министром "
        "энергетики Армении Давидом Тонояном. Кроме того, Давиташвили встретился с послом "
        "Ирана Ахмадом Ризаи."
    )
    assert ("", "Тбилиси", ("Давид Тоноян", "Леван Давиташвили")) in found
    assert any(people == ("Ахмад Ризаи", "Леван Давиташвили") for _, _, people in found)
    assert len(found) == 2


def test_the_signatories_meet_where_they_sign():
    found = meetings(
        "Министр торговли Казахстана Арман Шаккалиев и министр экономики Узбекистана "
        "Илхом Норкулов подписали в Самарканде соглашение о торговом доме."
    )
    assert found == [("", "Самарканд", ("Арман Шаккалиев", "Илхом Норкулов"))]


def test_signatories_after_a_meeting_join_it():
    found = meetings(
        "Премьер-министр Грузии Ираклий Гарибашвили 3 апреля провел в Тбилиси переговоры с "
        "премьер-министром Армении Никол Пашиняном. По итогам встречи министр экономики Грузии "
        "Леван Давиташвили и министр экономики Армении Ваан Керобян подписали меморандум."
    )
    assert len(found) == 1
    date, place, people = found[0]
    assert (date, place) == ("2024-04-03", "Тбилиси")
    assert {"Леван Давиташвили", "Ваан Керобян"} <= set(people)


def test_a_visit_to_a_country_without_a_city_takes_the_country():
    found = meetings(
        "Министр иностранных дел Латвии Андрис Спрудс, который посещает Туркменистан с "
        "визитом, встретился с министром иностранных дел Рашидом Мередовым."
    )
    assert found == [("", "Туркменистан", ("Андрис Спрудс", "Рашид Мередов"))]


def test_the_capital_of_a_country_is_the_country_when_the_city_is_not_named():
    found = meetings(
        "Президент Монголии Ухнаагийн Хурэлсух принял в своей резиденции главу Бурятии "
        "Алексея Цыденова. Цыденов впервые посещает столицу Монголии с рабочим визитом."
    )
    assert [(place, people) for _, place, people in found] == [
        ("Монголия", ("Алексей Цыденов", "Ухнаагийн Хурэлсух"))
    ]


def test_co_chairs_of_a_session_told_in_the_next_sentence_take_part():
    found = meetings(
        "В Душанбе 12 апреля состоялось заседание межправительственной комиссии. Мероприятие "
        "прошло под совместным председательством министра финансов Таджикистана Файзиддина "
        "Кахорзода и вице-премьера Беларуси Виктора Каранкевича."
    )
    assert found == [("2024-04-12", "Душанбе", ("Виктор Каранкевич", "Файзиддин Кахорзода"))]


def test_the_sides_are_the_people_named_just_before():
    found = meetings(
        "Аким Туркестанской области Дархан Сатыбалды открыл в Шымкенте вместе с хокимом "
        "Ташкентской области Зойиром Мирзаевым торговый центр. На встрече стороны обсудили "
        "развитие приграничной торговли."
    )
    assert found == [("", "Шымкент", ("Дархан Сатыбалды", "Зойир Мирзаев"))]


def test_a_telephone_call_has_no_place_not_even_the_datelines():
    found = meetings(
        "Баку, 5 апреля. /Корр./. Министр иностранных дел Азербайджана Джейхун Байрамов провел "
        "телефонный разговор с министром иностранных дел Венгрии Петером Сийярто."
    )
    assert [place for _, place, _ in found] == [""]


def test_a_meeting_to_come_is_not_a_meeting():
    found = meetings(
        "Министр транспорта Казахстана Марат Карабаев и министр транспорта Китая Ли Сяопэн "
        "провели переговоры в Пекине. Следующая встреча министров пройдет в Астане."
    )
    assert [place for _, place, _ in found] == ["Пекин"]


def test_a_speaker_at_a_meeting_takes_part_in_it():
    found = meetings(
        "Об этом сообщил посол Кувейта Мубарак аль-Анзи на встрече вице-премьера Армении Тиграна "
        "Хачатряна с министром финансов Кувейта Фахадом аль-Джараллой."
    )
    (row,) = found
    assert set(row[2]) == {"Мубарак аль-Анзи", "Тигран Хачатрян", "Фахад аль-Джаралла"}
