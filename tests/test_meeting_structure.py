"""Where, when and with whom, read from a sentence's structure when the parse hangs the words
elsewhere: a place right after the event noun, a site named by its town's adjective, a "где"
clause, a reception thanked for, a span of days, an event to come spoken of, a title alone
as the subject, the members of a delegation."""

from __future__ import annotations

import pytest
from reading import meetings


@pytest.mark.parametrize(
    "lead",
    [
        "Энергетика была главной темой переговоров в Бишкеке президентов Казахстана и "
        "Кыргызстана Касым-Жомарта Токаева и Садыра Жапарова.",
        "Вопросы транспорта заняли важное место в повестке встречи в Бишкеке президентов "
        "Казахстана и Кыргызстана Касым-Жомарта Токаева и Садыра Жапарова.",
    ],
)
def test_a_town_right_after_the_event_noun_is_its_place(lead: str):
    found = meetings(lead)
    assert {place for _, place, _ in found} == {"Бишкек"}


def test_a_site_named_by_its_towns_adjective_in_a_where_clause_is_that_town():
    found = meetings(
        "Президент Казахстана Касым-Жомарт Токаев посетил Кыргызстан с государственным визитом. "
        "Его самолет приземлился в Бишкекском международном аэропорту, где гостя лично "
        "встретил президент Кыргызстана Садыр Жапаров."
    )
    assert {place for _, place, _ in found} == {"Бишкек"}


def test_arrival_in_a_town_of_the_country_visited_is_the_place_of_the_visit():
    found = meetings(
        "Президент Казахстана Касым-Жомарт Токаев прибыл в Кыргызстан с официальным визитом. "
        "По прибытии в Бишкек глава Казахстана направился в резиденцию. Затем Токаев провел "
        "переговоры с президентом Кыргызстана Садыром Жапаровым."
    )
    assert {place for _, place, _ in found} == {"Бишкек"}


def test_the_town_of_a_reception_thanked_for_is_where_the_talks_were():
    found = meetings(
        "Касым-Жомарт Токаев и Садыр Жапаров провели совместную пресс-конференцию. Президент "
        "Казахстана поблагодарил коллегу за радушный прием в Бишкеке, отметив, что переговоры "
        "прошли в дружеской атмосфере."
    )
    assert {place for _, place, _ in found} == {"Бишкек"}


def test_a_visit_of_a_span_of_days_begins_on_its_first_day():
    found = meetings(
        "Президент Узбекистана Шавкат Мирзиёев 5-7 марта посетил Душанбе с государственным "
        "визитом и провел переговоры с президентом Таджикистана Эмомали Рахмоном."
    )
    assert {date for date, _, _ in found} == {"2024-03-05"}


def test_a_leader_whose_visit_to_come_is_discussed_takes_no_part_in_the_call():
    found = meetings(
        "Премьер-министр Армении Никол Пашинян провел телефонный разговор с премьер-министром "
        "Грузии Ираклием Кобахидзе. Стороны обсудили предстоящий визит президента Грузии "
        "Михаила Кавелашвили в Армению, запланированный на май."
    )
    assert [people for _, _, people in found] == [("Ираклий Кобахидзе", "Никол Пашинян")]


def test_the_one_who_invited_is_not_said_to_take_part():
    found = meetings(
        "Президент Монголии Ухнаагийн Хурэлсух по приглашению президента Казахстана "
        "Касым-Жомарта Токаева посетил Астану с рабочим визитом."
    )
    assert [people for _, _, people in found] == [("Ухнаагийн Хурэлсух",)]


def test_a_bare_title_as_the_subject_is_the_articles_one_holder_of_it():
    found = meetings(
        "Министр иностранных дел Индонезии Сугионо прибыл в Москву. «Мы ценим наше "
        "партнерство», - заявил министр на переговорах с российским коллегой Сергеем Лавровым."
    )
    people = {p for _, _, ps in found for p in ps}
    assert people == {"Сугионо", "Сергей Лавров"}


def test_the_members_of_a_delegation_take_part_in_its_event():
    found = meetings(
        "Премьер-министр Армении Никол Пашинян прибыл в Тбилиси, где провел переговоры с "
        "премьер-министром Грузии Ираклием Кобахидзе. Армянский премьер находится в Грузии с "
        "делегацией, в состав которой входят министр экономики Геворг Папоян и министр "
        "финансов Вахтанг Кароян."
    )
    people = {p for _, _, ps in found for p in ps}
    assert {"Геворг Папоян", "Вахтанг Кароян"} <= people


def test_delegations_led_by_two_people_give_the_talks_their_people():
    found = meetings(
        "12 марта в Астане состоялись консультации между министерствами иностранных дел "
        "Казахстана и Вьетнама. Делегации возглавили заместитель министра иностранных дел "
        "Казахстана Алибек Бакаев и заместитель министра иностранных дел Вьетнама Нгуен Минь Ву."
    )
    assert ("2024-03-12", "Астана", ("Алибек Бакаев", "Нгуен Минь Ву")) in found


def test_a_meeting_months_before_gives_no_place_to_talks_of_another_day():
    found = meetings(
        "Олаф Шольц и Эмманюэль Макрон на встрече в Берлине в декабре 2023 года. В "
        "понедельник Шольц и Макрон обсуждали отношения с Китаем."
    )
    assert ("2024-04-15", "", ("Олаф Шольц", "Эмманюэль Макрон")) in found


def test_a_town_inside_the_participle_before_a_gathering_is_its_place():
    found = meetings(
        "Министр экономики Армении Геворг Папоян выступил в ходе проходящего в Ереване "
        "армяно-иранского делового форума. На форуме он встретился с вице-президентом Ирана "
        "Мохаммадом Резой Арефом."
    )
    assert [place for _, place, _ in found] == ["Ереван"]


def test_a_dateline_a_day_before_the_page_dates_the_event_it_tells():
    found = meetings(
        "Пусан, Южная Корея, 14 апреля (Агентство). Премьер-министр Японии Сигэру Исиба и "
        "президент Южной Кореи Ли Чжэ Мён провели переговоры."
    )
    assert {date for date, _, _ in found} == {"2024-04-14"}


def test_the_country_the_lead_is_set_in_is_the_place_of_its_ceremony():
    found = meetings(
        "В Азербайджане 5 апреля начато строительство нового участка железной дороги. В "
        "церемонии закладки приняли участие президент Азербайджана Ильхам Алиев и турецкий "
        "президент Реджеп Тайип Эрдоган."
    )
    assert [place for _, place, _ in found] == ["Азербайджан"]
