"""Commands that make and check graph files: build, validate, docs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from ..errors import shown
from ..ingest import DEFAULT_MAX_BYTES, MAX_CHARS
from .options import GRAPH_OPTION, PATH, confidence, iso_date, known_encoding

# what --export takes besides graph.ttl and graph.trig (rdf/writers.py, view/export.py)
EXPORT_NAMES = "nq, jsonld, graphml, gexf, csv"


@click.command()
@click.argument("articles", nargs=-1, type=PATH)
@click.option(
    "--out",
    default="graphs",
    show_default=True,
    type=PATH,
    help="Folder for graph.ttl, graph.trig and graph.html.",
)
@click.option(
    "--export",
    "exports",
    default="",
    help=f"Extra formats, comma-separated: {EXPORT_NAMES} (graph.nq, graph.jsonld; "
    "graph.graphml, graph.gexf, graph.nodes.csv and graph.edges.csv: the page's full graph "
    "for Gephi, Cytoscape, networkx, pandas).",
)
@click.option(
    "--strict", is_flag=True, help="Fail on the first bad article instead of skipping it."
)
@click.option(
    "--encoding",
    default=None,
    callback=known_encoding,
    help="Encoding of the input files (default: detect).",
)
@click.option(
    "--max-bytes",
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    type=click.IntRange(min=1),
    help="Skip article files (and JSON Lines records) larger than this.",
)
@click.option(
    "--max-chars",
    default=MAX_CHARS,
    show_default=True,
    type=click.IntRange(min=1),
    help="Skip articles whose text is longer than this (a long read is ~100,000).",
)
@click.option("--title", default=None, help="Headline to use instead of the one found.")
@click.option(
    "--date", default=None, callback=iso_date, help="Publication date (YYYY-MM-DD) to use."
)
@click.option("--publisher", default=None, help="Publisher to use instead of the one found.")
@click.option(
    "--jobs",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Worker processes for extraction (one BLAS thread each).",
)
@click.option("--quiet", is_flag=True, help="No progress line.")
@click.option(
    "--update",
    default=None,
    type=click.Path(path_type=Path, file_okay=False),
    help="Add ARTICLES to the build in this folder; articles already in it are not redone.",
)
@click.option(
    "--dask",
    default=None,
    metavar="ADDRESS",
    help="Extract on a Dask cluster: tcp://host:8786, or 'local' for a LocalCluster of "
    "--jobs worker processes (needs diplograph[dask]).",
)
@click.option("--no-html", is_flag=True, help="Do not write graph.html.")
@click.option(
    "--min-confidence",
    default="0.5",
    show_default=True,
    callback=confidence,
    help="Facts less sure than this go only to graph.trig's held-back graphs.",
)
def build(
    articles: tuple[Path, ...],
    out: Path,
    exports: str,
    no_html: bool,
    quiet: bool,
    update: Path | None,
    **options: Any,
) -> None:
    """Build the graph of ARTICLES (default: the bundled Vesti.az article) into --out.

    With --update DIR, add ARTICLES to the graph already built in DIR (its output folder)."""
    from ..build import build as run_build
    from ..build import bundled_article
    from ..rdf.writers import EXPORTS
    from ..view.export import NETWORK_EXPORTS

    wanted = [e.strip().lstrip(".") for e in exports.split(",") if e.strip()]
    unknown = [e for e in wanted if e not in EXPORTS and e not in NETWORK_EXPORTS]
    if unknown:
        raise click.BadParameter(
            f"unknown format {unknown[0]}; use {EXPORT_NAMES}", param_hint="--export"
        )
    if update is not None:
        source = click.get_current_context().get_parameter_source("out")
        if source is not click.core.ParameterSource.DEFAULT and out != update:
            raise click.UsageError("--update DIR writes into DIR; leave out --out")
        out = update
        paths = list(articles)
    else:
        paths = list(articles) or [bundled_article()]
    # the other options are build()'s own keywords: strict, encoding, max_bytes, title, date,
    # publisher, min_confidence, jobs, dask
    report = run_build(
        paths,
        out,
        exports=wanted,
        html=not no_html,
        progress=not quiet,
        update=bool(update),
        **options,
    )
    names = ", ".join(shown(p.name) for p in report.written)
    kept = f" ({len(report.unchanged)} already there)" if report.unchanged else ""
    click.echo(
        f"built {len(report.built)} article(s){kept}, {report.triples} triples -> {shown(out)}/ "
        f"({names})"
    )
    if report.skipped:
        click.echo(f"skipped {len(report.skipped)} bad article(s):", err=True)
        for path, problem in report.skipped:
            click.echo(f"  {shown(path)}: {shown(problem)}", err=True)


@click.command()
@click.argument("graphs", nargs=-1, required=True, type=PATH)
def validate(graphs: tuple[Path, ...]) -> None:
    """Check GRAPHS against the SHACL shapes of the ontology."""
    from ..shacl import validate as run_validate
    from ..sparql.dataset import load_graphs

    conforms, report = run_validate(load_graphs(graphs, ontology=False))
    if not conforms:
        click.echo(report, err=True)
        raise click.ClickException("the graph does not conform to the shapes")
    click.echo("conforms")


@click.command()
@click.option(
    "--out",
    "out",
    default=Path("ontology.html"),
    show_default=True,
    type=PATH,
    help="Page to write.",
)
@click.option(
    "--diagram",
    "diagram",
    default=None,
    type=PATH,
    help="Also write the class diagram alone, as SVG.",
)
@GRAPH_OPTION
def docs(out: Path, diagram: Path | None, graphs: tuple[Path, ...]) -> None:
    """Write the ontology as one page that opens offline, with examples from a graph
    (--graph; default ./graphs, or else the bundled article)."""
    from ..sparql.dataset import load_graphs
    from ..view.ontology_page import write_docs

    paths = list(graphs) or ([Path("graphs")] if (Path("graphs") / "graph.ttl").is_file() else [])
    if paths:
        data = load_graphs(paths, ontology=False)
    else:
        from ..build import build_article_graph, bundled_article

        data = build_article_graph(bundled_article())
    write_docs(out, data, diagram_file=diagram)
    click.echo(f"wrote {out}" + (f" and {diagram}" if diagram else ""))
