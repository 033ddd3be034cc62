// Where the nodes of a view go: a force layout with a fixed seed, then spread until the
// labels that must be read at fit have room. Views are small (an overview of the most
// connected nodes, one node's neighbourhood), so the layout runs in the page, again after
// every filter, and the same view is always laid out the same way.
var dgLayout = (function () {
  "use strict";

  // mulberry32: a small seeded generator, so that a view looks the same every time
  function random(seed) {
    var a = seed >>> 0;
    return function () {
      a = (a + 0x6D2B79F5) >>> 0;
      var t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  // Fruchterman-Reingold in a unit box, links weighted, with a pull to the centre so that
  // nodes without links stay near the rest. `pinned` (an index or -1) stays at the centre.
  function force(n, links, seed, pinned) {
    var rnd = random(seed), x = new Float64Array(n), y = new Float64Array(n);
    var i, j, it;
    for (i = 0; i < n; i++) {  // a sunflower spiral, jittered: even and deterministic
      var r = Math.sqrt((i + 0.5) / n), a = i * 2.399963 + rnd() * 0.3;
      x[i] = r * Math.cos(a); y[i] = r * Math.sin(a);
    }
    if (n < 2) return {x: new Float64Array(n), y: new Float64Array(n)};
    var k2 = 1 / n, k = Math.sqrt(k2), iterations = n <= 100 ? 250 : 150;
    var fx = new Float64Array(n), fy = new Float64Array(n);
    var temperature = 0.1, step = temperature / (iterations + 1);
    for (it = 0; it < iterations; it++) {
      fx.fill(0); fy.fill(0);
      for (i = 0; i < n; i++) {
        for (j = i + 1; j < n; j++) {
          var dx = x[i] - x[j], dy = y[i] - y[j];
          var push = k2 / Math.max(dx * dx + dy * dy, 1e-4);
          fx[i] += dx * push; fy[i] += dy * push;
          fx[j] -= dx * push; fy[j] -= dy * push;
        }
      }
      for (var l = 0; l < links.length; l++) {
        var s = links[l][0], t = links[l][1], w = links[l][2] || 1;
        var ex = x[s] - x[t], ey = y[s] - y[t];
        var pull = Math.sqrt(ex * ex + ey * ey) / k * w;
        fx[s] -= ex * pull; fy[s] -= ey * pull;
        fx[t] += ex * pull; fy[t] += ey * pull;
      }
      for (i = 0; i < n; i++) {
        fx[i] -= x[i] * 0.6; fy[i] -= y[i] * 0.6;  // the pull to the centre
        var f = Math.sqrt(fx[i] * fx[i] + fy[i] * fy[i]);
        var moved = temperature / Math.max(f, 1e-2);
        x[i] += fx[i] * moved; y[i] += fy[i] * moved;
      }
      if (pinned >= 0) {
        var px = x[pinned], py = y[pinned];
        for (i = 0; i < n; i++) { x[i] -= px; y[i] -= py; }
      }
      temperature -= step;
    }
    return {x: x, y: y};
  }

  // Push apart overlapping boxes (half-width hw, half-height hh, and an offset dy of the box's
  // centre below the node) inside the walls of the canvas (half-width wx, half-height wy
  // around 0): each overlapping pair moves apart, half each, along the axis where they
  // overlap less (sideways counts double: labels are wide, screens are wider than tall).
  // Stops when no two boxes overlap by more than `tolerance`; false if rounds run out.
  function spread(x, y, hw, hh, dy, rounds, wx, wy, tolerance) {
    var n = x.length, i, j;
    function wall(i) {
      x[i] = Math.max(-wx + hw[i], Math.min(wx - hw[i], x[i]));
      var c = y[i] + dy[i];
      c = Math.max(-wy + hh[i], Math.min(wy - hh[i], c));
      y[i] = c - dy[i];
    }
    for (i = 0; i < n; i++) wall(i);
    for (var round = 0; round < rounds; round++) {
      var moved = false;
      for (i = 0; i < n; i++) {
        for (j = i + 1; j < n; j++) {
          var ox = hw[i] + hw[j] - Math.abs(x[i] - x[j]);
          if (ox <= tolerance) continue;
          var cy = (y[i] + dy[i]) - (y[j] + dy[j]);
          var oy = hh[i] + hh[j] - Math.abs(cy);
          if (oy <= tolerance) continue;
          moved = true;
          if (ox * 0.5 < oy) {
            var sx = (x[i] < x[j] || (x[i] === x[j] && i < j) ? -1 : 1) * (ox / 2 + tolerance);
            x[i] += sx; x[j] -= sx;
          } else {
            var sy = (cy < 0 || (cy === 0 && i < j) ? -1 : 1) * (oy / 2 + tolerance);
            y[i] += sy; y[j] -= sy;
          }
          wall(i); wall(j);
        }
      }
      if (!moved) return true;
    }
    return false;
  }

  // The scale at which a view fills the canvas, its boxes (in pixels: half-widths hw,
  // heights below the node) inside it, and the centre to look at.
  function fitScale(x, y, size, hwPx, below, width, height, margin) {
    var n = x.length;
    if (!n) return {scale: 1, cx: 0, cy: 0};
    var best = 1.25;  // a small view is not blown up past this
    for (var round = 0; round < 4; round++) {
      var minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
      for (var i = 0; i < n; i++) {
        var half = Math.max(hwPx[i] / best, size[i]);
        minX = Math.min(minX, x[i] - half); maxX = Math.max(maxX, x[i] + half);
        minY = Math.min(minY, y[i] - size[i]);
        maxY = Math.max(maxY, y[i] + size[i] + below[i] / best);
      }
      var s = Math.min((width - 2 * margin) / Math.max(maxX - minX, 1),
                       (height - 2 * margin) / Math.max(maxY - minY, 1), 1.25);
      var done = Math.abs(s - best) < 1e-3 * best;
      best = s;
      if (done) break;
    }
    return {scale: best, cx: (minX + maxX) / 2, cy: (minY + maxY) / 2};
  }

  // A view laid out: `items` in priority order ({size, w, h}: node radius, label width and
  // height in pixels, w = 0 for a label that need not fit at fit), links as [i, j, weight].
  // The view is laid out at the scale of the canvas (one unit a pixel), so that the labels
  // that must read get their room inside it, and fit then looks at it whole. When the boxes
  // cannot all be spread apart, the last quarter of the labels that must read (the least
  // important) is let go and the spread starts again: the first ones always get their room.
  // Returns x, y and `labelled`: which labels kept their room.
  function arrange(items, links, opts) {
    var n = items.length, i;
    var laid = force(n, links, opts.seed || 1, opts.pinned === undefined ? -1 : opts.pinned);
    var margin = (opts.margin || 16) + 2, gap = opts.gap || 3;
    var wx = opts.width / 2 - margin, wy = opts.height / 2 - margin;
    // a small view keeps a small spread; a big one takes the canvas, its core stretched to
    // it (a far outlier would leave the core crowded: it goes to the wall instead)
    var reach = Math.min(1, 90 * Math.sqrt(n) / Math.max(wx, wy));
    var far = Math.max(quantile(laid.x, 0.9), quantile(laid.y, 0.9), 1e-9);
    var x0 = laid.x.map(function (v) { return v * wx * 0.85 * reach / far; });
    var y0 = laid.y.map(function (v) { return v * wy * 0.85 * reach / far; });
    var musts = [];
    for (i = 0; i < n; i++) if (items[i].w) musts.push(i);
    var labelled = items.map(function (it) { return !!it.w; });
    var hw = new Float64Array(n), hh = new Float64Array(n), dy = new Float64Array(n);
    for (;;) {
      var x = Float64Array.from(x0), y = Float64Array.from(y0);
      for (i = 0; i < n; i++) {
        var b = labelled[i] ? box(items[i].size, items[i].w, items[i].h, gap) :
          box(items[i].size, 0, 0, gap);
        hw[i] = b.hw; hh[i] = b.hh; dy[i] = b.dy;
      }
      var settled = spread(x, y, hw, hh, dy, 600, wx, wy, 0.25);
      if (settled || musts.length <= 1) return {x: x, y: y, labelled: labelled, settled: settled};
      var keep = Math.max(1, Math.floor(musts.length * 0.75));
      musts.slice(keep).forEach(function (j) { labelled[j] = false; });
      musts = musts.slice(0, keep);
    }
  }

  // The q-quantile of the absolute values.
  function quantile(values, q) {
    var a = Array.prototype.map.call(values, Math.abs).sort(function (p, r) { return p - r; });
    return a.length ? a[Math.min(a.length - 1, Math.floor(q * a.length))] : 0;
  }

  // The room a node takes at one pixel a unit: its shape (radius `size`), and the label of
  // w x h pixels under it `gap` below, with the margin labels keep around them (w = 0: none).
  // Half-width, half-height, and the box centre's offset below the node.
  function box(size, w, h, gap) {
    var top = -size - 1, bottom = size + (w ? gap + h + 3 : 1);
    return {hw: Math.max(w ? w / 2 + 3 : 0, size) + 2, hh: (bottom - top) / 2,
            dy: (bottom + top) / 2};
  }

  return {random: random, force: force, spread: spread, fitScale: fitScale, arrange: arrange,
          box: box};
})();
