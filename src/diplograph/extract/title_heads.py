"""The head word of a post title ("министр", "глава", "посол", "депутат"): which words begin
one, and where a word that may be a name or a common noun is one."""

from __future__ import annotations

from ..data.lexicon import lexicon
from .bodies import ORG_NOUNS
from .context import Sent
from .names import given_name

__all__ = ["is_head"]

# heads that are posts only as members of a body: "член комитета", "член совета директоров"
MEMBERS = {"член"}
BODIES_OF_MEMBERS = ORG_NOUNS | {"правление", "коллегия", "парламент", "сенат"}


def is_head(sent: Sent, i: int) -> bool:
    if not 0 <= i < len(sent.tokens):
        return False  # callers look ahead past a sentence's last token
    lemma = sent.lemma(i)
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
