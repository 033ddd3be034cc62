"""What the lead of an article says about all of it: the dateline's city and date, the
headline's town.

Agencies open a story with "БИШКЕК, 25.10.23. /Агентство/." or "Ташкент, 3 марта 2024 -";
sites glue the clock and date to the lead ("20:43 09/07/2023Кыргызские овощи ..."). When the
page's header gave no publication date, this date is the day the news was told: relative
dates ("13 мая", "сегодня") resolve against it and an event told as under way takes it.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from ..data.gazetteer import gazetteer
from ..grammars.datewords import MONTH_BY_FORM
from ..records import Mention
from .context import Sent, place_mention
from .discourse import unique_people

__all__ = ["dateline_city", "headline_town", "lead_date"]

LEAD = 4  # sentences of the lead where a dateline may stand (after a headline, a rubric)
DATELINE_MARKS = {",", "/", "-", "—", "–", "(", "."}
# "20:43 09/07/2023Текст", "09.07.2023 12:10 Текст": a site's clock and date before the lead
GLUED = re.compile(r"^\s*(?:\d{1,2}:\d{2}\s*)?(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)")
AFTER_CITY = 12  # characters between the dateline's city and its date: ", " or " - "


def lead_date(sents: Sequence[Sent]) -> str | None:
    """The full date of the dateline opening the lead, else a date glued before it."""
    for sent in sents[:LEAD]:
        glued = GLUED.match(sent.text)
        if glued is not None:
            day, month, year = (int(g) for g in glued.groups())
            try:
                return datetime.date(year, month, day).isoformat()
            except ValueError:
                return None
        if len(sent.tokens) < 3 or sent.tokens[1].text not in DATELINE_MARKS:
            continue
        word = sent.tokens[0].text
        if sent.name_at(0, "city", "place") is None and not (word.isupper() and word.isalpha()):
            continue
        after = sent.tokens[0].stop - sent.start
        for date in sent.dates:
            offset = date.start - sent.start
            if after <= offset <= after + AFTER_CITY and len(date.value) == 10:
                return date.value
    return None


def dateline_city(sents: Sequence[Sent]) -> Mention | None:
    """ "Душанбе, 22 февраля. /Корр./.", "АСТАНА /Агентство/ -": the city the news comes
    from, the first word of a lead, set off by a comma, slash or dash; in capitals the
    tagger often takes it with the agency for an organisation."""
    for n, sent in enumerate(sents[:4]):
        after_date = _after_date(sent)
        if after_date is not None:
            return after_date
        if len(sent.tokens) < 2 or sent.tokens[1].text not in DATELINE_MARKS:
            continue
        named = sent.name_at(0, "city")
        if named is not None and (sent.lemma(1) == "," or _dated(sent, sents[n + 1 : n + 2])):
            return named.mention
        word = sent.tokens[0]
        place = gazetteer().by_name(word.text) if word.text.isupper() else None
        if place is not None and place.kind == "city":
            return place_mention(place, sent.index, word.start, word.stop)
    return None


def _after_date(sent: Sent) -> Mention | None:
    """ "10 августа, Минск /Корр. Агентства/.": some agencies set the day before the city."""
    words = [t.text.lower() for t in sent.tokens[:3]]
    if len(words) < 3 or not words[0].isdigit() or words[1] not in MONTH_BY_FORM:
        return None
    if words[2] != ",":
        return None
    named = sent.name_at(3, "city")
    if named is None or named.last >= len(sent.tokens):
        return None
    return named.mention if sent.tokens[named.last].text in DATELINE_MARKS else None


def _dated(sent: Sent, after: Sequence[Sent]) -> bool:
    """ "Астана. 27 марта. Агентство": a city set off by a full stop is a dateline when the
    day and month come next, in its sentence or in the one the splitter made of them."""
    if sent.tokens[1].text != ".":
        return False
    words = [t.text.lower() for t in sent.tokens[2:4]]
    if len(sent.tokens) == 2 and after:
        words = [t.text.lower() for t in after[0].tokens[:2]]
    return len(words) == 2 and words[0].isdigit() and words[1] in MONTH_BY_FORM


def headline_town(headline: Sent) -> Mention | None:
    """ "О чём договорились министры Казахстана и Китая в Астане", "В Благовещенске открыли
    мост": the one town a headline says things happened in is where the article's first
    event was; a region when it names no town ("В Татарстане подписали")."""
    for kinds in (("city", "place"), ("region",)):
        towns = unique_people(
            [
                n.mention
                for n in headline.names_of(*kinds)
                if headline.lemma(n.first - 1) in {"в", "во"}
                and headline.tokens[n.first].feat("Case") == "Loc"
            ]
        )
        if towns:
            return towns[0] if len(towns) == 1 else None
    return None
