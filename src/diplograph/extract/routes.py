"""Names of infrastructure objects, and the places a name lists.

"железная дорога Баку – Тбилиси – Карс", "трубопровод Баку-Тбилиси-Джейхан", «Китай –
Кыргызстан – Узбекистан», "газопровод TANAP", "линия электропередачи 500 кВ Регар – Гузар":
what follows a head word and is part of the object's name, and which places it connects.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..data.gazetteer import gazetteer
from ..records import Mention
from .context import Named, Sent, place_mention

__all__ = ["DASHES", "DIRECTIONS", "PLACES", "QUOTES", "OwnName", "honoree", "own_name"]

PLACES = ("city", "country", "water", "region", "place")
DASHES = {"-", "–", "—"}
DIRECTIONS = {"север", "юг", "запад", "восток"}
# the parts of the world a corridor may join ("коридор Европа-Азия"): no country's, so no
# gazetteer entry, but never half of one town's name
PARTS_OF_THE_WORLD = {"европа", "азия", "африка", "америка", "евразия", "австралия"}
HYPHENS = re.compile(r"[-‐‑–—]")
QUOTES = {"«": "»", '"': '"', "“": "”", "„": "“"}
CODE = re.compile(r"^[A-ZА-Я]{1,4}-?\d{1,4}$")
UNITS = {"кв", "км", "мвт", "гвт"}
GAZETTEER_PLACES = {"country", "city", "region", "sea", "lake", "river"}
ADJECTIVAL = ("ский", "цкий", "ская", "цкая", "ское")


@dataclass(frozen=True)
class OwnName:
    """What follows a head as the object's name: tokens up to `last`, the places it lists."""

    last: int
    connects: tuple[Named, ...] = ()


def own_name(sent: Sent, i: int, linear: bool = False) -> OwnName | None:
    """The name right after a head ending at token i, if any: a route of places joined by
    dashes (spaced, hyphenated or in quotes), a quoted name («Турецкий поток»), or a code
    ("TANAP", "КТК"); a voltage, length or code may stand before a route ("500 кВ").
    `linear`: the head runs between places, so a hyphenated word is rather a route."""
    start = i + _designation(sent, i)
    if _bracketed_code(sent, start) and (
        _quoted(sent, start + 3) is not None
        or _route(sent, start + 3, _capitalised_run(sent, start + 3), linear) is not None
    ):
        # "коридора (МТК) «Север – Юг»", "линии электропередачи (ЛЭП) Сурхан – Пули-Хумри":
        # the head's short form, then the name
        start += 3
    close = _quoted(sent, start)
    if close is not None:
        end = close + 1
        route = _route(sent, start + 1, close, linear)
        return OwnName(_short_name(sent, end), tuple(route or ()))
    stop = _capitalised_run(sent, start)
    route = _route(sent, start, stop, linear)
    if route is not None:
        return OwnName(_short_name(sent, stop), tuple(route))
    if _code(sent, i):
        end = i + 1
        # "Hafeet Rail", "Power of Siberia": a Latin name runs over its capitalised words
        while end < len(sent.tokens) and end - i < 4 and _latin(sent.tokens[end].text):
            end += 1
        return OwnName(end if _latin(sent.tokens[i].text) else i + 1)
    return None


def _latin(text: str) -> bool:
    return text[:1].isascii() and text[:1].isupper() and text.isalpha()


def _bracketed_code(sent: Sent, i: int) -> bool:
    return (
        i + 2 < len(sent.tokens)
        and sent.tokens[i].text == "("
        and sent.tokens[i + 2].text == ")"
        and _code(sent, i + 1)
    )


def _short_name(sent: Sent, i: int) -> int:
    """The end of a name with the short form the text gives it in brackets ("газопровод
    Туркменистан – Афганистан – Пакистан – Индия (ТАПИ)", "(«ТАПИ»)"): later sentences call
    the object by that short form, so it belongs to the label."""
    if _bracketed_code(sent, i):
        return i + 3
    quoted = i + 4 < len(sent.tokens) and sent.tokens[i].text == "("
    if quoted and sent.tokens[i + 4].text == ")" and _quoted(sent, i + 1) == i + 3:
        return i + 5 if _code(sent, i + 2) else i
    return i


def _designation(sent: Sent, i: int) -> int:
    """Tokens of a voltage, length or code between a head and the places of its name."""
    if i < len(sent.tokens) and CODE.match(sent.tokens[i].text):
        return 1
    if (
        i + 1 < len(sent.tokens)
        and sent.tokens[i].pos == "NUM"
        and sent.tokens[i + 1].text.lower().rstrip(".") in UNITS
    ):
        return 2
    return 0


def _quoted(sent: Sent, i: int) -> int | None:
    """The index of the closing quote of a short name opening at token i."""
    if i >= len(sent.tokens) or sent.tokens[i].text not in QUOTES:
        return None
    opening = sent.tokens[i].text
    if opening == QUOTES[opening] and _opened(sent, i):
        return None  # 'общество "Грузинская железная дорога" и ...': this one closes a name
    closing = QUOTES[opening]
    for j in range(i + 1, min(i + 16, len(sent.tokens))):
        if sent.tokens[j].text == closing:
            return j
    return None


def _opened(sent: Sent, i: int) -> bool:
    """A straight quote at token i closes a name opened before it: an odd number of the same
    quote marks stand before it in the sentence."""
    mark = sent.tokens[i].text
    return sum(1 for t in sent.tokens[:i] if t.text == mark) % 2 == 1


def _capitalised_run(sent: Sent, i: int) -> int:
    """The end of a run of capitalised words and dashes ("Регар – Гузар"), not ending on a
    dash."""
    j = i
    end = i
    while j < len(sent.tokens) and j - i < 15:
        text = sent.tokens[j].text
        if text in DASHES:
            j += 1
            continue
        if _whose(sent, j) and end > i:
            j += 3  # "Галаба (Узбекистан) – Хайратон": the country a place is in
            end = j
            continue
        if not text[:1].isupper() and not _inside_name(sent, j):
            break
        j += 1
        end = j
    return end


def _whose(sent: Sent, i: int) -> bool:
    """ "(Узбекистан)" after a place of a route: the country it is in, no part of the route."""
    if i + 2 >= len(sent.tokens) or sent.tokens[i].text != "(" or sent.tokens[i + 2].text != ")":
        return False
    named = sent.name_at(i + 1, "country")
    return named is not None and named.last == i + 2


def _inside_name(sent: Sent, i: int) -> bool:
    """A lower-case word inside a place's name: "Каспийское море" in a route of places."""
    return any(n.first < i < n.last for n in sent.names_of(*PLACES))


def _code(sent: Sent, i: int) -> bool:
    """ "газопровод TANAP", "нефтепровод КТК": a Latin or capital-letter name after a head."""
    if i >= len(sent.tokens):
        return False
    text = sent.tokens[i].text
    if sent.name_at(i, "country", "city", "region", "water") is not None:
        return False
    latin = text[:1].isascii() and text[:1].isupper() and text.isalpha()
    return latin or (len(text) >= 2 and text.isupper() and text.isalpha())


def _parts(sent: Sent, lo: int, hi: int) -> list[list[tuple[int, int, int, str]]] | None:
    """The dash-separated parts of a name as (token, start, stop, text) pieces: a spaced
    dash parts words, a hyphen parts a word ("Баку-Тбилиси-Джейхан"). None when a word is
    not capitalised: then it is no name of places."""
    parts: list[list[tuple[int, int, int, str]]] = [[]]
    # "Мазари-Шариф – Кабул": where spaced dashes part the places, a hyphen is in a name
    spaced = any(sent.tokens[k].text in DASHES for k in range(lo, min(hi, len(sent.tokens))))
    skip = -1
    for k in range(lo, min(hi, len(sent.tokens))):
        token = sent.tokens[k]
        if k < skip:
            continue
        if _whose(sent, k):
            skip = k + 3
            continue
        if token.text in DASHES:
            parts.append([])
            continue
        if not token.text[:1].isupper() and not _inside_name(sent, k):
            return None
        at = 0
        pieces = [token.text] if spaced else HYPHENS.split(token.text)
        for n, piece in enumerate(pieces):
            if n:
                parts.append([])
            parts[-1].append((k, token.start + at, token.start + at + len(piece), piece))
            at += len(piece) + 1
    return [p for p in parts if p]


def _text(group: list[list[tuple[int, int, int, str]]]) -> str:
    if len(group) == 1:
        return " ".join(p[3] for p in group[0])
    return "-".join(" ".join(p[3] for p in part) for part in group)


def _one_place(sent: Sent, parts: list[list[tuple[int, int, int, str]]], linear: bool) -> bool:
    """One word of two hyphened halves the gazetteer does not both know is one place's name
    ("Бендер-Аббас", "Мазари-Шариф"), not a route ("Баку-Тбилиси": both known). After the
    head of a road or a railway, two long halves that are nouns are rather its two ends
    ("железная дорога Нарийнсухайт-Шивээхурэн"): a place's name has a short or an
    adjectival half ("Улан-Удэ", "Петропавловск-Камчатский")."""
    if len({p[0] for part in parts for p in part}) != 1:
        return False
    if any(d in sent.tokens[parts[0][0][0]].text for d in "–—"):
        return False  # "Сангтуда–Мешхед": a dash, not a hyphen, parts two places
    if gazetteer().by_name(_text(parts)) is not None:
        return True  # "Дар-эс-Салам": one town of three hyphened parts
    if len(parts) != 2:
        return False
    known = [gazetteer().by_name(_text([part])) for part in parts]
    if all(
        (place is not None and place.kind in GAZETTEER_PLACES)
        or _text([part]).lower() in PARTS_OF_THE_WORLD
        for place, part in zip(known, parts, strict=True)
    ):
        return False  # "Баку-Тбилиси", "Европа-Азия"
    halves = [_text([part]) for part in parts]
    ends = linear and all(len(h) >= 6 and not h.lower().endswith(ADJECTIVAL) for h in halves)
    return not ends


def _route(sent: Sent, lo: int, hi: int, linear: bool = False) -> list[Named] | None:
    """The places a name lists, however it is written: "Баку-Тбилиси-Джейхан" (one word),
    «Китай – Кыргызстан – Узбекистан» (in quotes), "Регар – Гузар". Each part is a place
    the gazetteer or the tagger knows, or a capitalised word; at least two parts, joined by
    dashes. A dashed place name ("Улан-Удэ") is one part. In «Север – Юг» the parts are
    directions, not places. None when the name is no route."""
    parts = _parts(sent, lo, hi)
    if parts is None or len(parts) < 2 or _one_place(sent, parts, linear):
        return None
    out: list[Named] = []
    n = 0
    while n < len(parts):
        found = None
        for m in range(len(parts), n, -1):
            group = parts[n:m]
            # parts joined into one name lie within one hyphenated word
            if m - n > 1 and len({p[0] for part in group for p in part}) > 1:
                continue
            place = gazetteer().by_name(_text(group))
            if place is not None and place.kind in GAZETTEER_PLACES:
                pieces = [p for part in group for p in part]
                found = m, place_mention(place, sent.index, pieces[0][1], pieces[-1][2])
                break
        if found is not None:
            m, mention = found
            out.append(Named(parts[n][0][0], parts[m - 1][-1][0] + 1, mention))
            n = m
            continue
        part = parts[n]
        first, last = part[0][0], part[-1][0] + 1
        tagged = sent.name_at(first, *PLACES)
        whole = all(p[3] == sent.tokens[p[0]].text for p in part)
        if tagged is not None and tagged.last == last and whole:
            out.append(tagged)
        elif all(p[3].isalpha() for p in part) and len(part) <= 3:
            label = " ".join(p[3] for p in part)
            # a name's parts stand in the nominative: a town of the world is known by it
            town = gazetteer().by_town(label)
            mention = (
                place_mention(town, sent.index, part[0][1], part[-1][2])
                if town is not None
                else Mention("place", label, sent.index, part[0][1], part[-1][2])
            )
            out.append(Named(first, last, mention))
        else:
            return None
        n += 1
    return [p for p in out if p.mention.label.lower() not in DIRECTIONS]


def honoree(sent: Sent, i: int) -> int | None:
    """ "порт им. Шахид Бехешти", "аэропорт имени Гейдара Алиева": the end of a name given
    in someone's honour, right after a head ending at token i."""
    n = len(sent.tokens)
    if i >= n or sent.tokens[i].text.lower() not in {"им", "имени"}:
        return None
    j = i + 2 if i + 1 < n and sent.tokens[i + 1].text == "." else i + 1
    k = j
    while (
        k < n and k - j < 4 and sent.tokens[k].text[:1].isupper() and sent.tokens[k].text.isalpha()
    ):
        k += 1
    return k if k > j else None
