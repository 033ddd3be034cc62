"""Stage 2: Article -> Analysis, with Natasha (tokens, morphology, syntax, NER, lemmas).

The models are loaded once per process, on first use: commands that need no NLP (query,
validate, serve, view) never pay for them. Natasha's own types stay inside this module: what
leaves it are the project's Token and Span records.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cache, lru_cache
from typing import Any

from razdel import tokenize

from ..records import Analysis, AnalyzedSentence, Article, Sentence, Span, Token

__all__ = [
    "Models",
    "analyze",
    "analyze_many",
    "models",
    "models_loaded",
    "nominative",
    "person_name",
    "unload_models",
]

# sentences per batch of a tagger (Natasha's default is 8): 32 is ~10% faster per sentence
BATCH = 32

CAPS_WORD = re.compile(r"^[А-ЯЁA-Z][А-ЯЁA-Z\-]{3,}$")


class Models:
    """Natasha's taggers and morphological dictionary, loaded together."""

    def __init__(self) -> None:
        from natasha import MorphVocab, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser

        embedding = _news_embedding()
        self.morph = NewsMorphTagger(embedding)
        self.syntax = NewsSyntaxParser(embedding)
        self.ner = NewsNERTagger(embedding)
        self.vocab = MorphVocab()
        for tagger in (self.morph, self.syntax, self.ner):
            tagger.batch_size = tagger.infer.encoder.batch_size = BATCH


def _news_embedding() -> Any:
    """Natasha's news embedding as its taggers read it: its id and its quantized vectors.

    navec also indexes its 250K words and precomputes norms and dot products for word
    similarity: 0.45 s of the 0.75 s the models took to load, on every start. The taggers
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
    # again (~0.3 s each, a few per 100 articles). Frozen, the collector skips them.
    gc.freeze()
    return loaded


def models_loaded() -> bool:
    return models.cache_info().currsize > 0


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


def _ner(tagger: Any, texts: Sequence[str], words: Sequence[list[str]]) -> Iterator[Any]:
    """The NER tagger's spans of each text, from its words as razdel split them here:
    natasha's own call splits every text again, the same way (~4% of a build's time)."""
    from slovnet.markup import BIOMarkup

    infer, size = tagger.infer, tagger.batch_size
    for start in range(0, len(texts), size):
        batch = words[start : start + size]
        tags = infer.decoder(infer.process(infer.encoder(batch)))
        for text, chunk, tagged in zip(texts[start : start + size], batch, tags, strict=True):
            yield BIOMarkup.from_tuples(zip(chunk, tagged, strict=True)).to_span(text)


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
    ners = _unsorted(_ner(m.ner, [texts[i] for i in order], [chunks[i] for i in order]), order)
    for sentence, text, ws, morph, tree, ner in zip(
        sentences, texts, words, morphs, trees, ners, strict=True
    ):
        tokens = []
        for (start, stop, word), tag, node in zip(ws, morph.tokens, tree.tokens, strict=True):
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
                    head=int(node.head_id) - 1,
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


# Endings of inflected masculine names the dictionary does not know ("Хаканом Фиданом",
# "Саидовым", "Мирзиёева"): case -> (ending, replacement), longest first.
NAME_ENDINGS = {
    "Ins": (
        ("ским", "ский"),
        ("овым", "ов"),
        ("евым", "ев"),
        ("ёвым", "ёв"),
        ("иным", "ин"),
        ("ом", ""),
        ("ем", ""),
        ("ём", ""),
    ),
    "Gen": (
        ("ского", "ский"),
        ("ова", "ов"),
        ("ева", "ев"),
        ("ёва", "ёв"),
        ("ина", "ин"),
        ("а", ""),
        ("я", "й"),
    ),
    "Acc": (
        ("ского", "ский"),
        ("ова", "ов"),
        ("ева", "ев"),
        ("ёва", "ёв"),
        ("ина", "ин"),
        ("а", ""),
        ("я", "й"),
    ),
    "Dat": (("скому", "ский"), ("ову", "ов"), ("еву", "ев"), ("ину", "ин"), ("у", ""), ("ю", "й")),
    "Loc": (("ском", "ский"), ("ове", "ов"), ("еве", "ев"), ("ине", "ин"), ("е", "")),
}
FEMININE_ENDINGS = {
    "Ins": (("ской", "ская"), ("овой", "ова"), ("евой", "ева"), ("иной", "ина"), ("ой", "а")),
    "Gen": (("ской", "ская"), ("овой", "ова"), ("евой", "ева"), ("иной", "ина"), ("ы", "а")),
    "Acc": (("скую", "ская"), ("ову", "ова"), ("еву", "ева"), ("ину", "ина"), ("у", "а")),
    "Dat": (("ской", "ская"), ("овой", "ова"), ("евой", "ева"), ("иной", "ина"), ("е", "а")),
}


def person_name(tokens: Sequence[Token], case: str | None = None) -> str:
    """A person's name in the nominative, spelled as the text spells it ("Бахтиёр").

    The dictionary inflects the names it knows; for the others ("Хаканом Фиданом") the
    endings of Russian name declension are undone, by the case and gender the tagger gave.
    `case` is the case of the title the name stands in apposition to ("с министром ...
    Хаканом Фиданом"), which the tagger sometimes gets right where the name is unknown."""
    vocab = models().vocab
    words = []
    # the parts of one name agree in case: a known surname's case tells the unknown name's
    span_case = next((t.feat("Case") for t in tokens if t.feat("Case") not in (None, "Nom")), None)
    title_nominative = case == "Nom"
    case = case or span_case
    for token in tokens:
        word = token.text
        own = token.feat("Case")
        if title_nominative:
            pass  # "Заместитель премьер-министра ... Сулаймон Давлатзода": already nominative
        elif own in (None, "Nom") and case not in (None, "Nom"):
            word = _undo_ending(token, case) or word
        elif own not in (None, "Nom") and token.pos in {"PROPN", "NOUN", "ADJ"}:
            word = _inflect_name(vocab, token) or _undo_ending(token, own) or word
        words.append(_shape_like(word, token.text))
    return " ".join(words)


def _shape_like(word: str, original: str) -> str:
    """Capitals where the text had them: "касым-жомарт" -> "Касым-Жомарт"."""
    parts = word.split("-")
    shapes = original.split("-")
    if len(parts) != len(shapes):
        return word[:1].upper() + word[1:]
    return "-".join(
        p[:1].upper() + p[1:] if s[:1].isupper() else p for p, s in zip(parts, shapes, strict=True)
    )


def _inflect_name(vocab: Any, token: Token) -> str | None:
    for form in vocab(token.text.lower()):
        if not ({"Name", "Surn", "Patr"} & set(form.tag.grammemes)):
            continue
        if form.feats.get("Case") != token.feat("Case"):
            continue
        nominative = form.inflect({"Nom"})
        if nominative is not None:
            word = str(nominative.word)
            return word if "ё" in token.text.lower() else word.replace("ё", "е")
    return None


def _undo_ending(token: Token, case: str) -> str | None:
    table = FEMININE_ENDINGS if token.feat("Gender") == "Fem" else NAME_ENDINGS
    word = token.text
    for ending, replacement in table.get(case, ()):
        if word.lower().endswith(ending) and len(word) - len(ending) >= 2:
            return word[: len(word) - len(ending)] + replacement
    return None


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
    forms = []
    for i, token in enumerate(tokens):
        head = token.head - first
        gap = token.start - tokens[i - 1].stop if i else 0
        head = head if 0 <= head < len(tokens) else -1
        forms.append((token.text, token.pos, token.feats, head, gap))
    return _nominative(tuple(forms), syntax)


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
