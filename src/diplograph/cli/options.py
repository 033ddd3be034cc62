"""What the commands share: the group that ends every error in one line, the path type,
the --graph option and the --min-confidence check."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import click

from ..errors import DiplographError, printable

PATH = click.Path(path_type=Path)


class Commands(click.Group):
    """The group whose commands end every error a user can cause in one line, the names
    in it escaped."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except DiplographError as error:
            raise click.ClickException(printable(str(error))) from None
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(130)
        except OSError as error:
            # Oxigraph's store errors are OSErrors with only a message (no errno, no file)
            where = f"{error.filename}: " if error.filename else ""
            raise click.ClickException(printable(f"{where}{error.strerror or error}")) from None


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
