"""Who published an article: the outlet whose page it is, not an agency it relays.

In order: the name the page gives itself (after its headline, on a title line above it, "Сайт
X — ...", a copyright line), an "Источник:" line, "передает X" / "Как сообщает X," / "корреспондент
«X»" in the text (not a ministry, not one of the big agencies every site relays), the dateline's
agency (a correspondent, "/Корр./", is nobody's name), the closing lines (site name, "подготовлен
редакцией X", a name alone), and last a name alone above the page's menu."""

from __future__ import annotations

import re
from itertools import pairwise

from razdel import sentenize

from ..data.gazetteer import gazetteer
from .header import BYLINE
from .layout import (
    JUNK_LINE,
    LINK_REQUIRED,
    SITE_NAME,
    TIME_LINE,
    URL_LINE,
    Line,
    date_of,
    word_count,
)

CORRESPONDENT = re.compile(
    r"^(?:(?:наш|соб\.?|спец\.?)\s*)?корр(?:еспондент)?\.?\s*|^(?:ИА|агентство|агентства)\s+",
    re.IGNORECASE,
)
REPORTED_BY = re.compile(
    r"(?:передает|передаёт|сообщает|информирует|пишет|сообщили|со ссылкой на)\s+"
    r"(?:(?:собственный\s+|специальный\s+)?корреспондент\w*\s+)?"
    r"(?:(?:информационное\s+)?(?:агентство|информагентство|издание|портал|сайт|газета|"
    r"телеканал|ИА|агентства|издания|портала|газеты|сайта|телеканала)\s+)?"
    # ("передает Outlet 24": a number closes a name)
    r"(?P<name>«[^»]{2,40}»|[A-ZА-ЯЁ][\w.\-]*(?:\s+(?:[A-ZА-ЯЁ][\w.\-]*|\d{1,3}\b)){0,2}"
    # "передает golos-naroda.kz": a site by its address
    r"|[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,6})"
    # "..., передает X со ссылкой на пресс-службу": the site, then where it took the news
    r"(?:\s*[.,]?\s*$|\s+со\s+ссылкой\s+на\b)"
)
# The lead, its first sentences, is where a site names itself ("передает X"); "пишет X"
# further down cites another outlet for one detail.
LEAD = 3
# "Ранее X писали, что ...": the site recalls its own earlier story
EARLIER = re.compile(
    r"\b[Рр]анее\s+(?:(?:издание|портал|сайт|агентство|газета)\s+)?"
    r"(?P<name>«[^»]{2,40}»|[A-ZА-ЯЁ][\w.\-]*(?:\s+[A-ZА-ЯЁ][\w.\-]*)?)\s+"
    r"(?:писал[аои]?|сообщал[аои]?|рассказывал[аои]?)\b"
)
# "Как сообщал «X» ранее", "Как ранее писал X,": the same, told the other way round
EARLIER_AS = re.compile(
    r"^Как\s+(?:ранее\s+)?(?:сообщал[аои]?|писал[аои]?)\s+(?:ранее\s+)?"
    r"(?:(?:издание|портал|сайт|агентство|газета)\s+)?"
    r"(?P<name>«[^»]{2,40}»|[A-ZА-ЯЁ][\w.\-]*(?:\s+[A-ZА-ЯЁ][\w.\-]*)?)"
    r"(?:\s+ранее\b|\s*,)"
)
# "Как сообщает агентство Kun.uz, ..." at the start of a sentence
AS_REPORTED = re.compile(
    r"^Как\s+(?:сообщает|сообщило|передает|передаёт|пишет|информирует)\s+"
    r"(?:(?:собственный\s+)?корреспондент\w*\s+)?"
    # "Как сообщает турецкое бюро X,": an office of the outlet abroad
    r"(?:(?:информационное\s+|[а-яё]+(?:ое|ий|ая)\s+(?=бюро|агентство|издание))?"
    r"(?:агентство|информагентство|издание|портал|сайт|газета|бюро|"
    r"телеканал|ИА|агентства|издания|портала|газеты|сайта)\s+)?"
    r"(?P<name>«[^»]{2,40}»|[A-ZА-ЯЁ][\w.\-]*(?:\s+[A-ZА-ЯЁ][\w.\-]*){0,2})\s*,"
)
# who gave the news is not always who published it: "сообщает МИД Узбекистана"
NOT_PUBLISHER = re.compile(
    r"^(?:МИД|Мин[а-яё]+|Министерств\w*|Правительств\w*|Пресс-служб\w*|Посольств\w*|"
    r"Администраци\w*|Кремл\w*|Ведомств\w*|Аппарат\w*)\b"
)
# The agencies every outlet relays: named in the text ("сообщает ТАСС") they are a source, not
# the page's publisher (their own pages name them in the dateline or the header).
NEWS_AGENCY = re.compile(
    r"^(?:(?:ИТАР-)?ТАСС|РИА\s+Новости|Интерфакс|Прайм|Reuters|Рейтер|AFP|Agence\s+France|"
    r"Франс[\s-]Пресс|AP|Associated\s+Press|Ассошиэйтед\s+Пресс|Bloomberg|Блумберг|Синьхуа|"
    r"Xinhua|Анадолу|Anadolu|IRNA|ИРНА|Kyodo|Киодо|Yonhap|Ёнхап|Йонхап|Рёнхап|dpa|ANSA|EFE|"
    r"Sputnik|Спутник|BBC|Би-би-си|CNN)\b",
    re.IGNORECASE,
)
# "Подробнее – корреспондент «МИР 24» Кирилл Иванов": the outlet's own reporter, in the lead
CORRESPONDENT_OF = re.compile(
    r"\b[Кк]орреспондент\w*\s+(?:(?:агентства|телеканала|издания|портала|газеты|радио|ИА)\s+)?"
    r"(?P<name>«[^»]{2,40}»|[A-Z][\w.\-]*(?:\s+[A-Z0-9][\w.\-]*){0,2})"
)
# "сообщил в эксклюзивном интервью X": an interview the outlet itself took
OWN_INTERVIEW = re.compile(
    r"\b(?:специальн|эксклюзивн)\w+\s+интервью\s+"
    r"(?:(?:телеканалу|агентству|изданию|порталу|газете|радио|ИА)\s+)?"
    r"(?P<name>«[^»]{2,40}»|[A-ZА-ЯЁ][\w.\-]*(?:\s+[A-ZА-ЯЁ0-9][\w.\-]*){0,2})"
)
# a site naming itself: "Сайт news.example - агрегатор новостей", "Сетевое издание «X»"
SELF_NAMED = re.compile(
    r"^(?i:сайт|портал|интернет-портал|информационный\s+портал|сетевое\s+издание|"
    r"интернет-издание|информационное\s+агентство)\s+"
    r"(?P<name>«[^»]{2,40}»|\"[^\"]{2,40}\"|[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,6})"
    r"(?=\s*(?:[-–—,]|(?i:является|зарегистрирован)))"
)
# the site asks to be followed under its own name: "Сделай X своим источником новостей",
# "Подписывайтесь на X в Дзен"
NAME = r"«[^»]{2,40}»|[A-ZА-ЯЁ][\w.\-]*(?:\s+[A-ZА-ЯЁ][\w.\-]*)?"
FOLLOW_US = re.compile(
    rf"\b(?:[Сс]делай(?:те)?\s+(?P<name>{NAME})\s+сво\w+\s+источник\w*|"
    rf"[Пп]одпи(?:сывайтесь|шитесь)\s+на\s+(?P<name2>{NAME})\s*(?:\s+в\s+"
    r"(?:Дзен\w*|Telegram|Телеграм\w*|VK|ВКонтакте|Google|Max|MAX|Одноклассник\w*)"
    # "Подписывайтесь на X: Новости | Дзен | VK": the site, then its channels
    r"|:\s*[^:]*\b(?:Дзен|Telegram|VK)\b)"
    # "... в Telegram-канале газеты «X»": the site's own channel
    r"|\bв\s+(?:Telegram|Телеграм)-канале\s+(?:газеты|издания|портала|агентства|"
    r"телеканала|радио)\s+(?P<name3>«[^»]{2,40}»))"
)
# "лучшее в «X» - подпишитесь на наш Telegram": the site's own channel
OUR_CHANNEL = re.compile(
    r"«(?P<name>[^»]{2,40})»\s*[-–—:]?\s*[Пп]одпи(?:шитесь|сывайтесь)\s+на\s+наш"
)
# "Как сообщает европейское бюро X со ссылкой на ...": the outlet's office abroad, anywhere
BUREAU = re.compile(
    r"\b(?:сообщает|сообщило|передает|передаёт|пишет)\s+[а-яё]+(?:ое|ий)\s+бюро\s+"
    r"(?P<name>«[^»]{2,40}»|[A-ZА-ЯЁ][\w.\-]*(?:\s+[A-ZА-ЯЁ][\w.\-]*)?)"
)
# "9 декабря, Позірк. Текст ...": the day first, then the outlet (a town there is the place)
DAY_FIRST = re.compile(
    r"^\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|"
    # ("28 июня – Outlet.": a dash for the comma)
    r"декабря)(?:\s+(?:19|20)\d\d(?:\s*г(?:ода|\.)?)?)?(?:,|\s+[–—-])\s+"
    r"(?P<name>[A-ZА-ЯЁІЎ][\w.\-]+(?:\s+[A-ZА-ЯЁ][\w.\-]+)?)\.\s"
)
# "14 октября, Гомель /Корр. АГЕНТСТВО/. Текст": the day first, the town, the agency in slashes
DAY_TOWN_SLASHED = re.compile(
    r"^\d{1,2}\s+[а-яё]+(?:\s+(?:19|20)\d\d)?,\s+[А-ЯЁ][\w\-]+\s+/(?P<agency>[^/]{2,60})/"
)
# "Ташкент, Узбекистан (UzDaily.uz) -- 16 октября ...": the outlet in brackets after the place
# (a country there, "ЛАНГКАВИ (Малайзия), 11 ноя", has a comma after it, not a dash)
BRACKETED = re.compile(
    r"^[А-ЯЁ][А-ЯЁа-яё\-]+(?:,\s+[А-ЯЁ][а-яё]+)?\s+"
    r"\((?P<name>[A-Za-z][\w.\-]*(?:\s[A-Z][\w.\-]*)?|[А-ЯЁ]{2,}[А-ЯЁ\-]*)\)\s*(?:--?|[–—])\s"
)
# "Outlet (MNG) - 19 декабря ...": the outlet, its country's code in brackets, a dash
CODED = re.compile(
    r"^(?P<name>[A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*)?)\s+\([A-Z]{2,4}\)\s*(?:--?|[–—])\s"
)
QUOTED = re.compile(r"«([^»]{2,40})»")
WRITER_DASH = re.compile(r"\s+[-–—]\s+")
# the big agencies' own pages sign the dateline in Latin letters; the news calls them so
LATIN_AGENCY = {"INTERFAX": "Интерфакс", "TASS": "ТАСС", "ITAR-TASS": "ТАСС"}
SOURCE_LINE = re.compile(r"^(?:источник|source)\s*:\s*(?P<name>.{2,60})$", re.IGNORECASE)
COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*", re.I)
COPYRIGHT_MARK = re.compile(r"©|\(c\)|copyright", re.IGNORECASE)
RIGHTS = re.compile(r"все права защищены\.?|all rights reserved\.?", re.IGNORECASE)
TRAILING_YEAR = re.compile(r"[\s,.]*(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?[\s.]*$")
EDITED_BY = re.compile(
    r"(?:подготовлен\w*|по материалам)\s+(?:редакци\w+\s+)?(?:портала|сайта|издания|агентства|"
    r"газеты|журнала)?\s*(?P<name>[«\"]?[A-ZА-ЯЁ][^,.;]{1,40})"
)


def publisher_of(
    body: list[Line],
    footer: list[Line],
    dateline: re.Match[str] | None,
    *,
    site: str | None = None,
    masthead: str | None = None,
) -> str | None:
    own = _agency(site or "") or _own_name(body, footer)
    if own:
        return own
    for _, _, line in footer:
        match = SOURCE_LINE.match(line)
        # an address says where, not who; a big agency is where the site took the news from
        if match and not URL_LINE.match(line) and not NEWS_AGENCY.match(match.group("name")):
            return match.group("name").strip()
    if dateline:
        for group in ("agency", "agency3", "agency4", "agency5", "agency6", "agency2"):
            name = _agency(dateline.group(group) or "")
            if name:
                return name
    named = _named_in_text(body)
    if named:
        return named
    for _, _, line in body[:2]:
        signed = _signed_lead(line)
        if signed:
            return signed
    for _, _, line in reversed(footer):
        name = _footer_publisher(line)
        if name:
            return name
    return masthead


def _signed_lead(line: str) -> str | None:
    """The outlet a lead opens with, where the dateline grammar has no place for it."""
    bracketed = BRACKETED.match(line) or CODED.match(line)
    if bracketed:
        return bracketed.group("name")
    slashed = DAY_TOWN_SLASHED.match(line)
    if slashed:
        return _agency(slashed.group("agency"))
    dated = DAY_FIRST.match(line)
    if dated is None:
        return None
    name = dated.group("name")
    places = gazetteer()
    if places.by_name(name) or places.by_town(name):
        return None  # "10 августа, Минск. ...": where, not who
    return name


def _own_name(body: list[Line], footer: list[Line]) -> str | None:
    """ "Сайт news.example — агрегатор новостей", "При перепечатке ссылка на сайт ИА «X»
    обязательна", or the copyright line's owner."""
    for _, _, line in body[-3:] + footer:
        match = SELF_NAMED.match(line) or LINK_REQUIRED.search(line)
        if match:
            return match.group("name").strip('«»"')
        channel = OUR_CHANNEL.search(line)
        if channel:
            return channel.group("name")
        follow = FOLLOW_US.search(line)
        if follow:
            named = follow.group("name") or follow.group("name2") or follow.group("name3")
            return named.strip('«»"')
    for _, _, line in reversed(footer):
        if COPYRIGHT_MARK.search(line):
            name = _footer_publisher(line)
            if name:
                return name
    return None


# a credit under a photo is no claim on the page: "© Фото: X", "© Sputnik / Иван Петров"
CREDIT = re.compile(r"фото|photo|изображени|иллюстрац|кадр|скриншот|источник|видео|/", re.I)


# a picture's credit: "Фото: Анна Петрова / Outlet", "Фото © Анна Петрова, Outlet"
PHOTO_CREDIT = re.compile(r"^(?:фото|изображение|иллюстрация)\s*(?::|©)\s*(?P<credit>.+)$", re.I)
CREDIT_PARTS = re.compile(r"\s*(?:/|,|©)\s*")
# the banks of pictures every site buys from, and a site's own shop button
PHOTO_BANK = re.compile(
    r"shutterstock|depositphotos|getty|istock|freepik|pixabay|unsplash|pexels|legion|"
    r"global\s+look|east\s+news|архив|открытых\s+источник|соцсет|купить\s+фото|википеди",
    re.IGNORECASE,
)


def staff_photographer(lines: list[str]) -> str | None:
    """ "Фото: Анна Петрова / Outlet": a photographer of the outlet itself took the
    picture (a site rarely credits another newspaper's staff; agencies and banks of
    pictures, which every site buys from, say nothing of the page)."""
    for line in lines:
        match = PHOTO_CREDIT.match(line.strip())
        if match is None:
            continue
        parts = [p.strip(' .«»"') for p in CREDIT_PARTS.split(match.group("credit"))]
        parts = [p for p in parts if p and not PHOTO_BANK.search(p)]
        # (a person by a surname's ending: "Деловой Восток" is two capitals too)
        people = [p for p in parts if BYLINE.match(p)]
        others = [CORRESPONDENT.sub("", p).strip(' .«»"') for p in parts if not BYLINE.match(p)]
        if len(people) == 1 and len(others) == 1:
            quoted = QUOTED.search(others[0])
            name = quoted.group(1) if quoted else others[0]
            if name[:1].isupper() and not NEWS_AGENCY.match(name) and not NOT_PUBLISHER.match(name):
                return name
    return None


def copyright_owner(line: str) -> str | None:
    """ "© Outlet24.com" on a line of its own above the headline: the site's mark, unless it
    credits a picture or an agency the site took it from."""
    if not COPYRIGHT_MARK.search(line) or CREDIT.search(line):
        return None
    owner = _footer_publisher(line)
    return owner if owner and not NEWS_AGENCY.match(owner) else None


def source_above(lines: list[str]) -> str | None:
    """ "Источник:" above the headline with the site's name on the next line (not an agency
    the site took the news from, not an address)."""
    for label, name in pairwise(lines):
        match = SOURCE_LINE.match(f"{label.strip()} {name.strip()}")
        if label.strip().endswith(":") and match and not URL_LINE.match(name.strip()):
            named = match.group("name").strip()
            if not NEWS_AGENCY.match(named) and word_count(named) <= 4:
                return named
    return None


def _named_in_text(body: list[Line]) -> str | None:
    """ "передает X", "Как сообщает X,", "корреспондент «X»" in the lead; an agency the site
    relays or a ministry that gave the news did not publish the page."""
    told = 0
    for at, (_, _, line) in enumerate(body):
        for part in sentenize(line):
            told += 1
            # (the site's own earlier story only: "Как сообщал X," alone cites another)
            earlier = EARLIER_AS.match(part.text)
            matches = [
                EARLIER.search(part.text),
                earlier if earlier and "ранее" in earlier[0] else None,
                BUREAU.search(part.text),
            ]
            if told <= LEAD:
                matches += [
                    REPORTED_BY.search(part.text),
                    AS_REPORTED.match(part.text),
                    OWN_INTERVIEW.search(part.text),
                ]
            if at < 2:
                matches.append(CORRESPONDENT_OF.search(part.text))
            for match in matches:
                if match is None:
                    continue
                named = match.group("name").strip("«» ").rstrip(".")
                if named and not NOT_PUBLISHER.match(named) and not NEWS_AGENCY.match(named):
                    return named
    return None


def _agency(text: str) -> str | None:
    """ "ТАСС", "Корр. ИА «Дунё»" -> "Дунё", "НИАТ «Ховар»" -> "Ховар", "Анна Петрова -
    Кабар" -> "Кабар", "INTERFAX.RU" -> "Интерфакс"; a correspondent alone is nobody's name."""
    name = text.strip()
    quoted = QUOTED.search(name)
    if quoted:
        name = quoted.group(1)  # the outlet's name, its kind before it
    name = WRITER_DASH.split(name)[-1]  # the writer, then the outlet
    latin = LATIN_AGENCY.get(name.upper().removesuffix(".RU").removesuffix(".COM"))
    if latin:
        return latin
    # "/Корр. ТАСС Иван Петров, Анна Сидорова/": the agency, then its writers
    # ("Sputnik Беларусь" is the agency's own site for one country: one name)
    signed = CORRESPONDENT.sub("", name, count=1)
    writers = NEWS_AGENCY.search(signed)
    if writers and writers.start() == 0 and len(signed[writers.end() :].split()) != 1:
        return writers.group(0)
    while (shorter := CORRESPONDENT.sub("", name, count=1)) != name:
        name = shorter.strip()
    name = name.strip(' .«»"')
    return name or None


def _footer_publisher(line: str) -> str | None:
    """ "Vesti.az", "© 2023 Вечерний Бишкек", "Материал подготовлен редакцией портала X",
    or a short name standing alone after the text ("Asia Trade Review")."""
    if JUNK_LINE.match(line) or date_of(line) or TIME_LINE.match(line) or SOURCE_LINE.match(line):
        return None
    match = EDITED_BY.search(line)
    if match:
        return match.group("name").strip(" .«»")
    mark = COPYRIGHT_MARK.search(line)
    if mark and CREDIT.search(line[: mark.start()]):
        return None  # "Фото © photobank.com": the picture's owner, not the page's
    if mark:
        # "© 2011–2024 Газета.uz", "Все права защищены © 2024 «Podrobno.uz»",
        # "© Туркмен Портал, 2024. Все права защищены."
        owner = RIGHTS.sub("", line[mark.start() :])
        owner = COPYRIGHT.sub("", owner.strip())
        owner = TRAILING_YEAR.sub("", owner).strip(' .,«»"')
        if owner and word_count(owner) <= 6:
            return owner
        return None
    text = line.strip(" .")
    if SITE_NAME.match(text):
        return text
    words = text.split()
    if (
        len(text) >= 3  # "В": a word cut off at the end of the excerpt
        and 1 <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and line[-1:] not in ".!?…"
        and not BYLINE.match(text)
    ):
        return text  # a name alone: "Asia Trade Review", "Вечерний Бишкек"
    return None
