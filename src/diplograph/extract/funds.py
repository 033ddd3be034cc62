"""Investment funds: the fund, its founders, its capital and the projects it finances.

A fund is created where the text creates it: the object of a creating verb or noun
("договорились учредить инвестиционный фонд", "создание совместного фонда", "учреждение
Кыргызско-турецкого фонда развития", "создадут инвестфонд"), a fund named by two countries
("Узбекско-Кыргызский фонд развития"), or one given a capital ("инвестфонд составит $1 млрд").
Later "фонд", "совместный фонд", "его уставной капитал", "учреждение" refer back to it: one
discourse memory per article, the fund last created.

Its founders are everyone who creates it or contributes to it:
- the subjects of the creating verb ("Россия и Китай планируют создать фонд");
- "учредителями фонда выступят X и Y", "создано усилиями X и Y";
- those who put money in ("Россия и Турция внесут по $500 млн в фонд", "1 млрд выделит
  РФПИ, еще 1 млрд – Китайская инвестиционная корпорация"): an existing fund that
  contributes (a sovereign fund) is a founder, not a new fund;
- failing all these, the countries of its name, or the two sides for a joint fund.
Its capital is the sum stated as its size ("объемом", "с суммой в", "на сумму", "капитал",
"составит"), once: "по $500 млн" is a share, "доведут до" a plan.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from ..data.gazetteer import gazetteer
from ..records import Fact, Mention
from .context import Sent
from .frames import children, conjuncts, objects
from .fundcapital import planned, spent, standing, sum_of_other
from .fundfounders import (
    EFFORTS,
    agreed,
    contributors,
    creators,
    efforts,
    joint,
    name_countries,
    named_founders,
    sides,
    speakers,
)
from .fundnames import FundMemory, FundPhrase, fund_phrases, generic, name_words, same_fund
from .fundpairs import bilateral
from .fundprojects import fund_projects
from .fundproposers import proposers
from .infrastructure import Structure

__all__ = ["FundPhrase", "find_funds", "fund_phrases"]

CREATE = {
    "создание",
    "создать",
    "учреждение",
    "учредить",
    "учрежденный",
    "учреждать",
    "сформировать",
    "формирование",
    "запуск",
    "запустить",
    "создавать",
    "учрежден",
    "открыть",
    "открытие",
}
JOINT = {"совместный", "общий", "двусторонний"}
INITIAL = {"начальный", "первоначальный", "стартовый"}
# "объемом до 4 млрд", "с суммой в $500 млн", "на сумму", "с бюджетом", "уставный капитал"
CAPITAL = {"капитал", "капитализация", "уставный", "уставной", "объем", "сумма", "размер", "бюджет"}


def find_funds(
    sents: Sequence[Sent],
    main: Sequence[Mention],
    structures: dict[int, list[Structure]],
    headline: bool = False,
) -> list[Fact]:
    memory = FundMemory(sents)
    facts: list[Fact] = []
    before: Sent | None = None
    for sent in sents:
        found = _sentence_funds(sent, memory, main, structures.get(sent.index, []), headline)
        # the fund's capital told in the sentence before, as it is to grow and stands now
        told = before is not None and (memory.recent(sent) or before.has("фонд", "инвестфонд"))
        now = standing(sent, before) if told else None
        if now is not None and memory.fund is not None:
            found.append(_fact(sent, memory.fund, [], "fund-founders", now))
        facts += found
        before = sent
    return bilateral(
        _founded(_one_capital(_canonical(_renamed(facts, memory.renamed)), headline)), sents
    )


def _founded(facts: list[Fact]) -> list[Fact]:
    """Only funds someone is said to create: a "фонд помощи X" that nobody in the text
    founds is a mention of a fund, not one the article reports created."""
    founded = {
        f.role("fund")[0].label
        for f in facts
        if f.kind == "fund" and (f.role("founder") or f.rule == "fund-sized")
    }
    return [f for f in facts if not f.role("fund") or f.role("fund")[0].label in founded]


def _renamed(facts: list[Fact], renamed: dict[str, Mention]) -> list[Fact]:
    """Facts of a fund the text went on to name ("специальный фонд" -> "Фонд развития
    Персидского залива") under its last name."""
    out = []
    for fact in facts:
        roles = []
        for role, mention in fact.roles:
            seen = {mention.label}
            while role == "fund" and mention.label in renamed:
                mention = renamed[mention.label]
                if mention.label in seen:
                    break
                seen.add(mention.label)
            roles.append((role, mention))
        out.append(replace(fact, roles=tuple(roles)))
    return out


def _sentence_funds(
    sent: Sent,
    memory: FundMemory,
    main: Sequence[Mention],
    structures: list[Structure],
    headline: bool = False,
) -> list[Fact]:
    phrases = fund_phrases(sent)
    cues = [i for i, t in enumerate(sent.tokens) if t.lemma in CREATE]
    defined = _defined(sent, phrases, cues)
    cue = cues[0] if cues else None
    fund = memory.fund
    if defined is not None and fund is not None and same_fund(defined.label, fund.label):
        if len(name_words(defined.label)) > len(name_words(fund.label)):
            memory.fund = fund = defined.mention  # named more fully
    elif defined is not None:
        if fund is not None and _named_anew(sent, fund, memory, headline):
            memory.renamed[fund.label] = defined.mention
        # a new fund
        memory.fund, memory.since = defined.mention, sent.index
        founders = creators(sent, cue, defined, memory) + contributors(sent, memory, defined)
        founders = proposers(sent, cue, memory) + founders
        founders += efforts(sent, memory)
        # "..., учредителями которого станут X и Y" in the sentence that creates it
        others = [p for p in phrases if p is not defined]
        founders += named_founders(sent, others, main, memory)
        founders = sides(sent, main) + speakers(sent, cue, main, founders) + founders
        # a fund that founds this one is another fund when named again
        memory.founders = {m.label.lower() for m in founders}
        rule = "fund-founders"
        if not founders:
            founders = name_countries(sent, defined) or joint(sent, defined, main)
            if fund is None:
                # the article's first fund: a later "соглашение о создании фонда ..." more
                # often tells again how the one before came about
                founders = founders or agreed(sent, cue, main)
            rule = "fund-inferred"
            if not founders and sent.lemma(defined.last) == "с" and cue is not None:
                rule = "fund-sized"  # "фонд с капиталом $600 млн, созданный ..."
        facts = [_fact(sent, defined.mention, founders, rule, _capital(sent, defined))]
        covered = [(p.first, p.last) for p in phrases]
        return facts + fund_projects(sent, defined.mention, structures, covered)
    if fund is None:
        return []
    referring = [
        p
        for p in phrases
        if (same_fund(p.label, fund.label) or generic(p, sent))
        and not _inefforts(sent, p)
        and p.label.lower() not in memory.founders
    ]
    own = [p for p in phrases if p not in referring]
    about = bool(referring) or (defined is not None)
    if not about and not memory.recent(sent):
        return []
    founders = named_founders(sent, own, main, memory) if about else []
    if defined is not None:
        # the fund created again, named more fully ("планируют создать Российско-Китайский
        # инвестиционный фонд" after "... создать инвестиционный фонд")
        founders += creators(sent, cue, defined, memory)
    founders += contributors(sent, memory, None) + efforts(sent, memory)
    capital = _capital(sent, referring[0] if referring else None) if about or _its(sent) else None
    if not (founders or capital or about):
        return []
    if founders or capital:
        memory.since = sent.index
    covered = [(p.first, p.last) for p in phrases]
    facts = [_fact(sent, fund, founders, "fund-founders", capital)]
    return facts + fund_projects(sent, fund, structures, covered)


def _named_anew(sent: Sent, fund: Mention, memory: FundMemory, headline: bool) -> bool:
    """The fund created before is the one created again: the headline's, which the lead
    restates, or a fund without a name of its own ("специальный фонд") that the next
    sentences name ("создать Фонд развития Персидского залива")."""
    if not memory.recent(sent) or memory.renamed.get(fund.label) is not None:
        return False
    if headline and fund.sentence == 0 and not memory.renamed:
        return True
    return not any(w[:1].isupper() for w in fund.label.split()[1:]) and len(fund.label.split()) <= 2


def _its(sent: Sent) -> bool:
    """ "Его уставной капитал составил ...": the capital of the fund before."""
    return any(
        sent.tokens[k].text.lower() in {"его", "ее", "её"}
        # "его общий объем": an adjective may stand between
        and (sent.lemma(k + 1) in CAPITAL or sent.lemma(k + 2) in CAPITAL)
        for k in range(len(sent.tokens) - 1)
    )


def _defined(sent: Sent, phrases: list[FundPhrase], cues: list[int]) -> FundPhrase | None:
    """The fund a sentence creates: what a creating word governs ("создать фонд",
    "создание фонда", "фонд будет создан"), or a fund named by countries or given a capital.
    Funds by whose efforts it is created are not it."""
    # "при участии фонда финансируется ...": a fund taking part creates no other fund here
    phrases = [p for p in phrases if not (cues and _inefforts(sent, p))]
    for cue in cues:
        governed = set(objects(sent, cue)) | set(children(sent, cue, "nsubj:pass", "nmod"))
        for phrase in phrases:
            if any(phrase.first <= k < phrase.last for g in governed for k in conjuncts(sent, g)):
                return phrase
    for cue in cues:
        # "вопрос создания Специального фонда": the fund right after the noun; not "в
        # создании будут участвовать Японский банк ... и Российский фонд", who take part
        after = [p for p in phrases if cue < p.first <= cue + 3]
        between = after and any(
            sent.tokens[k].pos in {"VERB", "AUX"} for k in range(cue + 1, after[0].first)
        )
        if after and sent.tokens[cue].pos == "NOUN" and not between:
            return after[0]
    for phrase in phrases:
        adjectives = {sent.lemma(j) for j in range(phrase.first, phrase.last)}
        compound = any("-" in sent.lemma(j) for j in range(phrase.first, phrase.head))
        if compound or (adjectives & JOINT and (cues or sent.has(*CAPITAL))):
            return phrase
        if sent.lemma(phrase.head) == "инвестфонд" and _capital(sent, phrase) is not None:
            return phrase
        # "Фонд с общим капиталом $600 млн, созданный государствами союза": a fund with its
        # size, in a sentence that tells it created
        if cues and sent.lemma(phrase.last) == "с" and _capital(sent, phrase) is not None:
            return phrase
    return None


def _inefforts(sent: Sent, phrase: FundPhrase) -> bool:
    """ "усилиями российского фонда ... и фонда капиталов Турции": a creator, not the
    fund created."""
    for k in range(phrase.first - 1, max(-1, phrase.first - 12), -1):
        if sent.lemma(k) in EFFORTS:
            return True
        if sent.tokens[k].pos == "VERB":
            return False
    return False


def _capital(sent: Sent, phrase: FundPhrase | None) -> tuple[Decimal, str] | None:
    """The fund's size: money right after a capital word ("объемом до 4 млрд долларов", "с
    суммой в $500 млн"), or in a sentence about its capital ("уставный капитал составит");
    not a share ("по $500 млн") nor a plan ("доведут до 200 млн")."""
    initial: tuple[Decimal, str] | None = None
    for money in sent.money:
        first = sent.token_at(money.start)
        if sent.lemma(first - 1) == "по" or planned(sent, first) or spent(sent, first):
            continue  # a share, the sum an increase is to reach, or what the fund spent
        window = [sent.lemma(k) for k in range(max(0, first - 4), first)]
        if INITIAL & set(window):
            # "объемом 100 млрд и начальным капиталом 10 млрд": the first tranche is the
            # capital only when the sentence states no total
            initial = initial or (money.amount, money.currency)
            continue
        cued = any(w in CAPITAL for w in window) and not sum_of_other(sent, first)
        if phrase is not None:
            # "$1-миллиардный фонд", "фонд на $1 млрд": the size written into the phrase
            cued = cued or phrase.first <= first < phrase.head
            cued = cued or (first - 1 == phrase.last and sent.lemma(first - 1) == "на")
        stated = sent.has("капитал", "капитализация", "уставный", "уставной") or (
            phrase is not None and any(w == "составить" for w in window)
        )
        # "Объем фонда ... находится на уровне полумиллиарда": the size of the fund itself
        stated = stated or (phrase is not None and sent.lemma(phrase.first - 1) in CAPITAL)
        if cued or stated:
            return money.amount, money.currency
    return initial


def _fact(
    sent: Sent,
    fund: Mention,
    founders: list[Mention],
    rule: str,
    capital: tuple[Decimal, str] | None,
) -> Fact:
    roles: list[tuple[str, Mention]] = [("fund", fund)]
    seen: set[str] = set()
    for m in founders:
        if m.identity not in seen:
            seen.add(m.identity)
            roles.append(("founder", m))
    values: list[tuple[str, object]] = []
    if capital is not None:
        values = [("capital", capital[0]), ("currency", capital[1])]
    confidence = Decimal("0.6") if rule in {"fund-inferred", "fund-sized"} else Decimal("0.8")
    return Fact("fund", tuple(roles), tuple(values), (sent.index,), rule, confidence)  # type: ignore[arg-type]


def _canonical(facts: list[Fact]) -> list[Fact]:
    """One fund per cluster of names that refer to each other, under its longest name; founders
    the text names replace those inferred from the fund's name or from "совместный"."""
    names: list[Mention] = []
    for fact in facts:
        for mention in fact.role("fund"):
            if not any(m.label == mention.label for m in names):
                names.append(mention)
    canonical: dict[str, Mention] = {}
    founders = {m.label.lower() for f in facts for m in f.role("founder")}
    for mention in names:
        cluster = [
            m
            for m in names
            if m is mention
            or (same_fund(m.label, mention.label) and m.label.lower() not in founders)
        ]
        canonical[mention.label] = max(cluster, key=lambda m: (len(m.label), -m.sentence))
    named = {
        canonical[m.label].label
        for f in facts
        if f.rule == "fund-founders" and f.role("founder")
        for m in f.role("fund")
    }
    # "Узбекско-Кыргызский фонд ... капитал внесет Узбекистан": the countries a fund's name
    # joins all found it when those named as founders are countries; an organisation named
    # ("Минфин Беларуси и СИТИК") stands for its country of the name
    organised = {
        canonical[m.label].label
        for f in facts
        if f.rule == "fund-founders" and any(m.kind != "country" for m in f.role("founder"))
        for m in f.role("fund")
    }
    out = []
    for fact in facts:
        roles = []
        for role, mention in fact.roles:
            if role == "fund":
                mention = canonical[mention.label]
            elif (
                role == "founder"
                and fact.rule == "fund-inferred"
                and any(canonical[m.label].label in named for m in fact.role("fund"))
                and not any(
                    _of_name(canonical[m.label].label, mention) and m.label not in organised
                    for m in fact.role("fund")
                )
            ):
                continue
            roles.append((role, mention))
        out.append(replace(fact, roles=tuple(roles)))
    return out


def _of_name(label: str, country: Mention) -> bool:
    """The country is one a compound adjective of the fund's name joins."""
    places = (p for w in label.split() for p in gazetteer().split_compound_adjective(w))
    return country.key is not None and any(p.key == country.key for p in places)


def _one_capital(facts: list[Fact], headline: bool = False) -> list[Fact]:
    """A fund has one capital: the first stated ("составил 50 млн ..., доведут до 200 млн"
    states a plan after it), in the body before the headline, which rounds and converts
    ("фонд объемом около $15 млрд" over "100 млрд юаней")."""
    stated = [
        (headline and f.sentences[0] == 0, n)
        for n, f in enumerate(facts)
        if f.kind == "fund" and f.value("capital") is not None
    ]
    first: dict[str, int] = {}
    for _, n in sorted(stated):
        first.setdefault(facts[n].role("fund")[0].label, n)
    out = []
    for n, fact in enumerate(facts):
        stated_here = fact.kind == "fund" and fact.value("capital") is not None
        if stated_here and first[fact.role("fund")[0].label] != n:
            fact = replace(fact, values=())
        out.append(fact)
    return out
