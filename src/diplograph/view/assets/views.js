// What a view of the page shows, before it is laid out: the overview (the countries and the
// most connected people and objects, the facts between two of them folded into one edge), a
// node's neighbourhood, the facts between two nodes, and the nodes a search finds. Functions of
// the graph and of the classes the reader has hidden (the page's filters change that object).
function dgViews(graph) {
  "use strict";
  var info = graph.info, ids = graph.ids, adj = graph.adj, hiddenClasses = graph.hiddenClasses;
  var OVERVIEW = 70;       // nodes an overview shows at most (countries always)
  var VIEW_FACTS = 40;     // facts a neighbourhood lays out; the panel lists them all
  var VIEW_NODES = 110;    // nodes a neighbourhood lays out at most
  var SKIP = {Role: true}; // posts are read on people, never hubs of their own
  var facts = ids.filter(function (id) { return info[id].fact; });
  var entities = ids.filter(function (id) { return !info[id].fact; });

  function norm(s) { return s.toLowerCase().replace(/ё/g, "е"); }
  function cmp(a, b) { return a < b ? -1 : a > b ? 1 : 0; }
  function weight(id) { return info[id].degree || 0; }
  function byWeight(a, b) { return weight(b) - weight(a) || cmp(info[a].label, info[b].label) || cmp(a, b); }
  function shownClass(id) { return !hiddenClasses[info[id].cls]; }
  function linked(id) { return adj[id] || []; }
  function other(e, id) { return e.from === id ? e.to : e.from; }
  // the facts that join two shown nodes, by pair: each fact joins every two of its ends
  function folds(inView) {
    var found = {};
    facts.forEach(function (f) {
      if (!shownClass(f)) return;
      var e = info[f].ends.filter(function (m) { return inView[m]; });
      for (var i = 0; i < e.length; i++) {
        for (var j = i + 1; j < e.length; j++) {
          var key = e[i] + "\u0001" + e[j];
          (found[key] = found[key] || []).push(f);
        }
      }
    });
    return found;
  }
  function between(a, b) {
    return facts.filter(function (f) {
      var e = info[f].ends;
      return shownClass(f) && e.indexOf(a) >= 0 && e.indexOf(b) >= 0;
    });
  }
  // the facts of the whole graph between two nodes, where the page holds fewer of them
  var wholePairs = {};
  (graph.pairs || []).forEach(function (p) {
    wholePairs[ids[p[0]] + "\u0001" + ids[p[1]]] = p[2];
  });
  function pairTotal(a, b, onPage) {
    var key = a < b ? a + "\u0001" + b : b + "\u0001" + a;
    return Math.max(wholePairs[key] || 0, onPage);
  }

  function overviewView() {
    var countries = [], others = [];
    entities.forEach(function (id) {
      if (!shownClass(id) || SKIP[info[id].cls]) return;
      (info[id].cls === "Country" ? countries : others).push(id);
    });
    countries.sort(byWeight); others.sort(byWeight);
    var members = countries.concat(others.slice(0, Math.max(OVERVIEW - countries.length, 12)));
    var inView = {};
    members.forEach(function (id) { inView[id] = true; });
    var found = folds(inView), kept = {}, folded = [];
    if (!Object.keys(hiddenClasses).length) {  // the whole graph's counts know no classes
      Object.keys(wholePairs).forEach(function (key) {
        var ends = key.split("\u0001");
        if (inView[ends[0]] && inView[ends[1]] && !found[key]) found[key] = [];
      });
    }
    Object.keys(found).map(function (key) {
      var ends = key.split("\u0001");
      return {a: ends[0], b: ends[1], facts: found[key],
              n: pairTotal(ends[0], ends[1], found[key].length)};
    }).sort(function (x, y) {
      return y.n - x.n || cmp(x.a + x.b, y.a + y.b);
    }).forEach(function (f) {
      // the strongest few of each node: a backbone, not every pair of a busy corpus
      var cap = function (id) { return info[id].cls === "Country" ? 4 : 2; };
      if ((kept[f.a] || 0) < cap(f.a) || (kept[f.b] || 0) < cap(f.b)) {
        kept[f.a] = (kept[f.a] || 0) + 1; kept[f.b] = (kept[f.b] || 0) + 1;
        folded.push(f);
      }
    });
    var direct = [];
    members.forEach(function (id) {
      linked(id).forEach(function (e) {
        if (e.from === id && inView[e.to] && !info[e.to].fact) direct.push(e);
      });
    });
    return {kind: "overview", key: "overview", members: members, folded: folded,
            direct: direct, labelEdges: false};
  }

  function factOrder(a, b) {
    var x = info[a], y = info[b];
    return y.disagrees.length - x.disagrees.length || cmp(y.when || "", x.when || "") ||
      cmp(x.cls, y.cls) || cmp(a, b);
  }
  function neighbourhood(centre, around) {
    var members = centre.slice(), inView = {};
    members.forEach(function (id) { inView[id] = true; });
    function add(id) {
      if (inView[id] || !shownClass(id) || members.length >= VIEW_NODES) return;
      inView[id] = true; members.push(id);
    }
    around.forEach(add);
    around.forEach(function (f) {
      if (!info[f].fact) return;
      linked(f).map(function (e) { return other(e, f); }).sort(byWeight).forEach(add);
    });
    var direct = [];
    members.forEach(function (id) {
      linked(id).forEach(function (e) { if (e.from === id && inView[e.to]) direct.push(e); });
    });
    return {members: members, inView: inView, direct: direct};
  }
  function nodeView(id) {
    var near = [], fs = [];
    linked(id).forEach(function (e) {
      var o = other(e, id);
      if (info[o].fact && !info[id].fact) { if (fs.indexOf(o) < 0) fs.push(o); }
      else if (near.indexOf(o) < 0) near.push(o);
    });
    near = near.filter(shownClass).sort(byWeight);
    fs = fs.filter(shownClass).sort(factOrder).slice(0, VIEW_FACTS);
    var v = neighbourhood([id], near.concat(fs));
    return {kind: "node", key: "node:" + id, focus: id, members: v.members, folded: [],
            direct: v.direct, labelEdges: true};
  }
  function pairView(a, b) {
    var fs = between(a, b).sort(factOrder);
    var v = neighbourhood([a, b], fs.slice(0, VIEW_FACTS));
    var virtual = [];
    fs.forEach(function (f) {
      if (!v.inView[f]) return;
      [a, b].forEach(function (end) {
        var direct = linked(f).some(function (e) { return other(e, f) === end; });
        if (!direct) virtual.push({a: f, b: end, facts: [f], virtual: true});
      });
    });
    return {kind: "pair", key: "pair:" + a + "|" + b, pair: [a, b], facts: fs,
            members: v.members, folded: virtual, direct: v.direct, labelEdges: true};
  }

  // the nodes a search finds, best first
  function matches(query, limit) {
    var q = norm(query.trim());
    if (!q) return [];
    var found = [];
    ids.forEach(function (id) {
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

  return {overview: overviewView, node: nodeView, pair: pairView, pairTotal: pairTotal,
          factOrder: factOrder, byWeight: byWeight, linked: linked, matches: matches};
}
