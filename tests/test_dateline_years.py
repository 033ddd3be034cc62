"""A dateline that prints no year: the weekday the lead names picks one of the years the text
prints, and a month cut short ("фев") is still a month."""

from __future__ import annotations

import pytest

from diplograph.ingest import parse_article
from diplograph.ingest.weekday import day_in_year, year_by_weekday

HEADLINE = "Казахстан начал поставки зерна в Афганистан"


@pytest.mark.parametrize(
    ("day", "year", "iso"),
    [("2 фев", "2009", "2009-02-02"), ("8 марта", "2018", "2018-03-08"), ("31 сент", "2020", None)],
)
def test_day_in_year_reads_short_and_full_months(day, year, iso):
    assert day_in_year(day, year) == iso


def test_weekday_picks_the_one_printed_year_it_fits():
    # 2 February 2009 was a Monday; 2 February 2010 a Tuesday
    assert year_by_weekday("2 фев", "сообщили в понедельник", "в январе 2009 года") == "2009"


def test_weekday_that_fits_two_printed_years_gives_none():
    # 1 October was a Tuesday in 2019 and in 2024
    assert year_by_weekday("1 октября", "Во вторник стало известно", "в 2019 и 2024 годах") is None


def test_two_weekdays_give_none():
    assert year_by_weekday("2 фев", "в понедельник и во вторник", "в январе 2009 года") is None


def test_no_printed_year_gives_none():
    assert year_by_weekday("2 фев", "сообщили в понедельник", "без лет") is None


def test_dateline_without_year_is_dated_by_the_weekday_of_its_lead():
    article = parse_article(
        f"{HEADLINE}\n\nАСТАНА, 2 фев - ИА Пример.\n\n"
        "Первые составы с пшеницей отправились в Мазари-Шариф, сообщил в понедельник "
        "представитель министерства сельского хозяйства.\n\n"
        "По его словам, договоренность о поставках была достигнута в декабре 2008 года, "
        "а первые вагоны загрузили в январе 2009 года.\n"
    )
    assert article.date == "2009-02-02"


def test_dateline_with_short_month_takes_the_year_the_page_prints():
    article = parse_article(
        f"{HEADLINE}\n\nАСТАНА, 8 мар - ИА Пример. Первые составы с пшеницей отправились "
        "в Мазари-Шариф.\n\nПо словам представителя министерства, это не последняя партия.\n"
        "\n© 2018 ИА Пример\n"
    )
    assert article.date == "2018-03-08"
