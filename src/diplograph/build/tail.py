"""The tail of a build: the union merged from the shards, checked against the shapes and
written (graph.ttl, graph.trig, the extra exports and the page).

The files are written into a scratch folder inside the output folder while the shapes are
checked (in a forked process when the union is big), and moved into place together once it
conforms (files.commit): a killed build leaves the old files or the new ones, never a mix.
A fact node that breaks a shape (an extractor's slip on an odd sentence) is moved to its
article's held-back graph rather than failing a corpus; anything else that breaks a shape
fails the build.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import pyoxigraph as ox
from rdflib import RDF, Graph

from ..errors import ShapeViolation
from ..files import clear_temporaries, commit, write_atomic
from ..rdf.description import Tally, append_default_graph
from ..rdf.kinds import FACT_NODE_CLASSES
from ..rdf.namespace import bind_prefixes
from ..rdf.ntriples import blocks, split
from ..rdf.reports import Plan, plan
from ..rdf.shards import Shards, union
from ..rdf.writers import EXPORTS, write_jsonld, write_nquads, write_trig, write_turtle
from ..shacl.ontology import ontology_graph
from ..shacl.validation import Violation, report_text, store_of, violations

__all__ = ["finish"]

FACTS = {str(c) for c in FACT_NODE_CLASSES}
T = TypeVar("T")
# above this many triples the page is drawn from the part of the union it shows (the same
# nodes, edges and panels; its English names only those of what it shows), never from the
# whole union in rdflib
PAGE_TRIPLES = 20_000
# above this many triples the shapes are checked in a forked process while this one writes
CHECK_IN_CHILD_TRIPLES = 20_000
# above this many bytes of shards the per-article files are written in a forked process
WRITE_IN_CHILD_BYTES = 4_000_000


def finish(
    main: Shards,
    held: Shards,
    out: Path,
    work: Path,
    exports: Sequence[str],
    html: bool,
    say: Callable[[str], None],
) -> tuple[list[Path], int]:
    """Merge, check and write the build of the shards into `out`; returns the files written
    and the number of triples of graph.ttl. Raises ShapeViolation when the union does not
    conform once its breaking facts are held back."""
    clear_temporaries(out)
    # written into the scratch folder while the shapes are checked, moved once they pass
    staging = work / "staged"
    per_article = _start_per_article(main, held, staging, exports, work)
    union, triples, added, merged = _union(main, work)
    checked = concurrently(
        triples > CHECK_IN_CHILD_TRIPLES, _violations_and_facts, union, triples, work / "check"
    )
    staged = _write_union_files(union, triples, added, per_article, staging, exports, html, work)
    found, facts = checked()
    if found:
        for node in facts:
            say(f"warning: {node} breaks a shape; kept out of graph.ttl (see graph.trig)")
        if not facts:
            raise ShapeViolation(report_text(found))
        _hold_back(facts, main, held, merged)
        union, triples, added, merged = _union(main, work)  # after the move, the rest must conform
        left = violations(store_of(union, triples, work / "recheck"))
        if left:
            raise ShapeViolation(report_text(left))
        shutil.rmtree(staging)
        per_article = _start_per_article(main, held, staging, exports, work)
        staged = _write_union_files(
            union, triples, added, per_article, staging, exports, html, work
        )
    return commit(staged, out), triples


def _union(main: Shards, work: Path) -> tuple[Path, int, list[bytes], Plan]:
    """The merged graph as sorted N-Triples lines in one file, its size in triples, its
    lines that are no article's (the code lists and the build's description), and how the
    reports of one fact were merged into one node (rdf/reports.py)."""
    path = work / "merged.nt"
    tally = Tally(ontology_graph())
    merged = plan((article_id, main.data(article_id)) for article_id in main)
    with path.open("wb") as out:
        for line in union([main], work / "runs", merged.rewrite, merged.extra):
            out.write(line)
            tally.see(line)
        seen = tally.triples
        added = tally.lines()
        out.writelines(added)
    return path, seen + len(added), added, merged


def _violations_and_facts(
    union: Path, triples: int, work: Path
) -> tuple[list[Violation], list[str]]:
    """The union's violations of the shapes, and which of their focus nodes are facts."""
    store = store_of(union, triples, work)
    found = violations(store)
    rdf_type = ox.NamedNode(str(RDF.type))

    def is_fact(node: str) -> bool:
        types = store.quads_for_pattern(ox.NamedNode(node), rdf_type, None)
        return any(str(quad.object)[1:-1] in FACTS for quad in types)

    return found, sorted({v.focus for v in found if is_fact(v.focus)})


def _hold_back(facts: Sequence[str], main: Shards, held: Shards, merged: Plan) -> None:
    """Move the triples of fact nodes that break a shape (an extractor's slip on an odd
    sentence) to their articles' held-back graphs: one bad fact does not cost a corpus. A
    merged node that breaks one takes every report merged into it."""
    nodes = {member for node in facts for member in merged.members_of(f"<{node}>")}
    for article_id in list(main):
        lines = main.lines(article_id)
        moved = {line for line in lines if split(line)[0] in nodes}
        if not moved:
            continue
        kept = held.lines(article_id) if article_id in held else []
        main.put(article_id, "".join(line for line in lines if line not in moved).encode())
        held.put(article_id, "".join(sorted(moved.union(kept))).encode())


def concurrently(big: bool, task: Callable[..., T], *args: Any) -> Callable[[], T]:
    """Start `task` in a forked child process when the work is big (pyoxigraph and our
    writers hold the GIL, so a thread would not overlap), in this one otherwise; returns how
    to wait for its result."""
    if not big or not hasattr(os, "fork"):
        result = task(*args)
        return lambda: result
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"))
    future = pool.submit(task, *args)
    pool.shutdown(wait=False)
    return future.result


def _start_per_article(
    main: Shards, held: Shards, folder: Path, exports: Sequence[str], work: Path
) -> Callable[[], list[Path]]:
    """graph.trig (a graph per article) and graph.nq need only the shards: for a big corpus
    they are written in a child from the start of the tail, while this process merges the
    union, so that both cores work from the first moment."""
    folder.mkdir(parents=True, exist_ok=True)
    big = main.size > WRITE_IN_CHILD_BYTES
    return concurrently(big, _write_per_article, main, held, folder, exports, work)


def _write_union_files(
    union: Path,
    triples: int,
    added: list[bytes],
    per_article: Callable[[], list[Path]],
    folder: Path,
    exports: Sequence[str],
    html: bool,
    work: Path,
) -> list[Path]:
    """graph.ttl (the union), the asked-for extras and the page, written into `folder`
    beside the files of `per_article`, which get the `added` lines as their default graph;
    returns them all once they are written."""
    with union.open(encoding="utf-8") as lines:
        write_turtle(blocks(lines), folder / "graph.ttl", work)
    if "jsonld" in exports:
        write_jsonld(union, folder / "graph.jsonld")
    whole: Graph | None = None  # the union in rdflib, for what needs all of it
    tools: list[Path] = []
    if set(exports) - set(EXPORTS):  # GraphML, GEXF, CSV: the page's full graph, whole
        from ..view.export import write_network

        whole = _rdflib_graph(union)
        tools = write_network(whole, folder, exports)
    if html:
        from ..view import page_graph, render_html

        if triples <= PAGE_TRIPLES:
            whole = whole if whole is not None else _rdflib_graph(union)
            page = render_html(whole, title="diplograph")
        else:  # the page's part of the graph, read in passes: never all of it in rdflib
            part = page_graph(union)
            page = render_html(
                part.graph,
                title="diplograph",
                nodes_in_graph=part.nodes_in_graph,
                degrees=part.degrees,
                ends=part.ends,
                pairs=part.pairs,
            )
        write_atomic(folder / "graph.html", page.encode("utf-8"))
    written = [folder / "graph.ttl", *per_article()]
    append_default_graph(folder, added)
    written += [folder / f"graph.{ext}" for ext in sorted(set(exports) & {"nq", "jsonld"})]
    return written + tools + ([folder / "graph.html"] if html else [])


def _write_per_article(
    main: Shards, held: Shards, folder: Path, exports: Sequence[str], work: Path
) -> list[Path]:
    write_trig(main, held, folder / "graph.trig", work)
    if "nq" in exports:
        write_nquads(main, held, folder / "graph.nq")
    return [folder / "graph.trig"]


def _rdflib_graph(union: Path) -> Graph:
    graph = Graph()
    bind_prefixes(graph)
    graph.parse(union, format="nt")
    return graph
