"""The view: a graph drawn as one self-contained, interactive HTML page (and its picture)."""

from __future__ import annotations

from .page import render_html as render_html
from .page import write_html as write_html
from .selection import PagePart as PagePart
from .selection import page_graph as page_graph
