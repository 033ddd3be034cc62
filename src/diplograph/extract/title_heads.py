"""The head word of a post title ("министр", "глава", "посол", "депутат"): which words begin
one, where a word that may be a name or a common noun is one, and which words around a title
are still its own (a list of nouns) or no longer (a verb's object)."""

from __future__ import annotations

from ..data.lexicon import lexicon
from .bodies import ORG_NOUNS
from .context import Sent
from .names import given_name

__all__ = ["is_head", "listed", "verb_object"]

# heads that are posts only as members of a body: "член комитета", "член совета директоров"
MEMBERS = {"член"}
BODIES_OF_MEMBERS = ORG_NOUNS | {"правление", "коллегия", "парламент", "сенат"}


def is_head(sent: Sent, i: int) -> bool:
    if not 0 <= i < len(sent.tokens):
        return False  # callers look ahead past a sentence's last token
    lemma = sent.lemma(i)
    if sent.tokens[i].text.lower().startswith("поверенн"):
        lemma = "поверенный"  # the lemmatizer reads "поверенным" as the verb "поверить"
    heads = lexicon().post_heads
    if lemma not in heads and lemma.removeprefix("экс-") not in heads:
        return False  # most words: no title's head whatever follows
    text = sent.tokens[i].text
    if lemma in MEMBERS:
        return i + 1 < len(sent.tokens) and sent.lemma(i + 1) in BODIES_OF_MEMBERS
    if lemma == "глава" and i > 0 and sent.lemma(i - 1) in {"во", "в"} and sent.lemma(i + 1) == "с":
        return False  # "делегация во главе с вице-премьером X": who leads, no title
    # "Султан Раев" is a name; "Султан Омана", "Раис Татарстана" a title
    headed = i + 1 < len(sent.tokens) and sent.tokens[i + 1].feat("Case") == "Gen"
    if text[:1].isupper() and given_name(text) and not sent.name_at(i + 1, "country"):
        return headed and sent.tokens[i].feat("Case") != "Gen" and lemma in heads
    return True  # a holder, or a former one: "экс-президент", "экс-министр"


def listed(sent: Sent, comma: int) -> bool:
    """A comma between two nouns in one case: a list inside a title ("комитета по аграрной
    политике, торговле и туризму")."""
    if comma == 0 or comma + 1 >= len(sent.tokens):
        return False
    before, after = sent.tokens[comma - 1], sent.tokens[comma + 1]
    return (
        before.pos == after.pos == "NOUN"
        and before.feat("Case") is not None
        and before.feat("Case") == after.feat("Case")
    )


def verb_object(sent: Sent, i: int) -> bool:
    """An accusative noun no preposition governs: a verb's object, never a title's word."""
    token = sent.tokens[i]
    if token.pos != "NOUN" or token.feat("Case") != "Acc" or is_head(sent, i):
        return False
    k = i - 1
    while k >= 0 and sent.tokens[k].pos == "ADJ":
        k -= 1
    return k < 0 or sent.tokens[k].pos != "ADP"
