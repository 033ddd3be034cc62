"""Colleagues: "с армянским коллегой Y", "с коллегой из Армении Y", "с сербским коллегой,
министром энергетики Y": the person holds the post of the one they meet, or the title after
the word, in the country the adjective or "из" names."""

from __future__ import annotations

from dataclasses import replace

from ..records import Mention
from .context import Named, Sent
from .titles import MAX_TITLE, Context, Title, is_head, read_title, title_word

__all__ = ["colleague_country", "named_colleague"]


def _colleague_of(sent: Sent, at: int) -> tuple[int, Named | None] | None:
    """ "с армянским коллегой", "с коллегой из Армении" ending right before token `at`: where
    the word "коллега" stands, and the country it is of."""
    named = sent.name_at(at - 1, "country") if at >= 1 else None
    if named is not None and sent.lemma(named.first - 1) == "из":
        word = named.first - 2
        return (word, named) if word >= 0 and sent.lemma(word) == "коллега" else None
    if at >= 1 and sent.lemma(at - 1) == "коллега":
        return at - 1, sent.name_at(at - 2, "country")
    return None


def _unnamed_title(sent: Sent, at: int, context: Context) -> Title | None:
    """ "министр иностранных дел Грузии встретится со своим азербайджанским коллегой Y": the
    last title before `at` that no name follows, of one who is not met ("с", "со")."""
    found = None
    i = 0
    while i < at:
        if not is_head(sent, i) or sent.lemma(i - 1) in {"с", "со"}:
            i += 1
            continue
        j = i + 1
        while (
            j < at and j - i <= MAX_TITLE and title_word(sent, j) and not sent.name_at(j, "person")
        ):
            j += 1
        if not sent.name_at(j, "person"):
            title = read_title(sent, i, j, context)
            found = title if title is not None and title.countries else found
        i = j
    return found


def named_colleague(
    sent: Sent, person: Named, titled: dict[int, list[Title]], context: Context | None = None
) -> tuple[list[Title], Mention | None]:
    """ "премьер Грузии X с армянским коллегой Y", "с коллегой из Армении Y": Y holds X's
    post, of the country the adjective or "из" names."""
    colleague = _colleague_of(sent, person.first)
    if colleague is None:
        return [], None
    at, country = colleague
    # "X провел переговоры с вице-премьером A и со своим коллегой Y": A, met like Y, is no
    # one's colleague; Y holds the post of the one who met them
    earlier = [
        t
        for n in sorted(titled)
        for t in titled[n]
        if t.last <= at and sent.lemma(t.first - 1) not in {"с", "со"}
    ]
    # "X встретится со своим коллегой Y": the colleague of the verb's subject, not one a noun
    # names ("после встречи с коллегой")
    head = sent.tokens[at].head
    of_verb = 0 <= head < len(sent.tokens) and sent.tokens[head].pos in {"VERB", "AUX"}
    if not earlier and country is not None and context is not None and of_verb:
        unnamed = _unnamed_title(sent, at, context)
        earlier = [unnamed] if unnamed is not None else []
    if country is None or not earlier:
        return [], None
    return [replace(earlier[-1], plural=False)], country.mention


def colleague_country(sent: Sent, title: Title) -> Mention | None:
    """ "с сербским коллегой, министром энергетики Y": the colleague's country is the title's."""
    if title.countries or sent.tokens[title.first - 1].text != ",":
        return None
    colleague = _colleague_of(sent, title.first - 1)
    return colleague[1].mention if colleague is not None and colleague[1] is not None else None
