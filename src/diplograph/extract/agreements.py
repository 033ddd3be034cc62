"""Signed documents: "главы МИД подписали План совместных действий", "было подписано
соглашение о ...", "Документ подписан министром ...", "меморандума, подписанного в октябре".

The document is what the signing verb governs (its object; its passive subject; the noun
its participle describes), the signatories the people of its clause. Countries sign nothing
here: "Казахстан и Иран подписали меморандум" names no signatory. "Документ", "данное
соглашение" are the document the article named last. Documents only planned ("будет
подписано", "договоренность о подписании") are not signed; documents only counted
("подписали 14 документов") stand for those the article names, if it names any.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from ..records import Fact, Mention
from .context import Named, Sent
from .documentlists import listed_documents, topic_documents
from .documentparties import named_by_parties
from .documentparts import members_of_set, parts_of_signing
from .documents import (
    DOCUMENTS,
    LEGAL_ACTS,
    POINTING,
    Memory,
    document_mention,
    document_span,
    pronoun,
)
from .documentsessions import session_protocols
from .documentsrestated import merged, restated, unnamed
from .events import CONDUCT, SIDES
from .signers import titles, witness
from .signingdates import Occasions, cited
from .tree import Tree

__all__ = ["DOCUMENTS", "find_signings"]

SIGN = {"подписать", "подписывать", "подписанный", "подписание", "заключить", "парафировать"}
PLANNING = {"договоренность", "подготовка", "решение", "намерение", "готовность", "план", "к"}
# "подписание ожидается", "подписание намечено на декабрь", "может быть подписано"
EXPECTED = {
    "ожидаться",
    "ожидать",
    "наметить",
    "намечать",
    "запланировать",
    "планироваться",
    "предстоять",
    "мочь",
    "должный",
    "отложить",
    "перенести",
}
PUT = {"поставить", "ставить", "скрепить", "скреплять"}
ATTEND = {"участие", "участвовать", "присутствовать", "присутствие"}
# "отметил своевременность подписания", "о важности подписания": the signing weighed, not told
WEIGHED = {"своевременность", "важность", "значение", "значимость", "необходимость", "вопрос"}


def _planned(sent: Sent, tree: Tree, cue: int) -> bool:
    """ "подготовить к подписанию", "документы для подписания", "планируется подписать",
    "будет подписан": not signed yet."""
    token = sent.tokens[cue]
    if sent.lemma(cue - 1) in {"к", "для"} or token.feat("Tense") == "Fut":
        return True
    if token.pos == "VERB" and token.feat("VerbForm") == "Inf":
        return True
    # "не подписали", "может быть подписано", "подписание ожидается", "намечено подписание"
    if any(sent.lemma(c) == "не" for c in tree.children[cue]) or sent.lemma(cue - 1) == "не":
        return True
    if sent.lemma(tree.head(cue)) in EXPECTED:
        return True
    if any(_future(sent, c) for c in [*tree.children[cue], cue - 1, cue - 2]):
        return True
    head = tree.head(cue)
    # a participle the tagger calls a noun ("заключенного") is no signing spoken of
    if token.pos == "NOUN" and token.lemma == "подписание" and head >= 0:
        verb = sent.tokens[tree.anchor(cue)]
        if sent.lemma(head) in PLANNING | WEIGHED or verb.feat("Tense") == "Fut":
            return True
        # "приветствовал подписание документа": the signing spoken of, not told
        spoken = token.rel == "obj" and sent.tokens[head].pos == "VERB"
        return spoken and sent.lemma(head) not in CONDUCT
    return False


def _future(sent: Sent, k: int) -> bool:
    """ "будет подписано", "будут подписаны": the tagger may call "будут" present."""
    if not 0 <= k < len(sent.tokens) or sent.lemma(k) != "быть":
        return False
    return sent.tokens[k].feat("Tense") == "Fut" or sent.tokens[k].text.lower().startswith("буд")


def _heads(sent: Sent, tree: Tree, cue: int) -> list[int]:
    """The document nouns a signing word governs, with the ones coordinated with them."""
    token = sent.tokens[cue]
    found: list[int] = []
    if token.pos == "NOUN":  # "подписание соглашения", "церемония подписания меморандума"
        found = [c for c in tree.children[cue] if sent.lemma(c) in DOCUMENTS]
        # a participle the tagger calls a noun ("Подписанное вчера ... соглашение")
        if not found and token.rel in {"acl", "amod"} and sent.lemma(tree.head(cue)) in DOCUMENTS:
            found = [tree.head(cue)]
    else:
        found = [
            c
            for c in tree.children[cue]
            if sent.tokens[c].rel in {"obj", "nsubj:pass", "nsubj"} and sent.lemma(c) in DOCUMENTS
        ]
        head = tree.head(cue)
        if token.rel in {"acl", "amod"} and head >= 0 and sent.lemma(head) in DOCUMENTS:
            found.append(head)  # "меморандума, подписанного в октябре"
        elif token.rel in {"acl", "amod"} and not found:
            # the tree may hang the participle elsewhere: the nearest document before it
            # in its case ("Меморандума о ... между портами, подписанного в октябре")
            found = [
                i
                for i in range(cue - 1, max(-1, cue - 30), -1)
                if sent.lemma(i) in DOCUMENTS and sent.tokens[i].feat("Case") == token.feat("Case")
            ][:1]
    more = [c for f in found for c in tree.children[f] if sent.tokens[c].rel == "conj"]
    for f in found:
        # "соглашение о воздушном сообщении и меморандум о ...": the tree may hang the second
        # document inside the first's name
        _, last = document_span(sent, f)
        if sent.lemma(last) in {"и", ","} and sent.lemma(last + 1) in DOCUMENTS:
            more.append(last + 1)
        elif sent.lemma(last) in {"и", ","} and sent.lemma(last + 2) in DOCUMENTS:
            more.append(last + 2)  # "и дорожную карту"
    heads = sorted({*found, *(c for c in more if sent.lemma(c) in DOCUMENTS)})
    # "подписал закон, ратифицирующий соглашение": one person signs the act, not the treaty
    acts = [h for h in heads if sent.lemma(h) in LEGAL_ACTS]
    return acts or heads


def _undersigned(sent: Sent, tree: Tree, cue: int) -> list[int]:
    """ "поставили свои подписи под документом", "скрепили соглашение подписями": the
    document under the signatures."""
    if sent.lemma(cue) not in PUT:
        return []
    marks = [c for c in tree.children[cue] if sent.lemma(c) == "подпись"]
    if not marks:
        return []
    under = [
        c
        for m in marks
        for c in tree.children[m]
        if sent.lemma(c) in DOCUMENTS and any(sent.lemma(k) == "под" for k in tree.children[c])
    ]
    sealed = [
        c
        for c in tree.children[cue]
        if sent.lemma(cue) in {"скрепить", "скреплять"}
        and sent.lemma(c) in DOCUMENTS
        and sent.tokens[c].rel == "obj"
    ]
    return under + sealed


def _nearby(sent: Sent, cue: int) -> list[int]:
    """Without a tree to go by: the document words near the verb ("подписали ... меморандум")."""
    out: list[int] = []
    for i in range(max(0, cue - 8), min(len(sent.tokens), cue + 12)):
        if sent.lemma(i) in DOCUMENTS and sent.lemma(i) != "документ":
            out.append(i)
            break
    return out


def find_signings(sents: Sequence[Sent], roles: dict[int, list[Named]]) -> list[Fact]:
    """Every document the article says was signed, with who signed it and when."""
    memory = Memory()
    out: list[Fact] = []
    counted: list[Fact] = []
    occasions = Occasions()
    parties: list[Fact] = []
    latest: Fact | None = None  # the signing the sentence before told
    cites: list[Fact] = []
    for n, sent in enumerate(sents):
        tree = Tree(sent.tokens)
        occasions.read(sent)
        told_here = (len(out), len(counted))
        for cue, token in enumerate(sent.tokens):
            undersigned = _undersigned(sent, tree, cue)
            if (token.lemma not in SIGN and not undersigned) or _planned(sent, tree, cue):
                continue
            before = len(out)
            following = sents[n + 1] if n + 1 < len(sents) else None
            items = listed_documents(sent, cue, following, sents[n + 2 :])
            # "подписали пакет документов, в частности, ...": the set's items, not the set
            named = roles.get(sent.index, [])
            where = range(items[0].start, items[-1].stop) if items else None
            out += [_signing(sent, tree, cue, item, named, where) for item in items]
            heads = [] if items else undersigned or _heads(sent, tree, cue) or _nearby(sent, cue)
            just = latest is not None and latest.sentences[-1] == sent.index - 1
            if latest is not None and just and not (heads or items) and pronoun(sent, tree, cue):
                out.append(_signing(sent, tree, cue, latest.role("document")[0], named))
            salient = token.rel not in {"acl", "amod"}
            for head in heads:
                split = topic_documents(sent, head)
                out += [_signing(sent, tree, cue, item, named) for item in split]
                if split:
                    continue
                document, only_counted = memory.document(sent, tree, head, salient=salient)
                if document is None:
                    continue
                document = named_by_parties(sent, tree, cue, document)
                fact = _signing(sent, tree, cue, document, roles.get(sent.index, []))
                (counted if only_counted else out).append(fact)
                if _by_countries(sent, tree, cue):
                    parties.append(fact)
            date = occasions.of_signing(sent, cue)
            if date is not None:
                out[before:] = [_dated(f, date) for f in out[before:]]
        # "в соглашение о ... от 25 декабря 2003 года": a treaty cited by its day was signed
        for head, day in cited(sent):
            first, last = document_span(sent, head)
            document = document_mention(sent, head, first, last)
            if " " in document.label:
                values = (("date", day),)
                fact = Fact("signing", (("document", document),), values, (sent.index,), "cited")
                cites.append(replace(fact, confidence=Decimal("0.7")))
        if (len(out), len(counted)) != told_here:
            latest = [*out[told_here[0] :], *counted[told_here[1] :]][-1]
        elif latest is not None and latest.sentences[-1] == sent.index - 1:
            # "Документ состоит из трех соглашений: ...", "Одно из них – контракт о ...":
            # the parts of what was signed, signed with it
            out += [_part(latest, part, sent.index) for part in parts_of_signing(sent)]
        elif counted and counted[-1].sentences[-1] >= sent.index - 5:
            # "Среди соглашений есть и протокол о ...": the set the article counted a little
            # before, named by its kind, and its members
            out += [_part(counted[-1], part, sent.index) for part in members_of_set(sent)]
        # a document the sentence is about is the one "документ" means later
        for i, token in enumerate(sent.tokens):
            if (
                token.lemma in DOCUMENTS - {"документ"}
                # "Парламент принял закон о ...": the law the head of state signs next
                # "утвердил соглашение с X о ...": the one "соглашение было подписано" means
                and (
                    token.rel in {"nsubj", "nsubj:pass"}
                    or token.lemma in LEGAL_ACTS
                    or (token.rel == "obj" and _approved(sent, tree, i))
                )
                and tree.head(i) >= 0
                and sent.tokens[tree.head(i)].rel == "root"
                # "соответствующее соглашение" is the one named before, not a new one
                and not any(sent.lemma(c) in POINTING for c in tree.children[i])
            ):
                first, last = document_span(sent, i)
                if last > i + 1:
                    memory.last, memory.lemma = document_mention(sent, i, first, last), token.lemma
    # "заключено соглашение на сумму ...", "соответствующее соглашение было подписано в
    # декабре": a document named by its kind alone that nobody named signed is unnamed
    # the kind alone is a document when countries are said to sign it ("Багдад и Тегеран
    # подписали соглашение")
    told = [
        f
        for f in out + cites
        if f.role("signatory")
        or " " in f.role("document")[0].label
        or f in parties
        or _pointed(sents, f.role("document")[0])
    ]
    return restated(merged(session_protocols(told, sents))) + unnamed(counted, out)


def _pointed(sents: Sequence[Sent], document: Mention) -> bool:
    """ "Меморандум о таком взаимодействии был подписан в 2015 году": a document whose topic
    points back to what the text just told is that one document, named by its kind."""
    sent = next((s for s in sents if s.index == document.sentence), None)
    if sent is None or document.stop <= document.start:
        return False
    k = sent.token_at(document.stop)
    return sent.lemma(k) in {"о", "об"} and sent.lemma(k + 1) in {"такой", "этот", "подобный"}


def _by_countries(sent: Sent, tree: Tree, cue: int) -> bool:
    """Whether the signing verb's subject is countries or their capitals."""
    places = {n.first for n in sent.names_of("country", "city")}
    subjects = [c for c in tree.children[cue] if sent.tokens[c].rel == "nsubj"]
    return bool(subjects) and all(s in places for s in subjects)


def _part(signing: Fact, document: Mention, sentence: int) -> Fact:
    roles = (("document", document), *(r for r in signing.roles if r[0] != "document"))
    return replace(signing, roles=roles, sentences=(*signing.sentences, sentence))


def _dated(fact: Fact, date: str) -> Fact:
    if fact.value("date") or fact.value("period"):
        return fact
    return replace(fact, values=(*fact.values, ("date", date)))


def _approved(sent: Sent, tree: Tree, i: int) -> bool:
    """ "Президент утвердил соглашение с X о ...": the document is the sentence's topic, not
    one it relates another to ("Данный документ дополняет подписанное соглашение")."""
    described = any(sent.lemma(c) in SIGN for c in tree.children[i])
    topic = any(t.lemma in DOCUMENTS and t.rel in {"nsubj", "nsubj:pass"} for t in sent.tokens)
    return not described and not topic


def _signing(
    sent: Sent,
    tree: Tree,
    cue: int,
    document: Mention,
    roles: list[Named],
    names: range | None = None,
) -> Fact:
    """The signing of a document; `names` is where the sentence names its documents when it
    lists several (a date or a person there belongs to a document's name)."""
    top = tree.anchor(cue)
    clause = tree.clause(top, cue)
    if sent.tokens[cue].rel in {"acl", "amod"}:
        clause = tree.clause(cue, cue)  # a participle's own clause: "подписанного в октябре"
    inside = names or range(document.start, document.stop)
    people = sent.names_of("person")
    signers = [
        n.mention
        for n in [*people, *(r for r in roles if not titles(r, people))]
        if n.first in clause
        and sent.tokens[n.first].start not in inside
        and not witness(sent, tree, n)
        # "принял участие в церемонии подписания": who attends the signing does not sign
        and not _attended(sent, tree, cue)
    ]
    sides = (
        ""
        if signers
        else next(
            (
                sent.lemma(i)
                for i in sorted(clause)
                if sent.lemma(i) in SIDES
                and (sent.tokens[i].feat("Number") == "Plur" or sent.lemma(i) == "они")
                and sent.tokens[i].rel in {"nsubj", "obl:agent"}
            ),
            "",
        )
    )
    values: list[tuple[str, str]] = [("sides", sides)] if sides else []
    # "соглашение на 2023 год": the year it is for, not when it was signed
    dates = [
        d
        for d in sent.dates
        if sent.token_at(d.start) in clause and sent.lemma(sent.token_at(d.start) - 1) != "на"
    ]
    points = [d.value for d in dates if "/" not in d.value and d.start not in inside]
    periods = [d.value for d in dates if "/" in d.value and d.start not in inside]
    if points:
        values.append(("date", points[0]))
    if periods:
        values.append(("period", periods[0]))
    return Fact(
        "signing",
        (("document", document), *(("signatory", m) for m in signers)),
        tuple(values),
        (sent.index,),
        "signing-verb",
        Decimal("0.7") if sides or not signers else Decimal("0.9"),
    )


def _attended(sent: Sent, tree: Tree, cue: int) -> bool:
    """The signing is a noun under "участвовать", "присутствовать", "принять участие"."""
    if sent.tokens[cue].pos != "NOUN":
        return False
    return any(sent.lemma(k) in ATTEND for k in tree.ancestors(cue)[:4])
