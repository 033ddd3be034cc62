"""SPARQL expressions for SHACL's tests on one value: its kind, its datatype, and how a term
is written in a query.

Where the verdicts can differ from pySHACL's (tests/test_shapes_sparql.py pins each):

- Oxigraph stores the integer types derived from xsd:integer (xsd:nonNegativeInteger, xsd:int,
  ...) as xsd:integer (see w3c/data-shapes#142: most stores do), so sh:datatype of such a type
  accepts an xsd:integer in the type's range: "-1"^^xsd:nonNegativeInteger still fails, a
  literal written as "5"^^xsd:integer passes where pySHACL fails it.
- Ill-typed literals follow Oxigraph's XSD parsers, which follow the XSD spec where rdflib
  (behind pySHACL) is lenient: "abc"^^xsd:gYear, "2020-01-01"^^xsd:dateTime or
  "1e3"^^xsd:decimal fail here and pass there.
"""

from __future__ import annotations

from rdflib import RDF, SH, XSD, URIRef

from .shapes import ShapeCompileError

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


def datatype_test(datatype: URIRef, v: str) -> str:
    if datatype == RDF.langString:
        return safe(f'(isLiteral({v}) && LANG({v}) != "")')
    if datatype in INTEGER_RANGES:
        low, high = INTEGER_RANGES[datatype]
        tests = [
            f"isLiteral({v})",
            f"(DATATYPE({v}) = xsd:integer || DATATYPE({v}) = {iri(datatype)})",
            f"isNumeric({v})",
        ]
        if low is not None:
            tests.append(f"{v} >= {low}")
        if high is not None:
            tests.append(f"{v} <= {high}")
        return safe("(" + " && ".join(tests) + ")")
    tests = [f"isLiteral({v})", f"DATATYPE({v}) = {iri(datatype)}"]
    if datatype in WELL_TYPED:
        tests.append(WELL_TYPED[datatype].format(v=v))
    return safe("(" + " && ".join(tests) + ")")


def safe(expr: str) -> str:
    # an error (a comparison of incomparable values, a function of an ill-typed literal)
    # means the constraint is not satisfied
    return f"COALESCE({expr}, false)"


def iri(node: URIRef) -> str:
    text = str(node)
    if any(c in text for c in '<>"{}|^`\\ \n'):
        raise ShapeCompileError(f"{text!r} cannot be written as a SPARQL IRI")
    return f"<{text}>"


def quoted(text: str) -> str:
    escaped = (
        text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    )
    return f'"{escaped}"'
