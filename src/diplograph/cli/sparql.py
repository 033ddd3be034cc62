"""Commands that ask the graph: query, load, serve, score."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import shown
from .options import GRAPH_OPTION, PATH


class QueryCommand(click.Command):
    """`query`, whose help names the competency questions (read from the ontology)."""

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        from ..sparql.dataset import competency_questions

        with formatter.section("Competency questions"):
            formatter.write_dl(sorted(competency_questions().items()))
        super().format_epilog(ctx, formatter)


@click.command(cls=QueryCommand)
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
    from ..sparql.dataset import competency_questions, query_text
    from ..sparql.isolation import isolated
    from ..sparql.store import open_store

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


@click.command()
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
    from ..sparql.store import OxigraphStore

    store = OxigraphStore(store_path)
    try:
        count = store.load(graphs or [Path("graphs")])
    finally:
        store.close()
    click.echo(f"{count} triples in {shown(store_path)}")


@click.command()
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
    from ..sparql.endpoint import Endpoint
    from ..sparql.server import Server
    from ..sparql.store import open_store

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


@click.command()
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

    from ..score import score_build

    result = score_build(graph_dir, gold, ontology=ontology, queries=queries, strict=strict)
    click.echo(json.dumps(result.as_json(), ensure_ascii=False) if as_json else result.table())
