"""Stage 1, ingest: article files (plain text, HTML pages, JSON Lines corpora) -> Articles."""

from __future__ import annotations

from .decode import decode as decode
from .html import is_date as is_date
from .read import DEFAULT_MAX_BYTES as DEFAULT_MAX_BYTES
from .read import MAX_CHARS as MAX_CHARS
from .read import read_article as read_article
from .read import read_articles as read_articles
from .text import parse_article as parse_article
from .text import with_metadata as with_metadata
