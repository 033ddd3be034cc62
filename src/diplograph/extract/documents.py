"""Documents' names and the documents an article has named.

A document is named by its kind and what follows it in the genitive or after "о", "по",
"между" ("меморандум о взаимопонимании в области морских перевозок"); "документ", "данное
соглашение" are the one the article named last, "14 документов" only counts them.
"""

from __future__ import annotations

from ..records import Mention
from .context import Sent
from .oneside import LEGAL_ACTS
from .tree import Tree

__all__ = ["COUNTED", "DOCUMENTS", "LEGAL_ACTS", "Memory", "document_mention", "document_span"]

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
OWNERS = {"его", "ее", "её", "их"}
# "соглашение на сумму", "договор на срок": what it is worth or how long it runs
MEASURES = {"сумма", "срок", "период", "уровень", "год", "время"}
TOPIC_NOUNS = {"область", "сфера", "рамка", "направление", "отрасль", "часть"}
# a name in quotes, by the opening mark: the mark that closes it
QUOTES = {"«": "»", '"': '"', "“": "”", "„": "“"}


def _purpose(sent: Sent, k: int) -> bool:
    """ "на право оперирования портом", "на поставку газа": what the document is for, not
    what it is worth ("на сумму") or how long it runs."""
    following = sent.tokens[k + 1] if k + 1 < len(sent.tokens) else None
    return (
        sent.lemma(k) == "на"
        and following is not None
        and following.pos == "NOUN"
        and following.feat("Case") == "Acc"
        and following.lemma not in MEASURES
    )


def document_span(sent: Sent, head: int) -> tuple[int, int]:
    """The token range of a document's name around its head word."""
    first = head
    # "заключенным соглашением", "подписанный меморандум": a participle (an adjective the
    # tagger lemmatises to its verb) tells what befell the document, it does not name it
    while (
        first > 0
        and sent.tokens[first - 1].pos == "ADJ"
        and not sent.lemma(first - 1).endswith(("ть", "ться", "ти"))
    ):
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
        if _missing_subject(sent, last):
            break  # "заключенным соглашением компании создали фирму": the companies did
        # the tagger's case is sometimes wrong ("протокол заседания" as Acc); the tree is not
        attached = token.rel in {"nmod", "amod", "flat", "appos"} and first <= token.head < last
        # an adjective the tagger left without a case, of a noun the name goes on with
        attached |= (
            token.rel == "amod"
            and last < token.head < min(last + 4, len(sent.tokens))
            and sent.tokens[token.head].rel == "nmod"
            and first <= sent.tokens[token.head].head < last
        )
        # "сжиженного газа", not "находящегося в Иране порта": a participle with words of
        # its own begins a clause
        described = (
            token.pos == "VERB"
            and sent.tokens[last + 1 : last + 2] != ()
            and sent.tokens[last + 1].pos in {"NOUN", "ADJ"}
            and sent.tokens[last + 1].feat("Case") == token.feat("Case")
        )
        # "по развитию торговли", but not "несоответствие соглашения нынешним условиям": a
        # dative belongs to the name only after a preposition that governs it
        governed = token.feat("Case") != "Dat" or any(
            sent.lemma(j) in {"по", "к"} for j in range(head + 1, last)
        )
        if (token.pos in {"ADJ", "NOUN", "PROPN"} or described) and (
            (token.feat("Case") in {"Gen", "Loc", "Dat"} and governed)
            or sent.tokens[last - 1].lemma in {"о", "об"}
            or (token.feat("Case") == "Ins" and _parties(sent, head, last))
            or attached
        ):
            last += 1
            continue
        following = sent.tokens[last + 1] if last + 1 < len(sent.tokens) else None
        if (
            token.lemma == "и"
            and following is not None
            and following.pos in {"NOUN", "ADJ", "PROPN"}
            and (following.feat("Case") == sent.tokens[last - 1].feat("Case"))
            # "программа ... на 2025–2027 годы и соглашение о ...": the next document
            and following.lemma not in DOCUMENTS
        ):
            last += 1  # "о строительстве и эксплуатации"
            continue
        if token.lemma in {"с", "между"} and last == head + 1:
            # "соглашение с Азербайджаном о создании фонда": its parties, then its subject
            about = next(
                (
                    j
                    for j in range(last + 1, min(last + 7, len(sent.tokens)))
                    if sent.lemma(j) in {"о", "об"} or _purpose(sent, j)
                ),
                None,
            )
            if about is not None and not any(
                sent.tokens[j].pos in {"VERB", "PUNCT"} for j in range(last + 1, about)
            ):
                last = about + (2 if _purpose(sent, about) else 1)
                continue
        if (
            token.lemma == "в"
            and sent.lemma(last - 1) in {"изменение", "дополнение", "поправка"}
            and sent.lemma(last + 1) in DOCUMENTS
        ):
            last += 2  # "протокол о внесении изменений в соглашение о ..."
            continue
        if token.text == "," and _listed_topic(sent, last):
            last += 1  # "в области образования, науки и культуры"
            continue
        if (
            token.lemma == "на"
            and last == head + 1
            # "документы на поставку ...": still a set of unnamed ones
            and sent.lemma(head) != "документ"
            and sent.tokens[head].feat("Number") != "Plur"
            and sent.tokens[last + 1 : last + 2]
            and sent.tokens[last + 1].pos == "NOUN"
            and sent.tokens[last + 1].feat("Case") == "Acc"
            and sent.lemma(last + 1) not in MEASURES
        ):
            last += 1  # "контракт на поставку газа", "договор на строительство"
            continue
        if token.lemma == "на" and _years(sent, last + 1):
            last += 3  # "программа ... на 2023–2025 годы"
            continue
        if (
            token.lemma == "между"
            and sent.tokens[last + 1 : last + 2]
            and sent.tokens[last + 1].pos in {"NOUN", "ADJ", "PROPN"}
            and sent.tokens[last + 1].feat("Case") == "Ins"
        ):
            last += 1  # "меморандум о взаимопонимании между X и Y", "сотрудничество между ..."
            continue
        if (
            token.text.lower() in OWNERS
            and last > head + 1
            and sent.tokens[last + 1 : last + 2] != ()
        ):
            last += 1  # "протокол о порядке его реализации": a possessive inside the topic
            continue
        if token.text in {"–", "—", "-"} and sent.name_at(last + 1) is not None:
            last += 1  # "железной дороги Решт – Астара"
            continue
        if last == head + 1 and first > 0 and QUOTES.get(sent.tokens[first - 1].text) == token.text:
            last += 1  # "«Дорожная карта» по развитию ...": the quotes round its kind
            continue
        if token.text in QUOTES:
            # «...», and the straight or curly quotes some outlets print: "О ...", “О ...”
            close = next(
                (
                    j
                    for j in range(last + 1, len(sent.tokens))
                    if sent.tokens[j].text == QUOTES[token.text]
                ),
                None,
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


def _missing_subject(sent: Sent, k: int) -> bool:
    """Whether the nominative noun at k is the subject the finite verb right after its phrase
    lacks: a document's name goes on in the genitive, never in the nominative."""
    token = sent.tokens[k]
    if token.pos != "NOUN" or token.feat("Case") != "Nom":
        return False
    verb = next(
        (j for j in range(k + 1, min(k + 4, len(sent.tokens))) if sent.tokens[j].pos == "VERB"),
        None,
    )
    if verb is None or any(sent.tokens[j].pos == "PUNCT" for j in range(k + 1, verb)):
        return False
    finite = sent.tokens[verb]
    return (
        finite.feat("VerbForm") == "Fin"
        and finite.feat("Number") == token.feat("Number")
        and not any(t.head == verb and t.rel.startswith("nsubj") for t in sent.tokens)
    )


def _listed_topic(sent: Sent, comma: int) -> bool:
    """A comma inside a list of topics in one case that "и" closes: "образования, науки и
    культуры", "спорта, туризма и молодежной политики"; not one before another document or
    another clause."""
    case = sent.tokens[comma - 1].feat("Case") if comma >= 1 else None
    if sent.tokens[comma - 1].pos != "NOUN" or not case:
        return False
    k = _noun(sent, comma + 1, case)
    while k is not None:
        if sent.lemma(k + 1) == "и":
            return _noun(sent, k + 2, case) is not None
        if sent.tokens[k + 1 : k + 2] and sent.tokens[k + 1].text == ",":
            k = _noun(sent, k + 2, case)
            continue
        return False
    return False


def _noun(sent: Sent, k: int, case: str) -> int | None:
    """The noun of a phrase at k in the given case ("молодежной политики"), not a document."""
    while k < len(sent.tokens) and sent.tokens[k].pos == "ADJ":
        k += 1
    if k >= len(sent.tokens) or sent.tokens[k].pos != "NOUN":
        return None
    if sent.tokens[k].feat("Case") != case or sent.lemma(k) in DOCUMENTS:
        return None
    return k


def _parties(sent: Sent, head: int, k: int) -> bool:
    """Whether the name has reached its parties: "между Чуйской областью и ..."."""
    return any(sent.lemma(i) == "между" for i in range(head + 1, k))


def _years(sent: Sent, k: int) -> bool:
    """ "на 2023 год", "на 2023–2025 годы": the years a document is for."""
    return (
        bool(sent.tokens[k : k + 1])
        and sent.tokens[k].text[:1].isdigit()
        and sent.lemma(k + 1) in {"год", "гг", "г"}
    )


def document_mention(sent: Sent, head: int, first: int, last: int) -> Mention:
    # the name up to its head word in the nominative, what follows as written:
    # "Меморандума о сотрудничестве в сфере энергетики" -> "Меморандум о сотрудничестве..."
    label = sent.phrase(first, head + 1)
    if last > head + 1:
        tail = sent.text[
            sent.tokens[head + 1].start - sent.start : sent.tokens[last - 1].stop - sent.start
        ]
        opened = QUOTES.get(sent.tokens[first - 1].text) if first > 0 else None
        if opened and tail.startswith(opened):
            tail = tail[1:].lstrip()  # "«Дорожная карта» по ...": the quote round its kind
        # "о ее демаркации": the possessive stands for a thing told before, not the name
        owners = {t.text for t in sent.tokens[head + 1 : last] if t.text.lower() in OWNERS}
        tail = " ".join(w for w in tail.split(" ") if w not in owners)
        label = f"{label} {tail}"
    label = label[:1].upper() + label[1:]
    return Mention(
        "document", label, sent.index, sent.tokens[first].start, sent.tokens[last - 1].stop
    )


class Memory:
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
        first, last = document_span(sent, head)
        lemma = sent.lemma(head)
        words = {sent.lemma(i) for i in range(first, last)} | {
            sent.lemma(c) for c in tree.children[head]
        }
        # "соответствующее соглашение на 2023 год" is still only its kind
        core = last - 3 if last - 3 > head and _years(sent, last - 2) else last
        # a name opened in quotes is its own even when the page cuts it off ("Соглашение «О тра")
        quoted = set(QUOTES) & {t.text for t in sent.tokens[first : last + 1]}
        bare = core == head + 1 and not quoted
        # "три соглашения" (nummod), "пять соглашений" (nummod:gov: the number governs)
        # "ряд соглашений о сотрудничестве": a set the word before counts, not one document
        counted = bool((words | {sent.lemma(first - 1)}) & COUNTED) or any(
            sent.tokens[c].rel.startswith("nummod") for c in tree.children[head]
        )
        if counted:
            return Mention("document", lemma.capitalize(), sent.index, 0, 0), True
        plural = sent.tokens[head].feat("Number") == "Plur"
        if bare and plural:
            # "церемония подписания соглашений": which ones, the article says elsewhere
            return Mention("document", lemma.capitalize(), sent.index, 0, 0), True
        if bare and (lemma == "документ" or words & POINTING):
            if self.last is None and lemma != "документ":
                # "соответствующее соглашение было подписано" with nothing named before:
                # the kind of document is still known
                return document_mention(sent, head, head, head + 1), False
            return self.last, False
        another = words & {"также", "еще", "другой", "второй", "новый"} or sent.has("также")
        told = sent.tokens[head].rel in {"nsubj", "nsubj:pass"} or sent.tokens[head].text.istitle()
        if bare and not plural and lemma == self.lemma and self.last and told and not another:
            # "подписание Меморандума", "соглашение было подписано" after the one named (not
            # the object of "подписали": more often a new document of the same kind)
            return self.last, False
        mention = document_mention(sent, head, first, last)
        # "Контракт на поставки был заключен между ..." after "контракт на поставки
        # электроэнергии": the one named before, told again with fewer words
        stems = _stems(mention.label)
        fewer = self.last is not None and len(stems) > 1 and stems < _stems(self.last.label)
        if lemma == self.lemma and self.last and told and not another and fewer:
            return self.last, False
        # with nothing named before, the participle's document is the one there is
        if salient or (self.last is None and not bare):
            self.last, self.lemma = mention, lemma
        return mention, False


def _stems(label: str) -> set[str]:
    return {w[:5] for w in label.lower().replace("ё", "е").split() if len(w) > 2}


def pronoun(sent: Sent, tree: Tree, cue: int) -> bool:
    """ "Документ был подписан в Джакарте. Его подписали X и Y": the signing verb governs a
    pronoun, which stands for the document the sentence before told signed."""
    return sent.tokens[cue].pos == "VERB" and any(
        sent.tokens[c].rel == "obj" and sent.tokens[c].text.lower() in {"его", "ее", "её"}
        for c in tree.children[cue]
    )
