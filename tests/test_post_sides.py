"""The country of an official named with a bare title, from the article's two sides: the other
side of a meeting, the home side of a dateline, a delegation, a list after "с", and an
organisation said to be of a country."""

from __future__ import annotations

from reading import facts, rows
from test_posts import posts


def _country_of(found: set[tuple[str, str, str, str]], person: str) -> set[str]:
    return {c for p, _, _, c in found if p == person}


def test_the_one_participant_of_no_country_is_of_the_other_side():
    found = posts(
        "Узбекистан и Венгрия расширят торговлю. Решение согласовано в ходе переговоров "
        "министра инвестиций Лазиза Кудратова с министром экономики Венгрии Мартоном Надем в "
        "Будапеште. Венгрия и Узбекистан подпишут соглашение."
    )
    assert _country_of(found, "Лазиз Кудратов") == {"Узбекистан"}


def test_two_participants_of_no_country_beside_one_sides_official_are_of_the_other():
    found = posts(
        "Узбекистан и Венгрия расширят торговлю. В Будапеште министр инвестиций Лазиз Кудратов "
        "и министр финансов Ойбек Рахимов встретились с министром экономики Венгрии Мартоном "
        "Надем. Венгрия и Узбекистан подпишут соглашение."
    )
    assert _country_of(found, "Ойбек Рахимов") == {"Узбекистан"}


def test_a_bare_title_on_a_page_from_a_city_of_one_side_is_of_that_side():
    found = posts(
        "ЕРЕВАН, 3 марта — Агентство. Армения и Иран обсудили энергетику. Министр "
        "территориального управления Давид Худатян провел переговоры с послом Ирана Мехди "
        "Собхани. Иран и Армения продлят контракт."
    )
    assert _country_of(found, "Давид Худатян") == {"Армения"}


def test_a_company_officer_takes_no_country_from_the_dateline():
    found = posts(
        "АСТАНА, 5 мая — Агентство. Казахстан и Китай обсудили поставки. По словам "
        "председателя правления компании «Транзит Логистик» Ержана Сатпаева, объем перевозок "
        "вырос. Китай и Казахстан договорились."
    )
    assert _country_of(found, "Ержан Сатпаев") == {""}


def test_the_members_of_a_delegation_that_came_with_a_leader_are_of_his_country():
    found = posts(
        "Молдавский премьер прибыл в Румынию вместе с официальной делегацией. В нее вошли "
        "министр экономики Дмитрий Алайба, министр энергетики Виктор Парликов и советник "
        "президента Олег Серебрян."
    )
    assert {p: c for p, _, _, c in found} == {
        "Дмитрий Алайба": "Молдова",
        "Виктор Парликов": "Молдова",
        "Олег Серебрян": "Молдова",
    }


def test_two_met_after_with_and_parted_by_a_comma_share_the_first_ones_country():
    found = posts(
        "Глава МИД посетил Софию для встречи с премьер-министром Болгарии Росеном Желязковым "
        "(Rosen Zhelyazkov), министром энергетики Жечо Станковым (Zhecho Stankov)."
    )
    assert _country_of(found, "Жечо Станков") == {"Болгария"}


def test_an_organisation_of_a_country_gives_its_officer_that_country():
    found = posts(
        "Правительство Армении и российская государственная корпорация «Росатом» подписали "
        "меморандум. Документ подписал генеральный директор «Росатома» Алексей Лихачев. "
        "Об этом рассказал заместитель директора Казахстанского института стратегических "
        "исследований Ерлан Мадиев."
    )
    assert _country_of(found, "Алексей Лихачев") == {"Россия"}
    assert _country_of(found, "Ерлан Мадиев") == {"Казахстан"}


def test_an_organisation_placed_in_brackets_is_of_that_country():
    found = posts(
        "Оператор Gulf Ports Group (Доха, Катар) построит терминал. Контракт подписал "
        "президент Gulf Ports Group Хамад Аль-Тани."
    )
    assert _country_of(found, "Хамад Аль-Тани") == {"Катар"}


def test_rows_are_read_the_same_way_twice():
    text = "ЕРЕВАН, 3 марта — Агентство. Министр Давид Худатян встретился с послом Ирана."
    assert rows(facts(text), "post") == rows(facts(text), "post")


def test_a_bare_title_before_a_colleague_of_one_side_is_of_the_other():
    found = posts(
        "Торговля Казахстана и Узбекистана растет. Об этом сообщил пресс-секретарь правительства "
        "со ссылкой на премьера Алихана Смаилова, который встретился с узбекским коллегой. "
        "Казахстан и Узбекистан договорились о новых поставках."
    )
    assert found == {("Алихан Смаилов", "премьер-министр", "", "Казахстан")}


def test_whom_a_visitor_met_with_a_bare_title_is_of_the_country_visited():
    found = posts(
        "Министр иностранных дел Турции Хакан Фидан совершил визит в Малайзию, где провел "
        "переговоры с премьер-министром Анваром Ибрагимом."
    )
    assert ("Анвар Ибрагим", "премьер-министр", "", "Малайзия") in found


def test_in_an_article_on_two_countries_a_bare_title_is_of_the_side_not_named():
    found = posts(
        "Председатель КНР Си Цзиньпин посетит Монголию в июле. Министр транспорта Батбаяр "
        "Ганболд заявил, что Монголия и Китай откроют новый пункт пропуска."
    )
    assert _country_of(found, "Батбаяр Ганболд") == {"Монголия"}


def test_a_member_of_a_visiting_delegation_is_of_its_country():
    found = posts(
        "В ходе визита узбекской делегации в Ашхабад вице-премьер Джамшид Ходжаев передал "
        "туркменской стороне предложения по торговле."
    )
    assert _country_of(found, "Джамшид Ходжаев") == {"Узбекистан"}


def test_one_who_invites_is_of_the_country_the_guests_go_to():
    found = posts(
        "В Баку по приглашению министра экономики Микаила Джаббарова прибыла делегация Грузии."
    )
    assert _country_of(found, "Микаил Джаббаров") == {"Азербайджан"}


def test_an_official_a_countrys_press_service_tells_of_is_of_that_country():
    found = posts(
        "В пресс-службе МИД Узбекистана сообщили, что министр Бахтиёр Саидов и министр "
        "иностранных дел Таджикистана Сироджиддин Мухриддин обсудили границу."
    )
    assert _country_of(found, "Бахтиёр Саидов") == {"Узбекистан"}


def test_a_bare_title_holds_the_post_a_headline_named_with_its_country():
    found = posts(
        "Глава МИД Узбекистана: торговля с Ираном растет. Об этом заявил глава МИД Бахтиёр "
        "Саидов на встрече со своим иранским коллегой Аббасом Аракчи. Иран и Турция обсудили "
        "транзит. Турция и Иран подписали меморандум."
    )
    assert _country_of(found, "Бахтиёр Саидов") == {"Узбекистан"}


def test_a_post_named_of_a_country_whose_leader_the_text_names_is_no_bare_titles():
    found = posts(
        "Президент КНР примет гостей. Вчера в Пекине президент Садыр Жапаров провел "
        "переговоры с председателем КНР Си Цзиньпином. Кыргызстан и Китай подписали "
        "соглашения. Кыргызстан расширит экспорт."
    )
    assert _country_of(found, "Садыр Жапаров") != {"Китай"}


def test_a_visitor_named_by_a_bare_title_is_not_of_the_country_visited():
    found = posts(
        "Завершился официальный визит президента Рустама Эминова в Катар. Катар и "
        "Туркменистан договорились расширить поставки газа. В Дохе Катар и Туркменистан "
        "открыли совместный бизнес-совет, Катар выделит кредит."
    )
    assert _country_of(found, "Рустам Эминов") == {"Туркменистан"}


def test_a_visitor_who_arrives_is_not_of_the_country_he_arrives_in():
    found = posts(
        "Премьер-министр Рустам Эминов прибыл в Монголию. Монголия и Туркменистан обсудили "
        "транзит. Монголия предложила Туркменистану новые маршруты через Монголию."
    )
    assert _country_of(found, "Рустам Эминов") == {"Туркменистан"}
