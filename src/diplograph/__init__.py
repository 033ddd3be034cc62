"""diplograph: news about diplomacy and trade, as a knowledge graph.

The stages are modules of their own (ingest, nlp, extract, resolve, rdf, validate, export,
view, query); `diplograph.api` gathers what a notebook user calls. Importing this package
loads nothing heavy: Natasha's models load on first use.
"""

from __future__ import annotations

__version__ = "0.1.0"
