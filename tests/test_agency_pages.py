"""Headlines, dates and publishers as agency and regional pages print them: a dateline with
the date in figures and the writer before the agency, an agency signing in Latin letters or
with a dash touching the lead, a headline ending in a quoted name or printed twice under a tag
line, the terms of reprint naming the site, a time stamp glued to the lead."""

from __future__ import annotations

import pytest

from diplograph.ingest import parse_article
from diplograph.ingest.layout import date_of

LEAD = (
    "Министры транспорта двух стран обсудили строительство новой железной дороги и "
    "увеличение грузоперевозок через порты Каспийского моря в ближайшие годы."
)


@pytest.mark.parametrize(
    ("dateline", "date", "publisher"),
    [
        ("Ош, 14.03.24. /Алия Маматова - Кабар/.", "2024-03-14", "Кабар"),
        ("ХУДЖАНД, 02.11.2021 /НИАТ «Ховар»/.", "2021-11-02", "Ховар"),
        ("Самарканд. 5 мая. УзА –", None, "УзА"),
        ("Казань. 7 июня. INTERFAX.RU -", None, "Интерфакс"),
    ],
)
def test_a_dateline_names_the_agency_and_the_date_in_figures(
    dateline: str, date: str | None, publisher: str
):
    article = parse_article(f"Порты Каспия ждут новых грузов\n\n{dateline} {LEAD}\n")
    assert article.publisher == publisher
    assert article.date == date


def test_a_dash_touching_the_lead_still_ends_the_dateline():
    article = parse_article(f"Порты Каспия ждут новых грузов\n\nКазань. 7 июня. TASS -{LEAD}\n")
    assert article.publisher == "ТАСС"
    assert not article.sentences[-1].text.startswith("Казань")


def test_a_headline_ending_in_a_quoted_name_is_no_paragraph():
    title = 'Казахстан и Китай обсудили загрузку погранперехода "Хоргос - Восточные ворота"'
    article = parse_article(f"date 2024-05-02\n{title}\n\nАЛМАТЫ, 2 мая. /ТАСС/. {LEAD}\n")
    assert article.title == title
    assert article.publisher == "ТАСС"


def test_a_headline_printed_twice_beats_the_tag_line_above_it():
    title = "Министры Грузии и Армении обсудили транзит грузов"
    text = (
        f"Эрдоган Газ Каспий Среднеазиатский коридор Выборы\n{title}\n"
        f"Регион\n• 12 апреля, 2025\n{title}\n\n{LEAD}\n"
    )
    assert parse_article(text).title == title


def test_a_name_above_a_headline_printed_twice_is_the_site():
    title = "Министры Грузии и Армении обсудили транзит грузов"
    text = f"Голос Кавказа\n\n{title}\n\n{title}\n\n{LEAD}\n\n1520 просмотров\n\nВидео\n\nВ\n"
    article = parse_article(text)
    assert article.title == title
    assert article.publisher == "Голос Кавказа"


@pytest.mark.parametrize(
    ("terms", "publisher"),
    [
        ("При полном или частичном использовании ссылка на сайт ИА «Степь-инфо» обязательна.",
         "Степь-инфо"),
        ("Перепечатка допускается только при наличии гиперссылки на Kaspiy.az", "Kaspiy.az"),
    ],
)  # fmt: skip
def test_the_terms_of_reprint_name_the_site(terms: str, publisher: str):
    text = f"Министры Грузии и Армении обсудили транзит грузов\n\n{LEAD}\n\n{terms}\n"
    assert parse_article(text).publisher == publisher


def test_a_search_box_or_a_copyright_line_is_no_headline():
    title = "Министры Грузии и Армении обсудили транзит грузов"
    text = f"ЧТО ВЫ ИЩЕТЕ ?\nKaspiy.az © 2025. Все права защищены.\n{title}\n\n{LEAD}\n"
    assert parse_article(text).title == title


def test_a_time_stamp_glued_to_the_lead_dates_the_page():
    text = f"Министры Грузии и Армении обсудили транзит грузов\n11:05 03/02/2024{LEAD}\n"
    assert parse_article(text).date == "2024-02-03"


@pytest.mark.parametrize("line", ["Дата: 09:41, 17-06-2019.", "17-06-2019"])
def test_a_date_with_dashes_and_a_clock(line: str):
    assert date_of(line) == "2019-06-17"


@pytest.mark.parametrize(
    ("lead", "publisher"),
    [
        # the day first, then the outlet
        (f"3 марта, Новый Вестник. {LEAD}", "Новый Вестник"),
        # the outlet in brackets after the town and its country, then a dash
        (f"Душанбе, Таджикистан (AsiaNews.tj) -- 3 марта 2024 года {LEAD}", "AsiaNews.tj"),
    ],
)
def test_an_outlet_the_lead_opens_with_is_the_publisher(lead: str, publisher: str):
    article = parse_article(f"Порты Каспия ждут новых грузов\n\n{lead}\n")
    assert article.publisher == publisher


def test_a_town_after_the_day_is_the_place_not_the_publisher():
    article = parse_article(f"Порты Каспия ждут новых грузов\n\n3 марта, Ташкент. {LEAD}\n")
    assert article.publisher != "Ташкент"


def test_a_line_that_sends_the_reader_to_the_site_names_the_publisher():
    article = parse_article(
        f"Порты Каспия ждут новых грузов\n\nЧитать на сайте Каспийский Курьер\n{LEAD}\n"
    )
    assert article.publisher == "Каспийский Курьер"


def test_a_byline_with_the_town_and_the_outlet_after_a_dash_names_the_publisher():
    article = parse_article(
        "Порты Каспия ждут новых грузов\n\n"
        f"09:30, 4 апреля 2025, Ош - osh.news , Иван Петров\n{LEAD}\n"
    )
    assert article.publisher == "osh.news"
    assert article.date == "2025-04-04"


def test_a_date_and_clock_glued_to_the_lead_date_the_page():
    article = parse_article(f"Порты Каспия ждут новых грузов\n\n04.04.2025 | 09:30{LEAD}\n")
    assert article.date == "2025-04-04"


@pytest.mark.parametrize(
    ("line", "date"),
    [("Июнь 06 2024, 15:30", "2024-06-06"), ("Март 5, 2023", "2023-03-05")],
)
def test_a_date_line_with_the_month_first(line: str, date: str):
    assert date_of(line) == date


HEADLINE = "Порты Каспия ждут новых грузов"
EARLIER = "Ранее «Радио Степь» сообщало, что грузооборот портов Каспия за год вырос почти на треть."


@pytest.mark.parametrize(
    ("page", "publisher"),
    [
        # the site asks to be followed, its channels after a colon
        (
            f"{HEADLINE}\n\n{LEAD}\n\nПодписывайтесь на Вестник Степи: Новости | Дзен | VK\n",
            "Вестник Степи",
        ),
        # the site's own channel
        (
            f"{HEADLINE}\n\n{LEAD}\n\nНе пропустите главное в Telegram-канале газеты «Вести»\n",
            "Вести",
        ),
        # a site named by its address after "передает"
        (f"{HEADLINE}\n\n{LEAD[:-1]}, передает stepnye-vesti.kz.\n", "stepnye-vesti.kz"),
        # a photo credit's copyright is the photo bank's; the site recalls its own story
        (
            f"{HEADLINE}\n\n{LEAD}\n{EARLIER}\nФото © photobank.com\n",
            "Радио Степь",
        ),
        # the outlet's name as the page's first line, the headline under it
        (f"Степное телевидение\n\n{HEADLINE}\n\n{LEAD}\n", "Степное телевидение"),
    ],
)
def test_the_site_named_in_its_own_furniture_is_the_publisher(page: str, publisher: str):
    assert parse_article(page).publisher == publisher


@pytest.mark.parametrize(
    ("dateline", "date", "publisher"),
    [
        # the month in capitals, the agency in slashes after the day's comma
        ("ТБИЛИСИ, 3 ИЮНЯ 2021, /Вести Кавказ/.", "2021-06-03", "Вести Кавказ"),
        # the outlet, its country's code in brackets, a dash
        ("Mongolnews (MNG) - 5 мая 2024 года", None, "Mongolnews"),
    ],
)
def test_a_lead_signed_in_capitals_or_with_a_country_code_names_the_agency(
    dateline: str, date: str | None, publisher: str
):
    article = parse_article(f"Порты Каспия ждут новых грузов\n\n{dateline} {LEAD}\n")
    assert article.publisher == publisher
    assert date is None or article.date == date


def test_the_russian_edition_of_a_foreign_site_signs_its_page():
    page = f"Порты Каспия ждут новых грузов\n\n10:15 05/03/2024\nDaily Sabah на русском\n\n{LEAD}\n"
    assert parse_article(page).publisher == "Daily Sabah"


@pytest.mark.parametrize(
    ("line", "publisher"), [("Коммерсантъ", "Коммерсантъ"), ("Политика", None)]
)
def test_a_name_alone_under_the_headline_signs_the_page_but_a_rubric_does_not(
    line: str, publisher: str | None
):
    page = f"Порты Каспия ждут новых грузов\n\nМинистры обсудили перевозки\n{line}\n\n{LEAD}\n"
    assert parse_article(page).publisher == publisher


def test_a_place_alone_under_the_headline_is_no_publisher():
    page = f"Порты Каспия ждут новых грузов\nАктау\n\n{LEAD}\n"
    assert parse_article(page).publisher is None


@pytest.mark.parametrize(
    "told", ["Как сообщал «Деловой Восток» ранее,", "Как ранее писал Деловой Восток,"]
)
def test_the_site_recalling_its_own_earlier_story_names_itself(told: str):
    page = f"Порты Каспия ждут новых грузов\n\n{LEAD} {told} перевозки выросли вдвое.\n"
    assert parse_article(page).publisher == "Деловой Восток"


def test_a_site_cited_without_earlier_is_not_the_publisher():
    page = (
        f"Порты Каспия ждут новых грузов\n\n{LEAD} Как сообщал Деловой Восток, перевозки выросли.\n"
    )
    assert parse_article(page).publisher is None


@pytest.mark.parametrize(
    ("credit", "publisher"),
    [
        ("Фото: Ирина Смирнова / Деловой Восток", "Деловой Восток"),
        ("Фото © Ирина Смирнова, Деловой Восток", "Деловой Восток"),
        ("Изображение: Ирина Смирнова © ИА «Деловой Восток»", "Деловой Восток"),
        # an agency or a bank of pictures every site buys from says nothing of the page
        ("Фото: Ирина Смирнова / РИА Новости", None),
        ("Фото: Ирина Смирнова / Shutterstock", None),
        ("Фото: пресс-служба министерства", None),
    ],
)
def test_a_picture_by_the_outlets_own_photographer_names_the_outlet(
    credit: str, publisher: str | None
):
    page = f"Порты Каспия ждут новых грузов\n{credit}\n\n{LEAD}\n"
    assert parse_article(page).publisher == publisher


def test_the_sites_own_channel_names_the_site():
    channel = "Новости «Деловой Восток» - подпишитесь на наш канал"
    page = f"Порты Каспия ждут новых грузов\n\n{LEAD}\n\n{channel}\n"
    assert parse_article(page).publisher == "Деловой Восток"


def test_the_outlets_bureau_abroad_names_the_outlet_anywhere_in_the_text():
    later = "Как сообщает азиатское бюро Orient Daily со ссылкой на министерство, грузы выросли."
    page = f"Порты Каспия ждут новых грузов\n\n{LEAD}\n\n{LEAD}\n\n{LEAD}\n\n{later}\n"
    assert parse_article(page).publisher == "Orient Daily"
