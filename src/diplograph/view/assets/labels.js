// Labels drawn by the page, not by vis-network: always at a size that reads (never under
// 10 px), and only where they fit. Each frame they are placed in priority order (the selected
// node, then the view's own order: countries, the most connected, then facts, then the names
// of links) and a label that would overlap one already placed, or leave the canvas, waits
// until zooming in makes room for it. vis-network draws the shapes and the edges only.
var dgLabels = (function () {
  "use strict";
  var FONT = "sans-serif";
  var GAP = 3;       // pixels between a node's shape and its label
  var PAD = 2;       // pixels around a label's text that no other label may take
  var LINE = 1.2;    // line height, in font sizes
  var widths = {};
  var measurer = document.createElement("canvas").getContext("2d");

  function font(style) { return (style.bold ? "600 " : "") + style.px + "px " + FONT; }

  function measure(text, style) {
    var key = font(style) + "\u0000" + text;
    if (!(key in widths)) {
      measurer.font = font(style);
      widths[key] = measurer.measureText(text).width;
    }
    return widths[key];
  }

  // A long name in lines of about `width` characters, at most three.
  function wrap(text, width) {
    var out = [];
    String(text).split("\n").forEach(function (line) {
      var words = line.split(" "), cur = "";
      words.forEach(function (w) {
        if (cur && (cur + " " + w).length > width) { out.push(cur); cur = w; }
        else cur = cur ? cur + " " + w : w;
      });
      if (cur) out.push(cur);
    });
    if (out.length > 3) out = out.slice(0, 2).concat([out[2] + " …"]);
    return out;
  }

  // The box a label takes, in pixels of the page, its text starting `top` below `x, y`.
  function box(lines, style, x, top) {
    var w = 0;
    lines.forEach(function (l) { w = Math.max(w, measure(l, style)); });
    var h = lines.length * Math.round(style.px * LINE);
    return {x0: x - w / 2 - PAD, x1: x + w / 2 + PAD, y0: top - PAD, y1: top + h + PAD,
            w: w, h: h};
  }

  function Placed(cell) { this.cell = cell; this.grid = {}; }
  Placed.prototype.fits = function (b) {
    var c = this.cell;
    for (var gx = Math.floor(b.x0 / c); gx <= Math.floor(b.x1 / c); gx++) {
      for (var gy = Math.floor(b.y0 / c); gy <= Math.floor(b.y1 / c); gy++) {
        var list = this.grid[gx + "," + gy];
        if (!list) continue;
        for (var i = 0; i < list.length; i++) {
          var o = list[i];
          if (b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1) return false;
        }
      }
    }
    return true;
  };
  Placed.prototype.add = function (b) {
    var c = this.cell;
    for (var gx = Math.floor(b.x0 / c); gx <= Math.floor(b.x1 / c); gx++) {
      for (var gy = Math.floor(b.y0 / c); gy <= Math.floor(b.y1 / c); gy++) {
        (this.grid[gx + "," + gy] = this.grid[gx + "," + gy] || []).push(b);
      }
    }
  };

  function drawText(ctx, lines, style, x, top) {
    ctx.font = font(style);
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    ctx.lineJoin = "round";
    var step = Math.round(style.px * LINE);
    lines.forEach(function (line, i) {
      var ly = top + i * step + (step - style.px) / 2;
      ctx.lineWidth = 3;
      ctx.strokeStyle = style.halo || "#ffffff";
      ctx.strokeText(line, x, ly);
      ctx.fillStyle = style.color;
      ctx.fillText(line, x, ly);
    });
  }

  // Hooks the labels into a network: `source()` gives what to label this frame, in priority
  // order: {nodes: [{id, size, lines, style}], edges: [{id, from, to, lines, style}],
  // shapes: [{id, size}]}; a label covers no shape of `shapes` either.
  function install(network, source) {
    var drawn = [];
    network.on("afterDrawing", function (ctx) {
      var what = source(), canvas = ctx.canvas;
      var ratio = canvas.width / Math.max(canvas.clientWidth, 1);
      var width = canvas.clientWidth, height = canvas.clientHeight;
      var scale = network.getScale();
      var positions = {};
      function pos(id) {
        if (!(id in positions)) positions[id] = network.getPositions([id])[id];
        return positions[id];
      }
      var placed = new Placed(48), now = [];
      (what.shapes || []).forEach(function (s) {
        var p = pos(s.id);
        if (!p) return;
        var at = network.canvasToDOM(p), r = s.size * scale;
        placed.add({x0: at.x - r, x1: at.x + r, y0: at.y - r, y1: at.y + r});
      });
      ctx.save();
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      what.nodes.forEach(function (n) {
        var p = pos(n.id);
        if (!p) return;
        var at = network.canvasToDOM(p), top = at.y + n.size * scale + GAP;
        var b = box(n.lines, n.style, at.x, top);
        if (b.x0 < 0 || b.y0 < 0 || b.x1 > width || b.y1 > height) return;
        if (!placed.fits(b)) return;
        placed.add(b);
        drawText(ctx, n.lines, n.style, at.x, top);
        now.push({id: n.id, lines: n.lines, px: n.style.px, bold: !!n.style.bold,
                  x: at.x, top: top, box: b});
      });
      what.edges.forEach(function (e) {
        var a = pos(e.from), c = pos(e.to);
        if (!a || !c) return;
        var m = network.canvasToDOM({x: (a.x + c.x) / 2, y: (a.y + c.y) / 2});
        var top = m.y - Math.round(e.style.px * LINE) / 2;
        var b = box(e.lines, e.style, m.x, top);
        if (b.x0 < 0 || b.y0 < 0 || b.x1 > width || b.y1 > height) return;
        if (!placed.fits(b)) return;
        placed.add(b);
        drawText(ctx, e.lines, e.style, m.x, top);
      });
      ctx.restore();
      drawn = now;
    });
    return {
      drawn: function () { return drawn; },
      // the width and height in pixels that a node's label takes (for the layout)
      size: function (lines, style) {
        var b = box(lines, style, 0, 0);
        return {w: b.x1 - b.x0, h: b.y1 - b.y0};
      }
    };
  }

  return {install: install, wrap: wrap, GAP: GAP, PAD: PAD, LINE: LINE, FONT: FONT};
})();
