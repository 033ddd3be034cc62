"""Signed documents read off the parse: what the signing verb governs, who signs (people,
never countries), documents referred back to, and documents not signed yet."""

from __future__ import annotations

import pytest
from reading import facts, rows

from diplograph.build import process
from diplograph.ingest import parse_article


def signings(text: str) -> list[tuple[str, tuple[str, ...], str]]:
    """(document, sorted signatories, date) of each signing."""
    out = []
    for row in rows(facts(text), "signing"):
        people = tuple(sorted(row.get("signatory", [])))  # type: ignore[call-overload]
        out.append((row["document"][0], people, str(row.get("date", ""))))  # type: ignore[index]
    return sorted(out)


def test_countries_that_sign_name_no_signatory():
    found = signings(
        "Казахстан, Кыргызстан и Таджикистан подписали в Душанбе соглашение о совместном "
        "использовании водных ресурсов."
    )
    assert found == [("Соглашение о совместном использовании водных ресурсов", (), "")]


def test_the_document_is_the_one_named_before():
    found = signings(
        "Грузия и Армения подписали в Тбилиси меморандум о сотрудничестве в области туризма. "
        "Со стороны Грузии документ подписал министр экономики Леван Давиташвили."
    )
    assert found == [("Меморандум о сотрудничестве в области туризма", ("Леван Давиташвили",), "")]


def test_a_passive_signing_names_its_signatories_in_the_instrumental():
    found = signings(
        "В Астане состоялась церемония подписания соглашения о строительстве логистического "
        "центра. Документ подписан министром транспорта Казахстана Маратом Карабаевым и "
        "министром транспорта Азербайджана Рашадом Набиевым."
    )
    assert found == [
        (
            "Соглашение о строительстве логистического центра",
            ("Марат Карабаев", "Рашад Набиев"),
            "",
        )
    ]


def test_a_participle_says_when_a_document_was_signed():
    found = signings(
        "Стороны обсудили выполнение меморандума о взаимопонимании между портами Актау и Баку, "
        "подписанного в мае 2022 года."
    )
    assert [(document[:10], date) for document, _, date in found] == [("Меморандум", "2022-05")]


def test_documents_to_be_signed_are_not_signed():
    assert (
        signings(
            "Министры достигли договоренности о подписании соглашения о торговом доме. "
            "Соответствующий протокол будет подписан в июне."
        )
        == []
    )


def test_counted_documents_stand_for_the_named_ones_of_the_same_signatories():
    found = signings(
        "Президент Кыргызстана Садыр Жапаров и президент Узбекистана Шавкат Мирзиёев подписали "
        "5 документов. Жапаров и Мирзиёев подписали договор о союзнических отношениях."
    )
    assert [document for document, _, _ in found] == ["Договор о союзнических отношениях"]


def test_counted_documents_alone_are_signed_by_their_signatories():
    found = signings(
        "Премьер-министр Пакистана Шахбаз Шариф и премьер-министр Китая Ли Цян подписали "
        "12 соглашений в разных областях."
    )
    assert [people for _, people, _ in found] == [("Ли Цян", "Шахбаз Шариф")]


def test_who_watches_a_signing_does_not_sign():
    found = signings(
        "В присутствии премьер-министра Армении Никола Пашиняна и премьер-министра Грузии "
        "Ираклия Кобахидзе были подписаны соглашение о пограничном переходе и меморандум о "
        "сотрудничестве в энергетике."
    )
    assert [(document[:10], people) for document, people, _ in found] == [
        ("Меморандум", ()),
        ("Соглашение", ()),
    ]


def test_ministers_who_sign_are_the_ministers_of_the_meeting():
    found = signings(
        "Министр иностранных дел Казахстана Мурат Нуртлеу провел переговоры с министром "
        "иностранных дел Монголии Батмунхом Батцэцэгом. Затем казахстанского министра принял "
        "президент Монголии Ухнаагийн Хурэлсух. По итогам переговоров министры подписали план "
        "консультаций."
    )
    assert found == [("План консультаций", ("Батмунх Батцэцэг", "Мурат Нуртлеу"), "")]


def test_heads_of_state_who_sign_are_the_people_of_the_talks():
    found = signings(
        "Президент Кыргызстана Садыр Жапаров и президент Таджикистана Эмомали Рахмон провели "
        "переговоры в Бишкеке. По итогам встречи главы государств подписали договор о "
        "государственной границе."
    )
    assert found == [("Договор о государственной границе", ("Садыр Жапаров", "Эмомали Рахмон"), "")]


def test_documents_prepared_for_a_signing_are_not_signed():
    found = signings(
        "Застройщик открыл офис в области, а его юристы готовят документы для подписания "
        "договора об инвестициях с областной администрацией."
    )
    assert found == []


def test_documents_the_parties_will_sign_are_not_signed_whatever_the_tag_of_the_auxiliary():
    for text in (
        "Министр сообщил, что в мае в Баку будут подписаны дополнительные соглашения.",
        "По его словам, 1 апреля на форуме будет подписано окончательное соглашение о проекте.",
    ):
        assert signings(text) == [], text


def test_a_pointing_document_with_nothing_named_before_keeps_its_kind():
    found = signings(
        "Грузия и Армения намерены увеличить товарооборот. Соответствующее соглашение было "
        "подписано министром экономики Грузии Леваном Давиташвили и министром экономики "
        "Армении Геворгом Папяном."
    )
    assert found == [("Соглашение", ("Геворг Папян", "Леван Давиташвили"), "")]


def test_a_document_named_again_by_its_kind_with_a_capital_is_the_same_document():
    found = signings(
        "В Ереване был подписан Меморандум о взаимопонимании в сфере цифровых технологий. "
        "По словам министра, подписание Меморандума отражает интерес сторон к проекту."
    )
    assert [document for document, _, _ in found] == [
        "Меморандум о взаимопонимании в сфере цифровых технологий"
    ]


def test_a_signing_weighed_and_a_bare_document_nobody_signed_are_no_rows():
    for text in (
        "Министры Грузии и Армении обсудили транзит грузов. Министр отметил своевременность "
        "подписания соглашения о транзите.",
        "Министры Грузии и Армении обсудили торговлю. После переговоров компании двух стран "
        "заключили контракт на сумму свыше 80 млн евро.",
    ):
        assert signings(text) == [], text


def test_a_visitor_during_whose_visit_documents_were_signed_is_not_said_to_sign():
    found = signings(
        "Президент Армении Ваагн Хачатурян посетил Грузию. В ходе визита армянского "
        "президента в Тбилиси было подписано восемь двусторонних соглашений."
    )
    assert found == []


def test_a_document_with_its_parties_before_its_subject_is_named_whole_and_referred_back_to():
    found = signings(
        "Президент Армении утвердил межправительственное соглашение с Грузией о создании "
        "совместного транспортного коридора. Соглашение было подписано 24 февраля 2023 года "
        "в Ереване."
    )
    assert found == [
        (
            "Межправительственное соглашение с Грузией о создании совместного транспортного "
            "коридора",
            (),
            "2023-02-24",
        )
    ]


def test_a_bare_document_the_signers_sign_is_not_the_one_of_the_headline():
    found = signings(
        "Армения и Грузия подписали пятилетний договор по транзиту газа. В Тбилиси министр "
        "энергетики Армении Ваге Григорян и министр энергетики Грузии Леван Давиташвили "
        "подписали договор на поставку оборудования."
    )
    assert ("Договор", ("Ваге Григорян", "Леван Давиташвили"), "") in [
        (d.split()[0], people, date) for d, people, date in found
    ]
    assert all(d != "Пятилетний договор по транзиту газа" or not people for d, people, _ in found)


def test_documents_listed_after_their_set_are_each_signed():
    found = signings(
        "По итогам встречи министры подписали ряд документов, в том числе соглашение о "
        "воздушном сообщении, программу обменов в области спорта, туризма и молодежной "
        "политики на 2024–2026 годы, а также меморандумы о сотрудничестве в сфере связи и о "
        "взаимном признании дипломов."
    )
    assert [document for document, _, _ in found] == [
        "Меморандум о взаимном признании дипломов",
        "Меморандум о сотрудничестве в сфере связи",
        "Программа обменов в области спорта, туризма и молодежной политики на 2024–2026 годы",
        "Соглашение о воздушном сообщении",
    ]


def test_a_bare_list_after_a_counted_set_names_the_documents():
    found = signings(
        "Стороны подписали два документа. Протокол о внесении изменений в соглашение о "
        "торговле и меморандум о взаимопонимании между таможенными службами."
    )
    assert [document[:20] for document, _, _ in found] == [
        "Меморандум о взаимоп",
        "Протокол о внесении ",
    ]


def test_a_counted_set_with_no_list_names_nothing():
    assert signings("Стороны подписали пакет документов. Переговоры продлились три часа.") == []


def test_a_signing_at_an_event_takes_the_events_date():
    found = signings(
        "5-6 октября 2023 года в Ташкенте прошли переговоры министров энергетики Узбекистана "
        "и Казахстана. В ходе переговоров было подписано соглашение о строительстве "
        "гидроэлектростанции."
    )
    assert found == [("Соглашение о строительстве гидроэлектростанции", (), "2023-10")]


def test_a_signing_that_names_no_event_is_not_dated_by_one():
    found = signings(
        "12 мая 2023 года в Баку прошли переговоры министров. Позднее Азербайджан и Грузия "
        "подписали соглашение о строительстве моста."
    )
    assert found == [("Соглашение о строительстве моста", (), "")]


def test_a_supply_contract_keeps_what_it_is_for():
    found = signings(
        "Компании двух стран подписали контракт на поставку сжиженного газа. Также было "
        "заключено соглашение на сумму 5 млрд долларов."
    )
    assert [document for document, _, _ in found] == ["Контракт на поставку сжиженного газа"]


def test_signatures_put_under_the_document_sign_it():
    found = signings(
        "В Ашхабаде подписано соглашение о транзите электроэнергии. Свои подписи под "
        "документом поставили министр энергетики Туркменистана Чарымурат Пурчеков и его "
        "узбекский коллега – Журабек Мирзамахмудов."
    )
    assert found == [
        (
            "Соглашение о транзите электроэнергии",
            ("Журабек Мирзамахмудов", "Чарымурат Пурчеков"),
            "",
        )
    ]


def test_who_looks_on_in_the_genitive_does_not_sign():
    found = signings(
        "Контракт был подписан директором компании Ахмедом Рашидом и начальником порта "
        "Карачи Имраном Шахом в присутствии министра финансов Пакистана Мухаммада Аурангзеба."
    )
    assert [people for _, people, _ in found] == [("Ахмед Рашид", "Имран Шах")]


def test_a_document_named_in_a_participle_is_the_one_referred_back_to():
    found = signings(
        "Поставки идут в рамках заключенного между правительствами Меморандума о "
        "сотрудничестве в энергетике. Документ был подписан в марте 2024 года."
    )
    assert [(document[:10], date) for document, _, date in found] == [("Меморандум", "2024-03")]


def test_countries_that_sign_a_document_named_by_its_kind_give_a_row():
    found = signings("Ереван и Тегеран в 2021 году подписали соглашение, касающееся поставок газа.")
    assert found == [("Соглашение", (), "2021")]


def test_a_kind_alone_that_nobody_is_said_to_sign_gives_no_row():
    assert signings("Вчера было заключено соглашение на сумму 20 млн долларов.") == []


def test_a_document_told_unsigned_then_with_its_signers_is_one_document():
    found = signings(
        "В Баку подписан меморандум о взаимопонимании. Меморандум о взаимопонимании "
        "очередного заседания межправительственной комиссии подписали министр экономики "
        "Грузии Леван Давиташвили и министр экономики Азербайджана Микаил Джаббаров."
    )
    assert [f[1] for f in found] == [("Леван Давиташвили", "Микаил Джаббаров")]


def test_a_bare_dative_after_a_document_is_not_its_name():
    found = signings(
        "Министр отметил несоответствие соглашения новым правилам рынка, подписанного "
        "министерствами двух стран в 2015 году в сфере транспорта."
    )
    assert all("правилам" not in f[0] for f in found)


def test_what_a_document_with_a_party_is_for_belongs_to_its_name():
    found = signings(
        "Компания подписала соглашение с правительством Армении на строительство терминала в Гюмри."
    )
    assert found and found[0][0].startswith(
        "Соглашение с правительством Армении на строительство терминала"
    )


def test_a_plural_kind_with_two_topics_is_two_documents():
    found = signings(
        "В ходе визита заключены соглашения о сотрудничестве в мирном использовании "
        "космоса и о взаимной защите инвестиций."
    )
    assert [document for document, _, _ in found] == [
        "Соглашение о взаимной защите инвестиций",
        "Соглашение о сотрудничестве в мирном использовании космоса",
    ]
    found = signings("Министры юстиции подписали меморандумы о правовой помощи и об экстрадиции.")
    assert [document for document, _, _ in found] == [
        "Меморандум о правовой помощи",
        "Меморандум об экстрадиции",
    ]


def test_a_pronoun_the_signing_verb_governs_is_the_document_just_signed():
    found = signings(
        "Грузия и Армения подписали меморандум о сотрудничестве в области туризма. Его "
        "подписали министр экономики Грузии Леван Давиташвили и министр экономики Армении "
        "Ваган Керобян."
    )
    assert found == [
        (
            "Меморандум о сотрудничестве в области туризма",
            ("Ваган Керобян", "Леван Давиташвили"),
            "",
        )
    ]
    unsigned = signings(
        "Стороны обсудили меморандум о сотрудничестве в области туризма. Его подписали "
        "министр экономики Грузии Леван Давиташвили и министр экономики Армении Ваган Керобян."
    )
    assert unsigned == []


def test_who_holds_the_talks_during_which_a_document_is_signed_does_not_sign():
    found = signings(
        "Армения и Грузия подписали меморандум о сотрудничестве в области энергетики. Этот "
        "документ был подписан в ходе переговоров премьер-министра Армении Никола Пашиняна "
        "с его грузинским коллегой Ираклием Кобахидзе."
    )
    assert found == [("Меморандум о сотрудничестве в области энергетики", (), "")]


def test_who_signs_after_the_talks_as_the_subject_signs():
    found = signings(
        "Министр иностранных дел Венгрии Ласло Киш провел в Будапеште переговоры с министром "
        "торговли Турции Кемалем Озтюрком. По итогам переговоров Киш и Озтюрк подписали "
        "соглашение о сотрудничестве в области энергетики."
    )
    assert found == [
        ("Соглашение о сотрудничестве в области энергетики", ("Кемаль Озтюрк", "Ласло Киш"), "")
    ]


def test_a_name_in_straight_quotes_is_the_documents_name():
    found = signings(
        'В мае 2022 года правительства двух стран подписали Соглашение "О воздушном '
        'сообщении". Позже стороны подписали Соглашение “О взаимной защите инвестиций”.'
    )
    assert found == [
        ('Соглашение "О воздушном сообщении"', (), "2022-05"),
        ("Соглашение “О взаимной защите инвестиций”", (), ""),
    ]


def test_who_makes_the_trip_the_signing_took_place_on_does_not_sign():
    found = signings(
        "В ходе поездки президента Казахстана Касым-Жомарта Токаева в Баку правительства "
        "подписали меморандум о сотрудничестве в области цифровизации."
    )
    assert found == [("Меморандум о сотрудничестве в области цифровизации", (), "")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Среди подписанных документов – соглашение о взаимной защите инвестиций.",
        "В числе подписанных соглашений – соглашение о взаимной защите инвестиций.",
        "Одним из подписанных документов стало соглашение о взаимной защите инвестиций.",
        "Одним из подписанных меморандумов было межправительственное соглашение о взаимной "
        "защите инвестиций.",
    ],
)
def test_a_document_said_to_be_among_those_signed_was_signed(sentence):
    found = signings(f"Министры Армении и Ирана провели переговоры в Ереване. {sentence}")
    assert [document for document, _, _ in found] == ["Соглашение о взаимной защите инвестиций"]


def test_a_name_the_page_cuts_off_in_its_quotes_is_another_document():
    found = signings(
        "Министры обсудили сотрудничество в области энергетики.\nНапомним, в мае 2022 года в "
        "ходе визита президента Армении Ваагна Хачатуряна в Иран правительства подписали "
        "Соглашение «О воздушном сообщении».\nВ марте 2023 года по итогам переговоров в ходе "
        "поездки Хачатуряна в Иран стороны подписали Соглашение «О тра"
    )
    assert found == [("Соглашение «О воздушном сообщении»", (), "2022-05")]


def test_a_headline_naming_the_one_document_by_another_kind_names_it():
    article = parse_article(
        "Армения и Грузия заключили двусторонний меморандум\n2024-04-15\n\nАрмения и Грузия "
        "подписали двустороннее соглашение. Подписи под документом поставили министр обороны "
        "Армении Сурен Папикян и министр обороны Грузии Джуаншер Бурчуладзе.\n"
    )
    found = sorted(
        (row["document"][0], tuple(sorted(row.get("signatory", []))))  # type: ignore[index, call-overload]
        for row in rows(process(article), "signing")
    )
    assert found == [("Двусторонний меморандум", ("Джуаншер Бурчуладзе", "Сурен Папикян"))]


def test_who_takes_part_in_the_signing_ceremony_is_not_said_to_sign():
    found = signings(
        "Министр финансов Армении Ваан Керобян принял участие в церемонии подписания "
        "кредитного соглашения о строительстве автомобильной дороги Север – Юг."
    )
    assert [people for _, people, _ in found] == [()]


def test_a_document_about_such_cooperation_is_the_one_told_named_by_its_kind():
    found = signings(
        "Министры обсудили проект газопровода Туркменистан – Азербайджан. Меморандум об этом "
        "проекте был подписан еще в 2019 году."
    )
    assert found == [("Меморандум", (), "2019")]


def test_a_document_told_again_with_fewer_words_is_the_one_named_before():
    found = signings(
        "Энергокомпании Киргизии и Казахстана продлили контракт на поставки электроэнергии. "
        "Стороны подписали соответствующее соглашение на 2025 год. Контракт на поставки был "
        "заключен между национальными операторами двух стран."
    )
    assert found == [("Контракт на поставки электроэнергии", (), "")]


def test_a_treaty_cited_by_its_day_was_signed_that_day():
    found = signings(
        "Парламент ратифицировал протокол о внесении изменений в соглашение между "
        "правительством Армении и правительством Грузии о воздушном сообщении от 12 марта "
        "2001 года."
    )
    assert (
        "Соглашение между правительством Армении и правительством Грузии о воздушном сообщении",
        (),
        "2001-03-12",
    ) in found
