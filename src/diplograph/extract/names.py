"""Person names in the nominative, and which names are one person's.

Names come in the case of their place in the sentence ("с министром Зафаром Хакимовым",
"вице-министр Гульмира Исаева"), and the tagger's case for an unknown name is often wrong, so
the case is read from what governs the name (the title it stands after, a preposition), else
from the endings of all its words together (they agree); the gender from the endings the
case allows ("Исаева" is a woman in the nominative, a man in the genitive). The dictionary
inflects the names it knows; Russian name declension is undone for the others.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from ..nlp import models
from ..records import Token

if TYPE_CHECKING:
    pass

__all__ = [
    "PREPOSITION_CASE",
    "capital",
    "given_name",
    "name_case",
    "person_name",
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
# a masculine name never ends in a soft sign after these: "Антич", not "Античь"
HARD_FINAL = set("жшчщц")
# endings no name has in the nominative: "Айгуль Сапаровой" is not nominative
OBLIQUE_ONLY = ("овой", "евой", "иной", "овым", "евым", "иным", "скому", "ского", "ской")
# cases a masculine title has one form for ("директора")
SAME_FORM = {"Gen": "Acc", "Acc": "Gen"}
# endings of a name that a nominative has seldom: "-а" (Gen) or "-у" (Dat) are also the
# nominatives of names in "-а" or of names Russian does not decline, so only these count
MARKED = {
    "Ins": ("ом", "ем", "ём", "ой", "ей", "ым"),
}
VOWELS = set("аеёиоуыэюя")
INDECLINABLE = set("иоэю")  # endings of names Russian does not decline: "Мехди", "Шаньцзе"


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
            if replacement == "й" and stem[-1:].lower() in HARD_FINAL:
                replacement = ""  # "Античем", "Бабичем": no soft sign after ж, ш, ч, щ, ц
            elif replacement == "й" and stem[-1:].lower() not in VOWELS:
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
        # "Донской", "Трубецкой": surnames the dictionary knows in the nominative
        return not lower.endswith(OBLIQUE_ONLY) or _nominative_name(word)
    return any(
        lower.endswith(ending) and len(word) - len(ending) >= 2
        for gender in ("Masc", "Fem")
        for ending, _ in _table(case, gender)
    )


def _case(tokens: Sequence[Token], hint: str | None) -> str:
    surname = tokens[-1].text
    if hint and _explains(surname, hint):
        # a title in "-а" is genitive or accusative alike ("принял директора ..."): the name's
        # own words tell which ("Мусу" is accusative only)
        other = SAME_FORM.get(hint)
        if (
            other
            and not all(_explains(t.text, hint) for t in tokens)
            and all(_explains(t.text, other) for t in tokens)
        ):
            return other
        return hint  # else the name is no apposition: "послу Зафара Хакимова"
    if hint and _undeclined_surname(tokens, hint):
        return hint
    if _woman_in_the_instrumental(tokens):
        return "Ins"
    votes = Counter(t.feat("Case") for t in tokens if t.feat("Case"))
    candidates = [c for c in CASES if c != "Nom" or _explains(surname, "Nom")]
    marked = _marked_case(tokens)
    return max(
        candidates,
        key=lambda c: (
            sum(_explains(t.text, c) for t in tokens),
            c == marked,
            votes[c],
            c == "Nom",
        ),
    )


def _undeclined_surname(tokens: Sequence[Token], case: str) -> bool:
    """ "с Маратом Нуртлеу", "Амир-Ханом Муттаки", "с Ядранкой Йоксимович": a surname Russian
    leaves as it is (a vowel, or a consonant a woman's or a foreign surname keeps, no case
    ending of this case) after given names that do carry the case the title or preposition
    governs: the given names change, the surname does not."""
    surname = tokens[-1].text
    given = [t.text for t in tokens[:-1] if capital(t.text)]
    if case == "Nom" or not given:
        return False
    if any(
        _undo(surname, case, g) or _from_dictionary(surname, case, g) not in (None, surname)
        for g in ("Masc", "Fem")
    ):
        return False
    return all(
        any(_from_dictionary(w, case, g) not in (None, w) for g in ("Masc", "Fem"))
        or (case in MARKED and _carries(w, MARKED[case]))
        for w in given
    )


def _woman_in_the_instrumental(tokens: Sequence[Token]) -> bool:
    """ "Ядранкой Йоксимович", "Мирьяной Петрович": given names in "-ой"/"-ей" the
    dictionary knows no nominative of, before a surname in a consonant, which a woman's
    surname keeps in every case: the given names show the instrumental."""
    words = [t.text for t in tokens if capital(t.text)]
    surname = words[-1].lower() if words else ""
    if len(words) < 2 or surname[-1:] in VOWELS | {"й"} or _explains(surname, "Ins"):
        return False
    return all(_carries(w, ("ой", "ей")) for w in words[:-1])


def _marked_case(tokens: Sequence[Token]) -> str | None:
    """The oblique case every declinable word of a name of two or more carries the marked
    ending of ("Сантьяго Брандом Кортесом"), which the tagger reads as nominative where it
    does not know the name. A word the dictionary knows as a nominative ("Толстой",
    "Сергей") carries no mark, nor does one word alone ("Бахром" is a nominative too)."""
    words = [t.text for t in tokens if capital(t.text)]
    declinable = [w for w in words if w.lower()[-1:] not in INDECLINABLE and not _fixed(w)]
    if len(words) < 2 or not declinable:
        return None
    for case, endings in MARKED.items():
        if all(_carries(w, endings) for w in declinable):
            return case
    return None


def _carries(word: str, endings: tuple[str, ...]) -> bool:
    lower = word.lower()
    return any(
        lower.endswith(e) and len(word) - len(e) >= 2 for e in endings
    ) and not _nominative_name(word)


@lru_cache(maxsize=50_000)
def _nominative_name(word: str) -> bool:
    """Whether the dictionary knows the word as a name in the nominative (its guesses for
    words it does not know say nominative too: they do not count)."""
    return any(
        form.is_known
        and {"Name", "Surn", "Patr"} & set(form.tag.grammemes)
        and form.feats.get("Case") == "Nom"
        for form in models().vocab(word.lower())
    )


@lru_cache(maxsize=50_000)
def given_name(word: str) -> bool:
    """Whether the dictionary knows the word as a given name ("Султан", a title too)."""
    return any(
        form.is_known and "Name" in form.tag.grammemes for form in models().vocab(word.lower())
    )


def name_case(tokens: Sequence[Token], hint: str | None = None) -> str:
    """The case a name stands in, as person_name reads it."""
    return _case(tokens, hint)


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
            if not form.is_known:
                continue  # a guess: "Сердару" is no name kept in every case, but "Сердар"'s
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
        if case != "Nom" and capital(token.text) and not _fixed(word):
            known = _from_dictionary(word, case, gender)
            if known is not None and "ё" not in word.lower():
                known = known.replace("ё", "е")
            undone = _undo(word, case, gender)
            if known == word and "-" in word and undone:
                known = None  # "Дламини-Зумой": the dictionary keeps a hyphened word it guessed
            word = known or (_fleeting(word, undone, case) if undone else None) or word
        words.append(_shape_like(word, token.text))
    return " ".join(words).replace(" .", ".")  # "Ш. Мирзиёев"


@lru_cache(maxsize=50_000)
def _fleeting(word: str, undone: str, case: str) -> str:
    """ "Зайца" -> "Заяц", "Орла" -> "Орел", "Льва" -> "Лев": a surname that is a noun with a
    fleeting vowel in its last syllable takes the noun's nominative, not the stem the ending
    leaves ("Зайц")."""
    stem = undone.lower()
    for form in models().vocab(word.lower()):
        if not form.is_known or form.feats.get("Case") != case or form.tag.POS != "NOUN":
            continue
        lemma = str(form.normal_form).replace("ё", "е")
        if len(lemma) < 3 or lemma[-1:] in VOWELS:
            continue
        head, vowel, last = lemma[:-2], lemma[-2], lemma[-1]
        dropped = {"е": ("", "ь"), "о": ("",), "я": ("й",)}.get(vowel, ())
        if any(head + d + last == stem for d in dropped):
            return undone[:1] + lemma[1:]
    return undone


def capital(word: str) -> bool:
    """A name's word: "Хакимов", "аль-Мансури" (the article before the hyphen is small)."""
    return word.split("-")[-1][:1].isupper()


def _fixed(word: str) -> bool:
    """Names Russian leaves as they are: "Кахорзода", "Гасанзаде", "Мамедоглы", "Юсуфоглу"."""
    return word.lower().endswith(("зода", "заде", "оглы", "оглу", "кызы"))


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
