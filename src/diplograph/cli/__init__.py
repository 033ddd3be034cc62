"""The command line, a thin shell over the library: build, query, load, serve, validate, view,
score, docs. Every error a user can cause ends as one line on stderr and a non-zero exit."""

from __future__ import annotations

import click

from .graphs import build, docs, validate
from .options import Commands
from .sparql import load, query, score, serve
from .view import view

__all__ = ["cli"]


@click.group(cls=Commands)
@click.version_option(package_name="diplograph")
def cli() -> None:
    """diplograph: news about diplomacy and trade, as a knowledge graph."""


for command in (build, query, load, serve, validate, view, score, docs):
    cli.add_command(command)
