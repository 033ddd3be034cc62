"""The ontology's classes as one SVG picture: a panel per topic of ontology/diplograph.ttl, a
box per class (its name, Russian label, alignments, and its properties with their ranges),
subclasses under their parent with UML's hollow arrow.

Laid out by hand, in a monospace font whose width is known, so the same ontology gives the
same bytes and no layout program is needed: the panels fill three columns, each going to the
shortest one. This module computes the panels, boxes and arrows with their coordinates; the
template assets/diagram.svg (its style assets/diagram.css) draws them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from rdflib import OWL, RDFS, Graph, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

from ..rdf.namespace import DG, PREFIXES
from .templates import template

__all__ = ["Diagram", "class_diagram", "diagram_layout"]

CHAR = 6.6  # width of one character of 11px monospace
LINE = 15
PAD = 8
GAP = 14
HEAD = 8  # the arrow head's height
COLUMNS = 3
COLORS = ("#e8f0fe", "#fef7e0", "#e6f4ea", "#fce8e6", "#f3e8fd", "#e0f7fa", "#fff3e0")

Point = tuple[float, float]


@dataclass
class Text:
    css: str  # name, ru, align or prop: the style sheet's classes
    x: float
    y: float  # the baseline
    text: str


@dataclass
class Box:
    """A class: its entry's id on the page, its rectangle and its lines of text."""

    anchor: str
    lines: list[tuple[str, str]]  # (css class, text)
    width: float
    height: float
    x: float = 0
    y: float = 0
    texts: list[Text] = field(default_factory=list)

    def place(self, x: float, y: float) -> None:
        self.x, self.y = x, y
        self.texts = [
            Text(css, x + PAD, y + PAD + LINE * i + 9, text)
            for i, (css, text) in enumerate(self.lines)
        ]


@dataclass
class Rect:
    x: float
    y: float
    width: float
    height: float


@dataclass
class Arrow:
    """UML's hollow arrow from subclasses to their parent: the head (its tip on the parent's
    bottom edge, then the two ends of its base), the lines from its base to each subclass for
    a few, or one line to a dashed frame around many."""

    head: tuple[Point, Point, Point]
    lines: list[list[Point]]
    frame: Rect | None = None


@dataclass
class Panel:
    title: str
    fill: str
    x: float
    y: float
    width: float
    height: float
    title_at: Point
    arrows: list[Arrow]
    boxes: list[Box]


@dataclass
class Diagram:
    width: float
    height: float
    panels: list[Panel]


def _short(term: Node) -> str:
    iri = str(term)
    for prefix, namespace in sorted(PREFIXES.items(), key=lambda item: -len(item[1])):
        if iri.startswith(namespace):
            return iri[len(namespace) :] if prefix == "dg" else f"{prefix}:{iri[len(namespace) :]}"
    return iri


def _union(g: Graph, node: Node | None) -> list[Node]:
    if node is None:
        return []
    lists = list(g.objects(node, OWL.unionOf))
    return list(Collection(g, lists[0])) if lists else [node]


def _box(g: Graph, cls: URIRef, group: set[URIRef]) -> Box:
    lines = [("name", _short(cls))]
    ru = next(
        (str(v) for v in g.objects(cls, RDFS.label) if getattr(v, "language", "") == "ru"), ""
    )
    if ru:
        lines.append(("ru", ru))
    supers = sorted(
        (s for s in g.objects(cls, RDFS.subClassOf) if isinstance(s, URIRef) and s not in group),
        key=str,
    )
    if supers:
        lines.append(("align", "⊑ " + ", ".join(_short(s) for s in supers)))
    for prop in sorted(g.subjects(RDFS.domain, None), key=str):
        if cls in _union(g, g.value(prop, RDFS.domain)) and str(prop).startswith(str(DG)):
            ranges = _union(g, g.value(prop, RDFS.range))
            if (prop, RDFS.range, None) in g and (prop, RDFS.range, RDFS.Literal) not in g:
                shown = " | ".join(_short(r) for r in ranges)
            else:
                shown = "literal"
            arrow = "→" if (prop, None, OWL.ObjectProperty) in g else ":"
            lines.append(("prop", f"{_short(prop)} {arrow} {shown}"))
    width = max(len(text) for _, text in lines) * CHAR + 2 * PAD
    anchor = str(cls)[len(str(DG)) :]
    return Box(anchor, lines, width, len(lines) * LINE + PAD)


def _arrow(parent: Box, kids: list[Box]) -> Arrow:
    """Lines joined to the arrow for a few subclasses, a dashed frame around many (one arrow
    for the set)."""
    cx, cy = parent.x + parent.width / 2, parent.y + parent.height
    head = ((cx, cy), (cx - 5, cy + HEAD), (cx + 5, cy + HEAD))
    top = min(k.y for k in kids)
    if len(kids) > 4:
        left = min(k.x for k in kids) - PAD / 2
        right = max(k.x + k.width for k in kids) + PAD / 2
        bottom = max(k.y + k.height for k in kids) + PAD / 2
        frame = Rect(left, top - PAD / 2, right - left, bottom - top + PAD / 2)
        return Arrow(head, [[(cx, cy + HEAD), (cx, top - PAD / 2)]], frame)
    bus = (cy + HEAD + top) / 2
    lines = [[(cx, cy + HEAD), (cx, bus)]]
    lines += [[(k.x + k.width / 2, k.y), (k.x + k.width / 2, bus), (cx, bus)] for k in kids]
    return Arrow(head, lines)


def _panel(g: Graph, title: str, classes: list[URIRef]) -> Panel:
    """A topic's panel, its boxes placed inside it: each root class, its subclasses under it
    in rows of three when they are many."""
    members = set(classes)
    boxes = {c: _box(g, c, members) for c in classes}
    roots = [c for c in classes if not (set(g.objects(c, RDFS.subClassOf)) & members)]
    y = float(LINE + 2 * PAD)
    width = len(title) * CHAR + 2 * PAD
    arrows: list[Arrow] = []
    drawn: list[Box] = []
    for root in roots:
        box = boxes[root]
        box.place(PAD, y)
        y += box.height + GAP
        kids = [boxes[c] for c in classes if root in set(g.objects(c, RDFS.subClassOf))]
        per_row = 3 if len(kids) > 4 else max(len(kids), 1)
        row_width = 0.0
        for i in range(0, len(kids), per_row):
            row = kids[i : i + per_row]
            x = float(PAD)
            for kid in row:
                kid.place(x, y + GAP)
                x += kid.width + GAP / 2
            row_width = max(row_width, x)
            y += max(k.height for k in row) + GAP / 2
        if kids:
            y += GAP
            arrows.append(_arrow(box, kids))
        width = max(width, box.width + 2 * PAD, row_width + PAD)
        drawn += [box, *kids]
    return Panel(title, "", 0, 0, width, y, (PAD, LINE + 2), arrows, drawn)


def diagram_layout(ontology: Graph, groups: Sequence[tuple[str, Sequence[URIRef]]]) -> Diagram:
    """The panels of the classes of `groups` ((title, terms) in order; non-classes are
    skipped), placed: each panel goes to the shortest of the columns."""
    g = ontology
    panels = []
    for title, terms in groups:
        classes = [t for t in terms if (t, None, OWL.Class) in g]
        if classes:
            panels.append(_panel(g, title, classes))
    heights = [0.0] * COLUMNS
    columns: list[list[Panel]] = [[] for _ in range(COLUMNS)]
    for i, panel in enumerate(panels):
        panel.fill = COLORS[i % len(COLORS)]
        shortest = heights.index(min(heights))
        columns[shortest].append(panel)
        heights[shortest] += panel.height + GAP
    x = float(GAP)
    for column in columns:
        widest = max((panel.width for panel in column), default=0.0)
        y = float(GAP)
        for panel in column:
            panel.x, panel.y, panel.width = x, y, widest
            y += panel.height + GAP
        x += widest + GAP
    return Diagram(x, max(heights) + GAP, [p for column in columns for p in column])


def class_diagram(ontology: Graph, groups: Sequence[tuple[str, Sequence[URIRef]]]) -> str:
    """The SVG document of the classes of `groups` (see diagram_layout)."""
    return template("diagram.svg").render(diagram=diagram_layout(ontology, groups))
