// The query page: runs the query with fetch and shows the answer as a table (solutions),
// true or false (ASK) or Turtle (CONSTRUCT, DESCRIBE). Every value is put in as text.
"use strict";

function cell(row, tag, text) {
  const element = document.createElement(tag);
  element.textContent = text;
  row.appendChild(element);
}

function showSolutions(target, data) {
  const names = data.head.vars || [];
  const table = document.createElement("table");
  const head = document.createElement("tr");
  names.forEach(function (name) { cell(head, "th", name); });
  table.appendChild(head);
  data.results.bindings.forEach(function (binding) {
    const row = document.createElement("tr");
    names.forEach(function (name) {
      cell(row, "td", binding[name] ? binding[name].value : "");
    });
    table.appendChild(row);
  });
  target.appendChild(table);
  return data.results.bindings.length + " rows";
}

function showText(target, text) {
  const pre = document.createElement("pre");
  pre.textContent = text;
  target.appendChild(pre);
}

async function run(event) {
  const form = document.getElementById("query-form");
  if (event.submitter && event.submitter.id === "download") {
    return;  // the form's own GET: the browser downloads the file
  }
  event.preventDefault();
  const status = document.getElementById("status");
  const target = document.getElementById("results");
  target.replaceChildren();
  status.className = "";
  status.textContent = "running…";
  const started = performance.now();
  try {
    const response = await fetch("/sparql", {
      method: "POST",
      headers: {
        "Content-Type": "application/sparql-query",
        "Accept": "application/sparql-results+json, text/turtle;q=0.9"
      },
      body: form.elements.query.value
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(2) + " s";
    const kind = response.headers.get("Content-Type") || "";
    if (!response.ok) {
      status.className = "error";
      status.textContent = response.status + ": " + (await response.text()).trim();
      return;
    }
    if (kind.indexOf("application/sparql-results+json") === 0) {
      const data = await response.json();
      if (typeof data.boolean === "boolean") {
        showText(target, String(data.boolean));
        status.textContent = "answered in " + seconds;
      } else {
        status.textContent = showSolutions(target, data) + " in " + seconds;
      }
    } else {
      showText(target, await response.text());
      status.textContent = "graph in " + seconds;
    }
  } catch (error) {
    status.className = "error";
    status.textContent = "no answer: " + error;
  }
}

document.addEventListener("DOMContentLoaded", function () {
  const form = document.getElementById("query-form");
  form.addEventListener("submit", run);
  document.getElementById("question").addEventListener("change", function (event) {
    if (event.target.value) {
      form.elements.query.value = event.target.value;
    }
  });
});
