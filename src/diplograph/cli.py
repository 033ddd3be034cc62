"""The command line, a thin shell over the library: build, query, load, serve, validate, view,
score. Every error a user can cause ends as one line on stderr and a non-zero exit."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import click

from .errors import DiplographError

PATH = click.Path(path_type=Path)


class Commands(click.Group):
    """The group whose commands end every error a user can cause in one line."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except DiplographError as error:
            raise click.ClickException(str(error)) from None
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(130)
        except OSError as error:
            # Oxigraph's store errors are OSErrors with only a message (no errno, no file)
            where = f"{error.filename}: " if error.filename else ""
            raise click.ClickException(f"{where}{error.strerror or error}") from None


def _confidence(context: click.Context, parameter: click.Parameter, value: str) -> Decimal:
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


@click.group(cls=Commands)
@click.version_option(package_name="diplograph")
def cli() -> None:
    """diplograph: news about diplomacy and trade, as a knowledge graph."""


@cli.command()
@click.argument("articles", nargs=-1, type=PATH)
@click.option(
    "--out",
    default="graphs",
    show_default=True,
    type=PATH,
    help="Folder for graph.ttl, graph.trig and graph.html.",
)
@click.option("--export", "exports", default="", help="Extra formats, comma-separated: nq,jsonld.")
@click.option(
    "--strict", is_flag=True, help="Fail on the first bad article instead of skipping it."
)
@click.option("--encoding", default=None, help="Encoding of the input files (default: detect).")
@click.option(
    "--max-bytes",
    default=50 * 1024 * 1024,
    show_default=True,
    type=int,
    help="Refuse article files larger than this.",
)
@click.option("--title", default=None, help="Headline to use instead of the one found.")
@click.option("--date", default=None, help="Publication date (YYYY-MM-DD) to use.")
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
    callback=_confidence,
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
    from .build import build as run_build
    from .build import bundled_article
    from .rdf.writers import EXPORTS

    wanted = [e.strip().lstrip(".") for e in exports.split(",") if e.strip()]
    unknown = [e for e in wanted if e not in EXPORTS]
    if unknown:
        raise click.BadParameter(
            f"unknown format {unknown[0]}; use nq, jsonld", param_hint="--export"
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
    names = ", ".join(p.name for p in report.written)
    kept = f" ({len(report.unchanged)} already there)" if report.unchanged else ""
    click.echo(
        f"built {len(report.built)} article(s){kept}, {report.triples} triples -> {out}/ ({names})"
    )
    if report.skipped:
        click.echo(f"skipped {len(report.skipped)} bad article(s):", err=True)
        for path, problem in report.skipped:
            click.echo(f"  {path}: {problem}", err=True)


class QueryCommand(click.Command):
    """`query`, whose help names the competency questions (read from the ontology)."""

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        from .sparql.dataset import competency_questions

        with formatter.section("Competency questions"):
            formatter.write_dl(sorted(competency_questions().items()))
        super().format_epilog(ctx, formatter)


@cli.command(cls=QueryCommand)
@click.argument("query", required=False)
@GRAPH_OPTION
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "tsv", "json", "xml"]),
    default="table",
    show_default=True,
)
@click.option(
    "--store",
    "store_path",
    default=None,
    type=PATH,
    help="Query a store made by `diplograph load` instead of graph files (fast on corpora).",
)
@click.option(
    "--with",
    "others",
    multiple=True,
    type=PATH,
    help="Another dataset (.ttl, .nt, .nq, .trig, .jsonld) to query together with the graph.",
)
@click.option(
    "--timeout",
    default=None,
    type=click.FloatRange(min=0, min_open=True),
    help="Seconds the query may run before it is stopped (default: no limit).",
)
@click.option("--allow-service", is_flag=True, help="Let the query call other endpoints (SERVICE).")
@click.option("--list", "list_questions", is_flag=True, help="Name the competency questions.")
def query(
    query: str | None,
    graphs: tuple[Path, ...],
    fmt: str,
    store_path: Path | None,
    others: tuple[Path, ...],
    timeout: float | None,
    allow_service: bool,
    list_questions: bool,
) -> None:
    """Run QUERY: a competency question's name, a .rq file, or SPARQL text.

    The query runs in a process of its own: a crash of the engine or --timeout stops it and
    says so in one line."""
    from .sparql.dataset import competency_questions, query_text
    from .sparql.isolation import isolated
    from .sparql.store import open_store

    if list_questions:
        for name, question in sorted(competency_questions().items()):
            click.echo(f"{name:<16}{question}")
        return
    if query is None:
        raise click.UsageError("give a QUERY: a competency question's name, a .rq file or SPARQL")
    text = query_text(query)  # a misspelt name is said before the graphs are read
    if store_path is not None:
        if graphs or others:
            raise click.ClickException("give either --store or --graph/--with, not both")
        store = open_store(path=store_path)
    else:  # rdflib for small graphs, Oxigraph once they are large
        store = open_store([*(graphs or [Path("graphs")]), *others])
    output = isolated(
        lambda: store.sparql(text, allow_service=allow_service).text(fmt), timeout=timeout
    )
    click.echo(output, nl=False)


@cli.command()
@click.argument("graphs", nargs=-1, required=True, type=PATH)
def validate(graphs: tuple[Path, ...]) -> None:
    """Check GRAPHS against the SHACL shapes of the ontology."""
    from .shacl import validate as run_validate
    from .sparql.dataset import load_graphs

    conforms, report = run_validate(load_graphs(graphs, ontology=False))
    if not conforms:
        click.echo(report, err=True)
        raise click.ClickException("the graph does not conform to the shapes")
    click.echo("conforms")


@cli.command()
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
def view(
    graph: Path,
    focus: str | None,
    depth: int,
    classes: tuple[str, ...],
    out: Path | None,
    png: Path | None,
) -> None:
    """Draw GRAPH as an interactive page that opens from disk."""
    import tempfile

    from .sparql.dataset import load_graphs
    from .view import write_html
    from .view.picture import screenshot

    g = load_graphs([graph], ontology=False)
    if png is not None and out is None:
        # only the picture is wanted: the page is drawn in a temporary file
        with tempfile.TemporaryDirectory() as folder:
            page = Path(folder) / "view.html"
            write_html(g, page, focus=focus, depth=depth, classes=classes)
            screenshot(page, png)
        click.echo(f"wrote {png}")
        return
    target = out or (graph / "view.html" if graph.is_dir() else graph.with_suffix(".html"))
    write_html(g, target, focus=focus, depth=depth, classes=classes)
    click.echo(f"wrote {target}")
    if png is not None:
        screenshot(target, png)
        click.echo(f"wrote {png}")


@cli.command()
@click.argument("graphs", nargs=-1, type=PATH)
@click.option(
    "--store",
    "store_path",
    required=True,
    type=PATH,
    help="Folder of the persistent store to create or add to.",
)
def load(graphs: tuple[Path, ...], store_path: Path) -> None:
    """Load GRAPHS (files or folders; default ./graphs) and the ontology into a store.

    The store (Oxigraph, on disk) is built once; `query --store` and `serve --store` then
    open it in a fraction of a second, whatever its size.
    """
    from .sparql.store import OxigraphStore

    store = OxigraphStore(store_path)
    try:
        count = store.load(graphs or [Path("graphs")])
    finally:
        store.close()
    click.echo(f"{count} triples in {store_path}")


@cli.command()
@GRAPH_OPTION
@click.option(
    "--store",
    "store_path",
    default=None,
    type=PATH,
    help="Serve a store made by `diplograph load` (instead of graph files).",
)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--timeout",
    default=10.0,
    show_default=True,
    type=click.FloatRange(min=0, min_open=True),
    help="Seconds a query may run before it is stopped.",
)
@click.option(
    "--max-results",
    default=100_000,
    show_default=True,
    type=click.IntRange(min=1),
    help="Rows (or triples) a result may hold.",
)
@click.option(
    "--max-request-bytes",
    default=1_000_000,
    show_default=True,
    type=click.IntRange(min=1),
    help="Largest request (URL or body) accepted.",
)
@click.option(
    "--max-connections",
    default=8192,
    show_default=True,
    type=click.IntRange(min=16),
    help="Open connections at most (past it, requests get 503).",
)
@click.option(
    "--request-timeout",
    default=10.0,
    show_default=True,
    type=click.FloatRange(min=0, min_open=True),
    help="Seconds a client has to send a whole request.",
)
@click.option("--allow-service", is_flag=True, help="Let queries call other endpoints (SERVICE).")
def serve(
    graphs: tuple[Path, ...],
    store_path: Path | None,
    host: str,
    port: int,
    timeout: float,
    max_results: int,
    max_request_bytes: int,
    max_connections: int,
    request_timeout: float,
    allow_service: bool,
) -> None:
    """A read-only SPARQL 1.1 endpoint at http://HOST:PORT/sparql (query page at /)."""
    from .sparql.endpoint import Endpoint
    from .sparql.server import Server
    from .sparql.store import open_store

    if store_path is not None:
        if graphs:
            raise click.ClickException("give either --store or --graph, not both")
        store = open_store(path=store_path)
    else:
        store = open_store(graphs or [Path("graphs")], backend="oxigraph")
    endpoint = Endpoint(
        store,
        timeout=timeout,
        max_results=max_results,
        allow_service=allow_service,
        max_request_bytes=max_request_bytes,
    )
    try:
        server = Server(
            endpoint,
            host,
            port,
            max_connections=max_connections,
            request_seconds=request_timeout,
        )
    except OSError as error:
        raise click.ClickException(
            f"cannot listen on {host}:{port}: {error.strerror or error}"
        ) from None
    click.echo(
        f"SPARQL endpoint at http://{host}:{server.port}/sparql "
        f"({len(store)} triples); Ctrl-C stops it"
    )
    try:
        server.run()
    except KeyboardInterrupt:
        click.echo("stopped", err=True)


@cli.command()
@click.argument("graph_dir", type=PATH)
@click.argument("gold", type=PATH)
@click.option("--ontology", type=PATH, help="Ontology folder (*.ttl).")
@click.option("--queries", type=PATH, help="Folder of NAME.rq queries.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--strict", is_flag=True, help="Also judge questions the gold has no rows for.")
def score(
    graph_dir: Path,
    gold: Path,
    ontology: Path | None,
    queries: Path | None,
    as_json: bool,
    strict: bool,
) -> None:
    """Score the build in GRAPH_DIR against the gold answers in GOLD (a JSON file), by the
    matching rules of the competency questions' contract."""
    import json

    from .score import score_build

    result = score_build(graph_dir, gold, ontology=ontology, queries=queries, strict=strict)
    click.echo(json.dumps(result.as_json(), ensure_ascii=False) if as_json else result.table())
