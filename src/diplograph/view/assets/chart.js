// The turnover chart of two countries: the stated turnover joined in time, the targets
// hollow, each point over the span of time it is for, with its sentence and source on hover;
// two figures that disagree stand side by side. Drawn as SVG from the figures the timeline
// picks (assets/timeline.js).
function dgChart(page, t, readable) {
  "use strict";
  var info = page.info, sentences = page.sentences;
  var SVG = "http://www.w3.org/2000/svg";
  var SCALES = {ru: [[1e12, "трлн"], [1e9, "млрд"], [1e6, "млн"], [1e3, "тыс."]],
                en: [[1e12, "trillion"], [1e9, "billion"], [1e6, "million"], [1e3, "thousand"]]};
  function money(v) {
    var lang = page.lang(), scales = SCALES[lang];
    for (var i = 0; i < scales.length; i++) {
      if (Math.abs(v) >= scales[i][0]) {
        var s = (v / scales[i][0]).toFixed(2).replace(/\.?0+$/, "");
        return (lang === "ru" ? s.replace(".", ",") : s) + " " + scales[i][1];
      }
    }
    return String(v);
  }

  function svg(tag, attrs, text) {
    var e = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function plot(box, points, currency, title, onPick) {
    var width = Math.max(Math.min(box.clientWidth || 700, 900), 420), height = 280;
    var left = 78, right = 24, top = 24, bottom = 36;
    var x0 = Math.floor(Math.min.apply(null, points.map(function (p) { return p.x0; })));
    var x1 = Math.ceil(Math.max.apply(null, points.map(function (p) { return p.x1; })));
    if (x1 - x0 < 2) { x0 -= 1; x1 += 1; }
    var top_ = Math.max.apply(null, points.map(function (p) { return p.y; })) * 1.15 || 1;
    var X = function (v) { return left + (v - x0) / (x1 - x0) * (width - left - right); };
    var Y = function (v) { return height - bottom - v / top_ * (height - top - bottom); };
    var s = svg("svg", {width: width, height: height, viewBox: "0 0 " + width + " " + height,
                        role: "img", "class": "dg-chart"});
    s.appendChild(svg("title", {}, title));
    for (var yr = x0; yr <= x1; yr++) {
      s.appendChild(svg("line", {x1: X(yr), x2: X(yr), y1: top, y2: height - bottom, "class": "dg-grid"}));
      if (yr < x1) s.appendChild(svg("text", {x: X(yr + 0.5), y: height - bottom + 18, "class": "dg-axis",
                                              "text-anchor": "middle"}, String(yr)));
    }
    var step = niceStep(top_ / 4);
    for (var v = 0; v <= top_; v += step) {
      s.appendChild(svg("line", {x1: left, x2: width - right, y1: Y(v), y2: Y(v), "class": "dg-grid"}));
      s.appendChild(svg("text", {x: left - 6, y: Y(v) + 4, "class": "dg-axis", "text-anchor": "end"},
                        v ? money(v) : "0"));
    }
    s.appendChild(svg("text", {x: 8, y: top - 8, "class": "dg-axis"}, currency));
    // the stated turnover, joined in time; the targets stand alone, hollow
    var stated = points.filter(function (p) { return !p.target; })
      .sort(function (p, q) { return p.x0 - q.x0 || p.x1 - q.x1; });
    if (stated.length > 1) {
      s.appendChild(svg("polyline", {points: stated.map(function (p) {
        return X((p.x0 + p.x1) / 2) + "," + Y(p.y);
      }).join(" "), "class": "dg-line"}));
    }
    // two facts that disagree stand side by side, so both are seen
    var shift = {};
    points.forEach(function (p) {
      var partners = info[p.id].disagrees.filter(function (o) {
        return points.some(function (q) { return q.id === o; });
      });
      if (!partners.length) return;
      var group = [p.id].concat(partners).sort();
      shift[p.id] = (group.indexOf(p.id) - (group.length - 1) / 2) * 14;
    });
    points.forEach(function (p) {
      var cx = X((p.x0 + p.x1) / 2) + (shift[p.id] || 0), cy = Y(p.y);
      var g = svg("g", {"class": "dg-point" + (p.target ? " dg-target" : "") +
                       (p.id in shift ? " dg-disagree" : ""), "data-fact": p.id});
      g.appendChild(svg("line", {x1: X(p.x0) + (shift[p.id] || 0), x2: X(p.x1) + (shift[p.id] || 0),
                                 y1: cy, y2: cy, "class": "dg-span"}));
      g.appendChild(svg("circle", {cx: cx, cy: cy, r: 5}));
      var leftward = (shift[p.id] || 0) < 0;  // of two side by side, each says its own side
      g.appendChild(svg("text", {x: leftward ? cx - 8 : cx + 8, y: cy - 7, "class": "dg-value",
                                 "text-anchor": leftward ? "end" : "start"},
                        (p.id in shift ? "⚠ " : "") + money(p.y)));
      var ev = info[p.id].evidence[0], src = ev === undefined ? "" : sentences[ev];
      g.appendChild(svg("title", {}, (p.target ? t("target") : t("turnover")) + " " +
                        readable(info[p.id].fig.period) + ": " + money(p.y) + " " + currency +
                        (src ? "\n«" + src[0] + "»\n— " + [src[1], src[2]].filter(Boolean).join(", ") : "")));
      g.addEventListener("click", function () { onPick(p.id); });
      s.appendChild(g);
    });
    var legend = svg("g", {"class": "dg-legend"});
    legend.appendChild(svg("circle", {cx: left + 10, cy: 12, r: 5, "class": "dg-key"}));
    legend.appendChild(svg("text", {x: left + 20, y: 16}, t("turnover")));
    legend.appendChild(svg("circle", {cx: left + 120, cy: 12, r: 5, "class": "dg-key dg-key-target"}));
    legend.appendChild(svg("text", {x: left + 130, y: 16}, t("target")));
    s.appendChild(legend);
    box.appendChild(s);
  }
  function niceStep(raw) {
    var p = Math.pow(10, Math.floor(Math.log10(raw || 1))), n = raw / p;
    return (n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10) * p;
  }
  return {plot: plot};
}
