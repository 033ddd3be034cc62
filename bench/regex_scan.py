"""By hand: every compiled pattern of the ingest and grammar modules on long hostile lines
(no spaces, one letter repeated, separators repeated) at two sizes; a pattern whose time grows
much faster than its input is printed. Timing lives here, never in tests."""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
import time

import diplograph.grammars
import diplograph.ingest

SIZES = (4_000, 16_000)
UNITS = ["ж", "Ж", "a", "A", "1", " ", ".", "ж.", " |", "Аа ", "ж ", "«", "-", "/", "ж-", "Ж "]


def patterns() -> list[tuple[str, re.Pattern[str]]]:
    found = []
    for package in (diplograph.ingest, diplograph.grammars):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for name, value in vars(module).items():
                if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                    found.append((f"{module.__name__}.{name}", value))
    return found


def cost(pattern: re.Pattern[str], text: str) -> float:
    best = float("inf")
    for _ in range(3):  # the least of three: the machine is shared
        start = time.perf_counter()
        pattern.search(text)
        pattern.match(text)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    worst = 0.0
    for name, pattern in patterns():
        for unit in UNITS:
            small = cost(pattern, unit * (SIZES[0] // len(unit)))
            if small > 0.05:
                said = f"{name} {unit!r}: {small:.2f} s at {SIZES[0]}: skipped the bigger one"
                print(said, flush=True)
                continue
            big = cost(pattern, unit * (SIZES[1] // len(unit)))
            ratio = big / max(small, 1e-5)
            worst = max(worst, big)
            if big > 0.005 and ratio > 8:
                print(f"{name} {unit!r}: {small:.4f} s -> {big:.4f} s (x{ratio:.0f})", flush=True)
    print(f"slowest at {SIZES[1]} characters: {worst:.4f} s")
    sys.exit(0)


if __name__ == "__main__":
    main()
