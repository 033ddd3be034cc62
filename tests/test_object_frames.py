"""Objects whose places the text gives around them rather than in their name: a hyphened
town kept whole, "от X до Y" after a bare head, "до X", ends named before the verb that
opens it, a port placed once for the article, "первый" with no second.

Every sentence is written for these tests.
"""

from __future__ import annotations

from test_objects import objects


def test_a_hyphened_town_after_a_port_is_one_place():
    found = objects("Иран расширит порт Бандар-Ленге на побережье залива.")
    places, connects = found["порт Бандар-Ленге"]
    assert "Бандар-Ленге" in places
    assert not connects


def test_a_dashed_pair_of_towns_in_one_word_is_still_a_route():
    found = objects("Обсуждалась линия электропередачи Рогун–Кайраккум.")
    _, connects = found["линия электропередачи Рогун–Кайраккум"]
    assert connects == {"Рогун", "Кайраккум"}


def test_a_bare_line_run_from_a_town_to_a_town_connects_them():
    found = objects("Начнется строительство ЛЭП от Турсунзаде до Денау.")
    assert any(connects >= {"Турсунзаде", "Денау"} for _, connects in found.values())


def test_a_railway_up_to_a_country_connects_it():
    found = objects("Завершено строительство железной дороги до Ирана.")
    assert any("Иран" in connects for _, connects in found.values())


def test_a_bridge_opened_between_two_towns_connects_them():
    found = objects("Между Джульфой и городом Ордубад открыли автомобильный мост через реку Аракс.")
    _, connects = found["автомобильный мост"]
    assert {"Ордубад"} <= connects


def test_a_later_terminal_stands_where_the_first_one_does():
    found = objects(
        "Компания вложит средства в строительство контейнерного терминала в Египте. "
        "Второй контейнерный терминал даст работу тысячам людей."
    )
    places, _ = found["второй контейнерный терминал"]
    assert places == {"Египет"}


def test_first_with_no_second_is_no_part_of_the_name():
    found = objects("В Нахичевани открыли первый автомобильный мост между Азербайджаном и Ираном.")
    assert "автомобильный мост" in found
    assert not any(label.startswith("первый") for label in found)


def test_a_sea_of_two_words_is_one_stop_of_a_route():
    found = objects("Стороны обсудили коридор Казахстан — Каспийское море — Азербайджан — Грузия.")
    _, connects = found["коридор Казахстан — Каспийское море — Азербайджан — Грузия"]
    assert connects == {"Казахстан", "Каспийское море", "Азербайджан", "Грузия"}


def test_the_country_in_brackets_after_a_stop_is_no_stop():
    found = objects("Грузы пойдут по маршруту Термез (Узбекистан) – Мазари-Шариф (Афганистан).")
    assert any(connects == {"Термез", "Мазари-Шариф"} for _, connects in found.values())
