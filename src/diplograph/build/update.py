"""`build --update DIR`: the articles already built in DIR, read back as shards.

The per-article named graphs of DIR/graph.trig are the manifest (an article's id is the hash
of its text): an article already there is not extracted again, and every IRI stays what it
was (IRIs come from content).
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from ..errors import DiplographError
from ..rdf.namespace import DGR
from ..rdf.ntriples import line
from ..rdf.shards import Shards

__all__ = ["load_previous"]


def load_previous(out: Path, main: Shards, held: Shards) -> None:
    """Shards of the articles of an earlier build, from the named graphs of its graph.trig
    (streamed with Oxigraph's parser: no article is extracted again)."""
    trig = out / "graph.trig"
    if not trig.is_file():
        raise DiplographError(f"{out}: no graph.trig to update (build into it first)")
    prefix = str(DGR["graph/"])
    key: tuple[str, str] | None = None
    lines: set[str] = set()

    def flush() -> None:
        if key is not None:
            shards = held if key[1] == "held-back" else main
            if key[0] in shards:  # TriG may repeat a graph's block: union, not replace
                lines.update(shards.lines(key[0]))
            shards.put(key[0], "".join(sorted(lines)).encode("utf-8"))

    try:
        for quad in ox.parse(path=str(trig), format=ox.RdfFormat.TRIG):
            name = quad.graph_name
            if isinstance(name, ox.DefaultGraph):
                continue  # the code lists and the build's description: made anew
            if not isinstance(name, ox.NamedNode) or not name.value.startswith(prefix):
                raise DiplographError(f"{trig}: not a diplograph build (graph {name})")
            article_id, _, kind = name.value[len(prefix) :].partition("/")
            if (article_id, kind) != key:
                flush()
                key, lines = (article_id, kind), set()
            lines.add(line(quad.subject, quad.predicate, quad.object))
        flush()
    except SyntaxError as error:
        raise DiplographError(f"{trig}: cannot be read: {error}") from None
