"""ontology/shapes.ttl compiled into SPARQL SELECT queries that Oxigraph answers.

The shapes are compiled once per process: one query per constraint, or per property shape
for the constraints on single values, each row a violation. shapes.ttl stays the single
source of truth: nothing about the shapes is written down twice. Oxigraph keeps numbers in
canonical form ("+1.50"^^xsd:decimal becomes "1.5"), which is the string sh:pattern would
see; no shape matches a pattern on a number.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import count

from rdflib import RDF, SH, XSD, Graph, Literal, URIRef
from rdflib.term import Node

from .expressions import NODE_KINDS, datatype_test, iri, quoted, safe
from .ontology import ontology_graph, shapes_graph
from .shapes import (
    SHAPE_TYPES,
    TARGETS,
    VALUE_PARAMETERS,
    ShapeCompileError,
    ShapeReader,
    by_text,
)

__all__ = ["Check", "Report", "ShapeCompileError", "compile_shapes", "compiled"]


@dataclass(frozen=True)
class Report:
    """What a row of a check means: a violation of `component`, either on every row
    (`flag` None) or on the rows where the boolean variable `flag` is false."""

    component: str  # "sh:MaxCountConstraintComponent"
    message: str
    flag: str | None = None


@dataclass(frozen=True)
class Check:
    """One SPARQL SELECT of the constraints of `shape` on `path` (None: on the focus node
    itself); each row has ?focus, ?value when `has_value`, and the flags of `reports`."""

    query: str
    shape: str
    path: str | None
    has_value: bool
    reports: tuple[Report, ...]


@cache
def compiled() -> tuple[Check, ...]:
    """The checks of ontology/shapes.ttl with the class hierarchy of diplograph.ttl."""
    return compile_shapes(shapes_graph(), ontology_graph())


_HEADER = (
    "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
    "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"
)


def compile_shapes(shapes: Graph, ontology: Graph) -> tuple[Check, ...]:
    """The checks of a shapes graph; `ontology` gives the rdfs:subClassOf hierarchy. Raises
    ShapeCompileError for anything in `shapes` that would not be checked as written."""
    return ShapeCompiler(shapes, ontology).run()


@dataclass
class ShapeCompiler(ShapeReader):
    checks: list[Check] = field(default_factory=list)
    fresh: Iterator[int] = field(default_factory=lambda: count(1))

    def run(self) -> tuple[Check, ...]:
        g = self.shapes
        found: set[Node] = set()
        for kind in SHAPE_TYPES:
            found.update(g.subjects(RDF.type, kind))
        for predicate in TARGETS:
            found.update(g.subjects(predicate, None))
        found.update(g.objects(None, SH.property))
        parents: dict[Node, list[Node]] = defaultdict(list)
        for parent, child in g.subject_objects(SH.property):
            parents[child].append(parent)
        for shape in sorted(found, key=str):
            self.inspect(shape)
        for shape in sorted(found, key=str):
            if self.deactivated(shape):
                continue
            classes = self.focus_classes(shape)
            if (shape, SH.path, None) in g:
                for parent in parents.get(shape, []):
                    if not self.deactivated(parent):
                        classes |= self.focus_classes(parent)
            if classes:
                self.emit(shape, classes, parents.get(shape, []))
        self.sweep()
        return tuple(sorted(self.checks, key=_check_order))

    # --- SPARQL --------------------------------------------------------------------------

    def var(self, stem: str) -> str:
        return f"?{stem}{next(self.fresh)}"

    def emit(self, shape: Node, classes: set[URIRef], parents: list[Node]) -> None:
        """The checks of one shape on its focus nodes (instances of `classes`).

        Oxigraph is fastest when a query starts from what it can scan: a check that reports
        values scans the path's triples (or groups them) first and only then asks whether the
        subject is a focus node, usually for no row at all; a check that needs every focus node
        (minCount, hasValue) enumerates them by rdf:type. The scan sits in a subquery because
        Oxigraph's optimiser would otherwise run the FILTER EXISTS first, on every triple.
        """
        g = self.shapes
        values = " ".join(sorted(iri(c) for c in classes))
        every_focus = f"VALUES ?class {{ {values} }}\n  ?focus rdf:type ?class ."
        focus_set = f"{{ SELECT DISTINCT ?focus WHERE {{ {every_focus} }} }}"
        is_focus = f"FILTER EXISTS {{ ?focus rdf:type ?class . VALUES ?class {{ {values} }} }}"
        is_property = (shape, SH.path, None) in g
        path_iri = self.path(shape) if is_property else None
        if isinstance(shape, URIRef):
            shape_name = str(shape)
        else:
            shape_name = " ".join(sorted(str(p) for p in parents)) or self.name(shape)
        path = iri(path_iri) if path_iri is not None else ""
        label = self.name(path_iri) if path_iri is not None else "the focus node"

        def add(body: str, has_value: bool, *reports: Report, flags: str = "") -> None:
            select = "SELECT DISTINCT ?focus" + (" ?value" if has_value else "") + flags
            self.checks.append(
                Check(
                    query=f"{_HEADER}{select} WHERE {{\n  {body}\n}}",
                    shape=shape_name,
                    path=str(path_iri) if path_iri is not None else None,
                    has_value=has_value,
                    reports=reports,
                )
            )

        def report(component: str, default: str, flag: str | None = None) -> Report:
            return Report(f"sh:{component}ConstraintComponent", self.message(shape, default), flag)

        # The constraints on one value at a time share one query, a flag each; on a node shape
        # the value node is the focus node.
        reports: list[Report] = []
        binds: list[str] = []
        for predicate, parameter in sorted(g.predicate_objects(shape), key=by_text):
            if predicate not in VALUE_PARAMETERS or predicate == SH.flags:
                continue
            if predicate == SH.hasValue and is_property:
                continue
            component, default, ok = self.value_constraint(shape, predicate, parameter, "?value")
            flag = f"ok{len(reports) + 1}"
            reports.append(report(component, default, flag))
            binds.append(f"BIND(COALESCE({ok}, false) AS ?{flag})")
        if reports:
            flags = "".join(f" ?{r.flag}" for r in reports)
            broken = "FILTER(" + " || ".join(f"!?{r.flag}" for r in reports) + ")"
            if is_property:
                inner = "\n    ".join([f"?focus {path} ?value .", *binds, broken])
                body = (
                    f"{{ SELECT ?focus ?value{flags} WHERE {{\n    {inner}\n  }} }}\n  {is_focus}"
                )
            else:
                body = "\n  ".join([every_focus, "BIND(?focus AS ?value)", *binds, broken])
            add(body, True, *reports, flags=flags)
        if not is_property:
            return

        # Counting rows counts values: the queried graph holds each triple once (COUNT(*) is
        # cheaper than COUNT(DISTINCT ?value)), and the focus nodes are DISTINCT.
        def grouped(inner: str, keys: str, having: str) -> str:
            return (
                f"{{ SELECT ?focus WHERE {{\n    {inner}\n  }}"
                f" GROUP BY {keys} HAVING ({having}) }}\n  {is_focus}"
            )

        def too_few(n: int, values: str, found: Report) -> None:
            """Fewer than n values matching `values` (a pattern binding ?value)."""
            if n == 1:
                add(f"{every_focus}\n  FILTER NOT EXISTS {{ {values} }}", False, found)
            elif n > 1:
                body = f"{focus_set}\n  OPTIONAL {{ {values} }}"
                add(
                    f"{{ SELECT ?focus WHERE {{\n    {body}\n  }} GROUP BY ?focus"
                    f" HAVING (COUNT(?value) < {n}) }}",
                    False,
                    found,
                )

        for value in g.objects(shape, SH.minCount):
            n = self.cardinality(shape, SH.minCount, value)
            too_few(
                n, f"?focus {path} ?value", report("MinCount", f"Fewer than {n} values of {label}")
            )
        for value in g.objects(shape, SH.maxCount):
            n = self.cardinality(shape, SH.maxCount, value)
            body = grouped(f"?focus {path} ?value .", "?focus", f"COUNT(*) > {n}")
            add(body, False, report("MaxCount", f"More than {n} values of {label}"))
        for value in g.objects(shape, SH.hasValue):
            required = self.constant(shape, value)
            body = f"{every_focus}\n  FILTER NOT EXISTS {{ ?focus {path} {required} }}"
            add(body, False, report("HasValue", f"{label} lacks the value {self.name(value)}"))
        for value in g.objects(shape, SH.uniqueLang):
            if not self.boolean(shape, SH.uniqueLang, value):
                continue
            # language tags are compared case-insensitively (BCP 47)
            inner = (
                f"?focus {path} ?value .\n"
                "    BIND(LCASE(LANG(?value)) AS ?lang)\n"
                '    FILTER(?lang != "")'
            )
            body = grouped(inner, "?focus ?lang", "COUNT(*) > 1")
            add(body, False, report("UniqueLang", f"Two values of {label} share a language tag"))
        for other in g.objects(shape, SH.lessThanOrEquals):
            if not isinstance(other, URIRef):
                raise self.refuse(shape, "sh:lessThanOrEquals must be an IRI")
            inner = (
                f"?focus {path} ?value .\n    ?focus {iri(other)} ?other .\n"
                "    FILTER(!COALESCE(?value <= ?other, false))"
            )
            body = f"{{ SELECT ?focus ?value WHERE {{\n    {inner}\n  }} }}\n  {is_focus}"
            default = f"A value of {label} is not <= a value of {self.name(other)}"
            add(body, True, report("LessThanOrEquals", default))
        for other in g.objects(shape, SH.disjoint):
            if not isinstance(other, URIRef):
                raise self.refuse(shape, "sh:disjoint must be an IRI")
            inner = f"?focus {path} ?value .\n    ?focus {iri(other)} ?value ."
            body = f"{{ SELECT ?focus ?value WHERE {{\n    {inner}\n  }} }}\n  {is_focus}"
            default = f"A value of {label} is also one of {self.name(other)}"
            add(body, True, report("Disjoint", default))
        for qualified in g.objects(shape, SH.qualifiedValueShape):
            ok = f"COALESCE({self.conforms(qualified, '?value')}, false)"
            for value in g.objects(shape, SH.qualifiedMinCount):
                n = self.cardinality(shape, SH.qualifiedMinCount, value)
                found = report(
                    "QualifiedMinCount",
                    f"Fewer than {n} values of {label} conform to the qualified shape",
                )
                too_few(n, f"?focus {path} ?value . FILTER({ok})", found)
            for value in g.objects(shape, SH.qualifiedMaxCount):
                n = self.cardinality(shape, SH.qualifiedMaxCount, value)
                inner = f"?focus {path} ?value .\n    FILTER({ok})"
                body = grouped(inner, "?focus", f"COUNT(*) > {n}")
                default = f"More than {n} values of {label} conform to the qualified shape"
                add(body, False, report("QualifiedMaxCount", default))

    def constant(self, shape: Node, node: Node) -> str:
        if isinstance(node, URIRef):
            return iri(node)
        if isinstance(node, Literal):
            if node.language:
                return f"{quoted(str(node))}@{node.language}"
            if node.datatype is not None and node.datatype != XSD.string:
                return f"{quoted(str(node))}^^{iri(node.datatype)}"
            return quoted(str(node))
        raise self.refuse(shape, f"a blank node ({self.name(node)}) as a constant")

    def conforms(self, shape: Node, v: str) -> str:
        """A SPARQL expression, never an error, true when the node `v` conforms to `shape`."""
        if self.deactivated(shape):
            return "true"
        parts = [
            self.value_constraint(shape, predicate, parameter, v)[2]
            for predicate, parameter in sorted(self.shapes.predicate_objects(shape), key=by_text)
            if predicate in VALUE_PARAMETERS and predicate != SH.flags
        ]
        return " && ".join(parts) if parts else "true"

    def value_constraint(
        self, shape: Node, predicate: Node, parameter: Node, v: str
    ) -> tuple[str, str, str]:
        """(component name, default message, an expression that is true, and never an error,
        when the value node `v` satisfies the constraint)."""
        g = self.shapes
        if predicate == SH["class"]:
            if not isinstance(parameter, URIRef):
                raise self.refuse(shape, "sh:class must be an IRI")
            c = self.var("class")
            values = " ".join(sorted(iri(x) for x in self.subclasses(parameter)))
            expr = f"EXISTS {{ VALUES {c} {{ {values} }} {v} rdf:type {c} }}"
            return "Class", f"Value is not a {self.name(parameter)}", expr
        if predicate == SH.datatype:
            if not isinstance(parameter, URIRef):
                raise self.refuse(shape, "sh:datatype must be an IRI")
            expr = datatype_test(parameter, v)
            return "Datatype", f"Value is not a literal of type {self.name(parameter)}", expr
        if predicate == SH.nodeKind:
            kind = NODE_KINDS.get(parameter) if isinstance(parameter, URIRef) else None
            if kind is None:
                raise self.refuse(shape, f"sh:nodeKind {self.name(parameter)} is not a node kind")
            expr = kind.format(v=v)
            return "NodeKind", f"Value is not of kind {self.name(parameter)}", expr
        if predicate == SH["in"]:
            allowed = self.members(shape, SH["in"], parameter)
            # sameTerm: sh:in compares RDF terms, not values ("01"^^xsd:integer is not 1)
            tests = [f"sameTerm({v}, {self.constant(shape, a)})" for a in allowed]
            expr = "(" + " || ".join(tests) + ")" if tests else "false"
            listed = ", ".join(self.name(a) for a in allowed)
            return "In", f"Value is not one of ({listed})", expr
        if predicate == SH.hasValue:
            expr = f"sameTerm({v}, {self.constant(shape, parameter)})"
            return "HasValue", f"The node is not {self.name(parameter)}", expr
        if predicate == SH.pattern:
            if not isinstance(parameter, Literal):
                raise self.refuse(shape, "sh:pattern must be a string")
            flags = [f for f in g.objects(shape, SH.flags)]
            options = f", {quoted(str(flags[0]))}" if flags else ""
            # a blank node has no string form: it never matches
            expr = f"(!isBlank({v}) && REGEX(STR({v}), {quoted(str(parameter))}{options}))"
            return "Pattern", f"Value does not match {quoted(str(parameter))}", safe(expr)
        if predicate == SH.languageIn:
            ranges = self.members(shape, SH.languageIn, parameter)
            if not all(isinstance(r, Literal) and not r.language for r in ranges):
                raise self.refuse(shape, "sh:languageIn lists plain strings")
            tests = [f"LANGMATCHES(LANG({v}), {quoted(str(r))})" for r in ranges]
            expr = f"(isLiteral({v}) && (" + (" || ".join(tests) or "false") + "))"
            listed = ", ".join(str(r) for r in ranges)
            return "LanguageIn", f"Language tag is not in ({listed})", safe(expr)
        if predicate in (SH.minInclusive, SH.maxInclusive):
            if not isinstance(parameter, Literal):
                raise self.refuse(shape, f"{self.name(predicate)} must be a literal")
            bound = self.constant(shape, parameter)
            if predicate == SH.minInclusive:
                return "MinInclusive", f"Value is not >= {parameter}", safe(f"{bound} <= {v}")
            return "MaxInclusive", f"Value is not <= {parameter}", safe(f"{v} <= {bound}")
        if predicate == SH["or"]:
            members = self.members(shape, SH["or"], parameter)
            tests = [f"({self.conforms(m, v)})" for m in members]
            expr = "(" + " || ".join(tests) + ")" if tests else "false"
            return "Or", "Value conforms to none of the sh:or shapes", expr
        raise self.refuse(shape, f"{self.name(predicate)} is not compiled")


def _check_order(check: Check) -> tuple[str, str, str]:
    return (check.shape, check.path or "", check.query)
