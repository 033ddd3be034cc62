"""diplograph: news about diplomacy and trade, as a knowledge graph.

One folder per stage, in the order of the flow: ingest, nlp, extract, resolve, rdf, shacl,
then the outputs (view, sparql, score); build runs them, cli and api are their surface
(README, "How it fits together"). Importing this package loads nothing heavy: Natasha's
models load on first use.
"""

from __future__ import annotations

__version__ = "0.1.0"
