"""How news names a route by its code and tells its way: a code spelled by the places it
joins, a bare "магистраль" far after, what a route reaches, the land goods pass on their
way by it, a builder that is no end, a name given in honour, a town in brackets and a bare
place word ("на острове"). Every sentence is written for these tests."""

from __future__ import annotations

from test_objects import objects


def test_an_unnamed_route_whose_ends_spell_a_code_is_the_coded_route():
    found = objects(
        "Казахстан, Узбекистан и Китай обсудили газопровод, который соединит Казахстан, "
        "Узбекистан и Китай. Мощность трубопровода КУК составит 30 млрд кубометров в год."
    )
    assert found == {"трубопровод КУК": (set(), {"Казахстан", "Узбекистан", "Китай"})}


def test_a_bare_magistral_far_after_is_the_route_named_before():
    found = objects(
        "Казахстан начал строить нефтепровод «Запад – Восток». Работы займут три года. "
        "Стоимость проекта оценивается в два миллиарда долларов. "
        "Магистраль должна протянуться от Атырау через Актобе и достигнуть конечной "
        "точки – города Костанай."
    )
    ((_, connects),) = found.values()
    assert {"Атырау", "Актобе", "Костанай"} <= connects


def test_the_land_goods_pass_beside_a_route_is_a_land_it_joins():
    found = objects("Нефть будет поставляться через Грузию по нефтепроводу Баку – Супса.")
    assert found["нефтепровод Баку – Супса"][1] == {"Баку", "Супса", "Грузия"}


def test_a_builder_whose_town_is_an_end_is_no_end_of_its_own():
    found = objects(
        "Казахстан построит дорогу, которая соединит казахстанский Шымкент с узбекским Ташкентом."
    )
    ((_, connects),) = found.values()
    assert "Казахстан" not in connects
    assert {"Шымкент", "Ташкент"} <= connects


def test_a_port_named_in_someones_honour_keeps_the_name():
    found = objects("Иран расширяет порт имени Имама Хомейни на побережье Персидского залива.")
    assert list(found) == ["порт имени Имама Хомейни"]


def test_a_town_in_brackets_after_a_listed_port_is_where_it_stands():
    found = objects("Министры обсудили загрузку морских портов Актау и Баку (Алят).")
    assert found["морской порт Баку"][0] == {"Алят"}


def test_a_bare_island_word_is_the_island_named_before():
    found = objects(
        "Компании договорились о строительстве порта на острове Сахалин. "
        "Кроме того, документ предполагает создание на острове угольного терминала."
    )
    assert found["угольный терминал"][0] == {"Сахалин"}


def test_the_short_form_of_an_international_corridor_heads_its_name():
    found = objects("Стороны обсудили развитие МТК «Север – Юг» и рост перевозок.")
    assert list(found) == ["МТК «Север – Юг»"]


def test_one_hub_of_no_kind_of_its_own_is_no_object():
    found = objects("Открытие маршрута потребует организации единого логистического центра.")
    assert found == {}


def test_a_trade_and_logistics_complex_is_a_logistics_hub():
    found = objects(
        "В следующем году планируется запуск торгово-логистического комплекса на границе "
        "Казахстана и Китая."
    )
    assert list(found) == ["торгово-логистический комплекс"]


def test_an_object_the_text_says_is_not_there_is_no_row():
    found = objects(
        "Газ идет через соседние страны, так как нет трубопровода, соединяющего Туркменистан "
        "и Иран напрямую."
    )
    assert found == {}
