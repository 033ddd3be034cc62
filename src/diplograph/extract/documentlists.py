"""Documents listed after the set they belong to: "подписали пакет документов, в частности,
соглашение о ..., программу ..., а также меморандумы о ... и о ...", "подписали три
документа: меморандум о ..., протокол ...", "стороны подписали три документа. Соглашение о
..., меморандум о ... и протокол ...".

The set ("пакет документов", "три документа", "документы") only counts; the names come after
a word that opens a list ("в частности", "в том числе", "включая", a colon) or in the next
sentence when that sentence is a bare list with no verb. Each item is a noun phrase; a plural
kind with several topics ("меморандумы о X и о Y") is one document per topic.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..records import Mention
from .context import Sent
from .documentgaps import gapped_documents
from .documents import COUNTED, DOCUMENTS, QUOTES, document_mention, document_span

__all__ = ["listed_documents", "named_documents", "topic_documents"]

# "в частности", "в том числе", "включая", "а именно"
OPENERS = {"частность", "число", "включая", "включать", "именно"}
SKIPPED = {",", ":", "—", "–", "-", "в", "тот", "а", "следующий"}
SEPARATORS = {",", "и", "а", "также", ";"}
DASHES = {"–", "—", "-", ":"}


def listed_documents(
    sent: Sent, cue: int, following: Sent | None, after: Sequence[Sent] = ()
) -> list[Mention]:
    """The documents a signing word's set of documents lists, or none; `after` are the
    sentences after `following`, an item each when `following` only opens the list ("В их
    числе:")."""
    member = _membership(sent, cue)
    if member is not None:
        return _items(sent, member)
    group = _group(sent, cue)
    if group is None:
        return []
    k, opened = group + 1, False
    while k < len(sent.tokens) and (
        sent.lemma(k) in SKIPPED | OPENERS or sent.tokens[k].text == ":"
    ):
        opened |= sent.lemma(k) in OPENERS or sent.tokens[k].text == ":"
        k += 1
    if opened and k < len(sent.tokens):
        return _items(sent, k)
    if opened and following is not None:
        # "были подписаны следующие документы:", then one document a line
        return _bare([following, *after])
    rest = [t for t in sent.tokens[group + 1 :] if t.pos != "PUNCT"]
    if not rest and following is not None and not any(t.pos == "VERB" for t in following.tokens):
        return _items(following, 0) or _lines(following, after)
    return []


def _lines(opener: Sent, after: Sequence[Sent]) -> list[Mention]:
    """ "В их числе:" / "Среди них:", then one document a sentence with no verb."""
    if not opener.tokens or opener.tokens[-1].text != ":" or len(opener.tokens) > 5:
        return []
    return _bare(after)


def _bare(lines: Sequence[Sent]) -> list[Mention]:
    """One document a sentence with no verb, up to the first that names none."""
    out: list[Mention] = []
    for line in lines:
        found = _items(line, 0) if not any(t.pos == "VERB" for t in line.tokens) else []
        if not found:
            break
        out += found
    return out


def _membership(sent: Sent, cue: int) -> int | None:
    """ "Среди подписанных документов – соглашение о ...", "В числе подписанных соглашений –
    ...", "Одним из подписанных меморандумов стал договор о ...": the documents said to be
    among those signed; the token their names begin at, or None."""
    token = sent.tokens[cue]
    group = token.head
    if token.rel not in {"amod", "acl"} or not cue < group < len(sent.tokens):
        return None
    if sent.lemma(group) not in DOCUMENTS or sent.tokens[group].feat("Number") != "Plur":
        return None
    first = cue
    while first > 0 and sent.tokens[first - 1].pos == "ADJ":
        first -= 1
    among = sent.lemma(first - 1) == "среди" or (
        sent.lemma(first - 1) in {"число", "из"} and sent.lemma(first - 2) in {"в", "один"}
    )
    if not among:
        return None
    k = group + 1
    while k < len(sent.tokens) and (
        sent.lemma(k) in {"стать", "быть", "являться"} or sent.tokens[k].text in DASHES
    ):
        k += 1
    return k if k > group + 1 else None


def _group(sent: Sent, cue: int) -> int | None:
    """The word of the counted set near the signing word: "подписали пакет документов",
    "подписаны три соглашения", "документы были подписаны:"."""
    for j in [
        *range(cue + 1, min(cue + 5, len(sent.tokens))),
        *range(cue - 1, max(-1, cue - 4), -1),
    ]:
        token = sent.tokens[j]
        counted = sent.tokens[j - 1].pos == "NUM" or sent.lemma(j - 1) in COUNTED
        if token.lemma not in DOCUMENTS or not (token.feat("Number") == "Plur" or counted):
            if token.pos in {"VERB", "PUNCT"} and j > cue:
                return None
            continue
        before = {sent.lemma(j - 1), sent.lemma(j - 2)}
        if before & COUNTED or sent.tokens[j - 1].pos == "NUM" or token.lemma == "документ":
            return j
        if j < cue:
            return j  # "документы были подписаны: ..."
    return None


def named_documents(sent: Sent, k: int) -> list[Mention]:
    """The documents named one after another from token k: "соглашение о X и протокол о Y"."""
    return _items(sent, k)


def topic_documents(sent: Sent, head: int) -> list[Mention]:
    """ "заключены соглашения о X и о Y": a plural kind with several topics is one document
    per topic ("соглашения о X между A и B, городами C и D" too); none when it has one."""
    if sent.tokens[head].feat("Number") != "Plur":
        return []
    _, last = document_span(sent, head)
    if len(_topics(sent, head, last)) < 2:
        return gapped_documents(sent, head)
    return _split(sent, head, last)


def _split(sent: Sent, head: int, last: int) -> list[Mention]:
    kind = sent.lemma(head)
    out = []
    for start, stop in _topics(sent, head, last):
        tail = sent.text[
            sent.tokens[start].start - sent.start : sent.tokens[stop - 1].stop - sent.start
        ]
        mention = Mention(
            "document",
            f"{kind.capitalize()} {tail}",
            sent.index,
            sent.tokens[start].start,
            sent.tokens[stop - 1].stop,
        )
        out.append(mention)
    return out


def _items(sent: Sent, k: int) -> list[Mention]:
    out: list[Mention] = []
    while k < len(sent.tokens):
        if sent.tokens[k].text in QUOTES and k + 1 < len(sent.tokens):
            k += 1  # "«Дорожная карта» по ...": an opening quote before the kind
        head = k
        # an adjective the tagger calls a verb still describes ("межправительственное")
        while head < len(sent.tokens) and (
            sent.tokens[head].pos == "ADJ" or sent.tokens[head].rel == "amod"
        ):
            head += 1
        if head >= len(sent.tokens) or sent.tokens[head].pos != "NOUN" or head - k > 3:
            break
        if out and sent.lemma(head) not in DOCUMENTS:
            break  # only the first item may be named by its topic alone
        first, last = document_span(sent, head)
        topics = _topics(sent, head, last)
        plural = sent.tokens[head].text.lower().endswith(("ия", "ы", "и"))
        gapped = gapped_documents(sent, head, listed=plural) if len(topics) < 2 else []
        if len(topics) > 1 and sent.tokens[head].feat("Number") == "Plur":
            out += _split(sent, head, last)
            last = topics[-1][1]
        elif gapped:
            # "соглашения о развитии X, сотрудничестве в сфере Y": a topic a comma
            out += gapped
            last = sent.token_at(gapped[-1].stop - 1) + 1
        else:
            out.append(document_mention(sent, head, first, last))
        k = last
        seen = False
        while k < len(sent.tokens) and sent.lemma(k) in SEPARATORS:
            seen = True
            k += 1
        if not seen:
            break
    return out


def _topics(sent: Sent, head: int, last: int) -> list[tuple[int, int]]:
    """ "меморандумы о X и о Y": the spans "о X", "о Y" after a plural kind."""
    spans: list[tuple[int, int]] = []
    k = head + 1
    while k < len(sent.tokens) and sent.lemma(k) in {"о", "об"}:
        _, stop = document_span(sent, k + 1) if k + 1 < len(sent.tokens) else (k, k + 1)
        stop = _to_next_topic(sent, max(stop, k + 2))
        spans.append((k, stop))
        k = stop
        if sent.lemma(k) == "и" and sent.lemma(k + 1) in {"о", "об"}:
            k += 1
    return spans if len(spans) > 1 else [(head + 1, last)]


def _to_next_topic(sent: Sent, stop: int) -> int:
    """ "соглашения о взаимной помощи в области морского судоходства и о ...": a topic
    runs on, past words its span left out, to the "и о" of the next one (no verb or comma
    between); else it ends where its span did."""
    for j in range(stop, min(stop + 12, len(sent.tokens) - 1)):
        if sent.lemma(j) == "и" and sent.lemma(j + 1) in {"о", "об"}:
            return j
        if sent.tokens[j].pos in {"VERB", "AUX"} or sent.tokens[j].text in {",", ";", ":", "("}:
            break
    return stop
