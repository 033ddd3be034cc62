"""Stage 1, ingest: article files (plain text, HTML pages, JSON Lines corpora) -> Articles."""

from __future__ import annotations

from .text import DEFAULT_MAX_BYTES as DEFAULT_MAX_BYTES
from .text import decode as decode
from .text import parse_article as parse_article
from .text import read_article as read_article
from .text import read_articles as read_articles
from .text import with_metadata as with_metadata
