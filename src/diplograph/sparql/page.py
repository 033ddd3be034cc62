"""The endpoint's query page: a form that runs a query and shows its answer as a table, with
the competency questions to pick from; offline (its script is served by the endpoint, no
CDN), every text put in as text."""

from __future__ import annotations

import html
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING
from urllib.parse import quote

import jinja2

from .dataset import competency_names, query_text, question_of

if TYPE_CHECKING:
    from .endpoint import Endpoint, Reply

__all__ = ["page_reply", "script_reply"]


@cache
def _asset(name: str) -> str:
    return files(__package__).joinpath("assets", name).read_text("utf-8")


@cache
def _template() -> jinja2.Template:
    # autoescape stays off: every text is escaped here, once, as html.escape does it
    return jinja2.Environment(keep_trailing_newline=True).from_string(_asset("query.html"))


def page_reply(endpoint: Endpoint) -> Reply:
    from .endpoint import Reply

    return Reply(200, "text/html; charset=utf-8", _page(endpoint).encode("utf-8"))


def script_reply() -> Reply:
    from .endpoint import Reply

    return Reply(200, "text/javascript; charset=utf-8", _asset("query.js").encode("utf-8"))


def _page(endpoint: Endpoint) -> str:
    e = html.escape
    questions = []
    for name in competency_names():
        text = query_text(name)
        questions.append(
            {
                "name": e(name),
                "text": e(text),
                "question": e(question_of(text)),
                "csv": e(f"/sparql?format=csv&query={quote(text, safe='')}"),
            }
        )
    graphs = [
        {"name": e(g), "url": e(f"/rdf-graphs?graph={quote(g, safe='')}")}
        for g in endpoint.graph_names[:50]
    ]
    return _template().render(
        triples=endpoint.triples,
        backend=e(endpoint.store.backend),
        timeout=f"{endpoint.timeout:g}",
        max_results=endpoint.max_results,
        questions=questions,
        graphs=graphs,
    )
