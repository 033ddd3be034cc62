"""How each class of node looks: its colour, shape, size and the room its label takes."""

from __future__ import annotations

import math

# (colour, vis shape) per class; label-below shapes only, since only they can be sized.
STYLE: dict[str, tuple[str, str]] = {
    "Person": ("#d62728", "dot"),
    "Country": ("#1f77b4", "diamond"),
    "City": ("#6baed6", "dot"),
    "Region": ("#9ecae1", "dot"),
    "Place": ("#4a90c2", "dot"),
    "BodyOfWater": ("#17becf", "dot"),
    "Organization": ("#2ca02c", "square"),
    "GovernmentBody": ("#1b7a1b", "square"),
    "InvestmentFund": ("#8c6bb1", "hexagon"),
    "Project": ("#c994c7", "hexagon"),
    "Role": ("#8c564b", "triangleDown"),
    "Document": ("#7f7f7f", "triangleDown"),
    "Commodity": ("#bcbd22", "star"),
    "Infrastructure": ("#ff7f0e", "triangle"),
    "Port": ("#ff7f0e", "triangle"),
    "Terminal": ("#fdae6b", "triangle"),
    "Cable": ("#e377c2", "triangle"),
    "Railway": ("#a0522d", "triangle"),
    "Road": ("#b8860b", "triangle"),
    "Pipeline": ("#636363", "triangle"),
    "Corridor": ("#e6550d", "triangle"),
    "Airport": ("#fd8d3c", "triangle"),
    "LogisticsHub": ("#d9a400", "triangle"),
    "EconomicZone": ("#a1d99b", "triangle"),
    "Bridge": ("#9c7a5b", "triangle"),
    "Tunnel": ("#6b5b45", "triangle"),
    "PowerLine": ("#f0c929", "triangle"),
    "Plant": ("#756bb1", "triangle"),
    "PostHolding": ("#c5b0d5", "square"),
    "Meeting": ("#ff9896", "square"),
    "TradeFigure": ("#9edae5", "square"),
    "ExportFlow": ("#dbdb8d", "square"),
    "Signing": ("#f7b6d2", "square"),
}
# The border of a fact that another fact disagrees with (dg:disagreesWith).
DISAGREE = "#c62828"
SPARE_COLOURS = ("#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd", "#31a354")
GLYPH = {
    "dot": "●",
    "square": "■",
    "diamond": "◆",
    "triangle": "▲",
    "triangleDown": "▼",
    "star": "★",
    "hexagon": "⬢",
}

FACT_SIZE = 6
MAX_SIZE = 18
# vis-network's fonts for the nodes (the page draws the labels itself: assets/labels.js).
FACT_FONT = 10
FONT = 13


def style(cls: str) -> tuple[str, str]:
    """A class of the ontology has its look; another gets a spare colour, always the same."""
    if cls in STYLE:
        return STYLE[cls]
    spare = SPARE_COLOURS[sum(map(ord, cls)) % len(SPARE_COLOURS)]
    return spare, "dot"


def node_size(fact: bool, degree: int) -> float:
    """Facts are small dots between what they link; entities grow with their links, up to a
    size that leaves the labels of a busy view room (the size is in canvas units, drawn at
    about the view's scale, which fit keeps near 1)."""
    return FACT_SIZE if fact else round(min(7 + 1.6 * math.sqrt(degree), MAX_SIZE), 1)
