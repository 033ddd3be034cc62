"""The one entry to ingest: a path -> its articles, whatever its format (plain text, an HTML
page, a JSON Lines corpus), with the user's --title, --date and --publisher applied.

Every input is bounded: only regular files are read (a FIFO would block forever, /dev/zero
never ends and says it is 0 bytes long), never more than max_bytes of them, and an article
longer than max_chars characters is skipped with its reason."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from ..errors import ArticleError
from ..records import Article
from .decode import decode
from .html import html_article, is_html
from .jsonl import jsonl_articles
from .text import MAX_CHARS, parse_article, with_metadata

__all__ = ["DEFAULT_MAX_BYTES", "MAX_CHARS", "read_article", "read_articles", "read_capped"]

# a news page with its scripts and styles inline is a few megabytes; its text far less
DEFAULT_MAX_BYTES = 8 * 1024 * 1024
CHUNK = 1 << 20
KINDS = {
    stat.S_IFIFO: "a FIFO (named pipe)",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
    stat.S_IFDIR: "a directory",
}


def read_capped(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most max_bytes; anything else is an ArticleError.

    The file is opened without blocking (a FIFO opened for reading waits for a writer) and
    checked on the open descriptor, then read up to one byte past the limit: a size the
    file system reports (0 for /proc files) is not trusted."""
    source = str(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise ArticleError(source, "no such file") from None
    except OSError as error:
        if error.errno == errno.EISDIR:
            raise ArticleError(source, "is a directory, not an article file") from None
        raise ArticleError(source, f"cannot be read: {error.strerror}") from None
    try:
        info = os.fstat(fd)
        kind = stat.S_IFMT(info.st_mode)
        if kind == stat.S_IFDIR:
            raise ArticleError(source, "is a directory, not an article file")
        if kind != stat.S_IFREG:
            raise ArticleError(source, f"is {KINDS.get(kind, 'not a regular file')}, not a file")
        if info.st_size > max_bytes:
            raise ArticleError(source, _too_large(info.st_size, max_bytes))
        parts, size = [], 0
        while size <= max_bytes:
            part = os.read(fd, min(CHUNK, max_bytes + 1 - size))
            if not part:
                break
            parts.append(part)
            size += len(part)
        if size > max_bytes:
            raise ArticleError(source, _too_large(None, max_bytes))
        return b"".join(parts)
    except OSError as error:
        raise ArticleError(source, f"cannot be read: {error.strerror}") from None
    finally:
        os.close(fd)


def _too_large(size: int | None, limit: int) -> str:
    said = f"{size} bytes" if size is not None else "more bytes than that"
    return f"too large ({said}; the limit is {limit}, --max-bytes)"


def read_article(
    path: str | Path,
    *,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_chars: int = MAX_CHARS,
    title: str | None = None,
    date: str | None = None,
    publisher: str | None = None,
) -> Article:
    """Read one article file; raises ArticleError with a one-line reason when it can't."""
    path = Path(path)
    source = str(path)
    data = read_capped(path, max_bytes)
    if is_html(path, data):
        article = html_article(data, path.name, encoding, max_chars=max_chars)
    else:
        text = decode(data, source, encoding)
        article = parse_article(text, source=path.name, max_chars=max_chars)
    return with_metadata(article, title=title, date=date, publisher=publisher)


def read_articles(path: str | Path, **options: object) -> Iterator[Article | ArticleError]:
    """The articles of one input: a text or HTML file gives one, a .jsonl corpus one per line.
    Bad ones come out as ArticleError, so a corpus build can skip them and go on."""
    path = Path(path)
    if path.suffix.lower() == ".jsonl" and _is_regular(path):
        records = jsonl_articles(
            path,
            options.get("encoding"),  # type: ignore[arg-type]
            max_bytes=int(options.get("max_bytes") or DEFAULT_MAX_BYTES),  # type: ignore[call-overload]
            max_chars=int(options.get("max_chars") or MAX_CHARS),  # type: ignore[call-overload]
        )
        for item in records:
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


def _is_regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except (OSError, ValueError):
        return False  # read_article names the reason
