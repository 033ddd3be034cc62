"""Infrastructure objects: their names, where they are and what they connect, across sentences.

Every sentence is written for these tests; each case pins one way news names an object or
says where it runs.
"""

from __future__ import annotations

import pytest

from diplograph.build import process
from diplograph.ingest import parse_article


def objects(text: str) -> dict[str, tuple[set[str], set[str]]]:
    """object label -> (places, connected places), gathered over all its statements."""
    # a closing sentence of no facts: a short text alone is no article
    body = f"{text} Об этом сообщила пресс-служба правительства после заседания."
    article = parse_article(f"Новости региона: транспорт и энергетика\n2024-04-15\n\n{body}\n")
    resolution = process(article)
    labels = {e.key: e.label for e in resolution.entities}
    out: dict[str, tuple[set[str], set[str]]] = {}
    for st in resolution.statements:
        if st.kind != "infrastructure":
            continue
        (key,) = st.role("object")
        places, connects = out.setdefault(labels[key], (set(), set()))
        places.update(labels[k] for k in st.role("place"))
        connects.update(labels[k] for k in st.role("connects"))
    return out


ROUTE_NAMES = [
    # one hyphenated word
    (
        "Нефтепровод Баку-Тбилиси-Эрзурум работает с 2007 года.",
        "нефтепровод Баку-Тбилиси-Эрзурум",
        {"Баку", "Тбилиси", "Эрзурум"},
    ),
    # in quotes, with spaced dashes
    (
        "Стороны обсудили железную дорогу «Казахстан – Узбекистан – Таджикистан».",
        "железная дорога «Казахстан – Узбекистан – Таджикистан»",
        {"Казахстан", "Узбекистан", "Таджикистан"},
    ),
    # places the gazetteer does not know, after a voltage
    (
        "Обсуждалась линия электропередачи 220 кВ Худжанд – Бекабад.",
        "линия электропередачи 220 кВ Худжанд – Бекабад",
        {"Худжанд", "Бекабад"},
    ),
]


@pytest.mark.parametrize(("text", "label", "ends"), ROUTE_NAMES)
def test_a_route_name_gives_the_places_it_connects(text, label, ends):
    found = objects(text)
    assert found[label][1] == ends


def test_a_latin_or_capital_code_names_the_object():
    found = objects("Министры обсудили поставки газа по газопроводу TAP и нефтепроводу КТК.")
    assert {"газопровод TAP", "нефтепровод КТК"} <= set(found)


def test_a_predicate_before_the_object_is_not_part_of_its_name():
    found = objects("Открыт газопровод Туркменистан-Китай, сообщили в министерстве.")
    assert "газопровод Туркменистан-Китай" in found


def test_a_route_passes_through_places_a_bridge_stands_over_one():
    found = objects(
        "Газопровод из Туркменистана через Узбекистан и Казахстан будет продлен. "
        "Строители завершили автомобильный мост через реку Пяндж."
    )
    assert found["газопровод"][1] == {"Туркменистан", "Узбекистан", "Казахстан"}
    assert found["автомобильный мост"][0] == {"Пяндж"}


def test_ends_from_the_verb_and_the_place_it_is_laid_along():
    found = objects(
        "По дну Черного моря будет проложена подводная линия связи. "
        "Линия связи будет проложена от Поти до румынского города Констанца."
    )
    # the second name is the first object, named shorter
    assert found == {"подводная линия связи": ({"Черное море"}, {"Поти", "Констанца"})}


def test_a_relative_clause_hung_on_the_last_word_of_a_name():
    found = objects(
        "Стороны ускорят строительство линии электропередачи 500 кВ Хуррам – Нурек, "
        "которая соединит энергосистемы Таджикистана и Узбекистана."
    )
    label = "линия электропередачи 500 кВ Хуррам – Нурек"
    assert found[label][1] == {"Хуррам", "Нурек", "Таджикистан", "Узбекистан"}


def test_a_pronoun_subject_says_where_the_route_named_before_begins_and_ends():
    found = objects(
        "Газопровод Россия – Китай будет построен к 2030 году. "
        "Начало он возьмет в Якутии и закончится в Шанхае."
    )
    assert {"Россия", "Китай", "Шанхай"} <= found["газопровод Россия – Китай"][1]


def test_its_length_passing_through_countries_is_of_the_route_named_before():
    found = objects(
        "Нефтепровод Баку – Супса открыли в 1999 году. Его протяженность составляет 830 км: "
        "400 км проходит по территории Азербайджана, 430 км - по территории Грузии."
    )
    assert {"Азербайджан", "Грузия"} <= found["нефтепровод Баку – Супса"][1]


def test_an_abbreviation_in_brackets_names_the_same_object():
    found = objects(
        "Стороны обсудили газопровод Туркменистан – Афганистан – Пакистан – Индия (ТАПИ). "
        "Строительство газопровода ТАПИ идет по плану."
    )
    # the label keeps the short form later sentences and readers use
    assert list(found) == ["газопровод Туркменистан – Афганистан – Пакистан – Индия (ТАПИ)"]


def test_plants_and_free_zones_are_no_infrastructure():
    found = objects(
        "В Навои построят солнечную электростанцию. Работу продолжит свободная "
        "экономическая зона «Навои»."
    )
    assert found == {}


def test_a_countrys_adjective_says_where_a_port_is_when_nothing_else_does():
    found = objects("Делегация осмотрела иранский порт «Бендер-Аббас».")
    assert found["порт «Бендер-Аббас»"][0] == {"Иран"}


def test_a_compound_adjective_names_the_countries_a_corridor_connects():
    found = objects("Стороны обсудили Казахстанско-Туркменский транспортный коридор.")
    assert found["Казахстанско-Туркменский транспортный коридор"][1] == {
        "Казахстан",
        "Туркменистан",
    }


def test_a_direction_is_not_where_an_object_is():
    found = objects(
        "Обсуждалась линия электропередачи Таджикистан – Афганистан, которая позволит "
        "поставлять электроэнергию в Афганистан."
    )
    assert found["линия электропередачи Таджикистан – Афганистан"][0] == set()


def test_a_tunnel_laid_through_a_pass_stands_in_it():
    found = objects("Китай поможет проложить тоннель через перевал Шахристан для новой дороги.")
    assert "тоннель" in found
    assert found["тоннель"][1] == set()


def test_a_bare_head_before_its_verb_is_the_route_named_before():
    found = objects(
        "Стороны обсудили железную дорогу Китай – Кыргызстан – Узбекистан. "
        "Магистраль соединит Кашгар с Андижаном."
    )
    assert list(found) == ["железная дорога Китай – Кыргызстан – Узбекистан"]
    assert {"Кашгар", "Андижан"} <= found["железная дорога Китай – Кыргызстан – Узбекистан"][1]


def test_objects_planned_in_the_plural_are_things_ports_in_general_are_not():
    found = objects(
        "Стороны обсудили строительство логистических центров вблизи казахско-узбекской "
        "границы и модернизацию морских портов на Каспии."
    )
    assert list(found) == ["логистические центры"]


def test_a_joint_railway_in_the_headline_is_the_one_the_body_names():
    found = objects(
        "Стороны подписали соглашение по совместной железной дороге. Речь идет о железной "
        "дороге «Казахстан – Туркменистан – Иран»."
    )
    assert list(found) == ["железная дорога «Казахстан – Туркменистан – Иран»"]


def test_a_road_named_by_its_ends():
    found = objects("Новая дорога Худжанд – Исфара сократит время в пути вдвое.")
    assert found["дорога Худжанд – Исфара"][1] == {"Худжанд", "Исфара"}


def test_a_railway_from_one_place_to_another():
    found = objects("Стороны обсудили строительство железной дороги от Торгунди до Герата.")
    assert found["железная дорога"][1] == {"Торгунди", "Герат"}


NAMED_BY_TOWN = [
    ("Казахстан расширяет порт Курык.", "порт Курык", "Курык"),
    (
        "Обсуждалась модернизация морского порта Туркменбаши.",
        "морской порт Туркменбаши",
        "Туркменбаши",
    ),
    ("Открылся речной порт Термез после реконструкции.", "речной порт Термез", "Термез"),
]


@pytest.mark.parametrize(
    "text",
    [
        "В международном аэропорту Ташкента гостя встретил премьер-министр.",
        "Стороны обсудили реконструкцию аэропорта Самарканд.",
    ],
)
def test_an_airport_is_a_place_not_an_infrastructure_row(text):
    assert objects(text) == {}


@pytest.mark.parametrize(("text", "label", "town"), NAMED_BY_TOWN)
def test_a_port_called_by_its_town_stands_there(text, label, town):
    assert objects(text)[label][0] == {town}


def test_a_country_adjective_still_says_where_a_named_port_is():
    assert objects("Иран модернизирует иранский порт Астара.")["порт Астара"][0] == {"Иран"}


@pytest.mark.parametrize(
    "text",
    [
        "Стороны обсудили развитие портов Актау и Курык.",
        "Министр назвал морские порты Актау и Курык воротами на запад.",
    ],
)
def test_a_plural_head_over_two_towns_is_two_objects(text):
    found = objects(text)
    names = {label.split()[-1]: places for label, (places, _) in found.items()}
    assert names == {"Актау": {"Актау"}, "Курык": {"Курык"}}


def test_a_long_quoted_route_lists_all_its_places():
    found = objects(
        "Обсуждался коридор «Китай – Казахстан – Актау – Баку – Поти – Европа» и его тарифы."
    )
    (connects,) = [c for _, c in found.values()]
    assert connects == {"Китай", "Казахстан", "Актау", "Баку", "Поти", "Европа"}


def test_a_short_form_in_brackets_belongs_to_the_name():
    found = objects("Министры обсудили газопровод Туркменистан – Афганистан – Индия (ТАИ).")
    assert list(found) == ["газопровод Туркменистан – Афганистан – Индия (ТАИ)"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Стороны обсудили строительство ж/д «Бишкек – Ош».", "железная дорога «Бишкек – Ош»"),
        ("Открыта новая ж/д Бишкек – Ош.", "железная дорога Бишкек – Ош"),
    ],
)
def test_zh_d_is_a_railway(text, label):
    assert objects(text)[label][1] == {"Бишкек", "Ош"}


def test_new_route_and_cable_words_head_objects():
    assert "Северный морской путь" in objects("Россия развивает Северный морской путь.")
    found = objects("Проект предусматривает прокладку электрокабеля из Грузии в Болгарию.")
    assert found["электрокабель"][1] == {"Грузия", "Болгария"}


def test_a_town_said_after_a_named_port_beats_its_name():
    found = objects("Терминал построят в морском порту Курык в Мангистауской области.")
    assert found["морской порт Курык"][0] == {"Мангистауская область"}


def test_a_town_beats_the_sea_on_whose_shore_a_port_stands():
    found = objects("Дорога свяжет Кашгар с портом Гвадар на побережье Аравийского моря.")
    assert found["порт Гвадар"][0] == {"Гвадар"}
