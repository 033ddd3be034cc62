"""A description of words of its kind alone, saying nothing of where, is the object the
article names (extract/objectfacts.py, absorbed).

Every sentence is written for these tests.
"""

from __future__ import annotations

from test_objects import objects


def test_a_later_plain_description_is_the_object_named_before():
    found = objects(
        "Министры осмотрели нефтепровод Атырау – Самара. "
        "Стороны договорились продлить контракт на транзит по нефтепроводу. "
        "Магистральный нефтепровод работает без перебоев."
    )
    assert set(found) == {"нефтепровод Атырау – Самара"}


def test_a_plain_description_before_the_only_named_object_is_that_object():
    found = objects(
        "Правительство одобрило проект транспортного коридора. "
        "Маршрут Термез – Мазари-Шариф – Пешавар сократит время доставки грузов."
    )
    assert "транспортный коридор" not in found


def test_a_description_with_its_own_ends_stays_an_object():
    found = objects(
        "Обсуждался газопровод Восток – Запад. "
        "Стороны решили проложить новый газопровод из Ирана в Армению."
    )
    assert any(connects >= {"Иран", "Армения"} for _, connects in found.values())
    assert "газопровод Восток – Запад" in found


def test_an_ordinal_tells_a_second_object_apart():
    found = objects(
        "Через реку уже действует мост Джульфа – Нахичевань. "
        "В следующем году откроют второй автомобильный мост."
    )
    assert "второй автомобильный мост" in found


def test_a_description_sharing_an_end_with_the_named_route_is_that_route():
    found = objects(
        "Правительство Узбекистана одобрило проект железной дороги Ташкент – Самарканд – "
        "Бухара. По проекту будет построена магистральная железная дорога от Ташкента до "
        "Бухары через Гулистан и Джизак."
    )
    assert set(found) == {"железная дорога Ташкент – Самарканд – Бухара"}
    assert {"Гулистан", "Джизак"} <= found["железная дорога Ташкент – Самарканд – Бухара"][1]


def test_a_description_sharing_no_end_with_the_named_route_stays_its_own():
    found = objects(
        "Стороны обсудили железную дорогу Ташкент – Самарканд. По плану будет построена "
        "магистральная железная дорога от Алматы до Шымкента."
    )
    assert len(found) == 2
