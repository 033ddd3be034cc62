"""The README's pictures of the timeline and the turnover chart, for the bundled article
(graphs/) and for the project's own corpus (tests/fixtures/corpus, built into a temporary
folder). Run by hand after the page changes (needs Debian's chromium and Playwright):

    .venv/bin/python scripts/screenshots.py

Writes docs/graph.png (the bundled article's overview), docs/timeline.png, docs/chart.png,
docs/corpus-timeline.png, docs/corpus-chart.png.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from diplograph.build import build
from diplograph.view.picture import screenshot

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
# a pair of each graph with a stated turnover and a target
BUNDLED_PAIR = "Азербайджан,Казахстан"
CORPUS_PAIR = "Казахстан,Китай"


def pictures(page: Path, prefix: str, pair: str) -> None:
    for name, fragment in (("timeline", "#timeline"), ("chart", f"#chart={pair}")):
        out = DOCS / f"{prefix}{name}.png"
        screenshot(page, out, width=1400, height=900, fragment=fragment)
        print(f"wrote {out.relative_to(ROOT)}")


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        screenshot(ROOT / "graphs" / "graph.html", DOCS / "graph.png", width=1400, height=900)
        print("wrote docs/graph.png")
        pictures(ROOT / "graphs" / "graph.html", "", BUNDLED_PAIR)
        articles = sorted((ROOT / "tests" / "fixtures" / "corpus").glob("[0-9][0-9][0-9]_*.txt"))
        build(articles, Path(folder) / "corpus", jobs=2, warn=lambda _: None)
        pictures(Path(folder) / "corpus" / "graph.html", "corpus-", CORPUS_PAIR)
    return 0


if __name__ == "__main__":
    sys.exit(main())
