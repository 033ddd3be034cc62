"""Page furniture that is not the headline, the date or the publisher, and datelines and date
lines as sites print them: a country in brackets after the city, an agency in slashes with
no date, a rubric of two words before the date, numbered breadcrumbs, a reading-time line."""

from __future__ import annotations

from diplograph.ingest import parse_article
from diplograph.ingest.layout import date_of

LEAD = (
    "Стороны обсудили развитие торговли и транспортных коридоров между двумя странами, "
    "сообщили в пресс-службе министерства."
)


def test_a_dateline_with_the_country_in_brackets_names_the_agency_after_the_dash():
    article = parse_article(
        "Экспорт зерна из Казахстана в Иран вырос вдвое\n"
        f"ТЕГЕРАН (Иран), 14 мар - АГЕНТСТВО. {LEAD}\n"
    )
    assert article.publisher == "АГЕНТСТВО"


def test_an_agency_in_slashes_after_the_city_with_no_date_is_the_publisher():
    article = parse_article(
        f"Монголия и Китай открыли новый пункт пропуска на границе\nЭрдэнэт /АГЕНТСТВО/ {LEAD}\n"
    )
    assert article.publisher == "АГЕНТСТВО"


def test_a_reading_time_line_is_not_the_headline():
    article = parse_article(
        "Примерное время чтения: 2 минуты\n412\n\nКазахстан и Узбекистан построят новый мост\n\n"
        f"{LEAD}\n"
    )
    assert article.title == "Казахстан и Узбекистан построят новый мост"


def test_numbered_breadcrumbs_are_not_the_headline_nor_the_publisher():
    headline = "Порт Актау примет новые контейнерные суда из Китая в следующем году"
    article = parse_article(
        "1. Главная\n  2. Новости морских портов и судоходства\n"
        f"  3. {headline[:40]}...\n\n5 марта 2021   10:15\n\n{headline}\n\n{LEAD}\n"
    )
    assert (article.title, article.publisher, article.date) == (headline, None, "2021-03-05")


def test_a_date_after_a_country_and_a_rubric_with_a_time_zone_note():
    assert date_of("Грузия Статьи 14 марта 2011 10:20 (UTC +03:00)") == "2011-03-14"
    assert date_of("Казахстан Новости 3 мая 2019 09:10 (GMT +06:00)") == "2019-05-03"


def test_the_headlines_year_does_not_date_a_dateline_without_one():
    article = parse_article(
        f"Визит президента ожидается в 2026 году\n\nАстана, 14 июня - Агентство. {LEAD}\n"
    )
    assert article.date is None
