"""Where a meeting took place, as real news says it: datelines in the forms sites print,
the venue against places that only belong to what was discussed."""

from __future__ import annotations

import pytest
from reading import meetings


@pytest.mark.parametrize(
    "dateline",
    ["АЛМАТЫ /Кабар/ -", "АЛМАТЫ, 3 апреля -", "АЛМАТЫ — Казинформ.", "Алматы, 3 апреля."],
)
def test_a_dateline_in_capitals_before_an_agency_is_the_place(dateline: str):
    found = meetings(
        f"{dateline} 3 апреля министр энергетики Казахстана Ерлан Аккенженов провел переговоры "
        "с послом Венгрии Золтаном Варгой."
    )
    assert [place for _, place, _ in found] == ["Алматы"]


@pytest.mark.parametrize(
    "topic",
    [
        "обсудили положение в Сирии",
        "обсудили вопросы безопасности в Афганистане",
        "говорили о развитии ситуации на Ближнем Востоке и в Ливии",
    ],
)
def test_a_place_inside_what_was_discussed_is_not_the_venue(topic: str):
    found = meetings(
        "Президент Казахстана Касым-Жомарт Токаев принял министра иностранных дел Турции "
        f"Хакана Фидана. На встрече стороны {topic}."
    )
    assert [place for _, place, _ in found] == [""]


@pytest.mark.parametrize("town", ["в городе Чэнду", "в г. Чэнду", "в китайском городе Чэнду"])
def test_a_town_named_after_the_word_city_is_the_venue(town: str):
    found = meetings(
        "Министр иностранных дел Таджикистана Сироджиддин Мухриддин встретился с заместителем "
        f"министра иностранных дел Китая Сунь Вэйдуном. Встреча прошла {town}."
    )
    assert [place for _, place, _ in found] == ["Чэнду"]


def test_a_signing_told_paragraphs_later_is_not_the_meeting_told_first():
    found = meetings(
        "Вице-премьер Армении Мгер Григорян и министр экономики Грузии Леван Давиташвили "
        "обсудили прокладку линии электропередачи. Линия соединит две энергосистемы. "
        "О ней говорят с 2019 года. Деньги на нее выделил Всемирный банк. Рамочное "
        "соглашение по проекту было подписано в марте 2021 года в Вене."
    )
    assert [(date, place) for date, place, _ in found] == [("", "")]


@pytest.mark.parametrize(
    "when", ["В 2019 году во время визита в Ереван", "Во время визита в Ереван в 2019 году"]
)
def test_a_past_visit_in_a_stated_year_is_dated_by_the_year(when: str):
    found = meetings(
        f"{when} президент Казахстана Касым-Жомарт Токаев встретился с премьер-министром "
        "Армении Николом Пашиняном."
    )
    assert [(date, place) for date, place, _ in found] == [("2019", "Ереван")]


@pytest.mark.parametrize(
    "accepted", ["принял приглашение Путина посетить Россию", "принял решение Путина"]
)
def test_accepting_an_invitation_or_a_decision_is_no_meeting(accepted: str):
    found = meetings(f"Король Саудовской Аравии Салман бин Абдель Азиз {accepted}.")
    assert found == []


def test_a_visit_this_year_is_under_way_not_dated_by_the_year():
    found = meetings(
        "Президент Кыргызстана Садыр Жапаров в этом году впервые посещает Казахстан. "
        "Его принял президент Казахстана Касым-Жомарт Токаев.",
        date="2024-04-19",
    )
    assert all(date != "2024" for date, _, _ in found)


@pytest.mark.parametrize(
    "meeting",
    [
        "Во вторник делегация встретилась с министром торговли Вьетнама Нгуен Хонг Зиеном.",
        "На встрече с министром торговли Вьетнама Нгуен Хонг Зиеном обсуждались поставки.",
    ],
)
def test_a_meeting_on_the_one_visit_told_is_in_the_country_visited(meeting: str):
    found = meetings(
        "Министр сельского хозяйства Казахстана Айдарбек Сапаров находится с рабочим визитом "
        f"во Вьетнаме. {meeting}"
    )
    assert any(
        place == "Вьетнам" and "Нгуен Хонг Зиен" in " ".join(people) for _, place, people in found
    )


@pytest.mark.parametrize(
    "scene",
    ["В Тбилиси", "12 марта в Тбилиси", "Сегодня в Тбилиси"],
)
def test_the_scene_a_sentence_opens_with_is_the_place_of_each_of_its_events(scene: str):
    found = meetings(
        f"{scene} министр иностранных дел Армении Арарат Мирзоян был принят президентом "
        "Грузии Михаилом Кавелашвили, провел переговоры с министром экономики Грузии Мариам "
        "Квривишвили, а также посетил парламент."
    )
    assert {place for _, place, _ in found} == {"Тбилиси"}


def test_where_the_visitor_is_at_the_time_is_the_place_of_his_meeting():
    found = meetings(
        "Губернатор Томской области Владимир Мазур прибыл с визитом в Казахстан. Губернатор "
        "сейчас находится в Павлодарской области, он уже встретился с акимом области "
        "Асаином Байхановым."
    )
    assert [place for _, place, _ in found] == ["Павлодарская область"]


def test_a_place_inside_the_sentence_is_not_its_scene():
    found = meetings(
        "Президент Казахстана Касым-Жомарт Токаев провел переговоры с президентом Киргизии "
        "Садыром Жапаровым, рассказав о строительстве дороги в Туркестанской области."
    )
    assert [place for _, place, _ in found] == [""]


@pytest.mark.parametrize("verb", ["приехал в Казахстан", "побывал в Казахстане"])
def test_coming_to_a_country_is_a_visit_there(verb: str):
    found = meetings(
        f"Премьер-министр Монголии Гомбожавын Занданшатар {verb}. Его сопровождают министры."
    )
    assert [(place, people) for _, place, people in found] == [
        ("Казахстан", ("Гомбожавын Занданшатар",))
    ]
