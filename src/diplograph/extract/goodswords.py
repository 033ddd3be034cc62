"""Words of goods lists: determiners and pronouns before goods ("наших", "его"), words
singling out goods ("прежде всего"), a dash opening a list, a lone adjective sharing the
noun of the next item ("подсолнечное и соевое масло")."""

from __future__ import annotations

from .context import Sent

__all__ = [
    "BACK",
    "LISTED_HEADS",
    "OWNERS",
    "VAGUE_ADJECTIVES",
    "VAGUE_HEADS",
    "adjectival",
    "adjective_lemma",
    "agreeing_noun",
    "dash_after",
    "generic_goods",
    "namely",
    "owner",
]


# determiners that say whose goods, not which: "ваших традиционных товаров"
OWNERS = {"наш", "ваш", "свой", "этот", "их", "его", "весь"}

# owners that refer back to goods just named: "нефти и ее производных"
BACK = {"его", "ее", "её", "их", "он", "она", "они"}


def owner(sent: Sent, i: int) -> bool:
    """A determiner or a possessive pronoun: "ваших", "его", "ее" (a pronoun in the
    genitive)."""
    if sent.lemma(i) in OWNERS:
        return True
    token = sent.tokens[i]
    return token.pos == "PRON" and token.lemma in BACK and token.feat("Case") == "Gen"


# general words for goods that a dash or colon may go on to name: "товаров – шерсти, кожи"
LISTED_HEADS = {"товар", "продукция", "продукт", "груз", "позиция", "изделие", "сырье"}


def dash_after(sent: Sent, i: int, stop: int) -> int:
    """The first word after a dash or colon at i, or 0."""
    if i + 1 < stop and sent.tokens[i].text in {"-", "–", "—", ":"}:
        return i + 1
    return 0


# words that single out, among the kind just named, the goods meant
NAMELY = (
    ("прежде", "весь"),
    ("в", "первый", "очередь"),
    ("в", "частность"),
    ("главный", "образ"),
    ("особенно",),
)


def namely(sent: Sent, i: int) -> int:
    """The length of the words at i singling out the goods meant, or 0."""
    for words in NAMELY:
        if all(sent.lemma(i + k) == word for k, word in enumerate(words)):
            return len(words)
    return 0


def agreeing_noun(sent: Sent, adjective: int, stop: int) -> tuple[int, bool]:
    """The noun ending the next item of a list when that item is adjectives and a noun and
    the lone singular adjective at `adjective` agrees with it in gender, number and case."""
    j = adjective + 1
    if sent.lemma(j) not in {"и", "или", ","}:
        return -1, False
    j += 1
    start = j
    while j < stop and adjectival(sent, j):
        j += 1
    if j == start or j >= stop or sent.tokens[j].pos != "NOUN":
        return -1, False
    own, noun = sent.tokens[adjective], sent.tokens[j]
    keys = ("Gender", "Number", "Case") if own.pos == "ADJ" else ("Number", "Case")
    agree = all(own.feat(k) and own.feat(k) == noun.feat(k) for k in keys)
    return j, agree and own.feat("Number") == "Sing"


def adjective_lemma(sent: Sent, i: int) -> bool:
    """A word tagged a noun whose dictionary form is an adjective's ("подсолнечный")."""
    return sent.lemma(i).endswith(("ный", "ний", "вый", "ский", "кий", "ой"))


def adjectival(sent: Sent, i: int) -> bool:
    """An adjective, or a participle standing as one ("сжиженный газ")."""
    token = sent.tokens[i]
    return token.pos == "ADJ" or (token.pos == "VERB" and token.rel == "amod")


# heads that name goods only with a word saying which: "сельскохозяйственная продукция",
# "продукция химии", "продукты питания" are goods; "пакистанская продукция" is not
VAGUE_HEADS = {"продукция", "продукт", "изделие", "товар", "сырье"}
# adjectives that praise or place goods without saying what they are
VAGUE_ADJECTIVES = {
    "востребованный",
    "востребовать",  # the tagger's lemma of the participle "востребованной"
    "качественный",
    "высококачественный",
    "отечественный",
    "собственный",
    "местный",
    "национальный",
    "готовый",
    "различный",
    "разный",
    "другой",
    "иной",
    "новый",
    "широкий",
    "экспортный",
    "конкурентоспособный",
    "дорогостоящий",
    "дешевый",
    "прочий",
    "разнообразный",
    "необходимый",
    "свой",
    "весь",
    "такой",
    "этот",
}


def generic_goods(sent: Sent, words: list[int], shared: int | None) -> bool:
    """Goods named only by a vague head and words that do not say which goods:
    "востребованной продукции", "казахстанской продукции" (the country's adjective is
    already out of `words`)."""
    head = shared if shared is not None else words[-1]
    if shared is None:
        # the head is the first noun; a genitive tail after it says which goods
        nouns = [k for k in words if sent.tokens[k].pos == "NOUN"]
        if len(nouns) != 1:
            return False
        head = nouns[0]
        if head != words[-1]:
            return False
    if sent.lemma(head) not in VAGUE_HEADS:
        return False
    return all(sent.lemma(k) in VAGUE_ADJECTIVES for k in words if k != head)
