"""Ingest: layouts of copied news pages, encodings, and inputs that are not articles."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

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


LEAD = (
    "Министр иностранных дел Узбекистана Бахтиёр Саидов провел переговоры с турецким коллегой "
    "в Анкаре, обсудив торговлю и транзит грузов."
)
MORE = "По итогам прошлого года товарооборот двух стран превысил 3 млрд долларов."


def _texts(article) -> list[str]:
    for sentence in article.sentences:
        assert article.text[sentence.start : sentence.stop] == sentence.text
    return [s.text for s in article.sentences]


@pytest.mark.parametrize(
    ("text", "date", "publisher", "opening"),
    [
        # an agency dateline with no year: no date, unless the page prints a year elsewhere
        (f"Москва, 16 мая. /ТАСС/. {LEAD}\n\n{MORE}\n", None, "ТАСС", "Москва, 16 мая. /ТАСС/."),
        (
            f"Москва, 16 мая. /ТАСС/. {LEAD}\n\n{MORE}\n\n© 2024 ТАСС\n",
            "2024-05-16",
            "ТАСС",
            "Москва, 16 мая. /ТАСС/.",
        ),
        # a correspondent writes the story; who publishes it the dateline may or may not say
        (
            f"Ташкент, 15 апреля 2024 г. — Корр. {LEAD}\n\n{MORE}\n",
            "2024-04-15",
            None,
            "Ташкент, 15 апреля 2024 г. — Корр.",
        ),
        (
            f"Ташкент, 15 апреля 2024 г. — Корр. ИА «Дунё». {LEAD}\n\n{MORE}\n",
            "2024-04-15",
            "Дунё",
            "Ташкент, 15 апреля 2024 г. — Корр. ИА «Дунё».",
        ),
        (
            f"Душанбе, 22 февраля. /Корр./. {LEAD}\n\n{MORE}\n",
            None,
            None,
            "Душанбе, 22 февраля. /Корр./.",
        ),
        # a dateline on a line of its own is kept as a sentence (it says where)
        (
            f"Ташкент, 15 апреля 2024 года\n\n{LEAD}\n\n{MORE}\n",
            "2024-04-15",
            None,
            "Ташкент, 15 апреля 2024 года",
        ),
    ],
)
def test_datelines(text, date, publisher, opening):
    article = parse_article(text)
    assert (article.title, article.date, article.publisher) == (None, date, publisher)
    texts = _texts(article)
    assert texts[:2] == [opening, LEAD]
    assert ("no publisher found; pass --publisher" in article.warnings) == (publisher is None)


def test_a_weekday_is_not_a_dateline():
    article = parse_article(f"Узбекистан и Турция обсудили торговлю\nВт, 21 мая 2024\n\n{LEAD}\n")
    assert _texts(article) == ["Узбекистан и Турция обсудили торговлю", LEAD]
    assert article.date == "2024-05-21"


def test_site_furniture_is_not_text():
    text = (
        "Главная / Политика / Экономика\nПоиск по сайту\n\n"
        "Узбекистан и Турция обсудили торговлю\n15 апреля 2024, 10:20\nПросмотров: 1 234\n"
        "👁 523\n\n"
        f"{LEAD}\n\nФото: пресс-служба МИД Узбекистана\n\n"
        "Читайте также:\nКазахстан и Китай обсудили транзит грузов\n"
        "В Ташкенте открылся новый деловой центр\n\n"
        f"{MORE}\n\nТеги: Узбекистан, Турция, торговля\nЧитать далее\nПоделиться\nВКонтакте\n"
        "Telegram | WhatsApp\nПри использовании материалов ссылка на сайт обязательна\n"
        "Если вы нашли ошибку в тексте, выделите ее и нажмите Ctrl+Enter\n"
        "© 2011–2024 Газета.uz. Все права защищены.\n"
    )
    article = parse_article(text)
    assert _texts(article) == ["Узбекистан и Турция обсудили торговлю", LEAD, MORE]
    assert (article.date, article.publisher) == ("2024-04-15", "Газета.uz")


def test_links_to_other_stories_after_the_text_give_no_publisher():
    text = (
        f"Узбекистан и Турция обсудили торговлю\n15.04.2024\n\n{LEAD}\n\n{MORE}\n\n"
        "Другие новости\nКазахстан и Китай обсудили транзит грузов\nСеверный Экспресс\n"
    )
    article = parse_article(text)
    assert article.publisher is None
    assert _texts(article)[-1] == MORE


@pytest.mark.parametrize(
    "ending",
    [
        # the last paragraph stops mid-sentence
        f"{MORE} Стороны также договорились расширить сотрудничество в сфере",
        # or the cut sentence stands alone
        f"{MORE}\n\nСтороны также договорились расширить сотрудничество в сфере энергетики и",
    ],
)
def test_a_cut_off_last_sentence_is_kept(ending):
    article = parse_article(
        f"Узбекистан и Турция обсудили торговлю\n15.04.2024\n\n{LEAD}\n\n{ending}"
    )
    texts = _texts(article)
    assert texts[-2] == MORE
    assert texts[-1].startswith("Стороны также договорились") and texts[-1][-1] != "."


def test_a_page_copied_twice_is_read_once():
    page = (
        f"Узбекистан и Турция обсудили торговлю\n15.04.2024\n\n{LEAD}\n\n{MORE}\n\n# 12\navatar\n"
    )
    article = parse_article(page + "\n" + page)
    assert _texts(article) == ["Узбекистан и Турция обсудили торговлю", LEAD, MORE]


@pytest.mark.parametrize(
    ("sentence", "publisher"),
    [
        (f"{LEAD[:-1]}, сообщает корреспондент «Дунё».", "Дунё"),
        (f"{LEAD[:-1]}, передает корреспондент агентства Kabar.", "Kabar"),
        (f"Как сообщает агентство Kun.uz, м{LEAD[1:]}", "Kun.uz"),
        # a ministry that gave the news did not publish it
        (f"{LEAD[:-1]}, сообщает МИД Узбекистана.", None),
        (f"{LEAD[:-1]}, сообщает пресс-служба министерства.", None),
    ],
)
def test_publisher_named_in_the_text(sentence, publisher):
    article = parse_article(f"Узбекистан и Турция обсудили торговлю\n15.04.2024\n\n{sentence}\n")
    assert article.publisher == publisher


@pytest.mark.parametrize(
    ("footer", "publisher"),
    [
        ("Все права защищены © 2024 «Podrobno.uz»", "Podrobno.uz"),
        ("© Каспийский вестник, 2024. Все права защищены.", "Каспийский вестник"),
        ("Источник: Podrobno.uz", "Podrobno.uz"),
    ],
)
def test_publisher_from_copyright_and_source_lines(footer, publisher):
    article = parse_article(
        f"Узбекистан и Турция обсудили торговлю\n15.04.2024\n\n{LEAD}\n\n{footer}"
    )
    assert article.publisher == publisher


def test_the_bundled_article():
    from diplograph.build import bundled_article

    article = read_article(bundled_article())
    assert article.title == (
        "Азербайджан и Казахстан берут курс на миллиард - ИТОГИ ВСТРЕЧИ БАЙРАМОВА И НУРТЛЕУ"
    )
    assert (article.date, article.publisher, article.warnings) == ("2025-03-11", "Vesti.az", ())
    texts = _texts(article)
    assert texts[0] == article.title and len(texts) == len(set(texts))
    assert not any(t in {"Vesti.az", "avatar"} or t.startswith("#") for t in texts)


def test_overrides_silence_their_warnings(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text(LEAD + "\n", encoding="utf-8")
    assert len(read_article(path).warnings) == 3
    article = read_article(path, date="2024-04-15", publisher="Дунё")
    assert (article.date, article.publisher) == ("2024-04-15", "Дунё")
    assert article.warnings == ("no headline found; pass --title",)


def test_a_body_without_full_stops_is_cut_into_sentences_a_parser_can_hold():
    from diplograph.ingest.text import MAX_SENTENCE

    words = "министр встретился с коллегой в городе Ташкент и обсудил торговлю "
    text = "Заголовок о встрече министров в Ташкенте\n11 марта 2025\n\n" + words * 1500 + "\n"
    article = parse_article(text)
    body = article.sentences[1:]
    assert len(body) >= 50
    assert all(len(s.text) <= MAX_SENTENCE for s in article.sentences)
    assert all(text[s.start : s.stop] == s.text for s in article.sentences)
    assert all(s.text == s.text.strip() for s in body)
    assert "".join(s.text for s in body).replace(" ", "") == (words * 1500).replace(" ", "")


@given(st.text(alphabet="аб \n", max_size=300), st.integers(min_value=1, max_value=40))
def test_pieces_keep_every_letter_in_place_and_under_the_limit(text: str, limit: int):
    from diplograph.ingest.text import pieces

    parts = list(pieces(text, limit))
    assert all(len(piece) <= limit and text[at : at + len(piece)] == piece for at, piece in parts)
    assert [at for at, _ in parts] == sorted(at for at, _ in parts)
    assert "".join("".join(p.split()) for _, p in parts) == "".join(text.split())


HEADLINE = "Ташкент и Анкара договорились о новых проектах\n15 апреля 2024\n\n"


@pytest.mark.parametrize(
    ("text", "url"),
    [
        # the address copied above the page
        (
            "https://news.example.uz/politics/2024/04/15/tashkent-ankara\n" + HEADLINE + BODY,
            "https://news.example.uz/politics/2024/04/15/tashkent-ankara",
        ),
        # named below the text
        (
            HEADLINE + BODY + "\nИсточник: https://dunyo.example/ru/news/4512.html\n",
            "https://dunyo.example/ru/news/4512.html",
        ),
        (
            HEADLINE + BODY + "\nСсылка на материал: http://example.org/a?id=7.\n",
            "http://example.org/a?id=7",
        ),
        # an address in a sentence of the text is what the text cites, not the page's own
        (
            HEADLINE
            + BODY.replace(
                "сообщили в министерстве.",
                "сообщили на сайте https://mfa.example.uz/ru/press министерства.",
            ),
            None,
        ),
        (HEADLINE + BODY, None),
    ],
    ids=["above", "source-line", "link-line", "in-a-sentence", "none"],
)
def test_the_page_address_copied_with_the_text_is_the_article_url(text, url):
    article = parse_article(text)
    assert article.url == url
    assert article.publisher == "Dunyo.info"  # the address names no publisher
