"""The few errors diplograph raises; each carries the datum it is about."""

from __future__ import annotations

import unicodedata

__all__ = ["ArticleError", "DiplographError", "GraphError", "ShapeViolation", "printable"]

_HIDDEN = {"Cc", "Cf", "Cs", "Zl", "Zp"}  # controls, bidi and zero-width marks, lone surrogates


def printable(text: str) -> str:
    """`text` with every control or invisible character written as its escape (\\n, \\x1b,
    \\u202e): a file name holding a newline or a terminal escape code stays on its one line
    and shows what it holds, instead of acting on the terminal."""
    return "".join(_escape(c) if unicodedata.category(c) in _HIDDEN else c for c in text)


def _escape(c: str) -> str:
    code = ord(c)
    if c in "\n\r\t":
        return repr(c)[1:-1]
    return (
        f"\\x{code:02x}"
        if code < 0x100
        else f"\\u{code:04x}"
        if code < 0x10000
        else f"\\U{code:08x}"
    )


class DiplographError(Exception):
    """Base of the errors a user can cause; the CLI prints them as one line."""


class ArticleError(DiplographError, ValueError):
    """An input that cannot be read as an article."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem

    def __reduce__(self) -> tuple[type[ArticleError], tuple[str, str]]:
        return ArticleError, (self.source, self.problem)  # across processes, as it was made


class GraphError(DiplographError, ValueError):
    """A graph file that cannot be loaded, or a query that cannot be run."""


class ShapeViolation(DiplographError):  # noqa: N818 (a finding, not a failure of the tool)
    """The built graph does not conform to ontology/shapes.ttl."""

    def __init__(self, report: str) -> None:
        first = next((line for line in report.splitlines() if "Message:" in line), "")
        super().__init__(f"graph does not conform to the shapes: {first.strip()}")
        self.report = report
