"""The progress line of a build on a terminal: articles done, rate and ETA."""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from pathlib import Path

__all__ = ["Progress", "count_articles"]


def count_articles(paths: Sequence[str | Path]) -> int:
    """Articles to expect, for the progress line: one per file, one per line of a .jsonl."""
    total = 0
    for path in paths:
        path = Path(path)
        if path.suffix.lower() == ".jsonl" and path.is_file():
            total += _lines(path)
        else:
            total += 1
    return total


class Progress:
    """Articles done, rate and ETA on one terminal line; silent when stderr is not a terminal."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total = total
        self.enabled = enabled and sys.stderr.isatty()
        self.start = time.monotonic()
        self.done = 0

    def step(self) -> None:
        self.done += 1
        if not self.enabled:
            return
        elapsed = max(time.monotonic() - self.start, 1e-6)
        rate = self.done / elapsed
        eta = max(self.total - self.done, 0) / rate if rate else 0
        sys.stderr.write(f"\r{self.done}/{self.total} articles, {rate:.1f}/s, ETA {eta:.0f} s ")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled and self.done:
            sys.stderr.write("\n")


def _lines(path: Path) -> int:
    """Lines of a corpus, counted in pieces of a megabyte: one huge record is not read whole."""
    count, last = 0, b"\n"
    try:
        with path.open("rb") as f:
            while chunk := f.read(1 << 20):
                count += chunk.count(b"\n")
                last = chunk[-1:]
    except OSError:
        return 1  # the reader names why it cannot be read
    return count + (last != b"\n")
