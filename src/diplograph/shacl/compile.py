"""Check a corpus graph in a pyoxigraph Store against ontology/shapes.ttl, as SPARQL queries.

pySHACL (diplograph.validate) walks the graph node by node in Python: about 7 s for 200
articles, so a corpus of 10^4+ articles cannot be checked with it. Here the shapes are compiled,
once per process, into SPARQL SELECT queries (one per constraint, or per property shape for the
constraints on single values) that Oxigraph answers over the whole merged graph. shapes.ttl
stays the single source of truth: nothing about the shapes is written down twice, and
validate.py's pySHACL stays the reference that tests/test_shapes_sparql.py compares these
verdicts with.

Only the SHACL Core subset that shapes.ttl uses is compiled; a shape that uses any other sh:
term raises ShapeCompileError when compiled, so an edit of shapes.ttl cannot be silently
ignored. Targets and sh:class see the class hierarchy of ontology/diplograph.ttl (rdfs:subClassOf,
closed in Python and written into the queries as VALUES), never subclass triples of the data,
so the caller's store is only read.

Where the verdicts can differ from pySHACL's (tests/test_shapes_sparql.py pins each):

- Oxigraph stores the integer types derived from xsd:integer (xsd:nonNegativeInteger, xsd:int,
  ...) as xsd:integer (see w3c/data-shapes#142: most stores do), so sh:datatype of such a type
  accepts an xsd:integer in the type's range: "-1"^^xsd:nonNegativeInteger still fails, a
  literal written as "5"^^xsd:integer passes where pySHACL fails it.
- Ill-typed literals follow Oxigraph's XSD parsers, which follow the XSD spec where rdflib
  (behind pySHACL) is lenient: "abc"^^xsd:gYear, "2020-01-01"^^xsd:dateTime or
  "1e3"^^xsd:decimal fail here and pass there.
- sh:pattern is matched by SPARQL REGEX: "$" is the end of the string, where Python's re
  (pySHACL) also lets it match before a final newline. sh:lessThanOrEquals compares by
  SPARQL "<=", under which IRIs are not comparable (pySHACL compares their strings).

Oxigraph also keeps numbers in canonical form ("+1.50"^^xsd:decimal becomes "1.5"), which is
the string sh:pattern would see; no shape matches a pattern on a number.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import count

import pyoxigraph as ox
from rdflib import OWL, RDF, RDFS, SH, XSD, BNode, Graph, Literal, URIRef
from rdflib.term import Node

from .ontology import ontology_graph, shapes_graph

__all__ = [
    "Check",
    "Report",
    "ShapeCompileError",
    "Violation",
    "compile_shapes",
    "compiled",
    "report_text",
    "violating_nodes",
    "violations",
]

GraphName = ox.NamedNode | ox.BlankNode | ox.DefaultGraph


class ShapeCompileError(ValueError):
    """shapes.ttl uses a SHACL term or form that this compiler does not translate."""


@dataclass(frozen=True)
class Violation:
    """One validation result: `focus` is the IRI (or _:id) of the node that breaks `shape`."""

    focus: str
    shape: str
    path: str | None
    component: str  # "sh:MaxCountConstraintComponent"
    message: str
    value: str | None = None  # the offending value node in N-Triples form, when there is one

    def sort_key(self) -> tuple[str, str, str, str, str, str]:
        return (
            self.focus,
            self.path or "",
            self.component,
            self.shape,
            self.value or "",
            self.message,
        )

    def line(self) -> str:
        # "Message:" is what errors.ShapeViolation picks a line of the report by
        value = f" value {self.value}" if self.value is not None else ""
        path = _short(self.path) if self.path else "(node)"
        return (
            f"{self.focus} {path} {self.component}{value} [{_short(self.shape)}]"
            f" Message: {self.message}"
        )


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


def report_text(found: Iterable[Violation]) -> str:
    """A readable report: one line per violation, sorted; empty when there is none."""
    return "\n".join(v.line() for v in sorted(set(found), key=Violation.sort_key))


@cache
def compiled() -> tuple[Check, ...]:
    """The checks of ontology/shapes.ttl with the class hierarchy of diplograph.ttl."""
    return compile_shapes(shapes_graph(), ontology_graph())


def violations(
    store: ox.Store, graph: GraphName | None = None, *, checks: Sequence[Check] | None = None
) -> list[Violation]:
    """The violations of the shapes by the data in `graph` of `store` (its default graph
    unless given), sorted. `checks` defaults to compiled(); the store is only read."""
    target = ox.DefaultGraph() if graph is None else graph
    found: set[Violation] = set()
    for check in compiled() if checks is None else checks:
        rows = store.query(check.query, default_graph=target)
        assert isinstance(rows, ox.QuerySolutions)
        for row in rows:
            focus = _node_text(row["focus"])
            value = row["value"] if check.has_value else None
            for report in check.reports:
                if report.flag is not None and _holds(row[report.flag]):
                    continue
                found.add(
                    Violation(
                        focus=focus,
                        shape=check.shape,
                        path=check.path,
                        component=report.component,
                        message=report.message,
                        value=None if value is None else str(value),
                    )
                )
    return sorted(found, key=Violation.sort_key)


def violating_nodes(
    store: ox.Store, graph: GraphName | None = None, *, checks: Sequence[Check] | None = None
) -> set[str]:
    """The focus nodes of the violations (empty when the graph conforms)."""
    return {v.focus for v in violations(store, graph, checks=checks)}


def _holds(term: object) -> bool:
    return isinstance(term, ox.Literal) and term.value == "true"


def _node_text(term: object) -> str:
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


# --- compiling ----------------------------------------------------------------------------------

_HEADER = (
    "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
    "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"
)

TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
# constraints on the value nodes one at a time: on a node shape the value is the focus node
VALUE_PARAMETERS = frozenset(
    {
        SH["class"],
        SH.datatype,
        SH.nodeKind,
        SH["in"],
        SH.hasValue,
        SH.pattern,
        SH.flags,
        SH.languageIn,
        SH.minInclusive,
        SH.maxInclusive,
        SH["or"],
    }
)
PROPERTY_PARAMETERS = frozenset(
    {
        SH.path,
        SH.minCount,
        SH.maxCount,
        SH.qualifiedValueShape,
        SH.qualifiedMinCount,
        SH.qualifiedMaxCount,
        SH.qualifiedValueShapesDisjoint,
        SH.uniqueLang,
        SH.lessThanOrEquals,
        SH.disjoint,
    }
)
# no effect on validation results
ANNOTATIONS = frozenset({SH.name, SH.description, SH.order, SH.group})
SHAPE_TYPES = frozenset({SH.NodeShape, SH.PropertyShape})
NODE_KINDS = {
    SH.IRI: "isIRI({v})",
    SH.BlankNode: "isBlank({v})",
    SH.Literal: "isLiteral({v})",
    SH.BlankNodeOrIRI: "(isBlank({v}) || isIRI({v}))",
    SH.BlankNodeOrLiteral: "(isBlank({v}) || isLiteral({v}))",
    SH.IRIOrLiteral: "(isIRI({v}) || isLiteral({v}))",
}

# Oxigraph stores these as xsd:integer (the type IRI is lost on insert), so the range is all
# that is left to check.
INTEGER_RANGES: dict[URIRef, tuple[int | None, int | None]] = {
    XSD.nonNegativeInteger: (0, None),
    XSD.positiveInteger: (1, None),
    XSD.nonPositiveInteger: (None, 0),
    XSD.negativeInteger: (None, -1),
    XSD.long: (-(2**63), 2**63 - 1),
    XSD.int: (-(2**31), 2**31 - 1),
    XSD.short: (-(2**15), 2**15 - 1),
    XSD.byte: (-(2**7), 2**7 - 1),
    XSD.unsignedLong: (0, 2**64 - 1),
    XSD.unsignedInt: (0, 2**32 - 1),
    XSD.unsignedShort: (0, 2**16 - 1),
    XSD.unsignedByte: (0, 2**8 - 1),
}
# A literal of these types that Oxigraph could not parse is kept as an opaque literal, on which
# the function errs: the expression holds exactly for the well-typed ones. Other datatypes are
# matched by IRI alone, as pySHACL does for the types rdflib cannot parse.
WELL_TYPED = {
    XSD.integer: "isNumeric({v})",
    XSD.decimal: "isNumeric({v})",
    XSD.float: "isNumeric({v})",
    XSD.double: "isNumeric({v})",
    XSD.boolean: "({v} = true || {v} = false)",
    XSD.dateTime: "isNumeric(YEAR({v}))",
    XSD.date: "isNumeric(YEAR({v}))",
    XSD.gYearMonth: "isNumeric(YEAR({v}))",
    XSD.gYear: "isNumeric(YEAR({v}))",
    XSD.gMonth: "isNumeric(MONTH({v}))",
    XSD.gDay: "isNumeric(DAY({v}))",
    XSD.time: "isNumeric(HOURS({v}))",
}


def compile_shapes(shapes: Graph, ontology: Graph) -> tuple[Check, ...]:
    """The checks of a shapes graph; `ontology` gives the rdfs:subClassOf hierarchy. Raises
    ShapeCompileError for anything in `shapes` that would not be checked as written."""
    return _Compiler(shapes, ontology).run()


@dataclass
class _Compiler:
    shapes: Graph
    ontology: Graph
    checks: list[Check] = field(default_factory=list)
    fresh: Iterator[int] = field(default_factory=lambda: count(1))
    visited: set[Node] = field(default_factory=set)
    hierarchy: dict[URIRef, frozenset[URIRef]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.hierarchy = _hierarchy(self.ontology)  # read once, asked for by every shape

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

    # --- what the shapes graph says, strictly ------------------------------------------------

    def name(self, node: Node) -> str:
        return node.n3(self.shapes.namespace_manager)

    def refuse(self, shape: Node, problem: str) -> ShapeCompileError:
        return ShapeCompileError(f"shape {self.name(shape)}: {problem}")

    def inspect(self, shape: Node) -> None:
        """Raise on any sh: term of a top-level shape that emit() would not translate."""
        g = self.shapes
        self.visited.add(shape)
        is_property = (shape, SH.path, None) in g
        allowed = VALUE_PARAMETERS | ANNOTATIONS | {RDF.type, SH.targetClass, SH.message}
        allowed |= {SH.deactivated}
        allowed |= PROPERTY_PARAMETERS if is_property else {SH.property}
        self.check_terms(shape, allowed, "a property shape" if is_property else "a node shape")
        types = set(g.objects(shape, RDF.type))
        if types & {RDFS.Class, OWL.Class}:
            raise self.refuse(shape, "implicit class targets (a shape that is a class)")
        if is_property and SH.NodeShape in types:
            raise self.refuse(shape, "a sh:NodeShape with sh:path")
        if not is_property and SH.PropertyShape in types:
            raise self.refuse(shape, "a sh:PropertyShape needs sh:path")
        if is_property:
            self.path(shape)
        for child in g.objects(shape, SH.property):
            if not isinstance(child, URIRef | BNode) or (child, SH.path, None) not in g:
                raise self.refuse(shape, f"sh:property {self.name(child)} is not a property shape")
        for nested in self.nested_shapes(shape):
            self.inspect_nested(nested)
        flags = list(g.objects(shape, SH.flags))
        if flags and not list(g.objects(shape, SH.pattern)):
            raise self.refuse(shape, "sh:flags without sh:pattern")
        if len(flags) > 1:
            raise self.refuse(shape, "more than one sh:flags")
        counted = any((shape, p, None) in g for p in (SH.qualifiedMinCount, SH.qualifiedMaxCount))
        if counted and (shape, SH.qualifiedValueShape, None) not in g:
            raise self.refuse(shape, "sh:qualifiedMinCount/MaxCount without sh:qualifiedValueShape")
        for disjoint in g.objects(shape, SH.qualifiedValueShapesDisjoint):
            if self.boolean(shape, SH.qualifiedValueShapesDisjoint, disjoint):
                raise self.refuse(shape, "sh:qualifiedValueShapesDisjoint true (sibling shapes)")
        self.check_values(shape)

    def inspect_nested(self, shape: Node) -> None:
        """A shape inside sh:or or sh:qualifiedValueShape: a condition on one value node."""
        self.visited.add(shape)
        allowed = VALUE_PARAMETERS | ANNOTATIONS | {RDF.type, SH.message, SH.deactivated}
        self.check_terms(shape, allowed, "a shape inside sh:or or sh:qualifiedValueShape")
        if set(self.shapes.objects(shape, RDF.type)) - {SH.NodeShape}:
            raise self.refuse(shape, "a nested shape is used as a node shape only")
        for nested in self.nested_shapes(shape):
            self.inspect_nested(nested)
        self.check_values(shape)

    def check_values(self, shape: Node) -> None:
        """Refuse bad parameter values now, also on shapes that target nothing (yet)."""
        for predicate, value in self.shapes.predicate_objects(shape):
            if predicate in VALUE_PARAMETERS and predicate != SH.flags:
                self.value_constraint(shape, predicate, value, "?value")
            elif predicate in {
                SH.minCount,
                SH.maxCount,
                SH.qualifiedMinCount,
                SH.qualifiedMaxCount,
            }:
                self.cardinality(shape, predicate, value)
            elif predicate in {SH.uniqueLang, SH.deactivated}:
                self.boolean(shape, predicate, value)
            elif predicate in {SH.lessThanOrEquals, SH.disjoint} and not isinstance(value, URIRef):
                raise self.refuse(shape, f"{self.name(predicate)} must be an IRI")

    def check_terms(self, shape: Node, allowed: frozenset[Node] | set[Node], what: str) -> None:
        for predicate, value in self.shapes.predicate_objects(shape):
            if str(predicate).startswith(str(SH)) and predicate not in allowed:
                raise self.refuse(shape, f"{self.name(predicate)} is not compiled on {what}")
            if (
                predicate == RDF.type
                and str(value).startswith(str(SH))
                and value not in SHAPE_TYPES
            ):
                raise self.refuse(shape, f"rdf:type {self.name(value)} is not compiled")

    def nested_shapes(self, shape: Node) -> list[Node]:
        out: list[Node] = []
        for members in self.shapes.objects(shape, SH["or"]):
            out.extend(self.members(shape, SH["or"], members))
        out.extend(self.shapes.objects(shape, SH.qualifiedValueShape))
        return out

    def sweep(self) -> None:
        """sh: predicates on nodes that were never reached as shapes would be ignored: refuse."""
        lists = {n for n, _ in self.shapes.subject_objects(RDF.first)}
        stray = sorted(
            {
                (self.name(predicate), self.name(subject))
                for subject, predicate in self.shapes.subject_predicates(None)
                if str(predicate).startswith(str(SH))
                and subject not in self.visited
                and subject not in lists
            }
        )
        if stray:
            where = "; ".join(f"{p} on {s}" for p, s in stray)
            raise ShapeCompileError(f"sh: terms on nodes that are not read as shapes: {where}")

    def members(self, shape: Node, predicate: URIRef, head: Node) -> list[Node]:
        items: list[Node] = []
        node: Node = head
        seen: set[Node] = set()
        while node != RDF.nil:
            first = list(self.shapes.objects(node, RDF.first))
            rest = list(self.shapes.objects(node, RDF.rest))
            if len(first) != 1 or len(rest) != 1 or node in seen:
                raise self.refuse(shape, f"{self.name(predicate)} needs a well-formed RDF list")
            seen.add(node)
            items.append(first[0])
            node = rest[0]
        return items

    def path(self, shape: Node) -> URIRef:
        paths = list(self.shapes.objects(shape, SH.path))
        if len(paths) != 1 or not isinstance(paths[0], URIRef):
            raise self.refuse(shape, "sh:path must be one IRI (property paths are not compiled)")
        return paths[0]

    def boolean(self, shape: Node, predicate: Node, value: Node) -> bool:
        if not isinstance(value, Literal) or not isinstance(value.toPython(), bool):
            raise self.refuse(shape, f"{self.name(predicate)} must be true or false")
        return bool(value.toPython())

    def cardinality(self, shape: Node, predicate: Node, value: Node) -> int:
        number = value.toPython() if isinstance(value, Literal) else None
        if not isinstance(number, int) or isinstance(number, bool) or number < 0:
            raise self.refuse(shape, f"{self.name(predicate)} must be a non-negative integer")
        return number

    def deactivated(self, shape: Node) -> bool:
        return any(
            self.boolean(shape, SH.deactivated, v)
            for v in self.shapes.objects(shape, SH.deactivated)
        )

    def message(self, shape: Node, default: str) -> str:
        messages = [m for m in self.shapes.objects(shape, SH.message) if isinstance(m, Literal)]
        if not messages:
            return default
        # the report is in English, as the shapes' messages are
        best = min(messages, key=lambda m: ({"en": 0, None: 1}.get(m.language, 2), str(m)))
        return str(best)

    def focus_classes(self, shape: Node) -> set[URIRef]:
        classes: set[URIRef] = set()
        for cls in self.shapes.objects(shape, SH.targetClass):
            if not isinstance(cls, URIRef):
                raise self.refuse(shape, "sh:targetClass must be an IRI")
            classes |= self.subclasses(cls)
        return classes

    def subclasses(self, cls: URIRef) -> set[URIRef]:
        return set(self.hierarchy.get(cls, {cls}))

    # --- SPARQL --------------------------------------------------------------------------

    def var(self, stem: str) -> str:
        return f"?{stem}{next(self.fresh)}"

    def emit(self, shape: Node, classes: set[URIRef], parents: list[Node]) -> None:
        """The checks of one shape on its focus nodes (instances of `classes`).

        Oxigraph is fastest when a query starts from what it can scan: a check that reports
        values scans the path's triples (or groups them) first and only then asks whether the
        subject is a focus node, usually for no row at all; a check that needs every focus node
        (minCount, hasValue) enumerates them by rdf:type. The scan sits in a subquery because
        Oxigraph's optimiser would otherwise run the FILTER EXISTS first, on every triple
        (ten times slower).
        """
        g = self.shapes
        values = " ".join(sorted(_iri(c) for c in classes))
        every_focus = f"VALUES ?class {{ {values} }}\n  ?focus rdf:type ?class ."
        focus_set = f"{{ SELECT DISTINCT ?focus WHERE {{ {every_focus} }} }}"
        is_focus = f"FILTER EXISTS {{ ?focus rdf:type ?class . VALUES ?class {{ {values} }} }}"
        is_property = (shape, SH.path, None) in g
        path_iri = self.path(shape) if is_property else None
        if isinstance(shape, URIRef):
            shape_name = str(shape)
        else:
            shape_name = " ".join(sorted(str(p) for p in parents)) or self.name(shape)
        path = _iri(path_iri) if path_iri is not None else ""
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
        for predicate, parameter in sorted(g.predicate_objects(shape), key=_by_text):
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

        # Counting rows counts values: the queried graph holds each triple once (COUNT(*) is a
        # fifth faster than COUNT(DISTINCT ?value)), and the focus nodes are DISTINCT.
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
                f"?focus {path} ?value .\n    ?focus {_iri(other)} ?other .\n"
                "    FILTER(!COALESCE(?value <= ?other, false))"
            )
            body = f"{{ SELECT ?focus ?value WHERE {{\n    {inner}\n  }} }}\n  {is_focus}"
            default = f"A value of {label} is not <= a value of {self.name(other)}"
            add(body, True, report("LessThanOrEquals", default))
        for other in g.objects(shape, SH.disjoint):
            if not isinstance(other, URIRef):
                raise self.refuse(shape, "sh:disjoint must be an IRI")
            inner = f"?focus {path} ?value .\n    ?focus {_iri(other)} ?value ."
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
            return _iri(node)
        if isinstance(node, Literal):
            if node.language:
                return f"{_quoted(str(node))}@{node.language}"
            if node.datatype is not None and node.datatype != XSD.string:
                return f"{_quoted(str(node))}^^{_iri(node.datatype)}"
            return _quoted(str(node))
        raise self.refuse(shape, f"a blank node ({self.name(node)}) as a constant")

    def conforms(self, shape: Node, v: str) -> str:
        """A SPARQL expression, never an error, true when the node `v` conforms to `shape`."""
        if self.deactivated(shape):
            return "true"
        parts = [
            self.value_constraint(shape, predicate, parameter, v)[2]
            for predicate, parameter in sorted(self.shapes.predicate_objects(shape), key=_by_text)
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
            values = " ".join(sorted(_iri(x) for x in self.subclasses(parameter)))
            expr = f"EXISTS {{ VALUES {c} {{ {values} }} {v} rdf:type {c} }}"
            return "Class", f"Value is not a {self.name(parameter)}", expr
        if predicate == SH.datatype:
            if not isinstance(parameter, URIRef):
                raise self.refuse(shape, "sh:datatype must be an IRI")
            expr = _datatype(parameter, v)
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
            options = f", {_quoted(str(flags[0]))}" if flags else ""
            # a blank node has no string form: it never matches
            expr = f"(!isBlank({v}) && REGEX(STR({v}), {_quoted(str(parameter))}{options}))"
            return "Pattern", f"Value does not match {_quoted(str(parameter))}", _safe(expr)
        if predicate == SH.languageIn:
            ranges = self.members(shape, SH.languageIn, parameter)
            if not all(isinstance(r, Literal) and not r.language for r in ranges):
                raise self.refuse(shape, "sh:languageIn lists plain strings")
            tests = [f"LANGMATCHES(LANG({v}), {_quoted(str(r))})" for r in ranges]
            expr = f"(isLiteral({v}) && (" + (" || ".join(tests) or "false") + "))"
            listed = ", ".join(str(r) for r in ranges)
            return "LanguageIn", f"Language tag is not in ({listed})", _safe(expr)
        if predicate in (SH.minInclusive, SH.maxInclusive):
            if not isinstance(parameter, Literal):
                raise self.refuse(shape, f"{self.name(predicate)} must be a literal")
            bound = self.constant(shape, parameter)
            if predicate == SH.minInclusive:
                return "MinInclusive", f"Value is not >= {parameter}", _safe(f"{bound} <= {v}")
            return "MaxInclusive", f"Value is not <= {parameter}", _safe(f"{v} <= {bound}")
        if predicate == SH["or"]:
            members = self.members(shape, SH["or"], parameter)
            tests = [f"({self.conforms(m, v)})" for m in members]
            expr = "(" + " || ".join(tests) + ")" if tests else "false"
            return "Or", "Value conforms to none of the sh:or shapes", expr
        raise self.refuse(shape, f"{self.name(predicate)} is not compiled")


@cache
def _hierarchy_of(triples: frozenset[tuple[URIRef, URIRef]]) -> dict[URIRef, frozenset[URIRef]]:
    children: dict[URIRef, set[URIRef]] = defaultdict(set)
    for sub, sup in triples:
        children[sup].add(sub)
    closed: dict[URIRef, frozenset[URIRef]] = {}
    for cls in list(children):
        seen = {cls}
        todo = [cls]
        while todo:
            for sub in children.get(todo.pop(), ()):
                if sub not in seen:
                    seen.add(sub)
                    todo.append(sub)
        closed[cls] = frozenset(seen)
    return closed


def _hierarchy(ontology: Graph) -> dict[URIRef, frozenset[URIRef]]:
    """Class -> itself and all its subclasses (rdfs:subClassOf*), for the classes that have any."""
    triples = frozenset(
        (s, o)
        for s, o in ontology.subject_objects(RDFS.subClassOf)
        if isinstance(s, URIRef) and isinstance(o, URIRef)
    )
    return _hierarchy_of(triples)


def _datatype(datatype: URIRef, v: str) -> str:
    if datatype == RDF.langString:
        return _safe(f'(isLiteral({v}) && LANG({v}) != "")')
    if datatype in INTEGER_RANGES:
        low, high = INTEGER_RANGES[datatype]
        tests = [
            f"isLiteral({v})",
            f"(DATATYPE({v}) = xsd:integer || DATATYPE({v}) = {_iri(datatype)})",
            f"isNumeric({v})",
        ]
        if low is not None:
            tests.append(f"{v} >= {low}")
        if high is not None:
            tests.append(f"{v} <= {high}")
        return _safe("(" + " && ".join(tests) + ")")
    tests = [f"isLiteral({v})", f"DATATYPE({v}) = {_iri(datatype)}"]
    if datatype in WELL_TYPED:
        tests.append(WELL_TYPED[datatype].format(v=v))
    return _safe("(" + " && ".join(tests) + ")")


def _safe(expr: str) -> str:
    # an error (a comparison of incomparable values, a function of an ill-typed literal)
    # means the constraint is not satisfied
    return f"COALESCE({expr}, false)"


def _iri(node: URIRef) -> str:
    text = str(node)
    if any(c in text for c in '<>"{}|^`\\ \n'):
        raise ShapeCompileError(f"{text!r} cannot be written as a SPARQL IRI")
    return f"<{text}>"


def _quoted(text: str) -> str:
    escaped = (
        text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    )
    return f'"{escaped}"'


@cache
def _prefixes() -> tuple[tuple[str, str], ...]:
    pairs = [(str(ns), prefix) for prefix, ns in shapes_graph().namespaces() if prefix]
    # the longest namespace first, so dgsh: wins over a shorter one it starts with
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def _short(iri: str) -> str:
    for ns, prefix in _prefixes():
        if iri.startswith(ns) and iri != ns:
            return f"{prefix}:{iri[len(ns) :]}"
    return iri


def _by_text(pair: tuple[Node, Node]) -> tuple[str, str]:
    return (str(pair[0]), str(pair[1]))


def _check_order(check: Check) -> tuple[str, str, str]:
    return (check.shape, check.path or "", check.query)
