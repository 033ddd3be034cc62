"""Who founds a fund: everyone who creates it or puts money in (see funds.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..data.gazetteer import gazetteer
from ..records import Mention
from .context import Sent
from .frames import (
    children,
    conjuncts,
    datives,
    governor,
    objects,
    preposition,
    subjects,
    subtree,
)
from .fundnames import HEADS, FundMemory, FundPhrase, as_org, fund_phrases, generic, same_fund

__all__ = [
    "EFFORTS",
    "agreed",
    "contributors",
    "creators",
    "efforts",
    "joint",
    "name_countries",
    "named_founders",
    "sides",
    "speakers",
]

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
# "при участии X", "в создании будут участвовать X и Y"
EFFORTS = {"усилие", "участие", "участвовать"}
# money lent is no contribution to a fund: "выделит кредит"
LOANS = {"кредит", "заем", "грант", "транш", "займ"}
JOINT = {"совместный", "общий", "двусторонний"}
AGREEMENTS = {"соглашение", "меморандум", "договор", "договоренность", "контракт"}
DECISIONS = {"решение", "намерение", "план", "предложение", "идея", "инициатива"}
# "создано усилиями X": efforts count in a sentence that creates
CREATE_WORDS = {"создать", "создание", "учредить", "учреждение", "создавать", "учреждать"}


def party(sent: Sent, k: int, memory: FundMemory) -> list[Mention]:
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
            out.append(as_org(phrase))
            continue
        named = [
            n for n in sent.names if n.first <= c < n.last and n.mention.kind in {"country", "org"}
        ]
        if not named:
            # "китайская корпорация «СИТИК Групп»": the name in apposition, not the adjective;
            # "страны-члены X": the organisation whose members they are
            named = [
                n
                for n in sent.names_of("org")
                if c < n.first <= c + 2
                and (sent.tokens[n.first].head == c or "член" in sent.lemma(c))
                and (sent.tokens[n.first].rel == "appos" or "член" in sent.lemma(c))
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


def creators(sent: Sent, cue: int | None, defined: FundPhrase, memory: FundMemory) -> list[Mention]:
    """ "Россия и Китай планируют создать фонд", "Эксимбанк Венгрии и Фонд благосостояния
    Турции договорились учредить фонд": the subjects of the creating verb."""
    if cue is not None and sent.tokens[cue].pos == "NOUN":
        return _agents(sent, cue, memory) + _signers(sent, cue, memory)
    if cue is None or sent.tokens[cue].pos != "VERB":
        return []
    out: list[Mention] = []
    verb = _deciding(sent, cue)
    for k in _with_following(sent, subjects(sent, verb), verb):
        if defined.first <= k < defined.last:
            continue
        out += party(sent, k, memory)
    out += _partners(sent, verb, defined, memory)
    if out and any(sent.lemma(j) in JOINT for j in range(defined.first, defined.last)):
        # "Таджикистан предложил Кувейту создать совместный фонд": the one asked is the
        # other side of a joint fund
        for k in datives(sent, governor(sent, verb)):
            out += party(sent, k, memory)
    if sent.tokens[cue].feat("Voice") == "Pass":
        # "фонд будет создан Казахстаном и Турцией": the agent of the passive
        for k in children(sent, cue, "obl", "obl:agent"):
            if sent.tokens[k].feat("Case") == "Ins" and sent.lemma(k) not in EFFORTS:
                out += party(sent, k, memory)
    return out


def _with_following(sent: Sent, found: list[int], verb: int) -> list[int]:
    """ "Министерство финансов и корпорация «X» создают фонд": a nominative noun after the
    subject's "и", before the verb, is a subject too, wherever the parse hangs it."""
    if not found or not max(found) < verb:
        return found
    _, k = subtree(sent, max(found))
    if sent.lemma(k) != "и":
        return found
    k += 1
    while k < verb and sent.tokens[k].pos == "ADJ":
        k += 1
    token = sent.tokens[k] if k < verb else None
    if token is None or token.pos not in {"NOUN", "PROPN"} or token.feat("Case") != "Nom":
        return found
    return [*found, k] if k not in found else found


def _partners(sent: Sent, verb: int, defined: FundPhrase, memory: FundMemory) -> list[Mention]:
    """ "РФПИ совместно с фондом Индии создают фонд", "создали фонд с Узбекистаном": who
    creates it with the subject, in "с" and the instrumental on the verb, the subject or the
    fund (not "фонд с капиталом в $1 млрд", which names no one)."""
    hosts = {verb, defined.head, *subjects(sent, verb)}
    hosts |= {k for k, t in enumerate(sent.tokens) if t.lemma in {"совместно", "вместе"}}
    out: list[Mention] = []
    for k, token in enumerate(sent.tokens):
        if token.head in hosts and token.feat("Case") == "Ins" and preposition(sent, k) == "с":
            out += party(sent, k, memory)
    return out


def speakers(
    sent: Sent, cue: int | None, main: Sequence[Mention], found: list[Mention]
) -> list[Mention]:
    """ "«Мы создали фонд с Узбекистаном»": "мы" is the side of the article that is not the
    partner named."""
    if cue is None or not any(sent.lemma(k) == "мы" for k in subjects(sent, cue)):
        return []
    named = {m.identity for m in found}
    return [m for m in main if m.identity not in named][:1] if found else []


def _deciding(sent: Sent, cue: int) -> int:
    """ "ССАГПЗ принял решение создать фонд": the verb whose object the decision, intention
    or plan to create is; else the creating verb itself."""
    token = sent.tokens[cue]
    noun = token.head
    if sent.lemma(noun) not in DECISIONS:
        # a parser may hang the infinitive elsewhere; "решение создать" stays adjacent
        noun = cue - 1 if token.feat("VerbForm") == "Inf" else -1
    if sent.lemma(noun) in DECISIONS and sent.tokens[noun].rel == "obj":
        return sent.tokens[noun].head if sent.tokens[noun].head >= 0 else cue
    return cue


def sides(sent: Sent, main: Sequence[Mention]) -> list[Mention]:
    """ "Стороны согласовали создание фонда": the sides are the article's two countries."""
    if len(main) < 2:
        return []
    for k, token in enumerate(sent.tokens):
        if token.lemma != "сторона" or token.rel not in {"nsubj", "nsubj:pass"}:
            continue
        # "российская сторона" is one of them, not both
        if not any(sent.tokens[c].pos == "ADJ" for c in children(sent, k, "amod")):
            return list(main[:2])
    return []


def _signers(sent: Sent, cue: int, memory: FundMemory) -> list[Mention]:
    """ "Роснано подписала соглашение о создании фонда": who signs the agreement to create
    it founds it."""
    document = sent.tokens[cue].head
    if document < 0 or sent.lemma(document) not in AGREEMENTS:
        return []
    verb = sent.tokens[document].head
    if verb < 0 or sent.lemma(verb) not in {"подписать", "заключить", "подписывать"}:
        return []
    out: list[Mention] = []
    for k in subjects(sent, verb):
        # "корпорация «Роснано»": the name stands beside the kind word
        for j in [k, *children(sent, k, "appos")]:
            out += party(sent, j, memory)
    return out


def _agents(sent: Sent, cue: int, memory: FundMemory) -> list[Mention]:
    """ "учреждение Россией и Китаем фонда", "создание странами ОТГ фонда": who creates, in
    the instrumental after the creating noun; "странами X" are the members of X, so X."""
    out: list[Mention] = []
    for k in range(cue + 1, min(cue + 4, len(sent.tokens))):
        if sent.tokens[k].feat("Case") != "Ins" or sent.tokens[k].pos not in {"NOUN", "PROPN"}:
            continue
        if sent.lemma(k) == "страна":
            named = [n for n in sent.names if n.first == k + 1 and n.mention.kind == "org"]
            return [n.mention for n in named[:1]]
        return party(sent, k, memory)
    return out


def contributors(sent: Sent, memory: FundMemory, defined: FundPhrase | None) -> list[Mention]:
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
                out += party(sent, s, memory)
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


def _own_fund(sent: Sent, k: int, memory: FundMemory) -> bool:
    phrase = next((p for p in fund_phrases(sent) if p.head == k), None)
    fund = memory.fund
    return phrase is not None and (
        generic(phrase, sent) or (fund is not None and same_fund(phrase.label, fund.label))
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


def efforts(sent: Sent, memory: FundMemory) -> list[Mention]:
    """ "создано общими усилиями X и Y", "при участии X": who takes part in creating it."""
    if not sent.has(*CREATE_WORDS, "сформировать", "учрежденный", "учрежден"):
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
            out.append(as_org(phrase))
            k = phrase.last
            continue
        if named is not None and named.mention.kind in {"org", "country"}:
            label = sent.tokens[k].text
            out.append(memory.abbreviations.get(label, named.mention))
            k = named.last
            continue
        k += 1
    return out


def named_founders(
    sent: Sent, own: list[FundPhrase], main: Sequence[Mention], memory: FundMemory
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
            out.append(as_org(phrase))
            taken.update(range(phrase.first, phrase.last))
    for named in sent.names:
        if named.first <= start or named.first in taken:
            continue
        if sent.lemma(named.first - 1) == "при":
            continue  # "холдинг при Министерстве экономики": the ministry is not a founder
        if named.mention.kind == "org":
            whose = next(
                (
                    n
                    for n in sent.names_of("country")
                    if n.first == named.last and sent.tokens[n.first].feat("Case") == "Gen"
                ),
                None,
            )
            if whose is not None:
                # "Национальный банк Армении": the tagger names the bank and the country apart
                taken.update(range(whose.first, whose.last))
                country = sent.text[
                    whose.mention.start - sent.start : whose.mention.stop - sent.start
                ]
                label = f"{named.mention.label} {country}"
                out.append(replace(named.mention, label=label, stop=whose.mention.stop))
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


def name_countries(sent: Sent, phrase: FundPhrase) -> list[Mention]:
    """ "Российско-Кыргызский фонд развития": founded by the two countries of its name."""
    out: list[Mention] = []
    for named in sent.names_of("country"):
        # "фонд России и Китая", not "фонд помощи Марокко": the country of the fund itself,
        # not of a word that depends on it
        owner = named.first < phrase.head or _owner(sent, named.first, phrase.head)
        if phrase.first <= named.first < phrase.last and owner:
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


def _owner(sent: Sent, k: int, head: int) -> bool:
    """Word k (or the first of its conjuncts) depends on the fund's head word itself."""
    seen = 0
    while sent.tokens[k].rel == "conj" and sent.tokens[k].head >= 0 and seen < 10:
        k, seen = sent.tokens[k].head, seen + 1
    return sent.tokens[k].head == head


def joint(sent: Sent, phrase: FundPhrase, main: Sequence[Mention]) -> list[Mention]:
    if any(sent.lemma(j) in JOINT for j in range(phrase.first, phrase.last)):
        return list(main)
    return []


def agreed(sent: Sent, cue: int | None, main: Sequence[Mention]) -> list[Mention]:
    """ "Соглашение предусматривает создание фонда", "соглашением предусматривается
    учреждение фонда", "соглашение о создании фонда": a fund an agreement creates is founded
    by its parties, the article's two sides, when the text names no one else."""
    if cue is None or len(main) < 2:
        return []
    head = sent.tokens[cue].head
    if head >= 0 and sent.lemma(head) in AGREEMENTS:
        return list(main[:2])
    if head < 0 or sent.tokens[head].pos != "VERB":
        return []
    kids = children(sent, head, "nsubj", "nsubj:pass", "obl")
    return list(main[:2]) if any(sent.lemma(k) in AGREEMENTS for k in kids) else []
