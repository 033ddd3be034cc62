"""Stage 1: a file of news text -> Article (title, date, publisher, sentences with offsets).

Text copied from news sites comes in many layouts: a headline (sometimes twice), a date line,
a time line, the body, then the site's footer (counters, "avatar", the publisher's name, "other
news" links). Some inputs have no headline, a dateline such as "Москва, 16 мая. /ТАСС/." or a
"date 2025-03-11" line. The reader keeps what it can find and warns about what it cannot.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from razdel import sentenize

from .errors import ArticleError
from .grammars.dates import parse_date_line
from .records import Article, Sentence

__all__ = ["DEFAULT_MAX_BYTES", "decode", "parse_article", "read_article"]

DEFAULT_MAX_BYTES = 50 * 1024 * 1024

CYRILLIC = re.compile(r"[А-Яа-яЁё]")
LETTER = re.compile(r"[^\W\d_]")
TIME_LINE = re.compile(r"^#?\s*\d{1,2}:\d{2}(\s*\(\w+\))?$")
# Site furniture: view counters ("# 2688"), avatars, share buttons, section links.
JUNK_LINE = re.compile(
    r"^(#\s*\d+|avatar|фото:.*|источник фото.*|поделиться.*|читайте также.*|подписывайтесь.*|"
    r"реклама|#\s*другие новости.*|другие новости.*|новости партнеров.*|комментарии.*|"
    r"главная|новости|политика|экономика|в мире|общество|меню|поиск.*|рус|eng|en|ru|az|kz|"
    r"вход.*|регистрация|войти|версия для печати|подписаться.*|все новости|лента новостей)$",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"[.!?…»\"”)]$")
DATELINE = re.compile(
    r"^(?P<place>[А-ЯЁ][А-ЯЁа-яё]+(?:[- ][А-ЯЁ][А-ЯЁа-яё]+)?),\s+(?P<day>\d{1,2}\s+[а-яё]+)"
    r"(?:\s+(?P<year>\d{4})(?:\s*г(?:ода|\.)?)?)?\s*[.\-–—]*\s*(?:/(?P<agency>[^/]{2,40})/\.?)?"
    # "Астана, 22 декабря. Kazinform. ..." : an agency in Latin letters or capitals
    r"(?:(?<=[.\s])(?P<agency2>[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?|[А-ЯЁ]{3,})\s*\.(?=\s|$))?"
)
REPORTED_BY = re.compile(
    r"(?:передает|передаёт|сообщает|информирует|пишет|сообщили|со ссылкой на)\s+"
    r"(?:(?:информационное\s+)?(?:агентство|информагентство|издание|портал|сайт|газета|"
    r"телеканал|ИА|агентства|издания|портала)\s+)?"
    r"(?P<name>«[^»]{2,40}»|[A-ZА-ЯЁ][\w.\-]*(?:\s+[A-ZА-ЯЁ][\w.\-]*){0,2})\s*[.,]?\s*$"
)
SOURCE_LINE = re.compile(r"^(?:источник|source)\s*:\s*(?P<name>.{2,60})$", re.IGNORECASE)
COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*", re.I)
EDITED_BY = re.compile(
    r"(?:подготовлен\w*|по материалам)\s+(?:редакци\w+\s+)?(?:портала|сайта|издания|агентства|"
    r"газеты|журнала)?\s*(?P<name>[«\"]?[A-ZА-ЯЁ][^,.;]{1,40})"
)
SITE_NAME = re.compile(r"^[A-Za-zА-Яа-яЁё0-9\-]+(\.[A-Za-z]{2,6})+$")


DATE_PREFIX = re.compile(
    r"^(?:дата публикации|опубликовано|дата|обновлено|published|date)\s*:?\s*", re.IGNORECASE
)
WEEKDAY = re.compile(r"^(?:пн|вт|ср|чт|пт|сб|вс)\.?,\s*", re.IGNORECASE)
SLASH_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
MENU_LINE = re.compile(r"(?:\s[|/·•]\s.*){1,}|(?:\S+\s{2,}){2,}\S")


def _date_of(line: str) -> str | None:
    """A date line as sites print it: "11 марта 2025", "Дата публикации: 27.02.2024",
    "Будапешт | 4 марта 2024", "Вт, 21 мая 2024", "05/03/2024"."""
    if len(line) > 80:
        return None
    found = parse_date_line(line)
    if found:
        return found
    text = SLASH_DATE.sub(r"\1.\2.\3", WEEKDAY.sub("", DATE_PREFIX.sub("", line.strip())))
    if text != line:
        found = parse_date_line(text)
        if found:
            return found
    for part in re.split(r"\s[|·•]\s", text):
        found = parse_date_line(part.strip())
        if found:
            return found
    return None


def decode(data: bytes, source: str, encoding: str | None = None) -> str:
    """Bytes -> text: UTF-8 (BOM or not), UTF-16 with a BOM, or cp1251 when it reads as Russian."""
    if encoding:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as error:
            raise ArticleError(source, f"cannot be read as {encoding}: {error}") from None
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", source)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", source)
    if b"\x00" in data:
        raise ArticleError(source, "binary data, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1251", errors="replace")
    letters = LETTER.findall(text)
    if "\ufffd" not in text and letters and len(CYRILLIC.findall(text)) / len(letters) > 0.5:
        return text
    raise ArticleError(source, "not UTF-8 text (nor Russian in cp1251); pass --encoding")


def _strict(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise ArticleError(source, f"invalid {encoding} text") from None


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
    from .formats import html_article, is_html

    if is_html(path, data):
        article = html_article(data, path.name, encoding)
    else:
        article = parse_article(decode(data, source, encoding), source=path.name)
    return _override(article, title, date, publisher)


def read_articles(path: str | Path, **options: object) -> Iterator[Article | ArticleError]:
    """The articles of one input: a text or HTML file gives one, a .jsonl corpus one per line.
    Bad ones come out as ArticleError, so a corpus build can skip them and go on."""
    path = Path(path)
    if path.suffix.lower() == ".jsonl" and path.is_file():
        from .formats import jsonl_articles

        limit = int(options.get("max_bytes") or DEFAULT_MAX_BYTES)  # type: ignore[call-overload]
        if path.stat().st_size > limit * 1000:
            yield ArticleError(str(path), "too large")
            return
        for item in jsonl_articles(path, path.read_bytes()):
            if isinstance(item, Article):
                item = _override(
                    item,
                    options.get("title"),  # type: ignore[arg-type]
                    options.get("date"),  # type: ignore[arg-type]
                    options.get("publisher"),  # type: ignore[arg-type]
                )
            yield item
        return
    try:
        yield read_article(path, **options)  # type: ignore[arg-type]
    except ArticleError as error:
        yield error


def _override(
    article: Article, title: str | None, date: str | None, publisher: str | None
) -> Article:
    return replace(
        article,
        title=title or article.title,
        date=date or article.date,
        publisher=publisher or article.publisher,
    )


def article_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def parse_article(text: str, *, source: str = "") -> Article:
    """Find headline, date, publisher and body sentences in the text of one article."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if not text.strip():
        raise ArticleError(source, "empty: no text")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\t")
    if controls > len(text) / 100 + 5:
        raise ArticleError(source, "binary data, not text")
    lines = _lines(text)
    warnings: list[str] = []

    paragraphs = [i for i, (_, _, line) in enumerate(lines) if _is_paragraph(line)]
    if not paragraphs:
        raise ArticleError(source, "no article text found (no sentences)")
    first, last = paragraphs[0], paragraphs[-1]

    header = [lines[i] for i in range(first)]
    footer = [lines[i] for i in range(last + 1, len(lines))]
    title, date = _header(header)
    body = [lines[i] for i in range(first, last + 1) if _is_body(lines[i][2])]
    # a dateline opens the body ("Москва, 16 мая. /ТАСС/. Министр ...") or stands on a line
    # of its own before it ("Анкара, 15 ноября 2024 года. Uzdaily.")
    candidates = [line for _, _, line in header[-2:]] + ([body[0][2]] if body else [])
    dateline = next((m for line in candidates if (m := DATELINE.match(line))), None)
    if title is not None and dateline is not None and DATELINE.match(title):
        title = None
    if title is None:
        warnings.append("no headline found; pass --title")

    publisher = _publisher(body, footer, dateline)
    if date is None:
        date = next((d for _, _, line in footer if (d := _date_of(line))), None)
    if date is None and dateline and dateline.group("year"):
        date = parse_date_line(f"{dateline.group('day')} {dateline.group('year')}")
    if date is None:
        warnings.append("no publication date found; pass --date")
    if publisher is None:
        warnings.append("no publisher found; pass --publisher")

    sentences: list[Sentence] = []
    if title is not None:
        start, stop, line = next(t for t in header if t[2] == title)
        sentences.append(Sentence(0, start, stop, line))
    for start, _, line in body:
        for part in sentenize(line):
            chunk = part.text
            if LETTER.search(chunk):
                s = start + part.start
                sentences.append(Sentence(len(sentences), s, s + len(chunk), chunk))
    if not any(len(CYRILLIC.findall(s.text)) >= 20 for s in sentences):
        raise ArticleError(source, "no Russian text found: not an article in Russian")
    return Article(
        id=article_id(text),
        text=text,
        title=title,
        date=date,
        publisher=publisher,
        sentences=tuple(sentences),
        source=source,
        warnings=tuple(warnings),
    )


def _lines(text: str) -> list[tuple[int, int, str]]:
    """Non-blank lines with their offsets, stripped of surrounding spaces."""
    out = []
    offset = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = offset + raw.index(stripped)
            out.append((start, start + len(stripped), stripped))
        offset += len(raw) + 1
    return out


def _words(line: str) -> int:
    return len(line.split())


def _is_paragraph(line: str) -> bool:
    """Body text: several words ending like a sentence, or simply long."""
    if JUNK_LINE.match(line) or _date_of(line):
        return False
    words = _words(line)
    return (words >= 8 and bool(SENTENCE_END.search(line))) or words >= 25


def _is_body(line: str) -> bool:
    return not (JUNK_LINE.match(line) or TIME_LINE.match(line) or _date_of(line))


def _header(header: list[tuple[int, int, str]]) -> tuple[str | None, str | None]:
    title = None
    date = None
    for _, _, line in header:
        if TIME_LINE.match(line) or JUNK_LINE.match(line):
            continue
        found = _date_of(line)
        if found:
            date = date or found
            continue
        # the first headline-like line before the body; menus ("Главная | Новости | ...")
        # are not headlines, and a lead paragraph may follow the headline
        if MENU_LINE.search(line):
            continue
        if DATELINE.match(line):
            continue
        if title is None and _words(line) >= 3 and len(line) <= 300 and CYRILLIC.search(line):
            title = line
    return title, date


def _publisher(
    body: list[tuple[int, int, str]],
    footer: list[tuple[int, int, str]],
    dateline: re.Match[str] | None,
) -> str | None:
    for _, _, line in footer:
        match = SOURCE_LINE.match(line)
        if match:
            return match.group("name").strip()
    named = None
    for _, _, line in body:
        for part in sentenize(line):
            match = REPORTED_BY.search(part.text)
            if match:
                named = match.group("name").strip("«» ").rstrip(".")
                break
        if named:
            break
    if named:
        return named
    if dateline and (dateline.group("agency") or dateline.group("agency2")):
        return (dateline.group("agency") or dateline.group("agency2")).strip()
    for _, _, line in reversed(footer):
        name = _footer_publisher(line)
        if name:
            return name
    return None


def _footer_publisher(line: str) -> str | None:
    """ "Vesti.az", "© 2023 Вечерний Бишкек", "Материал подготовлен редакцией портала X",
    or a short name standing alone after the text ("Asia Trade Review")."""
    if JUNK_LINE.match(line) or _date_of(line) or TIME_LINE.match(line):
        return None
    match = EDITED_BY.search(line)
    if match:
        return match.group("name").strip(" .«»")
    text = COPYRIGHT.sub("", line).strip(" .")
    if SITE_NAME.match(text):
        return text
    words = text.split()
    if line != text and 1 <= len(words) <= 6:
        return text  # "© Транспортный вестник"
    if 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and line[-1:] not in ".!?…":
        return text  # a name alone: "Asia Trade Review", "Вечерний Бишкек"
    return None
