"""SPARQL over built graphs: the store, its results, the query guard and the HTTP endpoint."""
