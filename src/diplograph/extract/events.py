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

from .context import Named, Sent
from .cues import CONDUCT, PLANNING, VERBS, Cue, noun_cue
from .eventplaces import (
    bare_subject,
    member_of_delegation,
    reception,
    root_across,
    where_noun,
)
from .oneside import own_session, signs_an_act
from .sessions import (
    TOOK_PLACE,
    aside,
    event_dates,
    owner,
    partner_only,
    session_name,
    shared_subject,
    spoken_of,
    told,
    told_to,
    took_place,
)
from .tree import Tree
from .venues import (
    destination,
    frame,
    host_country,
    places,
    places_in,
    town_of_gathering,
)

__all__ = ["CONDUCT", "SIDES", "Cue", "Occasion", "occasions", "places_in"]


# people named under these are not taking part: "по поручению президента ...", "послание"
# "по приглашению президента X": who invited is not said to take part
NOT_PARTICIPANT = {"поручение", "имя", "приветствие", "послание", "корреспондент", "слово"}
NOT_PARTICIPANT |= {"приглашение"}
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
TRAVEL = {"находиться", "прибыть", "приехать", "пребывать", "посещать", "посетить"}
WHERE = {"где", "куда", "когда"}  # a relative clause of place or time: the same actors
CALL_WORDS = {"телефонный", "телефон", "видеосвязь", "видеоконференция", "онлайн"}
NOT_YET = {"следующий", "предстоящий", "будущий", "запланированный", "намеченный"}
# bodies two sides share, whose sessions are meetings: "сессия совместной комиссии"
JOINT_BODIES = {"комиссия", "межправкомиссия", "совет", "комитет"}
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
    # "Во время переговоров X отметил": the event told before, named again, not a new one
    told: bool = False
    # "Он встретился с X", "С ним встретился X": one the sentence before told of
    he: bool = False
    name: str = ""  # what a session goes by: "17-е заседание Межправкомиссии"
    # "заявил министр на переговорах с X": the subject by a bare title, the article's one
    # holder of it
    bare: str = ""


def _cue(sent: Sent, tree: Tree, i: int) -> Cue | None:
    token = sent.tokens[i]
    if token.pos in {"VERB", "AUX"}:
        verb = VERBS.get(token.lemma)
        if token.lemma == "поставить" and any(
            sent.lemma(c) == "подпись" and sent.tokens[c].rel == "obj" for c in tree.children[i]
        ):
            verb = Cue("Подписание", signing=True, joins=True)  # "поставили подписи под ..."
        if verb is None and member_of_delegation(sent, tree, i):
            return Cue("Встреча", joins=True)  # "делегация, в состав которой входят X, Y"
        return None if verb and verb.signing and signs_an_act(sent, tree, i) else verb
    cue = noun_cue(token.lemma, token.text, token.pos)
    if token.lemma == "сессия" and any(sent.lemma(c) in JOINT_BODIES for c in tree.children[i]):
        cue = Cue("Заседание")  # "сессия межправкомиссии"; "сессия Генассамблеи" is a forum
    head = tree.head(i)
    if (
        token.lemma in {"она", "он"}
        and token.rel == "nsubj"
        and sent.lemma(head) in TOOK_PLACE
        and sent.index > 0  # a headline's "он" is of no event told before
        and not any(
            sent.lemma(c) in {"через", "от"}
            for k in tree.children[head]
            for c in [k, *tree.children[k]]
        )
    ):
        return Cue("Встреча")  # "проходит через X": a route, not an event
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
    # "наметили планы, включая визит лидера в Москву"; "подписали План действий" is a signing
    plans = PLANNING | ({"план"} if sent.tokens[cue].pos == "NOUN" else set())
    if sent.lemma(top) in PLANNING or any(sent.lemma(k) in plans for k in tree.ancestors(cue)[:3]):
        return True
    if any(_to_come(sent, tree, c) for c in tree.children[cue]):
        return True  # "визит в Венгрию, который состоится 28 сентября"
    return any(sent.lemma(c) in NOT_YET | PLANNING for c in tree.children[cue])


def _to_come(sent: Sent, tree: Tree, k: int) -> bool:
    """A relative clause telling the event in the future: "который состоится", "что пройдет"."""
    verbs = [k, *(c for c in tree.children[k] if sent.lemma(c) == "быть")]
    rel = sent.tokens[k].rel == "acl:relcl"
    return rel and any(sent.tokens[v].feat("Tense") == "Fut" for v in verbs)


def _people(sent: Sent, tree: Tree, clause: set[int], roles: Sequence[Named]) -> list[Named]:
    out = []
    for named in [*sent.names_of("person"), *roles]:
        if not (
            any(k in clause for k in range(named.first, named.last)) or _titled(sent, clause, named)
        ):
            continue
        above = tree.ancestors(named.first)
        if any(sent.lemma(k) in NOT_PARTICIPANT for k in above[:4]) or (
            sent.lemma(named.first - 1) in NOT_PARTICIPANT
            or _named_for(sent, named)
            or aside(sent, named)
        ):
            continue
        out.append(named)
    return sorted(out, key=lambda n: n.first)


def _named_for(sent: Sent, named: Named) -> bool:
    """ "Аэропорт им. Гейдара Алиева": a place named after a person, who is not there."""
    k = named.first - 1
    if k >= 0 and sent.tokens[k].text == ".":
        k -= 1
    return k >= 0 and sent.tokens[k].text.lower() in {"им", "имени"}


def _titled(sent: Sent, clause: set[int], named: Named) -> bool:
    """ "с министром энергетики Азербайджана Парвизом Шахбазовым": a name right after its
    title is where its title is, though the parse may hang it from another title."""
    before = named.first - 1
    if named.mention.kind != "person" or before not in clause:
        return False
    word = sent.tokens[before]
    return word.pos in {"NOUN", "PROPN"} and word.feat("Case") in {
        "Gen",
        sent.tokens[named.first].feat("Case"),
    }


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


def occasions(sent: Sent, roles: Sequence[Named]) -> list[Occasion]:
    """The events the sentence tells of, one per clause holding a cue."""
    tree = Tree(sent.tokens)
    found: dict[int, Occasion] = {}
    cues = []
    planned: list[set[int]] = []  # the phrases of events to come: "предстоящий визит X"
    for i in range(len(sent.tokens)):
        token = sent.tokens[i]
        if noun_cue(token.lemma, token.text, token.pos) and any(
            sent.lemma(c) in NOT_YET | PLANNING or _to_come(sent, tree, c) for c in tree.children[i]
        ):
            planned.append(tree.clause(i, i))
        cue = _cue(sent, tree, i)
        if cue is None:
            continue
        top = tree.anchor(i)
        across = root_across(sent, tree, i) if sent.tokens[i].pos == "NOUN" else None
        if across is not None:
            top = across
        if not _not_yet(sent, tree, i, top):
            cues.append((i, cue, top, across))
    for i, cue, top, across in cues:
        clause = tree.clause(top, top if across is not None else i)
        clause |= tree.clause(i, i) | took_place(sent, tree, i)
        where: list[Named] = []
        if sent.tokens[top].rel.startswith("acl") and tree.head(top) >= 0:
            noun = tree.head(top)
            if any(sent.lemma(c) in WHERE for c in tree.children[top]):
                # "посетил Самарканд, где встретился с хокимом": the subject is the visitor's
                clause |= _subject(sent, tree, noun)
                if any(sent.lemma(c) == "где" for c in tree.children[top]):
                    where = where_noun(sent, tree, noun)  # set where the noun is
            else:
                # a participle or relative clause: the noun it describes is its subject
                clause |= {noun} | {
                    c
                    for c in tree.children[noun]
                    if sent.tokens[c].rel in {"appos", "flat:name", "nmod", "amod", "conj"}
                }
        if sent.tokens[top].feat("VerbForm") == "Conv" and tree.head(top) >= 0:
            # "заявил X, открывая переговоры с Y": a converb's subject is its verb's
            clause |= _subject(sent, tree, tree.head(top))
        clause |= shared_subject(sent, tree, top)
        people = spoken_of(
            sent, tree, i, told_to(sent, tree, i, top, _people(sent, tree, clause, roles))
        )
        people += owner(sent, tree, i, people)
        # "обсудили предстоящий визит президента X": X is of the visit to come
        people = [p for p in people if not any(p.first in k and i not in k for k in planned)]
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
                places(sent, tree, clause, cue.visit, top)
                or where
                or (destination(sent, tree, i) if cue.visit else [])
                or town_of_gathering(sent, tree, clause)
                or (host_country(sent, tree, clause, top) if cue.visit else []),
                event_dates(sent, tree, clause, i),
                cue.visit,
                cue.call or any(sent.lemma(k) in CALL_WORDS for k in clause),
                cue.signing,
                cue.joins,
                _visitors(sent, tree, i, top, people) if cue.visit else [],
                visitor,
                not cue.call and len(people) <= 1 and told(sent, tree, i),
                any(
                    sent.lemma(c) in {"он", "она"}
                    and (sent.tokens[c].rel == "nsubj" or sent.lemma(c - 1) == "с")
                    for c in tree.children[top]
                )
                or partner_only(sent, i, people),
            )
        else:
            occasion.told = False
            # a second cue of the clause: "провел переговоры в ходе визита"
            occasion.visit |= cue.visit
            occasion.signing |= cue.signing
            occasion.joins |= cue.joins
            occasion.call |= cue.call
            # "подписали по итогам переговоров, которые прошли в X": the second cue's own
            # clause may say where and when
            occasion.places = occasion.places or places(sent, tree, clause, cue.visit, top)
            occasion.dates = occasion.dates or event_dates(sent, tree, clause, i)
            if cue.visit:
                occasion.places = (
                    places(sent, tree, clause, True, top)
                    or destination(sent, tree, i)
                    or occasion.places
                    or host_country(sent, tree, clause, top)
                )
                occasion.visitors = occasion.visitors or _visitors(sent, tree, i, top, people)
        found[top].name = found[top].name or session_name(sent, tree, i)
        found[top].bare = found[top].bare or bare_subject(sent, tree, top, i, people)
    scene = (frame(sent, tree) or reception(sent)) if found else []
    for occasion in found.values():
        # "В Аддис-Абебе X был принят Y, провел переговоры с Z": the scene the sentence is
        # set in is the place of each event it tells with none of its own
        occasion.places = occasion.places or scene
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
