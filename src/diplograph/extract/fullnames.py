"""One label per person across an article: a short form of a name written in full elsewhere
takes the full name, so that every fact about that person names the same node.

Two short forms the surname agreement of `same_person` does not cover: a name written with
initials ("С.В. Петров", "М. Абылкасымова") after or before the first name in full ("Сергей
Петров"), and a name of one word that is the first word of a full name, as news calls people
whose family name stands first or who are known by their given name ("министр Ямада" for
"Ямада Таро", "заместитель премьер-министра Баярсайхан" for "Баярсайхан Тумэн", "король
Салман" for "Салман бен Абдель Азиз"). A short form that fits two full names stays as it is.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from .names import same_person

__all__ = ["full_forms"]


def _initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1


def _words(label: str) -> list[str]:
    return label.lower().replace("ё", "е").split()


def _first_word_of(short: str, full: str) -> bool:
    """ "Ямада" is the first word of "Ямада Таро" (in any case form the labels agree on)."""
    one, two = _words(short), _words(full)
    if len(one) != 1 or len(two) < 2:
        return False
    return same_person(one[0], two[0])  # agreement of two single words: one name's forms


def _full_form(label: str, full: list[str], counts: Counter[str]) -> str | None:
    words = label.split()
    if len(words) > 1 and _initial(words[0]):
        found = [f for f in full if same_person(label, f)]
    elif len(words) == 1:
        if any(same_person(label, f) for f in full):
            return None  # a surname: the surname agreement already makes it one person
        found = [f for f in full if _first_word_of(label, f)]
    else:
        return None
    if not found or not all(same_person(a, b) for a in found for b in found):
        return None  # none, or two different people it could be
    return max(found, key=lambda f: (len(f.split()), counts[f], f))


def full_forms(labels: Sequence[str]) -> dict[str, str]:
    """The full name each short form among an article's person labels (one per mention)
    stands for; labels that stay as they are are left out."""
    counts = Counter(labels)
    full = sorted(
        label for label in counts if len(label.split()) > 1 and not _initial(label.split()[0])
    )
    out = {}
    for label in sorted(counts):
        better = _full_form(label, full, counts) if full else None
        if better is not None and better != label:
            out[label] = better
    return out
