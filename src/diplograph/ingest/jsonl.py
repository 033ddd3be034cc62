"""JSON Lines corpora: one article per line ({"id", "url", "title", "date", "publisher",
"text"}); a broken line is reported by its number and the others are read. A line longer
than max_bytes is skipped unread: a record costs only itself, in time and in memory."""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from pathlib import Path

from ..errors import ArticleError
from ..records import Article
from .decode import decode
from .html import ISO_DATE, is_date
from .layout import date_of
from .text import MAX_CHARS, parse_article, with_metadata

__all__ = ["jsonl_articles"]

CHUNK = 1 << 20


def jsonl_articles(
    path: Path,
    encoding: str | None = None,
    *,
    max_bytes: int = 8 * 1024 * 1024,
    max_chars: int = MAX_CHARS,
) -> Iterator[Article | ArticleError]:
    """One article per line; each bad line becomes an ArticleError naming the line.

    The file is read a line at a time (an archive of 10^6 articles is gigabytes), and lines
    end at "\\n" only, as JSON Lines says: U+2028 inside a string is text, not a line end."""
    for number, line in _lines(path, encoding, max_bytes):
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
                (f"{title}\n\n" if title else "") + record["text"],
                source=source,
                max_chars=max_chars,
            )
        except ArticleError as error:
            yield error
            continue
        date = _field(record, "date")
        if date:
            # "2024-02-12", "2024-02-12T09:30:00+05:00", or as sites print it: "12.02.2024"
            date = date[:10] if ISO_DATE.match(date[:10]) else date_of(date)
            date = date if date and is_date(date) else None  # "2024-13-45" is no date
        yield with_metadata(
            article,
            title=title,
            date=date,
            publisher=_field(record, "publisher"),
            url=_field(record, "url"),
        )


def _lines(
    path: Path, encoding: str | None, max_bytes: int
) -> Iterator[tuple[int, str | ArticleError]]:
    """(number, text) of each line, decoded on its own: a bad line costs only itself."""
    try:
        f = path.open("rb")
    except OSError as error:
        yield 0, ArticleError(str(path), f"cannot be read: {error.strerror}")
        return
    with f:
        start = f.read(2)
        f.seek(0)
        wide = (encoding or "").lower().replace("-", "").replace("_", "").startswith("utf16")
        if wide or start in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
            # UTF-16 lines are not the bytes between b"\n": the file is decoded whole (rare)
            data = f.read(max_bytes + 1)
            if len(data) > max_bytes:
                yield 0, ArticleError(str(path), f"a UTF-16 corpus over {max_bytes} bytes")
                return
            try:
                text = decode(data, str(path), encoding)
            except ArticleError as error:
                yield 0, error
                return
            yield from enumerate(text.split("\n"), 1)
            return
        number = 0
        while raw := f.readline(max_bytes + 1):
            number += 1
            if len(raw) > max_bytes and not raw.endswith(b"\n"):
                while (rest := f.readline(CHUNK)) and not rest.endswith(b"\n"):
                    pass  # the rest of the record, read past in bounded pieces
                problem = f"a record over {max_bytes} bytes (the limit is --max-bytes)"
                yield number, ArticleError(f"{path.name}:{number}", problem)
                continue
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
