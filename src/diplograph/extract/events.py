"""Events read off the dependency parse: which words tell of a meeting, and who, where and
when, by the roles their arguments fill.

A cue is a predicate of the tables below ("встретиться", "принять", "посетить",
"подписать") or an event noun ("встреча", "переговоры", "визит", "заседание"), a noun
taking the clause of the verb it hangs from ("провел переговоры", "приняли участие в
заседании", "заявил по итогам встречи"). A clause is the verb's subtree less the clauses
embedded in it (reported speech, relative and adverbial clauses) that do not hold the cue;
a participle's clause takes in the noun it describes ("Эрдоган, находящийся в Нахчыване с
визитом"). The people of the clause take part; "в X" says where (to where, for a visit);
its dates say when. A clause whose only actors are "стороны" or "лидеры" names its people
elsewhere, and the discourse supplies them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..data.lexicon import lexicon
from .context import Named, Sent
from .oneside import own_session, signs_an_act
from .tree import Tree

__all__ = ["CONDUCT", "SIDES", "Cue", "Occasion", "occasions", "places_in"]


@dataclass(frozen=True)
class Cue:
    label: str
    visit: bool = False  # the subject travels: the place "в X" (accusative) is where it happens
    needs_guest: bool = False  # an event only with a person as its object ("принял X")
    needs_two: bool = False  # an event only when two people act together ("обсудили A и B")
    call: bool = False  # a telephone or video call: no place
    signing: bool = False
    joins: bool = False  # its people join the event told before: a signing, a co-chair


VERBS = {
    "встретиться": Cue("Встреча"),
    "встречаться": Cue("Встреча"),
    "переговорить": Cue("Переговоры"),
    "побеседовать": Cue("Беседа"),
    "принять": Cue("Встреча", needs_guest=True),
    "принимать": Cue("Встреча", needs_guest=True),
    "встретить": Cue("Встреча", needs_guest=True),
    "сопровождать": Cue("Встреча", needs_guest=True),
    "участвовать": Cue("Заседание", joins=True),
    "посетить": Cue("Визит", visit=True),
    "посещать": Cue("Визит", visit=True),
    "прибыть": Cue("Визит", visit=True),
    "обсудить": Cue("Переговоры", needs_two=True),
    "возглавить": Cue("Заседание", needs_two=True),
    "провести": Cue("Встреча", needs_two=True),
    "председательствовать": Cue("Заседание", needs_two=True),
    "подписать": Cue("Подписание", signing=True, joins=True),
    "подписывать": Cue("Подписание", signing=True, joins=True),
}
NOUNS = {
    "встреча": Cue("Встреча"),
    "переговоры": Cue("Переговоры"),
    "переговор": Cue("Переговоры"),
    "визит": Cue("Визит", visit=True),
    "беседа": Cue("Беседа"),
    "разговор": Cue("Телефонный разговор", call=True),
    "видеоконференция": Cue("Видеоконференция", call=True),
    "заседание": Cue("Заседание"),
    "саммит": Cue("Саммит"),
    "консультация": Cue("Консультации"),
    "церемония": Cue("Церемония"),
    "мероприятие": Cue("Встреча"),
    "подписание": Cue("Подписание", signing=True, joins=True),
    # "принял участие в работе комиссии", "сказал сопредседатель комиссии X"
    "участие": Cue("Заседание", joins=True),
    "сопредседатель": Cue("Заседание", joins=True),
}
# people named under these are not taking part: "по поручению президента ...", "послание"
NOT_PARTICIPANT = {"поручение", "имя", "приветствие", "послание", "корреспондент", "слово"}
# who the actors are when the clause names nobody: "стороны", "лидеры", "министры"
SIDES = {
    "сторона",
    "лидер",
    "министр",
    "президент",
    "глава",
    "премьер",
    "премьер-министр",
    "вице-премьер",
    "сопредседатель",
    "участник",
    "собеседник",
    "делегация",
    "руководитель",
    "они",
}
TRAVEL = {"находиться", "прибыть", "пребывать", "посещать", "посетить"}  # as participles
WHERE = {"где", "куда", "когда"}  # a relative clause of place or time: the same actors
PLACE_NOUNS = {"столица", "территория"}  # "посещает столицу Казахстана": the country
KIND_WORDS = {"город", "г", "село", "поселок", "посёлок", "аул", "курорт"}
# where an event is held: "на полях форума в Астане", "на выставке в Шанхае"
GATHERINGS = {
    "форум",
    "выставка",
    "конференция",
    "съезд",
    "сессия",
    "поле",
    "рамка",
    "резиденция",
    "дворец",
    "ход",
    "время",
}
CALL_WORDS = {"телефонный", "телефон", "видеосвязь", "видеоконференция", "онлайн"}
NOT_YET = {"следующий", "предстоящий", "будущий"}
# verbs whose object is the event itself: "провели переговоры", "имели встречу"
CONDUCT = {
    "провести",
    "проводить",
    "иметь",
    "начать",
    "завершить",
    "продолжить",
    "организовать",
    "принять",  # "принял участие"
}
PLANNED_HEADS = {"договоренность", "подготовка", "решение", "намерение", "готовность", "план"}


@dataclass
class Occasion:
    """An event as one clause tells it."""

    sentence: int
    label: str
    people: list[Named]  # persons, and roles to be resolved to them
    sides: str  # "сторона", "лидер", "министр": the people are named elsewhere
    places: list[Named]
    dates: list[str]
    visit: bool
    call: bool
    signing: bool
    joins: bool
    visitors: list[Named] = field(default_factory=list)  # who came on the visit
    guest: bool = False  # "гостя принял X": the visitor is a participant


def _cue(sent: Sent, tree: Tree, i: int) -> Cue | None:
    token = sent.tokens[i]
    if token.pos in {"VERB", "AUX"}:
        verb = VERBS.get(token.lemma)
        return None if verb and verb.signing and signs_an_act(sent, tree, i) else verb
    cue = NOUNS.get(token.lemma) if token.pos in {"NOUN", "PROPN"} else None
    head = tree.head(i)
    if (
        cue is not None
        and token.rel == "obj"
        and head >= 0
        and sent.tokens[head].pos == "VERB"
        and sent.lemma(head) not in CONDUCT
    ):
        return None  # "приветствовал подписание", "одобрили визит": spoken of, not told
    if cue is not None and cue.signing:
        # "договоренность о подписании", "к подписанию": a signing to come
        head = tree.head(i)
        if sent.lemma(i - 1) in {"к", "для"} or (head >= 0 and sent.lemma(head) in PLANNED_HEADS):
            return None
    if cue is not None and (signs_an_act(sent, tree, i) or own_session(sent, tree, i)):
        return None  # one side alone: "подписал указ", "на заседании правительства"
    return cue


def _not_yet(sent: Sent, tree: Tree, cue: int, top: int) -> bool:
    """ "Следующее заседание пройдет в Москве", "договорились провести": not what happened."""
    verb = sent.tokens[top]
    if verb.pos in {"VERB", "AUX"} and (
        verb.feat("Tense") == "Fut" or verb.feat("VerbForm") == "Inf"
    ):
        return True
    if any(
        sent.lemma(c) == "быть" and sent.tokens[c].feat("Tense") == "Fut"
        for c in tree.children[top]
    ):
        return True
    return any(sent.lemma(c) in NOT_YET for c in tree.children[cue])


def _preposition(sent: Sent, first: int) -> str:
    """The preposition before a name, over its adjectives and a generic word for what it
    is: "в туркменском Авазе", "в городе Чэнду"."""
    i = first - 1
    while i >= 0 and (sent.tokens[i].pos == "ADJ" or sent.lemma(i) in KIND_WORDS | {"."}):
        i -= 1
    return sent.lemma(i)


def _venue(sent: Sent, tree: Tree, i: int) -> bool:
    """Whether a place hangs from the event itself (its verb, its noun, a gathering) and not
    from a thing spoken of: "обсудили ситуацию в Афганистане" names no venue."""
    head = tree.head(i)
    while head >= 0 and sent.lemma(head) in KIND_WORDS:
        head = tree.head(head)
    if head < 0 or sent.tokens[head].pos not in {"NOUN", "PROPN"}:
        return True
    lemma = sent.lemma(head)
    return lemma in NOUNS or lemma in GATHERINGS or lemma in PLACE_NOUNS


def _places(sent: Sent, tree: Tree, clause: set[int], visit: bool) -> list[Named]:
    heads = lexicon().post_heads
    out: list[Named] = []
    for named in sent.names_of("city", "country", "region", "place"):
        if named.first not in clause:
            continue
        head = tree.head(named.first)
        if head >= 0 and sent.lemma(head) in heads:
            continue  # "посол Казахстана в Азербайджане": a title's country
        if not _venue(sent, tree, named.first):
            continue
        case = sent.tokens[named.first].feat("Case")
        before = _preposition(sent, named.first)
        if (before in {"в", "во", "на"} and case != "Acc") or (
            visit
            and (
                (before in {"в", "во"} and case == "Acc")
                or (sent.tokens[named.first].rel == "obj" and named.mention.kind != "place")
            )
        ):
            out.append(named)
        elif before in PLACE_NOUNS and named.mention.kind == "country":
            # "в столице Казахстана", "посещает столицу Казахстана": the city is not named
            where = _preposition(sent, named.first - 1)
            if where in {"в", "во", "на"} or visit:
                out.append(named)
    return out


def places_in(sent: Sent) -> list[Named]:
    """Where a sentence says its main clause happened."""
    tree = Tree(sent.tokens)
    return _places(sent, tree, set(range(len(sent.tokens))), False)


def _people(sent: Sent, tree: Tree, clause: set[int], roles: Sequence[Named]) -> list[Named]:
    out = []
    for named in [*sent.names_of("person"), *roles]:
        if not any(k in clause for k in range(named.first, named.last)):
            continue
        above = tree.ancestors(named.first)
        if any(sent.lemma(k) in NOT_PARTICIPANT for k in above[:4]) or (
            sent.lemma(named.first - 1) in NOT_PARTICIPANT
        ):
            continue
        out.append(named)
    return sorted(out, key=lambda n: n.first)


def _sides(sent: Sent, clause: set[int]) -> str:
    """The word the clause names its actors by, when it names them so: "стороны", "лидеры"."""
    return next(
        (
            sent.lemma(i)
            for i in sorted(clause)
            if sent.lemma(i) in SIDES
            and (sent.tokens[i].feat("Number") == "Plur" or sent.lemma(i) == "они")
            and sent.tokens[i].rel in {"nsubj", "nsubj:pass", "nmod", "obl:agent", "obl", "obj"}
        ),
        "",
    )


def _dates(sent: Sent, clause: set[int]) -> list[str]:
    out = []
    for date in sent.dates:
        if "/" in date.value:
            continue  # a period is not the time of an event
        at = sent.token_at(date.start)
        if len(date.value) < 7 and (
            sent.lemma(at - 1) not in {"в", "во"} or not sent.tokens[at].text.isdigit()
        ):
            # a bare year only as "в 2014 году": "по итогам 2023 года" is a period, "в этом
            # году" says the event is under way
            continue
        if at in clause:
            out.append(date.value)
    return sorted(out, key=len, reverse=True)  # the day before the year


def occasions(sent: Sent, roles: Sequence[Named]) -> list[Occasion]:
    """The events the sentence tells of, one per clause holding a cue."""
    tree = Tree(sent.tokens)
    found: dict[int, Occasion] = {}
    for i in range(len(sent.tokens)):
        cue = _cue(sent, tree, i)
        if cue is None:
            continue
        top = tree.anchor(i)
        if _not_yet(sent, tree, i, top):
            continue
        clause = tree.clause(top, i) | tree.clause(i, i)
        if sent.tokens[top].rel.startswith("acl") and tree.head(top) >= 0:
            noun = tree.head(top)
            if any(sent.lemma(c) in WHERE for c in tree.children[top]):
                # "посетил Самарканд, где встретился с хокимом": the subject is the visitor's
                clause |= _subject(sent, tree, noun)
            else:
                # a participle or relative clause: the noun it describes is its subject
                clause |= {noun} | {
                    c
                    for c in tree.children[noun]
                    if sent.tokens[c].rel in {"appos", "flat:name", "nmod", "amod", "conj"}
                }
        people = _people(sent, tree, clause, roles)
        guest = any(sent.tokens[k].rel == "obj" for p in people for k in range(p.first, p.last))
        visitor = _object(sent, tree, top, "гость")
        if cue.needs_guest and not (
            guest or visitor or _object(sent, tree, top, "делегация") or len(people) > 1
        ):
            continue
        if cue.needs_guest and not guest and _thing_received(sent, tree, top):
            continue  # "принял приглашение", "принял закон": no one was received
        if cue.needs_two and len(people) < 2:
            continue
        occasion = found.get(top)
        if occasion is None:
            found[top] = Occasion(
                sent.index,
                cue.label,
                people,
                _sides(sent, clause),
                _places(sent, tree, clause, cue.visit),
                _dates(sent, clause),
                cue.visit,
                cue.call or any(sent.lemma(k) in CALL_WORDS for k in clause),
                cue.signing,
                cue.joins,
                _visitors(sent, tree, i, top, people) if cue.visit else [],
                visitor,
            )
        else:
            # a second cue of the clause: "провел переговоры в ходе визита"
            occasion.visit |= cue.visit
            occasion.signing |= cue.signing
            occasion.joins |= cue.joins
            occasion.call |= cue.call
            if cue.visit:
                occasion.places = _places(sent, tree, clause, True) or occasion.places
                occasion.visitors = occasion.visitors or _visitors(sent, tree, i, top, people)
    return [found[top] for top in sorted(found)]


def _subject(sent: Sent, tree: Tree, noun: int) -> set[int]:
    """The subject of the clause a noun belongs to, with its names."""
    verb = tree.anchor(noun)
    out: set[int] = set()
    for child in tree.children[verb]:
        if sent.tokens[child].rel.startswith("nsubj"):
            out |= tree.clause(child, child)
    return out


def _thing_received(sent: Sent, tree: Tree, verb: int) -> bool:
    """ "Принял приглашение посетить", "принял решение": the object is not a person."""
    return any(
        sent.tokens[c].rel == "obj"
        and sent.tokens[c].pos == "NOUN"
        and sent.lemma(c) not in {"гость", "делегация"} | SIDES
        and sent.tokens[c].feat("Animacy") != "Anim"
        for c in tree.children[verb]
    )


def _object(sent: Sent, tree: Tree, verb: int, lemma: str) -> bool:
    return any(sent.lemma(c) == lemma and sent.tokens[c].rel == "obj" for c in tree.children[verb])


def _visitors(sent: Sent, tree: Tree, cue: int, top: int, people: list[Named]) -> list[Named]:
    """Who came: the subject of "посетил", "прибыл"; the noun a participle describes
    ("министра, находящегося в стране с визитом"); the genitive of "визит президента"."""
    travelling = [
        k
        for k, t in enumerate(sent.tokens)
        if t.lemma in TRAVEL and t.feat("VerbForm") == "Part" and tree.head(k) >= 0
    ]
    if travelling:
        # "принял находящегося в стране с визитом министра": the tree may hang "визитом"
        # from the host's verb; the participle says who came
        noun = tree.head(travelling[0])
        part = tree.clause(noun, noun) - tree.clause(travelling[0], travelling[0])
        return [p for p in people if p.first in part]
    part = tree.clause(cue, cue) if sent.tokens[cue].pos == "NOUN" else set()
    if sent.tokens[top].rel.startswith("acl") and tree.head(top) >= 0:
        part |= tree.clause(tree.head(top), tree.head(top)) - tree.clause(top, top)
    for child in tree.children[top]:
        if sent.tokens[child].rel.startswith("nsubj"):
            part |= tree.clause(child, child)
    return [p for p in people if p.first in part]
