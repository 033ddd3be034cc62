"""What one side does on its own is no meeting: a head of state signing a law or a decree,
an official reporting at his own government's session. A meeting needs two sides.

"Президент подписал закон о ратификации соглашения": the law is the document signed, by
one person; the agreement named in its title was signed before, by others. "Министр
доложил на заседании правительства", "провел заседание Кабмина": a session of one body of
one country; a joint session ("совместное заседание правительств") has two.
"""

from __future__ import annotations

from .context import Sent
from .tree import Tree

__all__ = ["LEGAL_ACTS", "own_session", "signs_an_act"]

# acts one side issues, not documents two sides sign
LEGAL_ACTS = {"закон", "указ", "постановление", "распоряжение"}
# the bodies of one country's state: their sessions have one side
OWN_BODIES = {
    "правительство",
    "кабмин",
    "кабинет",
    "парламент",
    "сенат",
    "мажилис",
    "меджлис",
    "дума",
    "коллегия",
    "президиум",
    "акимат",
    "хокимият",
    "партия",
}
JOINT = {"совместный", "объединенный", "двусторонний"}


def signs_an_act(sent: Sent, tree: Tree, cue: int) -> bool:
    """Whether a signing word governs a law or a decree: "подписал указ", "подписание закона"."""
    return any(
        sent.lemma(c) in LEGAL_ACTS and sent.tokens[c].rel in {"obj", "nsubj:pass", "nmod"}
        for c in tree.children[cue]
    ) or (sent.tokens[cue].rel in {"acl", "amod"} and sent.lemma(tree.head(cue)) in LEGAL_ACTS)


def own_session(sent: Sent, tree: Tree, cue: int) -> bool:
    """Whether an event noun is a session of one country's own body: "на заседании
    правительства", "заседание Кабинета министров"; not "совместное заседание правительств"."""
    children = tree.children[cue]
    if any(sent.lemma(c) in JOINT for c in children):
        return False
    return any(
        sent.tokens[c].rel == "nmod"
        and sent.lemma(c) in OWN_BODIES
        and sent.tokens[c].feat("Number") != "Plur"
        and not any(sent.lemma(k) in JOINT for k in tree.children[c])
        for c in children
    )
