"""HTML pages of news sites: the main text, headline, date and publisher come from trafilatura
(the page's metadata: og:title, article:published_time, og:site_name, JSON-LD), boilerplate
dropped; the Article's text is then the headline and the extracted paragraphs, and offsets
refer to that text."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

from ..errors import ArticleError
from ..records import Article
from .decode import decode
from .text import MAX_CHARS, parse_article, with_metadata

__all__ = ["ISO_DATE", "html_article", "is_date", "is_html"]

HTML_START = re.compile(rb"^\s*(<!doctype html|<html|<\?xml[^>]*>\s*<html)", re.IGNORECASE)
CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.IGNORECASE)
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def is_date(value: str) -> bool:
    """A date of the calendar written as ISO 8601 says: 2025-03-11, 2025-03 or 2025."""
    if not ISO_DATE.match(value):
        return False
    year, month, day = ([*value.split("-"), "01", "01"])[:3]
    try:
        datetime.date(int(year), int(month), int(day))
    except ValueError:
        return False
    return True


def is_html(path: Path, data: bytes) -> bool:
    return path.suffix.lower() in {".html", ".htm", ".xhtml"} or bool(HTML_START.match(data[:512]))


def _html_text(data: bytes, source: str, encoding: str | None) -> str:
    if encoding is None:
        declared = CHARSET.search(data[:4096])
        if declared:
            encoding = declared.group(1).decode("ascii", "replace").lower()
            if encoding in {"utf8", "utf-8"}:
                encoding = None  # decode() handles UTF-8 and its BOM itself
    return decode(data, source, encoding)


def html_article(
    data: bytes, source: str, encoding: str | None = None, *, max_chars: int = MAX_CHARS
) -> Article:
    """The article of a news page: main text and metadata, boilerplate dropped."""
    import trafilatura  # its models and parsers load only when a page is read

    html = _html_text(data, source, encoding)
    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    body = (getattr(document, "text", None) or "").strip()
    if not body:
        raise ArticleError(source, "no article text found in the page")
    title = (getattr(document, "title", None) or "").strip() or None
    lines = body.split("\n")
    if title and lines and lines[0].strip() == title:
        lines = lines[1:]  # the headline printed again as the first line of the text
    text = (f"{title}\n\n" if title else "") + "\n\n".join(line for line in lines if line.strip())
    article = parse_article(text, source=source, max_chars=max_chars)
    date = getattr(document, "date", None)
    return with_metadata(
        article,
        title=title,
        date=date if date and is_date(date) else None,
        publisher=(getattr(document, "sitename", None) or "").strip() or None,
        url=getattr(document, "url", None) or None,
    )
