"""Where each node is drawn: a force layout computed here, with a fixed seed.

Physics stays off in the browser: a browser-side stabilisation of a few thousand nodes takes
minutes, while positions given up front make a 10^4-node page interactive in seconds
(bench/bench_view.py), and the page is byte-identical for the same graph. Small graphs are
then spread until no two labels overlap.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np

from .selection import Net

_SEED = 20250311
# Nodes per component up to which repulsion is exact; beyond, it is estimated from a sample.
EXACT_REPULSION = 600
_REPULSION_SAMPLE = 160
_WIDER = 1.4  # components are laid out this much wider than tall


def _force_layout(n: int, pairs: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Fruchterman-Reingold in a unit box, as networkx does it, with sampled repulsion.

    networkx's own spring_layout needs SciPy above 500 nodes (not a dependency) and its dense
    form is O(n^2) in memory; estimating repulsion from a random sample of nodes keeps a
    10^4-node component to about a second. Coordinates are kept as separate x and y arrays
    and sums over edges use bincount, both several times faster than einsum / add.at here.
    """
    if n == 1:
        return np.zeros((1, 2))
    x, y = rng.random(n), rng.random(n)
    k2 = 1.0 / n
    k = math.sqrt(k2)
    exact = n <= EXACT_REPULSION
    iterations = 150 if n <= 200 else 60 if exact else 45
    temperature = 0.1
    step = temperature / (iterations + 1)
    src, dst = pairs[:, 0], pairs[:, 1]
    for _ in range(iterations):
        if exact:
            ox, oy, weight = x, y, k2
        else:
            pick = rng.choice(n, _REPULSION_SAMPLE, replace=False)
            ox, oy, weight = x[pick], y[pick], k2 * n / _REPULSION_SAMPLE
        dx = x[:, None] - ox[None, :]
        dy = y[:, None] - oy[None, :]
        push = weight / np.maximum(dx * dx + dy * dy, 1e-4)
        fx = (dx * push).sum(axis=1)
        fy = (dy * push).sum(axis=1)
        if len(pairs):
            ex, ey = x[src] - x[dst], y[src] - y[dst]
            pull = np.sqrt(ex * ex + ey * ey) / k
            fx += np.bincount(dst, ex * pull, n) - np.bincount(src, ex * pull, n)
            fy += np.bincount(dst, ey * pull, n) - np.bincount(src, ey * pull, n)
        moved = temperature / np.maximum(np.sqrt(fx * fx + fy * fy), 1e-2)
        x += fx * moved
        y += fy * moved
        temperature -= step
    pos = np.column_stack((x - x.mean(), y - y.mean()))
    radius = float(np.sqrt((pos * pos).sum(axis=1)).max())
    return pos / radius if radius > 0 else pos


def _spread(pos: np.ndarray, room: np.ndarray, rounds: int = 120) -> np.ndarray:
    """Push apart nodes whose labels would overlap: each pair closer than the ellipse that
    their half-extents (``room``: pixels, x and y, per node) span moves apart along the line
    between them, half the overlap each."""
    n = len(pos)
    if n < 2:
        return pos
    x, y = pos[:, 0].copy(), pos[:, 1].copy()
    gap_x = room[:, 0][:, None] + room[:, 0][None, :]
    gap_y = room[:, 1][:, None] + room[:, 1][None, :]
    eye = np.eye(n, dtype=bool)
    for _ in range(rounds):
        dx = x[:, None] - x[None, :]
        dy = y[:, None] - y[None, :]
        reach = np.sqrt((dx / gap_x) ** 2 + (dy / gap_y) ** 2)
        reach[eye] = np.inf
        close = reach < 1.0
        if not close.any():
            break
        # coincident nodes are split along a fixed, index-based direction
        same = close & (reach < 1e-6)
        dx = np.where(same, np.sign(np.arange(n)[:, None] - np.arange(n)[None, :]), dx)
        near = np.maximum(reach[close], 1e-6)
        share = np.zeros_like(reach)
        share[close] = (1.0 - near) / near * 0.5
        damp = np.sqrt(np.maximum(close.sum(axis=1), 1))
        x += (dx * share).sum(axis=1) / damp
        y += (dy * share).sum(axis=1) / damp
    return np.column_stack((x, y))


def layout(
    graph: Net, room: Mapping[str, tuple[float, float]] | None = None
) -> dict[str, tuple[int, int]]:
    """Pixel positions: each connected component laid out alone, then packed in rows.

    ``room`` (half-extents of a node with its label) lets small components be spread until
    no two labels overlap."""
    rng = np.random.default_rng(_SEED)
    components = sorted((sorted(c) for c in graph.components()), key=lambda c: (-len(c), c[0]))
    placed: list[tuple[list[str], np.ndarray, float, float]] = []
    for members in components:
        index = {node: i for i, node in enumerate(members)}
        pairs = np.array(
            sorted((index[a], index[b]) for a, b in graph.subgraph(members).edges),
            dtype=np.int64,
        ).reshape(-1, 2)
        radius = 95.0 * math.sqrt(len(members)) if len(members) > 1 else 20.0
        pos = _force_layout(len(members), pairs, rng) * radius
        pos[:, 0] *= _WIDER  # labels are wide and screens are landscape
        if room is not None and 1 < len(members) <= EXACT_REPULSION:
            pos = _spread(pos, np.array([room[m] for m in members], dtype=float))
        # the box it takes: its nodes' extent, and room for the labels at the edges
        half_w = float(np.abs(pos[:, 0]).max()) + 60.0
        half_h = float(np.abs(pos[:, 1]).max()) + 30.0
        placed.append((members, pos, half_w, half_h))
    # shelf packing: rows as wide as a landscape box (4:3) of the components' area
    area = sum(4 * w * h for _, _, w, h in placed)
    width = max(math.sqrt(area * 4 / 3) * 1.15, max((2 * w for _, _, w, _ in placed), default=0.0))
    positions: dict[str, tuple[int, int]] = {}
    x = y = row_height = 0.0
    for members, pos, half_w, half_h in placed:
        if x > 0 and x + 2 * half_w > width:
            x, y, row_height = 0.0, y + row_height, 0.0
        centre = (x + half_w, y + half_h)
        for node, (px, py) in zip(members, pos, strict=True):
            positions[node] = (round(centre[0] + px), round(centre[1] + py))
        x += 2 * half_w
        row_height = max(row_height, 2 * half_h)
    return positions
