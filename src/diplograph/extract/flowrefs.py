"""A country a flow names by referring back: "получает из этой страны электроэнергию",
"закупки в данной стране урана" mean the country named just before, in the sentence or, when
it names none, in the sentences before it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..records import Mention
from .context import Named, Sent
from .flowsides import country_run

__all__ = ["referred_list", "with_referred"]

POINTING = {"этот", "данный"}
COUNTRY_NOUNS = {"страна", "государство"}


def with_referred(sent: Sent, earlier: Sequence[Mention]) -> Sent:
    """The sentence with each "эта страна" named as the country it refers to: the last one
    named before it, in the sentence or in `earlier`, that is not the sentence's subject;
    nothing when none is."""
    countries = sent.names_of("country")
    added: list[Named] = []
    for k in range(1, len(sent.tokens)):
        pointer = sent.tokens[k - 1]
        if sent.lemma(k) not in COUNTRY_NOUNS or sent.tokens[k].feat("Number") == "Plur":
            continue
        if pointer.lemma not in POINTING:
            continue
        # the subject is never "эта страна" of its own clause ("Япония закупает уран из этой
        # страны"): the country meant is another
        subjects = {n.mention.identity for n in countries if sent.tokens[n.first].rel == "nsubj"}
        owners = {n.mention.identity for n in countries if _adjective(sent, n)}
        # an adjective names whose something is ("белорусского экспорта в эту страну"), not
        # a country the text could point back to
        before = [n.mention for n in countries if n.last <= k - 1 and not _adjective(sent, n)]
        named = [m for m in [*earlier, *before] if m.identity not in subjects | owners]
        referent = named[-1] if named else None
        if referent is None:
            continue
        start, stop = pointer.start, sent.tokens[k].stop
        mention = replace(referent, sentence=sent.index, start=start, stop=stop)
        added.append(Named(k - 1, k + 1, mention))
    if not added:
        return sent
    names = tuple(sorted([*sent.names, *added], key=lambda n: (n.first, n.last)))
    return replace(sent, names=names)


def _adjective(sent: Sent, named: Named) -> bool:
    return sent.tokens[named.first].pos == "ADJ"


def referred_list(
    sent: Sent, lo: int, hi: int, prior: Sent | None
) -> tuple[list[Mention], Mention | None]:
    """ "В эти страны экспортируются ...", "этим государствам": the countries the sentence
    before listed (two or more in a run), and the one country it names beside the list, whose
    partners they were ("Основными покупателями X являются A, B и C"); nothing when the
    clause points at no countries it sends to."""
    if prior is None:
        return [], None
    pointed = any(
        sent.lemma(k) in COUNTRY_NOUNS
        and sent.tokens[k].feat("Number") == "Plur"
        and sent.lemma(k - 1) in POINTING
        and (sent.lemma(k - 2) in {"в", "во"} or sent.tokens[k].feat("Case") == "Dat")
        for k in range(max(lo, 1), hi)
    )
    if not pointed:
        return [], None
    nouns = [n for n in prior.names_of("country") if not _adjective(prior, n)]
    runs = [country_run(prior, n) for n in nouns]
    run = max(runs, key=len, default=[])
    if len(run) < 2:
        return [], None
    listed = {n.mention.identity: n.mention for n in run}
    # "покупателями армянских товаров", "партнерами Армении": the side the list is of
    named = prior.names_of("country")
    others = {n.mention.identity: n.mention for n in named if n.mention.identity not in listed}
    owner = next(iter(others.values())) if len(others) == 1 else None
    return list(listed.values()), owner
