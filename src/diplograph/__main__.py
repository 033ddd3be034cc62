"""`python -m diplograph`: the command line, as the `diplograph` script runs it."""

from diplograph.cli import cli

cli(prog_name="diplograph")
