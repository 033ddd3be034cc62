"""Targets as news sets them: a second aim in the same breath, and "at least"."""

from __future__ import annotations

from reading import facts, rows


def _trade(text: str) -> list[tuple[str, int, str]]:
    found = rows(facts(text, "2024-04-15", title="Новости региона: торговля"), "trade")
    return sorted(
        (str(r["indicator"]), int(str(r["amount"])), str(r.get("comparison", ""))) for r in found
    )


def test_a_second_aim_with_no_verb_of_its_own_is_a_target_too():
    found = _trade(
        "Товарооборот между Казахстаном и Монголией в 2023 году составил 150 млн долларов. "
        "Мы предлагаем довести его до 300 млн долларов в следующем году, а в перспективе – "
        "до 1 млрд долларов."
    )
    assert [(kind, amount) for kind, amount, _ in found] == [
        ("target", 300000000),
        ("target", 1000000000),
        ("turnover", 150000000),
    ]


def test_a_second_figure_after_a_turnover_stays_a_turnover():
    found = _trade(
        "Товарооборот между Арменией и Ираном в 2023 году составил 700 млн долларов, а в 2022 "
        "году – 600 млн долларов."
    )
    assert [kind for kind, _, _ in found] == ["turnover", "turnover"]


def test_at_least_is_more_than():
    for words in ("как минимум", "по меньшей мере", "не менее"):
        found = _trade(
            f"Стороны намерены довести товарооборот между Грузией и Арменией {words} до "
            "2 млрд долларов."
        )
        assert found == [("target", 2000000000, "more_than")], words


def test_a_growth_told_in_the_past_was_reached_not_aimed_at():
    found = _trade(
        "В прошлом году Грузия и Армения нарастили товарооборот до 1,2 млрд долларов, а в "
        "этом году намерены нарастить его до 2 млрд долларов."
    )
    assert [(kind, amount) for kind, amount, _ in found] == [
        ("target", 2000000000),
        ("turnover", 1200000000),
    ]


def test_a_turnover_told_by_the_verb_of_trading_is_a_turnover():
    found = _trade("В 2023 году Беларусь и Никарагуа наторговали более чем на $45 млн.")
    assert found == [("turnover", 45000000, "more_than")]


def test_a_bare_amount_of_turnover_after_a_figure_takes_its_currency():
    found = _trade(
        "В 2023 году товарооборот между Арменией и Ираном составил 700 млн долларов. "
        "Мы рассчитываем, что достигнем цифры в 1 млрд товарооборота к 2026 году."
    )
    assert found == [("target", 1000000000, ""), ("turnover", 700000000, "equal")]
