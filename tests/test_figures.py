"""Trade figures and funds: amounts, periods, the countries and founders they belong to.

Every sentence is written for these tests; each case pins one way news says a figure.
"""

from __future__ import annotations

from diplograph.build import process
from diplograph.ingest import parse_article
from diplograph.resolve import Resolution


def facts(text: str, date: str = "2024-04-15") -> Resolution:
    article = parse_article(f"Новости региона: экономика и торговля\n{date}\n\n{text}\n")
    return process(article)


def rows(resolution: Resolution, kind: str) -> list[dict[str, object]]:
    labels = {e.key: e.label for e in resolution.entities}
    out = []
    for st in resolution.statements:
        if st.kind != kind:
            continue
        row: dict[str, object] = {}
        for role, key in st.roles:
            row.setdefault(role, [])
            row[role].append(labels[key])  # type: ignore[union-attr]
        for name, value in st.values:
            row[name] = value
        out.append(row)
    return out


def test_dollars_of_the_usa_are_a_currency_not_a_country():
    text = "Товарооборот Армении и Ирана в 2023 году составил 700 млн долларов США."
    (row,) = rows(facts(text), "trade")
    assert sorted(row["country"]) == ["Армения", "Иран"]  # type: ignore[type-var]
    assert row["currency"] == "USD"


def test_last_year_is_the_year_before_publication():
    text = "В прошлом году товарооборот между Грузией и Арменией достиг 900 млн долларов."
    (row,) = rows(facts(text, "2024-04-15"), "trade")
    assert row["period"] == "2023"
    assert row["comparison"] == "equal"
