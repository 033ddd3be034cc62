"""A document named by its parties on the signing participle: "подписанное между компаниями
X и Y соглашение", "меморандум, заключенный между министерствами A и B". A document the text
names by its kind alone takes the parties ("Соглашение между компаниями X и Y")."""

from __future__ import annotations

from dataclasses import replace

from ..records import Mention
from .context import Sent
from .frames import subtree
from .tree import Tree

__all__ = ["named_by_parties"]

DESCRIBING = {"acl", "amod"}


def named_by_parties(sent: Sent, tree: Tree, cue: int, document: Mention) -> Mention:
    """The document named by the parties its signing participle names, else as it was."""
    if " " in document.label.strip() or sent.tokens[cue].rel not in DESCRIBING:
        return document
    if document.sentence != sent.index:
        return document
    for c in tree.children[cue]:
        token = sent.tokens[c]
        if token.pos not in {"NOUN", "PROPN"} or token.feat("Case") != "Ins":
            continue
        if not any(sent.lemma(k) == "между" for k in tree.children[c]):
            continue
        first, _ = subtree(sent, c)
        # the parties run on as long as the words hang on them (a parse may hang a later
        # word there too)
        last = first
        while last < len(sent.tokens) and c in {last, *tree.ancestors(last)}:
            last += 1
        if last <= first:
            return document
        text = sent.text[
            sent.tokens[first].start - sent.start : sent.tokens[last - 1].stop - sent.start
        ]
        if sent.lemma(first) != "между":
            return document
        return replace(document, label=f"{document.label.capitalize()} {text}")
    return document
