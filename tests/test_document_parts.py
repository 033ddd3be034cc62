"""Documents told as the parts or members of a signing the sentence before told, and the
words around a document that do not name it (a participle, a governing number)."""

from __future__ import annotations

from test_agreements import signings


def test_the_parts_a_signed_document_consists_of_are_signed_with_it():
    found = signings(
        "Соглашение о строительстве газопровода подписали в Найроби президенты двух стран. "
        "Документ состоит из трех соглашений: о тарифах и транзите, о владении долями и о "
        "гарантиях правительства."
    )
    assert [document for document, _, _ in found] == [
        "Соглашение о владении долями",
        "Соглашение о гарантиях правительства",
        "Соглашение о строительстве газопровода",
        "Соглашение о тарифах и транзите",
    ]


def test_the_documents_a_signed_document_includes_take_its_signatory():
    found = signings(
        "Министр транспорта Армении Иван Петров подписал меморандум о сотрудничестве. "
        "Меморандум включает соглашение о перевозках и протокол о таможне."
    )
    assert found == [
        ("Меморандум о сотрудничестве", ("Иван Петров",), ""),
        ("Протокол о таможне", ("Иван Петров",), ""),
        ("Соглашение о перевозках", ("Иван Петров",), ""),
    ]


def test_one_of_the_counted_documents_named_after_a_dash_is_signed():
    found = signings(
        "Во время визита было подписано девять межправительственных соглашений. Одно из них – "
        "контракт о поставке зерна в Египет."
    )
    assert [document for document, _, _ in found] == ["Контракт о поставке зерна"]


def test_parts_told_long_after_the_signing_are_not_its_parts():
    found = signings(
        "Стороны подписали соглашение о строительстве моста. Переговоры продлились три часа. "
        "Проект состоит из двух соглашений: о финансировании и о подряде."
    )
    assert [document for document, _, _ in found] == ["Соглашение о строительстве моста"]


def test_a_participle_before_a_document_is_not_its_name():
    found = signings(
        "В соответствии с заключенным соглашением компании создали фирму. Заключенное "
        "соглашение подписали в Ханое."
    )
    assert found == []


def test_documents_counted_by_a_number_that_governs_them_name_none():
    found = signings("Президент сообщил, что было подписано пять соглашений между правительствами.")
    assert found == []


def test_a_document_nobody_signs_told_again_in_other_words_is_one_document():
    found = signings(
        "Сербия и Венгрия в Белграде подписали совместную декларацию о прокладке нового "
        "нефтепровода. Как заявил премьер, подписание совместной декларации по прокладке "
        "нового нефтепровода между Сербией и Венгрией – важный шаг."
    )
    assert [document for document, _, _ in found] == [
        "Совместная декларация о прокладке нового нефтепровода"
    ]


def test_two_memoranda_of_understanding_told_apart_stay_two():
    found = signings(
        "Стороны подписали меморандум о взаимопонимании. Затем министры подписали меморандум "
        "о взаимопонимании в области энергетики."
    )
    assert len(found) == 2
