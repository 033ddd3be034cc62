// The timeline: the facts of the graph in time (meetings and visits, signings, trade figures
// and targets), by date, filtered by country and class, each with the sentences that state
// it; the facts that state no time listed apart; and for two countries, the turnover and the
// targets they stated over the years as a chart, every point with its source. Two facts that
// disagree (dg:disagreesWith) are marked, and their points stand side by side.
(function () {
  "use strict";
  var page = diplograph.page, info = page.info, el = page.el, name = page.name;
  var sentences = page.sentences;
  var ALWAYS = ["Meeting", "Signing", "TradeFigure"];  // the kinds of fact that happen in time
  var TARGET = "TradeFigure:target";
  var LIST = 400;  // entries drawn at once; more on request
  var UI = {
    ru: {graph: "Граф", timeline: "Хронология", country: "Страна", other: "и страна",
         any: "все", anyOther: "любая", undated: "Без даты", more: "Показать ещё ",
         none: "Нет фактов для этого выбора.", chart: "Товарооборот и цели: ",
         pick: "Графики товарооборота: ", turnover: "товарооборот", target: "цель",
         period: "период", noTime: "без срока", disagrees: "расходится с",
         sources: "Источник", points: "Точки графика", facts: " фактов",
         targets: "цель по товарообороту",
         months: ["янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя",
                  "дек"]},
    en: {graph: "Graph", timeline: "Timeline", country: "Country", other: "and country",
         any: "all", anyOther: "any", undated: "Undated", more: "Show more ",
         none: "No facts for this choice.", chart: "Turnover and targets: ",
         pick: "Turnover charts: ", turnover: "turnover", target: "target", period: "period",
         noTime: "no date", disagrees: "disagrees with", sources: "Source",
         points: "Points of the chart", facts: " facts", targets: "turnover target",
         months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                  "Dec"]}
  };
  function lang() { return page.lang(); }
  function t(key) { return UI[lang()][key]; }

  // a trade figure is a stated figure or a target: two kinds here, each its own filter
  function kindOf(id) {
    var d = info[id];
    return d.cls === "TradeFigure" && d.fig && d.fig.indicator === "target" ? TARGET : d.cls;
  }
  function kindName(k) { return k === TARGET ? t("targets") : page.kind({cls: k}); }
  var ids = Object.keys(info).sort();
  var present = {};
  ids.forEach(function (id) {
    if (info[id].fact && (info[id].when || ALWAYS.indexOf(info[id].cls) >= 0)) {
      present[kindOf(id)] = true;
    }
  });
  var ORDER = ["Meeting", "Signing", "TradeFigure", TARGET];
  var kinds = ORDER.filter(function (k) { return present[k]; }).concat(
    Object.keys(present).filter(function (k) { return ORDER.indexOf(k) < 0; }).sort());
  var facts = ids.filter(function (id) { return info[id].fact && present[kindOf(id)]; });
  var countries = ids.filter(function (id) { return info[id].cls === "Country"; })
    .sort(function (a, b) { return name(a) < name(b) ? -1 : 1; });
  var state = {country: "", other: "", off: {}, limit: LIST};
  var charts = dgChart(page, t, readable);

  // --- time ------------------------------------------------------------------------
  // "2024", "2024-03", "2024-03-05" or "A/B": [start, end) as fractional years
  function point(text, end) {
    var m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(text || "");
    if (!m) return null;
    var y = +m[1], mo = m[2] ? +m[2] - 1 : null, d = m[3] ? +m[3] - 1 : null;
    if (mo === null) return y + (end ? 1 : 0);
    if (d === null) return y + (mo + (end ? 1 : 0)) / 12;
    return y + (mo + (d + (end ? 1 : 0)) / 31) / 12;
  }
  function span(text) {
    if (!text) return null;
    var parts = String(text).split("/"), a = point(parts[0], false);
    var b = point(parts[parts.length - 1], true);
    return a === null || b === null ? null : [a, b];
  }
  function readable(text) {
    return String(text).split("/").map(function (p) {
      var m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(p);
      if (!m) return p;
      if (!m[2]) return m[1];
      var month = t("months")[+m[2] - 1];
      return (m[3] ? +m[3] + " " : "") + month + " " + m[1];
    }).join(" – ");
  }

  // --- filters ---------------------------------------------------------------------
  function between(id, a, b) {
    var ends = info[id].ends;
    return (!a || ends.indexOf(a) >= 0) && (!b || ends.indexOf(b) >= 0);
  }
  function chosen() {
    return facts.filter(function (id) {
      return !state.off[kindOf(id)] && between(id, state.country, state.other);
    });
  }
  function figures(a, b) {
    return facts.filter(function (id) {
      var f = info[id].fig;
      return f && (f.indicator === "turnover" || f.indicator === "target") && f.amount &&
        between(id, a, b);
    });
  }
  // the pairs of countries whose turnover a chart can show, the busiest first
  function chartPairs(only) {
    var found = {};
    facts.forEach(function (id) {
      var f = info[id].fig;
      if (!f || (f.indicator !== "turnover" && f.indicator !== "target")) return;
      var cs = info[id].ends.filter(function (e) { return info[e] && info[e].cls === "Country"; });
      for (var i = 0; i < cs.length; i++) {
        for (var j = i + 1; j < cs.length; j++) {
          if (only && cs[i] !== only && cs[j] !== only) continue;
          var key = cs[i] + "\u0001" + cs[j];
          found[key] = (found[key] || 0) + 1;
        }
      }
    });
    return Object.keys(found).sort(function (x, y) {
      return found[y] - found[x] || (x < y ? -1 : 1);
    }).map(function (k) { return k.split("\u0001").concat([found[k]]); });
  }

  // --- the pane --------------------------------------------------------------------
  var pane = document.getElementById("dg-timeline");
  var bar = document.getElementById("dg-tl-bar");
  var chartBox = document.getElementById("dg-tl-chart");
  var listBox = document.getElementById("dg-tl-list");

  function select(id, first, value, onChange) {
    var s = el("select");
    s.id = id;
    s.appendChild(new Option(first, ""));
    countries.forEach(function (c) { s.appendChild(new Option(name(c), c)); });
    s.value = value;
    s.addEventListener("change", function () { onChange(s.value); });
    return s;
  }
  function drawBar() {
    bar.textContent = "";
    var l1 = el("label", t("country") + " ");
    l1.appendChild(select("dg-tl-country", t("any"), state.country, function (v) {
      state.country = v; if (v === state.other) state.other = ""; state.limit = LIST; draw();
    }));
    var l2 = el("label", " " + t("other") + " ");
    l2.appendChild(select("dg-tl-other", t("anyOther"), state.other, function (v) {
      state.other = v === state.country ? "" : v; state.limit = LIST; draw();
    }));
    bar.appendChild(l1); bar.appendChild(l2);
    var boxes = el("span", null, "dg-tl-kinds");
    kinds.forEach(function (c) {
      var lab = el("label", null, "dg-tl-kind");
      var box = el("input");
      box.type = "checkbox"; box.checked = !state.off[c]; box.setAttribute("data-tl-class", c);
      box.addEventListener("change", function () {
        if (box.checked) delete state.off[c]; else state.off[c] = true;
        state.limit = LIST; draw();
      });
      lab.appendChild(box);
      lab.appendChild(document.createTextNode(" " + kindName(c)));
      boxes.appendChild(lab);
    });
    bar.appendChild(boxes);
  }

  function sources(id, box) {
    info[id].evidence.forEach(function (i) {
      var s = sentences[i], q = el("blockquote", "«" + s[0] + "»");
      var src = [s[1], s[2]].filter(Boolean).join(", ");
      if (src) q.appendChild(el("cite", "— " + src));
      box.appendChild(q);
    });
  }
  function entry(id) {
    var d = info[id], box = el("div", null, "dg-tl-item");
    box.setAttribute("data-fact", id);
    if (d.disagrees.length) box.className += " dg-tl-disagree";
    var head = el("div", null, "dg-tl-head");
    head.appendChild(el("span", d.when ? readable(d.when) : t("noTime"), "dg-tl-date"));
    head.appendChild(el("span", kindName(kindOf(id)), "dg-tl-cls"));
    var title = el("span", name(id), "dg-link");
    title.addEventListener("click", function () { diplograph.showGraph(); page.open(id); });
    head.appendChild(title);
    box.appendChild(head);
    // what it says in numbers, then what it links, one line per kind of link
    var said = lang() === "en" && d.summaryEn ? d.summaryEn : d.summary;
    if (said && said !== d.when) box.appendChild(el("div", said, "dg-tl-said"));
    var keys = {}, order = [];
    page.linked(id).forEach(function (e) {
      var o = e.from === id ? e.to : e.from;
      if (info[o] && info[o].fact) return;
      var label = page.tr(e.to === id && e.inverse ? e.inverse : e.label);
      if (!keys[label]) { keys[label] = []; order.push(label); }
      keys[label].push(name(o));
    });
    if (order.length) {
      box.appendChild(el("div", order.map(function (k) {
        return k + ": " + keys[k].join(", ");
      }).join(" · "), "dg-tl-keys"));
    }
    d.disagrees.forEach(function (o) {
      var line = el("div", "⚠ " + t("disagrees") + " ", "dg-disagree");
      var a = el("span", name(o), "dg-link");
      a.addEventListener("click", function () { focus(o); });
      line.appendChild(a);
      box.appendChild(line);
    });
    sources(id, box);
    return box;
  }
  function focus(id) {
    var box = listBox.querySelector('[data-fact="' + CSS.escape(id) + '"]') ||
      chartBox.querySelector('[data-fact="' + CSS.escape(id) + '"]');
    if (box) { box.scrollIntoView({block: "center"}); box.classList.add("dg-tl-hit"); }
  }
  function drawList() {
    listBox.textContent = "";
    var all = chosen(), withTime = [], without = [];
    all.forEach(function (id) {
      (span(info[id].when) ? withTime : without).push(id);
    });
    withTime.sort(function (a, b) {
      var x = span(info[a].when), y = span(info[b].when);
      return x[0] - y[0] || x[1] - y[1] || (kindOf(a) < kindOf(b) ? -1 : kindOf(a) > kindOf(b) ? 1 : 0) ||
        (a < b ? -1 : a > b ? 1 : 0);
    });
    if (!all.length) { listBox.appendChild(el("p", t("none"), "dg-note")); return; }
    var year = null, shown = 0;
    withTime.some(function (id) {
      var y = Math.floor(span(info[id].when)[0]);
      if (y !== year) { year = y; listBox.appendChild(el("h3", String(y), "dg-tl-year")); }
      listBox.appendChild(entry(id));
      return ++shown >= state.limit;
    });
    if (withTime.length > shown) more(withTime.length - shown);
    if (without.length) {
      var head = el("h3", t("undated") + " (" + without.length + ")", "dg-tl-year");
      head.id = "dg-tl-undated";
      listBox.appendChild(head);
      without.slice(0, state.limit).forEach(function (id) { listBox.appendChild(entry(id)); });
    }
  }
  function more(left) {
    var b = el("button", t("more") + "(" + left + ")", "dg-button");
    b.type = "button";
    b.addEventListener("click", function () { state.limit += LIST; draw(); });
    listBox.appendChild(b);
  }

  // --- the chart ---------------------------------------------------------------------
  function drawChart() {
    chartBox.textContent = "";
    var a = state.country, b = state.other;
    if (!a || !b) {
      var pairs = chartPairs(a).slice(0, 12);
      if (!pairs.length) return;
      var p = el("div", t("pick"), "dg-tl-pairs");
      pairs.forEach(function (pair) {
        var go = el("button", name(pair[0]) + " — " + name(pair[1]) + " (" + pair[2] + ")",
                    "dg-button");
        go.type = "button";
        go.addEventListener("click", function () { chart(pair[0], pair[1]); });
        p.appendChild(go);
      });
      chartBox.appendChild(p);
      return;
    }
    var ids = figures(a, b);
    chartBox.appendChild(el("h2", t("chart") + name(a) + " — " + name(b), "dg-tl-title"));
    if (!ids.length) { chartBox.appendChild(el("p", t("none"), "dg-note")); return; }
    var counts = {};
    ids.forEach(function (id) { var c = info[id].fig.currency || ""; counts[c] = (counts[c] || 0) + 1; });
    var currency = Object.keys(counts).sort(function (x, y) {
      return counts[y] - counts[x] || (x < y ? -1 : 1);
    })[0];
    var points = [], apart = [];
    ids.forEach(function (id) {
      var f = info[id].fig, when = span(f.period);
      if (when && (f.currency || "") === currency) {
        points.push({id: id, x0: when[0], x1: when[1], y: +f.amount, target: f.indicator === "target"});
      } else apart.push(id);
    });
    if (points.length) {
      charts.plot(chartBox, points, currency, t("chart") + name(a) + " — " + name(b), focus);
    }
    var list = el("div", null, "dg-tl-points");
    list.appendChild(el("h3", t("points")));
    points.slice().sort(function (p, q) { return p.x0 - q.x0 || p.x1 - q.x1 || (p.id < q.id ? -1 : 1); })
      .concat(apart.map(function (id) { return {id: id}; }))
      .forEach(function (pt) { list.appendChild(entry(pt.id)); });
    chartBox.appendChild(list);
  }
  function draw() { drawBar(); drawChart(); drawList(); }
  function chart(a, b) {
    state.country = a; state.other = b; state.limit = LIST;
    showTimeline();
    pane.scrollTop = 0;
  }

  // --- tabs ------------------------------------------------------------------------
  var tabs = document.querySelectorAll("[data-tab]");
  function setTab(which) {
    Array.prototype.forEach.call(tabs, function (b) {
      b.setAttribute("aria-selected", b.getAttribute("data-tab") === which ? "true" : "false");
    });
    pane.hidden = which !== "timeline";
    document.body.setAttribute("data-tab", which);
  }
  function showTimeline() { setTab("timeline"); draw(); }
  function showGraph() { setTab("graph"); }
  Array.prototype.forEach.call(tabs, function (b) {
    b.addEventListener("click", function () {
      if (b.getAttribute("data-tab") === "timeline") showTimeline(); else showGraph();
    });
  });
  function relabel() {
    Array.prototype.forEach.call(tabs, function (b) { b.textContent = t(b.getAttribute("data-tab")); });
    if (!pane.hidden) draw();
  }

  // "#timeline", "#chart=A,B" (countries by name or id): what the page opens on
  function route() {
    var hash = decodeURIComponent(location.hash.slice(1));
    if (hash === "timeline") { showTimeline(); return; }
    var m = /^chart=(.+?),(.+)$/.exec(hash);
    if (!m) return;
    var pick = function (text) {
      return countries.filter(function (c) {
        return c === text || info[c].names.indexOf(text) >= 0 || info[c].label === text;
      })[0] || "";
    };
    var a = pick(m[1]), b = pick(m[2]);
    if (a && b) chart(a, b); else showTimeline();
  }
  window.addEventListener("hashchange", route);

  diplograph.showTimeline = showTimeline;
  diplograph.showGraph = showGraph;
  diplograph.showChart = chart;
  diplograph.chartable = function (a, b) { return figures(a, b).length > 0; };
  diplograph.timeline = {
    set: function (country, other, off) {
      state.country = country || ""; state.other = other || ""; state.off = off || {};
      state.limit = LIST; showTimeline();
    },
    state: function () { return state; }
  };
  diplograph.onLanguage = relabel;
  relabel();
  route();
})();
