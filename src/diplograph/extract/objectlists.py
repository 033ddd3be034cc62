"""Objects a phrase names several of, and the record of one object found in a sentence.

- "порты Актау и Курык": a plural head over coordinated towns is one port in each;
- "коридоров (МТК) «Приморье-1» и «Приморье-2»": a plural head over coordinated names in
  quotes is one object of each name;
- "на западном маршруте коридора «Север – Юг»": a route word over another object in the
  genitive is a part of it, no object of its own;
- "«Турецкий поток» позволит ...": an object's own name said again without its head.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..records import Mention, Token
from .context import Named, Sent
from .routes import PLACES, QUOTES

__all__ = ["Structure", "bracketed", "each_named", "each_quoted", "named_again", "without_parts"]


@dataclass(frozen=True)
class Structure:
    first: int
    last: int
    mention: Mention
    connects: tuple[Named, ...] = ()
    located: Mention | None = None
    head: int = -1  # the index of the head word
    topic: bool = False  # the head is a subject: what its sentence is about
    owner: Mention | None = None  # the country of an adjective before it
    town: Mention | None = None  # the town it is called by ("порт Актау"), if no more is said
    given: bool = False  # a description of one named before ("Магистральный трубопровод ...")
    plain: bool = False  # words of its kind alone ("транспортный коридор", "газопровод")
    plural: bool = False  # "логистические центры": several of a kind


def each_named(sent: Sent, head: int, size: int, cls: str, name: Named) -> list[Structure]:
    """ "порты Актау и Курык": a plural head over coordinated towns is one object each,
    standing in its town."""
    names = [name]
    j = name.last
    while sent.lemma(j) in {"и", ","}:
        more = sent.name_at(j + 1, *PLACES)
        if more is None or more.mention.kind == "country":
            break
        names.append(more)
        j = more.last
    if len(names) < 2 or name.mention.kind == "country":
        return []
    out = []
    for n, named in enumerate(names):
        first = head if n == 0 else named.first
        words = " ".join(sent.lemma(k) for k in range(head, head + size))
        label = f"{words} {named.mention.label}"
        mention = Mention(
            "infrastructure",
            label,
            sent.index,
            sent.tokens[first].start,
            sent.tokens[named.last - 1].stop,
            subtype=cls,
        )
        last, located = named.last, bracketed(sent, named.last)
        if located is not None:
            last = located.last + 1  # "портами Курык и Поти (Кулеви)": where it stands
        where = located.mention if located is not None else None
        out.append(Structure(first, last, mention, (), where, head, town=named.mention))
    return out


def bracketed(sent: Sent, i: int) -> Named | None:
    """A town in brackets right after a name: "Поти (Кулеви)", "порт Лачхуен (Хайфон)"."""
    if i >= len(sent.tokens) or sent.tokens[i].text != "(":
        return None
    named = sent.name_at(i + 1, "city", "region", "place")
    if named is None or named.last >= len(sent.tokens) or sent.tokens[named.last].text != ")":
        return None
    return named


def each_quoted(sent: Sent, head: int, size: int, cls: str, start: int) -> list[Structure]:
    """ "международных транспортных коридоров (МТК) «Приморье-1» и «Приморье-2»": one object
    of each name, called by the head's words (and its short form) with its name."""
    j = start
    short = ""
    if sent.tokens[j].text == "(" and j + 2 < len(sent.tokens) and sent.tokens[j + 2].text == ")":
        short = f" ({sent.tokens[j + 1].text})"
        j += 3
    names: list[tuple[int, int]] = []
    while j < len(sent.tokens) and sent.tokens[j].text in QUOTES:
        closing = QUOTES[sent.tokens[j].text]
        end = next(
            (
                k
                for k in range(j + 1, min(j + 8, len(sent.tokens)))
                if sent.tokens[k].text == closing
            ),
            None,
        )
        if end is None:
            break
        names.append((j, end + 1))
        j = end + 1
        if sent.lemma(j) not in {"и", ","} or j + 1 >= len(sent.tokens):
            break
        j += 1
    if len(names) < 2:
        return []
    words = " ".join(sent.lemma(k) for k in range(head, head + size))
    out = []
    for n, (lo, hi) in enumerate(names):
        first = head if n == 0 else lo
        name = " ".join(t.text for t in sent.tokens[lo + 1 : hi - 1])
        label = f"{words}{short} {sent.tokens[lo].text}{name}{sent.tokens[hi - 1].text}"
        mention = Mention(
            "infrastructure",
            label,
            sent.index,
            sent.tokens[first].start,
            sent.tokens[hi - 1].stop,
            subtype=cls,
        )
        out.append(Structure(first, hi, mention, (), None, head))
    return out


PARTS = {"маршрут", "участок", "отрезок", "направление"}


def without_parts(sent: Sent, found: list[Structure]) -> list[Structure]:
    """ "на западном маршруте международного транспортного коридора": a route word over
    another object in the genitive is a part of that object, no object of its own."""
    out: list[Structure] = []
    for n, structure in enumerate(found):
        after = found[n + 1] if n + 1 < len(found) else None
        if (
            after is not None
            and after.first == structure.last
            and sent.lemma(structure.head) in PARTS
            and not structure.connects
            and structure.town is None
            and sent.tokens[after.head].feat("Case") == "Gen"
        ):
            continue
        out.append(structure)
    return out


def _name_words(sent: Sent, structure: Structure) -> tuple[str, ...] | None:
    """The words of an object's own name: quoted («Турецкий поток») or Latin ("Hafeet
    Rail"), as the text writes them."""
    tokens = sent.tokens[structure.first : structure.last]
    for n, token in enumerate(tokens):
        if token.text in QUOTES:
            closing = QUOTES[token.text]
            end = next((k for k in range(n + 1, len(tokens)) if tokens[k].text == closing), None)
            if end is not None and end > n + 1:
                return ("«", *(t.text for t in tokens[n + 1 : end]))
            return None
    latin = [t.text for t in tokens if t.text[:1].isascii() and t.text[:1].isupper()]
    return tuple(latin) if latin and len(latin) == len(tokens) - _lead(tokens) else None


def _lead(tokens: Sequence[Token]) -> int:
    """The words before the first Latin one: the head and its adjectives."""
    return next((n for n, t in enumerate(tokens) if t.text[:1].isascii()), len(tokens))


def named_again(sents: list[Sent], found: dict[int, list[Structure]]) -> dict[int, list[Structure]]:
    """ "«Турецкий поток» позволит поставлять ...", "сети Hafeet Rail – от Абу-Даби до
    Сохара": an object's own name, said again without its head, is that object."""
    names: dict[tuple[str, ...], Structure] = {}
    for sent in sents:
        for structure in found.get(sent.index, []):
            words = _name_words(sent, structure)
            if words:
                names.setdefault(words, structure)
    if not names:
        return found
    out = {k: list(v) for k, v in found.items()}
    for sent in sents:
        taken = [(s.first, s.last) for s in out.get(sent.index, [])]
        for words, structure in names.items():
            quoted = words[0] == "«"
            body = words[1:] if quoted else words
            for k in range(len(sent.tokens) - len(body) + 1):
                texts = tuple(t.text for t in sent.tokens[k : k + len(body)])
                first, last = (k - 1, k + len(body) + 1) if quoted else (k, k + len(body))
                if texts != body or first < 0 or last > len(sent.tokens):
                    continue
                if quoted and sent.tokens[first].text not in QUOTES:
                    continue
                if any(a < last and first < b for a, b in taken):
                    continue
                mention = Mention(
                    "infrastructure",
                    structure.mention.label,
                    sent.index,
                    sent.tokens[first].start,
                    sent.tokens[last - 1].stop,
                    subtype=structure.mention.subtype,
                )
                end = k + len(body)
                head = next((j for j in range(k, end) if not k <= sent.tokens[j].head < end), k)
                topic = sent.tokens[head].rel in {"nsubj", "nsubj:pass"}
                again = Structure(first, last, mention, structure.connects, None, head, topic)
                out.setdefault(sent.index, []).append(again)
                taken.append((first, last))
        out[sent.index] = sorted(out.get(sent.index, []), key=lambda s: s.first)
    return out
