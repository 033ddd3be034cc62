"""Stage 1, ingest: article files (plain text, HTML pages, JSON Lines corpora) -> Articles."""

from __future__ import annotations

from .decode import decode as decode
from .read import DEFAULT_MAX_BYTES as DEFAULT_MAX_BYTES
from .read import read_article as read_article
from .read import read_articles as read_articles
from .text import parse_article as parse_article
from .text import with_metadata as with_metadata
