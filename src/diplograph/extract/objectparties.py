"""The countries that build a route between them are what it connects.

"Венгрия и Сербия договорились ускорить строительство нефтепровода", "Президенты Узбекистана
и Кыргызстана обсудили строительство железной дороги", "Россия откроет маршрут в Лаос":
news about two countries names a link between them by the countries that agree on it, plan
it, build or open it, and leaves the ends unsaid. The parties are read off the parse: from
the object's noun up the chain of words it is an argument of ("нефтепровода" <- "строительству"
<- "подготовку" <- "ускорить" <- "договорились") to the first predicate with a subject, and
the countries that subject names ("Венгрия и Сербия", "Президенты Узбекистана и Кыргызстана").
Two or more countries are the two sides of the link; one country alone is an end only of a
route built or opened towards somewhere else ("Россия откроет маршрут в Лаос").
"""

from __future__ import annotations

from ..records import Mention
from .context import Sent
from .frames import children, subtree

__all__ = ["BUILDERS", "PARTIES", "parties"]

# the rule of a fact whose ends are the parties: it gives way to ends named elsewhere
PARTIES = "infrastructure-parties"

# the relations that lead from an argument to what governs it, within one clause
UPWARD = {"nmod", "obj", "obl", "xcomp", "iobj"}
# a route that a country alone opens or builds starts there
BUILDERS = {
    "строительство",
    "прокладка",
    "открытие",
    "запуск",
    "построить",
    "строить",
    "открыть",
    "открывать",
    "запустить",
    "запускать",
    "проложить",
    "прокладывать",
    "создать",
    "создавать",
}


def parties(sent: Sent, noun: int) -> tuple[list[Mention], bool]:
    """(the countries the subject over the object names, whether the object is what a verb
    or noun of building governs)."""
    k = noun
    # the object itself is what is built or opened, not what a tunnel is dug for ("поможет
    # проложить тоннель для железной дороги")
    built = (
        sent.tokens[noun].rel in {"obj", "nmod"} and sent.lemma(sent.tokens[noun].head) in BUILDERS
    )
    for _ in range(6):
        token = sent.tokens[k]
        if token.rel not in UPWARD or token.head < 0:
            return [], built
        k = token.head
        subjects = children(sent, k, "nsubj")
        if subjects:
            return _countries(sent, subjects[0]), built
    return [], built


def _countries(sent: Sent, subject: int) -> list[Mention]:
    """The countries a subject names: itself and its conjuncts, or the genitive names of a
    plural title ("Президенты Узбекистана и Кыргызстана"); a country's adjective or a place
    after a preposition ("вместе с Китаем") is no party."""
    first, last = subtree(sent, subject)
    out: list[Mention] = []
    for named in sent.names_of("country"):
        if not first <= named.first < last or sent.tokens[named.first].pos == "ADJ":
            continue
        if any(t.head == named.first and t.rel == "case" for t in sent.tokens):
            continue
        if named.mention.identity not in {m.identity for m in out}:
            out.append(named.mention)
    return out
