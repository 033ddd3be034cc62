"""The protocol of a session named by the session: "подписали протокол заседания" after
"состоялось 27-е заседание Межправительственной комиссии по ... сотрудничеству" is the
protocol of that commission's session.

A protocol named only as "протокол (о) заседании" takes the name of the session the article
told last before it (or in the same sentence): the body whose session it was, as the text
writes it, without the session's number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..records import Fact
from .context import Sent
from .documents import document_span

__all__ = ["session_protocols"]

BARE = re.compile(r"^протокол\w* (?:о |об )?(?:\w+ )?заседани\w*$", re.IGNORECASE)


def session_protocols(facts: list[Fact], sents: Sequence[Sent]) -> list[Fact]:
    """Each signing of a bare "протокол заседания" with the session's body in its name."""
    out = []
    for fact in facts:
        document = fact.role("document")[0]
        if not BARE.match(document.label):
            out.append(fact)
            continue
        name = _session(sents, document.sentence)
        if name is None:
            out.append(fact)
            continue
        named = replace(document, label=f"Протокол заседания {name}")
        roles = tuple((r, named if m is document else m) for r, m in fact.roles)
        out.append(replace(fact, roles=roles))
    return out


def _session(sents: Sequence[Sent], upto: int) -> str | None:
    """The body of the last session told at or before sentence `upto`: "заседание
    Межправительственной комиссии по ..." gives "Межправительственной комиссии по ..."."""
    found = None
    for sent in sents:
        if sent.index > upto:
            break
        for k, token in enumerate(sent.tokens):
            if token.lemma != "заседание" or token.feat("Number") == "Plur":
                continue
            _, last = document_span(sent, k)
            words = sent.tokens[k + 1 : last]
            if not words or words[0].feat("Case") != "Gen" or words[0].pos not in {"ADJ", "NOUN"}:
                continue
            # "заседание комиссии" names no body; "Межправительственной комиссии по ..." does
            if len(words) < 3 and not any(t.text[:1].isupper() for t in words):
                continue
            found = sent.text[words[0].start - sent.start : words[-1].stop - sent.start]
    return found.rstrip(" ,") if found else None
