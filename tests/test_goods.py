"""Goods one country sells or supplies to another: who sells, who buys, which goods.

Every sentence is written for these tests; each case pins one way news states a flow.
"""

from __future__ import annotations

import pytest

from diplograph.build import process
from diplograph.ingest import parse_article
from diplograph.rdf.mapping import MIN_CONFIDENCE


def flows(text: str) -> set[tuple[str, str, str]]:
    """(exporter, importer or "", good) of every export statement the graph shows (not held
    back below the confidence threshold)."""
    body = f"{text} Об этом сообщила пресс-служба правительства после заседания."
    article = parse_article(f"Новости региона: торговля\n2024-04-15\n\n{body}\n")
    resolution = process(article)
    labels = {e.key: e.label for e in resolution.entities}
    out = set()
    for st in resolution.statements:
        if st.kind == "export" and st.confidence >= MIN_CONFIDENCE:
            importer = st.role("importer")
            out.add(
                (
                    labels[st.role("exporter")[0]],
                    labels[importer[0]] if importer else "",
                    labels[st.role("commodity")[0]],
                )
            )
    return out


CASES = [
    (  # the buyer in the dative; the tagger may miss the case of a later item
        "Грузия продает Армении вино, сыр, минеральную воду.",
        {
            ("Грузия", "Армения", "вино"),
            ("Грузия", "Армения", "сыр"),
            ("Грузия", "Армения", "минеральная вода"),
        },
    ),
    (  # "из X в Y" after the goods
        "Стороны обсудили рост поставок нефти из Казахстана в Китай.",
        {("Казахстан", "Китай", "нефть")},
    ),
    (  # a country passed through is not the buyer
        "Министры договорились о поставках туркменской электроэнергии через Узбекистан в "
        "Таджикистан.",
        {("Туркменистан", "Таджикистан", "электроэнергия")},
    ),
    (  # ", а также" goes on with the list
        "Армения увеличит экспорт в Россию коньяка и сыра, а также продукции химии.",
        {
            ("Армения", "Россия", "коньяк"),
            ("Армения", "Россия", "сыр"),
            ("Армения", "Россия", "продукция химии"),
        },
    ),
    (  # a passive verb: the goods are its subject, their adjective the seller
        "Это соглашение, по которому иранская нефть через территорию Армении поставляется в "
        "Грузию.",
        {("Иран", "Грузия", "нефть")},
    ),
    (  # the seller by the adjective of its companies, the buyer inside the dative
        "Турецкие компании готовы поставлять железным дорогам Армении локомотивы.",
        {("Турция", "Армения", "локомотивы")},
    ),
    (  # a participle standing as an adjective ("сжиженный газ")
        "Туркменистан экспортирует в Афганистан электроэнергию, сжиженный газ и бензин.",
        {
            ("Туркменистан", "Афганистан", "электроэнергия"),
            ("Туркменистан", "Афганистан", "сжиженный газ"),
            ("Туркменистан", "Афганистан", "бензин"),
        },
    ),
    (  # buying from one and selling to it, two flows each as stated
        "Китай закупает у Казахстана пшеницу, а поставляет в Казахстан электронику.",
        {("Казахстан", "Китай", "пшеница"), ("Китай", "Казахстан", "электроника")},
    ),
    (  # what a list of goods is exchanged for is no second good of the seller: it goes back
        "Иран поставляет в Армению газ в обмен на электроэнергию.",
        {("Иран", "Армения", "газ"), ("Армения", "Иран", "электроэнергия")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_goods_their_seller_and_buyer(text: str, expected: set[tuple[str, str, str]]):
    assert flows(text) == expected


def test_a_seller_carried_over_from_the_clause_before_sells_to_its_partner():
    found = flows(
        "Узбекская сторона направит список товаров для поставки в Казахстан, а также "
        "предлагает нарастить поставки плодоовощной продукции и хлопка."
    )
    assert found == {
        ("Узбекистан", "Казахстан", "плодоовощная продукция"),
        ("Узбекистан", "Казахстан", "хлопок"),
    }


def test_goods_going_back_reverse_the_flow_just_stated():
    found = flows(
        "Узбекистан продает Таджикистану цемент и текстиль. "
        "Обратно идут грузовики с алюминием и сухофруктами."
    )
    assert found == {
        ("Узбекистан", "Таджикистан", "цемент"),
        ("Узбекистан", "Таджикистан", "текстиль"),
        ("Таджикистан", "Узбекистан", "алюминий"),
        ("Таджикистан", "Узбекистан", "сухофрукты"),
    }


def test_mutual_supplies_give_both_directions():
    found = flows(
        "Казахстан и Узбекистан обсудили торговлю. Обе страны нарастят взаимные поставки "
        "зерна и хлопка. Казахстан и Узбекистан подписали протокол."
    )
    assert found == {
        ("Казахстан", "Узбекистан", "зерно"),
        ("Казахстан", "Узбекистан", "хлопок"),
        ("Узбекистан", "Казахстан", "зерно"),
        ("Узбекистан", "Казахстан", "хлопок"),
    }


def test_transit_of_a_countrys_goods_is_its_export_transit_of_other_things_is_not():
    assert flows("Объем транзита азербайджанской нефти по территории Грузии вырастет.") == {
        ("Азербайджан", "", "нефть")
    }
    assert (
        flows("Новая линия обеспечит транзит китайского трафика по территории Казахстана.") == set()
    )


def test_a_dash_for_the_verb_states_the_flow_back():
    found = flows("Армения поставляет в Грузию коньяк и сыр, Грузия – вино и минеральную воду.")
    assert found == {
        ("Армения", "Грузия", "коньяк"),
        ("Армения", "Грузия", "сыр"),
        ("Грузия", "Армения", "вино"),
        ("Грузия", "Армения", "минеральная вода"),
    }


@pytest.mark.parametrize(
    ("text", "good"),
    [
        ("Казахстан поставит в Таджикистан 300 тыс. тонн пшеницы.", "пшеница"),
        ("Туркменистан поставит в Китай 40 млрд кубометров газа.", "газ"),
        ("Россия экспортировала в Армению 20 тыс. тонн муки.", "мука"),
    ],
)
def test_a_measure_before_the_goods_is_no_good(text, good):
    assert {g for _, _, g in flows(text)} == {good}


def test_a_seller_with_no_buyer_sells_to_the_other_side_of_the_article():
    found = flows(
        "Министр России встретился с коллегой из Казахстана. Россия и Казахстан наращивают "
        "торговлю. Россия готова увеличить поставки сахара и муки."
    )
    assert found == {("Россия", "Казахстан", "сахар"), ("Россия", "Казахстан", "мука")}


def test_goods_sent_to_somewhere_not_a_country_have_no_buyer():
    found = flows(
        "Министр России встретился с коллегой из Казахстана. Россия и Казахстан наращивают "
        "торговлю. Россия поставляет нефть на мировые рынки."
    )
    assert found == {("Россия", "", "нефть")}


@pytest.mark.parametrize(
    "text",
    [
        "Для организации взаимных поставок востребованной продукции Армения и Грузия создадут "
        "рабочую группу.",
        "Министр приедет в Ташкент, чтобы договориться об экспорте пакистанской продукции.",
        "Казахстан готов увеличить поставки в Россию качественной отечественной продукции.",
    ],
)
def test_products_said_only_to_be_good_or_of_a_country_name_no_goods(text):
    assert flows(text) == set()


def test_products_of_a_named_sector_are_goods():
    found = flows("Казахстан готов увеличить поставки в Россию молочной продукции.")
    assert found == {("Казахстан", "Россия", "молочная продукция")}


def test_a_country_in_the_genitive_after_the_goods_sells_them():
    found = flows(
        "Министр Алжира принял посла Италии. Основную долю выручки дают поставки нефти и "
        "газа Алжира, в то время как продажи итальянских машин в Алжир невелики."
    )
    assert found == {("Алжир", "Италия", "нефть"), ("Алжир", "Италия", "газ")}


def test_a_clause_set_against_the_first_keeps_its_own_flow():
    found = flows(
        "Казахстан поставляет в Китай уран, тогда как Китай экспортирует в Казахстан технику."
    )
    assert found == {("Казахстан", "Китай", "уран"), ("Китай", "Казахстан", "техника")}


def test_a_direction_in_a_later_clause_does_not_direct_the_goods():
    found = flows(
        "Премьер Индии провел переговоры с президентом России. Индия и Россия обсудили "
        "торговлю. Россия поставляла уголь, что вылилось в рост товарооборота."
    )
    assert found == {("Россия", "Индия", "уголь")}


def test_a_quantity_before_the_goods_is_no_good():
    assert flows("Казахстан поставил в Афганистан большое количество муки.") == {
        ("Казахстан", "Афганистан", "мука")
    }


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        ("Казахстан поставил в Афганистан большое количество муки, риса и гречки.", 3),
        ("Казахстан поставил в Афганистан крупную партию кукурузы и ячменя.", 2),
    ],
)
def test_every_good_after_a_quantity_is_supplied(text, goods):
    found = flows(text)
    assert {(s, b) for s, b, _ in found} == {("Казахстан", "Афганистан")}
    assert len(found) == goods


def test_a_capital_acting_stands_for_its_country():
    found = flows(
        "Министр Афганистана встретился с послом Туркменистана. Министр попросил Ашхабад "
        "увеличить поставки бензина, чтобы снизить цены в Афганистане."
    )
    assert found == {("Туркменистан", "Афганистан", "бензин")}
    assert flows("Астана готова нарастить экспорт пшеницы в Китай.") == {
        ("Казахстан", "Китай", "пшеница")
    }
    assert flows("Каракас намерен увеличить поставки нефти в Китай.") == {
        ("Венесуэла", "Китай", "нефть")
    }


def test_a_capital_as_the_place_of_talks_sells_nothing():
    assert flows("В Пекине стороны обсудили поставки газа в Китай.") == set()
