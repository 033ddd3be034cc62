"""Natasha's taggers and morphological dictionary, loaded once per process; and every reach
into the internals of natasha, navec and slovnet, here and nowhere else.

What leaves this module is plain Python: the models object (its taggers' `map`, the
dictionary's `lemmatize`), and the NER tagger's spans of words already split.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from functools import cache
from typing import Any

__all__ = ["BATCH", "Models", "models", "models_loaded", "tag_entities"]

# sentences per batch of a tagger (Natasha's default is 8): bigger batches cost less per
# sentence (bench/bench_build.py)
BATCH = 32


class Models:
    """Natasha's taggers and morphological dictionary, loaded together."""

    def __init__(self) -> None:
        from natasha import MorphVocab, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser

        embedding = news_embedding()
        self.morph = NewsMorphTagger(embedding)
        self.syntax = NewsSyntaxParser(embedding)
        self.ner = NewsNERTagger(embedding)
        self.vocab = MorphVocab()
        for tagger in (self.morph, self.syntax, self.ner):
            tagger.batch_size = tagger.infer.encoder.batch_size = BATCH


def news_embedding() -> Any:
    """Natasha's news embedding as its taggers read it: its id and its quantized vectors.

    navec also indexes its 250K words and precomputes norms and dot products for word
    similarity: most of the time the models took to load, on every start. The taggers
    use none of it (their word lists are their own), so it is left out; their tags are the
    same (tests/test_scale.py compares them with those of natasha.NewsEmbedding)."""
    from natasha.data import NEWS_EMBEDDING
    from navec import Navec
    from navec.meta import Meta
    from navec.navec import META, PQ_
    from navec.pq import PQ
    from navec.tar import Tar

    class Quantized(PQ):
        def precompute(self) -> None:
            pass

    with Tar(NEWS_EMBEDDING) as tar:
        meta = Meta.from_file(tar.load(META))
        Meta.check_protocol(meta.protocol)
        vectors = Quantized.from_file(tar.load(PQ_))
    return Navec(meta, None, vectors)


@cache
def models() -> Models:
    loaded = Models()
    # The models are millions of long-lived objects; every full collection would walk them
    # again. Frozen, the collector skips them.
    gc.freeze()
    return loaded


def models_loaded() -> bool:
    return models.cache_info().currsize > 0


def tag_entities(tagger: Any, texts: Sequence[str], words: Sequence[list[str]]) -> Iterator[Any]:
    """The NER tagger's spans of each text, from its words as razdel split them here:
    natasha's own call splits every text again, the same way, for nothing."""
    from slovnet.markup import BIOMarkup

    infer, size = tagger.infer, tagger.batch_size
    for start in range(0, len(texts), size):
        batch = words[start : start + size]
        tags = infer.decoder(infer.process(infer.encoder(batch)))
        for text, chunk, tagged in zip(texts[start : start + size], batch, tags, strict=True):
            yield BIOMarkup.from_tuples(zip(chunk, tagged, strict=True)).to_span(text)
