"""People in sentences: a PER span made into one or more person mentions, the names the
tagger missed or took for something else, and words that only look like names.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from ..data.gazetteer import gazetteer
from ..data.lexicon import lexicon
from ..nlp import models
from ..records import Mention, Token
from .bodies import body_at, words
from .names import PREPOSITION_CASE, capital, given_name, name_case, person_name

__all__ = ["leading_name", "people_in_span", "title_case", "titled_place"]

ACTING = {"и.о.", "врио"}
# "господин"/"госпожа" abbreviated before a name, and the case each form shows
COURTESY = {
    "г-н": "Nom", "г-на": "Gen", "г-ну": "Dat", "г-ном": "Ins", "г-не": "Loc",
    "г-жа": "Nom", "г-жи": "Gen", "г-же": "Dat", "г-жу": "Acc", "г-жой": "Ins",
}  # fmt: skip
NOT_NAMES = {"сопредседатель", "корреспондент", "спикер", "господин", "госпожа"}


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
        if token.lemma == "обязанность" and i > 0 and tokens[i - 1].feat("VerbForm") == "Part":
            # "с исполняющим обязанности министра ...": the participle's case is the name's
            return tokens[i - 1].feat("Case") or case
        if (token.lemma in {"в", "по"} or token.pos == "NUM") and case is None and i + 1 < first:
            i -= 1  # "консула Ирана в Астрахани", "министра по делам ..."
            continue
        if token.pos == "NOUN" and token.feat("Case") == "Acc" and token.lemma not in heads:
            k = i - 1
            while k >= 0 and tokens[k].pos == "ADJ":
                k -= 1
            if k < 0 or tokens[k].pos != "ADP":
                break  # "передал главе приветствия султана X": a verb's object ends the title
        if (
            # X: a name in Latin letters ("директора Abu Dhabi Ports ...") is the title's
            token.pos in {"NOUN", "ADJ", "PROPN", "X"}
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
        if token.lemma == "и" and i + 1 < first and tokens[i + 1].lemma not in heads:
            i -= 1  # "министра промышленности и торговли": the title's own words
            continue
        break
    before = _before_acting(tokens, i)
    if before is not None:
        # "с и.о. главы МИД ...": the acting officer stands in the case of what governs
        # "и.о.", which the title's own head does not show
        case = PREPOSITION_CASE.get(tokens[before].lemma) if before >= 0 else None
    if case is None and first > 1 and tokens[first - 1].lemma in {"и", ","}:
        # "Адылбека Касымалиева и Кохира Расулзода": the case of the name before
        start = end = first - 1
        while start > 0 and tokens[start - 1].pos == "PROPN" and capital(tokens[start - 1].text):
            start -= 1
        if start < end:
            return name_case(tokens[start:end], title_case(tokens, start))
    if case is None and first > 0 and tokens[first - 1].text.lower() in COURTESY:
        return COURTESY[tokens[first - 1].text.lower()]  # "с г-ном X": the ending tells
    if case is None and first > 0:
        return PREPOSITION_CASE.get(tokens[first - 1].lemma)
    return case


def _before_acting(tokens: Sequence[Token], i: int) -> int | None:
    """The index before "и.о." (one token or four: "и . о .") or "врио" ending at i."""
    if i >= 0 and tokens[i].text.lower() in ACTING:
        return i - 1
    words = [t.text.lower() for t in tokens[max(i - 3, 0) : i + 1]]
    return i - 4 if i >= 3 and words == ["и", ".", "о", "."] else None


@lru_cache(maxsize=50_000)
def _name_word(word: str) -> bool:
    return any(
        {"Name", "Surn", "Patr"} & set(form.tag.grammemes) for form in models().vocab(word.lower())
    )


def titled_place(tokens: Sequence[Token], first: int, last: int) -> bool:
    """A place the tagger found where a title's holder stands: "с директором морского порта
    Бауыржаном Алимовым" reads "порта X" as a port's name. Two or more words the dictionary
    knows as a first name and a surname, no place the gazetteer knows, right after a title
    (its head, then its genitive words)."""
    if last - first < 2 or not all(capital(t.text) for t in tokens[first:last]):
        return False
    if not (_name_word(tokens[first].text) and _name_word(tokens[last - 1].text)):
        return False
    if any(_is_place_word(t) for t in tokens[first:last]):
        return False
    heads = lexicon().post_heads
    k = first - 1
    while k >= 0 and first - k <= 6 and tokens[k].lemma not in heads:
        if tokens[k].pos not in {"ADJ", "NOUN"} or tokens[k].feat("Case") != "Gen":
            return False  # no title's genitive words: "в порту Актау"
        k -= 1
    return k >= 0 and tokens[k].lemma in heads and k < first - 1


def leading_name(tokens: Sequence[Token], first: int, last: int) -> int:
    """Where a person's name ends at the start of a span the tagger took for one organisation
    ("Акылбеком Жапаровым Узбекско-Кыргызский фонд"): a first name and a surname the
    dictionary knows as such; `first` when there is none."""
    end = first
    while (
        end < min(last - 1, first + 3)
        and tokens[end].pos == "PROPN"
        and capital(tokens[end].text)
        and _name_word(tokens[end].text)
    ):
        end += 1
    return end if end - first >= 2 else first


def _glued_place(tokens: Sequence[Token], k: int, stop: int) -> bool:
    """A place run into the name after it ("Латвии Фарид Хасанов"); a first name that is also a
    place ("Доминика Иванова", "Сальвадор Илья") the tagger reads as animate, like the name."""
    if not _is_place_word(tokens[k]):
        return False
    after = tokens[k + 1] if k + 1 < stop else None
    return not (
        after is not None
        and tokens[k].feat("Animacy") == "Anim"
        and after.pos == "PROPN"
        and after.feat("Animacy") == "Anim"
    )


def _between_dashes(tokens: Sequence[Token], i: int) -> bool:
    dashes = {"-", "–", "—"}
    before = i > 1 and tokens[i - 1].text in dashes and tokens[i - 2].text[:1].isupper()
    after = (
        i + 2 < len(tokens) and tokens[i + 1].text in dashes and tokens[i + 2].text[:1].isupper()
    )
    return before or after


def _title_glued(tokens: Sequence[Token], k: int, stop: int) -> bool:
    """A title word the tagger ran into the name; a given name that is a title too
    ("Султан Раев") is a title only before a country ("Султана Омана ...")."""
    if tokens[k].lemma not in lexicon().post_heads:
        return False
    return not given_name(tokens[k].text) or (k + 1 < stop and _is_place_word(tokens[k + 1]))


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
        # "/Анна Петрова - Кабар/": a writer, then the outlet, in a dateline
        if tokens[i].lemma == "и" or tokens[i].text in {",", "-", "–", "—"}:
            if i > start:
                parts.append((start, i))
            start = i + 1
    if last > start:
        parts.append((start, last))
    heads = lexicon().post_heads
    # the tagger sometimes glues a title or its country to the name: "Послу Зафара
    # Хакимова", "Латвии Фарид Хасанов"
    parts = [
        (next((k for k in range(a, b) if not _title_glued(tokens, k, b)), b), b) for a, b in parts
    ]
    parts = [
        (next((k for k in range(a, b) if not _glued_place(tokens, k, b)), b), b) for a, b in parts
    ]
    # "Амир Ханом Муттаки (Моттаки)": the spelling in brackets is no part of the name
    parts = [(a, next((k for k in range(a, b) if tokens[k].text == "("), b)) for a, b in parts]
    parts = [(a, b) for a, b in parts if a < b]
    parts = [cut for a, b in parts for cut in _two_people(tokens, a, b)]
    parts = [(a + (b - a > 1 and _not_a_name(tokens, a)), b) for a, b in parts]
    if parts:
        # "Реджепом Тайипом Эрдоганом": the tagger may leave the first name out of the span
        a, b = parts[0]
        while (
            a > 0
            and tokens[a - 1].pos == "PROPN"
            and tokens[a - 1].text.istitle()
            and (tokens[a - 1].feat("Case") == tokens[a].feat("Case"))
            and tokens[a - 1].lemma not in heads
            and not _not_a_name(tokens, a - 1)
            and a - 1 not in covered
        ):
            a -= 1
        parts[0] = (a, b)
    if parts:
        a, b = parts[0]
        body, label = _body_before_name(tokens, a, b)
        if body > a:
            # "председатель Мажилиса Ерлан Кошанов": what the title heads, then the holder
            yield a, body, Mention("org", label, index, tokens[a].start, tokens[body - 1].stop)
            parts[0] = (body, b)
    for a, b in parts:
        words = tokens[a:b]
        # the tagger sometimes takes a capitalised title ("Чрезвычайным и Полномочным"), a
        # role ("Сопредседатели"), a town or a media name for a person
        if all(
            t.pos == "ADJ" or t.lemma in heads or t.lemma in NOT_NAMES or not capital(t.text)
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


def _body_before_name(tokens: Sequence[Token], a: int, b: int) -> tuple[int, str]:
    """Where the holder's name begins in a span that follows a title's head and opens with a
    body the reader knows ("председателя Халк Маслахаты Гурбангулы Бердымухамедова"): after
    the body's name, when a first name and a surname remain, and the body's name; `a`
    otherwise."""
    if a == 0 or tokens[a - 1].lemma not in lexicon().post_heads:
        return a, ""
    found = body_at(words(" ".join(t.text for t in tokens[a:b])), 0)
    if found is None or b - a - found[0] < 2:
        return a, ""
    return a + found[0], found[2]


# what a word does in the sentence when it is no part of a name ("Далее X сказал")
FUNCTION_RELS = {"advmod", "case", "cc", "mark", "det", "discourse"}
FUNCTION_POS = {"ADV", "ADP", "CCONJ", "SCONJ", "PRON", "DET"}
OPENING = {".", "!", "?", "«", '"', "—", "–", "-", ":", "("}
OBLIQUE = {"Ins", "Gen", "Dat"}


def _not_a_name(tokens: Sequence[Token], i: int) -> bool:
    """A word capitalised for opening the sentence that the tagger ran into the name after
    it: an adverb or a conjunction the dictionary does not know as a name ("Далее X")."""
    token = tokens[i]
    opening = i == 0 or tokens[i - 1].text in OPENING
    role = token.rel in FUNCTION_RELS or token.pos in FUNCTION_POS
    return opening and role and not _name_word(token.text)


def _initial(tokens: Sequence[Token], i: int) -> bool:
    text = tokens[i].text
    return len(text) == 1 and text.isupper() and i + 1 < len(tokens) and tokens[i + 1].text == "."


def _two_people(tokens: Sequence[Token], a: int, b: int) -> list[tuple[int, int]]:
    """Two names run together, one the complement of a preposition, the other the subject
    of the verb after: "с А. Перейрой Ван Мин отметил" (an initial and a surname make a
    whole name), "с Ли Сяопином Баттулга сказал" (a declined name, then one in the
    nominative)."""
    k = a
    while k + 1 < b and _initial(tokens, k):
        k += 2
    if k > a and k + 1 < b and capital(tokens[k + 1].text):
        return [(a, k + 1), (k + 1, b)]
    # the verb after has no subject of its own but the name run into the one before
    verb_after = (
        b < len(tokens)
        and tokens[b].pos in {"VERB", "AUX"}
        and tokens[b].feat("Number") != "Plur"
        and not any(
            t.head == b and t.rel.startswith("nsubj")
            for n, t in enumerate(tokens)
            if not a <= n < b
        )
    )
    for k in range(a + 1, b) if verb_after else ():
        before, here = tokens[k - 1], tokens[k]
        declined = before.feat("Case") in OBLIQUE and before.text.lower() != before.lemma
        if declined and here.feat("Case") == "Nom" and here.text.lower() == here.lemma:
            return [(a, k), (k, b)]
    return [(a, b)]
