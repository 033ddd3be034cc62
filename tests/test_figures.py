"""Trade figures and funds: amounts, periods, the countries and founders they belong to.

Every sentence is written for these tests; each case pins one way news says a figure.
"""

from __future__ import annotations

import pytest
from reading import facts as read
from reading import funds, rows

from diplograph.build import process
from diplograph.ingest import parse_article
from diplograph.resolve import Resolution


def facts(text: str, date: str = "2024-04-15") -> Resolution:
    return read(text, date, title="Новости региона: экономика и торговля")


def test_dollars_of_the_usa_are_a_currency_not_a_country():
    text = "Товарооборот Армении и Ирана в 2023 году составил 700 млн долларов США."
    (row,) = rows(facts(text), "trade")
    assert sorted(row["country"]) == ["Армения", "Иран"]  # type: ignore[type-var]
    assert row["currency"] == "USD"


def test_last_year_is_the_year_before_publication():
    text = "В прошлом году товарооборот между Грузией и Арменией достиг 900 млн долларов."
    (row,) = rows(facts(text, "2024-04-15"), "trade")
    assert row["period"] == "2023"
    assert row["comparison"] == "equal"


def test_a_figure_referred_back_to_is_a_target_for_the_same_countries():
    for second in (
        "Президенты договорились увеличить его до 2 млрд долларов.",
        "Стороны нацелены нарастить этот показатель до 2 млрд долларов.",
        "К 2027 году эта цифра достигнет 2 млрд долларов.",
    ):
        text = f"Товарооборот Туркменистана и Таджикистана достиг 800 млн долларов. {second}"
        found = rows(facts(text), "trade")
        target = [r for r in found if r["indicator"] == "target"]
        assert len(target) == 1, second
        assert sorted(target[0]["country"]) == ["Таджикистан", "Туркменистан"]  # type: ignore[type-var]
        assert target[0]["amount"] == 2000000000


def test_an_elliptic_figure_takes_the_currency_of_the_one_before():
    text = (
        "Товарооборот Армении и Ирана в прошлом году составил 700 млн долларов. "
        "За первый квартал этого года – более 200 миллионов."
    )
    found = rows(facts(text, "2024-05-20"), "trade")
    quarter = [r for r in found if r["amount"] == 200000000]
    assert len(quarter) == 1
    assert quarter[0]["currency"] == "USD"
    assert quarter[0]["comparison"] == "more_than"
    assert quarter[0]["period"] == "2024-01/2024-03"


def test_a_bare_quantity_of_something_else_is_no_figure():
    text = (
        "Товарооборот Армении и Ирана в прошлом году составил 700 млн долларов. "
        "За первый квартал – более 2 млн тонн грузов."
    )
    assert len(rows(facts(text), "trade")) == 1


def test_a_headline_figure_restated_with_its_year_is_one_figure():
    article = parse_article(
        "Армения и Иран намерены довести товарооборот до $3 млрд\n2024-04-15\n\n"
        "Министры Армении и Ирана провели переговоры в Ереване. «Мы намерены довести "
        "товарооборот до $3 млрд к 2028 году», — заявил министр.\n"
    )
    (row,) = rows(process(article), "trade")
    assert row["period"] == "2028"


def test_the_subjects_of_creating_are_founders_and_the_size_is_the_capital():
    text = (
        "Армения и Иран намерены создать инвестфонд объемом до 300 млн долларов. "
        "Об этом говорилось на заседании межправительственной комиссии."
    )
    ((_label, (founders, capitals)),) = funds(facts(text)).items()
    assert founders == {"Армения", "Иран"}
    assert capitals == {300000000}


def test_contributors_are_founders_an_existing_fund_among_them():
    text = (
        "Казахстан и Венгрия планируют создать Казахстанско-Венгерский инвестиционный фонд "
        "с суммой в $400 млн. Половину средств выделит Фонд национального благосостояния "
        "Казахстана, еще 200 млн - Венгерский банк развития."
    )
    ((label, (founders, capitals)),) = funds(facts(text)).items()
    assert label == "Казахстанско-Венгерский инвестиционный фонд"
    assert {"Казахстан", "Венгрия"} <= founders
    assert capitals == {400000000}


def test_a_share_each_puts_in_is_no_capital_and_their_efforts_make_founders():
    text = (
        "Таджикско-китайский инвестфонд составит $600 млн. Таджикистан и Китай внесут по "
        "$300 млн в совместный инвестиционный фонд. Фонд будет создан общими усилиями "
        "Государственного инвестиционного фонда Таджикистана и фонда развития Китая."
    )
    ((_label, (founders, capitals)),) = funds(facts(text)).items()
    assert capitals == {600000000}
    assert {"Таджикистан", "Китай"} <= founders
    assert len(founders) == 4


def test_its_capital_is_the_capital_of_the_fund_opened_before_not_the_plan():
    text = (
        "Министры открыли в Бишкеке Кыргызско-Казахский фонд развития. "
        "Его уставной капитал составил 40 млн долларов США, но его доведут до 100 млн "
        "долларов США."
    )
    ((_label, (founders, capitals)),) = funds(facts(text)).items()
    assert founders == {"Казахстан", "Кыргызстан"}
    assert capitals == {40000000}


def test_what_a_fund_will_not_finance_is_no_project():
    text = (
        "Стороны договорились создать совместный инвестиционный фонд. Такие проекты, как "
        "газопровод «Южный поток», финансироваться из фонда не будут."
    )
    assert all("project" not in r for r in rows(facts(text), "fund"))


def test_a_past_figure_referred_back_to_is_a_turnover_of_the_same_countries():
    text = (
        "Товарооборот Армении и Грузии за первое полугодие составил 500 млн долларов. "
        "В прошлом году этот показатель превысил 1,1 млрд долларов."
    )
    found = rows(facts(text), "trade")
    year = [r for r in found if r["amount"] == 1100000000]
    assert len(year) == 1 and year[0]["indicator"] == "turnover"
    assert year[0]["comparison"] == "more_than" and year[0]["period"] == "2023"


def test_approaching_a_figure_is_about_it():
    text = "В 2023 году товарооборот Грузии и Турции приблизился к 2 млрд долларов."
    (row,) = rows(facts(text), "trade")
    assert row["comparison"] == "about"


def test_a_target_referred_back_to_may_leave_its_currency_to_the_figure_before():
    text = (
        "Товарооборот Армении и Ирана в 2023 году составил 700 млн долларов. "
        "Лидеры договорились увеличить его до 3 миллиардов."
    )
    target = [r for r in rows(facts(text), "trade") if r["indicator"] == "target"]
    assert [(r["amount"], r["currency"]) for r in target] == [(3000000000, "USD")]


def test_founders_named_in_the_sentence_that_creates_the_fund():
    text = (
        "Стороны договорились создать совместный инвестиционный фонд объемом 200 млн "
        "долларов, учредителями которого станут Национальный банк Армении и Фонд развития "
        "Грузии."
    )
    ((_label, (founders, _capitals)),) = funds(facts(text)).items()
    assert founders == {"Национальный банк Армении", "Фонд развития Грузии"}


def test_a_fund_created_to_finance_projects_is_not_its_own_project():
    text = (
        "Для финансирования совместных проектов будет создан Армяно-грузинский "
        "инвестиционный фонд с капиталом 50 млн долларов."
    )
    assert all("project" not in r for r in rows(facts(text), "fund"))


def test_a_trade_target_after_a_figure_may_leave_its_currency_to_it():
    text = (
        "Объем торговли Туркменистана и Афганистана в 2024 году вырос до 1,2 млрд долларов. "
        "В текущем году стороны рассчитывают на рост товарооборота до 2 млрд."
    )
    target = [r for r in rows(facts(text, "2025-02-20"), "trade") if r["indicator"] == "target"]
    assert [(r["amount"], r["currency"], r["period"]) for r in target] == [
        (2000000000, "USD", "2025")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Армения и Иран учредят совместный фонд развития промышленности объемом 50 млрд юаней "
        "и начальным капиталом 5 млрд юаней. Армяно-Иранский фонд развития промышленности "
        "заработает в мае.",
        "Армения и Иран учредят Армяно-Иранский фонд развития промышленности с начальным "
        "капиталом 5 млрд юаней и общим объемом 50 млрд юаней.",
    ],
)
def test_the_initial_tranche_is_no_capital_and_a_joint_fund_is_its_full_name(text):
    ((label, (founders, capitals)),) = funds(facts(text)).items()
    assert label.lower() == "армяно-иранский фонд развития промышленности"
    assert founders == {"Армения", "Иран"}
    assert capitals == {50000000000}


def test_an_initial_capital_alone_is_the_capital():
    text = "Армения и Иран создадут совместный фонд с первоначальным капиталом в $300 млн."
    ((_label, (_founders, capitals)),) = funds(facts(text)).items()
    assert capitals == {300000000}


def test_a_headline_capital_gives_way_to_the_body():
    article = parse_article(
        "Армения и Иран создадут фонд объемом около $7 млрд\n2024-04-15\n\n"
        "Армения и Иран создадут совместный инвестиционный фонд объемом 50 млрд юаней. "
        "Об этом сообщили в правительстве после заседания комиссии.\n"
    )
    ((_label, (_founders, capitals)),) = funds(process(article)).items()
    assert capitals == {50000000000}


@pytest.mark.parametrize(
    ("text", "founder"),
    [
        (
            "Соглашение предусматривает учреждение странами ШОС фонда развития с уставным "
            "капиталом 300 млн долларов США. Фонд будет финансировать проекты в странах ШОС.",
            "ШОС",
        ),
        (
            "Документ предусматривает создание Арменией совместного инвестиционного фонда "
            "объемом 1 млрд долларов.",
            "Армения",
        ),
    ],
)
def test_who_creates_in_the_instrumental_is_a_founder_members_of_an_org_no_project(text, founder):
    resolution = facts(text)
    ((_label, (founders, _capitals)),) = funds(resolution).items()
    assert founders == {founder}
    assert not [r for r in rows(resolution, "fund") if "project" in r]


@pytest.mark.parametrize(
    "text",
    [
        "Инвестфонд будет создан Арменией и Ираном, его объем составит 1 млрд долларов.",
        "Армения и Иран создадут совместный инвестфонд объемом 1 млрд долларов.",
    ],
)
def test_investfond_is_written_out_and_the_passive_agents_found_it(text):
    ((label, (founders, capitals)),) = funds(facts(text)).items()
    assert label.endswith("инвестиционный фонд")
    assert founders == {"Армения", "Иран"}
    assert capitals == {1000000000}


@pytest.mark.parametrize(
    "text",
    [
        "Программа предусматривает достижение объема торговли между Грузией и Арменией "
        "в 5 млрд долларов к 2030 году.",
        "Министры говорили о доведении товарооборота Грузии и Армении до 5 млрд долларов.",
        "Впоследствии Грузия и Армения будут нацелены на взаимную торговлю объемом 5 млрд "
        "долларов.",
        "Товарооборот Грузии и Армении должен составить 5 млрд долларов к 2030 году.",
    ],
    ids=["achieving", "bringing-to", "aimed-at", "due-by"],
)
def test_an_aim_stated_by_a_noun_or_a_due_date_after_the_figure_is_a_target(text):
    (row,) = rows(facts(text), "trade")
    assert row["indicator"] == "target"


def test_a_figure_reached_by_a_date_is_a_turnover_a_date_to_come_a_target():
    reached = "К концу 2023 года товарооборот между Грузией и Арменией достиг 2 млрд долларов."
    (row,) = rows(facts(reached), "trade")
    assert (row["indicator"], row["period"]) == ("turnover", "2023")
    due = (
        "Стороны договорились, что к 2030 году товарооборот между Грузией и Арменией "
        "достигнет 3 млрд долларов."
    )
    (row,) = rows(facts(due), "trade")
    assert (row["indicator"], row["period"]) == ("target", "2030")


def test_exports_alone_and_a_number_cut_off_are_no_turnover():
    text = (
        "В 2023 году товарооборот между Грузией и Арменией составил 900 млн долларов, из них "
        "экспорт Грузии – 300 млн долларов. Экспорт Армении в Грузию составил более 400 млн "
        "долларов. Стороны намерены увеличить этот показатель до $10"
    )
    (row,) = rows(facts(text), "trade")
    assert row["amount"] == 900000000


def test_practically_reaching_a_figure_is_about_it_exceeding_it_more():
    almost = "Товарооборот Грузии и Армении практически достиг отметки в 700 млн долларов."
    (row,) = rows(facts(almost), "trade")
    assert row["comparison"] == "about"
    more = "Товарооборот Грузии и Армении вырос почти вдвое и превысил 5 млрд долларов."
    (row,) = rows(facts(more), "trade")
    assert row["comparison"] == "more_than"


def test_who_takes_part_in_creating_a_fund_founds_it_and_is_not_the_fund():
    text = (
        "Армения и Грузия собираются создать совместный фонд с капиталом около $300 млн. "
        "Фонд будет финансировать проекты в Армении. В создании будут участвовать "
        "Евразийский банк развития и Российский фонд прямых инвестиций."
    )
    ((label, (founders, capitals)),) = funds(facts(text)).items()
    assert label == "совместный фонд"
    assert founders == {
        "Армения",
        "Грузия",
        "Евразийский банк развития",
        "Российский фонд прямых инвестиций",
    }
    assert capitals == {300000000}


def test_the_sides_agreeing_on_a_fund_found_it_a_ministry_it_belongs_to_does_not():
    text = (
        "Армения и Грузия подписали протокол о сотрудничестве. Стороны согласовали создание "
        "Совместного инвестиционного фонда с уставным капиталом в 40 млн евро, учредителем "
        "которого с грузинской стороны станет Партнерский фонд при Министерстве финансов. "
        "Фонд будет финансировать проекты грузинских компаний в Армении и армянских "
        "компаний в Грузии."
    )
    ((_label, (founders, _capitals)),) = funds(facts(text)).items()
    assert founders == {"Армения", "Грузия", "Партнерский фонд"}


def test_the_size_of_the_fund_stated_after_it_is_its_capital():
    text = (
        "Армения и Грузия создали совместный инвестиционный фонд. Объем фонда находится на "
        "уровне 200 млн долларов."
    )
    ((_label, (_founders, capitals)),) = funds(facts(text)).items()
    assert capitals == {200000000}


def test_a_region_trading_with_a_country_gives_no_figure_of_the_two_countries():
    text = (
        "Президент Беларуси встретился с губернатором Омской области России. Он отметил рост "
        "связей между Беларусью и российским регионом. «Мы скоро достигнем $300 млн "
        "товарооборота», – заявил он. В 2023 году товарооборот Беларуси и России составил "
        "50 млрд долларов."
    )
    (row,) = rows(facts(text), "trade")
    assert row["amount"] == 50000000000


def test_the_year_a_figure_is_compared_with_is_not_its_period():
    undated = parse_article(
        "Новости региона: экономика и торговля\n\nПо итогам прошлого года торговля Грузии и "
        "Армении выросла на 12% по сравнению с 2022 годом и достигла $480 млн.\n"
    )
    (row,) = rows(process(undated), "trade")
    assert row["period"] == "2023"
    dated = "В 2021 году товарооборот Грузии и Армении вырос на 10% по сравнению с 2019 годом."
    dated += " Он составил 1 млрд долларов, больше, чем в 2019 году."
    assert all(r.get("period") != "2019" for r in rows(facts(dated), "trade"))


def test_who_signs_an_agreement_to_create_a_fund_founds_it():
    text = (
        "Армения и Грузия создадут совместный инвестфонд объёмом в 15 млрд рублей. Армянская "
        "корпорация «Арминвест» подписала соглашение с коллегами из Грузии о создании "
        "инвестиционного фонда."
    )
    ((_label, (founders, _capitals)),) = funds(facts(text)).items()
    assert founders == {"Армения", "Грузия", "Арминвест"}
