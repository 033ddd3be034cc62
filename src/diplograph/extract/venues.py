"""Where an event happened, as a clause says it: "в X" hanging from the event (its verb, its
noun, a gathering), said right beside its verb, or, for a visit, the first "в X" after the cue.
"""

from __future__ import annotations

from ..data.lexicon import lexicon
from ..grammars.datewords import MONTH_BY_FORM
from .context import Named, Sent
from .cues import NOUNS
from .eventplaces import after_event_noun, town_adjective
from .tree import Tree

__all__ = [
    "KIND_WORDS",
    "destination",
    "frame",
    "host_country",
    "places",
    "places_in",
    "town_of_gathering",
]

MONTHS = set(MONTH_BY_FORM)
PLACE_NOUNS = {"столица", "территория"}  # "посещает столицу Казахстана": the country
# a site named by its city in the genitive: "в аэропорту Баку", "в порту Актау"
CITY_SITES = {"аэропорт", "порт", "пригород", "окрестность"}
SITE_DEPTH = 3  # sites within sites: "на переходе в городе X", "в зале дворца в X"
DESTINATION_REACH = 16  # words from a visit's cue to where it goes: a titled name between
# "находится в Могилевской области, он уже встретился": where its people are at the time
PRESENCE = {"находиться", "пребывать"}
KIND_WORDS = {"город", "г", "село", "поселок", "посёлок", "аул", "курорт", "остров"}
# where an event is held: "на полях форума в Астане", "на выставке в Шанхае"
SIGN_VERBS = {"подписать", "подписывать", "заключить", "заключать"}
SIGNINGS = {"подписание", "заключение"}
ENVOYS = {"посол", "постпред", "полпред", "представитель", "консул", "генконсул", "торгпред"}
# a country's own institutions, whose seat is at home: "в МИД Казахстана"
INSTITUTIONS = {
    "министерство",
    "мид",
    "мининдел",
    "минобороны",
    "минэкономики",
    "минфин",
    "минэнерго",
    "минтранс",
    "минсельхоз",
    "правительство",
    "парламент",
    "сенат",
    "меджлис",
    "мажилис",
    "администрация",
    "аппарат",
    "здание",
    "дом",
}
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


def _preposition(sent: Sent, first: int) -> str:
    """The preposition before a name, over its adjectives and a generic word for what it
    is: "в туркменском Авазе", "в городе Чэнду"."""
    i = first - 1
    while i >= 0 and (sent.tokens[i].pos == "ADJ" or sent.lemma(i) in KIND_WORDS | {"."}):
        i -= 1
    return sent.lemma(i)


def _venue(sent: Sent, tree: Tree, i: int) -> bool:
    """Whether a place hangs from the event itself (its verb, its noun, a gathering) and not
    from a thing spoken of: "обсудили ситуацию в Афганистане" names no venue. A site where
    the event was ("на пограничном переходе в городе X", "в аэропорту X") passes the place
    on to the event it hangs from."""
    head = tree.head(i)
    for _ in range(SITE_DEPTH):
        while head >= 0 and sent.lemma(head) in KIND_WORDS:
            head = tree.head(head)
        if head < 0 or sent.tokens[head].pos not in {"NOUN", "PROPN"}:
            return True
        lemma = sent.lemma(head)
        if lemma in NOUNS or lemma in GATHERINGS or lemma in PLACE_NOUNS:
            return True
        if sent.tokens[head].feat("Case") == "Gen" and sent.lemma(tree.head(head)) in SIGNINGS:
            return True  # "церемония подписания документов в Москве": what was signed
        if not _site(sent, tree, head):
            # "в здании таможни в городе X": the parse hangs the town from the site's own
            # genitive
            up = tree.head(head)
            if sent.tokens[head].feat("Case") != "Gen" or up < 0 or not _site(sent, tree, up):
                return False
            head = up
        head = tree.head(head)
    return False


def _site(sent: Sent, tree: Tree, i: int) -> bool:
    """A noun saying where, "в/на" with the locative: "на переходе", "в аэропорту"."""
    return sent.tokens[i].feat("Case") == "Loc" and any(
        sent.lemma(c) in {"в", "во", "на"} and sent.tokens[c].rel == "case"
        for c in tree.children[i]
    )


def _of_site(sent: Sent, tree: Tree, named: Named) -> bool:
    """ "В аэропорту Баку": a city named after the site it has, that site a place of the
    event."""
    head = tree.head(_root(tree, named))
    return (
        named.mention.kind in {"city", "place"}
        and head == named.first - 1
        and sent.lemma(head) in CITY_SITES
        and _site(sent, tree, head)
    )


def _root(tree: Tree, named: Named) -> int:
    """The word of a name the parse hangs it by: "Эмиратах" of "Объединенных Арабских
    Эмиратах", whose first word is an adjective of the name itself."""
    inside = range(named.first, named.last)
    return next((k for k in inside if tree.head(k) not in inside), named.first)


def _next_to(sent: Sent, tree: Tree, named: Named, verb: int) -> bool:
    """A place said right beside the event's verb ("в Абу-Даби был подписан", "подписали
    в Самарканде") is where it happened, however the parse hangs it."""
    if verb < 0 or sent.tokens[verb].pos != "VERB":
        return False
    between = range(named.last, verb) if verb >= named.last else range(verb + 1, named.first)
    # "подписали соглашения в Дохе": what was signed may stand between
    signed = {k for k in tree.children[verb] if sent.tokens[k].rel == "obj"}
    signed = signed if sent.lemma(verb) in SIGN_VERBS else set()
    return all(
        sent.tokens[k].pos in {"AUX", "ADV", "ADP"} or sent.lemma(k) in KIND_WORDS or k in signed
        for k in between
    )


def places(sent: Sent, tree: Tree, clause: set[int], visit: bool, verb: int = -1) -> list[Named]:
    heads = lexicon().post_heads
    out: list[Named] = []
    for named in sent.names_of("city", "country", "region", "place"):
        signed = _after_signing(sent, named) in clause
        if named.first not in clause and not signed:
            continue
        if after_event_noun(sent, named, clause):
            out.append(named)  # "переговоры в Анкаре президентов": however the parse hangs it
            continue
        noun = _city_of_place_noun(sent, named)
        if noun in clause and _venue(sent, tree, noun):
            out.append(named)  # however the parse hangs the town itself
            continue
        head = tree.head(named.first)
        if head >= 0 and sent.lemma(head) in heads and not _named_between(sent, head, named):
            continue  # "посол Казахстана в Азербайджане": a title's country
        if _described(sent, tree, named) or _posted_in(sent, named):
            continue
        if not (
            _venue(sent, tree, _root(tree, named)) or _next_to(sent, tree, named, verb) or signed
        ):
            continue
        case = sent.tokens[named.first].feat("Case")
        before = _preposition(sent, named.first)
        if (
            (before in {"в", "во", "на"} and case != "Acc")
            or (
                visit
                and (
                    (before in {"в", "во"} and case == "Acc")
                    or (
                        sent.tokens[_root(tree, named)].rel == "obj"
                        and named.mention.kind != "place"
                    )
                )
            )
            or _of_site(sent, tree, named)
            or _institution_of(sent, tree, named)
        ):
            out.append(named)
        elif before in PLACE_NOUNS and named.mention.kind != "city":
            # "в столице Казахстана", "посещает столицу Казахстана": the city is not named
            where = _preposition(sent, named.first - 1)
            if where in {"в", "во", "на"} or visit:
                out.append(named)
    return out


def _institution_of(sent: Sent, tree: Tree, named: Named) -> bool:
    """ "в минобороны Грузии", "в здании правительства Казахстана": the seat of a country's
    own institution is in that country (an embassy is not: it stands abroad)."""
    if named.mention.kind != "country" or sent.tokens[named.first].feat("Case") != "Gen":
        return False
    head = tree.head(_root(tree, named))
    for _ in range(SITE_DEPTH):
        if head < 0 or sent.lemma(head) not in INSTITUTIONS:
            return False
        if _site(sent, tree, head):
            return True
        if sent.tokens[head].feat("Case") != "Gen":
            return False
        head = tree.head(head)
    return False


def _city_of_place_noun(sent: Sent, named: Named) -> int:
    """ "в столице страны Малабо", "в столице Египта Каире": a town in apposition to the
    word for what it is, in "в X" with its genitives between: that word's index, else -1."""
    if named.mention.kind != "city":
        return -1
    k = named.first - 1
    while k >= 0 and sent.tokens[k].feat("Case") == "Gen" and sent.tokens[k].pos != "ADP":
        k -= 1
    if k < 0 or sent.lemma(k) not in PLACE_NOUNS or sent.tokens[k].feat("Case") != "Loc":
        return -1
    return k if _preposition(sent, k) in {"в", "во"} else -1


def _after_signing(sent: Sent, named: Named) -> int:
    """ "на церемонии подписания документов в Москве": a place right after a signing and
    what it signed is where it was signed, however the parse hangs it: the signing's index,
    else -1."""
    k = named.first - 1
    if sent.lemma(k) not in {"в", "во"}:
        return -1
    k -= 1
    while k >= 0 and sent.tokens[k].feat("Case") == "Gen" and sent.lemma(k) not in SIGNINGS:
        k -= 1
    return k if sent.lemma(k) in SIGNINGS else -1


def _posted_in(sent: Sent, named: Named) -> bool:
    """ "Посол Федеративной Республики Бразилия в Республике Беларусь": where an envoy
    serves, after the title and its country, whichever word the parse hangs it from."""
    k = named.first - 1
    if sent.lemma(k) not in {"в", "во"} or sent.tokens[named.first].feat("Case") == "Acc":
        return False
    k -= 1
    inside = {i for n in sent.names_of("country", "org") for i in range(n.first, n.last)}
    while k >= 0 and (k in inside or sent.tokens[k].feat("Case") == "Gen"):
        k -= 1
    return sent.lemma(k) in ENVOYS


def _described(sent: Sent, tree: Tree, named: Named) -> bool:
    """ "возглавляющий российскую делегацию": a country told by an adjective is the place
    only of a place it describes ("в российской столице", "в туркменском городе")."""
    if named.last - named.first != 1 or sent.tokens[named.first].pos != "ADJ":
        return False
    return sent.lemma(tree.head(named.first)) not in PLACE_NOUNS | KIND_WORDS


def _named_between(sent: Sent, title: int, named: Named) -> bool:
    """ "Аким области X в китайском Y провел": the title's holder named between the title
    and the place closes the title; the place is the event's, however the parse hangs it."""
    return any(title < p.first < named.first for p in sent.names_of("person"))


def destination(sent: Sent, tree: Tree, cue: int) -> list[Named]:
    """Where a visit goes, read along the words: "визит министра Казахстана Мурата Нуртлеу
    в Афганистан", "прибыл с визитом в Баку": the first "в X" (accusative) after the cue,
    before the clause ends, whatever word the parse hangs it from."""
    places = {n.first: n for n in sent.names_of("city", "country", "region", "place")}
    for k in range(cue + 1, min(len(sent.tokens), cue + DESTINATION_REACH)):
        if sent.tokens[k].text in {",", ";", ":", "(", "«", '"'} or sent.lemma(k) == "который":
            break
        named = places.get(k)
        if named is None or sent.lemma(k - 1) not in {"в", "во"}:
            continue
        if sent.tokens[_root(tree, named)].feat("Case") == "Acc":
            return [named]
    return []


def places_in(sent: Sent) -> list[Named]:
    """Where a sentence says its main clause happened."""
    tree = Tree(sent.tokens)
    return places(sent, tree, set(range(len(sent.tokens))), False)


def frame(sent: Sent, tree: Tree) -> list[Named]:
    """Where the whole sentence happens, for events it tells with no place of their own: a
    place set before the subject and the verb ("В Аддис-Абебе Лавров был принят ..., провел
    переговоры ..."), which the parse may hang from the first predicate alone, or where the
    sentence's people are ("Губернатор находится в Могилевской области, он встретился").
    """
    out = []
    for named in sent.names_of("city", "country", "region", "place"):
        before = _preposition(sent, named.first)
        if before not in {"в", "во"} or sent.tokens[named.first].feat("Case") != "Loc":
            continue
        at = named.first - 1
        while at >= 0 and sent.lemma(at) not in {"в", "во"}:
            at -= 1
        if all(_scene(sent, k) for k in range(at)) or any(
            sent.lemma(k) in PRESENCE for k in tree.ancestors(_root(tree, named))[:1]
        ):
            out.append(named)
    return out


def _scene(sent: Sent, k: int) -> bool:
    """A word that may come before a sentence's scene: a date, "сегодня", a comma."""
    token = sent.tokens[k]
    return (
        token.pos in {"NUM", "PUNCT", "ADV", "CCONJ"}
        or token.text[:1].isdigit()
        or token.lemma in MONTHS | {"год"}
    )


# gatherings named by their town's adjective: "Петербургский форум", "Ташкентская ярмарка"
TOWN_GATHERINGS = {"форум", "саммит", "выставка", "конференция", "съезд", "ярмарка", "неделя"}


def town_of_gathering(sent: Sent, tree: Tree, clause: set[int]) -> list[Named]:
    """ "на полях Петербургского экономического форума": a gathering the event is held at,
    named by the adjective of its town, says the town."""
    for k in sorted(clause):
        if sent.lemma(k) in TOWN_GATHERINGS and (town := town_adjective(sent, tree, k)):
            return [town]
    return []


def host_country(sent: Sent, tree: Tree, clause: set[int], top: int) -> list[Named]:
    """ "Президент X принял находящуюся с визитом в стране делегацию": "в стране" said of a
    visit is the country of the host, whose title the subject names."""
    # the subject of the event's verb, or of the verb a visitor's participle hangs from
    subject = {
        k
        for v in [top, *tree.ancestors(top)]
        for c in tree.children[v]
        if sent.tokens[c].rel.startswith("nsubj")
        for k in tree.clause(c, c)
    }
    for k in sorted(clause - subject):
        if sent.lemma(k) != "страна" or sent.tokens[k].feat("Case") != "Loc":
            continue
        children = tree.children[k]
        if not any(sent.lemma(c) in {"в", "во"} for c in children) or any(
            sent.tokens[c].feat("Case") == "Gen" for c in children
        ):
            continue  # "в стране X" names the country itself
        hosts = [n for n in sent.names_of("country") if n.first in subject and n.first < k]
        return hosts[-1:]
    return []
