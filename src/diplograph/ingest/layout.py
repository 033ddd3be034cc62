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

from ..grammars.dates import find_dates, parse_date_line
from .monthnames import ENGLISH_DATE, MONTH_FIRST, english, month_first

Line = tuple[int, int, str]  # start and stop offsets in the text, the stripped line

# the prepositions and conjunctions a headline hardly goes without and a sentence never ends on
LINKING_WORDS = (
    "и", "а", "но", "или", "в", "во", "на", "с", "со", "к", "ко", "о", "об", "по", "из", "от",
    "до", "за", "для", "при", "между", "через", "под", "над", "у", "что", "как",
)  # fmt: skip

TIME_LINE = re.compile(r"^#?\s*\d{1,2}:\d{2}(\s*\(\w+\))?$")
# the links to the stories before and after this one
NAV = r"(?:prev|next)\b.*|(?:предыдущ|следующ)\w+\s+(?:новост|стать|материал|запис)\w*"
NAV_LINE = re.compile(f"^(?:{NAV})$", re.IGNORECASE)
# Site furniture: view counters ("# 2688"), avatars, share buttons, section links, tags.
JUNK_LINE = re.compile(
    r"^(#\s*\d+|avatar|фото:.*|фото\s*[-–—].*|источник фото.*|поделиться.*|читайте также.*|"
    r"(?:автор|текст|редактор)\w*\s*:.*|©[^/\n]{1,60}/.*|"  # "© Агентство / Фотограф"
    r"смотрите также.*|подписывайтесь.*|читать далее.*|подробнее.*|читать полностью.*|"
    r"рекомендуем.*|"
    r"реклама|#\s*другие новости.*|другие новости.*|новости партнеров.*|комментарии.*|"
    r"главная|новости|политика|экономика|в мире|общество|меню|поиск.*|рус|eng|en|ru|az|kz|"
    # an age mark ("18+"), a language switch ("UA", "ENG"), the weather ("Баку +14°C")
    r"\d{1,2}\+|[a-z]{2}|eng|rus|ukr|uzb|kaz|укр|узб|каз|қаз|[^°]*\d\s*°\s*[cсf]?|"
    r"вход.*|регистрация|войти|видео|фото|фотогалерея|версия для печати|подписаться.*|"
    r"все новости|лента новостей|"
    r"(?:теги|метки|tags|ключевые слова)\s*:.*|(?:примерное\s+)?время\s+чтения\s*:.*|"
    r"(?:просмотр\w*|views|прочитано)\s*:?\s*[\d\s]+|"
    r"[\d\s]+(?:просмотр\w*|views)|(?:если вы )?нашли ошибку.*|.*ctrl\s*\+\s*enter.*|"
    r"все права защищены\.?|(?:https?://|www\.)\S+|"
    # breadcrumbs, each step closed by an arrow: "В мире> Текущие события>"
    r"(?:[^>›\n]{1,40}[>›]\s*)+|" + NAV + "|"
    r"курсы?\s+(?:валют|национального\s+банка|нб|цб)\b.*|"
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
# the page's terms of reprint name the page: "ссылка на сайт ИА «X» обязательна",
# "допускается только при наличии гиперссылки на X.az"
LINK_REQUIRED = re.compile(
    r"(?i:ссылк[аиу]|гиперссылк[аиу])\s+на\s+(?:(?i:сайт|портал|издание|агентство|ИА)\s+)*"
    r"(?P<name>«[^»]{2,40}»|\"[^\"]{2,40}\"|[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,6}\b)"
)
# a browser title's tail: "X - 04.12.2016, Outlet", "X - Outlet, 04.12.2016"
DATED_TAIL = re.compile(
    r"^(?:(?P<date1>\d{1,2}\.\d{1,2}\.(?:19|20)\d\d),\s*(?P<name1>.+)|"
    r"(?P<name2>.+?),\s*(?P<date2>\d{1,2}\.\d{1,2}\.(?:19|20)\d\d))$"
)
SENTENCE_END = re.compile(r"[.!?…»\"”)]$")
QUOTED_END = re.compile(r"[^.!?…»\"”)\s][»\"”)]$")
DATELINE = re.compile(
    # not a weekday ("Вт, 21 мая 2024" is a date line)
    r"^(?!(?i:пн|вт|ср|чт|пт|сб|вс|понедельник|вторник|среда|четверг|пятница|суббота|"
    r"воскресенье)\b)"
    # a city, maybe its country ("БАКУ, Азербайджан, 11 июня"), the day, maybe the year
    r"(?P<place>[А-ЯЁ][А-ЯЁа-яё]+(?:[- ][А-ЯЁ][А-ЯЁа-яё]+)?(?:,\s+[А-ЯЁ][а-яё]+)?"
    # "ЛАНГКАВИ (Малайзия), 11 ноя": the country in brackets
    r"(?:\s+\([А-ЯЁ][а-яё]+(?:\s[А-ЯЁ][а-яё]+)?\))?)"
    # "Каир , 3 мая, 2019, 10:15 — ИА X.": a space before the comma, one before the year, a clock
    # ("ЕРЕВАН, 17 СЕНТЯБРЯ, /X/.": the month in capitals too)
    r"(?:\s?,\s+(?P<day>\d{1,2}\s+(?:[а-яё]+|[А-ЯЁ]{3,}\b))"
    r"(?:,?\s+(?P<year>\d{4})(?:\s*г(?:ода|\.)?)?)?"
    r"(?:,\s+\d{1,2}:\d{2})?"
    # "Бишкек, 25.10.23. /X/", "ДУШАНБЕ, 16.05.2022 /X/": the date in figures
    r"|,\s+(?P<numeric>\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2}))(?=[\s.,])"
    # or full stops between: "АСТАНА. KAZINFORM – ", "Москва. 11 июня. INTERFAX.RU - ",
    # "Ташкент. 20 августа. УзТАГ – " (the dash may touch the next word)
    r"|\.\s+(?:(?P<day2>\d{1,2}\s+[а-яё]+)\.\s+)?"
    # or the outlet in quotes: "Душанбе. 9 февраля. «X» — "
    r"(?P<agency5>(?=\S{3})[A-ZА-ЯЁ][a-zа-яё]?[A-ZА-ЯЁ][A-ZА-ЯЁ0-9.\-]*|«[^»]{2,40}»)\s+[-–—]"
    # "Улаанбаатар /АГЕНТСТВО/ Текст": no date, the agency in slashes right after the city
    # ("БАКУ/Агентство/ - Текст": the slashes may touch the city)
    r"|(?=\s*/[^/\s][^/]{1,40}/\s))"
    r"\s*[.,\-–—]*\s*(?:/(?P<agency>[^/]{2,120})/\.?)?"
    # "Ташкент, 15 апреля 2024 г. — Корр." or "— Корр. ИА «Дунё»": the writer, maybe the agency
    r"(?:(?<=[.\s])(?:(?:наш|соб\.?|спец\.?)\s*)?[Кк]орр(?:еспондент)?\.?"
    r"(?:\s+(?P<agency3>(?:ИА|агентства|агентство)?\s*«[^»]{2,40}»|[A-Z][\w\-.]+))?\s*\.?)?"
    # "Бишкек, 5 июня 2024 г. — ИА Горный Край.": after a dash, an agency's name in any script
    r"(?:(?<=[—–-]\s)(?P<agency4>(?:ИА\s+)?(?:«[^»]{2,40}»|[A-ZА-ЯЁ][\w\-]*"
    r"(?:\s+[A-ZА-ЯЁ][\w\-]*){0,2}))\s*\.(?=\s|$))?"
    # "Тегеран, 5 августа, АГЕНТСТВО – Текст": the agency after the day's comma, then a dash
    r"(?:(?<=,\s)(?P<agency6>[A-ZА-ЯЁ][\w\-.]*(?:\s+[A-ZА-ЯЁ0-9][\w\-.]*){0,2})\s+[–—-]\s)?"
    # "Астана, 22 декабря. Kazinform. ..." : an agency in Latin letters or capitals
    r"(?:(?<=[.\s])(?P<agency2>[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?|[А-ЯЁ]{3,})\s*\.(?=\s|$))?"
)
# the writer named in a dateline ("/Корр./", "/Наш корр./") is not the publisher
# a sentence ends inside the line: a paragraph whose last sentence was cut off
# (the letters looked behind, the spaces only from where they start: linear in the line)
INNER_END = re.compile(r"(?<=[а-яё]{3})[.!?…][»\"”)]?\s+[А-ЯЁA-Z«\"]")
SITE_NAME = re.compile(r"^[A-Za-zА-Яа-яЁё0-9\-]+(\.[A-Za-z]{2,6})+$")
# the page's own address, copied with it: a line of its own before or after the text, bare or
# named ("Источник: https://…", "Ссылка на материал: https://…")
URL_LINE = re.compile(
    r"^(?:(?:источник|ссылка(?: на (?:материал|статью|новость))?|оригинал|адрес|source|url|link)"
    r"\s*:\s*)?(?P<url>https?://[^\s/<>\"«»]+\.[^\s<>\"«»]+?)[.,;]?$",
    re.IGNORECASE,
)


DATE_PREFIX = re.compile(
    r"^(?:дата публикации|дата создания|опубликовано|опубл\.|размещено|создано|добавлено|"
    r"новость от|дата|обновлено|published|date)\s*:?\s*",
    re.IGNORECASE,
)
WEEKDAY = re.compile(r"^(?:пн|вт|ср|чт|пт|сб|вс)\.?,\s*", re.IGNORECASE)
DIGIT = re.compile(r"\d")
SLASH_DATE = re.compile(r"\b(\d{1,2})[/-](\d{1,2})[/-](\d{4})\b")  # "05/03/2024", "20-08-2018"
# "2021-2-25 08:08 |": an ISO date with its month and day not padded
LOOSE_ISO = re.compile(r"^((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})\b")
# a rubric before the date ("Политика 7 июня 2025"): one word, then the day
RUBRIC_BEFORE = re.compile(
    r"^(?:[А-ЯЁA-Z][а-яёa-z]+\s+){1,2}(?=\d{1,2}\s+[а-яё]+\s+(?:19|20)\d\d\b)"
)  # "Грузия Статьи 14 марта 2011": a rubric, or a country and a rubric
# menus: "Главная | Новости", words spaced apart; breadcrumbs of a few words each
# ("Главная › Экономика"; a headline may hold a " > " of its own)
# (each run of spaces or letters tried from where it starts: linear in the line)
# "1. Главная", "2. Морские новости", "3. Заголовок статьи...": a breadcrumb numbered item by
# item, its last item the headline cut short
NUMBERED = re.compile(r"^\d{1,2}\.\s+\S")
MENU_LINE = re.compile(
    r"\s[|/·•]\s|(?<!\S)(?:\S+\s{2,}){2,}\S|"
    r"^\S+(?:\s\S+){0,2}(?:\s[›»>→]\s\S+(?:\s\S+){0,2})+$"
)


# a bullet or a clock before the date ("- 14 октября", "13:39 19/04/2024"), a comma between
# day and year ("14 октября, 2025"), a view counter after it ("15.07.2022 4731")
BULLET = re.compile(r"^[-–—•·*]\s*")
LEADING_TIME = re.compile(r"^\d{1,2}:\d{2}\s*[,|]?\s*")
DAY_COMMA_YEAR = re.compile(r"\b(\d{1,2}\s+[А-ЯЁа-яё]+),\s*((?:19|20)\d\d)\b")
TRAILING_COUNT = re.compile(r"(?<!\s)\s+\d+$")
# what follows the date: when it was updated, a note in brackets, the weekday
AFTER_DATE = re.compile(
    r"\s*(?:\(.*\)|[,|]?\s*(?:обновлено|изменено|изм\.|updated)\b.*|"
    # the time after the date, maybe the rubric after it: "30 сентября 2011, 13:01, Зерно"
    r"(?<=\d)[,|]?\s+\d{1,2}:\d{2}\b[^:]*|\s*\|$|"
    r",\s*(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье))$",
    re.IGNORECASE,
)
# "11 июн. 2024": a month cut short
SHORT_MONTH = re.compile(
    r"\b(\d{1,2})\s+(янв|фев|мар|апр|мая|июн|июл|авг|сент?|окт|ноя|дек)\.?\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
MONTHS = {"янв": 1, "фев": 2, "мар": 3, "апр": 4, "мая": 5, "июн": 6, "июл": 7, "авг": 8}
MONTHS |= {"сен": 9, "сент": 9, "окт": 10, "ноя": 11, "дек": 12}


# a crawl that knew only the month: "date 2022-04"
MONTH_STAMP = re.compile(
    r"^(?:date|дата(?:\s+публикации)?|опубликовано|published)\s*:?\s*((?:19|20)\d\d-(?:0[1-9]|1[0-2]))$",
    re.IGNORECASE,
)


def _short_month(match: re.Match[str]) -> str:
    day, month, year = match.groups()
    return f"{day}.{MONTHS[month.lower()]:02d}.{year}"


def _padded(match: re.Match[str]) -> str:
    year, month, day = match.groups()
    return f"{year}-{int(month):02d}-{int(day):02d}"


@lru_cache(maxsize=4096)  # the header, the body and the paragraph tests all ask of a line
def date_of(line: str) -> str | None:
    """A date line as sites print it: "11 марта 2025", "Дата публикации: 27.02.2024",
    "Будапешт | 4 марта 2024", "Вт, 21 мая 2024", "05/03/2024", "13:39 19/04/2024",
    "14:17 15.07.2022 4731", "- 14 октября, 2025", "11 июн. 2024 (обновлено 12 июн.)"."""
    # a whole date always has digits (day, year): most lines never reach the date grammar
    if len(line) > 80 or not DIGIT.search(line):
        return None
    found = parse_date_line(line)
    if found:
        return found
    month = MONTH_STAMP.match(line)
    if month:
        return month.group(1)
    text = WEEKDAY.sub("", DATE_PREFIX.sub("", BULLET.sub("", line.strip().strip("[]"))))
    text = text.removesuffix(".") if text[-2:-1].isdigit() else text
    text = DAY_COMMA_YEAR.sub(r"\1 \2", SLASH_DATE.sub(r"\1.\2.\3", LEADING_TIME.sub("", text)))
    # "14 марта 2011 10:20 (UTC +03:00)": the note in brackets, then the time
    text = ENGLISH_DATE.sub(english, MONTH_FIRST.sub(month_first, text))
    text = RUBRIC_BEFORE.sub("", text)  # before "мая" is made a figure the rubric needs
    text = SHORT_MONTH.sub(_short_month, AFTER_DATE.sub("", AFTER_DATE.sub("", text)))
    text = LOOSE_ISO.sub(_padded, text)
    for candidate in (text, TRAILING_COUNT.sub("", text)):
        if candidate == line:
            continue
        found = parse_date_line(candidate)
        if found:
            return found
    for part in re.split(r"\s[|·•]\s", text):
        found = parse_date_line(part.strip())
        if found:
            return found
    return None


# a date among other furniture on a short line: "Политика 16:02, 18.07.2018", "25.10.2025
# Медиаресурс «X» 30459", "site.ru | 15. 11. 2024 Шрифт: a a a", "Анна Петрова 13.05.2024
# 06:20 Просмотров 2415"
SPACED_DATE = re.compile(r"(?<![\d.])(\d{1,2})\.\s(\d{1,2})\.\s((?:19|20)\d\d)(?!\d)")
CLOCK = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b")
# the rest of such a line is a few names and labels, never a sentence
FURNITURE_WORDS = 4
YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")


# a picture's caption signed with the site's name and stamp: "Порт Актау - Outlet Страна,
# 1920, 14.10.2021" (the number is the picture's width)
CAPTION_STAMP = re.compile(
    r"\s[-–—]\s[^,]{2,40},\s*\d{3,4},\s*(?P<date>\d{1,2}\.\d{1,2}\.(?:19|20)\d\d)$"
)


@lru_cache(maxsize=4096)
def furniture_date(line: str) -> str | None:
    """The one date of a short furniture line that holds more than the date: a rubric, a
    byline or the site's name before it, a clock, a counter or an address after it; or the
    stamp of a picture's caption."""
    if captioned := CAPTION_STAMP.search(line):
        return date_of(captioned.group("date"))
    if len(line) > 120 or not YEAR_DIGITS.search(line):
        return None
    text = SPACED_DATE.sub(r"\1.\2.\3", line)
    found = find_dates(text)
    days = {d.value for d in found if len(d.value) == 10}
    if len(days) != 1:
        return None
    rest = CLOCK.sub(" ", text)
    for mention in found:
        rest = rest.replace(text[mention.start : mention.stop], " ")
    words = [w for w in rest.split() if sum(ch.isalpha() for ch in w) >= 2]
    return days.pop() if len(words) <= FURNITURE_WORDS else None


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


# A labelled date with more on its line: a crawl's "date 2025-10-14" then the page's URL, its
# headline or its lead. A bare date is split off only before a URL: "15.04.2024 в Ташкенте
# прошли переговоры" is a sentence.
DATE_STAMP = re.compile(
    r"^(?P<label>(?:date|дата(?:\s+публикации)?|опубликовано|published)\s*:?\s*)?"
    r"(?:\d{4}-\d{2}(?:-\d{2})?|\d{1,2}[./]\d{1,2}[./]\d{4})(?:[T\s,]+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
DASH_START = re.compile(r"^[-–—]\s+(?=[А-ЯЁA-Z«\"])")


def page_lines(text: str) -> list[Line]:
    """Non-blank lines with their offsets, stripped of surrounding spaces; a date stamp and
    what follows it on the same line are two lines."""
    out = []
    offset = 0
    for raw in text.split("\n"):
        # "> Заголовок - Сайт": a feed quotes its lines
        stripped = raw.strip().removeprefix("> ").lstrip()
        if stripped:
            start = offset + raw.index(stripped)
            stamp = DATE_STAMP.match(stripped)
            dashed = stamp and DASH_START.match(stamp.group("rest"))
            if stamp and (stamp.group("label") or URL.match(stamp.group("rest")) or dashed):
                # "13.05.2022 - Заголовок": the date, a dash, then the headline
                cut = stamp.start("rest") + (dashed.end() if dashed else 0)
                head = stripped[:cut].rstrip()
                out.append((start, start + len(head), head))
                start += cut
                stripped = stripped[cut:]
            glued = GLUED_STAMP.search(stripped[:300]) if len(out) < 3 else None
            if glued:
                # "Заголовок15.04.2016 16:44ГОРОД, 15 апреля ...": a page whose lines lost their
                # breaks; the headline, the stamp and the lead are three lines
                for cut_from, cut_to in ((0, glued.start()), glued.span()):
                    part = stripped[cut_from:cut_to]
                    out.append((start + cut_from, start + cut_to, part))
                start += glued.end()
                stripped = stripped[glued.end() :]
            out.append((start, start + len(stripped), stripped))
        offset += len(raw) + 1
    return out


GLUED_STAMP = re.compile(
    r"(?<=[а-яёa-z»\"!?])\d{1,2}\.\d{1,2}\.(?:19|20)\d\d,?\s*\d{1,2}:\d{2}(?=[А-ЯЁA-Z])"
)


def word_count(line: str) -> int:
    return len(line.split())


# a ticker of other stories: each headline followed by its date and clock ("... 3 Мая 2024 г.,
# 09:50Министр спорта вручил ...")
TICKER_STAMP = re.compile(r"(?:19|20)\d\d(?:\s*г\.?)?,?\s+\d{1,2}:\d{2}")
TICKER_STAMPS = 3


def is_ticker(line: str) -> bool:
    return len(TICKER_STAMP.findall(line)) >= TICKER_STAMPS


def is_paragraph(line: str) -> bool:
    """Body text: several words ending like a sentence, or simply long."""
    if JUNK_LINE.match(line) or date_of(line) or is_ticker(line) or CAPTION_STAMP.search(line):
        return False
    words = word_count(line)
    ends = SENTENCE_END.search(line) or INNER_END.search(line)
    if QUOTED_END.search(line) and not INNER_END.search(line):
        # a headline may end in a quoted name ('... по "Турецкому потоку"'); a sentence that
        # ends in a quote has its full stop before or after it
        ends = None
    return (words >= 8 and bool(ends)) or words >= 25


def is_body(line: str) -> bool:
    return not (
        JUNK_LINE.match(line)
        or TIME_LINE.match(line)
        or date_of(line)
        or SITE_NAME.match(line)
        or (not SENTENCE_END.search(line) and furniture_date(line))
    )
