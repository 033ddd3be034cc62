"""Stage 3: Analysis -> mentions and facts, each with the sentences that state it.

One module per kind of fact; this one runs them in the order of the article so that a fact
can lean on what came before (a target after a stated turnover, a fund's later project).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..records import Analysis, Fact, Mention
from .agreements import DOCUMENTS, find_signings
from .commodities import find_elaborated, find_exports
from .context import Sent, article_sents
from .discourse import Holders
from .funds import find_funds
from .infrastructure import find_structures
from .meetings import find_meetings
from .memory import lead_date
from .objectcodes import spelled_codes
from .objectcountries import in_towns_country
from .objectfacts import (
    absorbed,
    folded,
    given_objects,
    nowhere_dropped,
    on_routes,
    one_place,
    sides_give_way,
)
from .objectlinks import anaphoric_links, corefer_objects, first_of_none, placed_as_before
from .objectlists import named_again
from .objectplaces import structure_facts
from .objectreferents import placed_by_word
from .partnerlists import find_partner_lists
from .post_countries import posts_in_context
from .posts import find_posts, find_roles
from .trade import find_trade, without_restated
from .tradepartners import trade_owner
from .tradesides import trade_sides

__all__ = ["Extraction", "extract", "main_countries"]


@dataclass(frozen=True)
class Extraction:
    analysis: Analysis
    mentions: tuple[Mention, ...]
    facts: tuple[Fact, ...]


def main_countries(sents: Sequence[Sent], limit: int = 2) -> list[Mention]:
    """The countries the article is about: named most often, at least twice each."""
    counts: Counter[str] = Counter()
    first: dict[str, Mention] = {}
    for sent in sents:
        for named in sent.names_of("country"):
            key = named.mention.identity
            counts[key] += 1
            first.setdefault(key, named.mention)
    top = [k for k, n in counts.most_common() if n >= 2][:limit]
    return [first[k] for k in sorted(top, key=lambda k: (first[k].sentence, first[k].start))]


def _headline_restated(facts: list[Fact], sents: list[Sent]) -> list[Fact]:
    """A headline saying a document was signed ("Индия и Иран подписали контракт по порту")
    restates the body, which says which document and who signed it: when the body has a
    signing of a document of the same kind, that one stands for both."""

    by_index = {sent.index: sent for sent in sents}

    def kind(fact: Fact) -> str | None:
        document = fact.role("document")[0]
        sent = by_index[document.sentence]
        return next(
            (
                t.lemma
                for t in sent.tokens
                if document.start <= t.start < document.stop and t.lemma in DOCUMENTS
            ),
            None,
        )

    signings = [f for f in facts if f.kind == "signing" and f.role("document")]
    in_body = {kind(f) for f in signings if f.sentences[0] != 0}
    # "X и Y заключили трехсторонний меморандум" over a body telling of one "трехстороннее
    # соглашение" its ministers signed: one document, by its headline's name
    short = [f for f in signings if len(f.role("document")[0].label.split()) <= 2]
    top = [f for f in short if f.sentences == (0,)]
    body = [f for f in signings if f.sentences[0] != 0]
    if len(top) == 1 and len(body) == 1 and body[0] in short and kind(top[0]) != kind(body[0]):
        named = (("document", top[0].role("document")[0]),)
        renamed = replace(body[0], roles=named + body[0].roles[1:])
        return [renamed if f is body[0] else f for f in facts if f is not top[0]]
    return [
        f
        for f in facts
        if not (f in signings and f.sentences == (0,) and kind(f) in in_body - {None})
    ]


def extract(analysis: Analysis) -> Extraction:
    article = analysis.article
    sents = article_sents(analysis.sentences, article.date, article.publisher)
    # the dateline's date is the day the news was told: it anchors "13 мая" and "сегодня"
    # on a page whose header gave no date, and dates an event told as under way; ingest may
    # have taken the page's date from that same dateline
    lead = lead_date(sents)
    if article.date and lead != article.date:
        lead = None
    elif lead is not None and not article.date:
        sents = article_sents(analysis.sentences, lead, article.publisher)
    main = main_countries(sents)
    roles = find_roles(sents, main)
    posts = find_posts(sents, main)
    holders = Holders(posts)
    signings = find_signings(sents, roles)
    titled = article.title is not None and bool(sents) and sents[0].text == article.title
    meetings, signings = find_meetings(sents, roles, holders, signings, lead, titled, article.date)
    facts: list[Fact] = posts_in_context(posts, meetings, sents, holders.learned, main, roles)
    facts += meetings
    previous: list[Mention] = []
    structures = named_again(sents, {sent.index: find_structures(sent) for sent in sents})
    sides = main_countries(sents, limit=4)
    last_trade: int | None = None
    last_figure: Fact | None = None
    flows: list[Fact] = []  # of the sentence before: the next may list their goods
    told: list[Fact] = []  # every flow so far: a list of buyers goes on with the last
    by_index = {sent.index: sent for sent in sents}
    told_on = article.date or lead or ""
    year = int(told_on[:4]) if told_on[:4].isdigit() else None
    pair = trade_sides(sents, main)
    owner = trade_owner(sents)
    for sent in sents:
        recent = last_trade is not None and sent.index - last_trade <= 2
        prior = by_index.get(sent.index - 1)
        trade = find_trade(
            sent,
            previous,
            pair,
            recent=recent,
            sides=sides,
            last=last_figure,
            before=prior,
            year=year,
            owner=owner,
        )
        if trade:
            previous = trade[-1].role("country")
            last_trade = sent.index
            last_figure = trade[-1]
            facts += trade
        facts += structure_facts(sent, structures[sent.index])
        before = [s for k in sorted(structures) if k < sent.index for s in structures[k]]
        facts += anaphoric_links(sent, structures[sent.index], before)
        facts += find_elaborated(sent, flows)
        earlier = [
            n.mention
            for k in (sent.index - 2, sent.index - 1)
            if k in by_index
            for n in by_index[k].names_of("country")
        ]
        flows = list(find_exports(sent, main, earlier, flows, prior))
        ranked = [by_index[k] for k in (sent.index - 1, sent.index - 2) if k in by_index]
        listed = list(find_partner_lists(sent, told, flows, ranked))
        facts += flows + listed
        told += flows + listed
    facts += signings
    headline = article.title is not None and bool(sents) and sents[0].text == article.title
    facts += find_funds(sents, main, structures, headline)
    given = {s.mention for found in structures.values() for s in found if s.given}
    facts = given_objects(without_restated(facts), given, headline)
    plain = {s.mention for found in structures.values() for s in found if s.plain}
    facts = placed_as_before(
        folded(absorbed(corefer_objects(spelled_codes(facts), sents), plain), plain)
    )
    lone = {s.mention for found in structures.values() for s in found if s.plain and not s.plural}
    facts = nowhere_dropped(on_routes(facts), lone)
    facts = in_towns_country(sides_give_way(one_place(first_of_none(facts))), sents)
    facts = placed_by_word(facts, sents)
    if headline:
        facts = _headline_restated(facts, sents)
    mentions = tuple(n.mention for s in sents for n in s.names)
    return Extraction(analysis, mentions, tuple(facts))
