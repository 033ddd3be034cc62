"""Phrases in the nominative: "фонда прямых инвестиций" -> "фонд прямых инвестиций".
(People's names have their own rules: extract/names.py.)"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from ..records import Token
from .taggers import models

__all__ = ["nominative"]


class _Word:
    """The shape natasha.norm expects of a token."""

    def __init__(self, index: int, head: int, start: int, form: _Form) -> None:
        self.id = index
        self.head_id = head
        self.start = start
        self.stop = start + len(form[0])
        self.text, self.pos = form[0], form[1]
        self.feats = dict(form[2])


# a word of a phrase as normalisation sees it: text, POS, features, head within the phrase,
# spaces before it; no offsets, so that one phrase in two sentences is one cache entry
_Form = tuple[str, str, tuple[tuple[str, str], ...], int, int]


def nominative(tokens: Sequence[Token], first: int, *, syntax: bool = True) -> str:
    """A contiguous phrase in the nominative; `first` is its first token's sentence index.

    With syntax, only the head and the words agreeing with it change ("фонда прямых
    инвестиций" -> "фонд прямых инвестиций"); without, every word does (names:
    "Мурата Нуртлеу" -> "Мурат Нуртлеу").
    """
    if not tokens:
        return ""
    heads = [t.head - first if 0 <= t.head - first < len(tokens) else -1 for t in tokens]
    heads = _one_root(tokens, heads)
    forms = []
    for i, token in enumerate(tokens):
        gap = token.start - tokens[i - 1].stop if i else 0
        forms.append((token.text, token.pos, token.feats, heads[i], gap))
    return _nominative(tuple(forms), syntax)


def _one_root(tokens: Sequence[Token], heads: list[int]) -> list[int]:
    """The phrase's heads with one root: its first noun. A word the parse hangs outside the
    phrase ("управления по делам энергетики" with "делам" under the verb) is no second root
    to inflect: it hangs from the word before it, or, an adjective before the noun, from it."""
    roots = [i for i, h in enumerate(heads) if h < 0]
    if len(roots) < 2:
        return heads
    root = next((i for i in roots if tokens[i].pos in {"NOUN", "PROPN"}), roots[0])
    out = list(heads)
    for i in roots:
        if i != root:
            out[i] = root if i < root and tokens[i].pos == "ADJ" else max(i - 1, 0)
    if out[root] >= 0:
        out[root] = -1
    return out


@lru_cache(maxsize=100_000)
def _nominative(forms: tuple[_Form, ...], syntax: bool) -> str:
    """Phrases repeat across a corpus ("министр иностранных дел"): inflected once each."""
    from natasha.norm import normalize, syntax_normalize

    words: list[Any] = []
    start = 0
    for i, form in enumerate(forms):
        start += form[4]
        words.append(_Word(i, form[3], start, form))
        start += len(form[0])
    method = syntax_normalize if syntax else normalize
    return str(method(models().vocab, words))
