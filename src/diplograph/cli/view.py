"""The command that draws a graph: view."""

from __future__ import annotations

from pathlib import Path

import click

from .options import PATH


@click.command()
@click.argument("graph", type=PATH)
@click.option("--focus", default=None, help="Draw the neighbourhood of the entity with this label.")
@click.option("--depth", default=2, show_default=True, type=int, help="Hops around --focus.")
@click.option("--class", "classes", multiple=True, help="Only this class (e.g. Port); repeatable.")
@click.option(
    "--out",
    default=None,
    type=PATH,
    help="Page to write (default: GRAPH's folder/graph.html or view.html).",
)
@click.option(
    "--png",
    default=None,
    type=PATH,
    help="Also write a PNG picture of the page (needs Chromium and Playwright).",
)
@click.option(
    "--open",
    "opens",
    default="graph",
    show_default=True,
    help="What the --png picture shows: graph, timeline, or chart:COUNTRY,COUNTRY "
    "(a pair's turnover and targets).",
)
def view(
    graph: Path,
    focus: str | None,
    depth: int,
    classes: tuple[str, ...],
    out: Path | None,
    png: Path | None,
    opens: str,
) -> None:
    """Draw GRAPH as an interactive page that opens from disk (its graph, its timeline)."""
    import tempfile

    from ..sparql.dataset import load_graphs
    from ..view import write_html
    from ..view.picture import screenshot

    fragment = _fragment(opens)
    g = load_graphs([graph], ontology=False)
    if png is not None and out is None:
        # only the picture is wanted: the page is drawn in a temporary file
        with tempfile.TemporaryDirectory() as folder:
            page = Path(folder) / "view.html"
            write_html(g, page, focus=focus, depth=depth, classes=classes)
            screenshot(page, png, fragment=fragment)
        click.echo(f"wrote {png}")
        return
    target = out or (graph / "view.html" if graph.is_dir() else graph.with_suffix(".html"))
    write_html(g, target, focus=focus, depth=depth, classes=classes)
    click.echo(f"wrote {target}")
    if png is not None:
        screenshot(target, png, fragment=fragment)
        click.echo(f"wrote {png}")


def _fragment(opens: str) -> str:
    """The page's own address of what --open names (the page reads it: assets/timeline.js)."""
    if opens == "graph":
        return ""
    if opens == "timeline":
        return "#timeline"
    kind, _, pair = opens.partition(":")
    countries = [c.strip() for c in pair.split(",")]
    if kind != "chart" or len(countries) != 2 or not all(countries):
        raise click.BadParameter(
            f"{opens!r}: give graph, timeline or chart:COUNTRY,COUNTRY", param_hint="--open"
        )
    return "#chart=" + ",".join(countries)
