"""Countries listed as the buyers or suppliers of goods: "Среди импортеров казахского мёда –
Китай, Иран и Турция", "Основными покупателями станут Вьетнам и Лаос", "Ключевые поставщики
— Перу, Чили и Египет", "Третье место по импорту армянского коньяка занимает Беларусь".

Such a sentence names one side of a flow and often leaves the other and the goods to the
article: the goods are the ones the sentence names after the role word, else the goods of the
flow told last; the other side is the goods' country ("казахского"), else that flow's."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal

from ..records import Fact, Mention
from .context import Named, Sent
from .flowsides import country_run
from .goods import goods_after, goods_label, goods_mention
from .goodspairs import paired_goods

__all__ = ["find_partner_lists"]

BUYERS = {"импортер", "покупатель", "получатель", "страна-покупатель", "страна-импортер"}
SUPPLIERS = {"поставщик", "экспортер", "страна-поставщик", "страна-экспортер"}
# "место по импорту X": a ranking of the buyers of X
RANKED_BY = {"импорт", "ввоз", "закупка", "поставка", "экспорт"}
# words of a ranking going on: "далее идут", "за ней следуют", "в первой пятерке"
GOES_ON = {"далее", "следом", "затем", "следовать", "пятерка", "тройка", "десятка", "замыкать"}
# a group of countries whose members follow a colon
GROUPS = {"государство", "страна"}
# how far the list may stand from its role word: the goods' phrase between
REACH = 8
# "поставщики хурмы в Россию", "покупатели зерна из Казахстана": the other side
DIRECTIONS = {"в", "во", "на", "из", "от"}


def find_partner_lists(
    sent: Sent, flows: Sequence[Fact], stated: Sequence[Fact] = (), prior: Sequence[Sent] = ()
) -> Iterable[Fact]:
    """Flows of the countries a sentence lists as buyers or suppliers; `flows` are the
    article's flows told before it, the last of them the one a bare list goes on with;
    `stated` the flows the sentence's own verbs told; `prior` the two sentences before, nearest
    first, whose ranking a sentence may go on with ("Далее идут X и Y")."""
    if (
        not stated
        and prior is not None
        and not any(_role_at(sent, k) for k in range(len(sent.tokens)))
    ):
        yield from _ranking_goes_on(sent, prior, flows)
        return
    for k in range(len(sent.tokens)):
        role = _role_at(sent, k)
        if role is None:
            continue
        listed = _listed(sent, k, role)
        if not listed:
            continue
        goods, other, values = _goods_and_side(sent, k, role, flows)
        # "Ее основными покупателями являются ...": the side the possessive points back at
        other = _pointed_side(sent, k, prior) or other
        if not goods or other is None:
            continue
        # a flow the sentence's own verbs already told
        told = {m.identity for flow in stated for m in flow.role(role)}
        countries = [c for c in listed if c.identity not in told]
        yield from _flows(sent, role, other, countries, goods, values, "export-partner-list")
        return


def _ranking_goes_on(sent: Sent, before: Sequence[Sent], flows: Sequence[Fact]) -> Iterable[Fact]:
    """ "Главным покупателем осталась Россия. Далее идут Польша (10%) и Китай (5%)": the
    countries a sentence ranks after a sentence naming buyers or suppliers take the same
    role, goods and other side."""
    if not (sent.lemmas() & GOES_ON):
        return
    role_at = next(
        ((p, k, r) for p in before for k in range(len(p.tokens)) if (r := _role_at(p, k))), None
    )
    if role_at is None:
        return
    prior, k, role = role_at
    goods, other, values = _goods_and_side(prior, k, role, flows)
    listed = [n.mention for n in _nouns(sent) if not _headed(sent, n)]
    if not goods or other is None:
        return
    countries = list({m.identity: m for m in listed}.values())
    yield from _flows(sent, role, other, countries, goods, values, "export-ranking-goes-on")


def _flows(
    sent: Sent,
    role: str,
    other: Mention,
    countries: Sequence[Mention],
    goods: Sequence[Mention],
    values: tuple[tuple[str, str | Decimal], ...],
    rule: str,
) -> Iterable[Fact]:
    """A flow of each good between each listed country, in its role, and the other side."""
    side = "exporter" if role == "importer" else "importer"
    for country in countries:
        if country.identity == other.identity:
            continue
        for good in goods:
            yield Fact(
                "export",
                ((side, other), (role, country), ("commodity", good)),
                values,
                (sent.index,),
                rule,
                Decimal("0.7"),
            )


def _role_at(sent: Sent, k: int) -> str | None:
    lemma = sent.lemma(k)
    head, _, tail = lemma.rpartition("-")
    if head.startswith(("стран", "государств")):
        lemma = f"страна-{tail}"  # "странами-покупателями": the tagger lemmatizes the tail
    if lemma in BUYERS:
        return "importer"
    if lemma in SUPPLIERS:
        return "exporter"
    ranked = any(sent.lemma(j) in RANKED_BY for j in range(k + 2, k + 5))
    if lemma == "место" and sent.lemma(k + 1) == "по" and ranked:
        return "importer"
    return None


# a possessive before a role word and the gender or number of what it points at
POSSESSIVES = {"ее": "Fem", "её": "Fem", "его": "Masc", "их": "Plur"}
# common nouns a text names its country by: "республика готова поставить ..."
COUNTRY_WORDS = {"республика", "страна", "государство"}


def _pointed_side(sent: Sent, k: int, prior: Sequence[Sent] | None) -> Mention | None:
    """The country "ее", "его" or "их" before a role word points at: the subject of the
    sentence before, when it agrees with the pronoun; a subject "республика" or "страна"
    stands for the country the sentence before it has for subject."""
    pronoun = next((j for j in range(max(0, k - 3), k) if sent.tokens[j].head == k), None)
    wanted = POSSESSIVES.get(sent.lemma(pronoun)) if pronoun is not None else None
    if wanted is None or not prior:
        return None
    for before in prior:
        # of its subjects, the one that is a country or names one ("Карабанов рассказал, что
        # Казахстан смог ...": the country)
        names = before.names_of("country")
        subject = next(
            (
                j
                for j, t in enumerate(before.tokens)
                if t.rel == "nsubj"
                and (t.lemma in COUNTRY_WORDS or any(n.first <= j < n.last for n in names))
            ),
            None,
        )
        if subject is None:
            return None
        token = before.tokens[subject]
        agrees = wanted in {"any", token.feat("Gender"), token.feat("Number")} or (
            wanted == "Masc" and token.feat("Gender") == "Neut"
        )
        if not agrees:
            return None
        named = next((n for n in names if n.first <= subject < n.last), None)
        if named is not None:
            return named.mention
        if token.lemma not in COUNTRY_WORDS:
            return None
        wanted = "any"  # the country "республика" stands for, whatever its gender
    return None


def _nouns(sent: Sent) -> list[Named]:
    """Countries named by a noun, not by an adjective ("казахского мёда" names goods)."""
    return [n for n in sent.names_of("country") if sent.tokens[n.first].pos != "ADJ"]


def _nominative(sent: Sent, named: Named) -> bool:
    return sent.tokens[named.first].feat("Case") == "Nom"


def _headed(sent: Sent, named: Named) -> str:
    """The preposition before a country: "в Россию" is where goods go, not a partner listed."""
    return sent.lemma(named.first - 1) if sent.lemma(named.first - 1) in DIRECTIONS else ""


def _listed(sent: Sent, k: int, role: str) -> list[Mention]:
    nouns = [n for n in _nouns(sent) if not _headed(sent, n)]
    after = [n for n in nouns if k < n.first <= k + REACH]
    if sent.lemma(k) == "место":
        # "Украина занимает второе место по импорту ...": the one ranked, either side
        before = [n for n in nouns if k - REACH <= n.first < k]
        first = after[0] if after else (before[-1] if before else None)
        return [first.mention] if first is not None else []
    if not after and sent.tokens[k].feat("Case") == "Ins":
        # "Россия осталась главным покупателем": the subject the role is said of
        after = [n for n in nouns if k - REACH <= n.first < k and _nominative(sent, n)][-1:]
    if not after:
        return []
    run = country_run(sent, after[0])
    # "Китай и страны Азии: Вьетнам, Лаос": the group is listed after its colon
    i = run[-1].last
    while sent.lemma(i) in {"и", ","}:
        i += 1
    if sent.lemma(i) in GROUPS:
        colon = next((j for j in range(i, i + REACH) if sent.lemma(j) == ":"), None)
        more = sent.name_at(colon + 1, "country") if colon is not None else None
        run += country_run(sent, more) if more is not None else []
    return list({n.mention.identity: n.mention for n in run}.values())


def _goods_and_side(
    sent: Sent, k: int, role: str, flows: Sequence[Fact]
) -> tuple[list[Mention], Mention | None, tuple[tuple[str, str | Decimal], ...]]:
    start = k + 1
    if sent.lemma(k) == "место":
        start = next(j for j in range(k + 2, k + 5) if sent.lemma(j) in RANKED_BY) + 1
    spans = goods_after(sent, start, min(len(sent.tokens), start + REACH), "Gen")
    adjectives = {
        i
        for n in sent.names_of("country")
        if sent.tokens[n.first].pos == "ADJ"
        for i in range(n.first, n.last)
    }
    goods = []
    for first, last, shared in spans:
        words = [i for i in range(first, last) if i not in adjectives]
        if words:
            goods.append(goods_mention(sent, first, last, goods_label(sent, words, shared)))
    goods = paired_goods(sent, goods)
    # the goods' country ("импортеров казахского мёда") or where they go or come from
    # ("поставщики хурмы в Россию")
    stop = spans[-1][1] if spans else start
    owner = next((n.mention for n in sent.names_of("country") if start <= n.first < stop), None)
    wanted = {"importer": ("из", "от"), "exporter": ("в", "во", "на")}[role]
    owner = owner or next(
        (
            n.mention
            for n in _nouns(sent)
            if k < n.first <= k + REACH and _headed(sent, n) in wanted
        ),
        None,
    )
    flow = flows[-1] if flows else None
    told = flow.role("exporter" if role == "importer" else "importer") if flow else []
    if owner is None and told:
        owner = told[0]
    if goods:
        return goods, owner, ()
    if flow is None:
        return [], None, ()
    return flow.role("commodity"), owner, flow.values
