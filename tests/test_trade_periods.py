"""Trade figures with the period said in news' own shapes, forecasts, and levels reached
(sentences written for these tests)."""

from __future__ import annotations

from reading import facts as read
from reading import rows

from diplograph.resolve import Resolution


def facts(text: str, date: str = "2023-12-05") -> Resolution:
    return read(text, date, title="Новости региона: торговля")


def test_half_a_year_with_a_suffixed_year_is_its_first_six_months():
    text = (
        "За первые полгода 2022-го товарооборот между Арменией и Ираном составил 310 млн долларов."
    )
    (row,) = rows(facts(text), "trade")
    assert row["period"] == "2022-01/2022-06"


def test_a_year_with_a_case_ending_is_the_figure_year():
    text = "В 2021-м товарооборот Грузии и Армении вырос и составил 920 млн долларов."
    (row,) = rows(facts(text), "trade")
    assert row["period"] == "2021"


def test_a_running_total_counts_from_january_to_the_month_named():
    text = (
        "Товарооборот между Арменией и Ираном с начала года превысил 600 млн долларов по "
        "состоянию на октябрь."
    )
    (row,) = rows(facts(text), "trade")
    assert row["period"] == "2023-01/2023-10"
    assert row["comparison"] == "more_than"


def test_a_figure_forecast_for_the_year_is_a_target():
    text = "По итогам года товарооборот Грузии и Армении, по оценкам, составит около $1,5 млрд."
    (row,) = rows(facts(text), "trade")
    assert row["indicator"] == "target"


def test_a_level_to_go_out_to_is_no_change_by_that_much():
    text = "Товарооборот Армении и Ирана превышает $700 млн, а цель сторон – выход на $1 млрд."
    found = rows(facts(text), "trade")
    assert {(r["indicator"], r["amount"]) for r in found} == {
        ("turnover", 700000000),
        ("target", 1000000000),
    }


def test_a_plural_unit_without_a_number_is_no_billion():
    text = (
        "Товарооборот Грузии и Армении составил 2 млрд долларов. Сейчас 2 (миллиардов "
        "долларов), а хотим нарастить товарооборот больше."
    )
    found = rows(facts(text), "trade")
    assert all(r["amount"] != 1000000000 for r in found)


def test_months_counted_without_a_year_are_of_the_year_told_in():
    text = "За 11 месяцев товарооборот Армении и Ирана составил 600 млн долларов."
    (row,) = rows(facts(text), "trade")
    assert row["period"] == "2023-01/2023-11"


def test_a_span_of_months_without_a_year_is_of_the_year_told_in():
    text = "За январь-октябрь товарооборот Армении и Ирана превысил 600 млн долларов."
    (row,) = rows(facts(text), "trade")
    assert row["period"] == "2023-01/2023-10"


def test_a_span_of_months_with_its_year_keeps_that_year():
    text = "За январь-октябрь 2022 года товарооборот Армении и Ирана превысил 600 млн долларов."
    (row,) = rows(facts(text), "trade")
    assert row["period"] == "2022-01/2022-10"


def test_a_short_report_naming_two_countries_once_gives_them_to_a_figure():
    text = (
        "Министр экономики Армении встретился с послом Ирана. Стороны подтвердили готовность "
        "к доведению взаимной торговли до 3 млрд долларов к 2030 году."
    )
    (row,) = rows(facts(text), "trade")
    assert sorted(row["country"]) == ["Армения", "Иран"]  # type: ignore[type-var]
    assert row["indicator"] == "target"
