"""The same article as plain text, an HTML page, a JSON Lines record and cp1251 bytes gives the
same headline, date, publisher, sentences and competency answers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph

from diplograph.build import build_article_graph
from diplograph.cli import cli
from diplograph.ingest import read_article, read_articles
from diplograph.shacl.ontology import ontology_dir
from diplograph.sparql.dataset import query_text

TITLE = "Туркменистан и Иран договорились нарастить торговлю"
PARAGRAPHS = [
    "Министр иностранных дел Туркменистана Рашид Мередов провел в Тегеране переговоры с "
    "министром иностранных дел Ирана Аббасом Арагчи.",
    "По итогам 2023 года товарооборот между Туркменистаном и Ираном превысил 1,5 млрд долларов. "
    "Стороны намерены довести его до 3 млрд долларов к 2027 году.",
]
TEXT = f"{TITLE}\n12 февраля 2024\n\n" + "\n\n".join(PARAGRAPHS) + "\n\nТурkmen Portal\n"
TEXT = TEXT.replace("Турkmen Portal", "Туркмен Портал")
HTML = f"""<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8">
<title>{TITLE} | Туркмен Портал</title>
<meta property="og:title" content="{TITLE}">
<meta property="og:site_name" content="Туркмен Портал">
<meta property="article:published_time" content="2024-02-12T09:30:00+05:00">
<link rel="canonical" href="https://example.org/news/1">
</head><body>
<nav><a href="/">Главная</a> <a href="/news">Новости</a> <a href="/login">Вход</a></nav>
<article><h1>{TITLE}</h1>
<p>{PARAGRAPHS[0]}</p>
<p>{PARAGRAPHS[1]}</p>
</article>
<aside>Поделиться: ВКонтакте Телеграм</aside>
<footer>© Туркмен Портал, 2024. Все права защищены.<script>var counter = 1;</script></footer>
</body></html>
"""


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("formats")
    paths = {
        "text": folder / "a.txt",
        "html": folder / "a.html",
        "cp1251": folder / "b.txt",
        "jsonl": folder / "a.jsonl",
    }
    paths["text"].write_text(TEXT, encoding="utf-8")
    paths["html"].write_text(HTML, encoding="utf-8")
    paths["cp1251"].write_bytes(TEXT.encode("cp1251"))
    record = {
        "id": "n1",
        "url": "https://example.org/news/1",
        "title": TITLE,
        "date": "2024-02-12",
        "publisher": "Туркмен Портал",
        "text": "\n\n".join(PARAGRAPHS),
    }
    paths["jsonl"].write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return paths


def _article(path: Path):
    (item,) = list(read_articles(path))
    assert not isinstance(item, Exception), item
    return item


@pytest.mark.parametrize("kind", ["html", "cp1251", "jsonl"])
def test_every_format_gives_the_same_article(inputs, kind):
    plain = read_article(inputs["text"])
    other = _article(inputs[kind])
    assert (other.title, other.date, other.publisher) == (plain.title, plain.date, plain.publisher)
    body = [s.text for s in plain.sentences[1:]]
    assert [s.text for s in other.sentences[1:]] == body
    for sentence in other.sentences:
        assert other.text[sentence.start : sentence.stop] == sentence.text


def _answers(path: Path) -> dict[str, list[tuple[str, ...]]]:
    graph = Graph()
    for triple in build_article_graph(path):
        graph.add(triple)
    for ttl in ontology_dir().glob("*.ttl"):
        graph.parse(ttl)
    out = {}
    for name in ("posts", "trade", "meetings"):
        out[name] = sorted(tuple(str(v) for v in row) for row in graph.query(query_text(name)))  # type: ignore[union-attr]
    return out


@pytest.mark.parametrize("kind", ["html", "cp1251", "jsonl"])
def test_every_format_gives_the_same_facts(inputs, kind):
    assert _answers(inputs[kind]) == _answers(inputs["text"])


def test_html_page_keeps_its_url_and_drops_boilerplate(inputs):
    article = _article(inputs["html"])
    assert article.url == "https://example.org/news/1"
    assert "Поделиться" not in article.text and "counter" not in article.text


def test_jsonl_corpus_skips_broken_lines_by_number(tmp_path: Path, inputs):
    good = inputs["jsonl"].read_text(encoding="utf-8").strip()
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        "\n".join([good, "{not json", json.dumps({"title": "без текста"}), good]) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(corpus), "--out", str(out), "--no-html"])
    assert result.exit_code == 0, result.output
    assert "corpus.jsonl:2" in result.output and "corpus.jsonl:3" in result.output
    assert (out / "graph.ttl").exists()


def test_html_without_text_is_refused(tmp_path: Path):
    page = tmp_path / "empty.html"
    page.write_text("<html><head><title>Пусто</title></head><body><nav>Меню</nav></body></html>")
    result = CliRunner().invoke(cli, ["build", str(page), "--out", str(tmp_path / "o")])
    assert result.exit_code != 0
    assert "no article text" in result.output


def test_html_metadata_from_json_ld_and_a_declared_charset(tmp_path: Path):
    # no og: tags, only JSON-LD; the page is cp1251 and says so in an http-equiv meta
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": TITLE,
            "datePublished": "2024-02-12T09:30:00+05:00",
            "publisher": {"@type": "Organization", "name": "Туркмен Портал"},
        },
        ensure_ascii=False,
    )
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
        f'<title>{TITLE} - Туркмен Портал</title><script type="application/ld+json">{ld}</script>'
        "</head><body><header><ul><li>Главная</li><li>Политика</li></ul></header>"
        f"<main><h1>{TITLE}</h1><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p></main>"
        "<footer>© 2024 Туркмен Портал</footer></body></html>"
    )
    path = tmp_path / "page.htm"
    path.write_bytes(page.encode("cp1251"))
    article = read_article(path)
    plain = read_article_text(TEXT)
    assert (article.title, article.date, article.publisher) == (
        TITLE,
        "2024-02-12",
        "Туркмен Портал",
    )
    assert [s.text for s in article.sentences] == [s.text for s in plain.sentences]
    assert article.warnings == ()


def test_html_is_recognised_by_its_start(tmp_path: Path, inputs):
    path = tmp_path / "page.txt"
    path.write_bytes(inputs["html"].read_bytes())
    assert read_article(path).title == TITLE


def test_jsonl_dates_as_sites_print_them_and_a_declared_encoding(tmp_path: Path):
    record = {"id": "n2", "title": TITLE, "date": "12.02.2024", "text": "\n\n".join(PARAGRAPHS)}
    path = tmp_path / "c.jsonl"
    path.write_bytes((json.dumps(record, ensure_ascii=False) + "\n").encode("cp1251"))
    (article,) = list(read_articles(path, encoding="cp1251"))
    assert not isinstance(article, Exception), article
    assert (article.title, article.date, article.url) == (TITLE, "2024-02-12", None)
    assert article.warnings == ("no publisher found; pass --publisher",)
    assert article.sentences[0].text == TITLE


def read_article_text(text: str):
    from diplograph.ingest import parse_article

    return parse_article(text)


def test_jsonl_lines_end_at_newlines_only_and_a_bad_line_costs_only_itself(tmp_path: Path):
    text = "\n\n".join(PARAGRAPHS)
    odd = {"title": TITLE, "date": "2024-02-12", "text": text.replace(". ", ".\u2028", 1)}
    good = {"title": TITLE, "date": "2024-02-12", "text": text}
    path = tmp_path / "c.jsonl"
    path.write_bytes(
        json.dumps(odd, ensure_ascii=False).encode("utf-8")
        + b"\r\n"
        + b'{"text": "\xff\xfe broken"}\n'
        + json.dumps(good, ensure_ascii=False).encode("utf-8")
        + b"\n\n"
    )
    items = list(read_articles(path))
    assert [type(i).__name__ for i in items] == ["Article", "ArticleError", "Article"]
    assert items[1].source == "c.jsonl:2"  # type: ignore[union-attr]
    assert items[0].title == items[2].title == TITLE  # type: ignore[union-attr]
    assert len(items[0].sentences) == len(items[2].sentences)  # type: ignore[union-attr]
