"""Pages as unseen sites print them: date lines, datelines further down, who published."""

from __future__ import annotations

import pytest

from diplograph.ingest.layout import date_of
from diplograph.ingest.text import parse_article

BODY = (
    "Министры энергетики двух стран обсудили поставки газа и строительство нового "
    "трубопровода. Стороны договорились продолжить работу над соглашением до конца года."
)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("2023-4-7 10:15 |", "2023-04-07"),
        ("2019-11-3", "2019-11-03"),
        ("Экономика 3 апреля 2024 518", "2024-04-03"),
        ("Общество 21 ноября 2022", "2022-11-21"),
        ("12 мая 2020, 09:45, Энергетика", "2020-05-12"),
        ("4 февраля 2021, 17:02", "2021-02-04"),
    ],
)
def test_date_lines_with_rubric_time_or_unpadded_iso(line, date):
    assert date_of(line) == date


def test_a_sentence_with_a_date_is_not_a_date_line():
    assert date_of("Переговоры прошли 3 апреля 2024 года") is None


@pytest.mark.parametrize(
    ("dateline", "agency"),
    [
        ("АСТАНА, 3 апреля. /ТАСС/.", "ТАСС"),
        ("ТОКИО, 9 июля. /Корр. ТАСС Иван Петров, Олег Смирнов/.", "ТАСС"),
        ("БАКУ, 12 окт — Sputnik.", "Sputnik"),
    ],
)
def test_dateline_below_a_subtitle_names_the_agency_whose_page_it_is(dateline, agency):
    text = (
        "Азербайджан и Грузия обсудили новый энергетический коридор\n\n"
        "Проект обсуждается уже несколько лет и вызывает интерес у соседних стран.\n"
        "Подписывайтесь на наш канал\n"
        f"{dateline} {BODY}\n"
    )
    assert parse_article(text).publisher == agency


@pytest.mark.parametrize(
    "lead",
    [
        "Президент принял делегацию банка, передает Степной Вестник со ссылкой на пресс-службу.",
        "Президент принял делегацию банка, передает Степной Вестник.",
    ],
)
def test_the_site_named_in_the_lead_is_the_publisher(lead):
    text = f"Президент принял делегацию банка развития\n\n{lead} {BODY}\n"
    assert parse_article(text).publisher == "Степной Вестник"


def test_an_outlet_cited_further_down_is_not_the_publisher():
    text = (
        "Казахстан поставит зерно в соседнюю страну\n\n"
        f"{BODY}\n"
        "Условия поставки не сообщаются. Договор готовится с весны.\n"
        "Ранее стороны обсуждали закупки муки, пишет Агро-Обзор.\n"
    )
    assert parse_article(text).publisher is None


@pytest.mark.parametrize("verb", ["писали", "сообщал", "писала"])
def test_earlier_the_site_wrote_names_the_site(verb):
    text = (
        "Две страны создадут совместный фонд\n\n"
        f"{BODY}\n"
        f"Ранее Деловой Обзор {verb}, что банк отказался от участия в проекте.\n"
    )
    assert parse_article(text).publisher == "Деловой Обзор"


@pytest.mark.parametrize(
    "headline",
    [
        "Президент принял управляющего директора Silk Road Logistics Group",
        "Премьер встретился с главой Global Energy Partners в столице",
    ],
)
def test_a_headline_with_a_latin_company_name_is_not_a_tag_cloud(headline):
    text = f"{headline}\nВ ходе встречи стороны назвали развитие портов главной целью\n\n{BODY}\n"
    assert parse_article(text).title == headline
