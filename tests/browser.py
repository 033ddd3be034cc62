"""Pages opened in real headless Chromium, for the page tests: every console error and every
request that leaves the disk recorded, and the drawn labels measured from what the page drew."""

from __future__ import annotations

import shutil
import time
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
LOCAL_SCHEMES = ("file:", "data:", "about:")
READY = "window.network !== undefined && window.diplograph && diplograph.ready"


def launch() -> Iterator[Any]:
    """A Chromium for a module's tests (Playwright's sync API: one per thread)."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


class Opened:
    """A page opened from disk, with every console error and non-local request recorded."""

    def __init__(
        self,
        browser: Any,
        path: Path,
        timeout_ms: int = 30_000,
        size: tuple[int, int] = (1000, 700),
        fragment: str = "",
    ) -> None:
        self.page = browser.new_page(viewport={"width": size[0], "height": size[1]})
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on(
            "request",
            lambda r: None if r.url.startswith(LOCAL_SCHEMES) else self.requests.append(r.url),
        )
        start = time.perf_counter()
        self.page.goto(path.as_uri() + fragment)
        self.page.wait_for_function(READY, timeout=timeout_ms)
        self.seconds = time.perf_counter() - start

    def js(self, expression: str) -> Any:
        return self.page.evaluate(expression)

    def close(self) -> None:
        self.page.close()


# The boxes of the labels the page drew in its last frame, measured here from what vis-network
# says of the drawing (node positions, the canvas scale, node sizes) and from text widths this
# script measures itself at each label's font: not from the boxes the page placed.
_LABEL_BOXES = """() => {
  var spec = diplograph.label, scale = network.getScale(), drawn = diplograph.labelled();
  var pos = network.getPositions(drawn.map(function (d) { return d.id; }));
  var ctx = document.createElement("canvas").getContext("2d");
  var frame = document.getElementById("dg-network").getBoundingClientRect();
  return drawn.map(function (d) {
    ctx.font = (d.bold ? "600 " : "") + d.px + "px " + spec.font;
    var w = 0;
    d.lines.forEach(function (l) { w = Math.max(w, ctx.measureText(l).width); });
    var at = network.canvasToDOM(pos[d.id]);
    var top = at.y + nodes.get(d.id).size * scale + spec.gap;
    var h = d.lines.length * Math.round(d.px * spec.line);
    return {id: d.id, text: d.lines.join(" "), px: d.px, x0: at.x - w / 2, x1: at.x + w / 2,
            y0: top, y1: top + h, width: frame.width, height: frame.height};
  });
}"""


def label_boxes(view: Opened) -> list[dict[str, Any]]:
    view.js("network.redraw()")
    boxes: list[dict[str, Any]] = view.js(_LABEL_BOXES)
    return boxes


def overlapping(boxes: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """Pairs of label boxes that share more than a hair of the canvas."""
    found = []
    ordered = sorted(boxes, key=lambda b: b["x0"])
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if b["x0"] >= a["x1"] - 0.5:
                break
            if min(a["y1"], b["y1"]) - max(a["y0"], b["y0"]) > 0.5:
                found.append((a["text"], b["text"]))
    return found


def assert_labels_read(view: Opened, smallest: float = 10.0) -> list[dict[str, Any]]:
    """Every drawn label is at least `smallest` pixels high, inside the canvas, and no two
    overlap. Returns the boxes."""
    boxes = label_boxes(view)
    assert boxes, "no label is drawn"
    small = [(b["text"], b["px"]) for b in boxes if b["px"] < smallest]
    assert not small, small
    outside = [b["text"] for b in boxes if b["x0"] < -0.5 or b["x1"] > b["width"] + 0.5]
    outside += [b["text"] for b in boxes if b["y0"] < -0.5 or b["y1"] > b["height"] + 0.5]
    assert not outside, outside
    assert not overlapping(boxes), overlapping(boxes)
    return boxes


def assert_room_kept(view: Opened, boxes: list[dict[str, Any]]) -> None:
    """Every label the layout gave room to at fit (the first in the view's order) is drawn."""
    laid = view.js("diplograph.laid()")
    roomy = {n for n, item in zip(laid["order"], laid["items"], strict=True) if item["w"]}
    assert roomy, "no label was given room"
    assert roomy <= {b["id"] for b in boxes}, roomy - {b["id"] for b in boxes}
