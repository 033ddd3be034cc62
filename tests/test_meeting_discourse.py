"""Meetings whose date, place or people the article says around the cue: the dateline's date
of a page with no header date, a visit's destination read along the words, a pronoun or a
frame ("во время переговоров") naming the event again, "его встреча", a planned meeting."""

from __future__ import annotations

import pytest
from reading import meetings, rows

from diplograph.build import process
from diplograph.ingest import parse_article


def _undated(lead: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """Meetings of a page whose header prints no date: only the lead's dateline has one."""
    resolution = process(parse_article(f"Новости региона: визиты и переговоры\n\n{lead}\n"))
    out = []
    for row in rows(resolution, "meeting"):
        places = row.get("place") or [""]
        people = tuple(sorted(row.get("participant", [])))  # type: ignore[call-overload]
        out.append((str(row.get("date", "")), str(places[0]), people))  # type: ignore[index]
    return sorted(out)


def test_a_day_and_month_take_the_year_of_the_dateline():
    found = _undated(
        "ТАШКЕНТ, 14.03.2024 /Агентство/. Министр иностранных дел Узбекистана Бахтиёр Саидов "
        "12 марта встретился в Самарканде с министром иностранных дел Латвии Байбой Браже."
    )
    assert found and all(date == "2024-03-12" for date, _, _ in found)


def test_an_undated_event_takes_the_datelines_date_with_a_short_year():
    found = _undated(
        "Алматы, 05.06.23. /Агентство/. Премьер-министр Казахстана Алихан Смаилов, "
        "находящийся с визитом в Минске, провел переговоры с премьер-министром Беларуси "
        "Романом Головченко."
    )
    assert found and all(date == "2023-06-05" for date, _, _ in found)


def test_a_clock_and_date_glued_to_the_lead_date_it():
    found = _undated(
        "09:15 21/11/2022Президент Монголии Ухнаагийн Хурэлсух провел переговоры с "
        "президентом Казахстана Касым-Жомартом Токаевым."
    )
    assert found and all(date == "2022-11-21" for date, _, _ in found)


def test_a_visits_destination_is_read_along_the_words():
    found = meetings(
        "Соглашение было достигнуто в ходе рабочего визита министра иностранных дел "
        "Казахстана Ержана Ашикбаева в Иран, в рамках которого состоялась встреча с "
        "министром иностранных дел Ирана Аббасом Аракчи."
    )
    assert found and all(place == "Иран" for _, place, _ in found)


def test_a_place_of_several_words_hangs_by_its_last():
    found = meetings(
        "Министр энергетики Казахстана Алмасхан Саткалиев подписал соглашения в "
        "Объединенных Арабских Эмиратах. Он встретился с министром энергетики ОАЭ "
        "Сухейлем аль-Мазруи."
    )
    assert found and all(place == "ОАЭ" for _, place, _ in found)


def test_a_place_said_beside_the_passive_verb_is_where_it_was_signed():
    found = meetings(
        "3 марта в Баку был подписан меморандум. Документ подписали министр экономики "
        "Азербайджана Микаил Джаббаров и министр торговли Турции Омер Болат."
    )
    assert found == [("2024-03-03", "Баку", ("Микаил Джаббаров", "Омер Болат"))]


def test_a_meeting_on_the_schedule_is_not_a_meeting():
    found = meetings(
        "Сегодня состоялась встреча президента Турции Реджепа Эрдогана и премьер-министра "
        "Ирака Мухаммеда ас-Судани. Также у Эрдогана запланирована встреча с президентом "
        "Ирака Абдуллатифом Рашидом."
    )
    assert all("Абдуллатиф Рашид" not in people for _, _, people in found)


def test_a_pronoun_names_the_meeting_again_with_its_place():
    found = meetings(
        "Министр транспорта Узбекистана Илхом Махкамов встретился с министром транспорта "
        "Казахстана Нурланом Сауранбаевым. Она состоялась во время выставки, открывшейся в "
        "Ташкенте."
    )
    assert found == [("", "Ташкент", ("Илхом Махкамов", "Нурлан Сауранбаев"))]


def test_his_meeting_is_the_meeting_of_the_one_named_before():
    found = meetings(
        "Как сообщил министр иностранных дел Венгрии Петер Сийярто, это было решено на его "
        "встрече с министром энергетики Азербайджана Парвизом Шахбазовым в Баку."
    )
    assert found == [("", "Баку", ("Парвиз Шахбазов", "Петер Сийярто"))]


def test_a_speaker_during_the_talks_just_told_joins_them():
    found = meetings(
        "Об этом в ходе переговоров с премьер-министром Узбекистана Абдуллой Ариповым заявил "
        "премьер-министр Кыргызстана Адылбек Касымалиев. Во время переговоров министр "
        "экономики Кыргызстана Данияр Амангельдиев отметил рост торговли."
    )
    assert len(found) == 1
    assert {"Абдулла Арипов", "Данияр Амангельдиев"} <= set(found[0][2])


def test_a_joint_briefing_is_a_meeting_of_the_two():
    found = meetings(
        "«Мы договорились о новом мосте», — сказал Никол Пашинян на совместном брифинге с "
        "президентом Грузии Михаилом Кавелашвили в Ереване."
    )
    assert found == [("", "Ереван", ("Михаил Кавелашвили", "Никол Пашинян"))]


def test_a_briefing_of_one_speaker_is_no_meeting():
    found = meetings(
        "Официальный представитель МИД Мария Захарова на брифинге в Москве заявила, что "
        "переговоры продолжатся."
    )
    assert all(people != ("Мария Захарова",) for _, _, people in found)


def test_a_call_told_in_a_frame_is_not_the_event_before():
    found = meetings(
        "Президент Казахстана Касым-Жомарт Токаев и узбекский президент Шавкат Мирзиёев "
        "приняли участие в церемонии открытия моста в Ташкенте. Накануне президент Турции "
        "Реджеп Эрдоган во время телефонного разговора поблагодарил Касым-Жомарта Токаева."
    )
    assert len(found) == 2
    assert ("", "", ("Касым-Жомарт Токаев", "Реджеп Эрдоган")) in found


def test_the_sides_take_the_date_of_the_sentence_naming_them():
    found = meetings(
        "3 апреля 2024 года министр иностранных дел Туркменистана Рашид Мередов вручил послу "
        "Ирана Али Моджтабе Рузбахани верительную грамоту. В ходе встречи стороны обсудили "
        "сотрудничество."
    )
    assert found and all(date == "2024-04-03" for date, _, _ in found)


def test_with_him_is_the_one_person_of_the_sentence_before():
    found = meetings(
        "Сегодня в Оренбургскую область прибыл посол Казахстана в России Даурен Абаев. С ним "
        "встретился губернатор Евгений Солнцев."
    )
    assert any(people == ("Даурен Абаев", "Евгений Солнцев") for _, _, people in found)


def test_the_headlines_one_city_places_the_first_event():
    resolution = process(
        parse_article(
            "О чём договорились министры энергетики Казахстана и Турции в Астане\n2024-05-02\n\n"
            "Встреча министров энергетики Казахстана и Турции Алмасхана Саткалиева и Алпарслана "
            "Байрактара состоялась в рамках инвестиционного форума.\n"
        )
    )
    places = [row.get("place") for row in rows(resolution, "meeting")]
    assert places and all(p == ["Астана"] for p in places)


def test_a_relative_clause_of_the_talks_says_where_they_took_place():
    found = meetings(
        "Стороны подписали меморандум по итогам переговоров министра энергетики Казахстана "
        "Алмасхана Саткалиева с министром энергетики Узбекистана Журабеком Мирзамахмудовым, "
        "которые прошли в Ташкенте."
    )
    assert found and all(place == "Ташкент" for _, place, _ in found)


def test_a_relative_clause_of_another_noun_says_nothing_of_the_event():
    found = meetings(
        "Министр транспорта Казахстана Марат Карабаев провел переговоры с послом Китая "
        "Хань Чунем о поездах, которые прошли через Достык."
    )
    assert found and all(place != "Достык" for _, place, _ in found)


def test_co_chairs_named_after_the_session_are_its_participants():
    found = meetings(
        "12 апреля в Ташкенте прошло IX заседание Межправительственной узбекско-латвийской "
        "комиссии. Сопредседателями комиссии являются министр транспорта Узбекистана Ильхом "
        "Махкамов и министр сообщения Латвии Атис Швинка."
    )
    assert found == [("2024-04-12", "Ташкент", ("Атис Швинка", "Ильхом Махкамов"))]


@pytest.mark.parametrize("dateline", ["Ташкент. 14 марта. Агентство —", "Ташкент. 14 марта."])
def test_a_city_set_off_by_a_full_stop_before_the_day_is_the_dateline(dateline: str):
    found = _undated(
        f"{dateline} Министр иностранных дел Узбекистана Бахтиёр Саидов провел переговоры "
        "с министром иностранных дел Латвии Байбой Браже."
    )
    assert [place for _, place, _ in found] == ["Ташкент"]


@pytest.mark.parametrize(
    "plans",
    [
        "Стороны наметили планы на будущее, включая визит президента Киргизии в Ташкент.",
        "Делегации готовятся к новым встречам в Бишкеке.",
    ],
)
def test_an_event_inside_the_plans_is_not_a_meeting(plans: str):
    found = meetings(
        "3 апреля министр иностранных дел Узбекистана Бахтиёр Саидов провел переговоры с "
        f"министром иностранных дел Киргизии Жээнбеком Кулубаевым. {plans}"
    )
    assert [place for _, place, _ in found] == [""]


@pytest.mark.parametrize("verb", ["проинформировал", "рассказал"])
def test_the_one_told_of_talks_took_no_part_in_them(verb: str):
    found = meetings(
        f"Премьер-министр Венгрии Виктор Орбан {verb} президента Сербии Александара Вучича "
        "о переговорах с президентом Турции Реджепом Тайипом Эрдоганом."
        if verb == "проинформировал"
        else f"Премьер-министр Венгрии Виктор Орбан {verb} президенту Сербии Александару Вучичу "
        "о переговорах с президентом Турции Реджепом Тайипом Эрдоганом."
    )
    assert [people for _, _, people in found] == [("Виктор Орбан", "Реджеп Тайип Эрдоган")]


def test_signing_a_plan_is_a_signing_not_a_plan():
    found = meetings(
        "12 марта в Тбилиси министр транспорта Казахстана Марат Карабаев и министр экономики "
        "Грузии Мариам Квривишвили подписали План совместных действий на 2025-2027 годы."
    )
    assert found == [("2024-03-12", "Тбилиси", ("Марат Карабаев", "Мариам Квривишвили"))]
