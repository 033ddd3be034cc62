"""Where and when a meeting was, in the ways news says it beyond "в X": the town of a
gathering told by a relative clause or by its adjective, a town after "г.", the capital in
apposition, a country's own ministry, "в стране" of a visit, the scene set by the lead, the
day of the arrival before."""

from __future__ import annotations

import pytest
from reading import facts, meetings, rows


@pytest.mark.parametrize("verb", ["которая проходит", "которая прошла"])
def test_a_gathering_said_to_take_place_in_a_town_by_a_relative_clause_gives_the_town(verb: str):
    found = meetings(
        "Министр экономики Казахстана Серик Жумангарин и министр экономики Узбекистана Илхом "
        "Норкулов подписали меморандум. Церемония подписания состоялась в рамках встречи "
        f"министров двух стран, {verb} в Бухаре."
    )
    assert [place for _, place, _ in found] == ["Бухара"]


@pytest.mark.parametrize("town", ["в г.Самарканде", "в г. Самарканде", "в городе Самарканде"])
def test_a_town_after_the_word_for_town_is_the_place(town: str):
    found = meetings(
        f"{town} состоялась встреча министра транспорта Узбекистана Ильхома Махкамова с "
        "министром транспорта Казахстана Марат Карабаевым."
    )
    assert [place for _, place, _ in found] == ["Самарканд"]


def test_the_capital_named_in_apposition_is_the_place():
    found = meetings(
        "5 мая в столице страны Душанбе с премьер-министром Кохиром Расулзода встретился "
        "министр иностранных дел Венгрии Петер Сийярто."
    )
    assert [place for _, place, _ in found] == ["Душанбе"]


@pytest.mark.parametrize("seat", ["в МИД Грузии", "в здании правительства Грузии"])
def test_a_countrys_own_ministry_is_in_that_country(seat: str):
    found = meetings(
        "Министр иностранных дел Грузии Илья Дарчиашвили встретился с послом Японии Акирой "
        f"Имамурой. Встреча прошла {seat}."
    )
    assert [place for _, place, _ in found] == ["Грузия"]


def test_an_embassy_of_a_country_is_not_in_that_country():
    found = meetings(
        "Министр иностранных дел Грузии Илья Дарчиашвили встретился с послом Японии Акирой "
        "Имамурой. Встреча прошла в посольстве Японии."
    )
    assert [place for _, place, _ in found] != ["Япония"]


@pytest.mark.parametrize("adjective", ["Петербургского", "Петербургского международного"])
def test_a_forum_named_by_its_towns_adjective_gives_the_town(adjective: str):
    found = meetings(
        f"Губернатор Андрей Травников на полях {adjective} экономического форума провел "
        "встречу с послом Вьетнама Данг Минь Кхоем."
    )
    assert [place for _, place, _ in found] == ["Санкт-Петербург"]


def test_in_the_country_of_a_visit_is_the_hosts_country():
    found = meetings(
        "Президент Кыргызстана Садыр Жапаров принял находящегося с визитом в стране министра "
        "иностранных дел Венгрии Петера Сийярто."
    )
    assert [place for _, place, _ in found] == ["Кыргызстан"]


def test_a_town_the_lead_sets_its_story_in_is_the_place_of_the_signing_told_next():
    found = meetings(
        "12 февраля в Ташкенте министры сельского хозяйства трех стран договорились о "
        "поставках зерна. Соглашение подписали министр сельского хозяйства Казахстана Айдарбек "
        "Сапаров и министр сельского хозяйства Узбекистана Ибрагим Абдурахмонов."
    )
    assert [place for _, place, _ in found] == ["Ташкент"]


def test_a_signing_on_a_visit_of_its_own_is_not_the_meeting_told_before():
    found = meetings(
        "Министр энергетики Таджикистана Далер Джума встретился с послом Ирана Алирезой "
        "Хагиги. Напомним, в мае 2019 года в ходе визита президента Таджикистана Эмомали "
        "Рахмона в Иран стороны подписали соглашение о сотрудничестве."
    )
    assert ("2019-05", "Иран", ("Эмомали Рахмон",)) in found


def test_a_meeting_with_someone_told_after_an_arrival_is_of_the_arrivals_day():
    found = meetings(
        "Премьер-министр Армении Никол Пашинян прибыл в Баку 10 апреля. В Шеки состоялась "
        "встреча с Али Асадовым.",
        date="2024-04-11",
    )
    assert ("2024-04-10", "Шеки", ("Али Асадов", "Никол Пашинян")) in found


def _labels(text: str) -> list[str]:
    return [str(row.get("kind", "")) for row in rows(facts(text, title="Новости дня"), "meeting")]


@pytest.mark.parametrize(
    "session",
    [
        "состоялось 9-е заседание Межправительственной комиссии по сотрудничеству",
        "прошло очередное заседание межправительственной комиссии",
    ],
)
def test_a_session_of_a_named_body_goes_by_its_name(session: str):
    labels = _labels(
        f"В Ереване {session}. Комиссию возглавили вице-премьер Армении Мгер Григорян и "
        "вице-премьер Казахстана Серик Жумангарин."
    )
    assert len(labels) == 1 and "заседание" in labels[0] and "комиссии" in labels[0].lower()


def test_a_meeting_with_no_body_keeps_its_kind():
    assert _labels(
        "Министр иностранных дел Казахстана Мурат Нуртлеу встретился с послом Японии Ютакой Ямадой."
    ) == ["Встреча"]


def test_talks_opened_by_one_who_spoke_have_the_speaker_in_them():
    found = meetings(
        "Об этом заявил вице-премьер России Алексей Оверчук, открывая переговоры с "
        "вице-премьером Монголии Жадамбыном Энхбаяром."
    )
    assert [people for _, _, people in found] == [("Алексей Оверчук", "Жадамбын Энхбаяр")]


def test_a_headline_saying_it_runs_through_a_country_is_no_meeting_there():
    found = meetings(
        "Он проходит через Казахстан и заканчивается в Иране\n\nПрезидент Казахстана "
        "Касым-Жомарт Токаев встретился с послом Ирана Али Акбаром Джокаром."
    )
    assert [place for _, place, _ in found] != ["Иран"]


def test_a_person_in_brackets_telling_who_another_is_takes_no_part():
    found = meetings(
        "В Ашхабаде с председателем Халк Маслахаты Гурбангулы Бердымухамедовым (отец "
        "президента Сердара Бердымухамедова) встретился министр иностранных дел Турции Хакан "
        "Фидан."
    )
    assert all("Сердар Бердымухамедов" not in people for _, _, people in found)


def test_the_year_of_a_document_a_participle_describes_is_not_the_meetings():
    found = meetings(
        "На встрече с коллегой Ли Сяопэном министр Ж.Бат-Эрдэнэ отметил устаревание "
        "соглашения, подписанного министерствами в 2011 году, и предложил его обновить.",
        date="2018-01-31",
    )
    assert [date for date, _, _ in found] == [""]  # the page's date, not 2011


def test_the_headlines_meeting_is_the_one_the_lead_tells_though_a_name_is_spelt_otherwise():
    found = rows(
        facts(
            "10 февраля состоялся телефонный разговор Владимира Путина с президентом ЮАР "
            "Сирилом Рамафозой.",
            date="2026-02-11",
            title="Путин и Рамафоса обсудили торговлю",
        ),
        "meeting",
    )
    assert [row.get("date") for row in found] == ["2026-02-10"]


def test_one_who_recalls_a_visit_of_someone_else_was_not_on_it():
    found = meetings(
        "Президент Таджикистана Эмомали Рахмон дал интервью. Глава государства рассказал о "
        "визите премьер-министра Японии Фумио Кисиды в Таджикистан в 2021 году."
    )
    assert ("2021", "Таджикистан", ("Фумио Кисида",)) in found


def test_a_summit_attended_on_a_visit_is_a_meeting_of_its_own_at_the_visits_time():
    found = meetings(
        "Министр вспомнил о визите в 2019 году канцлера Австрии Себастиана Курца в "
        "Казахстан. Тогда канцлер участвовал в саммите Организации тюркских государств."
    )
    assert [(date, people) for date, _, people in found] == [
        ("2019", ("Себастиан Курц",)),
        ("2019", ("Себастиан Курц",)),
    ]


def test_the_date_of_a_participle_describing_the_event_itself_is_the_events():
    found = meetings(
        "Президент Узбекистана Шавкат Мирзиёев напомнил про свой визит в Индонезию, "
        "состоявшийся в мае 2022 года, и переговоры с президентом Джоко Видодо."
    )
    assert ("2022-05", "Индонезия", ("Джоко Видодо", "Шавкат Мирзиёев")) in found
