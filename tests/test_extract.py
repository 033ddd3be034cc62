"""Extraction and resolution on sentences written for these tests, varied like real news.

Each case is a short article (a headline and a few sentences) and the facts it must give, as
(kind, {role: label or [labels]}, {value: ...}) read off the resolved statements.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from reading import facts, rows

from diplograph.build import process
from diplograph.ingest import parse_article

POSTS = [
    (
        "Министр иностранных дел Узбекистана Бахтиёр Саидов прибыл в Анкару с официальным визитом.",
        ("Бахтиёр Саидов", "министр иностранных дел", "Узбекистан"),
    ),
    (
        "В Тбилиси прошли переговоры с министром экономики Грузии Леваном Давиташвили.",
        ("Леван Давиташвили", "министр экономики", "Грузия"),
    ),
    (
        "Гостя принял Ильхам Алиев, президент Азербайджана, сообщает пресс-служба.",
        ("Ильхам Алиев", "президент", "Азербайджан"),
    ),
    (
        "С казахстанской стороны в переговорах участвовал глава МИД Казахстана Ержан Ашикбаев.",
        ("Ержан Ашикбаев", "министр иностранных дел", "Казахстан"),
    ),
    (
        "Заместитель премьер-министра Таджикистана Сулаймон Давлатзода открыл форум в Душанбе.",
        ("Сулаймон Давлатзода", "заместитель премьер-министра", "Таджикистан"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), POSTS)
def test_post_title_with_country_before_or_after_the_name(text, expected):
    person, post, country = expected
    found = rows(facts(text), "post")
    assert {"holder": [person], "role": [post], "country": [country]} in [
        {k: v for k, v in r.items() if k in {"holder", "role", "country"}} for r in found
    ]


TRADE = [
    (
        "По итогам 2023 года товарооборот между Узбекистаном и Турцией составил 3,1 млрд долларов.",
        "turnover",
        Decimal("3100000000"),
        "equal",
        "2023",
    ),
    (
        "Товарооборот Грузии и Армении в 2022 году превысил $1,2 млрд.",
        "turnover",
        Decimal("1200000000"),
        "more_than",
        "2022",
    ),
    (
        "За январь–июнь 2024 года товарооборот России и Ирана достиг почти 2 млрд долларов.",
        "turnover",
        Decimal("2000000000"),
        "about",
        "2024-01/2024-06",
    ),
    (
        "Киргизия и Турция планируют довести товарооборот до 3 млрд долларов к 2030 году.",
        "target",
        Decimal("3000000000"),
        "",
        "2030",
    ),
]


@pytest.mark.parametrize(("text", "indicator", "amount", "comparison", "period"), TRADE)
def test_trade_figure_indicator_amount_comparison_period(
    text, indicator, amount, comparison, period
):
    found = rows(facts(text), "trade")
    assert len(found) == 1
    row = found[0]
    assert row["indicator"] == indicator
    assert row["amount"] == amount
    assert row.get("comparison", "") == comparison
    assert row.get("period") == period
    assert len(row["country"]) == 2  # type: ignore[arg-type]


def test_target_that_refers_back_keeps_the_countries():
    text = (
        "В 2023 году товарооборот между Венгрией и Турцией превысил 6 млрд евро. "
        "Стороны намерены довести его до 10 млрд евро."
    )
    found = rows(facts(text), "trade")
    assert [r["indicator"] for r in found] == ["turnover", "target"]
    assert sorted(found[1]["country"]) == ["Венгрия", "Турция"]  # type: ignore[type-var]


def test_compound_adjective_names_both_countries():
    text = "По итогам года российско-китайский товарооборот составил 240 млрд долларов."
    (row,) = rows(facts(text), "trade")
    assert sorted(row["country"]) == ["Китай", "Россия"]  # type: ignore[type-var]


def test_port_terminal_and_cable_with_places_and_ends():
    text = (
        "Стороны обсудили строительство контейнерного терминала в порту Поти. "
        "Также обсуждалась прокладка подводного кабеля по дну Черного моря между Поти и Констанцей."
    )
    found = rows(facts(text), "infrastructure")
    by_object = {r["object"][0]: r for r in found}  # type: ignore[index]
    assert by_object["контейнерный терминал"]["place"] == ["Поти"]  # the port's town
    cable = next(r for name, r in by_object.items() if "кабель" in name)
    assert cable["place"] == ["Черное море"]
    assert "Поти" in cable["connects"]  # type: ignore[operator]


def test_railway_named_by_its_ends():
    text = "Министры обсудили модернизацию железной дороги Баку – Тбилиси – Карс."
    (row,) = rows(facts(text), "infrastructure")
    assert row["object"] == ["железная дорога Баку – Тбилиси – Карс"]
    assert row["connects"] == ["Баку", "Тбилиси", "Карс"]


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        (
            "Иран планирует увеличить поставки в Туркменистан молочных и кондитерских изделий.",
            {"молочные изделия", "кондитерские изделия"},
        ),
        (
            "Казахстан нарастит экспорт в Китай растительного и сливочного масла.",
            {"растительное масло", "сливочное масло"},
        ),
        (
            "Пакистан готов увеличить поставки в Узбекистан цитрусовых и медицинских инструментов.",
            {"цитрусовые", "медицинские инструменты"},
        ),
    ],
)
def test_goods_sharing_a_noun_and_an_adjective_standing_for_one(text: str, goods: set[str]):
    found = rows(facts(text), "export")
    assert {r["commodity"][0] for r in found} == goods  # type: ignore[index]


def test_goods_listed_in_the_next_sentence_join_the_flow_named_before():
    text = (
        "Китайская сторона готова увеличить импорт казахстанской сельскохозяйственной "
        "продукции. Речь идет прежде всего о пшенице, ячмене и мясе."
    )
    found = rows(facts(text), "export")
    assert {r["commodity"][0] for r in found} == {  # type: ignore[index]
        "сельскохозяйственная продукция",
        "пшеница",
        "ячмень",
        "мясо",
    }
    assert all(r["exporter"] == ["Казахстан"] and r["importer"] == ["Китай"] for r in found)


@pytest.mark.parametrize(
    ("text", "goods", "exporter", "importer"),
    [
        (  # a side named by its country's adjective exports
            "Кыргызская сторона предложила увеличить поставки в Турцию фасоли, меда и сухофруктов.",
            {"фасоль", "мед", "сухофрукты"},
            "Кыргызстан",
            "Турция",
        ),
        (  # goods after a copula are the exports named before it
            "Основными статьями грузинского экспорта в Китай являются медная руда, вино и "
            "минеральная вода.",
            {"медная руда", "вино", "минеральная вода"},
            "Грузия",
            "Китай",
        ),
    ],
    ids=["side-by-adjective", "after-copula"],
)
def test_goods_their_exporter_and_importer(
    text: str, goods: set[str], exporter: str, importer: str
):
    found = rows(facts(text), "export")
    assert {r["commodity"][0] for r in found} == goods  # type: ignore[index]
    assert all(r["exporter"] == [exporter] and r["importer"] == [importer] for r in found)


def test_a_list_after_an_unrelated_sentence_is_not_goods():
    text = (
        "Узбекистан намерен нарастить экспорт в Россию плодоовощной продукции. "
        "Министры также обсудили туризм. Речь идет о новых маршрутах и гостиницах."
    )
    found = rows(facts(text), "export")
    assert [r["commodity"] for r in found] == [["плодоовощная продукция"]]


def test_a_route_named_before_connects_what_the_next_sentence_says():
    text = (
        "Стороны договорились ускорить строительство железной дороги Китай – Кыргызстан – "
        "Узбекистан. Новая магистраль длиной около 500 км соединит китайский Кашгар с "
        "узбекским Андижаном."
    )
    found = rows(facts(text), "infrastructure")
    assert {c for r in found for c in r.get("connects", [])} >= {"Кашгар", "Андижан"}  # type: ignore[attr-defined]
    assert {r["object"][0] for r in found} == {"железная дорога Китай – Кыргызстан – Узбекистан"}  # type: ignore[index]


def test_a_route_without_an_antecedent_connects_nothing():
    text = (
        "Министры обсудили поставки зерна. Этот маршрут соединяет Россию с Индией через "
        "территорию Ирана."
    )
    assert rows(facts(text), "infrastructure") == []


def test_a_countrys_adjective_before_a_place_is_not_the_place_connected():
    text = (
        "Экономический коридор Китай – Пакистан связывает китайский Кашгар с пакистанским "
        "портом Гвадар."
    )
    (row,) = [r for r in rows(facts(text), "infrastructure") if "оридор" in r["object"][0]]  # type: ignore[index]
    assert {"Кашгар", "Гвадар"} <= set(row["connects"])  # type: ignore[arg-type]


def test_a_railway_with_a_code_before_its_ends():
    text = "Министры подписали соглашение о модернизации железной дороги ML-2 Лахор – Мултан."
    (row,) = rows(facts(text), "infrastructure")
    assert row["object"] == ["железная дорога ML-2 Лахор – Мултан"]
    assert row["connects"] == ["Лахор", "Мултан"]


def test_in_it_places_an_object_in_the_one_named_before():
    text = (
        "Стороны обсудили расширение порта Поти и строительство в нем нового "
        "контейнерного терминала."
    )
    by_object = {r["object"][0]: r for r in rows(facts(text), "infrastructure")}  # type: ignore[index]
    terminal = next(r for name, r in by_object.items() if "терминал" in name)
    assert terminal["place"] == ["порт Поти"]


def _signed(title: str, body: str) -> list[dict[str, object]]:
    return rows(process(parse_article(f"{title}\n12 марта 2024\n\n{body}\n")), "signing")


def test_a_headline_signing_restated_by_the_body_is_one_document():
    found = _signed(
        "Грузия и Армения подписали меморандум по энергетике",
        "В Тбилиси министр экономики Грузии Леван Давиташвили и министр территориального "
        "управления Армении Давид Тоноян подписали меморандум о сотрудничестве в области "
        "энергетики. Документ рассчитан на пять лет.",
    )
    assert {r["document"][0] for r in found} == {"Меморандум о сотрудничестве в области энергетики"}  # type: ignore[index]
    assert {r["signatory"][0] for r in found} >= {"Леван Давиташвили"}  # type: ignore[index]


def test_a_headline_signing_alone_is_kept():
    found = _signed(
        "Грузия и Армения подписали меморандум по энергетике",
        "Министры экономики двух стран обсудили в Тбилиси торговлю и транзит грузов. "
        "Товарооборот между странами в прошлом году вырос на 10%.",
    )
    assert [r["document"][0] for r in found][:1] == ["Меморандум по энергетике"]  # type: ignore[index]


def test_ports_of_a_sea_are_a_direction_not_an_object():
    text = (
        "Пакистан предложил Узбекистану выход к портам Аравийского моря. "
        "Стороны обсудили строительство контейнерного терминала в порту Поти."
    )
    objects = [r["object"][0] for r in rows(facts(text), "infrastructure")]  # type: ignore[index]
    assert "контейнерный терминал" in objects
    assert not [o for o in objects if "Аравийск" in o]


def test_export_goods_with_exporter_and_importer():
    text = "Армения намерена нарастить экспорт в Грузию коньяка и строительных материалов."
    found = rows(facts(text), "export")
    assert {r["commodity"][0] for r in found} == {"коньяк", "строительные материалы"}  # type: ignore[index]
    assert all(r["exporter"] == ["Армения"] and r["importer"] == ["Грузия"] for r in found)
    assert all(r["status"] == "planned" for r in found)


def test_goods_adjective_names_the_exporter():
    text = "Турецкая сторона заинтересована в увеличении поставок узбекского хлопка."
    (row,) = rows(facts(text), "export")
    assert row["exporter"] == ["Узбекистан"] and row["importer"] == ["Турция"]


def test_fund_founders_capital_and_project():
    text = (
        "Стороны договорились о создании Кыргызско-турецкого фонда развития. "
        "Уставный капитал фонда составит 100 млн долларов. "
        "Средства фонда будут направлены на строительство текстильной фабрики в Оше."
    )
    found = rows(facts(text), "fund")
    funds = {r["fund"][0] for r in found}  # type: ignore[index]
    assert len(funds) == 1
    founders = {f for r in found for f in r.get("founder", [])}  # type: ignore[attr-defined]
    assert founders == {"Кыргызстан", "Турция"}
    assert any(r.get("capital") == Decimal("100000000") for r in found)
    assert any("текстильная фабрика" in r.get("project", []) for r in found)  # type: ignore[operator]


def test_signing_by_the_meeting_people_on_the_meeting_day():
    text = (
        "Министр энергетики Таджикистана Далер Шарипов и министр энергетики Узбекистана "
        "Журабек Мирзаев 14 апреля провели в Ташкенте переговоры. "
        "Министры подписали меморандум о сотрудничестве в области гидроэнергетики."
    )
    result = facts(text)
    (meeting,) = rows(result, "meeting")
    assert sorted(meeting["participant"]) == ["Далер Шарипов", "Журабек Мирзаев"]  # type: ignore[type-var]
    assert meeting["place"] == ["Ташкент"]
    assert meeting["date"] == "2024-04-14"
    (signing,) = rows(result, "signing")
    assert signing["document"][0].startswith("Меморандум о сотрудничестве")  # type: ignore[index]
    assert sorted(signing["signatory"]) == ["Далер Шарипов", "Журабек Мирзаев"]  # type: ignore[type-var]
    assert signing["date"] == "2024-04-14"


def test_a_document_to_be_signed_later_is_not_signed():
    text = "Соглашение о свободной торговле планируется подписать в ходе следующего визита."
    assert rows(facts(text), "signing") == []


def test_role_mention_resolves_to_the_named_holder():
    text = (
        "Министр иностранных дел Армении Арарат Мирзоян и министр иностранных дел Ирана "
        "Аббас Арагчи провели переговоры в Ереване. "
        "В конце встречи главы МИД Армении и Ирана подписали совместное заявление."
    )
    (signing,) = rows(facts(text), "signing")
    assert sorted(signing["signatory"]) == ["Аббас Арагчи", "Арарат Мирзоян"]  # type: ignore[type-var]


def test_surname_alone_is_the_same_person():
    text = (
        "Министр экономики Грузии Леван Давиташвили встретился с послом Китая. "
        "«Мы готовы к новым проектам», — сказал Давиташвили."
    )
    people = [e for e in facts(text).entities if e.kind == "person"]
    assert [p.label for p in people].count("Леван Давиташвили") == 1
    assert "Давиташвили" not in [p.label for p in people]


def test_a_city_brings_its_country_so_the_graph_conforms():
    from diplograph.rdf.mapping import article_graph
    from diplograph.shacl import validate

    result = facts(
        "Министр экономики Грузии Леван Давиташвили посетил порт Баку и провел там встречи."
    )
    conforms, report = validate(article_graph(result))
    assert conforms, report
    assert any(e.key == "country/azerbaijan" for e in result.entities)


def test_country_adjective_before_a_title_names_whose_post_it_is():
    text = (
        "Президент Казахстана Касым-Жомарт Токаев и узбекский президент Шавкат Мирзиёев "
        "провели переговоры в Ташкенте. По итогам встречи казахстанский лидер и президент "
        "Узбекистана подписали декларацию о союзнических отношениях."
    )
    (signing,) = rows(facts(text), "signing")
    assert sorted(signing["signatory"]) == ["Касым-Жомарт Токаев", "Шавкат Мирзиёев"]  # type: ignore[type-var]
