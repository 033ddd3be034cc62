"""Investment funds: the fund, its founders, its capital and the projects it finances.

A fund is defined where the text creates it ("создание совместного фонда прямых инвестиций",
"договорились учредить инвестиционный фонд", "учреждение Кыргызско-турецкого фонда развития");
later "фонд" refers back to it. Its founders are named by "учредителями фонда выступят X и Y",
by the subjects of the creating verb ("X и Y договорились учредить фонд"), by the countries of
its name ("Российско-Кыргызский фонд"), or, for a joint fund ("совместный"), are the sides of
the talks. Its capital is the sum next to "капитал"; its projects follow "проектом фонда
станет ...", "средства фонда будут направлены на ...".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from ..data.gazetteer import gazetteer
from ..records import Fact, Mention
from .context import Sent
from .infrastructure import NOT_INFRASTRUCTURE, Structure

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
}
JOINT = {"совместный", "общий", "двусторонний"}
FOUNDERS = {"учредитель", "акционер", "участник"}
GOVERNMENTS = {"правительство", "кабинет", "государство"}
PROJECT_CUES = {
    "проект",
    "направить",
    "направлять",
    "финансировать",
    "профинансировать",
    "инвестировать",
    "вложить",
    "поддержать",
}
WORKS = {
    "строительство",
    "создание",
    "модернизация",
    "реконструкция",
    "расширение",
    "развитие",
    "возведение",
    "обновление",
    "прокладка",
    "оснащение",
}


@dataclass(frozen=True)
class FundPhrase:
    first: int
    last: int
    label: str
    mention: Mention


def fund_phrases(sent: Sent) -> list[FundPhrase]:
    out = []
    for i, token in enumerate(sent.tokens):
        if token.lemma != "фонд":
            continue
        first = i
        while first > 0 and sent.tokens[first - 1].pos == "ADJ":
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
                )
                and last > i + 1
            ):
                last += 1  # "Фонд реконструкции и развития Узбекистана"
            else:
                break
        label = sent.phrase(first, last)
        if first == 0 or not sent.tokens[first].text[:1].isupper() or first < i:
            label = label[:1].lower() + label[1:] if first == 0 else label
        mention = Mention(
            "fund", label, sent.index, sent.tokens[first].start, sent.tokens[last - 1].stop
        )
        out.append(FundPhrase(first, last, label, mention))
    return out


def _words(label: str) -> set[str]:
    return {w[:5] for w in label.lower().split()}


def _refers(phrase: FundPhrase, fund: Mention) -> bool:
    """ "фонд", "фонда развития" refer back to "Кыргызско-турецкий фонд развития"."""
    return _same(phrase.label, fund.label)


def _same(a: str, b: str) -> bool:
    return _words(a) <= _words(b) or _words(b) <= _words(a)


def find_funds(
    sents: Sequence[Sent], main: Sequence[Mention], structures: dict[int, list[Structure]]
) -> list[Fact]:
    fund: Mention | None = None
    facts: list[Fact] = []
    for sent in sents:
        phrases = fund_phrases(sent)
        if not phrases:
            continue
        cue = next((i for i, t in enumerate(sent.tokens) if t.lemma in CREATE), None)
        defined = _defined(sent, phrases, cue)
        if defined is not None and (fund is None or not _refers(defined, fund)):
            fund = defined.mention
            founders = _subjects(sent, phrases, defined, cue)
            rule = "fund-founders"
            if not founders:
                founders = _name_countries(sent, defined) or _joint(sent, defined, main)
                rule = "fund-inferred"
            facts.append(_fact(sent, fund, founders, rule))
            facts += _projects(sent, fund, structures.get(sent.index, []), phrases)
            continue
        if fund is None or not any(_refers(p, fund) for p in phrases):
            continue
        own = [p for p in phrases if not _refers(p, fund)]
        founders = _named_founders(sent, own, main)
        facts.append(_fact(sent, fund, founders, "fund-founders"))
        facts += _projects(sent, fund, structures.get(sent.index, []), phrases)
    return _canonical(facts)


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


def _defined(sent: Sent, phrases: list[FundPhrase], cue: int | None) -> FundPhrase | None:
    """The fund a sentence creates: after the creating word, or named as joint or by
    countries, or given a capital."""
    if cue is not None:
        after = [p for p in phrases if p.first > cue]
        if after:
            return after[0]
    for phrase in phrases:
        adjectives = {sent.lemma(j) for j in range(phrase.first, phrase.last)}
        compound = any("-" in sent.lemma(j) for j in range(phrase.first, phrase.last))
        if compound or (adjectives & JOINT and (cue is not None or sent.has("капитал"))):
            return phrase
    return None


def _fact(sent: Sent, fund: Mention, founders: list[Mention], rule: str) -> Fact:
    roles: list[tuple[str, Mention]] = [("fund", fund)]
    roles += [("founder", m) for m in founders]
    values: list[tuple[str, object]] = []
    if sent.money and sent.has("капитал", "капитализация", "уставный"):
        money = sent.money[0]
        values = [("capital", money.amount), ("currency", money.currency)]
    confidence = Decimal("0.6") if rule == "fund-inferred" else Decimal("0.8")
    return Fact("fund", tuple(roles), tuple(values), (sent.index,), rule, confidence)  # type: ignore[arg-type]


def _subjects(
    sent: Sent, phrases: list[FundPhrase], defined: FundPhrase, cue: int | None
) -> list[Mention]:
    """ "Эксимбанк Венгрии и Фонд благосостояния Турции договорились учредить фонд"."""
    if cue is None:
        return []
    out: list[Mention] = []
    for named in sent.names:
        if named.last <= cue and named.mention.kind == "org":
            out.append(named.mention)
    for phrase in phrases:
        if phrase is not defined and phrase.last <= cue:
            out.append(_as_org(phrase))
    return out


def _named_founders(sent: Sent, own: list[FundPhrase], main: Sequence[Mention]) -> list[Mention]:
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
            out.append(named.mention)
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


def _as_project(mention: Mention) -> Mention:
    """A plant a fund finances is a project, not one of the infrastructure objects."""
    if mention.subtype in NOT_INFRASTRUCTURE:
        return replace(mention, kind="project", subtype=None)
    return mention


def _projects(
    sent: Sent, fund: Mention, structures: list[Structure], phrases: list[FundPhrase]
) -> list[Fact]:
    """ "Первыми проектами фонда станут строительство X и модернизация Y"."""
    cue = next((i for i, t in enumerate(sent.tokens) if t.lemma in PROJECT_CUES), None)
    if cue is None:
        return []
    # "терминал в порту Алят": the port is where the project is, not a project
    projects: list[Mention] = [
        _as_project(s.mention)
        for s in structures
        if s.first > cue and sent.lemma(s.first - 1) not in {"в", "на"}
    ]
    covered = {i for s in structures for i in range(s.first, s.last)}
    covered |= {i for p in phrases for i in range(p.first, p.last)}
    i = cue + 1
    while i < len(sent.tokens):
        if sent.lemma(i) in WORKS or (sent.lemma(i) == "и" and projects):
            j = i + 1
            if j < len(sent.tokens) and j not in covered and sent.tokens[j].pos in {"ADJ", "NOUN"}:
                first = j
                while j < len(sent.tokens) and sent.tokens[j].pos == "ADJ":
                    j += 1
                if (
                    j < len(sent.tokens)
                    and sent.tokens[j].pos == "NOUN"
                    and (sent.tokens[j].feat("Case") == "Gen" and sent.lemma(j) not in WORKS)
                ):
                    label = sent.phrase(first, j + 1).lower()
                    projects.append(
                        Mention(
                            "project",
                            label,
                            sent.index,
                            sent.tokens[first].start,
                            sent.tokens[j].stop,
                        )
                    )
                    covered.update(range(first, j + 1))
        i += 1
    if not projects:
        # "Первым проектом фонда станет Международный центр ... «Центральная Азия»"
        named = [n for n in sent.names if n.first > cue and n.mention.kind == "org"]
        projects = [
            Mention("project", n.mention.label, sent.index, n.mention.start, n.mention.stop)
            for n in named[:1]
        ]
    return [
        Fact("fund", (("fund", fund), ("project", p)), (), (sent.index,), "fund-project")
        for p in projects
    ]
