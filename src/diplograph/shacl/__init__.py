"""Stage 6, shacl: the ontology and its shapes, and the verdict of a graph against them."""
