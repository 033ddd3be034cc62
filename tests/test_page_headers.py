"""Headers as sites print them around the headline: a date among a rubric, a byline, a clock
or a counter; the outlet in a byline, a bracket or a browser title with the date; a brand
name alone; breadcrumbs with arrows and links to the neighbouring stories; a crawl that knew
only the month."""

from __future__ import annotations

import pytest

from diplograph.ingest import parse_article
from diplograph.ingest.layout import date_of, furniture_date

LEAD = (
    "Стороны обсудили развитие торговли и транспортных коридоров между двумя странами, "
    "сообщили в пресс-службе министерства."
)
MORE = "Следующее заседание комиссии пройдет осенью в столице второй страны, добавили в ведомстве."


def test_a_headline_of_names_and_a_verb_is_no_tag_cloud():
    article = parse_article(f"Премьер Малайзии посетит Вьетнам Лаос Камбоджу\n{LEAD}\n")
    assert article.title == "Премьер Малайзии посетит Вьетнам Лаос Камбоджу"


def test_a_crawl_stamp_with_the_month_only_dates_the_page_to_the_month():
    article = parse_article(f" date 2019-07 {LEAD}\n\n{MORE}\n")
    assert article.date == "2019-07"
    assert article.sentences[0].text.startswith("Стороны обсудили")


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Экономика 09:15, 03.04.2019", "2019-04-03"),
        ("12.02.2020 Медиаресурс «Восточный курьер» 1520", "2020-02-12"),
        ("vostok-news.org | 12. 02. 2020 Шрифт: A A A", "2020-02-12"),
        ("Пётр Сидоренко 07.08.2021 14:30 Просмотров 980", "2021-08-07"),
        ("05.11.2017 east-news.info/rubric 3", "2017-11-05"),
    ],
)
def test_a_date_among_furniture_on_its_line(line, date):
    assert date_of(line) is None
    assert furniture_date(line) == date


def test_a_sentence_with_a_date_is_no_furniture():
    assert furniture_date("Соглашение подписали 12.03.2024 в Алматы министры двух стран") is None
    assert furniture_date("Рубрика 12.03.2024 и 14.03.2024") is None


def test_the_outlet_on_the_date_line():
    article = parse_article(
        "Монголия и Япония расширят воздушное сообщение\n\n"
        f"12.02.2020 Медиаресурс «Восточный курьер» 1520\n\n{LEAD}\n"
    )
    assert (article.date, article.publisher) == ("2020-02-12", "Восточный курьер")


def test_the_outlet_in_brackets_after_the_date():
    article = parse_article(
        f"Глава МИД Перу посетил Каир\n\n12 мая 2016, 10:05 [ «Южный вестник» ]\n\n{LEAD}\n"
    )
    assert (article.date, article.publisher) == ("2016-05-12", "Южный вестник")


def test_a_byline_under_the_lead_gives_the_outlet_and_the_date():
    article = parse_article(
        f"Казахстан и Оман обсудили поставки удобрений\n\n{LEAD}\n\n"
        f"Мария Кузнецова ИА ВОСТОК-ИНФО\n\n{MORE}\n"
    )
    assert article.publisher == "ВОСТОК-ИНФО"
    article = parse_article(
        f"Казахстан и Оман обсудили поставки удобрений\n\n{LEAD}\n\n"
        f"Мария Кузнецова 21.06.2022 09:10 Просмотров 311\n\n{MORE}\n"
    )
    assert article.date == "2022-06-21"
    assert all("Просмотров" not in s.text for s in article.sentences)


@pytest.mark.parametrize("tail", ["14.05.2019, Вестник Востока", "Вестник Востока, 14.05.2019"])
def test_a_browser_title_with_the_date_and_the_outlet(tail):
    headline = "Казахстан и Иран откроют новый терминал"
    article = parse_article(
        f"Счетчик@Mail.ru\n{headline} - {tail}\nВход выполнен успешно!\n\n{headline}\n\n{LEAD}\n"
    )
    assert (article.title, article.date, article.publisher) == (
        headline,
        "2019-05-14",
        "Вестник Востока",
    )


def test_an_agencys_site_for_one_country_keeps_its_whole_name():
    headline = "Узбекистан и Вьетнам нарастят товарооборот"
    article = parse_article(f"{headline}\n\n{headline} - Sputnik Казахстан\n\n{LEAD}\n")
    assert article.publisher == "Sputnik Казахстан"


def test_breadcrumbs_with_arrows_and_a_quoted_title_line():
    headline = "Глава МИД Египта прибыл в Ташкент"
    article = parse_article(
        f"В мире> Политика>\n> {headline} - Вестник Востока\n\n{headline}\n\n{LEAD}\n"
    )
    assert (article.title, article.publisher) == (headline, "Вестник Востока")


def test_a_link_to_the_previous_story_is_not_the_headline():
    article = parse_article(
        "03.03.2023\nПарламент одобрил бюджет на следующий год\nprev Предыдущие новости\n\n"
        f"Грузия и Армения откроют новый пункт пропуска\n\n{LEAD}\n"
    )
    assert article.title == "Грузия и Армения откроют новый пункт пропуска"


def test_a_brand_alone_under_the_headline_is_the_outlet_but_a_town_is_not():
    headline = "Индонезия и Казахстан обсудили поставки зерна"
    article = parse_article(f"{headline}\n\nVostokTV\n12.03.2021 в 10:15\n\n{LEAD}\n")
    assert article.publisher == "VostokTV"
    article = parse_article(f"Усть-Каменогорск\n+14°\n\n{headline}\n\n{LEAD}\n")
    assert article.publisher is None


def test_an_exclusive_interview_names_the_outlet_that_took_it():
    article = parse_article(
        "Посол рассказал о поставках чая\n\nЭкспорт чая в Россию вырос вдвое, рассказал посол "
        "Шри-Ланки в эксклюзивном интервью Восток24.\n\n" + MORE + "\n"
    )
    assert article.publisher == "Восток24"


def test_a_rubric_above_the_headline_gives_way_to_the_line_the_lead_tells_again():
    headline = "Почему премьер Армении не встретился с президентом Ирана в Тегеране"
    article = parse_article(
        f"Новости из Армении\n\n{headline}\n\nПремьер-министр Армении прибыл в Тегеран, но "
        "встреча с президентом Ирана не состоялась, сообщили в правительстве.\n"
    )
    assert article.title == headline


def test_a_tag_cloud_with_hyphenated_places_is_not_the_headline():
    headline = "Перу и Чили обсудили строительство нового порта"
    article = parse_article(
        f"Иван Петров Перу Чили Перу Буэнос-Айрес Иван Петров Перу Чили\n\n{headline}\n\n{LEAD}\n"
    )
    assert article.title == headline


def test_a_date_and_a_dash_before_the_headline():
    headline = "В казахстанский порт Курык впервые прибыл паром из Баку"
    article = parse_article(f"Судоходство\n\n14.06.2023 - {headline}\n\n{LEAD}\n")
    assert (article.title, article.date) == (headline, "2023-06-14")


def test_a_sites_address_glued_to_the_headline_with_an_underscore():
    headline = "Вьетнам и Лаос построят железную дорогу к морю"
    article = parse_article(f"{headline}_russian.example.cn\n\n{headline}\n\n{LEAD}\n")
    assert article.title == headline


def test_a_dateline_with_a_comma_before_the_year_and_a_clock_names_its_agency():
    article = parse_article(f"Тегеран , 4 июня, 2018, 09:12 — ИА Восток-Пресс. {LEAD}\n\n{MORE}\n")
    assert (article.date, article.publisher) == ("2018-06-04", "Восток-Пресс")


def test_a_dateline_may_name_the_outlet_in_quotes_after_the_day():
    article = parse_article(f"Бишкек. 14 марта. «Степной вестник» — {LEAD}\n\n{MORE}\n")
    assert article.publisher == "Степной вестник"


def test_a_date_line_signed_by_the_site_after_a_dash():
    article = parse_article(
        "Орёл\n\nОрловская область нарастит поставки зерна в Египет\n\n"
        f"3 февраля 2023, 11:05 — Орёл-Инфо\n\n{LEAD}\n"
    )
    assert (article.date, article.publisher) == ("2023-02-03", "Орёл-Инфо")


def test_a_copyright_mark_above_the_headline_names_the_site():
    article = parse_article(
        "Мария Котова\n\n©  Vostok77.ru\n\n03.05.2021, 10:40\n\n"
        f"Монголия и Китай откроют новый пограничный переход\n\n{LEAD}\n"
    )
    assert article.publisher == "Vostok77.ru"


@pytest.mark.parametrize("credit", ["© Фото: Reuters", "© Sputnik / Иван Орлов", "© ТАСС"])
def test_a_picture_credit_above_the_headline_names_no_site(credit):
    article = parse_article(
        f"Монголия и Китай откроют новый пограничный переход\n\n{credit}\n\n{LEAD}\n"
    )
    assert article.publisher is None


def test_breadcrumbs_that_start_from_the_address_name_the_site():
    article = parse_article(
        "east.today » Монголия » Монголия и Китай откроют переход\n\n"
        f"Монголия и Китай откроют новый пограничный переход\n\n{LEAD}\n"
    )
    assert article.publisher == "east.today"


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("14 July 2021, 16:40", "2021-07-14"),
        ("Jul 14, 2021", "2021-07-14"),
        ("14 Juliet 2021", None),
    ],
)
def test_a_date_printed_in_english(line, date):
    assert date_of(line) == date


def test_a_town_with_the_site_clock_is_no_masthead():
    article = parse_article(
        f"Гомель 11:42\n\nБеларусь и Оман обсудили поставки техники\n\n{LEAD}\n"
    )
    assert article.publisher is None


@pytest.mark.parametrize(
    ("closing", "outlet"),
    [
        ("Сделайте Полесье-Инфо своим источником новостей в Дзене.", "Полесье-Инфо"),
        ("Подписывайтесь на «Восточный курьер» в Telegram!", "Восточный курьер"),
    ],
)
def test_a_site_asking_to_be_followed_names_itself(closing, outlet):
    article = parse_article(
        f"Монголия и Китай откроют новый пограничный переход\n\n{LEAD}\n\n{closing}\n"
    )
    assert article.publisher == outlet


def test_a_channel_with_no_name_names_no_site():
    closing = "Подписывайтесь на наш канал в Telegram!"
    article = parse_article(
        f"Монголия и Китай откроют новый пограничный переход\n\n{LEAD}\n\n{closing}\n"
    )
    assert article.publisher is None


def test_the_headline_is_the_first_line_the_lead_tells_again_not_the_subtitle_under_it():
    article = parse_article(
        "Звоните нам, если вы видели происшествие или хотите поднять проблему\n\n"
        "В области построят мост в Китай\n\n"
        "Мост через пограничную реку соединит дороги области с китайскими и сократит путь "
        "грузов к морским портам\n\n"
        "Мост через пограничную реку, который построят за три года, соединит дороги области "
        "с китайскими и сократит путь грузов к морским портам. Строительство начнется весной.\n"
    )
    assert article.title == "В области построят мост в Китай"


@pytest.mark.parametrize(
    ("name", "outlet"), [("Степной край Live", "Степной край Live"), ("ТАСС", None)]
)
def test_a_source_label_above_the_headline_with_the_name_below_it(name, outlet):
    article = parse_article(
        f"Источник:\n{name}\n\nМонголия и Китай откроют новый пограничный переход\n\n{LEAD}\n"
    )
    assert article.publisher == outlet


def test_a_headline_of_two_sentences_over_the_date_line_stays_the_headline():
    headline = "Экспорт зерна в Египет вырос вдвое. Что еще покупает Каир у региона?"
    article = parse_article(f"{headline}\n\n5 Марта 2024 г. в 10:15\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == headline
    assert article.date == "2024-03-05"


def test_a_list_entry_with_a_rubric_and_date_before_the_headline_told_alone_dates_the_page():
    headline = "Министры двух стран обсудили строительство железной дороги."
    article = parse_article(f"Поиск\nЭкономика 07/05/2023 {headline}\n{headline}\n\n{LEAD}\n")
    assert article.title == headline
    assert article.date == "2023-05-07"
    assert article.sentences[1].text.startswith("Стороны обсудили")


def test_a_ticker_of_other_stories_with_their_stamps_is_no_part_of_the_article():
    ticker = (
        "НОВОСТИ ДНЯ: Выставка ковров открылась в столице 3 Мая 2024 г., 10:15"
        "Министр спорта вручил награды чемпионам 3 Мая 2024 г., 09:50"
        "В городе открыли новую школу на тысячу мест 3 Мая 2024 г., 09:20"
        "Урожай пшеницы в этом году превысит прошлогодний, заявили в министерстве"
    )
    headline = "Министры двух стран обсудили строительство железной дороги"
    article = parse_article(f"{ticker}\n{headline}\n12 Апрель 2019 г., 18:48\n{LEAD}\n{MORE}\n")
    assert article.title == headline
    assert article.date == "2019-04-12"
    assert not any("ковров" in s.text or "пшеницы" in s.text for s in article.sentences)


def test_a_dateline_with_the_agency_in_slashes_touching_the_city():
    article = parse_article(f"АЛМАТЫ/Степной вестник/ - {LEAD}\n\n{MORE}\n")
    assert article.publisher == "Степной вестник"


def test_a_dateline_with_the_agency_after_the_day_and_a_dash():
    article = parse_article(f"Исламабад, 12 марта, Восток-Пресс – {LEAD}\n\n{MORE}\n")
    assert article.publisher == "Восток-Пресс"


def test_a_lead_opening_with_the_day_and_the_outlet_after_a_dash():
    article = parse_article(f"14 апреля – NileNews.example. {LEAD}\n\n{MORE}\n")
    assert article.publisher == "NileNews.example"


def test_an_outlet_whose_name_ends_in_a_number_relays_an_agency():
    article = parse_article(
        f"Как передает Степь 24 со ссылкой на ТАСС, делегации встретились в столице.\n\n{MORE}\n"
    )
    assert article.publisher == "Степь 24"


def test_the_dateline_agency_beats_a_site_the_lead_relays():
    article = parse_article(
        "Самарканд, 2 мая, 2019, 10:15 — ИА Восток-Пресс. Министерства двух стран подписали "
        "меморандум о поставках электроэнергии, сообщает Газета.example.\n\n"
        f"{MORE}\n"
    )
    assert article.publisher == "Восток-Пресс"


def test_a_caption_printed_twice_under_a_picture_credit_is_no_headline():
    caption = "Министры двух стран на церемонии в здании правительства"
    article = parse_article(
        "Министры обсудили строительство новой железной дороги\n\n"
        f"Фото: пресс-служба министерства\n{caption}\n{caption}\n\n{LEAD}\n\n{MORE}\n"
    )
    assert article.title == "Министры обсудили строительство новой железной дороги"


def test_a_headline_stamp_and_dateline_glued_on_one_line_are_three():
    article = parse_article(
        "Министры обсудили строительство дороги03.09.2019 12:10САМАРКАНД, 3 сентября. "
        f"/Восток-Пресс/. {LEAD}\n\n{MORE}\n"
    )
    assert (article.title, article.date, article.publisher) == (
        "Министры обсудили строительство дороги",
        "2019-09-03",
        "Восток-Пресс",
    )


def test_a_photo_credit_with_a_slash_is_furniture_not_the_lead():
    article = parse_article(
        "Министры обсудили строительство дороги\n\n"
        "© Степь Медиа / Иван Петров / Перейти в фотобанкПорт на реке. Вид с воздуха\n"
        f"{LEAD}\n\n{MORE}\n"
    )
    assert article.sentences[1].text.startswith("Стороны обсудили")


def test_a_caption_signed_with_the_site_and_its_stamp_dates_the_page():
    article = parse_article(
        "Министры обсудили строительство дороги\n\n"
        "Порт на реке. Вид с воздуха - Степь Вестник, 1920, 03.09.2022\n"
        f"АСТАНА, 3 сен — Степь Вестник. {LEAD}\n\n{MORE}\n"
    )
    assert (article.date, article.publisher) == ("2022-09-03", "Степь Вестник")
    assert not any("1920" in s.text for s in article.sentences)


def test_a_lead_opening_with_the_day_the_town_and_the_agency_in_slashes():
    article = parse_article(f"14 октября, Гомель /Корр. Восток-Пресс/. {LEAD}\n\n{MORE}\n")
    assert article.publisher == "Восток-Пресс"


def test_an_outlets_office_abroad_reporting_is_the_outlet():
    article = parse_article(
        f"Как сообщает казахстанское бюро Степь24, делегации встретились в столице.\n\n{MORE}\n"
    )
    assert article.publisher == "Степь24"


def test_a_recommended_block_at_the_end_names_no_site():
    article = parse_article(f"{LEAD}\n\n{MORE}\n\nРекомендуем\n")
    assert article.publisher is None
