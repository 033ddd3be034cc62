"""Countries beyond the region: every UN member state is known by name, form and adjective, and
a name that is also a common word or a first name does not turn ordinary text into a country."""

from __future__ import annotations

import pytest
from reading import facts, rows

from diplograph.data.gazetteer import Place, gazetteer

G = gazetteer()

# the 193 member states of the United Nations, by ISO 3166-1 alpha-2 code
_UN_CODES = """
AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD CF
CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FM FR GA GB GD
GE GH GM GN GQ GR GT GW GY HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI KM KN KP
KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MR MT MU MV MW MX MY
MZ NA NE NG NI NL NO NP NR NZ OM PA PE PG PH PK PL PT PW PY QA RO RS RU RW SA SB SC SD SE SG
SI SK SL SM SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TV TZ UA UG US UY UZ VC VE
VN VU WS YE ZA ZM ZW
"""
UN_MEMBERS = frozenset(_UN_CODES.split())


def _key(place: Place | None) -> str | None:
    return place.key if place else None


def test_every_un_member_state_is_a_country() -> None:
    assert len(UN_MEMBERS) == 193
    known = {p.iso for p in G.places() if p.kind == "country"}
    assert UN_MEMBERS - known == set()
    # and the places news names like states though the UN does not count them
    assert {"TW", "HK", "MO", "PS", "VA"} <= known


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Венесуэла", "venezuela"),
        ("Боливарианская Республика Венесуэла", "venezuela"),
        ("Кот-д'Ивуар", "cote-divoire"),
        ("Кот-д’Ивуар", "cote-divoire"),
        ("Демократическая Республика Конго", "congo-kinshasa"),
        ("ДРК", "congo-kinshasa"),
        ("Республика Конго", "congo-brazzaville"),
        ("ЦАР", "central-african-republic"),
        ("Объединённая Республика Танзания", "tanzania"),
        ("Эль-Сальвадор", "el-salvador"),
        ("Папуа — Новая Гвинея", "papua-new-guinea"),
        ("Папуа-Новая Гвинея", "papua-new-guinea"),
        ("Гвинея-Бисау", "guinea-bissau"),
        ("Экваториальная Гвинея", "equatorial-guinea"),
        ("Свазиленд", "eswatini"),
        ("Сянган", "hong-kong"),
        ("Аддис-Абеба", "addis-ababa"),
        ("Дар-эс-Салам", "dar-es-salaam"),
        ("Сантьяго-де-Чили", "santiago"),
        # two states are called so: which one the text means it does not say
        ("Конго", None),
        ("Новая Гвинея", None),
    ],
)
def test_far_countries_and_capitals_by_name(text: str, key: str | None) -> None:
    assert _key(G.by_name(text)) == key


@pytest.mark.parametrize(
    ("form", "key"),
    [
        ("венесуэльского", "venezuela"),
        ("кенийский", "kenya"),
        ("кубинско", "cuba"),
        ("нигерийских", "nigeria"),
        ("нигерский", "niger"),
        ("новозеландской", "new-zealand"),
        ("доминиканский", "dominican-republic"),
        # shared by two or more states, or by a region: no country at all
        ("конголезский", None),
        ("гвинейский", None),
        ("центральноафриканский", None),
    ],
)
def test_far_countries_by_adjective(form: str, key: str | None) -> None:
    assert _key(G.by_adjective(form)) == key


def test_new_capitals_lie_in_their_countries() -> None:
    for city, country in [("nairobi", "kenya"), ("caracas", "venezuela"), ("taipei", "taiwan")]:
        place = G.by_key(city)
        assert place is not None and place.country == country


def _countries(text: str) -> set[str]:
    return {e.label for e in facts(text).entities if e.kind == "country"}


def test_a_minister_of_venezuela_holds_a_post_of_venezuela() -> None:
    text = (
        "Министр иностранных дел Казахстана Мурат Нуртлеу провёл переговоры с министром "
        "иностранных дел Венесуэлы Иваном Хилем."
    )
    posts = rows(facts(text), "post")
    assert {
        "holder": ["Иван Хиль"],
        "role": ["министр иностранных дел"],
        "country": ["Венесуэла"],
    } in posts


def test_a_supply_from_kenya_names_its_exporter() -> None:
    exports = rows(facts("Кения поставила в Казахстан 5 тысяч тонн чая."), "export")
    assert [(e["exporter"], e["importer"]) for e in exports] == [(["Кения"], ["Казахстан"])]


def test_a_meeting_in_addis_ababa_has_its_place() -> None:
    text = (
        "Президент Казахстана Касым-Жомарт Токаев встретился с премьер-министром Эфиопии "
        "Абием Ахмедом в Аддис-Абебе."
    )
    places = [row.get("place") for row in rows(facts(text), "meeting")]
    assert places == [["Аддис-Абеба"]]


@pytest.mark.parametrize(
    "text",
    [
        "После того как стороны подписали соглашение, делегации покинули зал.",
        "Того же мнения придерживается министр экономики Узбекистана, сообщила пресс-служба.",
        "В блюдо добавили перец чили, а над кухней стоял чад.",
        "ПОСЛЕ ТОГО КАК СТОРОНЫ ПОДПИСАЛИ СОГЛАШЕНИЕ, ДЕЛЕГАЦИИ ПОКИНУЛИ ЗАЛ ПЕРЕГОВОРОВ.",
    ],
)
def test_a_common_word_spelled_like_a_country_is_no_country(text: str) -> None:
    assert _countries(text) & {"Того", "Чили", "Чад"} == set()


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Доминика Петрова, представитель компании, рассказала о росте экспорта.", "Доминик"),
        ("Сальвадор Илья, глава правительства Каталонии, прибыл в Астану.", "Сальвадор"),
    ],
)
def test_a_first_name_that_is_also_a_country_stays_in_the_name(text: str, first: str) -> None:
    people = [e.label for e in facts(text).entities if e.kind == "person"]
    assert len(people) == 1 and people[0].startswith(first)
