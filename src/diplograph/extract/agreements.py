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
from .events import CONDUCT, SIDES
from .names import same_person
from .oneside import LEGAL_ACTS
from .tree import Tree

__all__ = ["DOCUMENTS", "find_signings"]

SIGN = {"подписать", "подписывать", "подписанный", "подписание", "заключить", "парафировать"}
DOCUMENTS = {
    "план",
    "соглашение",
    "меморандум",
    "договор",
    "протокол",
    "карта",
    "программа",
    "декларация",
    "заявление",
    "коммюнике",
    "контракт",
    "конвенция",
    "хартия",
    "договоренность",
    "устав",
    "документ",
    "дополнение",
    *LEGAL_ACTS,  # "подписал закон о ратификации соглашения": the law, by one signatory
}
# "соответствующее соглашение", "данный документ": the one named before
POINTING = {"данный", "этот", "соответствующий", "указанный", "вышеуказанный", "подписанный"}
COUNTED = {"ряд", "пакет", "серия", "несколько"}
PLANNING = {"договоренность", "подготовка", "решение", "намерение", "готовность", "план", "к"}
WITNESSES = {"присутствие", "участие"}
# "отметил своевременность подписания", "о важности подписания": the signing weighed, not told
WEIGHED = {"своевременность", "важность", "значение", "значимость", "необходимость", "вопрос"}
TOPIC_NOUNS = {"область", "сфера", "рамка", "направление", "отрасль", "часть"}


def _document(sent: Sent, head: int) -> tuple[int, int]:
    """The token range of a document's name around its head word."""
    first = head
    while first > 0 and sent.tokens[first - 1].pos == "ADJ":
        first -= 1
    last = head + 1
    while last < len(sent.tokens):
        token = sent.tokens[last]
        # "меморандум о взаимопонимании в области морских перевозок", "дорожная карта по
        # расширению сотрудничества"; "по итогам", "в ходе" begin something else
        if (
            token.lemma in {"о", "об"}
            or (token.lemma in {"в", "по"} and sent.lemma(last + 1) in TOPIC_NOUNS)
            or (
                token.lemma == "по"
                and sent.tokens[last + 1 : last + 2]
                and (
                    sent.tokens[last + 1].feat("Case") == "Dat"
                    and sent.lemma(last + 1) not in {"итог"}
                )
            )
        ):
            last += 1
            continue
        # the tagger's case is sometimes wrong ("протокол заседания" as Acc); the tree is not
        attached = token.rel in {"nmod", "amod", "flat", "appos"} and first <= token.head < last
        if token.pos in {"ADJ", "NOUN", "PROPN"} and (
            token.feat("Case") in {"Gen", "Loc", "Dat"}
            or sent.tokens[last - 1].lemma in {"о", "об"}
            or attached
        ):
            last += 1
            continue
        following = sent.tokens[last + 1] if last + 1 < len(sent.tokens) else None
        if (
            token.lemma == "и"
            and following is not None
            and following.pos in {"NOUN", "ADJ"}
            and (following.feat("Case") == sent.tokens[last - 1].feat("Case"))
        ):
            last += 1  # "о строительстве и эксплуатации"
            continue
        if token.lemma in {"с", "между"} and last == head + 1:
            # "соглашение с Азербайджаном о создании фонда": its parties, then its subject
            about = next(
                (
                    j
                    for j in range(last + 1, min(last + 7, len(sent.tokens)))
                    if sent.lemma(j) in {"о", "об"}
                ),
                None,
            )
            if about is not None and not any(
                sent.tokens[j].pos in {"VERB", "PUNCT"} for j in range(last + 1, about)
            ):
                last = about + 1
                continue
        if token.text in {"–", "—", "-"} and sent.name_at(last + 1) is not None:
            last += 1  # "железной дороги Решт – Астара"
            continue
        if token.text == "«":
            close = next(
                (j for j in range(last, len(sent.tokens)) if sent.tokens[j].text == "»"), None
            )
            # a law's title in quotes is long: "Закон «О ратификации Соглашения об ...»"
            longest = 40 if sent.lemma(head) in LEGAL_ACTS else 8
            if close is not None and close - last <= longest:
                last = close + 1
                continue
        break
    while last - 1 > head and sent.tokens[last - 1].lemma in {"в", "по", "о", "об", "–", "—", "-"}:
        last -= 1
    return first, last


def _planned(sent: Sent, tree: Tree, cue: int) -> bool:
    """ "подготовить к подписанию", "документы для подписания", "планируется подписать",
    "будет подписан": not signed yet."""
    token = sent.tokens[cue]
    if sent.lemma(cue - 1) in {"к", "для"} or token.feat("Tense") == "Fut":
        return True
    if token.pos == "VERB" and token.feat("VerbForm") == "Inf":
        return True
    if any(_future(sent, c) for c in [*tree.children[cue], cue - 1, cue - 2]):
        return True
    head = tree.head(cue)
    if token.pos == "NOUN" and head >= 0:
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
        _, last = _document(sent, f)
        if sent.lemma(last) in {"и", ","} and sent.lemma(last + 1) in DOCUMENTS:
            more.append(last + 1)
        elif sent.lemma(last) in {"и", ","} and sent.lemma(last + 2) in DOCUMENTS:
            more.append(last + 2)  # "и дорожную карту"
    heads = sorted({*found, *(c for c in more if sent.lemma(c) in DOCUMENTS)})
    # "подписал закон, ратифицирующий соглашение": one person signs the act, not the treaty
    acts = [h for h in heads if sent.lemma(h) in LEGAL_ACTS]
    return acts or heads


def _nearby(sent: Sent, cue: int) -> list[int]:
    """Without a tree to go by: the document words near the verb ("подписали ... меморандум")."""
    out: list[int] = []
    for i in range(max(0, cue - 8), min(len(sent.tokens), cue + 12)):
        if sent.lemma(i) in DOCUMENTS and sent.lemma(i) != "документ":
            out.append(i)
            break
    return out


def _mention(sent: Sent, head: int, first: int, last: int) -> Mention:
    # the name up to its head word in the nominative, what follows as written:
    # "Меморандума о сотрудничестве в сфере энергетики" -> "Меморандум о сотрудничестве..."
    label = sent.phrase(first, head + 1)
    if last > head + 1:
        tail = sent.text[
            sent.tokens[head + 1].start - sent.start : sent.tokens[last - 1].stop - sent.start
        ]
        label = f"{label} {tail}"
    label = label[:1].upper() + label[1:]
    return Mention(
        "document", label, sent.index, sent.tokens[first].start, sent.tokens[last - 1].stop
    )


class _Memory:
    """The documents the article has named, for "документ", "данное соглашение"."""

    def __init__(self) -> None:
        self.last: Mention | None = None
        self.lemma = ""

    def document(
        self, sent: Sent, tree: Tree, head: int, *, salient: bool = True
    ) -> tuple[Mention | None, bool]:
        """The document a head word names, and whether it is only counted ("14 документов").
        A document named in a participle's clause ("дополняет подписанное в прошлом году
        соглашение") is not the one "документ" will mean next."""
        first, last = _document(sent, head)
        lemma = sent.lemma(head)
        words = {sent.lemma(i) for i in range(first, last)} | {
            sent.lemma(c) for c in tree.children[head]
        }
        bare = last == head + 1 and not {"«"} & {sent.tokens[i].text for i in range(first, last)}
        counted = bool(words & COUNTED) or any(
            sent.tokens[c].rel == "nummod" for c in tree.children[head]
        )
        if counted:
            return Mention("document", lemma.capitalize(), sent.index, 0, 0), True
        plural = sent.tokens[head].feat("Number") == "Plur"
        if bare and plural and lemma != "документ":
            # "церемония подписания соглашений": which ones, the article says elsewhere
            return Mention("document", lemma.capitalize(), sent.index, 0, 0), True
        if bare and (lemma == "документ" or words & POINTING):
            if self.last is None and lemma != "документ":
                # "соответствующее соглашение было подписано" with nothing named before:
                # the kind of document is still known
                return _mention(sent, head, head, head + 1), False
            return self.last, False
        another = words & {"также", "еще", "другой", "второй", "новый"} or sent.has("также")
        told = sent.tokens[head].rel in {"nsubj", "nsubj:pass"} or sent.tokens[head].text.istitle()
        if bare and not plural and lemma == self.lemma and self.last and told and not another:
            # "подписание Меморандума", "соглашение было подписано" after the one named (not
            # the object of "подписали": more often a new document of the same kind)
            return self.last, False
        mention = _mention(sent, head, first, last)
        if salient:
            self.last, self.lemma = mention, lemma
        return mention, False


def find_signings(sents: Sequence[Sent], roles: dict[int, list[Named]]) -> list[Fact]:
    """Every document the article says was signed, with who signed it and when."""
    memory = _Memory()
    out: list[Fact] = []
    counted: list[Fact] = []
    for sent in sents:
        tree = Tree(sent.tokens)
        for cue, token in enumerate(sent.tokens):
            if token.lemma not in SIGN or _planned(sent, tree, cue):
                continue
            heads = _heads(sent, tree, cue) or _nearby(sent, cue)
            salient = token.rel not in {"acl", "amod"}
            for head in heads:
                document, only_counted = memory.document(sent, tree, head, salient=salient)
                if document is None:
                    continue
                fact = _signing(sent, tree, cue, document, roles.get(sent.index, []))
                (counted if only_counted else out).append(fact)
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
            ):
                first, last = _document(sent, i)
                if last > i + 1:
                    memory.last, memory.lemma = _mention(sent, i, first, last), token.lemma
    # "заключено соглашение на сумму ...", "соответствующее соглашение было подписано в
    # декабре": a document named by its kind alone that nobody named signed is unnamed
    told = [f for f in out if f.role("signatory") or " " in f.role("document")[0].label]
    return _merged(told) + _unnamed(counted, out)


def _approved(sent: Sent, tree: Tree, i: int) -> bool:
    """ "Президент утвердил соглашение с X о ...": the document is the sentence's topic, not
    one it relates another to ("Данный документ дополняет подписанное соглашение")."""
    described = any(sent.lemma(c) in SIGN for c in tree.children[i])
    topic = any(t.lemma in DOCUMENTS and t.rel in {"nsubj", "nsubj:pass"} for t in sent.tokens)
    return not described and not topic


def _signing(sent: Sent, tree: Tree, cue: int, document: Mention, roles: list[Named]) -> Fact:
    top = tree.anchor(cue)
    clause = tree.clause(top, cue)
    if sent.tokens[cue].rel in {"acl", "amod"}:
        clause = tree.clause(cue, cue)  # a participle's own clause: "подписанного в октябре"
    inside = range(document.start, document.stop)
    signers = [
        n.mention
        for n in [*sent.names_of("person"), *roles]
        if n.first in clause
        and sent.tokens[n.first].start not in inside
        # "в присутствии президентов", "в ходе визита президента": not said to sign
        and not any(sent.lemma(k) in WITNESSES | {"визит"} for k in tree.ancestors(n.first)[:3])
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
    dates = [d for d in sent.dates if sent.token_at(d.start) in clause]
    points = [d.value for d in dates if "/" not in d.value and d.start not in inside]
    periods = [d.value for d in dates if "/" in d.value]
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


def _merged(facts: list[Fact]) -> list[Fact]:
    """One document signed in two sentences ("В Пекине подписано соглашение ... Документ
    подписали ...") is one signing, with all its signatories."""
    out: dict[str, Fact] = {}
    for fact in facts:
        key = fact.role("document")[0].label.lower()
        seen = out.get(key)
        if seen is None:
            out[key] = fact
            continue
        roles = tuple(dict.fromkeys((*seen.roles, *(r for r in fact.roles if r[0] != "document"))))
        values = tuple(
            dict.fromkeys(
                (*seen.values, *(v for v in fact.values if v[0] not in dict(seen.values)))
            )
        )
        out[key] = replace(
            seen,
            roles=roles,
            values=values,
            sentences=tuple(sorted({*seen.sentences, *fact.sentences})),
            confidence=max(seen.confidence, fact.confidence),
        )
    return list(out.values())


def _unnamed(counted: list[Fact], named: list[Fact]) -> list[Fact]:
    """Documents only counted: a row per named signatory, unless the article names what
    those people signed."""
    signed = [m.label for f in named for m in f.role("signatory")]
    return [
        f
        for f in counted
        if f.role("signatory")
        and not all(any(same_person(m.label, s) for s in signed) for m in f.role("signatory"))
    ]
