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


DATE_LINES = [
    # a clock before the date, the date with slashes
    "09:05 11/06/2024",
    # a clock, the date and the page's view counter on one line
    "16:40 11.06.2024 1287",
    # a list of date and time, a comma between day and year
    "- 11 июня, 2024\n- 16:40",
    "16:40, 11 июня 2024",
    # a month cut short
    "11 июн. 2024, 16:40",
    # when it was updated, the weekday, brackets, another label
    "Опубликовано: 11.06.2024 09:15 Обновлено: 12.06.2024 10:00",
    "11 июня 2024, 09:15 (обновлено: 12 июня 2024, 10:00)",
    "11 июня 2024 г., вторник",
    "[11.06.2024]",
    "Новость от 11.06.2024",
]


@pytest.mark.parametrize("line", DATE_LINES)
def test_date_lines_with_a_clock_a_counter_or_a_note(line):
    headline = "Грузия и Казахстан обсудили морской транзит"
    article = parse_article(f"{headline}\n{line}\n\n{BODY}")
    assert (article.title, article.date) == (headline, "2024-06-11")


@pytest.mark.parametrize(
    ("first", "title"),
    [
        # a crawl's date stamp, then the page's address
        ("date 2024-06-11 https://novosti.example/2024/06/11/tranzit.html", None),
        # then the headline on the same line
        (
            "date 2024-06-11 Грузия и Казахстан: транзит через Каспий вырастет вдвое к 2026 году",
            "Грузия и Казахстан: транзит через Каспий вырастет вдвое к 2026 году",
        ),
        (
            "Дата публикации: 11.06.2024 Грузия и Казахстан обсудили транзит",
            "Грузия и Казахстан обсудили транзит",
        ),
        # a bare date before the page's address
        ("11.06.2024 https://novosti.example/tranzit", None),
    ],
)
def test_a_date_stamp_shares_its_line_with_the_url_or_the_headline(first, title):
    article = parse_article(f"{first}\n\n{LEAD}\n\n{MORE}\n")
    texts = _texts(article)
    assert article.date == "2024-06-11"
    assert article.title == title
    assert texts == ([title] if title else []) + [LEAD, MORE]


def test_a_date_stamp_before_the_lead_leaves_the_lead_as_text():
    article = parse_article(f"date 2024-06-11 {LEAD}\n\n{MORE}\n")
    assert (article.title, article.date) == (None, "2024-06-11")
    assert _texts(article) == [LEAD, MORE]


def test_a_sentence_opening_with_a_date_keeps_it():
    sentence = "11.06.2024 в Тбилиси министры иностранных дел Грузии и Казахстана обсудили транзит."
    article = parse_article(f"Грузия и Казахстан обсудили транзит\n12 июня 2024\n\n{sentence}\n")
    assert _texts(article)[1] == sentence


NOT_HEADLINES = [
    # the site's clock: a weekday, a day and a time, no year
    "• вторник, 11 Июня, 09:12",
    "12 Июня 10:05",
    # the weather, an age mark, a language switch
    "• Tbilisi Тбилиси +24°C",
    "18+",
    "UZ",
    # a tag cloud: names and topics, repeated, no sentence
    "Грузия Тбилиси Казахстан Астана транспорт экономика Грузия Тбилиси Казахстан Астана",
    "Грузия Казахстан Каспий Транзит Порты Логистика",
    # a rubric line in lower case
    "транспорт логистика экономика регион",
    # breadcrumbs, a byline
    "Главная › Новости › Экономика",
    "Главная > Регионы > Кавказ",
    "Автор: Ирина Белова",
]


@pytest.mark.parametrize("furniture", NOT_HEADLINES)
def test_lines_above_the_headline_that_are_not_headlines(furniture):
    headline = "Грузия и Казахстан обсудили морской транзит"
    article = parse_article(f"{furniture}\n{headline}\n11 июня 2024 | 08:30\n\n{BODY}")
    assert (article.title, article.date) == (headline, "2024-06-11")


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


TRANSIT = "Грузия и Казахстан обсудили морской транзит"


@pytest.mark.parametrize(
    ("top", "title", "publisher"),
    [
        # the browser's title (the site's name after a dash), then the headline alone
        (f"{TRANSIT} — Каспийский курьер\n{TRANSIT}", TRANSIT, "Каспийский курьер"),
        (f"{TRANSIT} - Вестник Степи\n\n{TRANSIT}", TRANSIT, "Вестник Степи"),
        # an agency's or a site's name after the headline says what it is
        (f"{TRANSIT} — ИА Степной ветер", TRANSIT, "Степной ветер"),
        (f"{TRANSIT} – Kurier-kaspiy.kz", TRANSIT, "Kurier-kaspiy.kz"),
        # after a bar, a rubric between
        (f"{TRANSIT} | Каспийский курьер", TRANSIT, "Каспийский курьер"),
        (f"{TRANSIT} | Экономика | Kaspiy Times", TRANSIT, "Kaspiy Times"),
        (f"{TRANSIT} :: Каспийский курьер", TRANSIT, "Каспийский курьер"),
        (f"{TRANSIT} | Каспийский курьер - новости Кавказа", TRANSIT, "Каспийский курьер"),
        (f"{TRANSIT} — Новости Казахстана | Stepnews.kz", TRANSIT, "Stepnews.kz"),
        (f"{TRANSIT} - Новости - Stepnews.kz", TRANSIT, "Stepnews.kz"),
        # a dash in the headline itself: who said it, or its second half
        (f"{TRANSIT} – Минтранс", f"{TRANSIT} – Минтранс", None),
        (f"{TRANSIT} - ИТОГИ ПЕРЕГОВОРОВ", f"{TRANSIT} - ИТОГИ ПЕРЕГОВОРОВ", None),
        (f"{TRANSIT} – Минтранс\n{TRANSIT} – Минтранс", f"{TRANSIT} – Минтранс", None),
        # the site's title line above the headline: its name, then what it is about
        (
            f"18+\n11 Июня 09:12\nKurier.KZ | Новости Казахстана, Грузии и Каспия\n\n{TRANSIT}",
            TRANSIT,
            "Kurier.KZ",
        ),
        # the logo's name above the menu
        (f"Степь Online\nМеню\nРегионы\nРубрики\n\n{TRANSIT}", TRANSIT, "Степь Online"),
        (
            f"Каспийский курьер\nГлавная | Новости | Регионы\n{TRANSIT}",
            TRANSIT,
            "Каспийский курьер",
        ),
        # a rubric above the headline is not a name
        (f"Центральная Азия\n{TRANSIT}", TRANSIT, None),
        (f"Новости Грузии\nМеню\n{TRANSIT}", TRANSIT, None),
    ],
)
def test_the_site_names_itself_around_the_headline(top, title, publisher):
    article = parse_article(f"{top}\n11.06.2024\n\n{LEAD}\n\n{MORE}\n")
    assert (article.title, article.date, article.publisher) == (title, "2024-06-11", publisher)
    assert _texts(article) == [title, LEAD, MORE]


@pytest.mark.parametrize(
    ("dateline", "publisher"),
    [
        ("БИШКЕК, 5 июня 2024г. — ИА Горный Край.", "Горный Край"),
        ("Бишкек, 5 июня 2024 г. — ИА «Горный Край».", "Горный Край"),
        ("Бишкек, 5 июня 2024 г. - АКИpress.", "АКИpress"),
    ],
)
def test_an_agency_after_the_datelines_dash(dateline, publisher):
    article = parse_article(f"{dateline} {LEAD}\n\n{MORE}\n")
    assert (article.date, article.publisher) == ("2024-06-05", publisher)
    assert _texts(article)[:2] == [dateline, LEAD]


@pytest.mark.parametrize(
    ("lead", "footer", "publisher"),
    [
        # a big agency the site relays is a source, not the publisher
        (f"{LEAD[:-1]}, сообщает Agence France-Presse.", "", None),
        (f"{LEAD[:-1]}, передает Синьхуа.", "", None),
        (f"Как сообщает РИА Новости, м{LEAD[1:]}", "", None),
        (f"{LEAD[:-1]}, пишет ИТАР-ТАСС.", "© 2024 Степной вестник", "Степной вестник"),
        # a smaller outlet named so is the site itself
        (f"{LEAD[:-1]}, сообщает Kaspiy.info.", "", "Kaspiy.info"),
        # but the page's own name comes first: its copyright line, or what it says it is
        (
            f"{LEAD[:-1]}, сообщает ИА «Степной ветер».",
            "© 2024 Каспийский курьер",
            "Каспийский курьер",
        ),
        (
            f"{LEAD[:-1]}, сообщает Kaspiy.info.",
            "Сайт novosti-stepi.kz - агрегатор новостей из открытых источников.",
            "novosti-stepi.kz",
        ),
        (
            LEAD,
            "Сетевое издание «Степной вестник» зарегистрировано в 2019 году.",
            "Степной вестник",
        ),
        # the outlet's own correspondent in the lead
        (f"{LEAD} Подробнее – корреспондент «Степь 24» Ирина Белова.", "", "Степь 24"),
        (f"{LEAD} Об этом сообщил корреспондент Kaspiy Times.", "", "Kaspiy Times"),
        (f"{LEAD} Об этом рассказал корреспонденту ТАСС министр.", "", None),
        # "Источник:" naming a big agency: where the site took the news from
        (LEAD, "Источник: РИА Новости", None),
        (LEAD, "Источник: ТАСС\n© 2024 Степной вестник", "Степной вестник"),
    ],
)
def test_the_page_is_published_by_its_site_not_by_an_agency_it_relays(lead, footer, publisher):
    text = f"{TRANSIT}\n11.06.2024\n\n{lead}\n\n{MORE}\n\n{footer}\n"
    assert parse_article(text).publisher == publisher


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


@pytest.mark.parametrize(
    ("dateline", "publisher", "date"),
    [
        # the city, then the agency in capitals before a dash
        ("АЛМАТЫ. STEPPEWIRE –", "STEPPEWIRE", None),
        ("Москва. 11 июня. NOVOSTI.EXAMPLE -", "NOVOSTI.EXAMPLE", None),
        # the city and its country before the day
        ("БАКУ, Азербайджан, 11 июня 2024 г. /Каспий-Инфо/.", "Каспий-Инфо", "2024-06-11"),
    ],
)
def test_datelines_with_full_stops_or_a_country(dateline, publisher, date):
    article = parse_article(f"{TRANSIT}\n\n{dateline} {LEAD}\n\n{MORE}\n")
    assert (article.publisher, article.date) == (publisher, date)
    assert _texts(article) == [TRANSIT, dateline, LEAD, MORE]


def test_a_city_and_a_sentence_are_not_a_dateline():
    text = "Москва. МИД России сообщил, что переговоры о транзите через Каспий пройдут в июне."
    article = parse_article(f"{TRANSIT}\n11.06.2024\n\n{text}\n")
    assert article.publisher is None


@pytest.mark.parametrize("byline", ["Ирина Белова", "Тимур Каримов", "Анна Сергеевна Коваленко"])
def test_a_byline_after_the_text_is_the_writer_not_the_publisher(byline):
    article = parse_article(f"{TRANSIT}\n11.06.2024\n\n{LEAD}\n\n{MORE}\n\n{byline}\n")
    assert article.publisher is None


@pytest.mark.parametrize(
    ("glued", "first", "second"),
    [
        (
            "В аэропорту его встретил премьер-министр Иван Петров.Президент страны прибыл позже.",
            "В аэропорту его встретил премьер-министр Иван Петров.",
            "Президент страны прибыл позже.",
        ),
        (
            "Линия пройдет до границы.«Работы начнутся весной», сказал министр.",
            "Линия пройдет до границы.",
            "«Работы начнутся весной», сказал министр.",
        ),
    ],
)
def test_a_sentence_glued_to_the_next_without_a_space_is_two(glued, first, second):
    article = parse_article(f"Министр прибыл с визитом в столицу\n\n{glued}\n")
    assert [s.text for s in article.sentences[1:]] == [first, second]


def test_an_outlet_name_with_a_full_stop_stays_one_sentence():
    sentence = "Как пишет издание Вести.Регион, стороны обсудили поставки зерна и удобрений."
    article = parse_article(f"Министр прибыл с визитом в столицу\n\n{sentence}\n")
    assert [s.text for s in article.sentences[1:]] == [sentence]
