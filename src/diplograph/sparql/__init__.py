"""SPARQL over built graphs: the store and its engines, results, the query guard, the endpoint."""
