"""A still picture of the graph page, for reports and the README: the real page, drawn by
headless Chromium (Debian's package, driven by Playwright; no browser is downloaded)."""

from __future__ import annotations

import shutil
from pathlib import Path

from ..errors import DiplographError
from ..files import write_atomic

__all__ = ["CHROMIUM_FLAGS", "screenshot"]

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def screenshot(
    page: Path, out: Path, *, width: int = 1400, height: int = 900, fragment: str = ""
) -> None:
    """Open the page from disk, wait until the graph is drawn, write a PNG atomically.

    ``fragment`` is what the page opens on: "#timeline", "#chart=Грузия,Армения" (a country
    pair's turnover chart), or nothing for the graph's overview."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise DiplographError("--png needs Chromium: apt-get install chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise DiplographError("--png needs Playwright: pip install 'diplograph[png]'") from None
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        try:
            tab = browser.new_page(viewport={"width": width, "height": height})
            tab.goto(page.resolve().as_uri() + fragment)
            tab.wait_for_function("window.diplograph && diplograph.ready", timeout=60_000)
            data = tab.screenshot(type="png")
        finally:
            browser.close()
    write_atomic(out, data)
