"""Stage 5, rdf: resolved statements -> triples under the ontology, and the graph formats."""
