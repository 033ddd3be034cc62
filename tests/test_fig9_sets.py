"""Sets told in one phrase: joint funds created with several partners, documents whose
later topics leave out the words they share, documents named by the parties on the signing
participle, member states creating for their organisation (sentences written for these
tests)."""

from __future__ import annotations

from reading import facts as read
from reading import funds, rows
from test_agreements import signings

from diplograph.resolve import Resolution


def facts(text: str) -> Resolution:
    return read(text, "2024-04-15", title="Новости региона: экономика и инвестиции")


def test_joint_funds_created_with_several_partners_are_one_fund_per_partner():
    text = (
        "Министр сообщил, что Армения создала совместные двусторонние венчурные фонды с "
        "Грузией, Ираном и Казахстаном."
    )
    found = funds(facts(text))
    assert {label.lower(): founders for label, (founders, _) in found.items()} == {
        "армянско-грузинский венчурный фонд": {"Армения", "Грузия"},
        "армянско-иранский венчурный фонд": {"Армения", "Иран"},
        "армянско-казахстанский венчурный фонд": {"Армения", "Казахстан"},
    }


def test_one_joint_fund_with_two_partners_stays_one_fund():
    text = "Армения, Грузия и Иран создали совместный венчурный фонд."
    assert len(funds(facts(text))) == 1


def test_member_states_creating_a_fund_name_their_organisation_as_founder():
    text = (
        "Государства-члены Евразийского экономического союза (ЕАЭС) создали региональный "
        "фонд развития с бюджетом $300 млн, сообщает агентство."
    )
    ((_label, (founders, capitals)),) = funds(facts(text)).items()
    assert {f.split(" (")[0] for f in founders} == {"Евразийский экономический союз"}
    assert capitals == {300000000}


def test_later_topics_of_plural_agreements_take_the_words_they_leave_out():
    found = signings(
        "В ходе визита подписаны соглашения о развитии связей между Ферганской областью и "
        "провинцией Гилан, городами Бухарой и Исфаханом, открытии торгового дома."
    )
    assert [d for d, _, _ in found] == [
        "Соглашение о развитии связей между Ферганской областью и провинцией Гилан",
        "Соглашение о развитии связей между городами Бухарой и Исфаханом",
        "Соглашение об открытии торгового дома",
    ]


def test_a_document_signed_between_companies_is_named_by_them():
    found = signings(
        "Заключенное в понедельник между компанией «Восток» и банком «Запад» соглашение "
        "открывает новый этап, сказал министр."
    )
    assert [d for d, _, _ in found] == ["Соглашение между компанией «Восток» и банком «Запад»"]


def _trade(text: str) -> list[tuple[str, int, str]]:
    found = rows(facts(text), "trade")
    return sorted(
        (str(r["indicator"]), int(str(r["amount"])), str(r.get("period", ""))) for r in found
    )


def test_the_figure_a_change_reached_takes_the_currency_of_its_start():
    found = _trade(
        "Товарооборот между Монголией и Вьетнамом вырос с 1,2 миллиарда долларов в 2016 году "
        "до 2,8 миллиарда в 2022 году."
    )
    assert found == [("turnover", 1200000000, "2016"), ("turnover", 2800000000, "2022")]


def test_a_target_said_reached_is_the_figure_traded():
    found = _trade(
        "«Мы уже достигли цели в $2 млрд в торговле между Монголией и Вьетнамом, наша "
        "следующая цель – $4 млрд», – сказал министр."
    )
    assert [(kind, amount) for kind, amount, _ in found] == [
        ("target", 4000000000),
        ("turnover", 2000000000),
    ]


def test_an_investment_company_created_jointly_is_a_fund_its_proposer_founds():
    text = (
        "Министр поддержал предложение Монголии о создании с Вьетнамом совместной "
        "инвестиционной компании на паритетной основе."
    )
    ((_label, (founders, _)),) = funds(facts(text)).items()
    assert founders == {"Монголия", "Вьетнам"}


def test_an_investment_company_that_only_acts_is_no_fund():
    text = "Монгольская инвестиционная компания вложила в проект во Вьетнаме $20 млн."
    assert funds(facts(text)) == {}


def test_documents_listed_one_a_line_after_a_colon_were_signed():
    found = signings(
        "Президенты Монголии и Вьетнама провели переговоры в Улан-Баторе в четверг, "
        "сообщает пресс-служба.\n"
        "По итогам встречи состоялся обмен пакетом подписанных документов.\n"
        "Среди них:\n"
        "Соглашение о воздушном сообщении между странами;\n"
        "Меморандум о сотрудничестве в области образования;\n"
        "Программа культурного обмена на 2025-2027 годы.\n"
    )
    assert [d for d, _, _ in found] == [
        "Меморандум о сотрудничестве в области образования",
        "Программа культурного обмена на 2025-2027 годы",
        "Соглашение о воздушном сообщении между странами",
    ]


def test_trade_with_a_group_of_countries_is_no_figure_between_two():
    found = _trade(
        "Товарооборот между Монголией и Вьетнамом достиг $1,5 млрд, а товарооборот Вьетнама "
        "со странами региона составил $40 млрд."
    )
    assert [(kind, amount) for kind, amount, _ in found] == [("turnover", 1500000000)]
