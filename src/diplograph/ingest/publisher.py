"""Who published an article, in order: a "Источник:" line, "передает X" / "Как сообщает X,"
in the text (not a ministry), the dateline's agency (a correspondent, "/Корр./", is nobody's
name), the closing lines (site name, copyright, "подготовлен редакцией X", a name alone)."""

from __future__ import annotations

import re

from razdel import sentenize

from .layout import JUNK_LINE, SITE_NAME, TIME_LINE, URL_LINE, Line, date_of, word_count

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


def publisher_of(
    body: list[Line],
    footer: list[Line],
    dateline: re.Match[str] | None,
) -> str | None:
    for _, _, line in footer:
        match = SOURCE_LINE.match(line)
        if match and not URL_LINE.match(line):  # an address says where, not who
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
    if JUNK_LINE.match(line) or date_of(line) or TIME_LINE.match(line):
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
        if owner and word_count(owner) <= 6:
            return owner
        return None
    text = line.strip(" .")
    if SITE_NAME.match(text):
        return text
    words = text.split()
    if 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and line[-1:] not in ".!?…":
        return text  # a name alone: "Asia Trade Review", "Вечерний Бишкек"
    return None
