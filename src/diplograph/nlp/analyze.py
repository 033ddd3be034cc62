"""Stage 2, nlp: Article -> Analysis, with Natasha (tokens, morphology, syntax, NER, lemmas).

The models are loaded once per process, on first use: commands that need no NLP (query,
validate, serve, view) never pay for them. Natasha's own types stay inside this package:
what leaves it are the project's Token and Span records.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from razdel import tokenize

from ..records import Analysis, AnalyzedSentence, Article, Sentence, Span, Token
from .names import _nominative, nominative
from .taggers import models, tag_entities

__all__ = ["analyze", "analyze_many", "analyze_sentences", "unload_models"]

CAPS_WORD = re.compile(r"^[А-ЯЁA-Z][А-ЯЁA-Z\-]{3,}$")


def unload_models() -> None:
    """Give the models' memory back: a build's main process, once its workers have forked
    with them, needs them no more, and every process it forks later would carry them."""
    models.cache_clear()
    _lemma.cache_clear()
    _nominative.cache_clear()
    gc.unfreeze()
    gc.collect()


def _recase(text: str) -> str:
    """Headlines in capitals ("ИТОГИ ВСТРЕЧИ БАЙРАМОВА") defeat the taggers; the same length
    in ordinary case keeps every offset valid."""
    words = text.split()
    if sum(1 for w in words if CAPS_WORD.match(w)) < 3:
        return text

    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        if len(word) <= 3 and word not in {"И", "В", "НА", "ПО", "С", "О", "ИЗ"}:
            return word  # an acronym: МИД, США, ООН
        return word.capitalize() if len(word) > 3 else word.lower()

    return re.sub(r"[А-ЯЁA-Z][А-ЯЁA-Z\-]+", fix, text)


@lru_cache(maxsize=200_000)
def _lemma(word: str, pos: str, feats: tuple[tuple[str, str], ...]) -> str:
    """Lemmas repeat across a corpus ("министр", "товарооборот"): computed once per form."""
    return str(models().vocab.lemmatize(word, pos, dict(feats)))


def analyze(article: Article) -> Analysis:
    """Run the taggers over all sentences of an article in one batch."""
    return Analysis(article, tuple(analyze_sentences(article.sentences)))


def analyze_many(articles: Sequence[Article]) -> list[Analysis]:
    """analyze for several articles at once: their sentences go through each tagger in
    batches of BATCH, where one article alone fills a batch of 8 or so (each sentence is
    tagged on its own either way: the same tags)."""
    analysed = list(analyze_sentences([s for a in articles for s in a.sentences]))
    out, start = [], 0
    for article in articles:
        stop = start + len(article.sentences)
        out.append(Analysis(article, tuple(analysed[start:stop])))
        start = stop
    return out


def _unsorted(results: Iterable[Any], order: Sequence[int]) -> list[Any]:
    """Results given in `order` back in the original order."""
    out: list[Any] = [None] * len(order)
    for position, result in zip(order, results, strict=True):
        out[position] = result
    return out


# relations of a word that only modifies its head
MODIFIER_RELS = {"amod", "det", "case", "punct", "cc", "mark", "advmod", "nummod", "flat"}
MODIFIER_RELS |= {"flat:name", "fixed", "compound", "aux", "cop", "appos"}


def acyclic(heads: list[int], rels: Sequence[str] = ()) -> list[int]:
    """The parser sometimes makes a cycle ("имеющим" -> "морю" -> "выхода" -> "имеющим"),
    or a word its own head, which no root reaches: every walk up the tree must end, so the
    loop is cut and hangs from the root. A sentence whose words all sit in cycles has no root
    at all: its first word becomes the root."""
    out = [h if 0 <= h < len(heads) else -1 for h in heads]
    if not out:
        return out
    root = next((i for i, h in enumerate(out) if h < 0), None)
    if root is None:
        root = 0
        out[0] = -1
    while True:
        below: list[list[int]] = [[] for _ in out]
        for i, h in enumerate(out):
            if h >= 0:
                below[h].append(i)
        reached = {i for i, h in enumerate(out) if h < 0}
        stack = list(reached)
        while stack:
            for child in below[stack.pop()]:
                if child not in reached:
                    reached.add(child)
                    stack.append(child)
        lost = next((i for i in range(len(out)) if i not in reached), None)
        if lost is None:
            return out
        # the loop above the first lost word: cut it where a phrase, not a word that only
        # modifies one ("железнодорожного" <-> "участка": the noun), hangs from the root
        path = [lost]
        while out[path[-1]] not in path:
            path.append(out[path[-1]])
        loop = path[path.index(out[path[-1]]) :]
        phrases = [k for k in loop if rels and rels[k] not in MODIFIER_RELS]
        out[min(phrases or loop)] = root


def analyze_sentences(sentences: Iterable[Sentence]) -> Iterable[AnalyzedSentence]:
    m = models()
    sentences = list(sentences)
    texts = [_recase(s.text) for s in sentences]
    words = [[(t.start, t.stop, t.text) for t in tokenize(text)] for text in texts]
    chunks = [[w for _, _, w in ws] for ws in words]
    # a batch is padded to its longest sentence: sentences of like length batch together
    order = sorted(range(len(chunks)), key=lambda i: len(chunks[i]))
    morphs = _unsorted(m.morph.map([chunks[i] for i in order]), order)
    trees = _unsorted(m.syntax.map([chunks[i] for i in order]), order)
    ners = _unsorted(
        tag_entities(m.ner, [texts[i] for i in order], [chunks[i] for i in order]), order
    )
    for sentence, text, ws, morph, tree, ner in zip(
        sentences, texts, words, morphs, trees, ners, strict=True
    ):
        tokens = []
        heads = acyclic(
            [int(node.head_id) - 1 for node in tree.tokens], [n.rel for n in tree.tokens]
        )
        for (start, stop, word), tag, node, head in zip(
            ws, morph.tokens, tree.tokens, heads, strict=True
        ):
            feats = tuple(sorted((tag.feats or {}).items()))
            lemma = _lemma(word, tag.pos, feats)
            tokens.append(
                Token(
                    start=sentence.start + start,
                    stop=sentence.start + stop,
                    text=sentence.text[start:stop],
                    lemma=lemma.replace("ё", "е"),
                    pos=tag.pos,
                    feats=feats,
                    head=head,
                    rel=node.rel,
                )
            )
        spans = []
        for span in ner.spans:
            lo, hi = sentence.start + span.start, sentence.start + span.stop
            positions = [i for i, t in enumerate(tokens) if t.start >= lo and t.stop <= hi]
            if not positions:
                continue
            inside = tokens[positions[0] : positions[-1] + 1]
            normal = nominative(inside, positions[0], syntax=span.type == "ORG")
            spans.append(
                Span(
                    start=sentence.start + span.start,
                    stop=sentence.start + span.stop,
                    type=span.type,
                    text=text[span.start : span.stop],
                    normal=normal,
                )
            )
        yield AnalyzedSentence(sentence, tuple(tokens), tuple(spans))
