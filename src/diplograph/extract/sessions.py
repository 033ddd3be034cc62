"""Parts of an event's clause read further: its dates, the clause saying where a session
took place ("заседание, которое прошло в X"), the name a session goes by ("17-е заседание
межправкомиссии"), an event noun naming only the one met ("встреча с X"), and a person in
brackets who only tells who another one is."""

from __future__ import annotations

import re

from .context import Named, Sent
from .tree import Tree

__all__ = [
    "TOOK_PLACE",
    "aside",
    "event_dates",
    "owner",
    "partner_only",
    "session_name",
    "shared_subject",
    "told",
    "told_to",
    "took_place",
]

FRAMES = {"ход", "время", "итог"}  # "в ходе", "во время", "по итогам" an event told
# "Она состоялась в Москве", "заседание, которое прошло в X"
TOOK_PLACE = {"состояться", "пройти", "проходить"}
# sessions that go by the name of their body: "заседание Межправкомиссии", "саммит ШОС"
SESSIONS = {"заседание", "сессия", "саммит", "съезд", "совещание"}
BODIES = {"комиссия", "межправкомиссия", "совет", "комитет", "организация", "союз"}
OUTCOMES = {"итог", "результат"}  # "подвели итоги визита": the visit spoken of
NAME_WORDS = 12  # a session's name at most: "15-е заседание комиссии по сотрудничеству"


def session_name(sent: Sent, tree: Tree, cue: int) -> str:
    """ "на 17-м заседании Государственной комиссии по ...": a session with the body it is
    of in the genitive goes by that phrase (in the nominative); else ""."""
    if sent.lemma(cue) not in SESSIONS or sent.tokens[cue].pos != "NOUN":
        return ""
    body = [
        c
        for c in tree.children[cue]
        if c > cue
        and sent.tokens[c].rel == "nmod"
        and sent.tokens[c].feat("Case") == "Gen"
        and (sent.lemma(c) in BODIES or sent.tokens[min(tree.clause(c, c))].text[:1].isupper())
    ]
    if not body:
        return ""
    first = cue
    while (
        first > 0 and tree.head(first - 1) == cue and sent.tokens[first - 1].pos in {"ADJ", "NUM"}
    ):
        first -= 1
    last = max(tree.clause(body[0], body[0]))
    last = min(last, first + NAME_WORDS - 1)
    while last > body[0] and sent.tokens[last].pos in {"PUNCT", "CCONJ", "ADP"}:
        last -= 1
    name = sent.phrase(first, last + 1)
    return name[:1].upper() + name[1:]  # a label, as the others begin


def shared_subject(sent: Sent, tree: Tree, verb: int) -> set[int]:
    """ "X принял участие в форуме, встретился с Y": a predicate joined to another with no
    subject of its own shares that one's subject."""
    if sent.tokens[verb].pos != "VERB" or _has_subject(sent, tree, verb):
        return set()
    first = verb
    if tree.head(verb) < 0:
        # the parse may leave the second predicate a root of its own, after a comma
        roots = [k for k in range(verb) if tree.head(k) < 0 and sent.tokens[k].pos == "VERB"]
        if roots and sent.tokens[verb - 1].text in {",", "и"}:
            return _subject(sent, tree, roots[-1])
    while sent.tokens[first].rel == "conj" and tree.head(first) >= 0:
        first = tree.head(first)
        if sent.tokens[first].pos != "VERB":
            return set()
        if _has_subject(sent, tree, first):
            return _subject(sent, tree, first)
    return set()


def _has_subject(sent: Sent, tree: Tree, verb: int) -> bool:
    return any(sent.tokens[c].rel.startswith("nsubj") for c in tree.children[verb])


def _subject(sent: Sent, tree: Tree, verb: int) -> set[int]:
    out: set[int] = set()
    for child in tree.children[verb]:
        if sent.tokens[child].rel.startswith("nsubj"):
            out |= tree.clause(child, child)
    return out


def partner_only(sent: Sent, cue: int, people: list[Named]) -> bool:
    """ "В X состоялась встреча с Y": an event noun naming only the one met, whose other
    side is the one the story is following."""
    return (
        sent.tokens[cue].pos == "NOUN"
        and len(people) == 1
        and people[0].first > cue
        and sent.lemma(people[0].first - 1) == "с"
        and not any(n.first < cue for n in sent.names_of("person"))
    )


def took_place(sent: Sent, tree: Tree, cue: int) -> set[int]:
    """ "переговоры министров, которые прошли в Минске": a relative clause saying where and
    when the event noun took place is part of its clause."""
    noun = sent.tokens[cue]
    if noun.pos != "NOUN":
        return set()
    out: set[int] = set()
    for k, verb in enumerate(sent.tokens):
        if verb.rel != "acl:relcl" or verb.lemma not in TOOK_PLACE or cue not in tree.ancestors(k):
            continue
        # the parse may hang the clause from a noun inside the event's phrase; the verb's
        # number and gender say which noun took place
        # ("которая проходит": a verb in the present has no gender to tell by)
        number, gender = verb.feat("Number"), verb.feat("Gender")
        if number != noun.feat("Number") or (
            number == "Sing" and gender is not None and gender != noun.feat("Gender")
        ):
            continue
        out |= tree.clause(k, k)
    return out


def told(sent: Sent, tree: Tree, cue: int) -> bool:
    """ "В ходе переговоров", "во время встречи", "на переговорах": an event noun with no
    partner of its own ("с X") in a frame of time, the event the article is telling of."""
    if sent.tokens[cue].pos != "NOUN":
        return False
    if any(
        sent.lemma(c) in {"с", "между"} for k in tree.children[cue] for c in [k, *tree.children[k]]
    ):
        return False
    k = cue - 1
    while k >= 0 and sent.tokens[k].pos == "ADJ":
        k -= 1
    return sent.lemma(k) in FRAMES or (sent.lemma(k) == "на" and sent.lemma(k - 1) != "по")


def aside(sent: Sent, named: Named) -> bool:
    """ "с вице-президентом X (сын правящего Y)": a person in brackets right after another
    person tells who that one is, and takes no part."""
    k = named.first - 1
    while k >= 0 and sent.tokens[k].text not in {"(", ")"}:
        k -= 1
    if k < 1 or sent.tokens[k].text != "(":
        return False
    return any(n.last == k for n in sent.names_of("person"))


def event_dates(sent: Sent, tree: Tree, clause: set[int], cue: int) -> list[str]:
    # "соглашения, подписанного в 2011 году": a participle's date is of the noun it describes
    described: set[int] = set()
    for p in clause:
        part = tree.clause(p, p)
        if sent.tokens[p].rel != "acl" or sent.tokens[p].feat("VerbForm") != "Part" or cue in part:
            continue
        if tree.head(p) == cue or sent.lemma(p) in TOOK_PLACE:
            continue  # "визит, состоявшийся в декабре": the event's own date
        # and the words after it up to the comma, however the parse hangs them
        end = next(
            (k for k in range(p + 1, len(sent.tokens)) if sent.tokens[k].text == ","),
            len(sent.tokens),
        )
        described |= part | (set(range(p, end)) if cue not in range(p, end) else set())
    clause = clause - described
    out = []
    for date in sent.dates:
        at = sent.token_at(date.start)
        value = _first_day(sent.tokens[at].text, date.value)
        if "/" in value:
            continue  # a period is not the time of an event
        if len(date.value) < 7 and (
            sent.lemma(at - 1) not in {"в", "во"} or not sent.tokens[at].text.isdigit()
        ):
            # a bare year only as "в 2014 году": "по итогам 2023 года" is a period, "в этом
            # году" says the event is under way
            continue
        if at in clause:
            out.append(value)
    return sorted(out, key=len, reverse=True)  # the day before the year


SPAN = re.compile(r"^(\d{1,2})[-–](\d{1,2})$")


def _first_day(word: str, value: str) -> str:
    """ "12-14 октября", "12–14 октября 2022 года": an event of a span of days begins on
    its first day (a span of one month; a longer period stays a period)."""
    if "/" in value:
        start, _, end = value.partition("/")
        return start if len(start) == len(end) == 10 and start[:7] == end[:7] else value
    span = SPAN.match(word)
    if span and len(value) == 10 and int(span.group(2)) == int(value[8:]):
        first = int(span.group(1))
        return f"{value[:8]}{first:02d}" if first < int(value[8:]) else value
    return value


def spoken_of(sent: Sent, tree: Tree, cue: int, people: list[Named]) -> list[Named]:
    """ "Президент напомнил о визите премьера X": an event spoken of ("о", "об") that names
    its own people has them alone; the one speaking of it may not have been there (of "о
    переговорах с X" he was the other side). So with its outcome summed up or weighed
    ("подвели итоги визита президента X", "оценили результаты переговоров X и Y")."""
    if sent.tokens[cue].pos != "NOUN":
        return people
    if not any(
        sent.lemma(c) in {"о", "об"} and sent.tokens[c].rel == "case" for c in tree.children[cue]
    ) and not _outcome_of(sent, tree, cue):
        return people
    own = tree.clause(cue, cue)
    if any(sent.lemma(k) in {"с", "со"} and sent.tokens[k].rel == "case" for k in own):
        return people  # "рассказал о переговорах с X": his own talks
    inside = [p for p in people if p.first in own]
    return inside or people


def _outcome_of(sent: Sent, tree: Tree, cue: int) -> bool:
    """ "итоги визита", "результаты переговоров" as the object of a verb."""
    head = tree.head(cue)
    return (
        sent.tokens[cue].feat("Case") == "Gen"
        and head >= 0
        and sent.lemma(head) in OUTCOMES
        and sent.tokens[head].rel == "obj"
    )


def told_to(sent: Sent, tree: Tree, cue: int, verb: int, people: list[Named]) -> list[Named]:
    """ "Орбан проинформировал Вучича о переговорах с Путиным": the one told takes no part."""
    if sent.tokens[cue].pos != "NOUN" or not any(
        sent.lemma(c) in {"о", "об"} and sent.tokens[c].rel == "case" for c in tree.children[cue]
    ):
        return people
    told = [tree.clause(c, c) for c in tree.children[verb] if sent.tokens[c].rel in {"obj", "iobj"}]
    return [p for p in people if not any(p.first in t and cue not in t for t in told)]


def owner(sent: Sent, tree: Tree, cue: int, people: list[Named]) -> list[Named]:
    """ "Как сообщил X, это подтвердили на его встрече с Y": the one whose event it is, named
    before the cue outside its clause; "его" with no person before it stays unresolved."""
    if sent.tokens[cue].pos != "NOUN" or not any(
        sent.tokens[c].text.lower() in {"его", "её", "ее"} for c in tree.children[cue]
    ):
        return []
    before = [n for n in sent.names_of("person") if n.last <= cue and n not in people]
    return before[-1:]
