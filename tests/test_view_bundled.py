"""The bundled article's page in real headless Chromium: offline, searchable, with evidence."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from diplograph.view.picture import CHROMIUM_FLAGS

CHROMIUM = shutil.which("chromium")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None,
    reason="Chromium is not installed (Debian: apt-get install chromium); browser tests skipped",
)


@pytest.fixture(scope="module")
def page(bundled_build: Path) -> Iterator[tuple[Any, list[str], list[str]]]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        tab = browser.new_page(viewport={"width": 1200, "height": 800})
        errors: list[str] = []
        requests: list[str] = []
        tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        tab.on("pageerror", lambda e: errors.append(str(e)))
        tab.on(
            "request",
            lambda r: (
                None if r.url.startswith(("file:", "data:", "about:")) else requests.append(r.url)
            ),
        )
        tab.goto((bundled_build / "graph.html").as_uri())
        tab.wait_for_function("window.diplograph && diplograph.ready", timeout=30_000)
        yield tab, errors, requests
        browser.close()


@needs_chromium
def test_bundled_page_loads_offline_without_errors(page):
    tab, errors, requests = page
    assert errors == []
    assert requests == []
    assert tab.evaluate("nodes.length") > 10


@needs_chromium
def test_search_finds_nurtleu_and_the_panel_shows_post_and_evidence(page):
    tab, _, _ = page
    tab.fill("#dg-search", "Нуртлеу")
    tab.press("#dg-search", "Enter")
    selected = tab.evaluate("network.getSelectedNodes()")
    assert selected == ["https://w3id.org/diplograph/id/person/murat-nurtleu"]
    panel = tab.inner_text("#dg-panel")
    assert "Мурат Нуртлеу" in panel
    assert "министр иностранных дел" in panel
    # the evidence: a sentence of the article, with the article's title and date
    assert "товарооборот до $1 млрд" in panel or "Мурат Нуртлеу заявил" in panel
    assert "Азербайджан и Казахстан берут курс на миллиард" in panel
    assert "2025-03-11" in panel
    # the post is a fact of its own (dg:PostHolding, linked by org:member): the person's panel
    # lists it with its key values, and the sentence that states it right under it
    assert "должность: министр иностранных дел · страна: Казахстан" in panel
    facts = panel[panel.index("ФАКТЫ") :]
    post = facts.index("должность: министр иностранных дел")
    assert facts.index("Министр иностранных дел Казахстана Мурат Нуртлеу заявил") > post


@needs_chromium
def test_standard_properties_have_short_labels(page):
    tab, _, _ = page
    labels = set(tab.evaluate("edges.map(function (e) { return e.label; })"))
    assert {"занимает", "должность", "страна", "участник"} <= labels
    assert not labels & {"member", "role", "organization"}  # no bare local names


@needs_chromium
def test_english_switch(page):
    tab, errors, _ = page
    tab.check("#dg-english")
    try:
        kz = "https://w3id.org/diplograph/id/country/kazakhstan"
        assert tab.evaluate(f"nodes.get('{kz}').label") == "Kazakhstan"
        labels = set(tab.evaluate("edges.map(function (e) { return e.label; })"))
        assert {"holds", "post", "country", "participant"} <= labels
        assert "country" in tab.inner_text("#dg-legend")
        tab.fill("#dg-search", "Kazakhstan")
        tab.press("#dg-search", "Enter")
        assert tab.evaluate("network.getSelectedNodes()") == [kz]
        panel = tab.inner_text("#dg-panel")
        assert "Kazakhstan" in panel and "holder: Мурат Нуртлеу" in panel
    finally:
        tab.uncheck("#dg-english")
    assert tab.evaluate(f"nodes.get('{kz}').label") == "Казахстан"
    assert errors == []


@needs_chromium
def test_side_bar_leaves_the_graph_uncovered(page):
    tab, _, _ = page
    side = tab.evaluate("document.getElementById('dg-side').getBoundingClientRect().right")
    graph = tab.evaluate("document.getElementById('dg-network').getBoundingClientRect().left")
    assert side <= graph
    # the legend folds away
    tab.click("#dg-legend summary")
    assert tab.evaluate("document.getElementById('dg-legend').open") is False
    tab.click("#dg-legend summary")
    assert tab.evaluate("document.getElementById('dg-legend').open") is True


@needs_chromium
def test_screenshot_is_not_blank(page, tmp_path: Path):
    tab, _, _ = page
    shot = tab.screenshot()
    assert len(shot) > 10_000


@needs_chromium
def test_view_png_writes_a_picture(bundled_build: Path, tmp_path: Path):
    # a process of its own: Playwright's sync API runs one browser session per thread
    import subprocess
    import sys

    png = tmp_path / "graph.png"
    command = [
        sys.executable,
        "-m",
        "diplograph",
        "view",
        str(bundled_build),
        "--png",
        str(png),
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    data = png.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 20_000


def test_view_png_without_chromium_or_playwright_says_what_to_install(
    bundled_build: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    import sys

    from click.testing import CliRunner

    from diplograph.cli import cli
    from diplograph.view import picture

    png = tmp_path / "graph.png"
    monkeypatch.setattr(picture.shutil, "which", lambda name: None)
    result = CliRunner().invoke(cli, ["view", str(bundled_build), "--png", str(png)])
    assert result.exit_code == 1
    assert "apt-get install chromium" in result.output
    assert "Traceback" not in result.output and not png.exists()
    monkeypatch.setattr(picture.shutil, "which", lambda name: "/usr/bin/chromium")
    monkeypatch.setitem(sys.modules, "playwright.sync_api", None)  # import fails
    result = CliRunner().invoke(cli, ["view", str(bundled_build), "--png", str(png)])
    assert result.exit_code == 1
    assert "pip install 'diplograph[png]'" in result.output
    assert not png.exists()
