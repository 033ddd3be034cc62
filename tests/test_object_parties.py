"""The countries that agree on, plan, build or open a route are what it connects when the text
names no other ends (extract/objectparties.py).

Every sentence is written for these tests.
"""

from __future__ import annotations

from test_objects import objects


def test_two_countries_agreeing_to_build_a_pipeline_are_its_ends():
    found = objects("Польша и Литва решили ускорить строительство газопровода.")
    _, connects = found["газопровод"]
    assert connects == {"Польша", "Литва"}


def test_the_countries_of_a_plural_title_are_the_ends():
    found = objects(
        "Министры транспорта Казахстана и Туркменистана обсудили прокладку новой железной дороги."
    )
    assert any(connects == {"Казахстан", "Туркменистан"} for _, connects in found.values())


def test_one_country_opening_a_route_elsewhere_is_where_it_starts():
    found = objects("Индия откроет морской маршрут в Иран через Оман.")
    assert any(connects >= {"Индия", "Иран"} for _, connects in found.values())


def test_named_ends_are_not_joined_by_the_parties():
    found = objects("Китай и Казахстан договорились построить железную дорогу Алматы – Урумчи.")
    _, connects = found["железная дорога Алматы – Урумчи"]
    assert connects == {"Алматы", "Урумчи"}


def test_one_country_with_no_other_end_gives_none():
    found = objects("Грузия построит новую автомобильную дорогу.")
    assert not any(connects for _, connects in found.values())


def test_a_port_is_not_joined_by_its_builders():
    found = objects("Япония и Вьетнам договорились расширить порт Дананг.")
    _, connects = found["порт Дананг"]
    assert not connects


def test_the_parties_give_way_to_ends_the_article_names_elsewhere():
    found = objects(
        "Эстония и Латвия построят мост через реку. "
        "Мост через реку соединит город Валга с городом Валка."
    )
    connects = set().union(*(c for _, c in found.values()))
    assert "Валга" in connects
    assert not connects & {"Эстония", "Латвия"}


def test_a_country_helping_to_dig_a_tunnel_for_a_railway_is_no_end_of_it():
    found = objects(
        "Япония поможет проложить тоннель через хребет для железной дороги, "
        "которая свяжет столицу Киргизии с Иссык-Кулем."
    )
    assert not any("Япония" in connects for _, connects in found.values())
