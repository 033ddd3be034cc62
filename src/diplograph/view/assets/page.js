var nodes, edges, network;
var diplograph = {ready: false};
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("dg-data").textContent);
  var info = data.info, sentences = data.sentences, classes = data.classes || {};
  var english = data.english || {};
  nodes = new vis.DataSet(data.nodes);
  edges = new vis.DataSet(data.edges);
  network = new vis.Network(document.getElementById("dg-network"),
                            {nodes: nodes, edges: edges}, data.options);
  network.once("afterDrawing", function () {
    diplograph.ready = true;
    document.body.setAttribute("data-ready", "true");
  });
  var byClass = {};
  Object.keys(info).forEach(function (id) {
    var d = info[id];
    ["props", "links", "evidence"].forEach(function (k) { d[k] = d[k] || []; });
    d.names = d.names || [d.label];
    if (d.en && d.names.indexOf(d.en) < 0) d.names.push(d.en);
    (byClass[d.cls] = byClass[d.cls] || []).push(id);
  });
  var hiddenClasses = {};

  // the interface in Russian, or English on the switch (labels @en where the graph has them)
  var lang = "ru";
  var UI = {
    ru: {props: "Свойства", links: "Ссылки", rel: "Связи", facts: "Факты", src: "Источник",
         also: "также: ", again: "то же предложение — выше", more: "… ещё ",
         find: "Найти узел по названию…"},
    en: {props: "Properties", links: "Links", rel: "Relations", facts: "Facts", src: "Source",
         also: "also: ", again: "the same sentence as above", more: "… and ",
         find: "Find a node by name…"}
  };
  function t(key) { return UI[lang][key]; }
  function tr(text) { return lang === "en" && english[text] ? english[text] : text; }
  function name(id) { var d = info[id]; return d ? (lang === "en" && d.en) || d.label : id; }
  function kind(d) {
    var c = classes[d.cls];
    return c ? (lang === "en" ? c[1] : c[0]) : d.cls;
  }

  function norm(s) { return s.toLowerCase().replace(/ё/g, "е"); }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  // neighbourhood highlighting: everything else fades (shape and label)
  var fonts = {}, canvasRu = {};
  data.nodes.forEach(function (n) {
    fonts[n.id] = n.font || {color: "#222222"};
    canvasRu[n.id] = n.label;
  });
  function faded(id, keep) {
    var font = Object.assign({}, fonts[id]);
    if (!keep) font.color = "#d0d0d0";
    return {id: id, opacity: keep ? 1 : 0.15, font: font};
  }
  var dimmed = false;
  function highlight(id) {
    if (!data.dim) return;
    var keep = {};
    keep[id] = true;
    network.getConnectedNodes(id).forEach(function (n) { keep[n] = true; });
    nodes.update(nodes.getIds().map(function (n) { return faded(n, keep[n]); }));
    dimmed = true;
  }
  function clearHighlight() {
    if (!dimmed) return;
    nodes.update(nodes.getIds().map(function (n) { return faded(n, true); }));
    dimmed = false;
  }

  var panel = document.getElementById("dg-panel");
  var body = document.getElementById("dg-panel-body");
  var shownId = null;
  function section(title) { body.appendChild(el("h3", title)); }
  function link(id) {
    var a = el("span", name(id), "dg-link");
    a.addEventListener("click", function () { focusNode(id); });
    return a;
  }
  function quote(i, seen) {
    var s = sentences[i];
    if (seen) {
      if (seen[i]) {
        body.appendChild(el("div", "«" + s[0].slice(0, 60) + "…» (" + t("again") + ")",
                            "dg-again"));
        return;
      }
      seen[i] = true;
    }
    var q = el("blockquote", "«" + s[0] + "»");
    var src = [s[1], s[2]].filter(Boolean).join(", ");
    if (src) q.appendChild(el("cite", "— " + src));
    body.appendChild(q);
  }
  function linked(id) {
    return edges.get({filter: function (e) { return e.from === id || e.to === id; }});
  }
  // the facts (and sourced things) an entity takes part in, each with its key values
  var FACT_ORDER = data.facts;
  function factRank(id) {
    var r = FACT_ORDER.indexOf(info[id].cls);
    return [r < 0 ? FACT_ORDER.length : r, name(id)];
  }
  function showFacts(id, facts, seen) {
    facts.sort(function (a, b) {
      var x = factRank(a), y = factRank(b);
      return x[0] - y[0] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0);
    });
    section(t("facts") + " (" + facts.length + ")");
    facts.slice(0, 40).forEach(function (f) {
      var d = info[f], box = el("div", null, "dg-fact");
      box.appendChild(el("span", kind(d) + " · ", "dg-kind"));
      box.appendChild(link(f));
      var keys = [];
      linked(f).forEach(function (e) {
        var other = e.from === f ? e.to : e.from;
        var label = e.to === f && e.inverse ? e.inverse : e.label;
        if (other !== id) keys.push(tr(label) + ": " + name(other));
      });
      d.props.forEach(function (p) { keys.push(tr(p[0]) + ": " + tr(p[1])); });
      if (keys.length) box.appendChild(el("div", keys.join(" · "), "dg-fact-keys"));
      body.appendChild(box);
      d.evidence.forEach(function (i) { quote(i, seen); });
    });
    if (facts.length > 40) body.appendChild(el("div", t("more") + (facts.length - 40)));
  }
  function showPanel(id) {
    var d = info[id];
    if (!d) return;
    shownId = id;
    body.textContent = "";
    body.appendChild(el("div", kind(d) + " (" + d.cls + ")", "dg-kind"));
    body.appendChild(el("div", name(id), "dg-title"));
    if (d.summary) body.appendChild(el("div", d.summary));
    var others = d.names.filter(function (n) { return n !== name(id); });
    if (others.length) body.appendChild(el("div", t("also") + others.join("; ")));
    if (d.props.length) {
      section(t("props"));
      var ul = el("ul");
      d.props.forEach(function (p) { ul.appendChild(el("li", tr(p[0]) + ": " + tr(p[1]))); });
      body.appendChild(ul);
    }
    if (d.links.length) {
      section(t("links"));
      var ul2 = el("ul");
      d.links.forEach(function (l) {
        var li = el("li", l[0] + ": ");
        if (/^https?:\/\//.test(l[1])) {
          var a = el("a", l[1]);
          a.href = l[1]; a.target = "_blank"; a.rel = "noopener noreferrer";
          li.appendChild(a);
        } else { li.appendChild(document.createTextNode(l[1])); }
        ul2.appendChild(li);
      });
      body.appendChild(ul2);
    }
    var rel = [], facts = [];
    linked(id).forEach(function (e) {
      var other = e.from === id ? e.to : e.from;
      var o = info[other];
      if (!d.fact && o && (o.fact || o.evidence.length)) {
        if (facts.indexOf(other) < 0) facts.push(other);
      } else { rel.push([e, other]); }
    });
    if (rel.length) {
      section(t("rel"));
      var ul3 = el("ul");
      rel.forEach(function (pair) {
        var e = pair[0], out = e.from === id || !!e.inverse;
        var label = tr(e.from === id ? e.label : e.inverse || e.label);
        var li = el("li", out ? label + " → " : "← " + label + ": ");
        li.appendChild(link(pair[1]));
        ul3.appendChild(li);
      });
      body.appendChild(ul3);
    }
    var seen = {};
    if (d.evidence.length) {
      section(t("src"));
      d.evidence.forEach(function (i) { quote(i, seen); });
    }
    if (facts.length) showFacts(id, facts, seen);
    if (d.provenance) body.appendChild(el("div", d.provenance, "dg-kind"));
    panel.hidden = false;
  }
  function hidePanel() { panel.hidden = true; shownId = null; }
  document.getElementById("dg-close").addEventListener("click", function () {
    hidePanel(); clearHighlight(); network.unselectAll();
  });

  function focusNode(id) {
    var d = info[id];
    if (!d) return false;
    if (hiddenClasses[d.cls]) {
      var box = document.querySelector('input[data-class="' + CSS.escape(d.cls) + '"]');
      if (box) { box.checked = true; setClass(d.cls, true); }
    }
    network.selectNodes([id]);
    // the node stays clear of the side panel that opens on the right
    var shift = -Math.min(panel.offsetWidth || 370, 370) / 2;
    network.focus(id, {scale: Math.max(network.getScale(), 1.0), offset: {x: shift, y: 0},
                       animation: false});
    highlight(id);
    showPanel(id);
    return true;
  }

  function matches(query, limit) {
    var q = norm(query.trim());
    if (!q) return [];
    var found = [];
    Object.keys(info).forEach(function (id) {
      var best = 3;
      info[id].names.concat([info[id].label]).forEach(function (n) {
        var s = norm(n);
        // whole name, then its start or the start of a word in it, then anywhere
        var words = s.split(/[\s,:;()«»"-]+/);
        var r = s === q ? 0 : s.indexOf(q) === 0 || words.some(function (w) {
          return w.indexOf(q) === 0;
        }) ? 1 : s.indexOf(q) >= 0 ? 2 : 3;
        if (r < best) best = r;
      });
      // people, places and things before the facts that name them
      if (best < 3) found.push([best, info[id].fact ? 1 : 0, -info[id].degree, info[id].label, id]);
    });
    found.sort(function (a, b) {
      for (var i = 0; i < 5; i++) { if (a[i] < b[i]) return -1; if (a[i] > b[i]) return 1; }
      return 0;
    });
    return found.slice(0, limit).map(function (f) { return f[4]; });
  }
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

  function setClass(cls, visible) {
    if (visible) delete hiddenClasses[cls]; else hiddenClasses[cls] = true;
    nodes.update((byClass[cls] || []).map(function (id) { return {id: id, hidden: !visible}; }));
  }
  Array.prototype.forEach.call(document.querySelectorAll("input[data-class]"), function (box) {
    box.addEventListener("change", function () {
      setClass(box.getAttribute("data-class"), box.checked);
    });
  });

  function setLanguage(code) {
    lang = code === "en" ? "en" : "ru";
    var en = lang === "en";
    nodes.update(Object.keys(info).map(function (id) {
      return {id: id, label: en && info[id].canvasEn ? info[id].canvasEn : canvasRu[id]};
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
    if (shownId !== null) showPanel(shownId);
  }
  var langBox = document.getElementById("dg-english");
  langBox.addEventListener("change", function () { setLanguage(langBox.checked ? "en" : "ru"); });

  network.on("click", function (params) {
    if (params.nodes.length) { highlight(params.nodes[0]); showPanel(params.nodes[0]); }
    else { clearHighlight(); hidePanel(); }
  });

  diplograph.search = search;
  diplograph.focusNode = focusNode;
  diplograph.setClass = setClass;
  diplograph.setLanguage = function (code) {
    langBox.checked = code === "en";
    setLanguage(code);
  };
})();
