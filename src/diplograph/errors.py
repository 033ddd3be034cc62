"""The few errors diplograph raises; each carries the datum it is about."""

from __future__ import annotations

__all__ = ["ArticleError", "DiplographError", "GraphError", "ShapeViolation", "shown"]


def shown(name: object) -> str:
    """A name as it may be printed on one line of a terminal: a newline, an escape code or a
    byte that is not UTF-8 in a file name is written as its escape, never sent raw."""
    text = str(name)
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


class DiplographError(Exception):
    """Base of the errors a user can cause; the CLI prints them as one line."""


class ArticleError(DiplographError, ValueError):
    """An input that cannot be read as an article."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{shown(source)}: {shown(problem)}")
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
