"""An event between sides whose people the text does not name: one meeting with no
participant, where and when the text tells it, and nothing when it tells neither."""

from __future__ import annotations

from reading import meetings


def test_ministers_met_without_names_is_a_meeting_with_no_participant():
    found = meetings(
        "Министры иностранных дел Азербайджана, Грузии и Турции провели трехстороннюю "
        "встречу в Тбилиси. Они обсудили развитие транспортных коридоров."
    )
    assert found == [("", "Тбилиси", ())]


def test_a_named_session_of_a_joint_commission_is_kept_with_its_place_and_month():
    found = meetings(
        "Первое заседание межправительственной комиссии по экономическому сотрудничеству "
        "прошло в Душанбе в марте 2023 года."
    )
    assert found == [("2023-03", "Душанбе", ())]


def test_the_unnamed_event_takes_no_place_from_the_dateline():
    found = meetings(
        "Встреча лидеров двух государств состоялась в июне 2021 года. Тогда обсуждались "
        "вопросы торговли."
    )
    assert found == [("2021-06", "", ())]


def test_an_earlier_unnamed_meeting_is_another_event_beside_a_named_one():
    found = meetings(
        "Министр экономики Казахстана Серик Жумангарин провел в Астане переговоры с "
        "министром экономики Узбекистана Илхомом Норкуловым. Первое заседание "
        "межправительственного совета двух стран прошло в Ташкенте в мае 2022 года."
    )
    assert ("2022-05", "Ташкент", ()) in found
    assert len(found) == 2


def test_sides_signing_somewhere_name_no_meeting():
    assert meetings("Стороны подписали в Минске соглашение о поставках зерна.") == []


def test_an_unnamed_event_with_neither_place_nor_date_is_not_a_meeting():
    assert meetings("Министры двух стран провели встречу. Обсуждались вопросы энергетики.") == []


def test_a_meeting_of_leaders_to_come_is_not_a_meeting():
    assert meetings("Лидеры двух стран проведут встречу в Астане в следующем месяце.") == []
