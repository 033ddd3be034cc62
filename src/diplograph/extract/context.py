"""What every rule needs of a sentence: its tokens, and the people, places and countries in it.

A `Sent` wraps one analysed sentence with token-index lookups; `find_names` turns its NER
spans and country adjectives into mentions positioned by token index, so the fact rules can
reason about order ("в Баку", "между Баку и Актау") without re-reading the text.
"""

from __future__ import annotations

import datetime
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from ..data.gazetteer import Gazetteer, Place, gazetteer
from ..data.lexicon import lexicon
from ..grammars.dates import DateMention, find_dates
from ..grammars.money import Money, find_money
from ..nlp import nominative
from ..records import AnalyzedSentence, Mention, Token
from .fullnames import full_forms
from .names import capital, person_name, same_person
from .people import leading_name, people_in_span, title_case, titled_place
from .townwords import towns_after_words

__all__ = ["Named", "Sent", "article_sents"]

WATER_KINDS = {"sea", "lake", "river"}
PLACE_KIND = {"country": "country", "city": "city", "region": "region"}
# tags of words that are never a name: "ТОГО" in a capitalised headline is a pronoun
FUNCTION_TAGS = {"PRON", "DET", "ADP", "SCONJ", "CCONJ", "PART", "AUX"}


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
            for n in _title_complements(tokens, list(_names(s.index, tokens, analysed, publisher)))
            if not any(m.start <= n.mention.start and n.mention.stop <= m.stop for m in money)
        )
        dates = tuple(
            DateMention(d.start + s.start, d.stop + s.start, d.value)
            for d in find_dates(s.text, ref)
        )
        out.append(Sent(s.index, s.text, s.start, tokens, names, money, dates))
    return cut_off(_full_names(recalled_people(out)))


PLACES = {"country", "city", "region", "place"}


def _title_complements(tokens: Sequence[Token], names: list[Named]) -> tuple[Named, ...]:
    """ "Председатель Халк Маслахаты Туркменистана Гурбангулы Бердымухамедов": a name the
    tagger took for a person between a title and the holder's name is what the title heads."""
    heads = lexicon().post_heads
    ordered = sorted(names, key=lambda n: n.first)
    out = []
    for n, named in enumerate(ordered):
        following = [m for m in ordered[n + 1 :] if m.mention.kind not in PLACES]
        between = [
            m for m in ordered[n + 1 :] if m.first < (following[0].first if following else 0)
        ]
        # the title, its complement, its places and the holder stand side by side: "премьер
        # Иван Петров после беседы с послом Кубы Хосе Гарсией" names two people
        chain = [named, *between, *following[:1]]
        if (
            named.mention.kind == "person"
            and named.first > 0
            and tokens[named.first - 1].lemma in heads
            and following
            and following[0].mention.kind == "person"
            and all(a.last == b.first for a, b in itertools.pairwise(chain))
        ):
            m = named.mention
            named = Named(
                named.first, named.last, replace(m, kind="org", label=_surface(tokens, named))
            )
        out.append(named)
    return tuple(out)


def _surface(tokens: Sequence[Token], named: Named) -> str:
    return " ".join(t.text for t in tokens[named.first : named.last])


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
        if span.type == "PER" or (span.type == "LOC" and titled_place(tokens, first, last)):
            named: set[int] = set()
            for a, b, person in people_in_span(index, tokens, first, last, publisher, covered):
                named.update(range(a, b))
                yield Named(a, b, person)
            for k in sorted(set(range(first, last)) - named):
                # "Султана Омана Хайсама ...": the title's country the tagger ran into the name
                place = gz.by_name(tokens[k].text) or gz.by_name(tokens[k].lemma)
                if place is not None and place.kind == "country":
                    mention = place_mention(place, index, tokens[k].start, tokens[k].stop)
                    yield Named(k, k + 1, mention)
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
                or gz.by_name(" ".join(t.lemma for t in tokens[first:last]))
                or gz.by_name(_head_first(tokens, first, last))
                or _official(gz, tokens, first, last)
                or _adjective_alone(gz, tokens, first, last)
                # a town the gazetteer lacks: the text's name, now with its country
                or gz.by_town(span.normal)
            )
            if place is not None:
                yield Named(first, last, place_mention(place, index, span.start, span.stop))
            else:
                label = span.normal[:1].upper() + span.normal[1:]
                yield Named(first, last, Mention("place", label, index, span.start, span.stop))
        elif span.type == "ORG":
            place = (
                gz.by_name(span.normal)
                or gz.by_name(_head_first(tokens, first, last))
                or _official(gz, tokens, first, last)
            )
            name = leading_name(tokens, first, last)
            if place is not None and place.kind == "country":
                yield Named(first, last, place_mention(place, index, span.start, span.stop))
            elif name > first:
                # "Акылбеком Жапаровым Узбекско-Кыргызский фонд": a person, then the org
                for a, b, person in people_in_span(index, tokens, first, name, publisher, covered):
                    yield Named(a, b, person)
                start, normal = tokens[name].start, nominative(tokens[name:last], name)
                yield Named(name, last, Mention("org", normal, index, start, span.stop))
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
    yield from _abbreviated(index, tokens, taken)
    yield from (Named(k, k + 1, town) for k, town in towns_after_words(index, tokens, taken))


def _abbreviated(index: int, tokens: Sequence[Token], taken: set[int]) -> Iterable[Named]:
    """Countries by the abbreviations the tagger leaves alone: "министр ... РУз", "МСХ РК"."""
    gz = gazetteer()
    for i, token in enumerate(tokens):
        capitals = sum(1 for c in token.text if c.isupper())
        if i in taken or capitals < 2 or len(token.text) > 5:
            continue
        if token.pos in FUNCTION_TAGS:
            continue  # "ПОСЛЕ ТОГО КАК": a pronoun in capitals, not Togo
        place = gz.by_name(token.text)
        if place is not None and place.kind == "country":
            mention = Mention(
                "country", place.label_ru, index, token.start, token.stop, key=place.key
            )
            yield Named(i, i + 1, mention)


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


def _head_first(tokens: Sequence[Token], first: int, last: int) -> str:
    """ "Союза Коморских Островов" -> "союз Коморских Островов": an official name whose
    first word is its head, the words after it as they stand."""
    return " ".join([tokens[first].lemma, *(t.text for t in tokens[first + 1 : last])])


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
        # "Лаосской Народно-Демократической Республики": the tagger may call the adjective
        # a proper noun
        if place is None and token.pos == "PROPN" and token.lemma.endswith(("ский", "цкий")):
            place = gz.by_adjective(token.lemma)
        if place is None and token.pos == "PROPN":
            place = gz.by_name(token.lemma)  # "Республику Эфиопию"
        if place is not None and place.kind == "country":
            return place
    return None


def cut_off(sents: list[Sent]) -> list[Sent]:
    """A lone word taken for a name at the very end of an excerpt cut off mid-sentence ("...
    подписали программу. Минис") is a word cut short, not a person."""
    if not sents or sents[-1].text.rstrip()[-1:] in {".", "!", "?", "»", '"', "…", ")"}:
        return sents
    last = sents[-1]
    known = [n.mention.label for s in sents for n in s.names_of("person") if n.last - n.first > 1]
    names = tuple(
        n
        for n in last.names
        if not (
            n.mention.kind == "person"
            and (n.first, n.last) == (len(last.tokens) - 1, len(last.tokens))
            and not any(same_person(n.mention.label, k) for k in known)
        )
    )
    return [*sents[:-1], replace(last, names=names)] if names != last.names else sents


def _full_names(sents: list[Sent]) -> list[Sent]:
    """Each short form of a name written in full elsewhere ("С.В. Петров", "министр Ямада")
    labelled with the full name (fullnames.py)."""
    forms = full_forms([n.mention.label for s in sents for n in s.names_of("person")])
    return [
        replace(
            s,
            names=tuple(
                replace(n, mention=replace(n.mention, label=forms[n.mention.label]))
                if n.mention.kind == "person" and n.mention.label in forms
                else n
                for n in s.names
            ),
        )
        for s in sents
    ]


def recalled_people(sents: list[Sent]) -> list[Sent]:
    """A person named in full once and by surname later is a person there too, though the
    tagger missed it ("Саркисян и Мохаммади подписали ...")."""
    surnames = {
        n.mention.label.split()[-1]
        for sent in sents
        for n in sent.names_of("person")
        if len(n.mention.label.split()) > 1
    }
    if not surnames:
        return sents
    out = []
    for sent in sents:
        covered = {i for n in sent.names for i in range(n.first, n.last)}
        found = []
        for i, token in enumerate(sent.tokens):
            if i in covered or token.pos != "PROPN" or not capital(token.text):
                continue
            label = person_name([token], title_case(sent.tokens, i))
            if any(same_person(label, surname) for surname in surnames):
                mention = Mention("person", label, sent.index, token.start, token.stop)
                found.append(Named(i, i + 1, mention))
        if found:
            names = tuple(sorted((*sent.names, *found), key=lambda n: n.first))
            sent = replace(sent, names=names)
        out.append(sent)
    return out
