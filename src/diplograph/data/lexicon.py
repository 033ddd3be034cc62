"""Word lists the grammars use: kinds of posts, infrastructure and goods (never facts)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from . import read_table

__all__ = ["Lexicon", "lexicon"]


@dataclass(frozen=True)
class Lexicon:
    post_heads: frozenset[str]
    posts: dict[str, str]  # lemma phrase -> canonical label
    infrastructure: dict[str, str]  # lemma phrase -> ontology class
    commodities: dict[str, str]  # lemma phrase -> label

    def canonical_post(self, lemmas: str) -> str | None:
        return self.posts.get(lemmas)


@cache
def lexicon() -> Lexicon:
    posts = {}
    for label, ways in read_table("posts.tsv"):
        for way in ways.split("|"):
            posts[way.strip()] = label
    heads = frozenset(row[0].strip() for row in read_table("heads.txt"))
    infrastructure = {lemma: cls for lemma, cls in read_table("infrastructure.tsv")}
    commodities = {lemma: label for lemma, label in read_table("commodities.tsv")}
    return Lexicon(heads, posts, infrastructure, commodities)
