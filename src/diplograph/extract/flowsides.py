"""Who sells and who buys when a flow's sides are not named as countries: "мы" and "наш"
(the article's side that the text does not name around them), and the nouns naming a side
by its role ("Иран – основной покупатель нашего зерна", "Россия является поставщиком
удобрений для Бразилии", "Египет и Турция – главные покупатели ...").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..records import Mention
from .context import Named, Sent
from .frames import children, conjuncts, subjects

__all__ = [
    "ROLE_NOUNS",
    "holders",
    "joint_subjects",
    "nearest_side",
    "our_side",
    "says_we",
    "speaker_country",
    "we_own",
]

# nouns naming a side by its role in the flow: the seller's, the buyer's
SELLERS = {"поставщик", "экспортер"}
BUYERS = {"импортер", "покупатель"}
ROLE_NOUNS = SELLERS | BUYERS
WE = {"мы"}
OUR = {"наш"}


def our_side(
    sent: Sent, lo: int, hi: int, sides: Sequence[Mention], earlier: Sequence[Mention]
) -> Mention | None:
    """The country "мы" and "наш" stand for: of the article's two sides, the one the clause
    does not name ("мы поставляем в Россию"); when it names neither, the one the text did
    not name last ("Наш экспорт в Россию растет. Мы поставляем говядину, вино")."""
    if len(sides) != 2:
        return None
    keys = [side.identity for side in sides]
    named = {n.mention.identity for n in sent.names_of("country") if lo <= n.first < hi}
    here = [k for k in range(2) if keys[k] in named]
    if len(here) == 1:
        return sides[1 - here[0]]
    if here:
        return None  # both named: "мы" may be either
    before = [n.mention for n in sent.names_of("country") if n.last <= lo]
    for mention in reversed([*earlier, *before]):
        if mention.identity in keys:
            return sides[1 - keys.index(mention.identity)]
    return None


# verbs that quote a speaker: "заявил глава Минэнерго Казахстана"
SPEECH = {
    "заявить",
    "сказать",
    "сообщить",
    "отметить",
    "добавить",
    "подчеркнуть",
    "рассказать",
    "пояснить",
    "заявлять",
    "говорить",
}


def speaker_country(sent: Sent) -> Mention | None:
    """The country of the one speaking, when a sentence quotes exactly one official of one
    ("заявил глава Минэнерго Казахстана", "сказал министр торговли Грузии"): "мы" is
    that country."""
    found: dict[str, Mention] = {}
    for named in sent.names_of("country"):
        k = named.first
        if sent.tokens[k].pos == "ADJ" or sent.tokens[k].feat("Case") != "Gen":
            continue
        for _ in range(3):
            head = sent.tokens[k].head
            if head < 0:
                break
            if sent.tokens[k].rel == "nsubj" and sent.lemma(head) in SPEECH:
                found[named.mention.identity] = named.mention
                break
            k = head
    return next(iter(found.values())) if len(found) == 1 else None


def says_we(sent: Sent, cue: int) -> bool:
    """The flow is the speaker's own: "мы поставляем", "наш экспорт", "наша страна
    нарастила экспорт", "наши компании закупают"; for a noun cue, the subject of the verb
    it hangs on ("мы нарастили экспорт")."""
    if sent.lemma(cue) in ROLE_NOUNS:
        return False  # "наш импортер" is the partner, not us
    if we_own(sent, cue):
        return True
    heads = [cue]
    # "Наряду с поставками ... мы нарастили": up to the verb a noun cue's phrase hangs on
    while (
        sent.tokens[heads[-1]].pos != "VERB" and sent.tokens[heads[-1]].head >= 0 and len(heads) < 4
    ):
        heads.append(sent.tokens[heads[-1]].head)
    for head in heads:
        for k in subjects(sent, head):
            if sent.lemma(k) in WE or we_own(sent, k):
                return True
    return False


def we_own(sent: Sent, k: int) -> bool:
    """Word k is ours: "наш экспорт", "нашей страны"."""
    return any(sent.lemma(c) in OUR for c in children(sent, k, "det", "amod"))


# the verbs that make a role noun the predicate: "является поставщиком", "стал покупателем"
COPULAS = {"являться", "стать", "становиться", "оставаться", "остаться", "быть", "один"}


def holders(sent: Sent, cue: int) -> list[int]:
    """The words naming who holds a role noun, with their conjuncts: the subject of the noun
    as a predicate ("Египет и Турция – главные покупатели"), of its copula ("основным
    импортером является Иран") or of "один из" ("Россия – один из поставщиков")."""
    k = cue
    for _ in range(3):
        found = children(sent, k, "nsubj")
        if found:
            return [c for s in found for c in conjuncts(sent, s)]
        head = sent.tokens[k].head
        if head < 0 or sent.lemma(head) not in COPULAS | ROLE_NOUNS:
            return _listed_after_dash(sent, cue)
        k = head
    return _listed_after_dash(sent, cue)


def joint_subjects(sent: Sent, cue: int) -> list[Mention]:
    """The countries coordinated as a verb cue's subject, when two or more ("Малайзия и
    Индонезия поставляют", "Китай и Индия закупают"); a goods subject names none."""
    found = children(sent, cue, "nsubj")
    words = [c for s in found for c in conjuncts(sent, s)]
    named = [n.mention for k in words if (n := sent.name_at(k, "country")) and n.first == k]
    return named if len(named) > 1 else []


def _listed_after_dash(sent: Sent, cue: int) -> list[int]:
    """ "основные импортеры казахстанского зерна – Иран, Афганистан и Китай": the countries
    a dash after the role noun's phrase lists, whatever the parse made of them."""
    if sent.tokens[cue].feat("Case") != "Nom":
        return []
    k = cue + 1
    while k < len(sent.tokens) and sent.tokens[k].pos in {"ADJ", "NOUN", "PROPN", "DET"}:
        k += 1  # the goods and whose they are: "российской пшеницы"
    if k >= len(sent.tokens) or sent.tokens[k].text not in {"-", "–", "—"}:
        return []
    return [named.first for named in country_run(sent, sent.name_at(k + 1, "country"))]


def country_run(sent: Sent, named: Named | None) -> list[Named]:
    """A country and the ones listed right after it, whatever their case (the tagger cannot
    tell the case of "Мали", "Зимбабве"): "Мали, Зимбабве и Непал"."""
    out: list[Named] = []
    while named is not None:
        out.append(named)
        i = named.last
        while i < len(sent.tokens) and (sent.tokens[i].text == "," or sent.lemma(i) == "и"):
            i += 1
        named = sent.name_at(i, "country") if i > named.last else None
    return out


def nearest_side(sent: Sent, before: Sequence[Named], cue: int) -> Named:
    """Of the countries named before a cue, the one the parse puts closest to the words the
    cue hangs on: "о готовности Беларуси участвовать в программе фермерских хозяйств Египта
    путем поставок техники" sends from Беларусь, whose word governs the cue's clause, not from
    Египет, named deep in a phrase beside it; ties go to the last named."""
    spine: set[int] = set()
    k = cue
    while 0 <= k < len(sent.tokens) and k not in spine:
        spine.add(k)
        k = sent.tokens[k].head
    best, steps = before[-1], len(sent.tokens)
    for named in reversed(before):
        k, n = named.first, 0
        while 0 <= k < len(sent.tokens) and k not in spine and n < len(sent.tokens):
            k, n = sent.tokens[k].head, n + 1
        if k in spine and n < steps:
            best, steps = named, n
    return best
