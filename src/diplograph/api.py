"""The library's surface, flat: everything the command line does, callable from Python."""

from __future__ import annotations

from .build import BuildReport as BuildReport
from .build import build as build
from .build import build_article_graph as build_article_graph
from .build import bundled_article as bundled_article
from .build import process as process
from .ingest import parse_article as parse_article
from .ingest import read_article as read_article
from .shacl import validate as validate
from .sparql.dataset import load_graphs as load_graphs
from .sparql.store import open_store as open_store
from .view import render_html as render_html
from .view import write_html as write_html
