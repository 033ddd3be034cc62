// The side panel: what the page knows of a node (its properties, links to open data, its
// relations read in their direction, its facts with the sentences that state them), or of
// the facts folded into one edge between two nodes. Text goes in as text, never as markup.
function dgPanel(page) {
  "use strict";
  var info = page.info, sentences = page.sentences;
  var panel = document.getElementById("dg-panel");
  var body = document.getElementById("dg-panel-body");
  var t = page.t, tr = page.tr, name = page.name, kind = page.kind, el = page.el;
  var shown = null;

  function section(title) { body.appendChild(el("h3", title)); }
  function link(id) {
    var a = el("span", name(id), "dg-link");
    a.addEventListener("click", function () { page.open(id); });
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
  // "A — label → B", the way the graph states it, whichever end this panel is about
  function relation(id, e) {
    var from = e.from, to = e.to, label = e.label;
    if (e.inverse && e.to === id) { from = e.to; to = e.from; label = e.inverse; }
    var li = el("li");
    li.appendChild(from === id ? el("b", name(from)) : link(from));
    li.appendChild(document.createTextNode(" — " + tr(label) + " → "));
    li.appendChild(to === id ? el("b", name(to)) : link(to));
    return li;
  }
  function disagreement(f, box) {
    (info[f].disagrees || []).forEach(function (o) {
      var line = el("div", "⚠ " + t("disagrees") + " ", "dg-disagree");
      line.appendChild(link(o));
      box.appendChild(line);
    });
  }
  var FACT_ORDER = page.facts;
  function factRank(id) {
    var r = FACT_ORDER.indexOf(info[id].cls);
    return [r < 0 ? FACT_ORDER.length : r, info[id].when || "", name(id)];
  }
  function byRank(a, b) {
    var x = factRank(a), y = factRank(b);
    return x[0] - y[0] || (x[1] > y[1] ? -1 : x[1] < y[1] ? 1 : 0) ||
      (x[2] < y[2] ? -1 : x[2] > y[2] ? 1 : 0);
  }
  // the facts a node takes part in (or an edge folds), each with its key values and sources
  function showFacts(id, facts, seen, limit) {
    facts.sort(byRank);
    section(t("facts") + " (" + facts.length + ")");
    facts.slice(0, limit).forEach(function (f) {
      var d = info[f], box = el("div", null, "dg-fact");
      box.appendChild(el("span", kind(d) + " · ", "dg-kind"));
      box.appendChild(link(f));
      var keys = [];
      page.linked(f).forEach(function (e) {
        var other = e.from === f ? e.to : e.from;
        if (info[other] && info[other].fact) return;  // a disagreement: said below
        var label = e.to === f && e.inverse ? e.inverse : e.label;
        if (other !== id) keys.push(tr(label) + ": " + name(other));
      });
      d.props.forEach(function (p) { keys.push(tr(p[0]) + ": " + tr(p[1])); });
      if (keys.length) box.appendChild(el("div", keys.join(" · "), "dg-fact-keys"));
      disagreement(f, box);
      body.appendChild(box);
      d.evidence.forEach(function (i) { quote(i, seen); });
    });
    if (facts.length > limit) body.appendChild(el("div", t("more") + (facts.length - limit)));
  }
  function open() { panel.hidden = false; body.scrollTop = 0; }

  function showNode(id) {
    var d = info[id];
    if (!d) return;
    shown = {node: id};
    body.textContent = "";
    body.appendChild(el("div", kind(d) + " (" + d.cls + ")", "dg-kind"));
    body.appendChild(el("div", name(id), "dg-title"));
    if (d.summary) body.appendChild(el("div", d.summary));
    var others = d.names.filter(function (n) { return n !== name(id); });
    if (others.length) body.appendChild(el("div", t("also") + others.join("; ")));
    if (d.fact) disagreement(id, body);
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
    page.linked(id).forEach(function (e) {
      var other = e.from === id ? e.to : e.from;
      var o = info[other];
      if (!d.fact && o && (o.fact || o.evidence.length)) {
        if (facts.indexOf(other) < 0) facts.push(other);
      } else if (!(d.fact && o && o.fact)) { rel.push(e); }
    });
    if (rel.length) {
      section(t("rel"));
      var ul3 = el("ul");
      rel.forEach(function (e) { ul3.appendChild(relation(id, e)); });
      body.appendChild(ul3);
    }
    var seen = {};
    if (d.evidence.length) {
      section(t("src"));
      d.evidence.forEach(function (i) { quote(i, seen); });
    }
    if (facts.length) showFacts(id, facts, seen, 40);
    if (d.provenance) body.appendChild(el("div", d.provenance, "dg-kind"));
    open();
  }

  // the facts folded into the edge between a and b
  function showPair(a, b, facts, total) {
    shown = {pair: [a, b, facts, total]};
    body.textContent = "";
    body.appendChild(el("div", t("between"), "dg-kind"));
    var title = el("div", null, "dg-title");
    title.appendChild(link(a));
    title.appendChild(document.createTextNode(" — "));
    title.appendChild(link(b));
    body.appendChild(title);
    if (total > facts.length) {
      body.appendChild(el("div", t("inGraph") + total + t("onPage") + facts.length, "dg-note"));
    }
    if (page.chartable(a, b)) {
      var go = el("button", t("chart"), "dg-button");
      go.type = "button";
      go.addEventListener("click", function () { page.chart(a, b); });
      body.appendChild(go);
    }
    showFacts(null, facts.slice(), {}, 60);
    open();
  }

  function hide() { panel.hidden = true; shown = null; }
  function refresh() {
    if (!shown) return;
    if (shown.node) showNode(shown.node);
    else showPair.apply(null, shown.pair);
  }
  document.getElementById("dg-close").addEventListener("click", function () {
    hide(); network.unselectAll();
  });
  return {showNode: showNode, showPair: showPair, hide: hide, refresh: refresh,
          shown: function () { return shown; }};
}
