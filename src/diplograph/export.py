"""Stage 7: write the graph: Turtle (merged), TriG (a named graph per article), N-Quads,
JSON-LD. Every file is written to a temporary file beside it and renamed into place, so a
killed build leaves each file either the old one or the new one."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

from rdflib import RDFS, SKOS, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from .namespace import DGR, bind_prefixes

__all__ = ["EXPORTS", "atomic_write", "dataset", "merged", "write_graphs"]

# schema.org terms read as plain names ("headline", "sameAs"); the others by prefix
CONTEXT = {
    "@vocab": "https://schema.org/",
    "dg": "https://w3id.org/diplograph/ontology#",
    "dgr": "https://w3id.org/diplograph/id/",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "wd": "http://www.wikidata.org/entity/",
}
EXPORTS = {"ttl": "turtle", "trig": "trig", "nq": "nquads", "jsonld": "json-ld"}


def atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are for sharing
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def graph_name(article_id: str) -> URIRef:
    return DGR[f"graph/{article_id}"]


def merged(graphs: Iterable[Graph]) -> Graph:
    """The union of per-article graphs, with one Russian label per entity.

    Two articles may spell one entity's name differently ("Бахтиёр Саидов", "Бахтиер
    Саидов": the same IRI); the merged graph keeps the shortest, then first, as rdfs:label
    and the others as skos:altLabel, so queries give one row per entity."""
    g = Graph()
    bind_prefixes(g)
    for part in graphs:
        for triple in part:
            g.add(triple)
    labels: dict[Node, list[Literal]] = {}
    for subject, label in g.subject_objects(RDFS.label):
        if isinstance(label, Literal) and label.language == "ru":
            labels.setdefault(subject, []).append(label)
    for subject, values in labels.items():
        if len(values) > 1:
            keep = min(values, key=lambda v: (len(v), str(v)))
            for value in values:
                if value != keep:
                    g.remove((subject, RDFS.label, value))
                    g.add((subject, SKOS.altLabel, value))
    return g


def dataset(graphs: Mapping[str, Graph]) -> Dataset:
    ds = Dataset()
    bind_prefixes(ds)
    for article_id in sorted(graphs):
        named = ds.graph(graph_name(article_id))
        for triple in graphs[article_id]:
            named.add(triple)
    return ds


def _jsonld(whole: Graph) -> bytes:
    """JSON-LD with its nodes and values in a fixed order (rdflib lists them in the order of
    sets, which changes from one process to the next: string hashes are salted)."""
    import json

    def ordered(value: object, key: str = "") -> object:
        if isinstance(value, dict):
            return {k: ordered(v, k) for k, v in value.items()}
        if isinstance(value, list):
            items = [ordered(v) for v in value]
            if key == "@list":  # an RDF list keeps its order
                return items
            return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
        return value

    doc = ordered(json.loads(whole.serialize(format="json-ld", context=CONTEXT, sort_keys=True)))
    text = json.dumps(doc, indent=2, separators=(",", ": "), sort_keys=True, ensure_ascii=False)
    return text.encode("utf-8")


def _trig(ds: Dataset) -> bytes:
    """TriG with the named graphs in name order: rdflib keeps a dataset's graphs in a set,
    whose order changes from one process to the next (string hashes are salted)."""
    from io import BytesIO

    from rdflib.plugins.serializers.trig import TrigSerializer

    serializer = TrigSerializer(ds)
    serializer.contexts.sort(key=lambda graph: str(graph.identifier))
    stream = BytesIO()
    serializer.serialize(stream, encoding="utf-8")
    return stream.getvalue()


def _sorted_lines(data: bytes) -> bytes:
    """N-Quads come out in hash order; sorted lines make them stable."""
    lines = sorted(line for line in data.decode("utf-8").splitlines() if line.strip())
    return ("\n".join(lines) + "\n").encode("utf-8")


def write_graphs(
    graphs: Mapping[str, Graph],
    out: Path,
    exports: Iterable[str] = (),
    held_back: Mapping[str, Graph] | None = None,
    whole: Graph | None = None,
) -> list[Path]:
    """Write graph.ttl, graph.trig and the asked-for extra exports into `out`.

    Facts held back for low confidence go only into graph.trig, in a named graph per article
    (<.../graph/ARTICLE/held-back>), where a query can still ask for them. `whole`, when
    given, is the merged graph of `graphs`, already made by the caller."""
    if whole is None:
        whole = merged(graphs[k] for k in sorted(graphs))
    written = []
    # temporary files of a build that was killed before it could rename them
    for stale in out.glob(".graph.*.tmp") if out.is_dir() else ():
        stale.unlink(missing_ok=True)
    turtle = whole.serialize(format="turtle", encoding="utf-8")
    atomic_write(out / "graph.ttl", turtle)
    written.append(out / "graph.ttl")
    ds = dataset(graphs)
    for article_id in sorted(held_back or {}):
        assert held_back is not None
        if len(held_back[article_id]):
            named = ds.graph(DGR[f"graph/{article_id}/held-back"])
            for triple in held_back[article_id]:
                named.add(triple)
    for ext in ["trig", *sorted(set(exports) - {"ttl", "trig"})]:
        fmt = EXPORTS[ext]
        if fmt == "json-ld":
            data = _jsonld(whole)
        elif fmt == "trig":
            data = _trig(ds)
        else:
            data = ds.serialize(format=fmt, encoding="utf-8")
            if fmt == "nquads":
                data = _sorted_lines(data)
        path = out / f"graph.{ext}"
        atomic_write(path, data)
        written.append(path)
    return written
