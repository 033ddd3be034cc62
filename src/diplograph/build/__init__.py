"""The build: the pipeline from article files to the written graph, for one article or many."""

from __future__ import annotations

from .pipeline import BuildReport as BuildReport
from .pipeline import build as build
from .pipeline import build_article_graph as build_article_graph
from .pipeline import bundled_article as bundled_article
from .pipeline import process as process
from .workers import Extracted as Extracted
from .workers import process_article as process_article
from .workers import process_articles as process_articles
