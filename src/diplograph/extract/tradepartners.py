"""One country's trade told partner by partner, and the sides of a figure that names one.

A statistics report tells the trade of one country (its "owner") with each partner:
"товарооборот с A и B составил $X и $Y соответственно, а с C – $Z", "в пятерку торговых
партнеров страны вошли A ($X), B ($Y)", "первую строчку занимает A – $X". Each figure is the
owner's trade with the partner it is told with, never the partners' trade with each other.
The owner is the country the sentence names as the owner of the trade ("товарооборот
Узбекистана с ..."), else the one the article tells the trade of: named most often as the
owner of a trade word ("партнером Таджикистана", "внешнеторговый оборот страны").

A figure whose only country is its partner ("объем товарооборота с Турцией", "Китай,
товарооборот с которым", "с этой страной") is the owner's trade with it; a figure whose only
country owns it, with no partner ("внешнеторговый оборот Узбекистана достиг $60 млрд"), is a
country's trade with the world: no row.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..records import Mention
from .context import Named, Sent

__all__ = ["partner_ranking", "ranked_partners", "sides_of_figures", "trade_owner"]

TRADE_NOUNS = {"оборот", "товарооборот", "торговля", "товарообмен"}
# words whose genitive country is the one whose trade is told
OWNED = TRADE_NOUNS | {"партнер", "экспорт", "импорт"}
# the marks after a partner: a dash, or a colon ("Китай: $6 млрд")
DASHES = {"–", "—", "-", "‒", "−", ":"}
# words between a partner and its figure: "Россия — более $651 млн", "с A – около $2 млрд"
QUALIFIERS = {"более", "свыше", "около", "почти", "порядка", "примерно", "менее", "$", "€"}
WITH = {"с", "со"}
# "с этой страной", "с данной республикой": the country named just before
REFERRING = {"этот", "данный", "эта"}
COUNTRY_NOUNS = {"страна", "республика", "государство"}


def trade_owner(sents: Sequence[Sent]) -> Mention | None:
    """The country whose trade the article tells, when one is named as the owner of trade
    words more often than any other."""
    counts: Counter[str] = Counter()
    first: dict[str, Mention] = {}
    for sent in sents:
        for named in sent.names_of("country"):
            if _owner_word(sent, named):
                counts[named.mention.identity] += 1
                first.setdefault(named.mention.identity, named.mention)
    top = counts.most_common(2)
    if not top or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return first[top[0][0]]


def _head(sent: Sent, named: Named) -> int:
    """The token of a name whose head lies outside it ("Южная Корея" -> "Корея")."""
    for k in range(named.first, named.last):
        if not named.first <= sent.tokens[k].head < named.last:
            return k
    return named.first


def _owner_word(sent: Sent, named: Named) -> bool:
    """ "товарооборот Узбекистана", "партнеров РУз", "таджикского экспорта"."""
    k = _head(sent, named)
    token = sent.tokens[k]
    if sent.lemma(token.head) not in OWNED:
        return False
    if token.pos == "ADJ":
        return token.rel == "amod"
    # an abbreviation does not decline ("оборот РУз"): a bare noun after the trade word
    bare = token.rel == "nmod" and not any(sent.tokens[j].rel == "case" for j in _kids(sent, k))
    return token.feat("Case") == "Gen" or bare


def _partner(sent: Sent, named: Named) -> bool:
    """ "с Турцией", "с соседним Афганистаном", "с Кыргызстаном и Германией": a country in
    the instrumental after "с", or joined to one that is."""
    k = _head(sent, named)
    if sent.tokens[k].feat("Case") != "Ins":
        return False
    j = named.first - 1
    while j >= 0 and sent.tokens[j].pos == "ADJ":
        j -= 1
    if sent.lemma(j) in WITH:
        return True
    earlier = [n for n in sent.names_of("country") if n.last <= j + 1]
    return sent.lemma(j) in {"и", ","} and bool(earlier) and _partner(sent, earlier[-1])


def _figures(sent: Sent) -> list[tuple[int, int]]:
    return [(sent.token_at(m.start), sent.token_at(m.stop)) for m in sent.money]


def _told_with(sent: Sent, named: Named, first: int) -> bool:
    """The figure at token `first` follows the name right after a bracket or a dash:
    "Россия ($5,6 млрд)", "с Афганистаном – $776,9 млн", "Россия — более $651 млн"."""
    k = named.last
    if k >= first or sent.tokens[k].text not in DASHES | {"("}:
        return False
    # "Россия ($5,6 млрд)", "с Афганистаном – $776,9 млн"; not "экспорт Грузии – $300 млн"
    if sent.tokens[_head(sent, named)].feat("Case") != "Nom" and not _partner(sent, named):
        return False
    return all(sent.lemma(j) in QUALIFIERS for j in range(k + 1, first))


def _respectively(sent: Sent, countries: list[Named]) -> dict[int, Named]:
    """ "с A и B составил $X и $Y соответственно": the partners and the figures before the
    word, paired in order when their numbers agree."""
    word = next((k for k, t in enumerate(sent.tokens) if t.lemma == "соответственно"), None)
    if word is None:
        return {}
    figures = [first for first, stop in _figures(sent) if stop <= word]
    if len(figures) < 2:
        return {}
    partners = [n for n in countries if n.last <= figures[0] and _partner(sent, n)]
    if len(partners) != len(figures):
        return {}
    return dict(zip(figures, partners, strict=True))


def ranked_partners(sent: Sent) -> dict[int, Named]:
    """The partner each figure of the sentence is told with (by the figure's first token)."""
    countries = sent.names_of("country")
    listed = _respectively(sent, countries)
    for first, _ in _figures(sent):
        for named in countries:
            if first not in listed and _told_with(sent, named, first):
                listed[first] = named
    if not listed:
        return listed
    # "товарооборот с A составил $X, а с B – $Y": a figure after its partner in "с"
    lo = 0
    for first, stop in _figures(sent):
        near = [n for n in countries if lo <= n.first and n.last <= first and _partner(sent, n)]
        if first not in listed and near:
            listed[first] = near[-1]
        lo = stop
    return listed


def partner_ranking(sent: Sent) -> bool:
    """A ranking of trade partners with their figures: "в пятерку крупнейших торговых
    партнеров вошли A ($X) и B ($Y)" (not of export partners: "партнеры по экспорту")."""
    return (
        any(
            t.lemma == "партнер" and any(sent.lemma(j) == "торговый" for j in _kids(sent, k))
            for k, t in enumerate(sent.tokens)
        )
        and not sent.has("экспорт", "импорт", "поставка")
        and bool(ranked_partners(sent))
    )


def _kids(sent: Sent, k: int) -> list[int]:
    return [j for j, t in enumerate(sent.tokens) if t.head == k]


def _referred(sent: Sent, before: Sent | None) -> Mention | None:
    """The partner a figure refers to: "Китай, товарооборот с которым ..." (the country
    before the relative word), "с этой страной" (the last one the sentence before names)."""
    for k, token in enumerate(sent.tokens):
        if sent.lemma(k - 1) not in WITH:
            continue
        if token.lemma == "который":
            named = [n for n in sent.names_of("country") if n.last <= k]
            return named[-1].mention if named else None
        if token.lemma in REFERRING and sent.lemma(k + 1) in COUNTRY_NOUNS and before:
            named = before.names_of("country")
            return named[-1].mention if named else None
    return None


def _trade_partnered(sent: Sent) -> bool:
    """A trade word of the sentence has a partner in "с" ("товарооборот Казахстана с ними")."""
    for token in sent.tokens:
        noun = sent.tokens[token.head] if 0 <= token.head < len(sent.tokens) else None
        if token.lemma in WITH and noun is not None and sent.lemma(noun.head) in TRADE_NOUNS:
            return True
    return False


def sides_of_figures(
    sent: Sent, owner: Mention | None, pair: Sequence[Mention], before: Sent | None
) -> dict[int, list[Mention]] | None:
    """The two sides of each figure of a sentence that tells one country's trade (by the
    figure's first token; an empty list: no row), or None when the sentence is not told so
    and the figure's countries are read as before."""
    countries = sent.names_of("country")
    listed = ranked_partners(sent)
    figures = [first for first, _ in _figures(sent)]
    if listed:
        partners = {n.mention.identity for n in listed.values()}
        own = [n.mention for n in countries if _owner_word(sent, n)]
        own = [m for m in own if m.identity not in partners]
        side = own[0] if own else _other(owner, pair, partners)
        return {
            first: [side, listed[first].mention] if side and first in listed else []
            for first in figures
        }
    referred = _referred(sent, before)
    partners_named = [n for n in countries if _partner(sent, n)]
    others = [n for n in countries if not _partner(sent, n)]
    partner = referred or (partners_named[0].mention if len(partners_named) == 1 else None)
    rest = {n.mention.identity: n.mention for n in others}
    if partner is not None:
        rest.pop(partner.identity, None)
    if partner is not None and len(rest) <= 1 and (referred or not rest):
        # "Китай, товарооборот с которым": the one other country named is the owner
        side = next(iter(rest.values()), None) or _other(owner, pair, {partner.identity})
        return {first: [side, partner] if side else [] for first in figures}
    if (
        len({n.mention.identity for n in countries}) == 1
        and all(_owner_word(sent, n) for n in countries)
        and not _trade_partnered(sent)
    ):
        return {first: [] for first in figures}  # a country's trade with the world
    return None


def _other(owner: Mention | None, pair: Sequence[Mention], partners: set[str]) -> Mention | None:
    """The owner of the article's trade, else the one of its two countries that is no
    partner of the figure (when the other is one)."""
    if owner is not None and owner.identity not in partners:
        return owner
    rest = [m for m in pair if m.identity not in partners]
    return rest[0] if len(pair) == 2 and len(rest) == 1 else None
