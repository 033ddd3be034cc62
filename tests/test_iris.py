"""IRIs of things: minted from their names, never shared by two things."""

from __future__ import annotations

import json
import re
from pathlib import Path

from diplograph.build import process
from diplograph.ingest import parse_article
from diplograph.resolve import mint

CORPUS = Path(__file__).parent / "fixtures" / "corpus"


def _name(label: str) -> str:
    """A name up to case, ё and punctuation: what one thing may be written as."""
    return " ".join(re.findall(r"\w+", label.lower().replace("ё", "е")))


def test_names_a_transliteration_would_merge_stay_apart():
    pairs = [("мед", "медь"), ("уголь", "угол"), ("цемент", "тсемент"), ("сыр", "сйр")]
    for a, b in pairs:
        assert mint(a) != mint(b)


def test_one_name_written_differently_is_one_segment():
    assert mint("Газопровод «Турецкий поток»") == mint("газопровод Турецкий поток")
    assert mint("мёд") == mint("Мед")


def test_long_names_cut_for_length_stay_apart():
    head = "соглашение о сотрудничестве в области " * 3
    a, b = mint(head + "энергетики"), mint(head + "транспорта")
    assert a != b
    assert len(a) <= 80 and len(b) <= 80


def test_two_goods_of_one_sentence_are_two_things():
    body = (
        "Грузия поставляет в Армению мед, медь и уголь, а Армения поставляет в Грузию углы "
        "и сыр. Об этом сообщила пресс-служба правительства после заседания."
    )
    resolution = process(parse_article(f"Новости региона: торговля\n2024-04-15\n\n{body}\n"))
    goods = {e.key: e.label for e in resolution.entities if e.kind == "commodity"}
    assert len(set(goods)) == len(set(goods.values())) >= 4


def test_no_two_names_of_the_corpus_share_an_iri():
    names: dict[str, set[str]] = {}
    for path in sorted(CORPUS.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))["cq"]
        for rows in gold.values():
            for row in rows:
                for column, value in row.items():
                    if column.endswith("Label") and isinstance(value, str) and value:
                        names.setdefault(mint(value), set()).add(_name(value))
    shared = {segment: found for segment, found in names.items() if len(found) > 1}
    assert not shared
