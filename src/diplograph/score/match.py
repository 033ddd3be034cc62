"""Score competency-query answers against hand-written gold answers.

The matching rules are the ones CQ.md (the evaluation contract) describes:

- a ``*Label`` (or ``articleTitle``) matches when, after lower-casing, ё->е and dropping quotes,
  punctuation and dashes, every token of the side with fewer tokens matches a token of the other
  side; two tokens match when they share a prefix of all but their last two letters (at least
  three), so "Байрамова" matches "Байрамов" and "Байрамов" matches "Джейхун Байрамов";
- ``amount`` and ``capital`` must be equal numbers (500000000 == 500000000.0);
- ``date`` and ``period`` match when the output starts with the gold value ("2024" ~ "2024-03-11");
- ``indicator``, ``comparison``, ``currency`` and ``wikidata`` are compared exactly;
- ``kind`` is free text and not scored; a gold column left empty is not checked;
- the two countries of ``trade`` match in either order.

Recall is the share of gold rows matched, where one output row can match only one gold row (a
maximum bipartite matching). Precision is the share of output rows that match some gold row. For
``links`` only output rows whose label matches a gold link's label are judged: linking more
entities costs nothing. As in the shared scorer, a question whose gold list is empty is left out
unless ``strict=True`` (then every output row of it counts against precision).

```python
>>> s = score({"posts": [{"personLabel": "Байрамова", "postLabel": "министр"}]},
...           {"posts": [{"personLabel": "Джейхун Байрамов", "postLabel": ""}]})
>>> (s.matched, s.gold, s.out)
(1, 1, 1)

```
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

__all__ = [
    "CQ_NAMES",
    "CqScore",
    "Score",
    "labels_match",
    "rows_match",
    "score",
    "tokenize",
    "tokens_match",
    "total",
    "value_matches",
]

Row = Mapping[str, object]

CQ_NAMES = (
    "meetings",
    "posts",
    "trade",
    "funds",
    "infrastructure",
    "commodities",
    "agreements",
    "sources",
    "links",
)

NUMBER_COLUMNS = frozenset({"amount", "capital"})
PREFIX_COLUMNS = frozenset({"date", "period"})
EXACT_COLUMNS = frozenset({"indicator", "comparison", "currency", "wikidata"})
UNSCORED_COLUMNS = frozenset({"kind"})

MIN_PREFIX = 3
# letters a token may differ in at its end: Russian inflection lives in the last one or two
INFLECTION = 2


# --- records ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CqScore:
    """Counts for one question: gold rows, gold rows matched one-to-one, judged output rows,
    output rows that match some gold row."""

    name: str
    gold: int
    matched: int
    out: int
    out_ok: int
    error: str = ""

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.out_ok / self.out if self.out else 1.0


@dataclass(frozen=True, slots=True)
class Score:
    """Per-question counts plus their micro-average (sums over questions, then the ratio)."""

    per_cq: tuple[CqScore, ...]

    @property
    def gold(self) -> int:
        return sum(c.gold for c in self.per_cq)

    @property
    def matched(self) -> int:
        return sum(c.matched for c in self.per_cq)

    @property
    def out(self) -> int:
        return sum(c.out for c in self.per_cq)

    @property
    def out_ok(self) -> int:
        return sum(c.out_ok for c in self.per_cq)

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.out_ok / self.out if self.out else 1.0

    def get(self, name: str) -> CqScore:
        for c in self.per_cq:
            if c.name == name:
                return c
        raise KeyError(name)

    def table(self) -> str:
        lines = [
            f"{c.name:16s} gold={c.gold:3d} matched={c.matched:3d} out={c.out:3d} {c.error}"
            for c in self.per_cq
        ]
        lines.append(f"recall={self.recall:.3f} precision={self.precision:.3f}")
        return "\n".join(lines)

    def as_json(self) -> dict[str, object]:
        return {
            "per_cq": {
                c.name: {"gold": c.gold, "matched": c.matched, "out": c.out, "out_ok": c.out_ok}
                | ({"error": c.error} if c.error else {})
                for c in self.per_cq
            },
            "recall": self.recall,
            "precision": self.precision,
        }


def total(scores: Iterable[Score]) -> Score:
    """Sum the counts of several scores question by question (a corpus-level micro-average)."""
    sums: dict[str, list[int]] = {}
    errors: dict[str, str] = {}
    for s in scores:
        for c in s.per_cq:
            acc = sums.setdefault(c.name, [0, 0, 0, 0])
            acc[0] += c.gold
            acc[1] += c.matched
            acc[2] += c.out
            acc[3] += c.out_ok
            if c.error and c.name not in errors:
                errors[c.name] = c.error
    names = [n for n in CQ_NAMES if n in sums] + sorted(set(sums) - set(CQ_NAMES))
    per_cq = []
    for n in names:
        gold, matched, out, out_ok = sums[n]
        per_cq.append(CqScore(n, gold, matched, out, out_ok, errors.get(n, "")))
    return Score(tuple(per_cq))


# --- values -------------------------------------------------------------------------------

_ASIDE = re.compile(r"[^\w]+|_")


def tokenize(label: object) -> list[str]:
    """Lower-case, ё->е, and split on anything that is not a letter or digit.

    >>> tokenize("«Азербайджано-казахстанский» фонд, ООО")
    ['азербайджано', 'казахстанский', 'фонд', 'ооо']
    """
    text = str(label).lower().replace("ё", "е")
    return [t for t in _ASIDE.split(text) if t]


def tokens_match(a: str, b: str) -> bool:
    """Equal, or equal on a prefix of all but the last two letters of the longer (at least 3).

    >>> tokens_match("байрамова", "байрамов"), tokens_match("газ", "газопровод")
    (True, False)
    """
    if a == b:
        return True
    need = max(MIN_PREFIX, max(len(a), len(b)) - INFLECTION)
    return len(a) >= need and len(b) >= need and a[:need] == b[:need]


def labels_match(gold: object, out: object) -> bool:
    """Every token of the side with fewer tokens has a matching token on the other side."""
    g, o = tokenize(gold), tokenize(out)
    if not g or not o:
        return not g and not o
    short, long_ = (g, o) if len(g) <= len(o) else (o, g)
    return all(any(tokens_match(t, u) for u in long_) for t in short)


def _number(value: object) -> Decimal | None:
    if isinstance(value, bool):
        return None
    try:
        return Decimal(str(value).strip().replace(" ", "").replace(",", "."))
    except (InvalidOperation, ValueError):
        return None


def _text(value: object) -> str:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return str(value).strip()


def _is_empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def value_matches(column: str, gold: object, out: object) -> bool:
    """Whether one output value satisfies one (non-empty) gold value under the column's rule."""
    if column in UNSCORED_COLUMNS:
        return True
    if _is_empty(out):
        return False
    if column in NUMBER_COLUMNS:
        g, o = _number(gold), _number(out)
        return g is not None and o is not None and g == o
    if column in PREFIX_COLUMNS:
        return _text(out).startswith(_text(gold))
    if column in EXACT_COLUMNS:
        return _text(out) == _text(gold)
    return labels_match(gold, out)


def rows_match(gold: Row, out: Row) -> bool:
    """Every non-empty gold column is matched by the output row's value in that column."""
    return all(
        value_matches(col, value, out.get(col))
        for col, value in gold.items()
        if not _is_empty(value)
    )


def _swapped(row: Row) -> dict[str, object]:
    swapped = dict(row)
    swapped["countryALabel"], swapped["countryBLabel"] = (
        row.get("countryBLabel"),
        row.get("countryALabel"),
    )
    return swapped


def _trade_rows_match(gold: Row, out: Row) -> bool:
    return rows_match(gold, out) or rows_match(_swapped(gold), out)


# --- matching -----------------------------------------------------------------------------


def _max_matching(gold: Sequence[Row], out: Sequence[Row], fits: Callable[[Row, Row], bool]) -> int:
    # Kuhn's augmenting paths: the row counts per question are small (tens), so O(V*E) is fine,
    # and a maximum matching keeps one output row from being credited to two gold rows
    edges = [[j for j, o in enumerate(out) if fits(g, o)] for g in gold]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    return sum(augment(i, set()) for i in range(len(gold)))


def _judged_links(gold: Sequence[Row], out: Sequence[Row]) -> list[Row]:
    # "about an entity the gold mentions" is decided on the label: a row whose label names no
    # gold entity is not judged, whatever IRI it carries
    labels = [g.get("entityLabel") for g in gold if not _is_empty(g.get("entityLabel"))]
    return [o for o in out if any(labels_match(label, o.get("entityLabel")) for label in labels)]


def score_cq(name: str, out: Sequence[Row], gold: Sequence[Row], error: str = "") -> CqScore:
    """Match one question's output rows against its gold rows."""
    if name == "links":
        out = _judged_links(gold, out)
    fits = _trade_rows_match if name == "trade" else rows_match
    out_ok = sum(any(fits(g, o) for g in gold) for o in out)
    return CqScore(name, len(gold), _max_matching(gold, out, fits), len(out), out_ok, error)


def score(
    rows_by_cq: Mapping[str, Sequence[Row]],
    gold: Mapping[str, Sequence[Row]],
    errors: Mapping[str, str] | None = None,
    *,
    strict: bool = False,
) -> Score:
    """Score every question the gold has rows for (with ``strict``, every question either side
    names). A question missing from the output counts as answered with no rows.
    """
    errors = errors or {}
    asked = set(gold) | set(rows_by_cq) if strict else {n for n, rows in gold.items() if rows}
    names = [n for n in CQ_NAMES if n in asked] + sorted(asked - set(CQ_NAMES))
    return Score(
        tuple(score_cq(n, rows_by_cq.get(n, ()), gold.get(n, ()), errors.get(n, "")) for n in names)
    )
