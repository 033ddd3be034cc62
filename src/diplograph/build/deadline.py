"""A time limit on one article's extraction, so that one page the rules cannot finish costs
that page, never the whole corpus.

The rules walk parses a parser can get wrong in ways no test foresaw (a sentence of cycles
once made a 2 KB page run for minutes); a limit in proportion to the article's length turns
such a page into one skipped article with its reason. The limit is a real-time alarm, so it
is armed only where signals can be taken: the main thread of a process (the building process
and each --jobs worker); on a Dask worker's thread the article runs unlimited.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

__all__ = ["OvertimeError", "extraction_seconds", "time_limit"]

# generous: a long article of 100,000 characters gets 160 s, ten times what it needs
BASE_SECONDS = 60.0
SECONDS_PER_THOUSAND_CHARS = 1.0


class OvertimeError(Exception):
    """The work ran past its time limit."""


def extraction_seconds(chars: int) -> float:
    return BASE_SECONDS + SECONDS_PER_THOUSAND_CHARS * chars / 1000


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise OvertimeError in the block once `seconds` have passed (where signals are taken)."""
    if threading.current_thread() is not threading.main_thread() or seconds <= 0:
        yield
        return

    def _overtime(signum: int, frame: FrameType | None) -> None:
        raise OvertimeError(f"took over {seconds:.0f} s")

    previous = signal.signal(signal.SIGALRM, _overtime)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
