"""Ingest: layouts of copied news pages, encodings, and inputs that are not articles."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from diplograph.errors import ArticleError
from diplograph.ingest import decode, parse_article, read_article

BODY = (
    "Министр иностранных дел Узбекистана Бахтиёр Саидов провел переговоры с турецким "
    "коллегой в Анкаре, передает Dunyo.info.\n\n"
    "По итогам прошлого года товарооборот двух стран превысил 3 млрд долларов, "
    "сообщили в министерстве.\n"
)

LAYOUTS = [
    # headline, a date line, a time line, body, site footer
    (
        "Ташкент и Анкара договорились о новых проектах\n15 апреля 2024\n# 10:20\n\n"
        + BODY
        + "# 512\navatar\n\nDunyo.info\n",
        "Ташкент и Анкара договорились о новых проектах",
        "2024-04-15",
        "Dunyo.info",
    ),
    # a "date" line before the text, no headline
    ("date 2024-04-15\n" + BODY, None, "2024-04-15", "Dunyo.info"),
    # the headline repeated, as some sites print it twice
    (
        "Узбекистан и Турция: новые цели\n\nУзбекистан и Турция: новые цели\n15.04.2024 10:20\n"
        + BODY,
        "Узбекистан и Турция: новые цели",
        "2024-04-15",
        "Dunyo.info",
    ),
]


@pytest.mark.parametrize(("text", "title", "date", "publisher"), LAYOUTS)
def test_ingest_finds_title_date_publisher(text, title, date, publisher):
    article = parse_article(text, source="t.txt")
    assert article.title == title
    assert article.date == date
    assert article.publisher == publisher


def test_sentence_offsets_point_into_the_text():
    article = parse_article("Новости дня из Ташкента\n11 марта 2025\n\n" + BODY)
    assert len(article.sentences) >= 3
    for sentence in article.sentences:
        assert article.text[sentence.start : sentence.stop] == sentence.text


def test_missing_date_is_a_warning_not_an_error():
    article = parse_article(BODY.replace("передает Dunyo.info", "сообщают СМИ"))
    assert article.date is None
    assert any("--date" in w for w in article.warnings)


def test_dateline_gives_agency_and_no_title():
    text = (
        "Баку, 3 июня 2024. /Тренд/. Премьер-министр Грузии встретился в Баку с президентом "
        "Азербайджана, обсудив транзит грузов по Среднему коридору.\n"
    )
    article = parse_article(text)
    assert article.publisher == "Тренд"
    assert article.date == "2024-06-03"
    assert article.title is None


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Привет, мир".encode(), "Привет, мир"),
        (codecs.BOM_UTF8 + "Привет".encode(), "Привет"),
        ("Привет".encode("utf-16"), "Привет"),
        (
            "Министр иностранных дел прибыл в Ташкент".encode("cp1251"),
            "Министр иностранных дел прибыл в Ташкент",
        ),
    ],
)
def test_decode_reads_utf8_utf16_and_cp1251(data, expected):
    assert decode(data, "x") == expected


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty"),
        (b"   \n\t\n", "empty"),
        (bytes(range(256)) * 4, "binary"),
        (b"\x98\x81\xfd not text \x98\x81 \x98", "UTF-8"),
        (b"The minister met his counterpart in London today, officials said.\n" * 3, "Russian"),
    ],
)
def test_bad_inputs_are_refused_with_a_reason(tmp_path: Path, data: bytes, problem: str):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(ArticleError) as error:
        read_article(path)
    assert problem.lower() in str(error.value).lower()


def test_missing_file_and_directory_are_refused(tmp_path: Path):
    with pytest.raises(ArticleError, match="no such file"):
        read_article(tmp_path / "nope.txt")
    with pytest.raises(ArticleError, match="directory"):
        read_article(tmp_path)


def test_size_limit_is_an_option(tmp_path: Path):
    path = tmp_path / "big.txt"
    path.write_text(BODY * 50, encoding="utf-8")
    with pytest.raises(ArticleError, match="too large"):
        read_article(path, max_bytes=1000)


SITE_LAYOUTS = [
    # menus and a login line before the headline, the date after a label
    (
        "Главная | Новости | Экономика\nВход / Регистрация\n\nТурция и Грузия обсудили транзит\n"
        "Дата публикации: 07.05.2024\n\n" + BODY,
        "Турция и Грузия обсудили транзит",
        "2024-05-07",
    ),
    # a city and a date joined by a bar, a weekday before a date
    (
        "Армения и Иран обсудили газ\nЕреван | 4 марта 2024\n\n" + BODY,
        "Армения и Иран обсудили газ",
        "2024-03-04",
    ),
    (
        "Новости   Политика   Экономика\nКиргизия и Турция учредили фонд\nВт, 21 мая 2024\n\n"
        + BODY,
        "Киргизия и Турция учредили фонд",
        "2024-05-21",
    ),
    (
        "Стороны подписали меморандум\n05/03/2024\n\n" + BODY,
        "Стороны подписали меморандум",
        "2024-03-05",
    ),
]


@pytest.mark.parametrize(("text", "title", "date"), SITE_LAYOUTS)
def test_site_layouts_give_headline_and_date(text, title, date):
    article = parse_article(text)
    assert (article.title, article.date) == (title, date)


@pytest.mark.parametrize(
    ("footer", "publisher"),
    [
        ("© Транспортный вестник", "Транспортный вестник"),
        ("© 2023 Вечерний Бишкек", "Вечерний Бишкек"),
        ("Материал подготовлен редакцией портала Evrazia-Trans", "Evrazia-Trans"),
        ("Asia Trade Review", "Asia Trade Review"),
    ],
)
def test_publisher_from_the_closing_line(footer, publisher):
    body = BODY.replace(", передает Dunyo.info", "")
    article = parse_article("Новости из Ташкента и Анкары\n3 мая 2024\n\n" + body + "\n" + footer)
    assert article.publisher == publisher


@pytest.mark.parametrize(
    ("opening", "publisher"),
    [
        (
            "Астана, 22 декабря. Kazinform. Президент Казахстана провел переговоры с министром "
            "иностранных дел Узбекистана в Астане и обсудил транзит.",
            "Kazinform",
        ),
        (
            "Министр иностранных дел Туркменистана провел переговоры с министром энергетики "
            "Пакистана, передает агентство Туркмен Хабар.",
            "Туркмен Хабар",
        ),
    ],
)
def test_publisher_from_the_dateline_or_the_attribution(opening, publisher):
    assert parse_article(opening + "\n").publisher == publisher
