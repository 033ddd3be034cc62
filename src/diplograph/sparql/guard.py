"""What a query may do, read from its text: is it an update, does it call other endpoints.

The store is read-only and SERVICE is refused unless allowed; both are decided before a
query runs, on its keywords only: \\u escapes decoded first (SPARQL decodes them before
parsing, so they could hide a keyword), then strings, IRIs and comments blanked out.
"""

from __future__ import annotations

import re

__all__ = ["is_update", "uses_service"]

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_COMMENT = re.compile(r"#[^\n]*")
_STRING = re.compile(
    r"\"\"\"[\s\S]*?\"\"\"|'''[\s\S]*?'''|\"(?:\\.|[^\"\\\n])*\"|'(?:\\.|[^'\\\n])*'"
)
_IRI = re.compile(r"<[^<>\s]*>")
_UPDATE = re.compile(
    r"^\s*(?:(?:PREFIX\s+\S*:\s*<>|BASE\s+<>)\s*)*"
    r"(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
    re.IGNORECASE,
)
_SERVICE = re.compile(r"(?<![\w:?$])SERVICE\b", re.IGNORECASE)


def _code(query: str) -> str:
    """The query's keywords: \\u escapes decoded first (SPARQL decodes them before parsing,
    so they could hide a keyword), then strings, IRIs and comments blanked out."""

    def decode(match: re.Match[str]) -> str:
        try:
            return chr(int(match.group(1) or match.group(2), 16))
        except (ValueError, OverflowError):
            return match.group(0)

    text = _ESCAPE.sub(decode, query)
    # strings before comments ('#' inside a string), IRIs after strings ('<' in a string)
    text = _STRING.sub('""', text)
    text = _IRI.sub("<>", text)
    return _COMMENT.sub("", text)


def is_update(query: str) -> bool:
    """True for SPARQL Update requests (INSERT, DELETE, LOAD, CLEAR, ...)."""
    return bool(_UPDATE.match(_code(query)))


def uses_service(query: str) -> bool:
    """True when the query calls another endpoint (SERVICE), outside strings and comments."""
    return bool(_SERVICE.search(_code(query)))
