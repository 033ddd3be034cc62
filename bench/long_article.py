"""A real-looking article of about 1 MB, made of the project's own fixture sentences: a
headline, a date, then paragraphs of four sentences each drawn from the fixture articles of
tests/fixtures/corpus (the same seed gives the same bytes). The ingest caps must let it
through, and `build` must finish it:

    python bench/long_article.py /tmp/long.txt
    time diplograph build /tmp/long.txt --out /tmp/long
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from razdel import sentenize

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "corpus"


def sentences() -> list[str]:
    found: list[str] = []
    for path in sorted(CORPUS.glob("*.txt")):
        paragraphs = path.read_text(encoding="utf-8").split("\n\n")[1:]  # not the headline
        for paragraph in paragraphs:
            found += [s.text for s in sentenize(paragraph) if len(s.text.split()) >= 6]
    return found


def long_article(size: int = 1_000_000, seed: int = 1) -> str:
    pool = sentences()
    pick = random.Random(seed)
    parts = ["Итоги года: переговоры, торговля и транспорт в регионе", "11 марта 2025", ""]
    length = sum(len(p.encode("utf-8")) + 1 for p in parts)
    while length < size:
        paragraph = " ".join(pick.sample(pool, 4))
        parts += [paragraph, ""]
        length += len(paragraph.encode("utf-8")) + 2
    return "\n".join(parts)


if __name__ == "__main__":
    Path(sys.argv[1]).write_text(long_article(), encoding="utf-8")
