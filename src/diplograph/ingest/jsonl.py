"""JSON Lines corpora: one article per line ({"id", "url", "title", "date", "publisher",
"text"}); a broken line is reported by its number and the others are read."""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from pathlib import Path

from ..errors import ArticleError
from ..records import Article
from .decode import decode
from .html import ISO_DATE
from .layout import date_of
from .text import parse_article, with_metadata

__all__ = ["jsonl_articles"]


def jsonl_articles(path: Path, encoding: str | None = None) -> Iterator[Article | ArticleError]:
    """One article per line; each bad line becomes an ArticleError naming the line.

    The file is read a line at a time (an archive of 10^6 articles is gigabytes), and lines
    end at "\\n" only, as JSON Lines says: U+2028 inside a string is text, not a line end."""
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
            date = date[:10] if ISO_DATE.match(date[:10]) else date_of(date)
        yield with_metadata(
            article,
            title=title,
            date=date,
            publisher=_field(record, "publisher"),
            url=_field(record, "url"),
        )


def _lines(path: Path, encoding: str | None) -> Iterator[tuple[int, str | ArticleError]]:
    """(number, text) of each line, decoded on its own: a bad line costs only itself."""
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
