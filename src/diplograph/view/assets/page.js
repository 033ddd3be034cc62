var nodes, edges, network;
var diplograph = {ready: false};
// The page: an overview that reads at any size of graph, and views laid out anew for what a
// reader opens. The overview shows the countries and the most connected people and objects;
// the facts between two of them are folded into one edge (its width says how many) that
// opens them. A click on a node lays out its neighbourhood, a filter lays out what remains.
// Every node and edge of the page is in the DataSets `nodes` and `edges` (pyvis's
// convention); those outside the current view are hidden.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("dg-data").textContent);
  var info = data.info, classes = data.classes || {}, english = data.english || {};
  var LEGIBLE = 0.4;       // the share of the canvas a view's shapes and must-read labels take
  var PANEL = 392;         // pixels the side panel takes on the right of the canvas
  var STYLE = {
    Country: {px: 13, bold: true, color: "#13304d"},
    entity: {px: 12, color: "#222222"},
    fact: {px: 11, color: "#444444"},
    disagree: {px: 11, color: "#b00020", bold: true},
    edge: {px: 10, color: "#6b7580"}
  };

  var byId = {};
  data.nodes.forEach(function (n) { n.hidden = true; byId[n.id] = n; });
  data.edges.forEach(function (e) { e.hidden = true; });
  nodes = new vis.DataSet(data.nodes);
  edges = new vis.DataSet(data.edges);
  var container = document.getElementById("dg-network");
  network = new vis.Network(container, {nodes: nodes, edges: edges}, data.options);

  var ids = data.nodes.map(function (n) { return n.id; });
  var adj = {}, byClass = {};
  ids.forEach(function (id) {
    var d = info[id];
    ["props", "links", "evidence", "ends", "disagrees"].forEach(function (k) { d[k] = d[k] || []; });
    d.names = d.names || [d.label];
    if (d.en && d.names.indexOf(d.en) < 0) d.names.push(d.en);
    (byClass[d.cls] = byClass[d.cls] || []).push(id);
    adj[id] = [];
  });
  data.edges.forEach(function (e) { adj[e.from].push(e); adj[e.to].push(e); });
  var hiddenClasses = {};
  var views = dgViews({info: info, ids: ids, adj: adj, pairs: data.pairs,
                       hiddenClasses: hiddenClasses});
  var overviewView = views.overview, nodeView = views.node, pairView = views.pair;
  var pairTotal = views.pairTotal, factOrder = views.factOrder, byWeight = views.byWeight;
  var linked = views.linked, matches = views.matches;

  // the interface in Russian, or English on the switch (labels @en where the graph has them)
  var lang = "ru";
  var UI = {
    ru: {props: "Свойства", links: "Ссылки", rel: "Связи", facts: "Факты", src: "Источник",
         also: "также: ", again: "то же предложение — выше", more: "… ещё ",
         find: "Найти узел по названию…", between: "Факты между", chart: "График товарооборота",
         inGraph: "В графе фактов: ", onPage: ", на странице: ", disagrees: "расходится с",
         overview: "Обзор: страны и самые связанные узлы; линия между ними — их общие факты",
         around: "Окрестность: ", pair: "Факты между: ", facts_n: " фактов"},
    en: {props: "Properties", links: "Links", rel: "Relations", facts: "Facts", src: "Source",
         also: "also: ", again: "the same sentence as above", more: "… and ",
         find: "Find a node by name…", between: "Facts between", chart: "Turnover chart",
         inGraph: "Facts in the graph: ", onPage: ", on this page: ",
         disagrees: "disagrees with",
         overview: "Overview: countries and the most connected nodes; a line is their facts",
         around: "Neighbourhood: ", pair: "Facts between: ", facts_n: " facts"}
  };
  function t(key) { return UI[lang][key]; }
  function tr(text) { return lang === "en" && english[text] ? english[text] : text; }
  function name(id) { var d = info[id]; return d ? (lang === "en" && d.en) || d.label : id; }
  function kind(d) {
    var c = classes[d.cls];
    return c ? (lang === "en" ? c[1] : c[0]) : d.cls;
  }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  function canvasLabel(id) {
    var d = info[id];
    return lang === "en" && d.canvasEn ? d.canvasEn : byId[id].label;
  }
  function style(id) {
    var d = info[id];
    if (d.fact) return d.disagrees.length ? STYLE.disagree : STYLE.fact;
    return d.cls === "Country" ? STYLE.Country : STYLE.entity;
  }
  function lines(id) { return dgLabels.wrap(canvasLabel(id), info[id].fact ? 34 : 26); }
  function seedOf(text) {  // FNV-1a: the same view, the same layout
    var h = 2166136261;
    for (var i = 0; i < text.length; i++) { h ^= text.charCodeAt(i); h = Math.imul(h, 16777619); }
    return h >>> 0;
  }

  // --- laying a view out and showing it ----------------------------------------------
  var current = null, shown = {}, shownEdges = {}, extra = [], labelled = [], labelEdges = [];
  var labels = dgLabels.install(network, function () {
    var selected = network.getSelectedNodes()[0];
    var list = labelled;
    if (selected && shown[selected]) {
      var first = {id: selected, size: byId[selected].size, lines: lines(selected),
                   style: Object.assign({}, style(selected), {bold: true})};
      list = [first].concat(labelled.filter(function (n) { return n.id !== selected; }));
    }
    return {nodes: list, edges: labelEdges, shapes: labelled};
  });

  function priority(v) {
    var rank = function (id) {
      if (v.focus === id || (v.pair && v.pair.indexOf(id) >= 0)) return 0;
      if (info[id].cls === "Country") return 1;
      return info[id].fact ? 3 : 2;
    };
    return v.members.slice().sort(function (a, b) {
      return rank(a) - rank(b) || (info[a].fact ? factOrder(a, b) : byWeight(a, b));
    });
  }
  // the canvas a view is laid out in: left of the side panel when the panel is open
  function canvasSize(kind) {
    var width = container.clientWidth || 800, height = container.clientHeight || 600;
    var aside = kind === "overview" ? 0 : Math.min(PANEL, width * 0.45);
    return {width: width - aside, height: height, aside: aside};
  }
  var laid = null;
  function show(v) {
    var order = priority(v), index = {}, size = canvasSize(v.kind);
    order.forEach(function (id, i) { index[id] = i; });
    // the labels that must read at fit: in order, while the view's shapes and their labels
    // take no more than a share of the canvas (denser, they cannot all be given room)
    var budget = LEGIBLE * (size.width - 36) * (size.height - 36), used = 0;
    order.forEach(function (id) {
      var bare = dgLayout.box(byId[id].size, 0, 0, dgLabels.GAP);
      used += 4 * bare.hw * bare.hh;
    });
    var items = order.map(function (id, i) {
      var s = byId[id].size, label = labels.size(lines(id), style(id));
      var bare = dgLayout.box(s, 0, 0, dgLabels.GAP);
      var full = dgLayout.box(s, label.w, label.h, dgLabels.GAP);
      var more = 4 * (full.hw * full.hh - bare.hw * bare.hh);
      var must = i === 0 || used + more <= budget;
      if (must) used += more;
      return {size: s, w: must ? label.w : 0, h: must ? label.h : 0};
    });
    var links = [];
    v.direct.forEach(function (e) { links.push([index[e.from], index[e.to], 1]); });
    v.folded.forEach(function (f) {
      links.push([index[f.a], index[f.b], 1 + Math.log(Math.max(f.n || f.facts.length, 1)) / 2]);
    });
    var pos = dgLayout.arrange(items, links, {width: size.width, height: size.height,
                                              seed: seedOf(v.key), gap: dgLabels.GAP,
                                              pinned: v.kind === "node" ? 0 : -1});
    items.forEach(function (it, i) { if (!pos.labelled[i]) { it.w = 0; it.h = 0; } });
    var updates = [], now = {};
    order.forEach(function (id, i) {
      now[id] = true;
      updates.push({id: id, hidden: false, x: Math.round(pos.x[i]), y: Math.round(pos.y[i])});
    });
    Object.keys(shown).forEach(function (id) {
      if (!now[id]) updates.push({id: id, hidden: true});
    });
    nodes.update(updates);
    var edgeNow = {}, edgeUpdates = [];
    v.direct.forEach(function (e) { edgeNow[e.id] = true; });
    Object.keys(shownEdges).forEach(function (id) {
      if (!edgeNow[id]) edgeUpdates.push({id: id, hidden: true});
    });
    Object.keys(edgeNow).forEach(function (id) {
      if (!shownEdges[id]) edgeUpdates.push({id: id, hidden: false});
    });
    edges.update(edgeUpdates);
    edges.remove(extra);
    var most = 1;
    v.folded.forEach(function (f) { most = Math.max(most, f.n || f.facts.length); });
    extra = v.folded.map(function (f, i) { return foldedEdge(f, i, most); });
    edges.add(extra);
    extra = extra.map(function (e) { return e.id; });
    shown = now; shownEdges = edgeNow; current = v;
    laid = {order: order, items: items, settled: pos.settled};
    labelled = order.map(function (id) {
      return {id: id, size: byId[id].size, lines: lines(id), style: style(id)};
    });
    labelEdges = !v.labelEdges ? [] : v.direct.map(function (e) {
      return {id: e.id, from: e.from, to: e.to, lines: [tr(e.label)], style: STYLE.edge};
    });
    home.hidden = v.kind === "overview";
    note.textContent = v.kind === "overview" ? t("overview") : v.kind === "node" ?
      t("around") + name(v.focus) : t("pair") + name(v.pair[0]) + " — " + name(v.pair[1]);
    fit();
  }
  // an edge folding facts: its width says how many, against the most any edge of the view
  function foldedEdge(f, i, most) {
    var n = f.facts.length, total = f.virtual ? n : pairTotal(f.a, f.b, n);
    var countries = info[f.a].cls === "Country" && info[f.b].cls === "Country";
    var counts = {};
    f.facts.forEach(function (id) { var k = kind(info[id]); counts[k] = (counts[k] || 0) + 1; });
    var title = f.virtual ? "" : name(f.a) + " — " + name(f.b) + ": " + total + t("facts_n") +
      "\n" + Object.keys(counts).sort().map(function (k) { return k + " " + counts[k]; })
        .join(", ");
    var broken = f.facts.some(function (id) { return info[id].disagrees.length; });
    return {id: "fold:" + i + ":" + f.a + "|" + f.b, from: f.a, to: f.b, fold: !f.virtual,
            facts: f.facts, title: title || undefined, arrows: {to: {enabled: false}},
            dashes: f.virtual || broken,
            width: f.virtual ? 1 : 1 + 5 * Math.log(1 + total) / Math.log(1 + most),
            color: {color: f.virtual ? "#c8ccd2" : broken ? "#d9534f" : countries ? "#6d87a6" :
                    "#b7c0ca", highlight: "#243447", hover: "#243447"}};
  }
  // fit: the whole view on the canvas, the labels that must read inside it
  function fit() {
    if (!laid) return;
    var size = canvasSize(current.kind), pos = network.getPositions(laid.order);
    var x = laid.order.map(function (id) { return pos[id].x; });
    var y = laid.order.map(function (id) { return pos[id].y; });
    var sizes = laid.items.map(function (it) { return it.size; });
    var hw = laid.items.map(function (it) { return it.w ? it.w / 2 + 3 : 0; });
    var below = laid.items.map(function (it) { return it.w ? dgLabels.GAP + it.h + 3 : 0; });
    var f = dgLayout.fitScale(x, y, sizes, hw, below, size.width, size.height, 16);
    network.moveTo({position: {x: f.cx + size.aside / 2 / f.scale, y: f.cy}, scale: f.scale,
                    animation: false});
  }

  var page = {info: info, sentences: data.sentences, facts: data.facts, t: t, tr: tr,
              name: name, kind: kind, el: el, linked: linked, classes: classes,
              lang: function () { return lang; },
              open: function (id) { if (diplograph.showGraph) diplograph.showGraph(); focusNode(id); },
              chartable: function (a, b) { return !!diplograph.chartable && diplograph.chartable(a, b); },
              chart: function (a, b) { if (diplograph.showChart) diplograph.showChart(a, b); }};
  var panel = dgPanel(page);
  var home = document.getElementById("dg-home"), note = document.getElementById("dg-view");

  function overview() { network.unselectAll(); panel.hide(); show(overviewView()); }
  function focusNode(id) {
    var d = info[id];
    if (!d) return false;
    if (hiddenClasses[d.cls]) {
      var box = document.querySelector('input[data-class="' + CSS.escape(d.cls) + '"]');
      if (box) box.checked = true;
      delete hiddenClasses[d.cls];
    }
    show(nodeView(id));
    network.selectNodes([id]);
    panel.showNode(id);
    return true;
  }
  function openPair(a, b) {
    if (!info[a] || !info[b]) return false;
    var v = pairView(a, b);
    show(v);
    network.unselectAll();
    panel.showPair(a, b, v.facts, pairTotal(a, b, v.facts.length));
    return true;
  }
  home.addEventListener("click", overview);

  // --- search, filters, language ------------------------------------------------------
  function search(query) {
    var hit = matches(query, 1);
    return hit.length && focusNode(hit[0]) ? hit[0] : null;
  }
  var input = document.getElementById("dg-search");
  var results = document.getElementById("dg-results");
  input.addEventListener("input", function () {
    results.textContent = "";
    matches(input.value, 12).forEach(function (id) {
      var li = el("li", name(id) + " ");
      li.appendChild(el("small", kind(info[id])));
      li.addEventListener("click", function () { focusNode(id); results.textContent = ""; });
      results.appendChild(li);
    });
  });
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { search(input.value); results.textContent = ""; }
    if (ev.key === "Escape") { results.textContent = ""; }
  });

  // a filter takes a class off (or back) and lays out again what the view then holds
  function setClass(cls, visible) {
    if (visible) delete hiddenClasses[cls]; else hiddenClasses[cls] = true;
    if (!current || current.kind === "overview") { show(overviewView()); return; }
    if (current.kind === "node") {
      if (hiddenClasses[info[current.focus].cls]) overview(); else show(nodeView(current.focus));
    } else if (current.pair.some(function (id) { return hiddenClasses[info[id].cls]; })) {
      overview();
    } else { show(pairView(current.pair[0], current.pair[1])); }
  }
  Array.prototype.forEach.call(document.querySelectorAll("input[data-class]"), function (box) {
    box.addEventListener("change", function () {
      setClass(box.getAttribute("data-class"), box.checked);
    });
  });

  function setLanguage(code) {
    lang = code === "en" ? "en" : "ru";
    var en = lang === "en";
    nodes.update(ids.map(function (id) {
      return {id: id, label: en && info[id].canvasEn ? info[id].canvasEn : byId[id].label};
    }));
    edges.update(data.edges.map(function (e) {
      return {id: e.id, label: en && english[e.label] ? english[e.label] : e.label};
    }));
    Array.prototype.forEach.call(document.querySelectorAll("[data-class-label]"), function (s) {
      var c = classes[s.getAttribute("data-class-label")];
      if (c) s.textContent = en ? c[1] : c[0];
    });
    input.placeholder = t("find");
    document.documentElement.lang = lang;
    if (current) show(current.kind === "overview" ? overviewView() : current);
    panel.refresh();
    if (diplograph.onLanguage) diplograph.onLanguage(lang);
  }
  var langBox = document.getElementById("dg-english");
  langBox.addEventListener("change", function () { setLanguage(langBox.checked ? "en" : "ru"); });

  network.on("click", function (params) {
    if (params.nodes.length) { focusNode(params.nodes[0]); return; }
    var e = params.edges.length ? edges.get(params.edges[0]) : null;
    if (e && e.fold) { openPair(e.from, e.to); return; }
    panel.hide();
  });
  window.addEventListener("resize", function () { if (current) show(current); });

  show(overviewView());
  if (data.start && info[data.start]) focusNode(data.start);  // a page drawn around a node
  network.once("afterDrawing", function () {
    diplograph.ready = true;
    document.body.setAttribute("data-ready", "true");
  });
  network.redraw();

  diplograph.search = search;
  diplograph.focusNode = focusNode;
  diplograph.openPair = openPair;
  diplograph.overview = overview;
  diplograph.setClass = function (cls, visible) {
    var box = document.querySelector('input[data-class="' + CSS.escape(cls) + '"]');
    if (box) box.checked = visible;
    setClass(cls, visible);
  };
  diplograph.fit = fit;
  diplograph.laid = function () { return laid; };
  diplograph.view = function () {
    return {kind: current.kind, members: current.members.slice(),
            folded: extra.slice()};
  };
  diplograph.labelled = function () { return labels.drawn(); };
  diplograph.label = {font: dgLabels.FONT, gap: dgLabels.GAP, pad: dgLabels.PAD,
                      line: dgLabels.LINE};
  diplograph.setLanguage = function (code) {
    langBox.checked = code === "en";
    setLanguage(code);
  };
  diplograph.page = page;
})();
