"""Lines a page broke inside a sentence are read as one sentence; real breaks are kept."""

from __future__ import annotations

from diplograph.ingest import parse_article

HEAD = "Стороны подписали соглашение о транспорте\n\n"
TAIL = "\nДелегации также обсудили поставки зерна и удобрений в будущем году и новые маршруты.\n"


def _sentences(body: str) -> list[str]:
    article = parse_article(HEAD + body + TAIL)
    for sentence in article.sentences:
        assert article.text[sentence.start : sentence.stop] == sentence.text
    return [s.text.replace("\n", " ") for s in article.sentences]


def test_a_sentence_broken_before_each_name_is_one_sentence():
    said = _sentences(
        "Во вторник в Бишкеке соглашение подписали министр транспорта Казахстана\n"
        "Марат Карабаев, министр экономики Узбекистана\n"
        "Алишер Рахимов и министр транспорта Кыргызстана\n"
        "Темир Асанов."
    )
    assert (
        "Во вторник в Бишкеке соглашение подписали министр транспорта Казахстана Марат "
        "Карабаев, министр экономики Узбекистана Алишер Рахимов и министр транспорта "
        "Кыргызстана Темир Асанов."
    ) in said


def test_a_line_ending_on_a_preposition_goes_on():
    said = _sentences(
        "Первое заседание комиссии пройдет в\nАшхабаде в мае, сообщили в министерстве финансов."
    )
    assert (
        "Первое заседание комиссии пройдет в Ашхабаде в мае, сообщили в министерстве финансов."
        in said
    )


def test_a_line_going_on_in_lower_case_goes_on():
    said = _sentences(
        "Товарооборот двух стран за девять месяцев составил 1,2 млрд долларов\n"
        "и вырос на треть по сравнению с прошлым годом, отметил министр."
    )
    assert any(s.startswith("Товарооборот") and s.endswith("отметил министр.") for s in said)


def test_a_sentence_that_ends_keeps_its_line_break():
    said = _sentences(
        "Министры обсудили строительство новой железной дороги между странами.\n"
        "Марат Карабаев назвал проект важным для всего региона и его соседей."
    )
    assert "Министры обсудили строительство новой железной дороги между странами." in said


def test_a_subheading_above_a_paragraph_stays_apart():
    said = _sentences(
        "Министры обсудили строительство новой железной дороги между странами.\n"
        "Торговля и инвестиции\n"
        "Товарооборот двух стран в прошлом году вырос на треть и достиг двух миллиардов долларов."
    )
    assert not any("инвестиции Товарооборот" in s for s in said)


def test_list_items_stay_apart():
    said = _sentences(
        "Министры обсудили строительство новой железной дороги между странами.\n"
        "- соглашение о перевозках грузов\n"
        "- меморандум о сотрудничестве в энергетике"
    )
    assert not any("грузов - меморандум" in s for s in said)


def test_a_headline_above_a_short_lead_stays_the_headline():
    article = parse_article(
        "Лидеры двух стран обсудили торговлю\nВстреча прошла в Кремле.\n"
        "Президенты обсудили поставки зерна, строительство дорог и работу совместного фонда.\n"
    )
    assert article.title == "Лидеры двух стран обсудили торговлю"


def test_a_byline_under_a_paragraph_is_not_part_of_it():
    said = _sentences(
        "Министры обсудили строительство новой железной дороги между странами.\n"
        "Корреспондент Анна Петрова"
    )
    assert not any("Анна Петрова" in s and "дороги" in s for s in said)
