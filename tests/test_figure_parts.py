"""Trade figures told in parts or twice: the parts of a turnover (its exports, its imports)
are no turnover, and a figure the headline dates by its year is the one the body dates by
its months."""

from __future__ import annotations

import pytest
from reading import facts, rows

from diplograph.build import process
from diplograph.ingest import parse_article


def test_the_export_and_import_shares_of_a_turnover_are_no_turnover():
    text = (
        "За 2023 год товарооборот между Арменией и Грузией составил 410 млн долл., из которых "
        "250 млн долл. – экспорт, а 160 млн долл. – импорт."
    )
    found = rows(facts(text), "trade")
    assert [row["amount"] for row in found] == [410000000]


def test_a_headline_year_restated_by_the_months_of_it_is_one_figure():
    article = parse_article(
        "Товарооборот Армении и Ирана в 2024 году приблизился к $900 млн\n2024-11-20\n\n"
        "Товарооборот Армении и Ирана за десять месяцев 2024 года приблизился к отметке в "
        "$900 млн, сообщил министр экономики.\n"
    )
    (row,) = rows(process(article), "trade")
    assert row["period"] == "2024-01/2024-10"


def test_south_africa_is_named_as_the_news_names_it():
    text = "Товарооборот между Россией и Южно-Африканской Республикой в 2023 году составил $1 млрд."
    (row,) = rows(facts(text), "trade")
    assert sorted(row["country"]) == ["Россия", "ЮАР"]  # type: ignore[type-var]


@pytest.mark.parametrize(
    "text",
    [
        "Товарооборот между Арменией и Ираном в 2023 году увеличился на $300 млн и достиг "
        "$2,1 млрд.",
        "Товарооборот Армении и Ирана за 2023 год составил $2,1 млрд, что на $300 млн больше, "
        "чем годом ранее.",
    ],
)
def test_by_how_much_a_turnover_grew_is_no_turnover(text):
    found = rows(facts(text), "trade")
    assert [row["amount"] for row in found] == [2100000000]


def test_what_two_countries_traded_for_is_their_turnover():
    (row,) = rows(facts("В 2023 году Армения и Иран наторговали на $700 млн."), "trade")
    assert row["amount"] == 700000000
