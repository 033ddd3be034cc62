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
  // centre below the node): each overlapping pair moves apart, half each, along the axis that
  // costs less room, weighing each axis by how full the canvas (width x height) is along it.
  function spread(x, y, hw, hh, dy, rounds, width, height) {
    var n = x.length, i, j;
    for (var round = 0; round < rounds; round++) {
      var minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
      for (i = 0; i < n; i++) {
        minX = Math.min(minX, x[i] - hw[i]); maxX = Math.max(maxX, x[i] + hw[i]);
        minY = Math.min(minY, y[i] + dy[i] - hh[i]); maxY = Math.max(maxY, y[i] + dy[i] + hh[i]);
      }
      var fullX = (maxX - minX) / width, fullY = (maxY - minY) / height;
      var moved = false;
      for (i = 0; i < n; i++) {
        for (j = i + 1; j < n; j++) {
          var ox = hw[i] + hw[j] - Math.abs(x[i] - x[j]);
          if (ox <= 0) continue;
          var cy = (y[i] + dy[i]) - (y[j] + dy[j]);
          var oy = hh[i] + hh[j] - Math.abs(cy);
          if (oy <= 0) continue;
          moved = true;
          if (ox / width * fullY <= oy / height * fullX) {
            var sx = (x[i] < x[j] || (x[i] === x[j] && i < j) ? -1 : 1) * (ox / 2 + 1e-3);
            x[i] += sx; x[j] -= sx;
          } else {
            var sy = (cy < 0 || (cy === 0 && i < j) ? -1 : 1) * (oy / 2 + 1e-3);
            y[i] += sy; y[j] -= sy;
          }
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

  // A view laid out: `items` in priority order ({size, w, h}: node radius in canvas units,
  // label width and height in pixels, w = 0 for a label that need not fit at fit), links as
  // [i, j, weight]. Returns x, y and the scale that fit will take.
  function arrange(items, links, opts) {
    var n = items.length, i;
    var laid = force(n, links, opts.seed || 1, opts.pinned === undefined ? -1 : opts.pinned);
    var x = laid.x, y = laid.y;
    var width = opts.width, height = opts.height, margin = opts.margin || 16;
    var gap = opts.gap || 3;
    var size = items.map(function (it) { return it.size; });
    var hwPx = items.map(function (it) { return it.w ? it.w / 2 + 3 : 0; });
    var below = items.map(function (it) { return it.w ? gap + it.h + 3 : 0; });
    // first at the scale of the canvas: the unit box stretched to it
    for (i = 0; i < n; i++) { x[i] *= (width / 2 - margin) * 0.9; y[i] *= (height / 2 - margin) * 0.9; }
    var scale = 1, hw = new Float64Array(n), hh = new Float64Array(n), dy = new Float64Array(n);
    for (var round = 0; round < 12; round++) {
      for (i = 0; i < n; i++) {
        // a node's disk and the label under it, in canvas units at this scale
        var half = Math.max(hwPx[i] / scale, size[i]) + 2 / scale;
        var top = -size[i], bottom = size[i] + below[i] / scale;
        hw[i] = half; hh[i] = (bottom - top) / 2 + 1 / scale; dy[i] = (bottom + top) / 2;
      }
      var settled = spread(x, y, hw, hh, dy, 300, width, height);
      var fit = fitScale(x, y, size, hwPx, below, width, height, margin);
      if (settled && fit.scale >= scale * 0.999) { scale = fit.scale; break; }
      scale = Math.min(scale, fit.scale) * 0.97;
    }
    return {x: x, y: y};
  }

  return {random: random, force: force, spread: spread, fitScale: fitScale, arrange: arrange};
})();
