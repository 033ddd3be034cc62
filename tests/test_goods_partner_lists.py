"""Countries listed as the buyers or suppliers of goods, with the goods and the other side
named in the list's sentence or told by the flow before it.

Every sentence is written for these tests.
"""

from __future__ import annotations

from test_goods import flows


def test_a_list_of_other_importers_goes_on_with_the_goods_named_before():
    found = flows(
        "Армения отправила в Россию первую партию абрикосов. "
        "Среди других импортеров абрикосов – Грузия и Казахстан."
    )
    assert found == {
        ("Армения", "Россия", "абрикосы"),
        ("Армения", "Грузия", "абрикосы"),
        ("Армения", "Казахстан", "абрикосы"),
    }


def test_the_goods_adjective_names_the_seller_of_a_buyers_list():
    found = flows("Крупнейшими импортерами монгольской шерсти остаются Китай и Италия.")
    assert found == {("Монголия", "Китай", "шерсть"), ("Монголия", "Италия", "шерсть")}


def test_suppliers_listed_after_a_dash_send_to_the_country_named_with_в():
    found = flows("Ключевые поставщики бананов в Казахстан — Эквадор, Колумбия и Коста-Рика.")
    assert found == {
        ("Эквадор", "Казахстан", "бананы"),
        ("Колумбия", "Казахстан", "бананы"),
        ("Коста-Рика", "Казахстан", "бананы"),
    }


def test_a_place_in_a_ranking_of_importers_is_a_buyer():
    found = flows(
        "Армения наращивает экспорт коньяка. "
        "Третье место по импорту армянского коньяка занимает Беларусь."
    )
    assert ("Армения", "Беларусь", "коньяк") in found


def test_a_buyers_word_with_no_goods_and_no_flow_before_gives_nothing():
    assert flows("Главными покупателями на выставке стали Китай и Индия.") == set()


def test_a_ranking_of_buyers_goes_on_in_the_next_sentences():
    found = flows(
        "Основными покупателями туркменских фруктов и овощей стала Россия. "
        "На нее приходится 40% всех поставок. "
        "Далее идут Иран (14 %), Афганистан (12 %) и Пакистан (9 %)."
    )
    assert found == {
        ("Туркменистан", "Россия", "фрукты и овощи"),
        ("Туркменистан", "Иран", "фрукты и овощи"),
        ("Туркменистан", "Афганистан", "фрукты и овощи"),
        ("Туркменистан", "Пакистан", "фрукты и овощи"),
    }


def test_the_subject_said_to_remain_the_main_buyer_and_the_rest_of_the_top_five():
    found = flows(
        "Армения за май увеличила экспорт коньяка на треть. "
        "Россия осталась главным покупателем с долей в 60%. "
        "Также в первой пятерке расположились Франция (2 млн долларов) и Китай (1 млн)."
    )
    assert {("Армения", "Россия", "коньяк"), ("Армения", "Франция", "коньяк")} <= found
    assert ("Армения", "Китай", "коньяк") in found


def test_a_compound_role_noun_and_a_group_listed_after_a_colon():
    found = flows(
        "Монголия намерена экспортировать 2 млн тонн угля. Основными странами-покупателями "
        "будут Китай и государства Юго-Восточной Азии: Вьетнам, Таиланд и Лаос."
    )
    assert {
        ("Монголия", "Китай", "уголь"),
        ("Монголия", "Вьетнам", "уголь"),
        ("Монголия", "Таиланд", "уголь"),
        ("Монголия", "Лаос", "уголь"),
    } <= found


def test_a_ranking_word_without_a_ranking_before_names_no_buyer():
    found = flows("Экспорт шерсти вырос. Далее идут Китай и Италия по объему торговли.")
    assert ("", "Китай", "шерсть") not in found and all(f[1] != "Италия" for f in found)


def test_her_buyers_are_buyers_of_the_country_the_republic_stands_for():
    found = flows(
        "Россия поставляет в Казахстан пшеницу. "
        "Эксперт сообщил, что Киргизия собрала большой урожай пшеницы. "
        "Внешним рынкам республика готова поставить 50 тысяч тонн. "
        "Ее основными покупателями являются Турция и Иран."
    )
    assert ("Кыргызстан", "Турция", "пшеница") in found
    assert ("Кыргызстан", "Иран", "пшеница") in found
    assert ("Россия", "Турция", "пшеница") not in found


def test_a_possessive_of_another_gender_than_the_subject_before_points_elsewhere():
    found = flows(
        "Россия экспортирует пшеницу в Египет. "
        "Его основными поставщиками являются Франция и Румыния."
    )
    assert ("Франция", "Египет", "пшеница") in found
    assert ("Франция", "Россия", "пшеница") not in found
