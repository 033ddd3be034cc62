"""Data shipped with diplograph: the bundled article, the gazetteer, the word lists."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

__all__ = ["BUNDLED_ARTICLE", "data_path", "read_table"]

BUNDLED_ARTICLE = "000_288c03c31fdd8c75.txt"


def data_path(name: str) -> Path:
    return Path(str(files("diplograph.data").joinpath(name)))


def read_table(name: str) -> list[list[str]]:
    """Rows of a tab-separated file; `#` comments, blank lines and the header are skipped."""
    rows = []
    lines = data_path(name).read_text(encoding="utf-8").splitlines()
    header_seen = False
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen and name.endswith(".tsv"):
            header_seen = True
            continue
        rows.append(line.split("\t"))
    return rows
