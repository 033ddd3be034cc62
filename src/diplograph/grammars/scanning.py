"""Where a grammar needs to look, and how it looks there: the runs of words around an
anchor, and leftmost-longest matches in a short run. Shared by the money and date grammars.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from typing import Any

from yargy.parser import prepare_match, prepare_trees

__all__ = ["candidate_runs", "scan"]

_WORD_RE = re.compile(r"\S+")


def candidate_runs(
    text: str, anchors: re.Pattern[str], is_part: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """Character spans of the whitespace-separated words around each anchor match that
    `is_part` accepts: the only places a grammar needs to look at."""
    words = [(match.start(), match.end(), match.group()) for match in _WORD_RE.finditer(text)]
    starts = [start for start, _, _ in words]
    runs: list[tuple[int, int]] = []
    for anchor in anchors.finditer(text):
        index = bisect_right(starts, anchor.start()) - 1
        if runs and words[index][0] < runs[-1][1]:
            continue  # this anchor's word is already inside the previous run
        first = last = index
        while first > 0 and is_part(words[first - 1][2]):
            first -= 1
        while last + 1 < len(words) and is_part(words[last + 1][2]):
            last += 1
        runs.append((words[first][0], words[last][1]))
    return runs


def scan(
    parser: Any, text: str, can_start: Callable[[str], bool]
) -> Iterator[tuple[int, int, Any]]:
    """Leftmost-longest matches of parser's grammar in a short text: (start, stop, fact).

    Yargy's findall predicts the whole grammar at every token; starting a chart (all=False)
    only at tokens whose text `can_start` a match is several times cheaper on the short runs
    candidate_runs gives."""
    position = 0
    for token in parser.tokenizer(text):
        start = token.span.start
        if start < position or not can_start(token.value):
            continue
        chart = parser.chart(text[start:], all=False)
        best = max(chart.matches(parser.rule), key=lambda state: state.range[1], default=None)
        match = prepare_match(next(prepare_trees([best]))) if best is not None else None
        if match is not None:
            position = start + match.span.stop
            yield start + match.span.start, position, match.fact
