"""Objects across sentences: what a later sentence says of an object named before, and the
shorter names that refer to an object named in full.

- Anaphora: "Этот маршрут соединяет Россию с Индией", "Начало он берет в Ыгдыре", "Его
  протяженность ... проходит по территории Грузии": a sentence whose route verb has for
  subject a pronoun or a bare head, or that speaks of "его протяженность", says what the
  object the previous sentences were about connects. That object is the one they had for
  subject, else the last one named.
- Coreference: "линия связи", "порт Туркменбаши", "газопровод ТАПИ" are the "подводная
  волоконно-оптическая линия связи", "международный морской порт Туркменбаши", "газопровод
  Туркменистан – Афганистан – Пакистан – Индия (ТАПИ)" of the same article: a name whose
  words all belong to one other object's name (with its abbreviation in brackets) is that
  object.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from decimal import Decimal

from ..records import Fact, Mention
from .context import Sent
from .frames import children, conjuncts
from .infrastructure import GENERIC, POINTS, Structure, head_at
from .objectplaces import places_from
from .objectverbs import CONNECT, ENDS, LAY, LINEAR, read_verb
from .routes import PLACES

__all__ = [
    "anaphoric_links",
    "corefer_objects",
    "first_of_none",
    "placed_as_before",
]

# what is built across a river or a pass, and so joins its two sides
CROSSINGS = {"Bridge", "Tunnel"}
SPANNING = LINEAR | CROSSINGS
# an antecedent found across a sentence boundary is a guess worth keeping apart
CARRIED = Decimal("0.6")
PRONOUNS = {"он", "она", "оно"}
# "его протяженность", "ее длина": the object's own measure
MEASURES = {"протяженность", "длина", "участок", "трасса", "маршрут"}
POSSESSIVES = {"его", "ее", "её"}
# words news uses of a pipeline, a railway or a road alike
ANY_ROUTE = {"магистраль", "трасса"}


def _anaphor(sent: Sent, own: Sequence[Structure]) -> int | None:
    """The word of a sentence that stands for an object named before: a bare head of a
    route kind opening the sentence, or a pronoun subject of a route verb."""
    i = 0
    while i < len(sent.tokens) and sent.tokens[i].pos in {"DET", "ADJ"}:
        i += 1
    head = head_at(sent, i)
    if head is not None and head[0] in SPANNING and not any(s.first <= i < s.last for s in own):
        noun = next(
            (k for k in range(i, i + head[1]) if not i <= sent.tokens[k].head < i + head[1]), i
        )
        return noun
    for k, token in enumerate(sent.tokens):
        verb = token.head
        if (
            token.rel in {"nsubj", "nsubj:pass"}
            and verb >= 0
            and sent.lemma(verb) in LAY | CONNECT | ENDS
            and (token.lemma in PRONOUNS or _bare_route(sent, k, own))
        ):
            return k
    return None


def _bare_route(sent: Sent, k: int, own: Sequence[Structure]) -> bool:
    """ "На территории Ирана дорога уже доходит до Джульфы": a route word alone, subject
    before its verb, is the route named before."""
    head = head_at(sent, k)
    return (
        head is not None
        and head[1] == 1
        and head[0] in SPANNING
        and k < sent.tokens[k].head
        and not any(s.first <= k < s.last for s in own)
        and all(sent.lemma(c) in GENERIC for c in children(sent, k, "amod"))
    )


def _measured(sent: Sent) -> bool:
    """ "Его протяженность составляет ...": the sentence measures the object before."""
    words = [t.text.lower() for t in sent.tokens[:2]]
    return len(words) == 2 and words[0] in POSSESSIVES and sent.lemma(1) in MEASURES


def _transit(sent: Sent, own: Sequence[Structure]) -> list[Mention]:
    """Every "по территории X" and "через (территорию) X" of a sentence, but for an object
    of its own ("через Трансадриатический газопровод")."""
    out = []
    for i, token in enumerate(sent.tokens):
        if token.lemma not in {"по", "через"} or any(s.first <= i + 1 < s.last for s in own):
            continue
        j = i + 1
        if sent.lemma(j) == "территория":
            j += 1
        elif token.lemma == "по":
            continue
        if sent.name_at(j, *PLACES) is not None:
            out += [n.mention for n in places_from(sent, j)]  # "через Мазари-Шариф и Кабул"
    return out


def _antecedent(
    recent: Sequence[Structure], kind: str | None, at: int, generic: bool = False
) -> Structure | None:
    """The route the last sentences were about: the latest sentence's subject, else the
    latest route named. A route word names its kind: the latest of that kind, however far
    back, else a route of the last two sentences; a bridge or a tunnel is one named so. A
    word of any long route ("магистраль", "трасса") is the latest route of any kind."""
    same = [s for s in recent if s.mention.subtype == kind]
    near = [s for s in recent if s.mention.sentence >= at - 2 or generic]
    routes = same or ([] if kind in CROSSINGS else [s for s in near if s.mention.subtype in LINEAR])
    if not routes:
        return None
    latest = max(s.mention.sentence for s in routes)
    topics = [s for s in routes if s.mention.sentence == latest and s.topic]
    return topics[0] if topics else routes[-1]


def anaphoric_links(
    sent: Sent, own: Sequence[Structure], recent: Sequence[Structure]
) -> Iterable[Fact]:
    anaphor = _anaphor(sent, own)
    measured = anaphor is None and _measured(sent) and not own
    if anaphor is None and not measured:
        return
    head = head_at(sent, anaphor) if anaphor is not None else None
    generic = anaphor is not None and sent.lemma(anaphor) in ANY_ROUTE
    antecedent = _antecedent(recent, head[0] if head is not None else None, sent.index, generic)
    if antecedent is None:
        return
    connects: list[Mention] = []
    if anaphor is not None:
        verb = sent.tokens[anaphor].head
        verbs = conjuncts(sent, verb) if verb >= 0 else []
        # "Магистраль должна протянуться от X": the verb of a predicate of intent or duty
        verbs += [x for k in verbs for c in children(sent, k, "xcomp") for x in conjuncts(sent, c)]
        # "Трубопровод начинается в X, проходит через Y": a verb the parse left as a root of
        # its own, with no subject, shares the anaphor
        verbs += [
            k
            for k, token in enumerate(sent.tokens)
            if token.rel == "root"
            and k not in verbs
            and token.lemma in LAY | ENDS
            and not any(t.head == k and t.rel.startswith("nsubj") for t in sent.tokens)
        ]
        for k in verbs:
            connects += read_verb(sent, k, linear=True)[1]
            if sent.lemma(k) in CONNECT:
                # "соединит китайский Кашгар с узбекским Андижаном", however it is parsed
                connects += [n.mention for n in places_from(sent, k + 1)]
    connects += _transit(sent, own)
    seen: set[str] = set()
    roles: list[tuple[str, Mention]] = [("object", antecedent.mention)]
    for mention in connects:
        if mention.identity not in seen:
            seen.add(mention.identity)
            roles.append(("connects", mention))
    if len(roles) > 1:
        sentences = (antecedent.mention.sentence, sent.index)
        yield Fact(
            "infrastructure", tuple(roles), (), sentences, "infrastructure-anaphora", CARRIED
        )


WORD = re.compile(r"[\w-]+")
CODE = re.compile(r"\b[A-ZА-ЯЁ]{3,}\b")
ABBREVIATION = re.compile(r"\s*[(/]\s*[«\"“„]?([A-ZА-ЯЁ]{2,}[A-ZА-ЯЁa-z0-9-]*)[»\"”“]?\s*[)/]")


# words that say nothing of which object it is: "совместная железная дорога" is the railway
# the article names in full
NOISE = {"совме", "общий", "общая", "общее", "новый", "новая", "новое", "будущ", "нынеш"}


def _stem(word: str) -> str:
    # "Приморье-1" and "Приморье-2" are two names: a number is never cut off
    return word if any(c.isdigit() for c in word) else word[:5]


def _words(label: str) -> set[str]:
    return {_stem(w) for w in WORD.findall(label.lower().replace("ё", "е"))} - NOISE


def corefer_objects(facts: list[Fact], sents: Sequence[Sent]) -> list[Fact]:
    """Each object under the fullest name the article gives it (see the module docstring).
    A name that fits several objects is the one named last before it, else left alone."""
    text = {s.index: (s.start, s.text) for s in sents}
    mentions: dict[str, Mention] = {}
    for fact in facts:
        if fact.kind == "infrastructure":
            for mention in fact.role("object"):
                mentions.setdefault(mention.label, mention)
    words = {label: _words(label) | _abbreviation(m, text) for label, m in mentions.items()}
    canonical = _same_name(mentions, words)
    for label, mention in mentions.items():
        if label in canonical:
            continue
        own = _words(label)
        # "трубопровод ТАПИ" is the "газопровод ... (ТАПИ)": a code names one object,
        # whatever head word comes with it
        codes = {w[:5].lower() for w in CODE.findall(label)}
        fuller = [
            other
            for other in mentions.values()
            if other.label != label
            and other.subtype == mention.subtype
            and (
                own < words[other.label]
                or (codes and codes <= words[other.label] and _fuller(other, mention, words))
            )
        ]
        # "участок Решт – Астара" and "линия Решт – Астара": one route, named by its ends
        route = _route_key(label)
        fuller += [
            other
            for other in mentions.values()
            if route
            and other not in fuller
            and _route_key(other.label) == route
            and _compatible(mention, other)
            and _rank(other, words) > _rank(mention, words)
        ]
        if not fuller:
            continue
        fullest = max(fuller, key=lambda m: len(words[m.label]))
        chain = all(words[m.label] <= words[fullest.label] for m in fuller)
        if len(fuller) > 1 and not chain:
            # two objects it could be: the one named last before it, if any
            before = [m for m in fuller if m.sentence <= mention.sentence]
            if not before:
                continue
            fullest = max(before, key=lambda m: (m.sentence, m.start))
        canonical[label] = fullest
    if not canonical:
        return facts
    out = []
    for fact in facts:
        # an object may also be where another is ("терминал в порту Туркменбаши") or a project
        if any(m.kind == "infrastructure" and m.label in canonical for _, m in fact.roles):
            roles = tuple(
                (r, _fullest(canonical, m) if m.kind == "infrastructure" else m)
                for r, m in fact.roles
            )
            fact = replace(fact, roles=roles)
        out.append(fact)
    return out


def _fuller(other: Mention, mention: Mention, words: dict[str, set[str]]) -> bool:
    """Of two names of one code, the one of more words; of as many ("газопровод ТАПИ",
    "трубопровод ТАПИ"), the one named first: a later sentence varies the head word."""
    a, b = len(words[other.label]), len(words[mention.label])
    return a > b or (a == b and (other.sentence, other.start) < (mention.sentence, mention.start))


QUOTED = re.compile(r"[«\"“„]([^»\"”“]+)[»\"”“]")
LATIN = re.compile(r"\b[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)*")


def _own_name(label: str) -> str | None:
    """The proper name in a label: its quoted part («Турецкий поток») or its Latin words
    ("Hafeet Rail"); a bare code ("(TurkStream)") is an alias, not the name."""
    found = QUOTED.search(label)
    if found:
        return found.group(1).strip().lower().replace("ё", "е")
    outside = re.sub(r"\([^)]*\)", " ", label)
    latin = LATIN.search(outside)
    return latin.group(0).lower() if latin else None


def _same_name(mentions: dict[str, Mention], words: dict[str, set[str]]) -> dict[str, Mention]:
    """ "морской газопровод «Турецкий поток»" and "газопровод «Турецкий поток» (TurkStream)":
    objects of one kind called by one proper name are one, under its fullest label."""
    groups: dict[tuple[str, str], list[Mention]] = {}
    for label, mention in mentions.items():
        name = _own_name(label)
        if name:
            groups.setdefault((name, mention.subtype or ""), []).append(mention)
    out: dict[str, Mention] = {}
    for group in groups.values():
        if len(group) < 2:
            continue
        fullest = max(group, key=lambda m: (len(words[m.label]), -m.sentence, -m.start))
        out.update({m.label: fullest for m in group if m.label != fullest.label})
    return out


def _route_key(label: str) -> frozenset[str]:
    """The capitalised words after the head of a name, when they are two or more."""
    names = [_stem(w.lower()) for w in WORD.findall(label)[1:] if w[:1].isupper()]
    return frozenset(names) if len(names) >= 2 else frozenset()


def _compatible(a: Mention, b: Mention) -> bool:
    # a section word ("участок", "линия") gives a route no kind of its own
    return a.subtype == b.subtype or "Corridor" in {a.subtype, b.subtype}


def _rank(m: Mention, words: dict[str, set[str]]) -> tuple[int, int, int]:
    return (len(words[m.label]), -m.sentence, -m.start)


def _fullest(canonical: dict[str, Mention], mention: Mention) -> Mention:
    seen = 0
    while mention.label in canonical and seen < 5:
        mention = canonical[mention.label]
        seen += 1
    return mention


def _abbreviation(mention: Mention, text: dict[int, tuple[int, str]]) -> set[str]:
    """ "газопровод Туркменистан – ... – Индия (ТАПИ)": the abbreviation after a name."""
    start, sentence = text.get(mention.sentence, (0, ""))
    found = ABBREVIATION.match(sentence, mention.stop - start)
    return {found.group(1).lower()[:5]} if found else set()


def placed_as_before(facts: list[Fact]) -> list[Fact]:
    """A port or terminal the article places nowhere stands where the article's one of the
    same kind named before it stands: "строительство терминала в Пакистане ... второй
    контейнерный терминал принесет ..." (news names the country once)."""
    placed = {
        m.label
        for f in facts
        if f.kind == "infrastructure" and (f.role("place") or f.role("connects"))
        for m in f.role("object")
    }
    last: dict[str, Mention] = {}
    out = []
    for fact in facts:
        objects = fact.role("object") if fact.kind == "infrastructure" else []
        if not objects:
            out.append(fact)
            continue
        kind = objects[0].subtype or ""
        where = fact.role("place")
        if where:
            last[kind] = where[0]
        elif objects[0].label not in placed and kind in POINTS and kind in last:
            fact = replace(fact, roles=(*fact.roles, ("place", last[kind])))
        out.append(fact)
    return out


LATER = ("второй ", "третий ", "четвертый ", "четвёртый ")


def first_of_none(facts: list[Fact]) -> list[Fact]:
    """ "открыли первый автомобильный мост между ...": with no second one in the article,
    "первый" says the object is new, not which of several it is, and is no part of its
    name; beside a "второй терминал" it tells the two apart and stays."""
    labels = {m.label.lower() for f in facts for _, m in f.roles if m.kind == "infrastructure"}
    if any(label.startswith(LATER) for label in labels):
        return facts

    def plain(m: Mention) -> Mention:
        if m.kind != "infrastructure" or not m.label.lower().startswith("первый "):
            return m
        return replace(m, label=m.label[len("первый ") :])

    return [replace(f, roles=tuple((r, plain(m)) for r, m in f.roles)) for f in facts]
