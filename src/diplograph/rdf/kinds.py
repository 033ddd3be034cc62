"""The one table of fact kinds: what each becomes in the ontology, for every stage that
needs to know (the mapping, the build's check, the view and its page).

A post, a meeting, a signing, a trade figure and an export flow are n-ary facts: nodes of
their own (dg:PostHolding ...), each with its evidence. A fund and an infrastructure object
are things: their facts (capital, founders, location, what it connects) are stated about the
entity itself, named by one of the statement's roles.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import URIRef

from ..records import FactKind
from .namespace import DG

__all__ = ["FACT_KINDS", "FACT_NODE_CLASSES", "FactKindInfo", "fact_kind"]


@dataclass(frozen=True)
class FactKindInfo:
    kind: FactKind
    node_class: URIRef | None  # the class of its fact node; None: stated about an entity
    about: str | None = None  # the role naming that entity


# In the order a person's panel on the page lists their facts.
FACT_KINDS = (
    FactKindInfo(FactKind.POST, DG.PostHolding),
    FactKindInfo(FactKind.MEETING, DG.Meeting),
    FactKindInfo(FactKind.SIGNING, DG.Signing),
    FactKindInfo(FactKind.TRADE, DG.TradeFigure),
    FactKindInfo(FactKind.EXPORT, DG.ExportFlow),
    FactKindInfo(FactKind.FUND, None, about="fund"),
    FactKindInfo(FactKind.INFRASTRUCTURE, None, about="object"),
)
_BY_KIND = {info.kind: info for info in FACT_KINDS}
# The classes of fact nodes, in the panel's order.
FACT_NODE_CLASSES = tuple(info.node_class for info in FACT_KINDS if info.node_class is not None)


def fact_kind(kind: str) -> FactKindInfo:
    return _BY_KIND[FactKind(kind)]
