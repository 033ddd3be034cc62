"""The Jinja templates of the ontology's page and its class diagram (assets/ontology.html,
assets/diagram.svg and the style sheets they include): the Python beside them computes plain
records, the templates write every tag."""

from __future__ import annotations

from functools import cache

import jinja2

__all__ = ["template"]


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader(__package__ or "diplograph.view", "assets"),
        autoescape=True,  # every text from the ontology or a graph is escaped where it is put
        undefined=jinja2.StrictUndefined,  # a misspelt field fails, never prints nothing
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def template(name: str) -> jinja2.Template:
    """The template `name` of the view's assets folder."""
    return _environment().get_template(name)
