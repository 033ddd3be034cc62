"""Stage 1: a file of news text -> Article (title, date, publisher, sentences with offsets).

Text copied from news sites comes in many layouts: a headline (sometimes twice), a date line,
a time line, the body, then the site's footer (counters, "avatar", the publisher's name, "other
news" links). Some inputs have no headline, a dateline such as "Москва, 16 мая. /ТАСС/." or a
"date 2025-03-11" line. The reader keeps what it can find and warns about what it cannot.

Rules, by how pages are laid out: the body runs from the first to the last paragraph (a long
last line with no full stop is a cut-off sentence and stays); site furniture (menus, counters,
tags, share buttons, "Фото:" captions) and "Читайте также" link blocks are dropped, and a
paragraph printed twice is read once. A dateline is a sentence of its own; its agency is the
publisher, a correspondent ("/Корр./") is not; a dateline without a year takes the one year the
page prints elsewhere ("© 2024 ТАСС"). The publisher is, in order: a "Источник:" line, "передает
X" / "Как сообщает X," in the text (not a ministry), the dateline's agency, the closing lines
(site name, copyright, "подготовлен редакцией X", a name alone).
"""

from __future__ import annotations

import codecs
import hashlib
import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from razdel import sentenize

from ..errors import ArticleError
from ..grammars.dates import parse_date_line
from ..records import Article, Sentence

__all__ = [
    "DEFAULT_MAX_BYTES",
    "decode",
    "parse_article",
    "read_article",
    "read_articles",
    "with_metadata",
]

DEFAULT_MAX_BYTES = 50 * 1024 * 1024

CYRILLIC = re.compile(r"[А-Яа-яЁё]")
LETTER = re.compile(r"[^\W\d_]")
TIME_LINE = re.compile(r"^#?\s*\d{1,2}:\d{2}(\s*\(\w+\))?$")
# Site furniture: view counters ("# 2688"), avatars, share buttons, section links, tags.
JUNK_LINE = re.compile(
    r"^(#\s*\d+|avatar|фото:.*|фото\s*[-–—].*|источник фото.*|поделиться.*|читайте также.*|"
    r"смотрите также.*|подписывайтесь.*|читать далее.*|подробнее.*|читать полностью.*|"
    r"реклама|#\s*другие новости.*|другие новости.*|новости партнеров.*|комментарии.*|"
    r"главная|новости|политика|экономика|в мире|общество|меню|поиск.*|рус|eng|en|ru|az|kz|"
    r"вход.*|регистрация|войти|версия для печати|подписаться.*|все новости|лента новостей|"
    r"(?:теги|метки|tags|ключевые слова)\s*:.*|(?:просмотр\w*|views|прочитано)\s*:?\s*[\d\s]+|"
    r"[\d\s]+(?:просмотр\w*|views)|(?:если вы )?нашли ошибку.*|.*ctrl\s*\+\s*enter.*|"
    r"все права защищены\.?|"
    r"при (?:использовании|цитировании|перепечатке|полном или частичном).*|"
    r"(?:(?:поделиться|share|vk|вконтакте|telegram|телеграм|whatsapp|facebook|twitter|x|"
    r"одноклассники|ok|viber|youtube|instagram|дзен|rss|email|e-mail)[\s,|·•:]*)+)$",
    re.IGNORECASE,
)
# a block of links to other stories: its heading, then headlines up to the next paragraph
READ_ALSO = re.compile(
    r"^#*\s*(?:(?:читайте|смотрите|см\.)\s+также\b.*|(?:ещ[её]\s+)?по теме\s*:?|"
    r"материалы по теме\s*:?|похожие (?:новости|материалы|статьи)\s*:?|другие новости.*|"
    r"последние новости\s*:?|популярное\s*:?|related.*)$",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"[.!?…»\"”)]$")
DATELINE = re.compile(
    # not a weekday ("Вт, 21 мая 2024" is a date line)
    r"^(?!(?i:пн|вт|ср|чт|пт|сб|вс|понедельник|вторник|среда|четверг|пятница|суббота|"
    r"воскресенье)\b)"
    r"(?P<place>[А-ЯЁ][А-ЯЁа-яё]+(?:[- ][А-ЯЁ][А-ЯЁа-яё]+)?),\s+(?P<day>\d{1,2}\s+[а-яё]+)"
    r"(?:\s+(?P<year>\d{4})(?:\s*г(?:ода|\.)?)?)?\s*[.,\-–—]*\s*(?:/(?P<agency>[^/]{2,40})/\.?)?"
    # "Ташкент, 15 апреля 2024 г. — Корр." or "— Корр. ИА «Дунё»": the writer, maybe the agency
    r"(?:(?<=[.\s])(?:(?:наш|соб\.?|спец\.?)\s*)?[Кк]орр(?:еспондент)?\.?"
    r"(?:\s+(?P<agency3>(?:ИА|агентства|агентство)?\s*«[^»]{2,40}»|[A-Z][\w\-.]+))?\s*\.?)?"
    # "Астана, 22 декабря. Kazinform. ..." : an agency in Latin letters or capitals
    r"(?:(?<=[.\s])(?P<agency2>[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?|[А-ЯЁ]{3,})\s*\.(?=\s|$))?"
)
# the writer named in a dateline ("/Корр./", "/Наш корр./") is not the publisher
CORRESPONDENT = re.compile(
    r"^(?:(?:наш|соб\.?|спец\.?)\s*)?корр(?:еспондент)?\.?\s*|^(?:ИА|агентство|агентства)\s+",
    re.IGNORECASE,
)
REPORTED_BY = re.compile(
    r"(?:передает|передаёт|сообщает|информирует|пишет|сообщили|со ссылкой на)\s+"
    r"(?:(?:собственный\s+|специальный\s+)?корреспондент\w*\s+)?"
    r"(?:(?:информационное\s+)?(?:агентство|информагентство|издание|портал|сайт|газета|"
    r"телеканал|ИА|агентства|издания|портала|газеты|сайта|телеканала)\s+)?"
    r"(?P<name>«[^»]{2,40}»|[A-ZА-ЯЁ][\w.\-]*(?:\s+[A-ZА-ЯЁ][\w.\-]*){0,2})\s*[.,]?\s*$"
)
# "Как сообщает агентство Kun.uz, ..." at the start of a sentence
AS_REPORTED = re.compile(
    r"^Как\s+(?:сообщает|сообщило|передает|передаёт|пишет|информирует)\s+"
    r"(?:(?:собственный\s+)?корреспондент\w*\s+)?"
    r"(?:(?:информационное\s+)?(?:агентство|информагентство|издание|портал|сайт|газета|"
    r"телеканал|ИА|агентства|издания|портала|газеты|сайта)\s+)?"
    r"(?P<name>«[^»]{2,40}»|[A-ZА-ЯЁ][\w.\-]*(?:\s+[A-ZА-ЯЁ][\w.\-]*){0,2})\s*,"
)
# who gave the news is not always who published it: "сообщает МИД Узбекистана"
NOT_PUBLISHER = re.compile(
    r"^(?:МИД|Мин[а-яё]+|Министерств\w*|Правительств\w*|Пресс-служб\w*|Посольств\w*|"
    r"Администраци\w*|Кремл\w*|Ведомств\w*|Аппарат\w*)\b"
)
SOURCE_LINE = re.compile(r"^(?:источник|source)\s*:\s*(?P<name>.{2,60})$", re.IGNORECASE)
COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*", re.I)
COPYRIGHT_MARK = re.compile(r"©|\(c\)|copyright", re.IGNORECASE)
RIGHTS = re.compile(r"все права защищены\.?|all rights reserved\.?", re.IGNORECASE)
TRAILING_YEAR = re.compile(r"[\s,.]*(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?[\s.]*$")
EDITED_BY = re.compile(
    r"(?:подготовлен\w*|по материалам)\s+(?:редакци\w+\s+)?(?:портала|сайта|издания|агентства|"
    r"газеты|журнала)?\s*(?P<name>[«\"]?[A-ZА-ЯЁ][^,.;]{1,40})"
)
# a sentence ends inside the line: a paragraph whose last sentence was cut off
INNER_END = re.compile(r"[а-яё]{3,}[.!?…][»\"”)]?\s+[А-ЯЁA-Z«\"]")
SITE_NAME = re.compile(r"^[A-Za-zА-Яа-яЁё0-9\-]+(\.[A-Za-z]{2,6})+$")


DATE_PREFIX = re.compile(
    r"^(?:дата публикации|опубликовано|дата|обновлено|published|date)\s*:?\s*", re.IGNORECASE
)
WEEKDAY = re.compile(r"^(?:пн|вт|ср|чт|пт|сб|вс)\.?,\s*", re.IGNORECASE)
DIGIT = re.compile(r"\d")
SLASH_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
MENU_LINE = re.compile(r"(?:\s[|/·•]\s.*){1,}|(?:\S+\s{2,}){2,}\S")


@lru_cache(maxsize=4096)  # the header, the body and the paragraph tests all ask of a line
def _date_of(line: str) -> str | None:
    """A date line as sites print it: "11 марта 2025", "Дата публикации: 27.02.2024",
    "Будапешт | 4 марта 2024", "Вт, 21 мая 2024", "05/03/2024"."""
    # a whole date always has digits (day, year): most lines never reach the date grammar
    if len(line) > 80 or not DIGIT.search(line):
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
    from .html import html_article, is_html

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
        from .html import jsonl_articles

        limit = int(options.get("max_bytes") or DEFAULT_MAX_BYTES)  # type: ignore[call-overload]
        if path.stat().st_size > limit * 1000:
            yield ArticleError(str(path), "too large")
            return
        encoding = options.get("encoding")
        for item in jsonl_articles(path, encoding):  # type: ignore[arg-type]
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
    return with_metadata(article, title=title, date=date, publisher=publisher)


MISSING = {
    "title": "no headline found; pass --title",
    "date": "no publication date found; pass --date",
    "publisher": "no publisher found; pass --publisher",
}


def with_metadata(
    article: Article,
    *,
    title: str | None = None,
    date: str | None = None,
    publisher: str | None = None,
    url: str | None = None,
) -> Article:
    """The article with what a page's metadata, a corpus record or the user said about it;
    a warning about something now known is dropped."""
    article = replace(
        article,
        title=title or article.title,
        date=date or article.date,
        publisher=publisher or article.publisher,
        url=url or article.url,
    )
    known = {MISSING[name] for name in MISSING if getattr(article, name)}
    article = replace(article, warnings=tuple(w for w in article.warnings if w not in known))
    if (
        title
        and article.text.startswith(title)
        and article.text[len(title) : len(title) + 1] in "\n"
    ):
        # the headline opens the text (HTML, JSON Lines): it is sentence 0
        first = article.sentences[0] if article.sentences else None
        if first is None or (first.start, first.stop) != (0, len(title)):
            rest = [s for s in article.sentences if s.start >= len(title)]
            sentences = [Sentence(0, 0, len(title), title)] + [
                replace(s, index=i) for i, s in enumerate(rest, 1)
            ]
            article = replace(article, sentences=tuple(sentences))
    return article


# The syntax parser holds a square of its sentence's length: a page with no full stops (a
# table, a list) made one "sentence" of 100 KB that took 2.3 GB. News sentences are far
# shorter; longer runs are cut at a space before this many characters.
MAX_SENTENCE = 2000


def pieces(text: str, limit: int = MAX_SENTENCE) -> Iterator[tuple[int, str]]:
    """A sentence as (offset, text) pieces of at most `limit` characters, cut at spaces."""
    at = 0
    while len(text) - at > limit:
        cut = text.rfind(" ", at + 1, at + limit + 1)
        if cut <= at:
            cut = at + limit  # one unbroken word longer than the limit
        yield at, text[at:cut].rstrip()
        at = cut
        while at < len(text) and text[at].isspace():
            at += 1
    if at < len(text):
        yield at, text[at:]


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
    first, last = paragraphs[0], _cut_off_end(lines, paragraphs[-1])

    header = lines[:first]
    footer = []
    for item in lines[last + 1 :]:
        if READ_ALSO.match(item[2]):
            break  # links to other stories: nothing below belongs to this article
        footer.append(item)
    title, date = _header(header)
    # a dateline opens the body ("Москва, 16 мая. /ТАСС/. Министр ...") or stands on a line
    # of its own before it ("Анкара, 15 ноября 2024 года. Uzdaily.")
    opening = next((lines[i] for i in range(first, last + 1) if _is_body(lines[i][2])), None)
    candidates = header[-2:] + ([opening] if opening else [])
    found = next(((item, m) for item in candidates if (m := DATELINE.match(item[2]))), None)
    dateline = found[1] if found else None
    if title is not None and dateline is not None and DATELINE.match(title):
        title = None
    body = _body(lines[first : last + 1], title)
    if title is None:
        warnings.append(MISSING["title"])

    publisher = _publisher(body, footer, dateline)
    if date is None:
        date = next((d for _, _, line in footer if (d := _date_of(line))), None)
    if date is None and dateline:
        # "Москва, 16 мая. /ТАСС/." has no year: take one printed elsewhere ("© 2024 ТАСС")
        year = dateline.group("year") or _year_nearby(header + footer)
        if year:
            date = parse_date_line(f"{dateline.group('day')} {year}")
    if date is None:
        warnings.append(MISSING["date"])
    if publisher is None:
        warnings.append(MISSING["publisher"])

    sentences: list[Sentence] = []
    if title is not None:
        start, stop, line = next(t for t in header if t[2] == title)
        sentences.append(Sentence(0, start, stop, line))
    if found is not None and found[0] in header:
        # a dateline on a line of its own says where the news happened: keep it as text
        start, stop, line = found[0]
        sentences.append(Sentence(len(sentences), start, stop, line))
    for start, _, line in body:
        offset = 0
        if found is not None and found[0][0] == start and dateline is not None:
            # the dateline is a sentence of its own, not the start of the first one
            head = dateline.group(0).rstrip()
            if len(head) < len(line) and head[-1:] in ".—–-/":
                sentences.append(Sentence(len(sentences), start, start + len(head), head))
                offset = len(head)
        for part in sentenize(line[offset:]):
            for at, chunk in pieces(part.text):
                if LETTER.search(chunk):
                    s = start + offset + part.start + at
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


def _cut_off_end(lines: list[tuple[int, int, str]], last: int) -> int:
    """An excerpt may stop mid-sentence: a long last line with no full stop is still text."""
    rest = [i for i in range(last + 1, len(lines)) if not JUNK_LINE.match(lines[i][2])]
    if len(rest) == 1:
        line = lines[rest[0]][2]
        if (
            _words(line) >= 8
            and len(CYRILLIC.findall(line)) >= 20
            and not (_date_of(line) or MENU_LINE.search(line) or READ_ALSO.match(line))
        ):
            return rest[0]
    return last


def _body(lines: list[tuple[int, int, str]], title: str | None) -> list[tuple[int, int, str]]:
    """The article's lines: no furniture, no "Читайте также" links, each paragraph once
    (pages copied with infinite scroll repeat the article)."""
    out = []
    seen = {title}
    links = False
    for item in lines:
        line = item[2]
        if READ_ALSO.match(line):
            links = True
            continue
        if links and not _is_paragraph(line):
            continue
        links = False
        if line in seen or not _is_body(line):
            continue
        seen.add(line)
        out.append(item)
    return out


YEAR = re.compile(r"(?<![\d\-–—])(?:19|20)\d\d(?![\d\-–—])(?!\s*[\-–—]\s*\d)")


def _year_nearby(lines: list[tuple[int, int, str]]) -> str | None:
    """The one year printed in the page's short lines ("© 2024 ТАСС"), if there is one."""
    years = {m.group(0) for _, _, line in lines if _words(line) <= 8 for m in YEAR.finditer(line)}
    return years.pop() if len(years) == 1 else None


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
    ends = SENTENCE_END.search(line) or INNER_END.search(line)
    return (words >= 8 and bool(ends)) or words >= 25


def _is_body(line: str) -> bool:
    return not (
        JUNK_LINE.match(line) or TIME_LINE.match(line) or _date_of(line) or SITE_NAME.match(line)
    )


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
    for _, _, line in body:
        for part in sentenize(line):
            match = REPORTED_BY.search(part.text) or AS_REPORTED.match(part.text)
            if match:
                named = match.group("name").strip("«» ").rstrip(".")
                if named and not NOT_PUBLISHER.match(named):
                    return named
    if dateline:
        for group in ("agency", "agency3", "agency2"):
            name = _agency(dateline.group(group) or "")
            if name:
                return name
    for _, _, line in reversed(footer):
        name = _footer_publisher(line)
        if name:
            return name
    return None


def _agency(text: str) -> str | None:
    """ "ТАСС", "Корр. ИА «Дунё»" -> "Дунё"; a correspondent alone is nobody's name."""
    name = text.strip()
    while (shorter := CORRESPONDENT.sub("", name, count=1)) != name:
        name = shorter.strip()
    name = name.strip(' .«»"')
    return name or None


def _footer_publisher(line: str) -> str | None:
    """ "Vesti.az", "© 2023 Вечерний Бишкек", "Материал подготовлен редакцией портала X",
    or a short name standing alone after the text ("Asia Trade Review")."""
    if JUNK_LINE.match(line) or _date_of(line) or TIME_LINE.match(line):
        return None
    match = EDITED_BY.search(line)
    if match:
        return match.group("name").strip(" .«»")
    mark = COPYRIGHT_MARK.search(line)
    if mark:
        # "© 2011–2024 Газета.uz", "Все права защищены © 2024 «Podrobno.uz»",
        # "© Туркмен Портал, 2024. Все права защищены."
        owner = RIGHTS.sub("", line[mark.start() :])
        owner = COPYRIGHT.sub("", owner.strip())
        owner = TRAILING_YEAR.sub("", owner).strip(' .,«»"')
        if owner and _words(owner) <= 6:
            return owner
        return None
    text = line.strip(" .")
    if SITE_NAME.match(text):
        return text
    words = text.split()
    if 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and line[-1:] not in ".!?…":
        return text  # a name alone: "Asia Trade Review", "Вечерний Бишкек"
    return None
