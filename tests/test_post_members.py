"""Posts of members and officials of bodies: members of boards and committees, deputies,
rectors, bodies attached to a ministry ("при министерстве"), and the country a body's name
gives (a federal agency, a region of a federation, a company named in English)."""

from __future__ import annotations

from test_posts import posts


def test_a_member_of_a_board_holds_a_post_in_its_body():
    found = posts(
        "Член правления банка развития Казахстана Арман Жуматов выступил на форуме "
        "с докладом о финансировании проектов."
    )
    assert ("Арман Жуматов", "член правления") in {(p, r) for p, r, _, _ in found}


def test_a_member_of_a_delegation_holds_no_post():
    found = posts("Член делегации Игорь Сидоров добавил, что переговоры прошли успешно.")
    assert found == set()


def test_a_deputy_of_a_parliament_takes_its_country():
    found = posts(
        "Депутат Государственной думы Олег Смирнов посетил Минск в составе делегации "
        "по приглашению белорусских коллег."
    )
    assert found == {("Олег Смирнов", "депутат", "Государственная дума", "Россия")}


def test_a_rector_of_a_university_in_a_known_city_takes_its_country():
    found = posts(
        "Проректор Московского государственного университета Ирина Петрова рассказала "
        "об обмене студентами."
    )
    assert {(p, r, c) for p, r, _, c in found} == {("Ирина Петрова", "проректор", "Россия")}


def test_a_committee_attached_to_a_ministry_is_read_through_the_preposition():
    found = posts(
        "Об этом сообщил начальник управления по туризму при министерстве экономики Армении "
        "Арам Саркисян."
    )
    assert {(p, r, c) for p, r, _, c in found} == {("Арам Саркисян", "начальник", "Армения")}


def test_the_head_of_a_federal_agency_takes_the_federation():
    found = posts("Руководитель Росстата Петр Иванов сообщил о росте торговли.")
    assert found == {("Петр Иванов", "руководитель", "Росстат", "Россия")}


def test_the_head_of_a_region_of_a_federation_takes_the_federation():
    found = posts("Глава Республики Татарстан Рустам Минниханов провел встречу в Казани.")
    assert {(p, c) for p, _, _, c in found} == {("Рустам Минниханов", "Россия")}


def test_a_company_named_in_english_after_its_country_takes_that_country():
    found = posts(
        "Генеральный директор компании Uzbekistan Airways Тимур Каримов заявил о новых рейсах."
    )
    assert {(p, c) for p, _, _, c in found} == {("Тимур Каримов", "Узбекистан")}


def test_a_charge_d_affaires_takes_the_country_before_the_host():
    found = posts(
        "Министр промышленности Беларуси Александр Ефимов провел переговоры с временным "
        "поверенным в делах Казахстана в Беларуси Ерланом Сеитовым в Минске."
    )
    assert ("Ерлан Сеитов", "временный поверенный в делах", "", "Казахстан") in found


def test_a_committee_whose_name_lists_its_fields_is_read_to_the_name():
    found = posts(
        "Депутат Милли Меджлиса, член комитета по аграрной политике, торговле и туризму "
        "Эльчин Мамедов, комментируя итоги года, отметил рост товарооборота."
    )
    assert {(p, r, c) for p, r, _, c in found} == {
        ("Эльчин Мамедов", "депутат", "Азербайджан"),
        ("Эльчин Мамедов", "член", "Азербайджан"),
    }


def test_a_body_of_a_city_takes_the_city_s_country():
    found = posts(
        "Председатель правления торговой палаты Ташкента Бахтиёр Юсупов заявил о росте "
        "экспорта фруктов в Россию."
    )
    assert {(p, c) for p, _, _, c in found} == {("Бахтиёр Юсупов", "Узбекистан")}
