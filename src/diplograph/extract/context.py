"""What every rule needs of a sentence: its tokens, and the people, places and countries in it.

A `Sent` wraps one analysed sentence with token-index lookups; `find_names` turns its NER
spans and country adjectives into mentions positioned by token index, so the fact rules can
reason about order ("в Баку", "между Баку и Актау") without re-reading the text.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..data.gazetteer import Gazetteer, Place, gazetteer
from ..data.lexicon import lexicon
from ..grammars.dates import DateMention, find_dates
from ..grammars.money import Money, find_money
from ..nlp import nominative, person_name
from ..records import AnalyzedSentence, Mention, Token

__all__ = ["Named", "Sent", "article_sents"]

WATER_KINDS = {"sea", "lake", "river"}
PLACE_KIND = {"country": "country", "city": "city", "region": "region"}
PUNCT_DASHES = {"-", "–", "—"}


@dataclass(frozen=True)
class Named:
    """A mention with the token range [first, last) it covers in its sentence."""

    first: int
    last: int
    mention: Mention


@dataclass(frozen=True)
class Sent:
    index: int
    text: str
    start: int
    tokens: tuple[Token, ...]
    names: tuple[Named, ...]
    money: tuple[Money, ...]
    dates: tuple[DateMention, ...]

    def lemma(self, i: int) -> str:
        return self.tokens[i].lemma if 0 <= i < len(self.tokens) else ""

    def lemmas(self) -> set[str]:
        return {t.lemma for t in self.tokens}

    def has(self, *lemmas: str) -> bool:
        words = self.lemmas()
        return any(lemma in words for lemma in lemmas)

    def token_at(self, offset: int) -> int:
        """Index of the first token starting at or after a character offset."""
        for i, token in enumerate(self.tokens):
            if token.stop > offset:
                return i
        return len(self.tokens)

    def names_of(self, *kinds: str) -> list[Named]:
        return [n for n in self.names if n.mention.kind in kinds]

    def name_at(self, i: int, *kinds: str) -> Named | None:
        for named in self.names:
            if named.first == i and (not kinds or named.mention.kind in kinds):
                return named
        return None

    def phrase(self, first: int, last: int, *, syntax: bool = True) -> str:
        return nominative(self.tokens[first:last], first, syntax=syntax)


def article_sents(
    sentences: Iterable[AnalyzedSentence], reference: str | None, publisher: str | None = None
) -> list[Sent]:
    ref = _reference_date(reference)
    out = []
    for analysed in sentences:
        s = analysed.sentence
        tokens = analysed.tokens
        money = tuple(
            Money(m.start + s.start, m.stop + s.start, m.amount, m.currency)
            for m in find_money(s.text)
        )
        # "долларов США" names a currency, not a country the figure is about
        names = tuple(
            n
            for n in _names(s.index, tokens, analysed, publisher)
            if not any(m.start <= n.mention.start and n.mention.stop <= m.stop for m in money)
        )
        dates = tuple(
            DateMention(d.start + s.start, d.stop + s.start, d.value)
            for d in find_dates(s.text, ref)
        )
        out.append(Sent(s.index, s.text, s.start, tokens, names, money, dates))
    return out


def _reference_date(value: str | None) -> datetime.date | None:

    if value and len(value) == 10:
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _token_range(tokens: Sequence[Token], start: int, stop: int) -> tuple[int, int] | None:
    inside = [i for i, t in enumerate(tokens) if t.start >= start and t.stop <= stop]
    return (inside[0], inside[-1] + 1) if inside else None


def place_mention(place: Place, sentence: int, start: int, stop: int) -> Mention:
    kind = "water" if place.kind in WATER_KINDS else PLACE_KIND.get(place.kind, "place")
    return Mention(kind, place.label_ru, sentence, start, stop, key=place.key)


def _names(
    index: int, tokens: Sequence[Token], analysed: AnalyzedSentence, publisher: str | None
) -> Iterable[Named]:
    gz = gazetteer()
    taken: set[int] = set()
    covered: set[int] = set()  # tokens of any span: a country before a name is no first name
    for span in analysed.spans:
        where = _token_range(tokens, span.start, span.stop)
        if where is not None:
            covered.update(range(*where))
    for span in analysed.spans:
        where = _token_range(tokens, span.start, span.stop)
        if where is None:
            continue
        first, last = where
        if span.type == "PER":
            yield from _people(index, tokens, first, last, publisher, covered)
        elif span.type == "LOC":
            compound = _compound_alone(gz, tokens, first, last)
            if compound:
                # "Казахстанско-Туркменский (коридор)": the tagger took the adjective for a place
                for part in compound:
                    yield Named(first, last, place_mention(part, index, span.start, span.stop))
                taken.update(range(first, last))
                continue
            glued = _glued_place(gz, tokens, first, last)
            if glued is not None:
                # "Кыргызстану уголь": the tagger ran a place into the next word
                stop, part = glued
                mention = place_mention(part, index, tokens[first].start, tokens[stop - 1].stop)
                yield Named(first, stop, mention)
                taken.update(range(first, stop))
                continue
            place = (
                gz.by_name(span.normal)
                or gz.by_name(span.text)
                or _official(gz, tokens, first, last)
                or _adjective_alone(gz, tokens, first, last)
            )
            if place is not None:
                yield Named(first, last, place_mention(place, index, span.start, span.stop))
            else:
                label = span.normal[:1].upper() + span.normal[1:]
                yield Named(first, last, Mention("place", label, index, span.start, span.stop))
        elif span.type == "ORG":
            place = gz.by_name(span.normal) or _official(gz, tokens, first, last)
            if place is not None and place.kind == "country":
                yield Named(first, last, place_mention(place, index, span.start, span.stop))
            else:
                yield Named(first, last, Mention("org", span.normal, index, span.start, span.stop))
        taken.update(range(first, last))
    # countries named by adjectives: "казахстанский экспорт", "азербайджано-казахстанский"
    for i, token in enumerate(tokens):
        if i in taken or token.pos != "ADJ":
            continue
        places = gz.split_compound_adjective(token.lemma) if "-" in token.lemma else []
        if not places:
            one = gz.by_adjective(token.lemma)
            places = [one] if one is not None else []
        for place in places:
            if place.kind == "country":
                mention = Mention(
                    "country", place.label_ru, index, token.start, token.stop, key=place.key
                )
                yield Named(i, i + 1, mention)


def _title_case(tokens: Sequence[Token], first: int) -> str | None:
    """The case of the post title a name stands after ("с министром ... Хаканом Фиданом"):
    the leftmost title word of the run of title words right before the name."""
    heads = lexicon().post_heads
    case = None
    i = first - 1
    while i >= 0 and first - i <= 10:
        token = tokens[i]
        if token.pos in {"NOUN", "ADJ", "PROPN"} or token.text in {"-", "–", "—"}:
            if token.lemma in heads:
                case = token.feat("Case")
            i -= 1
            continue
        break
    if case is None and first > 0 and tokens[first - 1].lemma == "с":
        return "Ins"
    return case


def _is_place_word(gz: Gazetteer, token: Token) -> bool:
    place = gz.by_name(token.text) or gz.by_name(token.lemma)
    return place is not None and place.kind in {"country", "city"}


def _adjective_alone(gz: Gazetteer, tokens: Sequence[Token], first: int, last: int) -> Place | None:
    """ "Кыргызская (сторона)": the tagger may take a country's adjective for a place."""
    if last - first != 1 or tokens[first].pos != "ADJ":
        return None
    place = gz.by_adjective(tokens[first].lemma)
    return place if place is not None and place.kind == "country" else None


def _glued_place(
    gz: Gazetteer, tokens: Sequence[Token], first: int, last: int
) -> tuple[int, Place] | None:
    """A span the gazetteer lacks whose first words are a place it knows, followed by
    common words: (end of the place, the place)."""
    if last - first < 2 or gz.by_name(" ".join(t.text for t in tokens[first:last])):
        return None
    for stop in range(last - 1, first, -1):
        words = tokens[first:stop]
        place = gz.by_name(" ".join(t.text for t in words)) or gz.by_name(
            " ".join(t.lemma for t in words)
        )
        if place is not None and place.kind in {"country", "city"}:
            rest = tokens[stop:last]
            if all(t.text[:1].islower() for t in rest):
                return stop, place
    return None


def _compound_alone(gz: Gazetteer, tokens: Sequence[Token], first: int, last: int) -> list[Place]:
    if last - first != 1 or tokens[first].pos != "ADJ" or "-" not in tokens[first].lemma:
        return []
    return [p for p in gz.split_compound_adjective(tokens[first].lemma) if p.kind == "country"]


def _official(gz: Gazetteer, tokens: Sequence[Token], first: int, last: int) -> Place | None:
    """ "Турецкая Республика", "Республика Узбекистан", "Королевство Саудовская Аравия": the
    country named by its adjective or by the name after a form of state."""
    words = [t.lemma for t in tokens[first:last]]
    if len(words) < 2 or not (
        {"республика", "королевство", "федерация", "государство", "эмират", "султанат"} & set(words)
    ):
        return None
    for token in tokens[first:last]:
        place = gz.by_adjective(token.lemma) if token.pos == "ADJ" else gz.by_name(token.text)
        if place is not None and place.kind == "country":
            return place
    return None


def _people(
    index: int,
    tokens: Sequence[Token],
    first: int,
    last: int,
    publisher: str | None,
    covered: set[int],
) -> Iterable[Named]:
    """A PER span, split where the tagger merged two people ("Байрамова и Нуртлеу")."""
    parts: list[tuple[int, int]] = []
    start = first
    for i in range(first, last):
        if tokens[i].lemma == "и" or tokens[i].text == ",":
            if i > start:
                parts.append((start, i))
            start = i + 1
    if last > start:
        parts.append((start, last))
    heads = lexicon().post_heads
    gz = gazetteer()
    # the tagger sometimes glues the country of a title to the name: "Латвии Фарид Хасанов"
    parts = [
        (next((k for k in range(a, b) if not _is_place_word(gz, tokens[k])), b), b)
        for a, b in parts
    ]
    parts = [(a, b) for a, b in parts if a < b]
    if parts:
        # "Реджепом Тайипом Эрдоганом": the tagger may leave the first name out of the span
        a, b = parts[0]
        while (
            a > 0
            and tokens[a - 1].pos == "PROPN"
            and tokens[a - 1].text.istitle()
            and (tokens[a - 1].feat("Case") == tokens[a].feat("Case"))
            and tokens[a - 1].lemma not in heads
            and a - 1 not in covered
        ):
            a -= 1
        parts[0] = (a, b)
    for a, b in parts:
        words = tokens[a:b]
        # the tagger sometimes takes a capitalised title ("Чрезвычайным и Полномочным") or a
        # media name for a person
        if all(t.pos == "ADJ" or t.lemma in heads or not t.text[:1].isupper() for t in words):
            continue
        if publisher and " ".join(t.text for t in words).lower() in publisher.lower():
            continue
        label = person_name(words, _title_case(tokens, a))
        yield Named(a, b, Mention("person", label, index, tokens[a].start, tokens[b - 1].stop))
