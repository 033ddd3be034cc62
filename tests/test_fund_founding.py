"""Funds the text says someone creates: who decides or is asked to create one, a size written
into the fund's phrase, a fund named after it was first created, and mentions of funds no one
is said to found (sentences written for these tests)."""

from __future__ import annotations

from decimal import Decimal

from reading import facts as read
from reading import funds

from diplograph.grammars.money import find_money
from diplograph.resolve import Resolution


def facts(text: str) -> Resolution:
    return read(text, "2024-04-15", title="Новости региона: экономика и инвестиции")


def test_a_multiplier_glued_to_the_number_as_an_adjective_multiplies_it():
    (money,) = find_money("Стороны учредят $2-миллиардный фонд.")
    assert (money.amount, money.currency) == (Decimal("2000000000"), "USD")
    (money,) = find_money("Банк выдал $40-миллионную гарантию")
    assert money.amount == Decimal("40000000")


def test_a_size_written_before_the_fund_or_after_na_is_its_capital():
    for text in (
        "Армения и Грузия создадут совместный $2-миллиардный фонд для инвестиций в туризм.",
        "Армения и Грузия создадут фонд на $2 млрд для инвестиций в туризм.",
    ):
        ((_label, (founders, capitals)),) = funds(facts(text)).items()
        assert founders == {"Армения", "Грузия"}
        assert capitals == {2000000000}


def test_who_decided_to_create_a_fund_founds_it():
    text = (
        "Лига арабских государств приняла в среду решение создать специальный фонд в размере "
        "$3 млрд для поддержки Ливана."
    )
    ((_label, (founders, capitals)),) = funds(facts(text)).items()
    assert founders == {"Лига арабских государств"}
    assert capitals == {3000000000}


def test_the_side_asked_to_create_a_joint_fund_is_its_other_founder():
    text = "Армения предложила Ирану создать совместный инвестиционный фонд для крупных проектов."
    ((_label, (founders, _capitals)),) = funds(facts(text)).items()
    assert founders == {"Армения", "Иран"}
    alone = "Армения предложила Ирану создать инвестиционный фонд для крупных проектов."
    ((_label, (founders, _capitals)),) = funds(facts(alone)).items()
    assert founders == {"Армения"}


def test_a_fund_without_a_name_takes_the_name_the_next_sentence_gives_it():
    text = (
        "Лига арабских государств приняла решение создать специальный фонд в размере $3 млрд. "
        "Совет Лиги согласился создать Фонд восстановления Ливана, говорится в заявлении."
    )
    found = funds(facts(text))
    assert list(found) == ["Фонд восстановления Ливана"]
    assert "Лига арабских государств" in found["Фонд восстановления Ливана"][0]


def test_a_fund_no_one_is_said_to_found_gives_no_row():
    text = "Страны региона сообщили, что намерены создать фонд помощи Армении и Грузии."
    assert funds(facts(text)) == {}


def test_who_creates_a_fund_together_with_the_subject_founds_it_too():
    text = (
        "Армянский инвестиционный фонд совместно с Государственным фондом развития Грузии "
        "создают фонд с начальным капиталом в $300 млн для финансирования общих проектов."
    )
    found = funds(facts(text))
    assert len(found) == 1
    ((label, (founders, capitals)),) = found.items()
    assert "Грузии" not in label  # a founding fund is not the fund founded
    assert any("Грузии" in f for f in founders) and any("Армянский" in f for f in founders)
    assert capitals == {300000000}


def test_a_fund_an_agreement_creates_is_founded_by_the_agreements_parties():
    text = (
        "Армения и Иран подписали межправительственное соглашение. Соглашение предусматривает "
        "создание инвестиционного фонда капиталом в 2 млрд долларов. Армения и Иран ждут "
        "первых проектов."
    )
    ((_label, (founders, capitals)),) = funds(facts(text)).items()
    assert founders == {"Армения", "Иран"}
    assert capitals == {2000000000}


def test_a_country_paying_into_a_fund_named_by_two_countries_founds_it_with_the_other():
    text = (
        "Президент подписал закон о ратификации соглашения о создании Армяно-Грузинского "
        "фонда развития. Уставный капитал фонда составит $80 млн, их внесет Армения."
    )
    ((_label, (founders, capitals)),) = funds(facts(text)).items()
    assert founders == {"Армения", "Грузия"}
    assert capitals == {80000000}
    owned = (
        "Армяно-Грузинский фонд развития учредят Министерство финансов Армении и банк "
        "«Картули». Капитал фонда составит $80 млн."
    )
    ((_label, (founders, _capitals)),) = funds(facts(owned)).items()
    assert "Грузия" not in founders


def test_a_company_named_in_apposition_after_and_founds_with_the_first_subject():
    found = funds(
        facts(
            "Министерство экономики Армении и индийская корпорация «Тата Групп» создают "
            "инвестиционный фонд, который будет финансировать проекты в энергетике."
        )
    )
    (founders, _), *_ = found.values()
    assert "Тата Групп" in founders
    assert "Индия" not in founders


def test_the_sum_an_increase_is_to_reach_is_no_capital_the_sum_it_stands_at_is():
    found = funds(
        facts(
            "Армения и Грузия создали Армяно-Грузинский фонд развития. Сейчас ведется работа "
            "по увеличению капитала фонда до 200 миллионов долларов. В настоящее время он "
            "составляет 40 миллионов."
        )
    )
    assert found["Армяно-Грузинский фонд развития"][1] == {Decimal("40000000")}


def test_a_planned_increase_alone_gives_the_fund_no_capital():
    found = funds(
        facts(
            "Армения и Грузия создали Армяно-Грузинский фонд развития. Стороны планируют "
            "нарастить капитал фонда до 200 миллионов долларов."
        )
    )
    assert found["Армяно-Грузинский фонд развития"][1] == set()


def test_what_the_fund_has_financed_is_no_capital():
    found = funds(
        facts(
            "Армения и Грузия создали Армяно-Грузинский фонд развития. В прошлом году фонд "
            "профинансировал проекты на сумму 120 миллионов долларов."
        )
    )
    assert found["Армяно-Грузинский фонд развития"][1] == set()
