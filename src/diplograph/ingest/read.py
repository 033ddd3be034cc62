"""The one entry to ingest: a path -> its articles, whatever its format (plain text, an HTML
page, a JSON Lines corpus), with the user's --title, --date and --publisher applied."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..errors import ArticleError
from ..records import Article
from .decode import decode
from .html import html_article, is_html
from .jsonl import jsonl_articles
from .text import parse_article, with_metadata

__all__ = ["DEFAULT_MAX_BYTES", "read_article", "read_articles"]

DEFAULT_MAX_BYTES = 50 * 1024 * 1024


def read_article(
    path: str | Path,
    *,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    title: str | None = None,
    date: str | None = None,
    publisher: str | None = None,
) -> Article:
    """Read one article file; raises ArticleError with a one-line reason when it can't."""
    path = Path(path)
    source = str(path)
    if not path.exists():
        raise ArticleError(source, "no such file")
    if path.is_dir():
        raise ArticleError(source, "is a directory, not an article file")
    size = path.stat().st_size
    if size > max_bytes:
        raise ArticleError(source, f"too large ({size} bytes; the limit is {max_bytes})")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ArticleError(source, f"cannot be read: {error.strerror}") from None
    if is_html(path, data):
        article = html_article(data, path.name, encoding)
    else:
        article = parse_article(decode(data, source, encoding), source=path.name)
    return with_metadata(article, title=title, date=date, publisher=publisher)


def read_articles(path: str | Path, **options: object) -> Iterator[Article | ArticleError]:
    """The articles of one input: a text or HTML file gives one, a .jsonl corpus one per line.
    Bad ones come out as ArticleError, so a corpus build can skip them and go on."""
    path = Path(path)
    if path.suffix.lower() == ".jsonl" and path.is_file():
        limit = int(options.get("max_bytes") or DEFAULT_MAX_BYTES)  # type: ignore[call-overload]
        if path.stat().st_size > limit * 1000:
            yield ArticleError(str(path), "too large")
            return
        encoding = options.get("encoding")
        for item in jsonl_articles(path, encoding):  # type: ignore[arg-type]
            if isinstance(item, Article):
                item = with_metadata(
                    item,
                    title=options.get("title"),  # type: ignore[arg-type]
                    date=options.get("date"),  # type: ignore[arg-type]
                    publisher=options.get("publisher"),  # type: ignore[arg-type]
                )
            yield item
        return
    try:
        yield read_article(path, **options)  # type: ignore[arg-type]
    except ArticleError as error:
        yield error
