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

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from ..data.gazetteer import gazetteer
from ..records import Fact, Mention
from .context import Sent
from .frames import children, conjuncts, objects, subjects, subtree
from .fundprojects import fund_projects
from .infrastructure import Structure

__all__ = ["FundPhrase", "find_funds", "fund_phrases"]

HEADS = {"фонд", "инвестфонд"}
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
FOUNDERS = {"учредитель", "акционер", "участник"}
GOVERNMENTS = {"правительство", "кабинет", "государство"}
CONTRIBUTE = {
    "внести",
    "вносить",
    "выделить",
    "выделять",
    "вложить",
    "вкладывать",
    "инвестировать",
    "предоставить",
}
# "объемом до 4 млрд", "с суммой в $500 млн", "на сумму", "уставный капитал ... составил"
CAPITAL = {"капитал", "капитализация", "уставный", "уставной", "объем", "сумма", "размер"}
EFFORTS = {"усилие", "участие"}
# money lent is no contribution to a fund: "выделит кредит"
LOANS = {"кредит", "заем", "грант", "транш", "займ"}
ABBREVIATION = re.compile(r"\s*[(/]\s*([A-ZА-ЯЁ]{2,6})\s*[)/]")


@dataclass(frozen=True)
class FundPhrase:
    first: int
    last: int
    label: str
    mention: Mention
    head: int = -1


def fund_phrases(sent: Sent) -> list[FundPhrase]:
    out = []
    for i, token in enumerate(sent.tokens):
        if token.lemma not in HEADS:
            continue
        first = i
        while first > 0 and (
            sent.tokens[first - 1].pos == "ADJ" or _countries_word(sent, first - 1)
        ):
            first -= 1
        last = i + 1
        while last < len(sent.tokens):
            t = sent.tokens[last]
            if t.pos in {"ADJ", "NOUN", "PROPN"} and t.feat("Case") == "Gen":
                last += 1
            elif (
                t.lemma == "и"
                and last + 1 < len(sent.tokens)
                and (
                    sent.tokens[last + 1].feat("Case") == "Gen"
                    and sent.tokens[last + 1].pos == "NOUN"
                    and sent.tokens[last + 1].lemma not in HEADS  # "... и фонда развития X"
                )
                and last > i + 1
            ):
                last += 1  # "Фонд реконструкции и развития Узбекистана"
            else:
                break
        # the head and its adjectives in the nominative; the genitive after it as written
        # ("фонд прямых инвестиций", which a normaliser may spoil)
        label = sent.phrase(first, i + 1)
        if last > i + 1:
            label += (
                " "
                + sent.text[
                    sent.tokens[i + 1].start - sent.start : sent.tokens[last - 1].stop - sent.start
                ]
            )
        if first == 0:
            label = label[:1].lower() + label[1:]
        mention = Mention(
            "fund", label, sent.index, sent.tokens[first].start, sent.tokens[last - 1].stop
        )
        out.append(FundPhrase(first, last, label, mention, i))
    return out


def _countries_word(sent: Sent, k: int) -> bool:
    """ "Узбекско-Кыргызский", whatever part of speech the tagger gave it."""
    return bool(gazetteer().split_compound_adjective(sent.tokens[k].text))


def _words(label: str) -> set[str]:
    words = set()
    for w in label.lower().replace("ё", "е").split():
        if w.startswith("инвестфонд"):
            words |= {"инвес", "фонд"}  # "инвестфонд" is "инвестиционный фонд"
        else:
            words.add(w[:5])
    return words


def _same(a: str, b: str) -> bool:
    return _words(a) <= _words(b) or _words(b) <= _words(a)


def _generic(phrase: FundPhrase, sent: Sent) -> bool:
    """ "фонд", "совместный инвестиционный фонд", "этого фонда": no name of its own."""
    words = range(phrase.first, phrase.last)
    return phrase.last == phrase.head + 1 and all(
        sent.tokens[k].pos != "PROPN" and "-" not in sent.tokens[k].text for k in words
    )


class _Memory:
    """The fund the article last created, and the abbreviations it defines ("Российский
    фонд прямых инвестиций /РФПИ/")."""

    def __init__(self, sents: Sequence[Sent]) -> None:
        self.fund: Mention | None = None
        self.since = -10
        self.capital = False
        self.abbreviations: dict[str, Mention] = {}
        for sent in sents:
            for phrase in fund_phrases(sent):
                found = ABBREVIATION.match(sent.text, phrase.mention.stop - sent.start)
                if found:
                    self.abbreviations[found.group(1)] = _as_org(phrase)

    def recent(self, sent: Sent) -> bool:
        return self.fund is not None and sent.index - self.since <= 2


def find_funds(
    sents: Sequence[Sent], main: Sequence[Mention], structures: dict[int, list[Structure]]
) -> list[Fact]:
    memory = _Memory(sents)
    facts: list[Fact] = []
    for sent in sents:
        facts += _sentence_funds(sent, memory, main, structures.get(sent.index, []))
    return _one_capital(_canonical(facts))


def _sentence_funds(
    sent: Sent, memory: _Memory, main: Sequence[Mention], structures: list[Structure]
) -> list[Fact]:
    phrases = fund_phrases(sent)
    cues = [i for i, t in enumerate(sent.tokens) if t.lemma in CREATE]
    defined = _defined(sent, phrases, cues)
    cue = cues[0] if cues else None
    fund = memory.fund
    if defined is not None and fund is not None and _same(defined.label, fund.label):
        if len(_words(defined.label)) > len(_words(fund.label)):
            memory.fund = fund = defined.mention  # named more fully
    elif defined is not None:
        # a new fund
        memory.fund, memory.since = defined.mention, sent.index
        founders = _creators(sent, cue, defined, memory) + _contributors(sent, memory, defined)
        founders += _efforts(sent, memory)
        rule = "fund-founders"
        if not founders:
            founders = _name_countries(sent, defined) or _joint(sent, defined, main)
            rule = "fund-inferred"
        facts = [_fact(sent, defined.mention, founders, rule, _capital(sent, defined))]
        covered = [(p.first, p.last) for p in phrases]
        return facts + fund_projects(sent, defined.mention, structures, covered)
    if fund is None:
        return []
    referring = [p for p in phrases if _same(p.label, fund.label) or _generic(p, sent)]
    own = [p for p in phrases if p not in referring]
    about = bool(referring) or (defined is not None)
    if not about and not memory.recent(sent):
        return []
    founders = _named_founders(sent, own, main, memory) if about else []
    if defined is not None:
        # the fund created again, named more fully ("планируют создать Российско-Китайский
        # инвестиционный фонд" after "... создать инвестиционный фонд")
        founders += _creators(sent, cue, defined, memory)
    founders += _contributors(sent, memory, None) + _efforts(sent, memory)
    capital = _capital(sent, referring[0] if referring else None) if about or _its(sent) else None
    if not (founders or capital or about):
        return []
    if founders or capital:
        memory.since = sent.index
    covered = [(p.first, p.last) for p in phrases]
    facts = [_fact(sent, fund, founders, "fund-founders", capital)]
    return facts + fund_projects(sent, fund, structures, covered)


def _its(sent: Sent) -> bool:
    """ "Его уставной капитал составил ...": the capital of the fund before."""
    return any(
        sent.tokens[k].text.lower() in {"его", "ее", "её"} and sent.lemma(k + 1) in CAPITAL
        for k in range(len(sent.tokens) - 1)
    )


def _defined(sent: Sent, phrases: list[FundPhrase], cues: list[int]) -> FundPhrase | None:
    """The fund a sentence creates: what a creating word governs ("создать фонд",
    "создание фонда", "фонд будет создан"), or a fund named by countries or given a capital.
    Funds by whose efforts it is created are not it."""
    phrases = [p for p in phrases if not _in_efforts(sent, p)]
    for cue in cues:
        governed = set(objects(sent, cue)) | set(children(sent, cue, "nsubj:pass", "nmod"))
        for phrase in phrases:
            if any(phrase.first <= k < phrase.last for g in governed for k in conjuncts(sent, g)):
                return phrase
    for cue in cues:
        after = [p for p in phrases if p.first > cue]
        if after and sent.tokens[cue].pos == "NOUN":
            return after[0]
    for phrase in phrases:
        adjectives = {sent.lemma(j) for j in range(phrase.first, phrase.last)}
        compound = any("-" in sent.lemma(j) for j in range(phrase.first, phrase.head))
        if compound or (adjectives & JOINT and (cues or sent.has(*CAPITAL))):
            return phrase
        if sent.lemma(phrase.head) == "инвестфонд" and _capital(sent, phrase) is not None:
            return phrase
    return None


def _in_efforts(sent: Sent, phrase: FundPhrase) -> bool:
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
    for money in sent.money:
        first = sent.token_at(money.start)
        if sent.lemma(first - 1) == "по":
            continue
        window = [sent.lemma(k) for k in range(max(0, first - 4), first)]
        cued = any(w in CAPITAL for w in window)
        stated = sent.has("капитал", "капитализация", "уставный", "уставной") or (
            phrase is not None and any(w == "составить" for w in window)
        )
        if cued or stated:
            return money.amount, money.currency
    return None


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
        if (m.key or m.label) not in seen:
            seen.add(m.key or m.label)
            roles.append(("founder", m))
    values: list[tuple[str, object]] = []
    if capital is not None:
        values = [("capital", capital[0]), ("currency", capital[1])]
    confidence = Decimal("0.6") if rule == "fund-inferred" else Decimal("0.8")
    return Fact("fund", tuple(roles), tuple(values), (sent.index,), rule, confidence)  # type: ignore[arg-type]


def _party(sent: Sent, k: int, memory: _Memory) -> list[Mention]:
    """The countries, organisations or funds a word and its conjuncts name."""
    out: list[Mention] = []
    for c in conjuncts(sent, k):
        first, last = subtree(sent, c)
        text = sent.tokens[c].text
        if text in memory.abbreviations:
            out.append(memory.abbreviations[text])
            continue
        phrase = next((p for p in fund_phrases(sent) if p.first <= c < p.last), None)
        if phrase is not None:
            out.append(_as_org(phrase))
            continue
        named = [
            n for n in sent.names if n.first <= c < n.last and n.mention.kind in {"country", "org"}
        ]
        if not named:
            # "российская сторона": the country of its adjective
            named = [
                n
                for n in sent.names_of("country")
                if first <= n.first < last and sent.tokens[n.first].head == c
            ]
        out += [n.mention for n in named[:1]]
    return out


def _creators(sent: Sent, cue: int | None, defined: FundPhrase, memory: _Memory) -> list[Mention]:
    """ "Россия и Китай планируют создать фонд", "Эксимбанк Венгрии и Фонд благосостояния
    Турции договорились учредить фонд": the subjects of the creating verb."""
    if cue is None or sent.tokens[cue].pos != "VERB":
        return []
    out: list[Mention] = []
    for k in subjects(sent, cue):
        if defined.first <= k < defined.last:
            continue
        out += _party(sent, k, memory)
    return out


def _contributors(sent: Sent, memory: _Memory, defined: FundPhrase | None) -> list[Mention]:
    """Who puts money in: the subjects of "внести", "выделить", "вложить" ("Россия и Турция
    внесут по $500 млн"), and the one after a dash in "еще 1 млрд – X"."""
    if not sent.money and not any(t.lemma in CONTRIBUTE for t in sent.tokens):
        return []
    out: list[Mention] = []
    for k, token in enumerate(sent.tokens):
        lent = any(sent.lemma(o) in LOANS for o in objects(sent, k))
        if token.lemma in CONTRIBUTE and token.pos == "VERB" and not lent and _pays(sent, k):
            for s in subjects(sent, k):
                if defined is not None and defined.first <= s < defined.last:
                    continue
                if sent.lemma(s) in HEADS and _own_fund(sent, s, memory):
                    continue  # "Фонд внесет вклад": the fund itself
                out += _party(sent, s, memory)
        if token.lemma == "еще" and k + 1 < len(sent.tokens):
            # "еще 1 млрд – Китайская инвестиционная корпорация"
            for j in range(k + 1, min(k + 6, len(sent.tokens))):
                if sent.tokens[j].text in {"–", "—", "-"}:
                    named = next(
                        (n for n in sent.names if n.first == j + 1 and n.mention.kind == "org"),
                        None,
                    )
                    if named is not None:
                        out.append(named.mention)
                    break
    return out


def _own_fund(sent: Sent, k: int, memory: _Memory) -> bool:
    phrase = next((p for p in fund_phrases(sent) if p.head == k), None)
    fund = memory.fund
    return phrase is not None and (
        _generic(phrase, sent) or (fund is not None and _same(phrase.label, fund.label))
    )


def _pays(sent: Sent, verb: int) -> bool:
    """The verb puts money in: an amount depends on it ("внесут по $500 млн", "1 млрд
    долларов выделит РФПИ"), not a figure of speech ("внесет вклад")."""
    starts = {sent.token_at(m.start) for m in sent.money}
    for k in children(sent, verb):
        first, last = subtree(sent, k)
        if any(first <= s < last for s in starts):
            return True
    return False


def _efforts(sent: Sent, memory: _Memory) -> list[Mention]:
    """ "создано общими усилиями X и Y", "при участии X": who takes part in creating it."""
    if not sent.has(*CREATE):
        return []
    out: list[Mention] = []
    start = next((k for k, t in enumerate(sent.tokens) if t.lemma in EFFORTS), None)
    if start is None:
        return out
    phrases = fund_phrases(sent)
    k = start + 1
    while k < len(sent.tokens) and sent.tokens[k].pos != "VERB":
        phrase = next((p for p in phrases if p.first == k), None)
        named = next((n for n in sent.names if n.first == k), None)
        if phrase is not None:
            out.append(_as_org(phrase))
            k = phrase.last
            continue
        if named is not None and named.mention.kind in {"org", "country"}:
            label = sent.tokens[k].text
            out.append(memory.abbreviations.get(label, named.mention))
            k = named.last
            continue
        k += 1
    return out


def _canonical(facts: list[Fact]) -> list[Fact]:
    """One fund per cluster of names that refer to each other, under its longest name; founders
    the text names replace those inferred from the fund's name or from "совместный"."""
    names: list[Mention] = []
    for fact in facts:
        for mention in fact.role("fund"):
            if not any(m.label == mention.label for m in names):
                names.append(mention)
    canonical: dict[str, Mention] = {}
    for mention in names:
        cluster = [m for m in names if _same(m.label, mention.label)]
        canonical[mention.label] = max(cluster, key=lambda m: (len(m.label), -m.sentence))
    named = {
        canonical[m.label].label
        for f in facts
        if f.rule == "fund-founders" and f.role("founder")
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
            ):
                continue
            roles.append((role, mention))
        out.append(replace(fact, roles=tuple(roles)))
    return out


def _one_capital(facts: list[Fact]) -> list[Fact]:
    """A fund has one capital: the first stated ("составил 50 млн ..., доведут до 200 млн"
    states a plan after it)."""
    seen: set[str] = set()
    out = []
    for fact in facts:
        if fact.kind == "fund" and fact.value("capital") is not None:
            fund = fact.role("fund")[0].label
            if fund in seen:
                fact = replace(fact, values=())
            seen.add(fund)
        out.append(fact)
    return out


def _named_founders(
    sent: Sent, own: list[FundPhrase], main: Sequence[Mention], memory: _Memory
) -> list[Mention]:
    """ "Учредителями фонда выступят X и Y", "его учредителями станут правительства X и Y"."""
    cue = next((i for i, t in enumerate(sent.tokens) if t.lemma in FOUNDERS), None)
    if cue is None and not sent.has("учрежденный", "учрежден", "учредить"):
        return []
    start = cue if cue is not None else 0
    out: list[Mention] = []
    taken: set[int] = set()
    for phrase in own:
        if phrase.first > start:
            out.append(_as_org(phrase))
            taken.update(range(phrase.first, phrase.last))
    for named in sent.names:
        if named.first <= start or named.first in taken:
            continue
        if named.mention.kind in {"org", "country"}:
            out.append(memory.abbreviations.get(named.mention.label, named.mention))
    if not out and sent.has(*GOVERNMENTS):
        out = list(main)  # "учрежден правительствами двух стран"
    # a name in quotes after a kind word: "холдинг «Байтерек»"
    for i, token in enumerate(sent.tokens):
        if token.text == "«" and i > start and i + 2 < len(sent.tokens):
            close = next(
                (j for j in range(i, len(sent.tokens)) if sent.tokens[j].text == "»"), None
            )
            if close is not None and not any(i < n.first < close for n in sent.names):
                label = " ".join(t.text for t in sent.tokens[i + 1 : close])
                out.append(Mention("org", label, sent.index, token.start, sent.tokens[close].stop))
    return out


def _name_countries(sent: Sent, phrase: FundPhrase) -> list[Mention]:
    """ "Российско-Кыргызский фонд развития": founded by the two countries of its name."""
    out: list[Mention] = []
    for named in sent.names_of("country"):
        if phrase.first <= named.first < phrase.last:
            out.append(named.mention)
    if not out:
        for j in range(phrase.first, phrase.last):
            for place in gazetteer().split_compound_adjective(sent.lemma(j)):
                token = sent.tokens[j]
                out.append(
                    Mention(
                        "country",
                        place.label_ru,
                        sent.index,
                        token.start,
                        token.stop,
                        key=place.key,
                    )
                )
    return out


def _joint(sent: Sent, phrase: FundPhrase, main: Sequence[Mention]) -> list[Mention]:
    if any(sent.lemma(j) in JOINT for j in range(phrase.first, phrase.last)):
        return list(main)
    return []


def _as_org(phrase: FundPhrase) -> Mention:
    m = phrase.mention
    return Mention("org", m.label[:1].upper() + m.label[1:], m.sentence, m.start, m.stop)
