"""The page: a drawn model written as one self-contained, offline HTML page.

The page is vis-network (the library pyvis wraps), inlined, with our own template: pyvis's
template links Bootstrap from a CDN even with ``cdn_resources="in_line"``, and a page that a
journalist opens from disk on a train must make no request at all. The page keeps pyvis's
convention of global ``network`` (vis.Network), ``nodes`` and ``edges`` (vis.DataSet).

What reads at any size of graph is a view, never the whole: an overview (the countries and the
most connected people and objects, the facts between two of them folded into one edge), a
node's neighbourhood, or the facts of one folded edge. The page lays each out itself when it is
opened (views are small whatever the graph: assets/layout.js) and draws the labels where they
fit (assets/labels.js); this module gives it the drawn model, and for each fact the entities
and countries it is between (facts.py), its time and, for a trade figure, its numbers.

The template, the style sheet and the page's own code are files beside this module
(assets/page.html, page.css, page.js). The data arrives as JSON in a non-executed <script>
element; the page's code puts every text from the graph into the DOM with textContent, never
innerHTML. An entity's panel lists the facts it takes part in (a person's dg:PostHolding
with its post and country, meetings, signings), each with its key values and the sentences
that state it. The search box, the language switch and the legend sit in a side bar beside
the canvas, never over it.
"""

from __future__ import annotations

import html
import json
import os
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from rdflib import Graph, URIRef
from rdflib.term import Node

from ..files import write_atomic
from .facts import COUNTRY, DISAGREES, disagreements, fact_ends, pair_counts, when
from .model import FACT_CLASSES, Model, NodeData, build_model
from .selection import Net, select
from .style import DISAGREE, FACT_FONT, FONT, GLYPH, node_size, style

__all__ = ["render_html", "write_html"]

_TOOLTIP_SENTENCES = 3
_SENTENCE_CHARS = 400
# Above this many nodes the page hides edges while dragging/zooming.
_LARGE = 3000
# A label size in pixels that vis-network never reaches: it leaves all labels to the page.
_NEVER = 10_000
# A disagreement between two facts is drawn in red, both ways (it is symmetric).
_DISAGREEING = {"color": {"color": DISAGREE}, "dashes": True, "arrows": {"to": {"enabled": False}}}
# What a trade figure tells the chart of its countries' turnover (NodeData.raw's names).
_FIGURE = ("indicator", "comparison", "amount", "currency", "period")
# The page's own code, in the order it runs: the layout and the labels, then the page.
_SCRIPTS = ("layout.js", "labels.js", "panel.js", "views.js", "page.js", "chart.js", "timeline.js")


def _tooltip(
    model: Model,
    node: NodeData,
    relations: Sequence[tuple[str, str]],
    evidence: Sequence[Node],
    mentions: bool,
) -> str:
    lines = [f"{node.cls_label} ({node.cls})", node.label]
    others = [n for n in node.names if n != node.label]
    if others:
        lines.append("также: " + "; ".join(others))
    lines.extend(f"{name}: {value}" for name, value in node.props)
    grouped: dict[str, list[str]] = defaultdict(list)
    for name, target in relations:
        grouped[name].append(target)
    lines.extend(f"{name}: {'; '.join(targets)}" for name, targets in grouped.items())
    lines.extend(f"{kind}: {url}" for kind, url in node.links)
    if node.provenance:
        lines.append(node.provenance)
    if evidence:
        lines.append("")
        lines.append("Упоминания:" if mentions else "Источник:")
        for sentence in evidence[:_TOOLTIP_SENTENCES]:
            ev = model.sentences[sentence]
            text = ev.text if len(ev.text) <= _SENTENCE_CHARS else ev.text[:_SENTENCE_CHARS] + "…"
            lines.append(f"«{text}»")
            source = ", ".join(part for part in (ev.headline, ev.date) if part)
            if source:
                lines.append(f"  — {source}")
        if len(evidence) > _TOOLTIP_SENTENCES:
            lines.append(f"… ещё {len(evidence) - _TOOLTIP_SENTENCES}")
    return "\n".join(lines)


def _page_data(
    model: Model,
    chosen: Net,
    omitted: int,
    ends: Mapping[str, Sequence[str]] | None = None,
    pairs: Mapping[tuple[str, str], int] | None = None,
) -> dict[str, Any]:
    large = chosen.number_of_nodes() > _LARGE
    drawn = sorted(chosen.nodes)
    sentence_ids = sorted(
        {s for n in drawn for s in model.nodes[n].evidence},
        key=lambda s: (model.sentences[s].order, str(s)),
    )
    sentence_index = {s: i for i, s in enumerate(sentence_ids)}
    # a fact's tooltip names what it links (participants, place), drawn or not
    relations: defaultdict[str, list[tuple[str, str]]] = defaultdict(list)
    for e in model.edges:
        if e.reversed and model.nodes[e.target].fact:
            name = model.vocab.name(URIRef(e.prop))
            relations[e.target].append((name, model.nodes[e.source].label))
        elif model.nodes[e.source].fact:
            relations[e.source].append((e.label, model.nodes[e.target].label))
    vis_nodes: list[dict[str, Any]] = []
    info: dict[str, dict[str, Any]] = {}
    if ends is None:
        ends = fact_ends(model)
    disagree = disagreements(model)
    for node_id in drawn:
        node = model.nodes[node_id]
        colour, shape = style(node.cls)
        degree = chosen.degree(node_id)
        evidence: Sequence[Node] = node.evidence
        mentions = False
        if not evidence:
            # an entity has no evidence of its own: show the sentences of the facts about it
            borrowed = {s for n in chosen.neighbors(node_id) for s in model.nodes[n].evidence}
            evidence = sorted(borrowed, key=lambda s: (model.sentences[s].order, str(s)))
            mentions = bool(evidence)
        item: dict[str, Any] = {
            "id": node_id,
            "label": node.canvas,
            "title": _tooltip(model, node, relations[node_id], evidence, mentions),
            "shape": shape,
            "color": colour,
            "size": node_size(node.fact, degree),
        }
        if node.fact:
            item["font"] = {"size": FACT_FONT, "color": "#444444"}
        if node_id in disagree:
            item["color"] = {"background": colour, "border": DISAGREE}
            item["borderWidth"] = 3
        vis_nodes.append(item)
        # empty fields are left out: at 10^4 nodes every byte of the page is paid 10^4 times
        # the panel lists an entity's facts with their own evidence, so it needs no borrowing
        entry: dict[str, Any] = {
            "cls": node.cls,
            "label": node.label,
            "en": node.en,
            "canvasEn": node.canvas_en,
            "degree": degree,
            "names": list(node.names),
            "summary": node.summary,
            "summaryEn": node.summary_en,
            "props": [list(p) for p in node.props],
            "links": [list(link) for link in node.links],
            "provenance": node.provenance,
            "evidence": [sentence_index[s] for s in node.evidence if s in sentence_index],
            "fact": node.fact,
        }
        if node.fact:
            raw = dict(node.raw)
            entry["when"] = when(raw)
            entry["ends"] = [m for m in ends.get(node_id, ()) if m in chosen.adjacency]
            entry["disagrees"] = [m for m in disagree.get(node_id, ()) if m in chosen.adjacency]
            if node.cls == "TradeFigure":
                entry["fig"] = {k: raw[k] for k in _FIGURE if k in raw}
        if entry["names"] == [node.label]:
            del entry["names"]
        info[node_id] = {k: v for k, v in entry.items() if v or k == "degree"}
    vis_edges = [
        {
            "id": f"e{i}",
            "from": e.source,
            "to": e.target,
            "label": e.label,
            # read from the fact's side in the panel: the holder of a post, not "holds"
            **({"inverse": model.vocab.name(URIRef(e.prop))} if e.reversed else {}),
            **(_DISAGREEING if e.prop == DISAGREES else {}),
        }
        for i, e in enumerate(e for e in model.edges if e.source in chosen and e.target in chosen)
    ]
    options = {
        "autoResize": True,
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False, "randomSeed": 1},
        "interaction": {
            "tooltipDelay": 150,
            "hideEdgesOnDrag": large,
            "hideEdgesOnZoom": large,
            "navigationButtons": False,
        },
        "nodes": {
            "borderWidth": 1,
            # the page draws the labels itself, where they fit (assets/labels.js)
            "scaling": {"label": {"drawThreshold": _NEVER}},
            "font": {
                "size": FONT,
                "face": "sans-serif",
                "color": "#222222",
                "strokeWidth": 3,
                "strokeColor": "#ffffff",
            },
        },
        "edges": {
            "smooth": False,
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "color": {"color": "#a0a8b0", "highlight": "#333333", "hover": "#333333"},
            "font": {"size": 9, "color": "#666666", "strokeWidth": 2, "align": "middle"},
            "scaling": {"label": {"drawThreshold": _NEVER}},
            "width": 1,
        },
    }
    sentences = [
        [model.sentences[s].text, model.sentences[s].headline, model.sentences[s].date]
        for s in sentence_ids
    ]
    drawn_classes = sorted({model.nodes[n].cls for n in drawn})
    return {
        "pairs": _pairs(model, drawn, ends, pairs),
        "nodes": vis_nodes,
        "edges": vis_edges,
        "info": info,
        "classes": {c: list(model.classes[c]) for c in drawn_classes},
        "english": dict(sorted(model.english.items())),
        "facts": list(FACT_CLASSES),  # the classes of fact nodes, in the panel's order
        "sentences": sentences,
        "options": options,
        "omitted": omitted,
    }


def _pairs(
    model: Model,
    drawn: Sequence[str],
    ends: Mapping[str, Sequence[str]],
    whole: Mapping[tuple[str, str], int] | None,
) -> list[list[int]]:
    """The facts of the whole graph that join two drawn nodes (one a country), where there
    are more of them than the page holds: the weight of the overview's folded edges, as
    [i, j, count] with i < j positions in the page's list of nodes (IRIs would weigh more
    than the page's facts). Empty when the page holds every fact."""
    at = {n: i for i, n in enumerate(drawn)}
    countries = {n for n in drawn if model.nodes[n].cls == COUNTRY}
    here = pair_counts({f: r for f, r in ends.items() if f in at}, at, countries)
    if whole is None:
        whole = pair_counts(ends, at, countries)
    return sorted(
        [at[a], at[b], count]
        for (a, b), count in whole.items()
        if a in at and b in at and count > here.get((a, b), 0)
    )


def _json_for_script(data: Any) -> str:
    """JSON that cannot end the <script> element it sits in, whatever the articles say."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escape in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e")):
        text = text.replace(char, escape)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


ASSETS = files(__package__).joinpath("assets")
# the page's <script> elements: vis-network, the data, the page's own code; a text that
# ended one early (an inlined library, an article's sentence) would add one
SCRIPTS = 3


@cache
def _asset(name: str) -> str:
    return ASSETS.joinpath(name).read_text(encoding="utf-8")


def _page(**values: object) -> str:
    """The template assets/page.html made into the page by pyvis, through its public API: a
    Network of in-line resources (vis-network inside the page, no CDN, no file beside it) and
    our template in place of its own, which links Bootstrap from a CDN even in-line."""
    from jinja2 import ChoiceLoader
    from pyvis.network import Network

    network = Network(cdn_resources="in_line")
    in_line = network.templateEnv.loader  # where pyvis finds the resources it inlines
    network.set_template_dir(str(ASSETS), "page.html")
    network.templateEnv.loader = ChoiceLoader([network.templateEnv.loader, in_line])
    network.templateEnv.keep_trailing_newline = True  # the page's bytes are the template's
    network.templateEnv.globals.update(values)
    page = network.generate_html()
    if page.lower().count("</script") != SCRIPTS:
        raise RuntimeError("an inlined resource ends its <script> element early")
    return page


def _legend(model: Model, chosen: Net) -> list[dict[str, object]]:
    """The legend's rows (entities first, then facts), their texts escaped for the page."""
    counts = Counter(model.nodes[n].cls for n in chosen.nodes)
    rows: list[dict[str, object]] = []
    for cls in sorted(counts, key=lambda c: (c in FACT_CLASSES, c)):
        colour, shape = style(cls)
        rows.append(
            {
                "name": html.escape(cls),
                "colour": colour,
                "glyph": GLYPH.get(shape, "●"),
                "label": html.escape(model.classes[cls][0]),
                "count": counts[cls],
            }
        )
    return rows


def render_html(
    graph: Graph,
    *,
    focus: str | None = None,
    depth: int = 2,
    classes: Sequence[str] = (),
    max_nodes: int = 2000,
    title: str = "diplograph",
    nodes_in_graph: int | None = None,
    degrees: Mapping[str, int] | None = None,
    ends: Mapping[str, Sequence[str]] | None = None,
    pairs: Mapping[tuple[str, str], int] | None = None,
) -> str:
    """The whole page drawing ``graph``; the same graph always gives the same bytes.

    ``focus`` (a label substring) draws the ``depth``-hop neighbourhood of the best-matching
    node; ``classes`` (dg: local names such as "Port") keeps nodes of those classes (and their
    subclasses) and their direct neighbours; the two combine, classes first. Over ``max_nodes``
    nodes, the most connected are drawn and a note says how many were left out. Raises
    GraphError when ``focus`` or ``classes`` match nothing.

    When ``graph`` is only the part of a bigger graph that the page draws (``page_graph``),
    ``nodes_in_graph`` and ``degrees`` (the nodes' degrees in the whole graph) make the page
    rank, cut and count as it would over the whole, and ``ends`` and ``pairs`` (PagePart's)
    tie its facts to the countries and weigh its folded edges as the whole would.
    """
    if depth < 0:
        raise ValueError(f"depth must be >= 0, not {depth}")
    if max_nodes < 1:
        raise ValueError(f"max_nodes must be >= 1, not {max_nodes}")
    if isinstance(classes, str):
        classes = (classes,)
    model = build_model(graph)
    chosen, focus_id, omitted = select(model, focus, depth, classes, max_nodes, degrees)
    if nodes_in_graph is not None:
        omitted = max(nodes_in_graph - chosen.number_of_nodes(), 0)
    data = _page_data(model, chosen, omitted, ends, pairs)
    if focus_id is not None:
        data["start"] = focus_id
    focused = model.nodes[focus_id].label if focus_id is not None else None
    return _page(
        title=html.escape(title),
        css=_asset("page.css"),
        drawn=chosen.number_of_nodes(),
        links=len(data["edges"]),
        focus=None if focused is None else html.escape(focused),
        depth=depth,
        omitted=omitted,
        max_nodes=max_nodes,
        legend=_legend(model, chosen),
        data=_json_for_script(data),
        app="".join(_asset(name) for name in _SCRIPTS),
    )


def write_html(graph: Graph, path: str | os.PathLike[str], **kw: Any) -> None:
    """Render and replace ``path`` atomically: readers see the old page or the new, never half."""
    write_atomic(Path(path), render_html(graph, **kw).encode("utf-8"))
