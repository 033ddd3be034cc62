"""Plain text as copied from a news site -> Article (title, date, publisher, sentences).

Some inputs have no headline, a dateline such as "Москва, 16 мая. /ТАСС/." or a "date
2025-03-11" line; the reader keeps what it can find (layout.py reads the lines, publisher.py
who published) and warns about what it cannot.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from itertools import pairwise
from typing import NamedTuple

from razdel import sentenize

from ..errors import ArticleError
from ..records import Article, Sentence
from .decode import CYRILLIC, LETTER
from .ending import cut_off_end
from .header import header_of, is_headline, outlet_in
from .layout import (
    DATELINE,
    MENU_LINE,
    NAV_LINE,
    NUMBERED,
    READ_ALSO,
    SLASH_DATE,
    URL_LINE,
    Line,
    body_of,
    date_of,
    furniture_date,
    is_body,
    is_paragraph,
    page_lines,
    year_nearby,
)
from .publisher import copyright_owner, publisher_of, source_above, staff_photographer
from .weekday import day_in_year, year_by_weekday
from .wrapping import unwrapped

__all__ = [
    "MAX_CHARS",
    "MAX_SENTENCE",
    "article_id",
    "normalize",
    "parse_article",
    "pieces",
    "with_metadata",
]

# A long read is some 100,000 characters; a book-length text is no news article, and the
# tagger and the extractors would spend minutes on it.
MAX_CHARS = 1_000_000
# Invisible marks that copy along with names: bidi marks and embeddings (RLM, LRE...),
# zero-width spaces and joiners, the word joiner, a stray BOM, the soft hyphen. Inside a
# name they would make a second person of the same one.
INVISIBLE = re.compile(
    r"[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)

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
# table, a list) would be one huge "sentence" and take gigabytes. News sentences are far
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


# the page's time and date glued to the lead
STAMP_BEFORE_LEAD = re.compile(
    r"^(?:\d{1,2}:\d{2}\s+(\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d)(?!\d)"
    # "25.11.2022 | 15:58В Актау ...": the date first, then the clock
    r"|(\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d)\s*\|?\s*\d{1,2}:\d{2})"
)


# "... Олжас Бектенов.Президент Узбекистана ...": a sentence glued to the next with no space
# (not "Грузия.Онлайн," or "Вести.Экономика": an outlet's name has a comma or quote after it)
GLUED = re.compile(r"(?<=[а-яё]{3}[.!?])(?=[«\"]?[А-ЯЁ][а-яё]+\s+[«\"(]?[А-ЯЁа-яё\d])")


class Part(NamedTuple):
    start: int
    text: str


def sentences_of(text: str) -> Iterator[Part]:
    """razdel's sentences, and those it leaves glued where a full stop has no space after it."""
    for part in sentenize(text):
        cuts = [0, *(m.start() for m in GLUED.finditer(part.text)), len(part.text)]
        for a, b in pairwise(cuts):
            if part.text[a:b].strip():
                yield Part(part.start + a, part.text[a:b])


STEM = re.compile(r"[A-Za-zА-ЯЁа-яё]{4,}")


def _stems(line: str) -> set[str]:
    return {word.lower()[:4] for word in STEM.findall(line)}


# words a headline shares with its lead, at least: the news's names and its verb
ECHO = 2


def told_again(header: list[Line], title: Line | None, lead: list[Line]) -> Line | None:
    """The headline is the header line the lead tells again: a rubric ("Новости из X"), a
    slogan or a teaser of another story shares a word with the lead at most; the headline
    shares its names and its news. A headline the lead hardly echoes gives way to the first
    line it echoes clearly more (not a subtitle under it, which may echo the lead more still)."""
    words = set().union(*(_stems(line) for _, _, line in lead)) if lead else set()
    if not words:
        return title
    echo = len(_stems(title[2]) & words) if title else 0
    if echo >= ECHO:
        return title
    clearly_more = max(ECHO, echo + 2)
    for item in header:
        line = item[2]
        if not is_headline(line) or MENU_LINE.search(line) or NAV_LINE.match(line):
            continue
        if len(_stems(line) & words) >= clearly_more:
            return item
    return title


def numeric_date(text: str) -> str | None:
    """ "25.10.23", "16.05.2022": a dateline's date in figures, a short year in this century."""
    day, month, year = text.split(".")
    if len(year) == 2:
        year = f"20{year}"
    if not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
        return None
    return f"{year}-{int(month):02d}-{int(day):02d}"


def article_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def normalize(text: str) -> str:
    """One spelling of each character (NFC), one kind of line end, no invisible marks: the
    text that every offset of the graph refers to."""
    text = INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return unicodedata.normalize("NFC", text)


# a headline of two sentences or a question stays a headline when the page's date is under it
HEADLINE_WORDS = 25


def _headline_over_date(lines: list[Line]) -> bool:
    """ "X вырос в 8 раз. С кем еще ...?" on the page's first line, its date line under it."""
    line = lines[0][2]
    return (
        len(lines) > 1
        and len(line.split()) <= HEADLINE_WORDS
        and is_headline(line)
        and bool(date_of(lines[1][2]) or furniture_date(lines[1][2]))
    )


def _listed_headline(lines: list[Line], at: int) -> str | None:
    """The date of a line that prints a rubric and a date before the headline the next line
    prints alone."""
    if at + 1 >= len(lines):
        return None
    line, alone = lines[at][2], lines[at + 1][2].strip()
    if len(alone) < 20 or not line.endswith(alone) or len(line) == len(alone):
        return None
    stamp = SLASH_DATE.sub(r"\1.\2.\3", line[: -len(alone)].strip())
    return date_of(stamp) or furniture_date(stamp)


def parse_article(text: str, *, source: str = "", max_chars: int = MAX_CHARS) -> Article:
    """Find headline, date, publisher and body sentences in the text of one article."""
    if len(text) > max_chars:
        raise ArticleError(
            source, f"too long for a news article ({len(text)} characters; --max-chars {max_chars})"
        )
    text = normalize(text)
    if not text.strip():
        raise ArticleError(source, "empty: no text")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\t")
    if controls > len(text) / 100 + 5:
        raise ArticleError(source, "binary data, not text")
    lines = unwrapped(page_lines(text), text)
    warnings: list[str] = []

    paragraphs = [i for i, (_, _, line) in enumerate(lines) if is_paragraph(line)]
    if not paragraphs:
        raise ArticleError(source, "no article text found (no sentences)")
    first, last = paragraphs[0], cut_off_end(lines, paragraphs[-1])
    if first == 0 and len(paragraphs) > 1 and _headline_over_date(lines):
        first = paragraphs[1]
    # "Узбекистан 16/10/2021 X." and then "X." alone: a list entry of the story, then its
    # headline; both are the header, and the entry's date is the page's
    listed, listed_at = _listed_headline(lines, first), first
    if listed is not None:
        first = next((p for p in paragraphs if p > first + 1), first)
    while (
        first >= 1
        and NUMBERED.match(lines[first][2])
        and NUMBERED.match(lines[first - 1][2])
        and any(p > first for p in paragraphs)
    ):
        first = next(p for p in paragraphs if p > first)  # the breadcrumbs' last item

    header = lines[:first]
    footer = []
    for item in lines[last + 1 :]:
        if READ_ALSO.match(item[2]):
            break  # links to other stories: nothing below belongs to this article
        footer.append(item)
    top = header_of(header)
    if listed is not None:
        top = top._replace(title=lines[listed_at + 1], date=top.date or listed)
    top = top._replace(title=told_again(header, top.title, lines[first : first + 2]))
    title = top.title[2] if top.title else None
    date = top.date
    # a dateline opens the body ("Москва, 16 мая. /ТАСС/. Министр ...") or stands on a line
    # of its own before it ("Анкара, 15 ноября 2024 года. Uzdaily.")
    # or the second or third: a subtitle, a "subscribe" line may stand above it
    openings = [lines[i] for i in range(first, last + 1) if is_body(lines[i][2])][:3]
    candidates = header[-2:] + openings
    found = next(((item, m) for item in candidates if (m := DATELINE.match(item[2]))), None)
    dateline = found[1] if found else None
    if title is not None and dateline is not None and DATELINE.match(title):
        title = None
    body = body_of(lines[first : last + 1], title)
    url = next(
        (m.group("url") for _, _, line in header + footer if (m := URL_LINE.match(line))), None
    )
    if title is None:
        warnings.append(MISSING["title"])

    # a byline with the date or the outlet may stand under the lead: "Анна Петрова ИА X",
    # "Анна Петрова 13.05.2024 06:20 Просмотров 2415"
    byline = [line for _, _, line in lines[first : last + 1][:5] if not is_paragraph(line)]
    site = (
        top.site
        or next((name for line in byline if (name := outlet_in(line))), None)
        or next((name for _, _, line in header if (name := copyright_owner(line))), None)
        or source_above([line for _, _, line in header])
    )
    # (last, a picture's credit to the outlet's own photographer)
    masthead = top.masthead or staff_photographer([line for _, _, line in lines])
    publisher = publisher_of(body, footer, dateline, site=site, masthead=masthead)
    if date is None:
        date = next((d for line in byline if (d := furniture_date(line))), None)
    if date is None:
        date = next((d for _, _, line in footer if (d := date_of(line))), None)
    if date is None and body and (stamp := STAMP_BEFORE_LEAD.match(body[0][2])):
        # "20:43 09/07/2023Кыргызские ...": a glued stamp
        date = date_of(stamp.group(1) or stamp.group(2))
    if date is None and dateline and dateline.group("numeric"):
        date = numeric_date(dateline.group("numeric"))
    if date is None and dateline:
        # "Москва, 16 мая. /ТАСС/." has no year: take one printed elsewhere ("© 2024 ТАСС")
        # (not the headline's: "визит в 2024 году" is what the news is about)
        furniture = [item for item in header + footer if item != top.title]
        year = dateline.group("year") or year_nearby(furniture)
        # ("17 СЕНТЯБРЯ": the month printed in capitals)
        day = (dateline.group("day") or dateline.group("day2") or "").lower() or None
        if not year and day and body:
            # "2 фев — ... сообщил в понедельник": the weekday picks one printed year
            # (the dateline may stand alone above the lead)
            lead = " ".join(line for _, _, line in body[:2])
            year = year_by_weekday(day, lead, " ".join(line for _, _, line in body))
        if year:
            date = day_in_year(day, year) if day else None
    if date is None:
        warnings.append(MISSING["date"])
    if publisher is None:
        warnings.append(MISSING["publisher"])

    sentences: list[Sentence] = []
    if top.title is not None and title is not None:
        start, stop, _ = top.title
        sentences.append(Sentence(0, start, stop, title))
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
        for part in sentences_of(line[offset:]):
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
        url=url,
        warnings=tuple(warnings),
    )
