"""People: a PER span made into one or more person mentions, each labelled in the nominative.

Names come in the case of their place in the sentence ("с министром Зафаром Хакимовым",
"вице-министр Гульмира Исаева"), and the tagger's case for an unknown name is often wrong, so
the case is read from what governs the name (the title it stands after, a preposition), else
from the endings of all its words together (they agree); the gender from the endings the
case allows ("Исаева" is a woman in the nominative, a man in the genitive). The dictionary
inflects the names it knows; Russian name declension is undone for the others.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..data.gazetteer import gazetteer
from ..data.lexicon import lexicon
from ..nlp import models
from ..records import Mention, Token

if TYPE_CHECKING:
    from .context import Sent

__all__ = [
    "cut_off",
    "leading_name",
    "people_in_span",
    "person_name",
    "recalled_people",
    "same_person",
]

CASES = ("Nom", "Gen", "Dat", "Acc", "Ins", "Loc")
# the case a preposition gives the name after it
PREPOSITION_CASE = {
    "с": "Ins",
    "со": "Ins",
    "между": "Ins",
    "у": "Gen",
    "от": "Gen",
    "для": "Gen",
    "без": "Gen",
    "после": "Gen",
    "к": "Dat",
    "по": "Dat",
    "о": "Loc",
    "об": "Loc",
    "при": "Loc",
}
# (ending, nominative ending) by case, for surnames of each gender and for nouns in -а/-я
MASCULINE = {
    "Gen": (("ского", "ский"), ("ова", "ов"), ("ева", "ев"), ("ёва", "ёв"), ("ина", "ин"),
            ("ына", "ын"), ("а", ""), ("я", "й")),
    "Dat": (("скому", "ский"), ("ову", "ов"), ("еву", "ев"), ("ину", "ин"), ("у", ""), ("ю", "й")),
    "Ins": (("ским", "ский"), ("овым", "ов"), ("евым", "ев"), ("ёвым", "ёв"), ("иным", "ин"),
            ("ыным", "ын"), ("ом", ""), ("ем", "й"), ("ём", "")),
    "Loc": (("ском", "ский"), ("ове", "ов"), ("еве", "ев"), ("ине", "ин"), ("е", "")),
}  # fmt: skip
MASCULINE["Acc"] = MASCULINE["Gen"]
FEMININE = {
    "Gen": (("ской", "ская"), ("овой", "ова"), ("евой", "ева"), ("иной", "ина"), ("ии", "ия")),
    "Dat": (("ской", "ская"), ("овой", "ова"), ("евой", "ева"), ("иной", "ина"), ("ии", "ия")),
    "Acc": (("скую", "ская"), ("ову", "ова"), ("еву", "ева"), ("ину", "ина")),
    "Ins": (("ской", "ская"), ("овой", "ова"), ("евой", "ева"), ("иной", "ина"), ("ией", "ия")),
    "Loc": (("ской", "ская"), ("овой", "ова"), ("евой", "ева"), ("иной", "ина"), ("ии", "ия")),
}
# names in -а/-я of either gender ("Хайдарой", "Мустафы", "Гульмире")
A_STEM = {
    "Gen": (("ы", "а"),),
    "Dat": (("е", "а"),),
    "Acc": (("у", "а"), ("ю", "я")),
    "Ins": (("ой", "а"), ("ей", "я")),
    "Loc": (("е", "а"),),
}
# "-и" of the genitive stands for "-а" only after these letters ("Ольги")
HUSHING = set("гкхжчшщ")
# endings no name has in the nominative: "Айгуль Сапаровой" is not nominative
OBLIQUE_ONLY = ("овой", "евой", "иной", "овым", "евым", "иным", "скому", "ского", "ской")
VOWELS = set("аеёиоуыэюя")
INDECLINABLE = set("иоэю")  # endings of names Russian does not decline: "Мехди", "Шаньцзе"
NOT_NAMES = {"сопредседатель", "корреспондент", "спикер", "господин", "госпожа"}


def _table(case: str, gender: str) -> tuple[tuple[str, str], ...]:
    if case == "Nom":
        return ()
    if gender == "Fem":
        return FEMININE.get(case, ()) + A_STEM.get(case, ())
    return MASCULINE.get(case, ()) + A_STEM.get(case, ())


def _undo(word: str, case: str, gender: str) -> str | None:
    lower = word.lower()
    for ending, replacement in _table(case, gender):
        if lower.endswith(ending) and len(word) - len(ending) >= 2:
            stem = word[: len(word) - len(ending)]
            if replacement == "й" and stem[-1:].lower() not in VOWELS:
                replacement = "ь"  # "Игоря", "Цзюня": the stem ends in a soft consonant
            return stem + replacement
    if case == "Gen" and gender == "Fem" and lower.endswith("и") and lower[-2:-1] in HUSHING:
        return word[:-1] + "а"
    return None


def _explains(word: str, case: str) -> bool:
    """Whether the word's ending is one the case gives a name, of either gender; a word no
    case changes ("Фату", "Мехди") is one any case explains."""
    lower = word.lower()
    if lower[-1:] in INDECLINABLE or _fixed(word):
        return True
    if lower.endswith("е") and case not in {"Dat", "Loc"}:
        return True  # "Кобахидзе", "Шаньцзе": no ending but a dative's or locative's
    if case == "Nom":
        return not lower.endswith(OBLIQUE_ONLY)
    return any(
        lower.endswith(ending) and len(word) - len(ending) >= 2
        for gender in ("Masc", "Fem")
        for ending, _ in _table(case, gender)
    )


def _case(tokens: Sequence[Token], hint: str | None) -> str:
    surname = tokens[-1].text
    if hint and _explains(surname, hint):
        return hint  # else the name is no apposition: "послу Зафара Хакимова"
    votes = Counter(t.feat("Case") for t in tokens if t.feat("Case"))
    candidates = [c for c in CASES if c != "Nom" or _explains(surname, "Nom")]
    return max(
        candidates,
        key=lambda c: (sum(_explains(t.text, c) for t in tokens), votes[c], c == "Nom"),
    )


def _gender(tokens: Sequence[Token], case: str) -> str:
    """The gender the surname's ending shows in this case, else the one the tagger saw."""
    surname = tokens[-1].text.lower()
    if case == "Nom":
        if surname.endswith(("ова", "ева", "ёва", "ина", "ская", "цкая")):
            return "Fem"
        if surname.endswith(("ов", "ев", "ёв", "ин", "ский")):
            return "Masc"
    else:
        fem = any(surname.endswith(e) for e, _ in FEMININE.get(case, ()) if len(e) > 2)
        masc = any(surname.endswith(e) for e, _ in MASCULINE.get(case, ()) if len(e) > 2)
        if fem != masc:
            return "Fem" if fem else "Masc"
    genders = Counter(t.feat("Gender") for t in tokens if t.feat("Gender"))
    return "Fem" if genders["Fem"] > genders["Masc"] else "Masc"


@lru_cache(maxsize=50_000)
def _from_dictionary(word: str, case: str, gender: str) -> str | None:
    """The nominative of a first name or surname the dictionary knows in this case."""
    for form in models().vocab(word.lower()):
        grammemes = set(form.tag.grammemes)
        if not ({"Name", "Surn", "Patr"} & grammemes) or "plur" in grammemes:
            continue
        if form.feats.get("Case") != case or form.feats.get("Gender") not in (gender, None):
            continue
        if "Fixd" in grammemes:
            return word  # "Айгуль", "Мяхри": the same in every case
        nominative = form.inflect({"Nom"})
        if nominative is not None:
            return str(nominative.word)
    return None


def person_name(tokens: Sequence[Token], case: str | None = None) -> str:
    """A person's name in the nominative, spelled as the text spells it ("Бахтиёр").

    `case` is the case of what governs the name (the title it stands after: "с министром ...
    Хаканом Фиданом"; a preposition), which the tagger gets right where the name is unknown."""
    if not tokens:
        return ""
    case = _case(tokens, case)
    gender = _gender(tokens, case)
    words = []
    for token in tokens:
        word = token.text
        if case != "Nom" and _capital(token.text) and not _fixed(word):
            known = _from_dictionary(word, case, gender)
            if known is not None and "ё" not in word.lower():
                known = known.replace("ё", "е")
            word = known or _undo(word, case, gender) or word
        words.append(_shape_like(word, token.text))
    return " ".join(words).replace(" .", ".")  # "Ш. Мирзиёев"


def _capital(word: str) -> bool:
    """A name's word: "Хакимов", "аль-Мансури" (the article before the hyphen is small)."""
    return word.split("-")[-1][:1].isupper()


def _fixed(word: str) -> bool:
    """Names Russian leaves as they are: "Кахорзода", "Гасанзаде", "Мамедоглы"."""
    return word.lower().endswith(("зода", "заде", "оглы", "кызы"))


def _shape_like(word: str, original: str) -> str:
    """Capitals where the text had them: "касым-жомарт" -> "Касым-Жомарт"."""
    parts = word.split("-")
    shapes = original.split("-")
    if len(parts) != len(shapes):
        return word[:1].upper() + word[1:]
    return "-".join(
        p[:1].upper() + p[1:] if s[:1].isupper() else p for p, s in zip(parts, shapes, strict=True)
    )


def same_person(a: str, b: str) -> bool:
    """Two labels of one person: the same surname, the given names not in conflict
    ("Эрдоган" and "Реджеп Тайип Эрдоган"; not "Ильхам Алиев" and "Рашад Алиев")."""
    one, two = a.lower().replace("ё", "е").split(), b.lower().replace("ё", "е").split()
    if not one or not two or not _alike(one[-1], two[-1]):
        return False
    if len(one) == 1 or len(two) == 1:
        return True
    first, other = one[0].rstrip("."), two[0].rstrip(".")
    if len(first) == 1 or len(other) == 1:
        return first[:1] == other[:1]  # "Ш. Мирзиёев" is "Шавкат Мирзиёев"
    return _alike(first, other)


def _alike(x: str, y: str) -> bool:
    """Forms of one name: they share all but the last letter of the shorter (at least 4)."""
    if x == y:
        return True
    size = max(4, min(len(x), len(y)) - 1)
    return len(x) >= size and len(y) >= size and x[:size] == y[:size]


def title_case(tokens: Sequence[Token], first: int) -> str | None:
    """The case of what governs a name: the leftmost title word of the run of title words
    right before it ("с министром ... Хаканом Фиданом"), else the preposition before it."""
    heads = lexicon().post_heads
    case = None
    i = first - 1
    while i >= 0 and first - i <= 16:
        token = tokens[i]
        if token.text in {")", "/"} and i >= 2 and tokens[i - 2].text in {"(", "/"}:
            i -= 3  # "директора ООН по промышленному развитию (ЮНИДО) Фату Хайдарой"
            continue
        if token.lemma in {"в", "по", "и"} and case is None and i + 1 < first:
            i -= 1  # "консула Ирана в Астрахани", "министра по делам ..."
            continue
        if (
            token.pos in {"NOUN", "ADJ", "PROPN"}
            or token.text in {"-", "–", "—"}
            or (token.pos == "VERB" and token.rel == "amod")
        ):
            if token.lemma in heads:
                case = token.feat("Case")
            i -= 1
            continue
        if token.text == "," and case is None and i + 1 < first:
            i -= 1  # "заместителем Генерального директора, начальником управления ..."
            continue
        break
    if case is None and first > 0:
        return PREPOSITION_CASE.get(tokens[first - 1].lemma)
    return case


@lru_cache(maxsize=50_000)
def _name_word(word: str) -> bool:
    return any(
        {"Name", "Surn", "Patr"} & set(form.tag.grammemes) for form in models().vocab(word.lower())
    )


def leading_name(tokens: Sequence[Token], first: int, last: int) -> int:
    """Where a person's name ends at the start of a span the tagger took for one organisation
    ("Акылбеком Жапаровым Узбекско-Кыргызский фонд"): a first name and a surname the
    dictionary knows as such; `first` when there is none."""
    end = first
    while (
        end < min(last - 1, first + 3)
        and tokens[end].pos == "PROPN"
        and _capital(tokens[end].text)
        and _name_word(tokens[end].text)
    ):
        end += 1
    return end if end - first >= 2 else first


def _between_dashes(tokens: Sequence[Token], i: int) -> bool:
    dashes = {"-", "–", "—"}
    before = i > 1 and tokens[i - 1].text in dashes and tokens[i - 2].text[:1].isupper()
    after = (
        i + 2 < len(tokens) and tokens[i + 1].text in dashes and tokens[i + 2].text[:1].isupper()
    )
    return before or after


def cut_off(sents: list[Sent]) -> list[Sent]:
    """A lone word taken for a name at the very end of an excerpt cut off mid-sentence ("...
    подписали программу. Минис") is a word cut short, not a person."""
    if not sents or sents[-1].text.rstrip()[-1:] in {".", "!", "?", "»", '"', "…", ")"}:
        return sents
    last = sents[-1]
    known = [n.mention.label for s in sents for n in s.names_of("person") if n.last - n.first > 1]
    names = tuple(
        n
        for n in last.names
        if not (
            n.mention.kind == "person"
            and (n.first, n.last) == (len(last.tokens) - 1, len(last.tokens))
            and not any(same_person(n.mention.label, k) for k in known)
        )
    )
    return [*sents[:-1], replace(last, names=names)] if names != last.names else sents


def _is_place_word(token: Token) -> bool:
    gz = gazetteer()
    place = gz.by_name(token.text) or gz.by_name(token.lemma)
    return place is not None and place.kind in {"country", "city"}


def people_in_span(
    index: int,
    tokens: Sequence[Token],
    first: int,
    last: int,
    publisher: str | None,
    covered: set[int],
) -> Iterable[tuple[int, int, Mention]]:
    """A PER span, split where the tagger merged two people ("Байрамова и Нуртлеу"): each
    person's token range and mention."""
    parts: list[tuple[int, int]] = []
    start = first
    for i in range(first, last):
        if tokens[i].lemma == "и" or tokens[i].text == ",":
            if i > start:
                parts.append((start, i))
            start = i + 1
    if last > start:
        parts.append((start, last))
    heads = lexicon().post_heads
    # the tagger sometimes glues a title or its country to the name: "Послу Зафара
    # Хакимова", "Латвии Фарид Хасанов"
    parts = [
        (next((k for k in range(a, b) if tokens[k].lemma not in heads), b), b) for a, b in parts
    ]
    parts = [
        (next((k for k in range(a, b) if not _is_place_word(tokens[k])), b), b) for a, b in parts
    ]
    parts = [(a, b) for a, b in parts if a < b]
    if parts:
        # "Реджепом Тайипом Эрдоганом": the tagger may leave the first name out of the span
        a, b = parts[0]
        while (
            a > 0
            and tokens[a - 1].pos == "PROPN"
            and tokens[a - 1].text.istitle()
            and (tokens[a - 1].feat("Case") == tokens[a].feat("Case"))
            and tokens[a - 1].lemma not in heads
            and a - 1 not in covered
        ):
            a -= 1
        parts[0] = (a, b)
    for a, b in parts:
        words = tokens[a:b]
        # the tagger sometimes takes a capitalised title ("Чрезвычайным и Полномочным"), a
        # role ("Сопредседатели"), a town or a media name for a person
        if all(
            t.pos == "ADJ" or t.lemma in heads or t.lemma in NOT_NAMES or not _capital(t.text)
            for t in words
        ):
            continue
        if all(_is_place_word(t) for t in words):
            continue
        if b - a == 1 and _between_dashes(tokens, a):
            continue  # "линия Регар – Гузар": the ends of a route
        if publisher and " ".join(t.text for t in words).lower() in publisher.lower():
            continue
        label = person_name(words, title_case(tokens, a))
        yield a, b, Mention("person", label, index, tokens[a].start, tokens[b - 1].stop)


def recalled_people(sents: list[Sent]) -> list[Sent]:
    """A person named in full once and by surname later is a person there too, though the
    tagger missed it ("Саркисян и Мохаммади подписали ...")."""
    from .context import Named  # context builds on this module

    surnames = {
        n.mention.label.split()[-1]
        for sent in sents
        for n in sent.names_of("person")
        if len(n.mention.label.split()) > 1
    }
    if not surnames:
        return sents
    out = []
    for sent in sents:
        covered = {i for n in sent.names for i in range(n.first, n.last)}
        found = []
        for i, token in enumerate(sent.tokens):
            if i in covered or token.pos != "PROPN" or not _capital(token.text):
                continue
            label = person_name([token], title_case(sent.tokens, i))
            if any(same_person(label, surname) for surname in surnames):
                mention = Mention("person", label, sent.index, token.start, token.stop)
                found.append(Named(i, i + 1, mention))
        if found:
            names = tuple(sorted((*sent.names, *found), key=lambda n: n.first))
            sent = replace(sent, names=names)
        out.append(sent)
    return out
