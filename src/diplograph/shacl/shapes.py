"""Reading ontology/shapes.ttl strictly: every sh: term is one the compiler translates.

Only the SHACL Core subset that shapes.ttl uses is compiled; a shape that uses any other sh:
term raises ShapeCompileError when compiled, so an edit of shapes.ttl cannot be silently
ignored. Targets and sh:class see the class hierarchy of ontology/diplograph.ttl
(rdfs:subClassOf, closed here), never subclass triples of the data.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache

from rdflib import OWL, RDF, RDFS, SH, BNode, Graph, Literal, URIRef
from rdflib.term import Node


class ShapeCompileError(ValueError):
    """shapes.ttl uses a SHACL term or form that this compiler does not translate."""


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


@dataclass
class ShapeReader:
    """The shapes graph read strictly, with the ontology's class hierarchy; the compiler
    (compile.ShapeCompiler) turns what it reads into SPARQL."""

    shapes: Graph
    ontology: Graph
    visited: set[Node] = field(default_factory=set)
    hierarchy: dict[URIRef, frozenset[URIRef]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.hierarchy = class_hierarchy(self.ontology)  # read once, asked for by every shape

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

    def value_constraint(
        self, shape: Node, predicate: Node, parameter: Node, v: str
    ) -> tuple[str, str, str]:
        """(component name, default message, SPARQL expression) of one value constraint:
        the compiler's to write. Reading a shape strictly translates each of its parameters."""
        raise NotImplementedError


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


def class_hierarchy(ontology: Graph) -> dict[URIRef, frozenset[URIRef]]:
    """Class -> itself and all its subclasses (rdfs:subClassOf*), for the classes that have any."""
    triples = frozenset(
        (s, o)
        for s, o in ontology.subject_objects(RDFS.subClassOf)
        if isinstance(s, URIRef) and isinstance(o, URIRef)
    )
    return _hierarchy_of(triples)


def by_text(pair: tuple[Node, Node]) -> tuple[str, str]:
    return (str(pair[0]), str(pair[1]))
