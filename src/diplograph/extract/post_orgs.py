"""The organisation a post is in and the country it is of, read from how the text names it:
"АО «Казахстанские железные дороги»" (a country adjective opens the name), "российская
компания ПАО «Газпром»", "корпорация «X»" referred back to as "компания"."""

from __future__ import annotations

from dataclasses import replace

from ..data.gazetteer import gazetteer
from ..data.lexicon import lexicon
from ..records import Mention
from .context import Named, Sent, place_mention
from .titles import ORG_NOUNS, Title

__all__ = ["COMPANIES", "kind_before", "ministry_head", "named_by_adjective", "org_country"]

QUOTE_MARKS = '«»"„“”'
QUOTES = str.maketrans({q: " " for q in QUOTE_MARKS})
# words for one company: a text names it by one and refers back to it by another
COMPANIES = ("компания", "корпорация", "концерн", "холдинг")


def ministry_head(sent: Sent, title: Title) -> Title:
    """ "глава министерства финансов Турции" is the "министр финансов": the head of a ministry
    the text spells out, where the minister's post is one news name so; a ministry by its
    abbreviation ("глава МИВТ") keeps its words."""
    words = title.label.split()
    if len(words) != 1 or words[0] not in {"глава", "руководитель"} or not title.orgs:
        return title
    head = next((i for i in range(title.first, title.last) if sent.lemma(i) == words[0]), None)
    org = title.orgs[0].label.split(maxsplit=1)
    if head is None or sent.lemma(head + 1) != "министерство" or len(org) < 2:
        return title
    post = f"министр {org[1]}"
    if post not in set(lexicon().posts.values()):
        return title
    return replace(title, label=post, orgs=(), key=post)


def kind_before(sent: Sent, named: Named) -> str | None:
    """ "корпорация «Роснано»": the kind of organisation named before its name, when the
    name itself has no noun."""
    k = named.first - 1
    while k >= 0 and sent.tokens[k].text in QUOTE_MARKS:
        k -= 1
    return sent.lemma(k) if k >= 0 and sent.lemma(k) in ORG_NOUNS else None


def named_by_adjective(title: Title, sent: Sent) -> Mention | None:
    """ "генеральный директор Российского фонда прямых инвестиций": an organisation whose
    name opens with its country's adjective is of that country."""
    if not title.orgs or not title.orgs[0].label:
        return None
    words = title.orgs[0].label.translate(QUOTES).split()
    # "АО «Казахстанские железные дороги»": the company's legal form stands before its name
    while len(words) > 1 and words[0].isupper():
        words = words[1:]
    if not words:
        return None
    place = gazetteer().by_adjective(words[0].lower())
    if place is None or place.kind != "country":
        return None
    return place_mention(place, sent.index, 0, 0)


def org_country(sent: Sent, named: Named) -> Mention | None:
    """The country an organisation is said to be of where it is named: "российская
    энергетическая компания ПАО «Газпром»", "оператор X (Дубай, ОАЭ)", "Российский фонд ..."."""
    k = named.first - 1
    while k >= 0 and (
        sent.tokens[k].pos == "ADJ" or sent.lemma(k) in ORG_NOUNS or sent.tokens[k].text in '«"'
    ):
        country = next((n for n in sent.names_of("country") if n.first <= k < n.last), None)
        if country is not None:
            return country.mention
        k -= 1
    inside = next(
        (n for n in sent.names_of("country") if named.first <= n.first < named.last), None
    )
    if inside is not None and inside.first == named.first:
        return inside.mention
    if sent.lemma(named.last) == "(":
        k = named.last + 1
        while k < len(sent.tokens) and sent.lemma(k) != ")":
            country = sent.name_at(k, "country")
            if country is not None:
                return country.mention
            k += 1
    return None
