"""Where an event was, read from the words around it when the parse hangs the place
elsewhere: a place right after the event noun ("переговоры в Анкаре президентов X и Y"), a
site named by its town's adjective ("в Ташкентском аэропорту"), the noun a "где" clause
describes ("в аэропорту Баку, где его встретил X"), a reception thanked for ("за теплый
прием в Бишкеке").
"""

from __future__ import annotations

from ..data.gazetteer import gazetteer
from ..data.lexicon import lexicon
from .context import Named, Sent, place_mention
from .cues import NOUNS
from .tree import Tree

__all__ = [
    "after_event_noun",
    "bare_subject",
    "member_of_delegation",
    "reception",
    "root_across",
    "site_town",
    "town_adjective",
    "where_noun",
]

IN = {"в", "во"}
# the words a place may stand after and still be of the event noun: "встреча в Москве"
EVENT_NOUNS = set(NOUNS) - {"участие", "сопредседатель", "разговор", "видеоконференция"}
# sites an event is held at, named by their town: "в Ташкентском аэропорту"
SITES = {"аэропорт", "порт", "дворец", "резиденция", "вокзал", "зал", "центр"}
RECEPTIONS = {"прием", "приём", "гостеприимство"}
SKIP = {"ADJ", "DET"}
GENITIVE_REACH = 9  # words of a name between an event noun and its place
ENVOYS = {"посол", "постпред", "полпред", "представитель", "консул", "генконсул", "торгпред"}


def _before(sent: Sent, first: int) -> int:
    """The index of the word before a name, over its adjectives and a word for a town."""
    k = first - 1
    while k >= 0 and (sent.tokens[k].pos in SKIP or sent.lemma(k) in {"город", "г", "."}):
        k -= 1
    return k


def after_event_noun(sent: Sent, named: Named, clause: set[int]) -> bool:
    """ "переговоров в Анкаре президентов ...", "встреча в Ташкенте": "в X" in the locative
    right after an event noun of the clause is where that event was, however the parse
    hangs X."""
    k = _before(sent, named.first)
    if k < 1 or sent.lemma(k) not in IN or sent.tokens[named.first].feat("Case") != "Loc":
        return False
    noun = k - 1
    # "на заседании Совета министров иностранных дел в Минске": the body the session is
    # of, its genitive words between, names no place of its own
    while noun > 0 and noun > k - GENITIVE_REACH and _of_name(sent, noun):
        noun -= 1
    return noun in clause and sent.tokens[noun].pos == "NOUN" and sent.lemma(noun) in EVENT_NOUNS


def _of_name(sent: Sent, k: int) -> bool:
    """A genitive word of what an event is of ("Совета министров", "ШОС"), not an envoy's
    title ("встреча посла X в Y": where the envoy serves)."""
    token = sent.tokens[k]
    if sent.lemma(k) in ENVOYS or sent.lemma(k) in EVENT_NOUNS:
        return False
    return token.pos in {"NOUN", "PROPN", "ADJ"} and (
        token.feat("Case") == "Gen" or (token.text.isupper() and token.text.isalpha())
    )


def site_town(sent: Sent, tree: Tree, noun: int) -> list[Named]:
    """ "в Ташкентском международном аэропорту": a site in the locative named by its
    town's adjective says the town."""
    if sent.lemma(noun) not in SITES or sent.tokens[noun].feat("Case") != "Loc":
        return []
    town = town_adjective(sent, tree, noun)
    return [town] if town is not None else []


def where_noun(sent: Sent, tree: Tree, noun: int) -> list[Named]:
    """ "в Ташкенте, где его встретил X", "в аэропорту Баку, где": a "где" clause is set
    where the noun it describes is: that place, or the town of that site."""
    if sent.tokens[noun].feat("Case") != "Loc":
        return []
    for named in sent.names_of("city", "country", "region", "place"):
        if named.first <= noun < named.last:
            return [named]
    towns = [
        n
        for n in sent.names_of("city", "place")
        if n.first == noun + 1 and sent.tokens[n.first].feat("Case") == "Gen"
    ]
    return towns or site_town(sent, tree, noun)


def reception(sent: Sent) -> list[Named]:
    """ "поблагодарил за теплый прием в Бишкеке": the town a reception was given in is
    where the guest was received."""
    out = []
    for named in sent.names_of("city", "region", "place"):
        k = _before(sent, named.first)
        if (
            k >= 1
            and sent.lemma(k) in IN
            and sent.tokens[named.first].feat("Case") == "Loc"
            and sent.lemma(k - 1) in RECEPTIONS
        ):
            out.append(named)
    return out


def root_across(sent: Sent, tree: Tree, cue: int) -> int | None:
    """ "Об этом на переговорах с X заявил Y, выразив надежду, что ... удвоится": a noun
    said before the sentence's main verb that the parse hangs from a verb of a clause after
    it (an arc across the root) belongs to the main verb: its index, else None. So with the
    noun phrase it is in ("Как передает X, заявил Y в ходе брифинга по итогам переговоров
    с Z", "итогам" hung from "передает")."""
    root = next((k for k, h in enumerate(tree.heads) if h < 0), -1)
    if root < 0 or sent.tokens[root].pos != "VERB":
        return None
    k = cue
    for _ in range(len(sent.tokens)):
        head = tree.head(k)
        if head < 0:
            return None
        if k < root < head or head < root < k:
            return root if sent.tokens[k].rel in {"obl", "nmod"} else None
        if sent.tokens[head].pos in {"VERB", "AUX"} or sent.tokens[k].pos != "NOUN":
            return None
        k = head
    return None


def bare_subject(sent: Sent, tree: Tree, verb: int, cue: int, people: list[Named]) -> str:
    """ "заявил министр на переговорах с X", "сказал президент": a subject that is a title
    alone (no name, no country, no adjective), told of an event with one other side: the
    title's word, else "". One who speaks of an event ("напомнил о визите X") names none."""
    if len(people) > 1 or any(sent.lemma(c) in {"о", "об"} for c in tree.children[cue]):
        return ""
    named = {k for n in sent.names for k in range(n.first, n.last)}
    for c in tree.children[verb]:
        token = sent.tokens[c]
        if (
            token.rel == "nsubj"
            and token.pos == "NOUN"
            and token.feat("Number") == "Sing"
            and token.lemma in lexicon().post_heads
            and c not in named
            and not any(p.first <= c < p.last for p in people)
            and not any(sent.tokens[k].pos != "PUNCT" for k in tree.children[c])
        ):
            return token.lemma
    return ""


def member_of_delegation(sent: Sent, tree: Tree, verb: int) -> bool:
    """ "с делегацией, в состав которой входят X и Y", "в состав делегации вошли X": the
    members of a delegation take part in its event."""
    if sent.lemma(verb) not in {"входить", "войти"}:
        return False
    for c in tree.children[verb]:
        if sent.lemma(c) != "состав":
            continue
        whose = [sent.lemma(k) for k in tree.children[c]]
        if "делегация" in whose or (
            "который" in whose and sent.lemma(tree.head(verb)) == "делегация"
        ):
            return True
    return False


def town_adjective(sent: Sent, tree: Tree, noun: int) -> Named | None:
    """The town an adjective of a noun names: "Петербургского" of "форума"."""
    for c in tree.children[noun]:
        if sent.tokens[c].rel != "amod" or sent.tokens[c].pos != "ADJ":
            continue
        place = gazetteer().by_adjective(sent.lemma(c))
        if place is not None and place.kind == "city":
            token = sent.tokens[c]
            return Named(c, c + 1, place_mention(place, sent.index, token.start, token.stop))
    return None
