"""The ontology's classes as one SVG picture: a panel per topic of ontology/diplograph.ttl, a
box per class (its name, Russian label, alignments, and its properties with their ranges),
subclasses under their parent with UML's hollow arrow.

Laid out by hand, in a monospace font whose width is known, so the same ontology gives the
same bytes and no layout program is needed: the panels fill three columns, each going to the
shortest one."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from rdflib import OWL, RDFS, Graph, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

from ..rdf.namespace import DG, PREFIXES

__all__ = ["class_diagram"]

CHAR = 6.6  # width of one character of 11px monospace
LINE = 15
PAD = 8
GAP = 14
COLUMNS = 3
COLORS = ("#e8f0fe", "#fef7e0", "#e6f4ea", "#fce8e6", "#f3e8fd", "#e0f7fa", "#fff3e0")


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


@dataclass
class _Box:
    term: URIRef
    lines: list[tuple[str, str]]  # (css class, text)
    width: float = 0
    height: float = 0
    x: float = 0
    y: float = 0


def _box(g: Graph, cls: URIRef, group: set[URIRef]) -> _Box:
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
    return _Box(cls, lines, width, len(lines) * LINE + PAD)


def class_diagram(ontology: Graph, groups: Sequence[tuple[str, Sequence[URIRef]]]) -> str:
    """The SVG of the classes of `groups` ((title, terms) in order; non-classes are skipped)."""
    g = ontology
    panels = []
    for title, terms in groups:
        classes = [t for t in terms if (t, None, OWL.Class) in g]
        if not classes:
            continue
        members = set(classes)
        boxes = {c: _box(g, c, members) for c in classes}
        roots = [c for c in classes if not (set(g.objects(c, RDFS.subClassOf)) & members)]
        y = float(LINE + 2 * PAD)
        width = len(title) * CHAR + 2 * PAD
        placed: list[tuple[_Box, list[_Box]]] = []
        for root in roots:
            box = boxes[root]
            box.x, box.y = PAD, y
            y += box.height + GAP
            kids = [boxes[c] for c in classes if root in set(g.objects(c, RDFS.subClassOf))]
            per_row = 3 if len(kids) > 4 else max(len(kids), 1)
            row_width = 0.0
            for i in range(0, len(kids), per_row):
                row = kids[i : i + per_row]
                x = float(PAD)
                for kid in row:
                    kid.x, kid.y = x, y + GAP
                    x += kid.width + GAP / 2
                row_width = max(row_width, x)
                y += max(k.height for k in row) + GAP / 2
            if kids:
                y += GAP
            width = max(width, box.width + 2 * PAD, row_width + PAD)
            placed.append((box, kids))
        panels.append((title, placed, width, y))
    # masonry: each panel to the shortest column
    heights = [0.0] * COLUMNS
    columns: list[list[int]] = [[] for _ in range(COLUMNS)]
    for i, (_, _, _, height) in enumerate(panels):
        column = heights.index(min(heights))
        columns[column].append(i)
        heights[column] += height + GAP
    widths = [max((panels[i][2] for i in col), default=0.0) for col in columns]
    out: list[str] = []
    x0 = float(GAP)
    for c, col in enumerate(columns):
        y0 = float(GAP)
        for i in col:
            title, placed, _, height = panels[i]
            out.append(_panel(title, placed, x0, y0, widths[c], height, COLORS[i % len(COLORS)]))
            y0 += height + GAP
        x0 += widths[c] + GAP
    total_w, total_h = x0, max(heights) + GAP
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {total_w:.0f} {total_h:.0f}" '
        f'width="{total_w:.0f}" height="{total_h:.0f}" font-family="DejaVu Sans Mono, monospace" '
        'font-size="11" role="img" aria-label="diplograph ontology: class diagram">\n'
        "<style>.name{font-weight:bold}.ru{font-style:italic;fill:#444}.align{fill:#1a5fb4}"
        ".prop{fill:#333}.title{font-weight:bold;font-size:12px}</style>\n"
        + "".join(out)
        + "</svg>\n"
    )


def _panel(title: str, placed: list, x0: float, y0: float, w: float, h: float, fill: str) -> str:
    parts = [
        f'<g transform="translate({x0:.1f},{y0:.1f})">',
        f'<rect width="{w:.1f}" height="{h:.1f}" rx="8" fill="{fill}" stroke="#999"/>',
        f'<text class="title" x="{PAD}" y="{LINE + 2}">{escape(title)}</text>',
    ]
    for box, kids in placed:
        if kids:
            parts.append(_generalization(box, kids))
        for item in (box, *kids):
            parts.append(_draw(item))
    parts.append("</g>\n")
    return "".join(parts)


def _generalization(parent: _Box, kids: list[_Box]) -> str:
    """UML's hollow arrow from the subclasses to their parent: lines joined to the arrow for
    a few, a dashed frame around many (one arrow for the set)."""
    cx, cy = parent.x + parent.width / 2, parent.y + parent.height
    head = f'<path d="M{cx:.1f},{cy:.1f} l-5,8 h10 z" fill="white" stroke="#666"/>'
    top = min(k.y for k in kids)
    if len(kids) > 4:
        left = min(k.x for k in kids) - PAD / 2
        right = max(k.x + k.width for k in kids) + PAD / 2
        bottom = max(k.y + k.height for k in kids) + PAD / 2
        frame = (
            f'<rect x="{left:.1f}" y="{top - PAD / 2:.1f}" width="{right - left:.1f}" '
            f'height="{bottom - top + PAD / 2:.1f}" rx="6" fill="none" stroke="#888" '
            'stroke-dasharray="4 3"/>'
        )
        line = f'<path d="M{cx:.1f},{cy + 8:.1f} V{top - PAD / 2:.1f}" stroke="#666"/>'
        return frame + line + head
    bus = (cy + 8 + top) / 2
    path = f"M{cx:.1f},{cy + 8:.1f} V{bus:.1f}"
    for kid in kids:
        path += f" M{kid.x + kid.width / 2:.1f},{kid.y:.1f} V{bus:.1f} H{cx:.1f}"
    return f'<path d="{path}" stroke="#666" fill="none"/>' + head


def _draw(box: _Box) -> str:
    anchor = str(box.term)[len(str(DG)) :]
    parts = [
        f'<a href="#{escape(anchor)}"><rect x="{box.x:.1f}" y="{box.y:.1f}" '
        f'width="{box.width:.1f}" height="{box.height:.1f}" fill="white" stroke="#555"/>',
    ]
    for i, (css, text) in enumerate(box.lines):
        y = box.y + PAD + LINE * i + 9
        parts.append(f'<text class="{css}" x="{box.x + PAD:.1f}" y="{y:.1f}">{escape(text)}</text>')
    parts.append("</a>")
    return "".join(parts)
