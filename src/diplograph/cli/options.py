"""What the commands share: the group that ends every error in one line, the path type,
the --graph option and the --min-confidence check."""

from __future__ import annotations

import codecs
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import click

from ..errors import DiplographError, shown

PATH = click.Path(path_type=Path)


class Commands(click.Group):
    """The group whose commands end every error a user can cause in one line."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except DiplographError as error:
            raise click.ClickException(shown(error)) from None
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(130)
        except OSError as error:
            # Oxigraph's store errors are OSErrors with only a message (no errno, no file)
            where = f"{shown(error.filename)}: " if error.filename else ""
            raise click.ClickException(f"{where}{shown(error.strerror or error)}") from None


def iso_date(context: click.Context, parameter: click.Parameter, value: str | None) -> str | None:
    from ..ingest import is_date

    if value is not None and not is_date(value):
        raise click.BadParameter(f"{shown(value)!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
    return value


def known_encoding(
    context: click.Context, parameter: click.Parameter, value: str | None
) -> str | None:
    if value is not None:
        try:
            codecs.lookup(value)
        except LookupError:
            raise click.BadParameter(f"{shown(value)!r}: no such encoding") from None
    return value


def confidence(context: click.Context, parameter: click.Parameter, value: str) -> Decimal:
    try:
        number = Decimal(value)
    except ArithmeticError:
        raise click.BadParameter(f"{value!r} is not a number") from None
    if not 0 <= number <= 1:
        raise click.BadParameter("must be between 0 and 1")
    return number


GRAPH_OPTION = click.option(
    "--graph",
    "graphs",
    multiple=True,
    type=PATH,
    help="Graph file or folder (repeatable; default ./graphs).",
)
