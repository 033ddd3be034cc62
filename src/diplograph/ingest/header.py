"""The lines above an article's text: its headline, its date, and the site's own name where
the header prints it.

Pages print the headline once or twice, often first as the browser's title with the site's
name after it ("X — Outlet", "X | Outlet") and then alone; the site's clock, the weather, a
tag cloud and menus may stand above it; the site's name may open the page, as a title line
("Outlet | tagline") or as the logo's name above the menu.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..data.gazetteer import gazetteer
from .decode import CYRILLIC
from .layout import (
    DATED_TAIL,
    DATELINE,
    JUNK_LINE,
    LINK_REQUIRED,
    LINKING_WORDS,
    MENU_LINE,
    NAV_LINE,
    NUMBERED,
    SITE_NAME,
    TIME_LINE,
    Line,
    date_of,
    furniture_date,
    is_ticker,
)


class Header(NamedTuple):
    title: Line | None
    date: str | None
    # the name the page gives itself: after the headline, or on a title line above it
    site: str | None
    # a name alone above the menu: weaker evidence, a rubric can look the same
    masthead: str | None


# A site's clock ("• четверг, 21 Ноября, 18:44"): weekdays, months, numbers, no year to date
CLOCK_LINE = re.compile(
    r"^[\W\d_]*(?:(?:понедельник|вторник|сред[аыу]|четверг|пятниц[аыу]|суббот[аыу]|"
    r"воскресенье|пн|вт|ср|чт|пт|сб|вс|(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|"
    r"сентябр|октябр|ноябр|декабр)[а-яё]*|янв|фев|мар|апр|авг|сен|сент|окт|ноя|дек|"
    r"сегодня|вчера|г|года?)\b[\W\d_]*)+$",
    re.IGNORECASE,
)
# short words a Russian headline of five words or more hardly ever goes without
FUNCTION_WORD = re.compile(
    "^(?:" + "|".join([*LINKING_WORDS, "не", "без", "после", "перед"]) + ")$", re.IGNORECASE
)
# what the site's name follows in a browser title: a bar, or a dash between spaces; a rubric
# may stand between ("X — Новости Казахстана | Outlet.kz")
# (a run of spaces is tried from where it starts, not from each of its spaces: linear)
ADDRESS_AFTER = re.compile(r"(?<=\S)_(?:[A-Za-z][\w\-]*\.)+[a-z]{2,6}$")
BAR = re.compile(r"(?<!\s)\s+(?:\||::)\s+")
DASH = re.compile(r"(?<!\s)\s+[—–-]\s+")
TIME_OF_DAY = re.compile(r"\b\d{1,2}:\d{2}\b")
CRUMB = re.compile(r"\s[›»>→]\s")
SUFFIX = re.compile(r"(?<!\s)\s+(?:\||—|–|-|::)\s+")
RUBRIC_END = re.compile(
    r"(?<!\s)\s+[—–-]\s+(?:новости|главное|лента|политика|экономика|общество|в мире|регионы)\b"
    r"[^—–|]*$",
    re.IGNORECASE,
)
# an outlet names itself as one: "ИА Караван Инфо", "Информационный портал X"
# the words outlets call themselves by
MEDIA_WORD = re.compile(
    r"\b(?:телевидени\w*|радио\w*|газет\w*|вест(?:и|ник)\w*|новост\w*|информ\w*|медиа\w*|"
    r"пресс\w*|журнал\w*|агентств\w*|портал\w*|телеканал\w*|TV|ТВ)\b",
    re.IGNORECASE,
)
MEDIA = re.compile(
    r"^(?:ИА|информационное\s+агентство|информагентство|агентство|(?:сетевое\s+|интернет-)?"
    r"издание|(?:информационный\s+|интернет-)?портал|газета|телеканал|радио|журнал|сайт)\b",
    re.IGNORECASE,
)
LATIN_RUN = re.compile(r"[A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*)+")
# a headline says what happened: a verb, which a row of tags never has ("Президент Кореи
# планирует посетить Казахстан", "Глава МИД Японии принял министра Монголии")
VERB_FORM = re.compile(
    r"^[а-яё]{3,}(?:ает|яет|еет|ует|ит|ят|ют|ут|ал|ял|ил|ел|ла|ли|ло|ать|ять|ить|еть|ся)$"
)
# nouns of the genre that end like a verb
VERB_LOOKALIKES = frozenset({"визит", "саммит", "кредит", "транзит", "лимит", "депозит", "сеть"})
LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9«\"]")
# a byline ("Анна Петрова"): the writer, not the outlet
BYLINE = re.compile(
    r"^[А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ][а-яё]*(?:ов|ова|ев|ева|ёв|ёва|ин|ина|ын|"
    r"ына|ский|ская|цкий|цкая|енко|ян|янц|дзе|швили|ук|юк|ич)$"
)


# an outlet naming itself in a header line: "ИА REGNUM", "Медиаресурс «Большая Азия»",
# "[ «Аргументы Недели» ]"
OUTLET_IN_LINE = re.compile(
    r"(?:^|\s)(?:ИА|[Мм]едиаресурс|[Ии]нформационное\s+агентство|[Ии]нформагентство|"
    r"[Сс]етевое\s+издание|[Тт]елеканал|[Тт]елерадиокомпания)\s+"
    r"(?P<name>«[^»]{2,40}»|\"[^\"]{2,40}\"|[A-ZА-ЯЁ][\w.\-]*(?:\s+[A-ZА-ЯЁ][\w.\-]*){0,2})"
    r"|\[\s*(?P<bracketed>«[^»]{2,40}»)\s*\]"
    # "14:14, 25 февраля 2026, Бишкек - 24.kg , Анна Петрова": the town, a dash, the outlet
    r"|\d{4}\s*,\s*[А-ЯЁ][а-яё]+(?:[- ][А-ЯЁ][а-яё]+)?\s+[-–—]\s+"
    r"(?P<dashed>[\w\-]+(?:\.[a-z]{2,6})+|[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?)\s*(?:,|$)"
)


# "Читать на сайте X": a page that sends its reader to its own site
READ_ON_SITE = re.compile(
    r"^[Чч]ита(?:ть|йте)\s+(?:нас\s+)?на\s+сайте\s+(?P<name>«[^»]{2,40}»|[A-ZА-ЯЁ][\w.\-]*"
    r"(?:\s+[A-ZА-ЯЁ][\w.\-]*){0,2})\s*$"
)


def outlet_in(line: str) -> str | None:
    """The outlet a byline or a date line names: "Анна Петрова ИА REGNUM" -> "REGNUM"."""
    if sum(1 for word in line.split() if any(ch.isalpha() for ch in word)) > 8:
        return None  # a sentence, not a byline (figures and dashes are no words)
    found = OUTLET_IN_LINE.search(line)
    if found is None:
        return None
    named = next(found.group(g) for g in ("name", "bracketed", "dashed") if found.group(g))
    return named.strip('«»" ')


def is_tag_cloud(line: str) -> bool:
    """ "Турция Газ Баку общество политика Турция Газ": names and topics in a row, no
    punctuation, no function words, names repeated or capitalized throughout."""
    words = line.split()
    if len(words) < 5 or not all(w.replace("-", "").isalpha() for w in words):
        return False
    if any(FUNCTION_WORD.match(w) for w in words):
        return False
    repeated = len({w.lower() for w in words}) < len(words)
    if not repeated and any(VERB_FORM.match(w) and w not in VERB_LOOKALIKES for w in words):
        return False
    # a name in Latin letters is one tag however many words it has ("Abu Dhabi Ports Group")
    units = LATIN_RUN.sub("X", line).split()
    capitals = sum(w[0].isupper() for w in units)
    return repeated or capitals >= 0.6 * len(units)


def is_headline(line: str) -> bool:
    """A headline: three words or more, in Russian, opening with a capital (or a digit or a
    quote); not the site's clock, the weather ("Баку 14°C") or a tag cloud."""
    words = [w for w in line.split() if sum(ch.isalpha() for ch in w) >= 2]
    return (
        len(words) >= 3
        and not (len(words) <= 4 and line.isupper())  # "ЧТО ВЫ ИЩЕТЕ ?": a search box
        and "©" not in line
        and len(line) <= 300
        and bool(CYRILLIC.search(line))
        and not line[:1].islower()
        and not CLOCK_LINE.match(line)
        and not is_tag_cloud(line)
        and not is_ticker(line)
        and not DATELINE.match(line)
    )


def is_outlet_name(text: str) -> bool:
    """ "Медиапалуба", "ИА Караван Инфо", "Sputnik Узбекистан", "Российская газета": a short
    name, not a sentence, a rubric or a date."""
    words = text.split()
    return (
        1 <= len(words) <= 5
        and len(text) <= 60
        and (text[:1].isupper() or text[:1].isdigit() or text[:1] in '«"')
        and text[-1:] not in ".!?,:;"
        and not any(FUNCTION_WORD.match(w) for w in words)
        and not JUNK_LINE.match(words[0])
        and not date_of(text)
        and not BYLINE.match(text)
        and not TIME_OF_DAY.search(text)  # "Минск 20:13": the site's clock for its town
    )


def _headline_and_site(item: Line, printed: dict[str, Line]) -> tuple[Line, str | None] | None:
    """A browser title, the headline with the site's name after it: after a bar ("X | Rubric |
    Outlet - tagline"), or after a dash when the headline is printed again alone or the name
    says it is an outlet or a site's address ("X — ИА Y", "X - Outlet.uz")."""
    start, _, line = item
    bar = BAR.search(line)
    if bar:
        head = line[: bar.start()]
        names = [DASH.split(part)[0].strip() for part in BAR.split(line[bar.end() :])]
        name = next((n for n in reversed(names) if is_outlet_name(n)), None)
        confirmed = True
    else:
        found = list(DASH.finditer(line))
        glued = ADDRESS_AFTER.search(line)
        if not found and glued:
            # "X_Russian.news.cn": the site's address glued on; the outlet is named elsewhere
            head = line[: glued.start()]
            if not is_headline(head):
                return None
            return printed.get(head) or (start, start + len(head), head), None
        if not found:
            return None
        head, tail = line[: found[-1].start()], line[found[-1].end() :]
        dated = DATED_TAIL.match(tail)
        if dated:
            # "X - 04.12.2016, Outlet", "X - Outlet, 04.12.2016": a title only a site prints
            tail = dated.group("name1") or dated.group("name2")
        name = tail if is_outlet_name(tail) else None
        confirmed = bool(name and (dated or MEDIA.match(tail) or SITE_NAME.match(tail)))
    head = RUBRIC_END.sub("", head)
    if not is_headline(head):
        return None
    again = printed.get(head)
    if again is not None:
        return again, name
    if confirmed:
        return (start, start + len(head), head), name
    return None


def _site_before_date(line: str) -> str | None:
    """ "site.ru | 15.11.2024": the site's address before its date."""
    first = SUFFIX.split(line, maxsplit=1)[0].strip()
    return first if first != line.strip() and SITE_NAME.match(first) else None


def _site_after_date(line: str) -> str | None:
    """ "27 октября 2022, 19:44 — Outlet": the site signs its date line."""
    parts = DASH.split(line)
    if len(parts) != 2:
        return None
    name = parts[1].strip()
    return name if date_of(parts[0]) and is_outlet_name(name) and not BYLINE.match(name) else None


def _site_in_crumbs(line: str) -> str | None:
    """ "site.today » Rubric » Headline": breadcrumbs that start from the site's address."""
    crumbs = CRUMB.split(line)
    first = crumbs[0].strip()
    return first if len(crumbs) >= 2 and SITE_NAME.match(first) else None


def _site_title(line: str) -> str | None:
    """ "Outlet.uz | Новости Узбекистана и мира": the site's name, then what it is about."""
    parts = [p.strip() for p in SUFFIX.split(line)]
    if len(parts) != 2 or len(parts[1].split()) < 3:
        return None
    name = parts[0]
    if is_outlet_name(name) and (SITE_NAME.match(name) or LATIN_OR_DIGIT.search(name)):
        return name
    return None


def _masthead(header: list[Line], at: int, headline: Line | None) -> str | None:
    """The page's first line, a name above the menu ("Кавказ Online", then "Меню") or right
    above the headline the page prints twice."""
    line = header[at][2]
    if len(line.split()) > 4 or not is_outlet_name(line):
        return None
    after = header[at + 1][2] if at + 1 < len(header) else ""
    if "°" in after:
        return None  # the town of the weather widget
    if LATIN_OR_DIGIT.search(line) or JUNK_LINE.match(after) or MENU_LINE.search(after):
        return line
    if headline is not None and at + 1 < len(header) and header[at + 1] == headline:
        return line
    # "Общенациональное телевидение" as the page's very first line, the headline under it
    # (a name that says it is an outlet: "Центральная Азия" there is a rubric)
    if at == 0 and MEDIA_WORD.search(line) and is_headline(after) and not is_headline(line):
        return line
    return None


# an outlet's name written as a brand, not as words of a rubric or a byline: "AstanaTV",
# "РЖД-Партнер", "МЕДИА ТОК"
BRAND = re.compile(
    # (a town is never one: "Усть-Каменогорск")
    r"^(?:[A-ZА-ЯЁ][a-zа-яё]+[A-Z][A-Za-z]*|[A-ZА-ЯЁ]{2,}-[A-ZА-ЯЁ][\wЁё]*|"
    r"[A-ZА-ЯЁ]{2,}(?:\s[A-ZА-ЯЁ]{2,}){1,2})$"
)


def _brand(line: str) -> bool:
    """A short line standing alone in the header that can only be the outlet's name."""
    return bool(BRAND.match(line)) and is_outlet_name(line) and not _is_furniture(line)


def _is_furniture(line: str) -> bool:
    return bool(
        TIME_LINE.match(line)
        or JUNK_LINE.match(line)
        or CLOCK_LINE.match(line)
        or NUMBERED.match(line)
    )


# "Outlet на русском": the Russian edition of a foreign site signs its page
# (a Latin name: "Читайте нас на русском" is a link)
IN_RUSSIAN = re.compile(
    r"^(?P<name>[A-Z][^\sа-яёА-ЯЁ]*(?:\s+[^\sа-яёА-ЯЁ]+){0,2})\s+на\s+русском(?:\s+языке)?$"
)
# section words a page may print alone under its headline (not the outlet's name)
RUBRIC_WORD = re.compile(
    r"^(?:спорт|бизнес|мнени[яе]|интервью|аналитика|фото|видео|газета|культура|происшествия|"
    r"технологии|финансы|статьи|статья|лента|главное|регионы|мир|наука|авто|колонки|блоги|"
    r"новость|репортаж|комментарий|обзор|энергетика|транспорт|дипломатия|промышленность)$",
    re.IGNORECASE,
)
# an outlet's name, a word or three in capitals, alone (not a person, not a place)
NAME_ALONE = re.compile(r"^[A-ZА-ЯЁ][\w\-.]*(?:\s+[A-ZА-ЯЁ0-9][\w\-.]*){0,2}$")


def _name_under_headline(header: list[Line], title: Line) -> str | None:
    """ "Headline", maybe a subtitle, then "Outlet" alone as the header's last line, right
    above the text: how some sites sign a page they print without a menu."""
    at = header.index(title) if title in header else -1
    if at < 0 or not 1 <= len(header) - 1 - at <= 2:
        return None
    line = header[-1][2].strip()
    if not NAME_ALONE.match(line) or not is_outlet_name(line) or _is_furniture(line):
        return None
    if RUBRIC_WORD.match(line) or MEDIA.match(line):
        return None
    places = gazetteer()
    if places.by_name(line) or places.by_town(line):
        return None  # "Москва": where the news is from
    return line


PICTURE_CREDIT = re.compile(r"^(?:фото|изображение|иллюстрация|photo|image)\s*:", re.IGNORECASE)


def header_of(header: list[Line]) -> Header:
    title: Line | None = None
    date = None
    site = None
    masthead = None
    first = True
    # each line as the header prints it, first time: a headline may come again alone
    printed: dict[str, Line] = {}
    for item in reversed(header):
        printed[item[2]] = item
    # a headline printed twice ("X", a photo, "X" again) is the headline, whatever menus,
    # tags or clocks stand above it
    twice = [
        item
        for n, item in enumerate(header)
        if is_headline(item[2])
        and not MENU_LINE.search(item[2])
        and any(other[2] == item[2] for other in header[n + 1 : n + 7])
    ]
    # "X" then "prev Предыдущие новости": a link to the story before this one
    links = {header[n - 1] for n, item in enumerate(header) if n and NAV_LINE.match(item[2])}
    # a picture's credit, then its caption twice (the alt text and the caption under it)
    captions = {
        header[n + 1] for n, item in enumerate(header[:-1]) if PICTURE_CREDIT.match(item[2])
    }
    twice = [item for item in twice if item not in links and item not in captions]
    if twice:
        title = twice[0]
    for at, item in enumerate(header):
        line = item[2]
        terms = LINK_REQUIRED.search(line) or READ_ON_SITE.match(line) or IN_RUSSIAN.match(line)
        if terms:
            site = site or terms.group("name").strip('«»"')
            continue
        found = date_of(line) or furniture_date(line)
        if found:
            date = date or found
            site = site or outlet_in(line) or _site_before_date(line) or _site_after_date(line)
            continue
        site = site or _site_in_crumbs(line)
        if _is_furniture(line) or item in links:
            continue
        if first:
            masthead = _masthead(header, at, title)
            first = False
        if title is None or twice or line.startswith(title[2] + " "):
            with_site = _headline_and_site(item, printed)
            if with_site is not None:
                title = title or with_site[0]
                site = site or with_site[1]
                dated = DATED_TAIL.match(DASH.split(line)[-1])
                if dated:
                    date = date or date_of(dated.group("date1") or dated.group("date2"))
                continue
        if title is None:
            site = site or _site_title(line)
            # menus ("Главная | Новости | ...") are not headlines; a lead paragraph may
            # follow the headline
            if not MENU_LINE.search(line) and is_headline(line):
                title = item
    if title is None or (masthead is not None and title[2] == masthead):
        masthead = None
    if title is not None and masthead is None:
        masthead = next((item[2] for item in header if item != title and _brand(item[2])), None)
    if title is not None and masthead is None and site is None:
        masthead = _name_under_headline(header, title)
    return Header(title, date, site, masthead)
