"""How news pages are laid out, line by line: a headline (sometimes twice), a date line, a
time line, the body, then the site's footer (counters, "avatar", the publisher's name, "other
news" links).

Rules: the body runs from the first to the last paragraph (a long last line with no full stop
is a cut-off sentence and stays); site furniture (menus, counters, tags, share buttons,
"Фото:" captions) and "Читайте также" link blocks are dropped, and a paragraph printed twice
is read once. A dateline ("Москва, 16 мая. /ТАСС/.") is a sentence of its own; a dateline
without a year takes the one year the page prints elsewhere ("© 2024 ТАСС").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..grammars.dates import parse_date_line
from .decode import CYRILLIC

Line = tuple[int, int, str]  # start and stop offsets in the text, the stripped line

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
# a sentence ends inside the line: a paragraph whose last sentence was cut off
INNER_END = re.compile(r"[а-яё]{3,}[.!?…][»\"”)]?\s+[А-ЯЁA-Z«\"]")
SITE_NAME = re.compile(r"^[A-Za-zА-Яа-яЁё0-9\-]+(\.[A-Za-z]{2,6})+$")
# the page's own address, copied with it: a line of its own before or after the text, bare or
# named ("Источник: https://…", "Ссылка на материал: https://…")
URL_LINE = re.compile(
    r"^(?:(?:источник|ссылка(?: на (?:материал|статью|новость))?|оригинал|адрес|source|url|link)"
    r"\s*:\s*)?(?P<url>https?://[^\s/<>\"«»]+\.[^\s<>\"«»]+?)[.,;]?$",
    re.IGNORECASE,
)


DATE_PREFIX = re.compile(
    r"^(?:дата публикации|опубликовано|дата|обновлено|published|date)\s*:?\s*", re.IGNORECASE
)
WEEKDAY = re.compile(r"^(?:пн|вт|ср|чт|пт|сб|вс)\.?,\s*", re.IGNORECASE)
DIGIT = re.compile(r"\d")
SLASH_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
MENU_LINE = re.compile(r"(?:\s[|/·•]\s.*){1,}|(?:\S+\s{2,}){2,}\S")


@lru_cache(maxsize=4096)  # the header, the body and the paragraph tests all ask of a line
def date_of(line: str) -> str | None:
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


def cut_off_end(lines: list[Line], last: int) -> int:
    """An excerpt may stop mid-sentence: a long last line with no full stop is still text."""
    rest = [i for i in range(last + 1, len(lines)) if not JUNK_LINE.match(lines[i][2])]
    if len(rest) == 1:
        line = lines[rest[0]][2]
        if (
            word_count(line) >= 8
            and len(CYRILLIC.findall(line)) >= 20
            and not (date_of(line) or MENU_LINE.search(line) or READ_ALSO.match(line))
        ):
            return rest[0]
    return last


def body_of(lines: list[Line], title: str | None) -> list[Line]:
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
        if links and not is_paragraph(line):
            continue
        links = False
        if line in seen or not is_body(line):
            continue
        seen.add(line)
        out.append(item)
    return out


YEAR = re.compile(r"(?<![\d\-–—])(?:19|20)\d\d(?![\d\-–—])(?!\s*[\-–—]\s*\d)")


def year_nearby(lines: list[Line]) -> str | None:
    """The one year printed in the page's short lines ("© 2024 ТАСС"), if there is one."""
    years = {
        m.group(0) for _, _, line in lines if word_count(line) <= 8 for m in YEAR.finditer(line)
    }
    return years.pop() if len(years) == 1 else None


def page_lines(text: str) -> list[Line]:
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


def word_count(line: str) -> int:
    return len(line.split())


def is_paragraph(line: str) -> bool:
    """Body text: several words ending like a sentence, or simply long."""
    if JUNK_LINE.match(line) or date_of(line):
        return False
    words = word_count(line)
    ends = SENTENCE_END.search(line) or INNER_END.search(line)
    return (words >= 8 and bool(ends)) or words >= 25


def is_body(line: str) -> bool:
    return not (
        JUNK_LINE.match(line) or TIME_LINE.match(line) or date_of(line) or SITE_NAME.match(line)
    )


def header_of(header: list[Line]) -> tuple[str | None, str | None]:
    title = None
    date = None
    for _, _, line in header:
        if TIME_LINE.match(line) or JUNK_LINE.match(line):
            continue
        found = date_of(line)
        if found:
            date = date or found
            continue
        # the first headline-like line before the body; menus ("Главная | Новости | ...")
        # are not headlines, and a lead paragraph may follow the headline
        if MENU_LINE.search(line):
            continue
        if DATELINE.match(line):
            continue
        if title is None and word_count(line) >= 3 and len(line) <= 300 and CYRILLIC.search(line):
            title = line
    return title, date
