"""Which phrases with a word of infrastructure name no object of their own: an office for
roads, what a subject is said to be, a line that lies on a named route, one of a kind told
nowhere; and which do despite the tagger: a loanword it did not lemmatise, a route word
over a quoted name in the genitive.

Every sentence is written for these tests.
"""

from __future__ import annotations

from test_objects import objects


def test_a_ministry_of_roads_is_no_road():
    found = objects(
        "Министр железных дорог и транспорта Лаоса прибыл в Ханой. "
        "Стороны обсудили строительство моста Вьентьян – Ханой."
    )
    assert not any("дорог" in label for label in found)


def test_what_a_road_is_said_to_be_is_no_second_road():
    found = objects(
        "Строится автодорога Ош – Иркештам. "
        "Автодорога Ош – Иркештам является главной транспортной артерией Кыргызстана."
    )
    assert list(found) == ["автодорога Ош – Иркештам"]


def test_the_country_of_what_a_road_is_said_to_be_is_where_it_is():
    found = objects(
        "Автодорога Ош – Иркештам является главной экспортной автомагистралью Кыргызстана."
    )
    places, connects = found["автодорога Ош – Иркештам"]
    assert places == {"Кыргызстан"}
    assert connects == {"Ош", "Иркештам"}


def test_a_hub_the_lemmatiser_leaves_inflected_is_still_a_hub():
    found = objects("Инвесторы ждут запуска зернового хаба в порту Туркменбаши.")
    assert "зерновой хаб" in found


def test_a_hub_of_a_port_stands_in_the_ports_town():
    found = objects("Президент открыл логистический хаб порта Туркменбаши на прошлой неделе.")
    places, _ = next(v for k, v in found.items() if "хаб" in k)
    assert places == {"Туркменбаши"}


def test_a_terminal_of_a_project_in_a_port_stands_in_its_town():
    found = objects("Проект строительства зернового терминала «Колос» реализуют в порту Анаклия.")
    places, _ = next(v for k, v in found.items() if "терминал" in k)
    assert places == {"Анаклия"}


def test_a_line_on_a_section_of_a_named_railway_is_that_railway():
    found = objects(
        "Железная дорога «Мары – Серхетабат – Герат» пройдет через три провинции. "
        "Начнется строительство железнодорожной линии на участке «Мары – Серхетабат»."
    )
    assert not any(label.startswith("железнодорожная линия") for label in found)


def test_a_line_of_no_name_told_nowhere_is_no_object():
    found = objects(
        "Власти решили модернизировать железнодорожную линию, по которой зерно везут к причалам."
    )
    assert not found


def test_several_centres_planned_stay_though_told_nowhere():
    found = objects("Стороны обсудили строительство логистических центров.")
    assert "логистические центры" in found


def test_a_route_of_a_quoted_corridor_is_the_corridor():
    found = objects(
        "Министры договорились о модернизации маршрута «Трансарабского коридора», который "
        "пройдет через Оман, Саудовскую Аравию и Иорданию."
    )
    assert "Трансарабский коридор" in found
    assert found["Трансарабский коридор"][1] >= {"Оман", "Иордания"}


def test_a_sea_a_corridor_crosses_is_one_of_its_legs():
    found = objects("Стороны обсудили развитие Южного коридора Восток-Запад через Каспийское море.")
    label = next(k for k in found if "коридор" in k)
    assert "Каспийское море" in found[label][1]


def test_a_pipe_under_the_same_code_with_a_wider_head_is_the_same_pipe():
    found = objects(
        "Стороны обсудили газопровод ТАПИ. "
        "Строители ведут работы на туркменском отрезке трубопровода ТАПИ."
    )
    assert list(found) == ["газопровод ТАПИ"]


def test_a_corridor_from_a_gulf_to_a_sea_and_on_through_a_country_connects_all_three():
    found = objects(
        "Стороны затронули тему транспортного коридора от Аденского залива к Средиземному "
        "морю, опять через Иорданию."
    )
    assert found["транспортный коридор"][1] == {"Аденский залив", "Средиземное море", "Иордания"}


def test_a_transport_corridor_is_not_folded_into_an_energy_corridor():
    found = objects(
        "Рассмотрен энергетический коридор Иран – Армения – Грузия. "
        "Стороны затронули тему транспортного коридора от Аденского залива к Средиземному "
        "морю, опять через Армению."
    )
    assert "транспортный коридор" in found


def test_a_rail_service_along_a_route_is_the_rail_link_of_its_places():
    found = objects(
        "Президент призвал развивать железнодорожное сообщение по маршруту "
        "Ташкент — Термез — Мазари-Шариф."
    )
    label = "железнодорожное сообщение Ташкент — Термез — Мазари-Шариф"
    assert found[label][1] == {"Ташкент", "Термез", "Мазари-Шариф"}


def test_a_route_an_airline_opens_is_no_infrastructure():
    assert not objects("Авиакомпания откроет новый маршрут Алматы – Урумчи с 1 июня.")


def test_flights_along_a_route_are_no_infrastructure():
    assert not objects("Стороны договорились открыть прямой авиарейс по маршруту Ташкент – Анкара.")


def test_a_tourist_route_is_no_infrastructure():
    assert not objects("Туристический маршрут «Великий шелковый путь» привлек гостей.")


def test_goods_along_a_route_keep_the_route():
    assert "маршрут Алматы – Урумчи" in objects("Грузы пойдут по маршруту Алматы – Урумчи.")


def test_the_sides_that_discuss_several_corridors_are_no_ends_of_them():
    found = objects("Оман и Иордания договорились строить несколько транзитных коридоров.")
    assert all(not connects for _, connects in found.values())


def test_a_corridor_that_passes_and_ends_connects_its_last_country():
    found = objects(
        "Министры говорили о транспортном коридоре, который пойдет от Омана через Иорданию "
        "и закончится в Турции."
    )
    assert found["транспортный коридор"][1] >= {"Оман", "Иордания", "Турция"}


def test_a_quoted_name_after_the_way_a_pipe_runs_is_its_name():
    found = objects(
        "Стороны договорились проложить нефтепровод по территории Казахстана «Восточный путь»."
    )
    assert list(found) == ["нефтепровод «Восточный путь»"]
    places, connects = found["нефтепровод «Восточный путь»"]
    assert "Казахстан" in places | connects


def test_a_network_of_roads_is_one_object():
    found = objects("Казахстан расширит грузоперевозки по сети европейских автодорог.")
    assert "сеть европейских автодорог" in found
