"""Plural documents whose topics share the words before a gap: "подписаны соглашения о
развитии связей между X и Y, городами A и B, открытии торгового дома". Each item after a
comma leaves out the words it shares with the first topic; its case says where it joins in:
an instrumental "городами" stands where the first topic's instrumental did ("между ...
областью"), a prepositional "открытии" where "развитии" did, right after "о". One document
per item: the shared words, then the item.
"""

from __future__ import annotations

from ..records import Mention
from .context import Sent
from .documents import DOCUMENTS, document_span

__all__ = ["gapped_documents"]

ENDS = {",", ";", ".", ":", "(", "—", "–"}
VOWELS = set("аеёиоуыэюя")
# "... и другие", "и прочие": the list goes on unnamed
OTHERS = {"другой", "прочий", "др"}


def gapped_documents(sent: Sent, head: int, *, listed: bool = False) -> list[Mention]:
    """One document per topic of a plural kind whose later topics are gapped; none when
    there are no gapped topics. An item of a list (`listed`) is plural whatever the tagger
    says: "соглашения" may be tagged a genitive singular."""
    plural = listed or sent.tokens[head].feat("Number") == "Plur"
    if not plural or sent.lemma(head + 1) not in {"о", "об"}:
        return []
    _, last = document_span(sent, head)
    topic = range(head + 2, last)
    items: list[tuple[int, int, int]] = []  # (where the shared words stop, item start, stop)
    k = last
    while k < len(sent.tokens) and sent.tokens[k].text == ",":
        start = k + 1
        j = start
        while j < len(sent.tokens) and sent.tokens[j].pos == "ADJ":
            j += 1
        if j >= len(sent.tokens) or sent.tokens[j].pos != "NOUN" or sent.lemma(j) in DOCUMENTS:
            break
        anchor = _anchor(sent, topic, j)
        if anchor is None:
            break
        stop = j + 1
        while stop < len(sent.tokens) and not (
            sent.tokens[stop].text in ENDS
            or sent.tokens[stop].pos in {"VERB", "AUX"}
            or (sent.lemma(stop) == "и" and sent.lemma(stop + 1) in OTHERS)
        ):
            stop += 1
        items.append((anchor, start, stop))
        k = stop
    if not items:
        return []
    kind = sent.lemma(head).capitalize()
    out = [_mention(sent, kind, head + 1, last, None)]
    out += [_mention(sent, kind, head + 1, anchor, (start, stop)) for anchor, start, stop in items]
    return out


def _anchor(sent: Sent, topic: range, j: int) -> int | None:
    """Where in the first topic the item joins: before the first noun of its case that the
    tree hangs it on or beside, with that noun's adjectives."""
    case = sent.tokens[j].feat("Case")
    if case is None:
        return None
    if case == "Dat" and sent.lemma(topic.start - 1) in {"о", "об"}:
        case = "Loc"  # "о добыче": the dative and the prepositional of most nouns are one form
    noun = next(
        (p for p in topic if sent.tokens[p].pos == "NOUN" and sent.tokens[p].feat("Case") == case),
        None,
    )
    if noun is None:
        return None
    # the tree may hang it elsewhere; a prepositional that stands where the first topic's
    # does, right after "о", is gapped all the same ("о развитии X, сотрудничестве в Y")
    first = noun
    while first - 1 in topic and sent.tokens[first - 1].pos == "ADJ":
        first -= 1
    if sent.tokens[j].head not in topic and not (case == "Loc" and first == topic.start):
        return None
    while noun - 1 in topic and sent.tokens[noun - 1].pos == "ADJ":
        noun -= 1
    return noun


def _mention(sent: Sent, kind: str, first: int, last: int, item: tuple[int, int] | None) -> Mention:
    def text(a: int, b: int) -> str:
        return sent.text[sent.tokens[a].start - sent.start : sent.tokens[b - 1].stop - sent.start]

    shared = text(first, last)
    if item is None:
        return Mention(
            "document",
            f"{kind} {shared}",
            sent.index,
            sent.tokens[first].start,
            sent.tokens[last - 1].stop,
        )
    start, stop = item
    words = shared.split()
    if words and words[0].lower() in {"о", "об"}:
        # "о развитии", "об открытии": the preposition as the item's first word wants
        follows = words[1] if len(words) > 1 else sent.tokens[start].text
        words[0] = "об" if follows[:1].lower() in VOWELS - {"е", "ё", "ю", "я"} else "о"
    return Mention(
        "document",
        " ".join([kind, *words, text(start, stop)]),
        sent.index,
        sent.tokens[start].start,
        sent.tokens[stop - 1].stop,
    )
