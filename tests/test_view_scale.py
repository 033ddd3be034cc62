"""The page of a 10^3-article corpus (bench/corpus.py's, built for real): at fit it shows only
labels that read, none over another, every country named; its timeline and charts open."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser import Opened, assert_labels_read, assert_room_kept, launch, needs_chromium

pytestmark = needs_chromium
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def thousand(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """10^3 generated articles built with two jobs: a graph past the size the page draws
    whole, so its page is cut from it in passes (page_graph)."""
    from diplograph.build import build

    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import corpus
    finally:
        sys.path.remove(str(ROOT / "bench"))
    texts = corpus.write_texts(1000, tmp_path_factory.mktemp("thousand-texts"))
    out = tmp_path_factory.mktemp("thousand")
    build(texts, out, jobs=2, warn=lambda _: None)
    return out


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    yield from launch()


def test_a_thousand_articles_read_at_fit(browser: Any, thousand: Path) -> None:
    for size in ((1200, 800), (1000, 700)):
        view = Opened(browser, thousand / "graph.html", size=size, timeout_ms=60_000)
        try:
            boxes = assert_labels_read(view)
            assert_room_kept(view, boxes)
            shown = view.js("diplograph.view()")
            info = "diplograph.page.info"
            countries = set(
                view.js(
                    f"diplograph.view().members.filter(function (id) {{"
                    f" return {info}[id].cls === 'Country'; }})"
                )
            )
            assert len(countries) >= 20
            # the most connected countries are named at fit; the rest as room allows
            ranked = sorted(countries, key=lambda c: (-view.js(f"{info}['{c}'].degree"), c))
            named = {b["id"] for b in boxes}
            assert set(ranked[:20]) <= named
            assert len(countries & named) >= 25
            # bounded whatever the corpus: its countries and a dozen or more of the rest
            assert len(shown["members"]) <= max(len(countries) + 12, 70) and shown["folded"]
            print(f"\n10^3 articles at fit {size}: {len(boxes)} labels, none under 10 px")
            assert view.errors == [] and view.requests == []
        finally:
            view.close()


def test_a_thousand_articles_have_a_timeline_and_charts(browser: Any, thousand: Path) -> None:
    view = Opened(browser, thousand / "graph.html", timeout_ms=60_000, fragment="#timeline")
    try:
        kinds = view.js(
            "Array.from(document.querySelectorAll('[data-tl-class]'))"
            ".map(function (b) { return b.getAttribute('data-tl-class'); })"
        )
        assert {"Meeting", "Signing", "TradeFigure", "TradeFigure:target"} <= set(kinds)
        view.page.click(".dg-tl-pairs button >> nth=0")
        assert view.js("document.querySelectorAll('#dg-tl-chart svg .dg-point').length") >= 2
        assert view.errors == [] and view.requests == []
    finally:
        view.close()
