"""Ingest on the project's own corpus: each article's headline, publisher and date (the
`sources` row of its gold) as read_article finds them, matched the way the scorer matches."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplograph.ingest import read_article
from diplograph.score.match import value_matches

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
ARTICLES = sorted(CORPUS.glob("[0-9][0-9][0-9]_*.txt"))
COLUMNS = {"articleTitle": "title", "publisherLabel": "publisher", "date": "date"}


def _gold(article: Path) -> dict[str, str]:
    gold = json.loads(article.with_name(article.stem + ".gold.json").read_text(encoding="utf-8"))
    (row,) = gold["cq"]["sources"]
    return row


def test_the_corpus_is_there():
    assert len(ARTICLES) >= 24


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_title_publisher_and_date_match_the_gold(path: Path):
    article = read_article(path)
    gold = _gold(path)
    for column, field in COLUMNS.items():
        expected = gold.get(column) or ""
        found = getattr(article, field)
        if expected:
            assert value_matches(column, expected, found or ""), (column, expected, found)
    for sentence in article.sentences:
        assert article.text[sentence.start : sentence.stop] == sentence.text
    if article.title is not None:
        assert article.sentences[0].text == article.title


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_a_correspondent_is_not_a_publisher(path: Path):
    # "Душанбе, 22 февраля. /Корр./." names the writer, not the publisher
    publisher = read_article(path).publisher or ""
    assert not publisher.lower().startswith("корр"), publisher
