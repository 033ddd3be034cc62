"""Inputs other than plain text: HTML pages of news sites and JSON Lines corpora.

A page's main text, headline, date and publisher come from trafilatura (the page's metadata:
og:title, article:published_time, og:site_name, JSON-LD), boilerplate dropped; the Article's
text is then the headline and the extracted paragraphs, and offsets refer to that text.
A JSON Lines corpus holds one article per line ({"id", "url", "title", "date", "publisher",
"text"}); a broken line is reported by number and the others are read.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from pathlib import Path

from ..errors import ArticleError
from ..records import Article

__all__ = ["html_article", "is_html", "jsonl_articles"]

HTML_START = re.compile(rb"^\s*(<!doctype html|<html|<\?xml[^>]*>\s*<html)", re.IGNORECASE)
CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.IGNORECASE)
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def is_html(path: Path, data: bytes) -> bool:
    return path.suffix.lower() in {".html", ".htm", ".xhtml"} or bool(HTML_START.match(data[:512]))


def _html_text(data: bytes, source: str, encoding: str | None) -> str:
    from .text import decode

    if encoding is None:
        declared = CHARSET.search(data[:4096])
        if declared:
            encoding = declared.group(1).decode("ascii", "replace").lower()
            if encoding in {"utf8", "utf-8"}:
                encoding = None  # decode() handles UTF-8 and its BOM itself
    return decode(data, source, encoding)


def html_article(data: bytes, source: str, encoding: str | None = None) -> Article:
    """The article of a news page: main text and metadata, boilerplate dropped."""
    import trafilatura

    from .text import parse_article, with_metadata

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
    article = parse_article(text, source=source)
    date = getattr(document, "date", None)
    return with_metadata(
        article,
        title=title,
        date=date if date and ISO_DATE.match(date) else None,
        publisher=(getattr(document, "sitename", None) or "").strip() or None,
        url=getattr(document, "url", None) or None,
    )


def jsonl_articles(path: Path, encoding: str | None = None) -> Iterator[Article | ArticleError]:
    """One article per line; each bad line becomes an ArticleError naming the line.

    The file is read a line at a time (an archive of 10^6 articles is gigabytes), and lines
    end at "\\n" only, as JSON Lines says: U+2028 inside a string is text, not a line end."""
    from .text import _date_of, parse_article, with_metadata

    for number, line in _lines(path, encoding):
        if isinstance(line, ArticleError):
            yield line
            continue
        if not line.strip():
            continue
        source = f"{path.name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield ArticleError(source, f"not JSON ({error.msg})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield ArticleError(source, "no 'text' field")
            continue
        title = _field(record, "title")
        try:
            article = parse_article(
                (f"{title}\n\n" if title else "") + record["text"], source=source
            )
        except ArticleError as error:
            yield error
            continue
        date = _field(record, "date")
        if date:
            # "2024-02-12", "2024-02-12T09:30:00+05:00", or as sites print it: "12.02.2024"
            date = date[:10] if ISO_DATE.match(date[:10]) else _date_of(date)
        yield with_metadata(
            article,
            title=title,
            date=date,
            publisher=_field(record, "publisher"),
            url=_field(record, "url"),
        )


def _lines(path: Path, encoding: str | None) -> Iterator[tuple[int, str | ArticleError]]:
    """(number, text) of each line, decoded on its own: a bad line costs only itself."""
    from .text import decode

    with path.open("rb") as f:
        start = f.read(2)
        f.seek(0)
        wide = (encoding or "").lower().replace("-", "").replace("_", "").startswith("utf16")
        if wide or start in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
            # UTF-16 lines are not the bytes between b"\n": the file is decoded whole (rare)
            text = decode(f.read(), str(path), encoding)
            yield from enumerate(text.split("\n"), 1)
            return
        for number, raw in enumerate(f, 1):
            if number == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8) :]
            if not raw.strip():
                continue
            try:
                yield number, decode(raw, f"{path.name}:{number}", encoding)
            except ArticleError as error:
                yield number, error


def _field(record: dict[str, object], name: str) -> str | None:
    value = record.get(name)
    return value.strip() or None if isinstance(value, str) else None
