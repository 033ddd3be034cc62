"""Where an event was, told through the site it was held at, the gathering it was part of or
the headline: the place reaches the event through the words that carry it."""

from __future__ import annotations

import pytest
from reading import facts, meetings, rows


@pytest.mark.parametrize(
    "site",
    [
        "на пограничном переходе в городе Кяхта",
        "в здании таможни в городе Кяхта",
        "на площадке у моста в городе Кяхта",
    ],
)
def test_a_town_named_for_the_site_of_the_ceremony_is_its_place(site: str):
    found = meetings(
        f"Церемония открытия пункта пропуска состоялась {site}. Участвовали министр "
        "транспорта России Роман Старовойт и министр дорог Монголии Болд Лувсанванчиг."
    )
    assert [place for _, place, _ in found] == ["Кяхта"]


@pytest.mark.parametrize("airport", ["В аэропорту Ташкента", "В международном аэропорту Ташкента"])
def test_the_city_of_an_airport_is_where_a_guest_was_met(airport: str):
    found = meetings(
        f"{airport} министра иностранных дел Казахстана Мурата Нуртлеу встретил министр "
        "иностранных дел Узбекистана Бахтиёр Саидов."
    )
    assert [place for _, place, _ in found] == ["Ташкент"]


def test_a_person_a_site_is_named_after_is_not_there():
    found = meetings(
        "В аэропорту им. Гейдара Алиева президента Казахстана Касым-Жомарта Токаева "
        "встретил премьер-министр Азербайджана Али Асадов."
    )
    assert [people for _, _, people in found] == [("Али Асадов", "Касым-Жомарт Токаев")]


@pytest.mark.parametrize("region", ["Башкортостана", "Татарстана"])
def test_the_capital_of_a_region_not_named_is_the_region(region: str):
    found = meetings(
        "Министр энергетики России Сергей Цивилев провел встречу с министром энергетики "
        "Ирана Мохсеном Пакнежадом в рамках форума, проходящего в столице "
        f"{region}."
    )
    assert [place for _, place, _ in found] == [region[:-1]]


def test_a_town_after_the_holder_of_a_title_is_the_venue_not_the_title_s():
    found = meetings(
        "Аким Алматинской области Марат Султангазиев в китайском Урумчи провел переговоры "
        "с губернатором Синьцзяна Эркином Тунияцом."
    )
    assert [place for _, place, _ in found] == ["Урумчи"]


def test_a_town_the_headline_says_things_happened_in_places_the_first_event():
    resolution = facts(
        "Между двумя странами открыли первый железнодорожный мост. В церемонии открытия "
        "приняли участие губернатор Оренбургской области Евгений Солнцев и аким "
        "Актюбинской области Асхат Шахаров.",
        title="В Забайкальске открыли новый мост с Китаем",
    )
    assert [row.get("place") for row in rows(resolution, "meeting")] == [["Забайкальск"]]


def test_a_year_alone_told_after_an_undated_event_is_the_story_behind_it():
    found = meetings(
        "Церемония закладки первого камня прошла в городе Кяхта. Участвовали министр "
        "транспорта России Роман Старовойт и министр дорог Монголии Болд Лувсанванчиг. "
        "Москва и Улан-Батор в 2019 году подписали соглашение о строительстве дороги.",
        date="",
    )
    assert [date for date, _, _ in found] == [""]


def test_leaders_who_met_before_are_the_two_the_article_named_together():
    found = meetings(
        "Президент Казахстана Касым-Жомарт Токаев в четверг проведет переговоры с президентом "
        "Франции Эммануэлем Макроном. Об этом сообщили в пресс-службе Акорды. Темой станут "
        "вопросы торговли. До этого руководители государств встречались в Париже."
    )
    assert found == [("", "Париж", ("Касым-Жомарт Токаев", "Эммануэль Макрон"))]


def test_a_session_of_a_joint_commission_on_an_island_is_a_meeting_there():
    found = meetings(
        "На острове Пхукет прошла пятая сессия совместной казахстанско-таиландской комиссии. "
        "Ее возглавили министр торговли Казахстана Арман Шаккалиев и министр торговли "
        "Таиланда Пхумтхам Ветчаячай."
    )
    assert [place for _, place, _ in found] == ["Пхукет"]


def test_a_speech_at_a_session_of_the_general_assembly_is_no_meeting():
    found = meetings(
        "Президент Казахстана Касым-Жомарт Токаев выступил на сессии Генеральной Ассамблеи "
        "ООН в Нью-Йорке."
    )
    assert found == []


@pytest.mark.parametrize("dash", ["-", "–", "—"])
def test_names_after_a_dash_spell_out_the_chairs_of_a_session(dash: str):
    found = meetings(
        "В Гомеле открылось заседание межправкомиссии. Как сообщили в министерстве, "
        "на заседании председательствовали вице-премьеры обеих стран "
        f"{dash} Алексей Оверчук и Виктор Каранкевич."
    )
    assert [people for _, _, people in found] == [("Алексей Оверчук", "Виктор Каранкевич")]


def test_putting_signatures_under_a_document_is_a_signing_of_the_signatories():
    found = meetings(
        "Сегодня в Ашхабаде прошла встреча министров транспорта. Свои подписи под протоколом "
        "поставили министр транспорта Казахстана Марат Карабаев и министр транспорта "
        "Туркменистана Мамметхан Чакыев."
    )
    assert [people for _, _, people in found] == [("Мамметхан Чакыев", "Марат Карабаев")]
