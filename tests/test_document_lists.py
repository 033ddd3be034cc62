"""Documents named as the members of a set a signing counted: in the next sentence ("Среди
них ...", "В их числе ...", "В их число вошли ..."), on the lines after a colon, or as
topics of one plural kind whose later topics leave out their "о"."""

from __future__ import annotations

from test_agreements import signings


def test_the_documents_among_those_counted_take_the_counted_signatories():
    found = signings(
        "Президенты Армении и Грузии Иван Петров и Петр Иванов подписали двенадцать "
        "документов. Среди них соглашение о воздушном сообщении и меморандум о "
        "сотрудничестве в сфере туризма."
    )
    assert found == [
        ("Меморандум о сотрудничестве в сфере туризма", ("Иван Петров", "Петр Иванов"), ""),
        ("Соглашение о воздушном сообщении", ("Иван Петров", "Петр Иванов"), ""),
    ]


def test_the_documents_that_entered_the_counted_set_are_signed():
    found = signings(
        "Министры подписали восемь документов. В их число вошли программа сотрудничества в "
        "области культуры на 2025-2027 годы и соглашение о взаимной защите инвестиций."
    )
    assert [document for document, _, _ in found] == [
        "Программа сотрудничества в области культуры на 2025-2027 годы",
        "Соглашение о взаимной защите инвестиций",
    ]


def test_a_kind_in_quotes_opens_the_list_of_members():
    found = signings(
        "В Баку подписано восемь документов. В их числе «Дорожная карта» по развитию "
        "сотрудничества в сфере цифровизации, соглашения о поддержке малого бизнеса, "
        "сотрудничестве в сфере образования."
    )
    assert [document for document, _, _ in found] == [
        "Дорожная карта по развитию сотрудничества в сфере цифровизации",
        "Соглашение о поддержке малого бизнеса",
        "Соглашение о сотрудничестве в сфере образования",
    ]


def test_among_them_without_a_document_names_nothing():
    found = signings(
        "Стороны подписали пять документов. Среди них были представители бизнеса, которые "
        "обсудили проекты."
    )
    assert found == []


def test_documents_on_the_lines_after_a_colon_are_each_signed():
    found = signings(
        "Министры иностранных дел двух стран провели переговоры в столице и обсудили "
        "торговлю.\n"
        "По итогам визита министра в страну были подписаны следующие документы:\n"
        "соглашение о сотрудничестве между министерствами юстиции двух стран;\n"
        "меморандум о взаимопонимании в сфере туризма и гостиничного дела;\n"
    )
    assert [document for document, _, _ in found] == [
        "Меморандум о взаимопонимании в сфере туризма и гостиничного дела",
        "Соглашение о сотрудничестве между министерствами юстиции",
    ]


def test_topics_after_commas_that_drop_their_preposition_are_documents_each():
    found = signings(
        "Стороны подписали документы о строительстве сети заправочных станций, добыче и "
        "поставке редких металлов, создании логистического центра и другие."
    )
    assert [document for document, _, _ in found] == [
        "Документ о добыче и поставке редких металлов",
        "Документ о создании логистического центра",
        "Документ о строительстве сети заправочных станций",
    ]


def test_a_set_of_agreements_on_cooperation_is_no_document():
    found = signings("Казахстан подписал с Японией ряд соглашений о сотрудничестве.")
    assert found == []


def test_the_protocol_of_a_session_is_named_by_the_session_told_before():
    found = signings(
        "В Ереване прошло 12-е заседание Межправительственной комиссии по экономическому "
        "сотрудничеству. Сопредседатели комиссии Иван Петров и Петр Иванов подписали "
        "протокол о заседании."
    )
    assert found == [
        (
            "Протокол заседания Межправительственной комиссии по экономическому сотрудничеству",
            ("Иван Петров", "Петр Иванов"),
            "",
        )
    ]


def test_a_session_of_an_unnamed_body_names_no_protocol():
    found = signings(
        "На заседании комиссии министры обсудили торговлю. Министры Иван Петров и Петр "
        "Иванов подписали протокол заседания."
    )
    assert [document for document, _, _ in found] == ["Протокол заседания"]


def test_documents_among_the_counted_kind_a_few_sentences_on_are_of_the_set():
    found = signings(
        "Министры Иван Петров и Петр Иванов подписали десять соглашений о сотрудничестве. "
        "Переговоры прошли в дружеской атмосфере. Среди соглашений есть и протокол о "
        "взаимном признании дипломов."
    )
    assert found == [("Протокол о взаимном признании дипломов", ("Иван Петров", "Петр Иванов"), "")]


def test_a_possessive_inside_a_documents_topic_is_left_out_of_its_name():
    found = signings(
        "Стороны подписали соглашение о транзите газа. Также был подписан протокол о порядке "
        "его применения."
    )
    assert [document for document, _, _ in found] == [
        "Протокол о порядке применения",
        "Соглашение о транзите газа",
    ]
