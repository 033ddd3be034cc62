"""What a fund finances, and sums that are not its capital.

Every sentence is written for these tests.
"""

from __future__ import annotations

from reading import facts as read
from reading import rows

from diplograph.resolve import Resolution


def facts(text: str) -> Resolution:
    return read(text, "2024-04-15", title="Инвестиции и фонды")


def projects(text: str) -> set[str]:
    return {str(p) for r in rows(facts(text), "fund") for p in r.get("project", [])}  # type: ignore[attr-defined]


def test_a_fund_taking_part_in_financing_finances_the_objects():
    text = (
        "При участии Армяно-иранского фонда развития финансируется строительство 9 объектов "
        "солнечной энергетики и малых гидроэлектростанций на сумму $80 млн."
    )
    found = projects(text)
    assert len(found) == 1
    (label,) = found
    assert label.startswith("объекты солнечной энергетики и")


def test_a_union_joined_in_a_clause_of_its_own_is_no_project():
    text = (
        "Армяно-иранский фонд развития может начать финансирование проектов, так как "
        "Армения стала членом Евразийского экономического союза."
    )
    assert not [p for p in projects(text) if "союз" in p.lower()]


def test_the_sum_of_applications_is_no_capital():
    text = (
        "Армяно-иранский фонд развития начал работу. Глава фонда сообщила, что к ним "
        "поступило 40 заявок на общую сумму 300 миллионов долларов."
    )
    assert not [r for r in rows(facts(text), "fund") if "capital" in r]


def test_a_fund_with_its_capital_that_a_group_created_is_a_fund():
    text = (
        "Министры обсудили инвестиции. Евразийский инвестиционный фонд с общим капиталом "
        "400 миллионов долларов стал первым институтом, созданным странами союза."
    )
    found = rows(facts(text), "fund")
    assert {r.get("capital") for r in found} == {400000000}
