"""One country's trade told partner by partner: each figure is the owner's trade with the
partner told with it, never the partners' trade with each other.

Every sentence is written for these tests.
"""

from __future__ import annotations

from reading import facts as read
from reading import rows


def trade(text: str, date: str = "2024-04-15") -> list[tuple[str, ...]]:
    found = rows(read(text, date, title="Статистика внешней торговли"), "trade")
    return sorted(
        (
            *sorted(str(c) for c in r["country"]),  # type: ignore[attr-defined]
            str(r["indicator"]),
            str(r["amount"]),
            str(r.get("period", "")),
        )
        for r in found
    )


def test_partners_listed_respectively_pair_with_the_owner():
    text = (
        "По итогам 2023 года товарооборот Армении с Россией составил $7,1 млрд. "
        "Товарооборот с Грузией и Ираном составил $910 млн и $720 млн соответственно, "
        "а с Китаем – $1,3 млрд."
    )
    found = trade(text)
    assert ("Армения", "Грузия", "turnover", "910000000", "2023") in found
    assert ("Армения", "Иран", "turnover", "720000000", "2023") in found
    assert ("Армения", "Китай", "turnover", "1300000000", "2023") in found
    assert not [r for r in found if "Армения" not in r]


def test_a_ranking_of_trade_partners_with_figures_in_brackets():
    text = (
        "Главным торговым партнером Молдовы в 2022 году стала Румыния: товарооборот Молдовы "
        "с Румынией составил $2,4 млрд. В тройку крупнейших торговых партнеров Молдовы "
        "также вошли Украина ($1,1 млрд) и Турция ($800 млн)."
    )
    found = trade(text)
    assert ("Молдова", "Украина", "turnover", "1100000000", "2022") in found
    assert ("Молдова", "Турция", "turnover", "800000000", "2022") in found
    assert not [r for r in found if "Молдова" not in r]


def test_a_partner_ranked_with_a_dash_is_the_owners_partner():
    text = (
        "Основным торговым партнером Кыргызстана остается Китай. Товарооборот Кыргызстана "
        "с Казахстаном вырос. В общем объеме товарооборота с зарубежными странами второе "
        "место занимает Россия — более $2,5 млрд."
    )
    found = trade(text)
    assert [r[:2] for r in found] == [("Кыргызстан", "Россия")]


def test_a_figure_naming_only_its_partner_is_the_owners_trade():
    text = (
        "Главный торговый партнер Таджикистана – Китай. Товарооборот Таджикистана с Китаем "
        "вырос. Экспорт таджикских товаров в Казахстан увеличился. "
        "Объем товарооборота с Ираном за год составил более $300 млн."
    )
    found = trade(text)
    assert ("Иран", "Таджикистан", "turnover", "300000000", "") in found
    assert not [r for r in found if "Казахстан" in r]


def test_a_partner_named_by_a_relative_word():
    text = (
        "Главный торговый партнер Таджикистана – Китай. Товарооборот Таджикистана вырос. "
        "Второе место занимает Иран, товарооборот с которым составил $200 млн."
    )
    assert ("Иран", "Таджикистан", "turnover", "200000000", "") in trade(text)


def test_a_countrys_trade_with_the_world_gives_no_row():
    text = (
        "Товарооборот Армении с Ираном в 2023 году составил $700 млн. "
        "В целом внешнеторговый оборот Армении за год достиг $19 млрд."
    )
    found = trade(text)
    assert [r[3] for r in found] == ["700000000"]


def test_the_two_countries_are_those_of_the_sentence_before():
    text = (
        "Узбекистан и Казахстан обсудили транзит. Основным партнером Монголии остается "
        "Япония. Товарооборот между двумя странами в 2023 году составил $1,2 млрд."
    )
    assert trade(text) == [("Монголия", "Япония", "turnover", "1200000000", "2023")]


def test_a_growth_an_enabling_verb_tells_as_done_is_no_target():
    text = (
        "Сотрудничество Армении и Ирана позволило нарастить товарооборот с 300 млн долларов "
        "в 2015 году до 700 млн долларов в 2023-м."
    )
    found = trade(text)
    assert ("Армения", "Иран", "turnover", "300000000", "2015") in found
    assert ("Армения", "Иран", "turnover", "700000000", "2023") in found


def test_a_figure_told_in_the_future_is_a_target():
    text = "Мы закончим этот год с товарооборотом Армении и Ирана в 1 млрд долларов."
    assert [r[2] for r in trade(text)] == ["target"]


def test_a_potential_increase_is_a_target():
    text = (
        "Товарооборот между Арменией и Ираном в прошлом году достиг $700 млн, и есть "
        "потенциал для его увеличения до $3 млрд."
    )
    found = trade(text)
    assert ("Армения", "Иран", "target", "3000000000", "") in [(*r[:4], "") for r in found]


def test_the_export_part_of_a_figure_is_no_turnover():
    text = (
        "Объем товарооборота Армении с Ираном в 2023 году составил $700 млн, свыше $400 млн "
        "из которых приходится на долю экспорта армянских товаров."
    )
    assert [r[3] for r in trade(text)] == ["700000000"]


def test_a_figure_after_its_partner_and_one_after_a_dash():
    text = "Товарооборот Армении с Россией составил $7 млрд, а с Грузией – $900 млн."
    found = trade(text)
    assert [r[:2] for r in found] == [("Армения", "Грузия"), ("Армения", "Россия")]


def test_trade_with_a_region_of_a_federation_named_alone_gives_no_row():
    text = (
        "Премьер Казахстана встретился с главой Якутии. Стороны отметили потенциал поставок "
        "с Якутией. За январь – ноябрь товарооборот составил порядка $50 млн."
    )
    assert trade(text) == []


def test_a_regions_trade_with_its_partner_is_no_row_of_the_country():
    text = (
        "Товарооборот Армении с Ираном вырос. "
        "Товарооборот Сюникской области с Ираном в 2023 году составил $90 млн."
    )
    assert trade(text) == []


def test_partners_listed_with_a_colon():
    text = "Товарооборот Грузии в 2023 году по партнерам: Турция: $2,1 млрд, Россия: $1,8 млрд."
    found = trade(text)
    assert ("Грузия", "Турция", "turnover", "2100000000", "2023") in found
    assert ("Грузия", "Россия", "turnover", "1800000000", "2023") in found
