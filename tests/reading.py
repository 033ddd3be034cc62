"""Helpers of the extraction tests: a few sentences built as an article, and the resolved
facts of one kind as rows of labels."""

from __future__ import annotations

from diplograph.build import process
from diplograph.ingest import parse_article
from diplograph.resolve import Resolution


def facts(
    text: str, date: str = "2024-04-15", title: str = "Новости региона: визиты и переговоры"
) -> Resolution:
    return process(parse_article(f"{title}\n{date}\n\n{text}\n"))


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


def meetings(text: str, date: str = "2024-04-15") -> list[tuple[str, str, tuple[str, ...]]]:
    """(date, place, sorted participants) of each meeting."""
    out = []
    for row in rows(facts(text, date), "meeting"):
        places = row.get("place") or [""]
        people = tuple(sorted(row.get("participant", [])))  # type: ignore[call-overload]
        out.append((str(row.get("date", "")), str(places[0]), people))  # type: ignore[index]
    return sorted(out)


def funds(resolution: Resolution) -> dict[str, tuple[set[str], set[object]]]:
    """fund label -> (founders, capitals), over all its statements."""
    out: dict[str, tuple[set[str], set[object]]] = {}
    for row in rows(resolution, "fund"):
        founders, capitals = out.setdefault(row["fund"][0], (set(), set()))  # type: ignore[index]
        founders.update(row.get("founder", []))  # type: ignore[arg-type]
        if "capital" in row:
            capitals.add(row["capital"])
    return out
