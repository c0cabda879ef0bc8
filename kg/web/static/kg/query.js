/* kg query page: YASQE editor + our own results table, SVG charts and downloads.
 *
 * Everything from the endpoint is put into the page with textContent / setAttribute, never as
 * markup, so a literal holding "<script>" stays text. No request leaves our own server: the
 * editor's completions come from the ontology embedded in the page, not from prefix.cc or LOV.
 */
(function () {
  "use strict";

  var config = JSON.parse(document.getElementById("kg-config").textContent);
  var SVG = "http://www.w3.org/2000/svg";
  var XSD = "http://www.w3.org/2001/XMLSchema#";
  var NUMERIC = ["integer", "decimal", "double", "float", "int", "long", "short",
    "nonNegativeInteger", "positiveInteger", "negativeInteger", "nonPositiveInteger",
    "unsignedInt", "unsignedLong", "byte", "unsignedByte", "unsignedShort"].map(function (t) {
    return XSD + t;
  });
  var DATES = ["date", "dateTime", "gYear", "gYearMonth"].map(function (t) { return XSD + t; });
  var LOCAL_NAME = /^(?:[A-Za-z0-9_:](?:[A-Za-z0-9_.:-]*[A-Za-z0-9_:-])?)?$/;

  var state = {
    vars: [], rows: [], raw: null, kind: null, sortVar: null, sortDir: 1, page: 0,
    pageSize: 50, view: "table", elapsed: 0
  };

  // --- helpers -----------------------------------------------------------------------------

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (attrs[k] !== null && attrs[k] !== undefined) node.setAttribute(k, attrs[k]);
      });
    }
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function svg(tag, attrs, text) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function shortIri(iri) {
    var best = null;
    Object.keys(config.prefixes).forEach(function (p) {
      var ns = config.prefixes[p];
      // Only a legal prefixed name (no slash in the local part), so it can be pasted into a query.
      if (iri.indexOf(ns) === 0 && LOCAL_NAME.test(iri.slice(ns.length))) {
        if (!best || ns.length > best.ns.length) best = { p: p, ns: ns };
      }
    });
    return best ? best.p + ":" + iri.slice(best.ns.length) : iri;
  }

  // Our own IRIs open their page on this server; others open as they are.
  function localHref(iri) {
    if (iri.indexOf(config.base) === 0) {
      var rest = iri.slice(config.base.length);
      if (/^(id|concept)\//.test(rest) || rest.indexOf("ontology") === 0) return "/" + rest;
      if (rest.indexOf("graph/") === 0) return "/data?graph=" + encodeURIComponent(iri);
    }
    return /^https?:\/\//.test(iri) ? iri : null;
  }

  function isNumeric(term) {
    return term && term.type !== "uri" && term.type !== "bnode" &&
      ((term.datatype && NUMERIC.indexOf(term.datatype) >= 0) ||
       (!term.datatype && term.value !== "" && !isNaN(Number(term.value)) && /^-?[\d.]+$/.test(term.value)));
  }

  function isDate(term) {
    return term && term.type !== "uri" &&
      ((term.datatype && DATES.indexOf(term.datatype) >= 0) || /^\d{4}(-\d{2}){0,2}([T ].*)?$/.test(term.value));
  }

  function compare(a, b) {
    if (!a && !b) return 0;
    if (!a) return 1;   // unbound last
    if (!b) return -1;
    if (isNumeric(a) && isNumeric(b)) return Number(a.value) - Number(b.value);
    return a.value.localeCompare(b.value, undefined, { numeric: true });
  }

  function setStatus(text, cls) {
    var s = document.getElementById("status");
    s.textContent = text;
    s.className = "status" + (cls ? " " + cls : "");
  }

  // --- editor ------------------------------------------------------------------------------

  function completer(list) {
    return function (yasqe, token) {
      var want = (token && token.autocompletionString) || "";
      return list.filter(function (iri) { return iri.indexOf(want) === 0; });
    };
  }
  Yasqe.forkAutocompleter("class", { name: "kg-class", get: completer(config.classes), bulk: false }, false);
  Yasqe.forkAutocompleter("property", { name: "kg-property", get: completer(config.properties), bulk: false }, false);

  var params = new URLSearchParams(window.location.search);
  var yasqe = new Yasqe(document.getElementById("editor"), {
    value: params.get("query") || config.defaultQuery,
    persistenceId: null,
    showQueryButton: false,
    resizeable: true,
    editorHeight: "300px",
    autocompleters: ["variables", "prefixes", "kg-class", "kg-property"],
    prefixCcApi: null,
    requestConfig: { endpoint: config.endpoint, method: "POST" },
    createShareableLink: null,
    consumeShareLink: null,
    extraKeys: {
      "Ctrl-Enter": function () { run(); },
      "Cmd-Enter": function () { run(); },
      "Ctrl-Space": function (cm) { cm.autocomplete(); },
      "Ctrl-/": function (cm) { cm.commentLines(); },
      "Shift-Ctrl-F": function (cm) { cm.autoformat(); },
      // Tab and Shift-Tab leave the editor so keyboard users are never trapped in it.
      Tab: false,
      "Shift-Tab": false,
      Esc: function (cm) { cm.getInputField().blur(); }
    }
  });
  window.kgEditor = yasqe;

  // --- running a query ---------------------------------------------------------------------

  // --- the query in the URL, history and saved queries (this browser's localStorage) -----------

  var HISTORY_KEY = "kg.query.history", SAVED_KEY = "kg.query.saved", HISTORY_MAX = 30;

  function readStore(key, fallback) {
    try {
      var v = JSON.parse(window.localStorage.getItem(key));
      return v === null || v === undefined ? fallback : v;
    } catch (e) { return fallback; }
  }

  function writeStore(key, value) {
    try { window.localStorage.setItem(key, JSON.stringify(value)); } catch (e) { /* full or off */ }
  }

  // The query the page shows is in its address, so a link shares it and Back returns to it.
  function putInUrl(query) {
    var url = new URL(window.location.href);
    if (url.searchParams.get("query") === query) return;
    url.searchParams.set("query", query);
    url.searchParams.delete("run");
    window.history.pushState({ query: query }, "", url.toString());
  }

  function firstLine(query) {
    var lines = query.split("\n").map(function (l) { return l.trim(); })
      .filter(function (l) { return l && l.charAt(0) !== "#" && !/^PREFIX\s/i.test(l); });
    var text = lines.join(" ");
    return text.length > 90 ? text.slice(0, 87) + "…" : text;
  }

  function remember(query, outcome) {
    var history = readStore(HISTORY_KEY, []).filter(function (h) { return h.query !== query; });
    history.unshift({ query: query, at: new Date().toISOString(), outcome: outcome });
    writeStore(HISTORY_KEY, history.slice(0, HISTORY_MAX));
    renderHistory();
  }

  function loadQuery(query, andRun) {
    yasqe.setValue(query);
    if (andRun) run();
  }

  function renderHistory() {
    var list = document.getElementById("history-list");
    if (!list) return;
    var history = readStore(HISTORY_KEY, []);
    list.replaceChildren();
    history.forEach(function (h, i) {
      var li = el("li");
      var b = el("button", { type: "button", "class": "load", title: h.query }, firstLine(h.query));
      b.addEventListener("click", function () { loadQuery(h.query, true); });
      li.appendChild(b);
      li.appendChild(el("small", { "class": "note" }, (h.outcome || "") + " · " +
        new Date(h.at).toLocaleString()));
      list.appendChild(li);
    });
    document.getElementById("history-empty").hidden = history.length > 0;
  }

  function renderSaved() {
    var list = document.getElementById("saved-list");
    if (!list) return;
    var saved = readStore(SAVED_KEY, {});
    var names = Object.keys(saved).sort(function (a, b) { return a.localeCompare(b); });
    list.replaceChildren();
    names.forEach(function (name) {
      var li = el("li");
      var b = el("button", { type: "button", "class": "load", "data-name": name }, name);
      b.addEventListener("click", function () { loadQuery(saved[name], true); });
      var del = el("button", { type: "button", "class": "delete", "aria-label": "Delete " + name }, "×");
      del.addEventListener("click", function () {
        var now = readStore(SAVED_KEY, {});
        delete now[name];
        writeStore(SAVED_KEY, now);
        renderSaved();
      });
      li.appendChild(b);
      li.appendChild(del);
      list.appendChild(li);
    });
    document.getElementById("saved-empty").hidden = names.length > 0;
  }

  function saveQuery() {
    var input = document.getElementById("save-name");
    var name = input.value.trim();
    if (!name) { setStatus("Give the query a name to save it", "error"); input.focus(); return; }
    var saved = readStore(SAVED_KEY, {});
    saved[name] = yasqe.getValue();
    writeStore(SAVED_KEY, saved);
    input.value = "";
    renderSaved();
    setStatus("Saved as “" + name + "” (in this browser)", "ok");
  }

  function run() {
    var query = yasqe.getValue();
    putInUrl(query);
    var type = (yasqe.getQueryType() || "SELECT").toUpperCase();
    var update = yasqe.getQueryMode && yasqe.getQueryMode() === "update";
    var accept = (type === "CONSTRUCT" || type === "DESCRIBE") ? "text/turtle" :
      "application/sparql-results+json";
    var body = new URLSearchParams();
    body.set(update ? "update" : "query", query);
    setStatus("Running…", "busy");
    var button = document.getElementById("run");
    button.disabled = true;
    var started = performance.now();
    return fetch(config.endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept": accept },
      body: body.toString(),
      credentials: "same-origin"
    }).then(function (resp) {
      return resp.text().then(function (text) { return { resp: resp, text: text }; });
    }).then(function (r) {
      state.elapsed = Math.round(performance.now() - started);
      if (!r.resp.ok) { remember(query, "error " + r.resp.status); return showError(r.resp, r.text); }
      var ctype = r.resp.headers.get("Content-Type") || "";
      state.raw = { text: r.text, type: ctype.split(";")[0] };
      if (ctype.indexOf("json") >= 0) {
        var data = JSON.parse(r.text);
        if (typeof data.boolean === "boolean") return showBoolean(data.boolean);
        state.vars = data.head.vars || [];
        state.rows = data.results.bindings || [];
        state.sortVar = null;
        state.page = 0;
        var note = "";
        // The endpoint says when its row cap (setting max_rows) cut the result: never silent.
        if (r.resp.headers.get("KG-Truncated") || data["kg:truncated"]) {
          var cap = data["kg:truncated"] && data["kg:truncated"].max_rows;
          note = " — truncated: only the first " + (cap || state.rows.length) +
            " rows (setting max_rows)";
        }
        setStatus(state.rows.length + " row" + (state.rows.length === 1 ? "" : "s") + " in " +
          state.elapsed + " ms" + note, note ? "error" : "ok");
        remember(query, state.rows.length + " row" + (state.rows.length === 1 ? "" : "s"));
        enableDownloads(true);
        render();
      } else {
        showGraph(r.text);
      }
    }).catch(function (err) {
      setStatus("The endpoint could not be reached: " + err.message, "error");
    }).then(function () { button.disabled = false; });
  }

  function showError(resp, text) {
    var message = text;
    try {
      var body = JSON.parse(text);
      message = body.message || text;
      if (body.hint) message += " — " + body.hint;
    } catch (e) { /* plain text */ }
    setStatus("Error " + resp.status + ": " + message, "error");
    var results = document.getElementById("results");
    results.replaceChildren(el("pre", { "class": "error-body" }, message));
    enableDownloads(false);
  }

  function showBoolean(value) {
    state.vars = []; state.rows = [];
    setStatus("ASK answered in " + state.elapsed + " ms", "ok");
    document.getElementById("results").replaceChildren(el("p", { "class": "boolean" }, value ? "true" : "false"));
    enableDownloads(true);
  }

  function showGraph(text) {
    state.vars = []; state.rows = [];
    setStatus("Graph result in " + state.elapsed + " ms", "ok");
    document.getElementById("results").replaceChildren(el("pre", { "class": "turtle" }, text));
    enableDownloads(true);
  }

  // --- the table ---------------------------------------------------------------------------

  function cell(term) {
    var td = el("td");
    if (!term) return td;
    if (term.type === "uri") {
      var href = localHref(term.value);
      var text = shortIri(term.value);
      if (href) {
        var a = el("a", { href: href, title: term.value }, text);
        if (href.charAt(0) !== "/") { a.rel = "noopener noreferrer"; a.className = "ext"; }
        td.appendChild(a);
      } else {
        td.appendChild(el("span", { title: term.value }, text));
      }
    } else if (term.type === "bnode") {
      td.textContent = "_:" + term.value;
    } else {
      td.textContent = term.value;
      if (isNumeric(term)) td.className = "num";
      var note = term["xml:lang"] ? "@" + term["xml:lang"] :
        (term.datatype && term.datatype !== XSD + "string" ? shortIri(term.datatype) : null);
      if (note) td.title = note;
    }
    return td;
  }

  function sortedRows() {
    if (!state.sortVar) return state.rows;
    var v = state.sortVar, dir = state.sortDir;
    return state.rows.slice().sort(function (a, b) { return dir * compare(a[v], b[v]); });
  }

  function render() {
    var results = document.getElementById("results");
    var rows = sortedRows();
    var pages = Math.max(1, Math.ceil(rows.length / state.pageSize));
    state.page = Math.min(state.page, pages - 1);
    var table = el("table", { "class": "data results-table" });
    var thead = el("thead"), tr = el("tr");
    state.vars.forEach(function (v) {
      var th = el("th", { scope: "col" });
      var sorted = state.sortVar === v;
      th.setAttribute("aria-sort", sorted ? (state.sortDir > 0 ? "ascending" : "descending") : "none");
      var b = el("button", { type: "button", "class": "sort", "data-var": v,
        title: "Sort by " + v }, v + (sorted ? (state.sortDir > 0 ? " ▲" : " ▼") : ""));
      b.addEventListener("click", function () {
        if (state.sortVar === v) state.sortDir = -state.sortDir; else { state.sortVar = v; state.sortDir = 1; }
        state.page = 0;
        render();
        var again = document.querySelector('button.sort[data-var="' + CSS.escape(v) + '"]');
        if (again) again.focus();
      });
      th.appendChild(b);
      tr.appendChild(th);
    });
    thead.appendChild(tr);
    table.appendChild(thead);
    var tbody = el("tbody");
    rows.slice(state.page * state.pageSize, (state.page + 1) * state.pageSize).forEach(function (row) {
      var r = el("tr");
      state.vars.forEach(function (v) { r.appendChild(cell(row[v])); });
      tbody.appendChild(r);
    });
    table.appendChild(tbody);
    var pager = el("nav", { "class": "pager", "aria-label": "Result pages" });
    var prev = el("button", { type: "button", id: "prev-page" }, "‹ previous");
    prev.disabled = state.page === 0;
    prev.addEventListener("click", function () { state.page--; render(); focusPager("prev-page"); });
    var next = el("button", { type: "button", id: "next-page" }, "next ›");
    next.disabled = state.page >= pages - 1;
    next.addEventListener("click", function () { state.page++; render(); focusPager("next-page"); });
    var size = el("select", { id: "page-size", "aria-label": "Rows per page" });
    [25, 50, 100, 500].forEach(function (n) {
      var o = el("option", { value: n }, n + " rows per page");
      if (n === state.pageSize) o.selected = true;
      size.appendChild(o);
    });
    size.addEventListener("change", function () { state.pageSize = Number(size.value); state.page = 0; render(); });
    pager.append(prev, el("span", null, " page " + (state.page + 1) + " of " + pages + " "), next, size);
    results.replaceChildren(table, pager);
    if (state.view === "chart") drawChart();
  }

  function focusPager(id) {
    var b = document.getElementById(id);
    if (b && !b.disabled) b.focus();
  }

  // --- charts ------------------------------------------------------------------------------

  function columnKinds() {
    var kinds = {};
    state.vars.forEach(function (v) {
      var bound = state.rows.map(function (r) { return r[v]; }).filter(Boolean);
      kinds[v] = {
        numeric: bound.length > 0 && bound.every(isNumeric),
        date: bound.length > 0 && bound.every(isDate)
      };
    });
    return kinds;
  }

  // Keep the reader's own choice while it still fits the results; else take the preferred one.
  function fillSelect(select, options, preferred) {
    var keep = select.dataset.touched ? select.value : null;
    select.replaceChildren();
    options.forEach(function (o) { select.appendChild(el("option", { value: o.value }, o.label)); });
    var values = options.map(function (o) { return o.value; });
    if (keep !== null && values.indexOf(keep) >= 0) select.value = keep;
    else select.value = preferred !== null && values.indexOf(preferred) >= 0 ? preferred : (values[0] || "");
  }

  function setupChartControls() {
    var kinds = columnKinds();
    var type = document.getElementById("chart-type");
    var numeric = state.vars.filter(function (v) { return kinds[v].numeric; });
    var dates = state.vars.filter(function (v) { return kinds[v].date && !kinds[v].numeric; });
    var labels = state.vars.filter(function (v) { return !kinds[v].numeric; });
    // a column of plain text labels reads better on a bar chart than a column of IRIs
    var textLabels = labels.filter(function (v) {
      return dates.indexOf(v) < 0 && state.rows.every(function (r) { return !r[v] || r[v].type !== "uri"; });
    });
    if (!type.dataset.touched) type.value = dates.length && !numeric.length ? "timeline" : "bar";
    var xs = (type.value === "timeline" ? dates : labels).map(function (v) { return { value: v, label: v }; });
    fillSelect(document.getElementById("chart-x"), xs, type.value === "timeline" ? dates[0] : (textLabels[0] || labels[0]));
    var ys = [{ value: "", label: "count of rows" }].concat(numeric.map(function (v) { return { value: v, label: v }; }));
    fillSelect(document.getElementById("chart-y"), ys, numeric.length ? numeric[0] : "");
  }

  function label(term) {
    if (!term) return "(none)";
    return term.type === "uri" ? shortIri(term.value) : term.value;
  }

  function drawChart() {
    setupChartControls();
    var area = document.getElementById("chart-area");
    var type = document.getElementById("chart-type").value;
    var x = document.getElementById("chart-x").value;
    var y = document.getElementById("chart-y").value;
    if (!state.rows.length) { area.replaceChildren(el("p", null, "No rows to chart.")); return; }
    if (!x) {
      area.replaceChildren(el("p", { "class": "hint" }, type === "timeline" ?
        "A timeline needs a column of dates (xsd:date, xsd:gYearMonth or xsd:gYear)." :
        "A bar chart needs a column of labels."));
      return;
    }
    var totals = new Map(), hrefs = {};
    state.rows.forEach(function (r) {
      var key;
      if (type === "timeline") {
        if (!r[x]) return;
        key = r[x].value.slice(0, 7);
      } else {
        key = label(r[x]);
        if (r[x] && r[x].type === "uri") hrefs[key] = localHref(r[x].value);
      }
      var add = y ? (r[y] ? Number(r[y].value) : 0) : 1;
      totals.set(key, (totals.get(key) || 0) + add);
    });
    var data = Array.from(totals.entries()).map(function (e) { return { key: e[0], value: e[1] }; });
    var chart = type === "timeline" ? timeline(data, y || "rows") : bars(data, y || "rows", hrefs);
    area.replaceChildren(chart);
  }

  function bars(data, what, hrefs) {
    data.sort(function (a, b) { return b.value - a.value; });
    var shown = data.slice(0, 40);
    var rowH = 22, left = 220, width = 760, right = 60;
    var height = 30 + shown.length * rowH;
    var max = Math.max.apply(null, shown.map(function (d) { return Math.abs(d.value); }).concat([1]));
    var root = svg("svg", { viewBox: "0 0 " + width + " " + height, width: width, height: height,
      role: "img", "class": "chart-svg bar-chart", "aria-label": "Bar chart of " + what });
    root.appendChild(svg("title", {}, "Bar chart of " + what));
    shown.forEach(function (d, i) {
      var yy = 20 + i * rowH;
      var w = Math.max(1, (width - left - right) * Math.abs(d.value) / max);
      var g = svg("g", { "class": "bar-row" });
      var text = d.key.length > 34 ? d.key.slice(0, 33) + "…" : d.key;
      var labelNode = svg("text", { x: left - 8, y: yy + 15, "text-anchor": "end", "class": "bar-label" }, text);
      if (hrefs[d.key]) {
        var a = svg("a", { href: hrefs[d.key] });
        a.appendChild(labelNode);
        g.appendChild(a);
      } else {
        g.appendChild(labelNode);
      }
      var rect = svg("rect", { x: left, y: yy + 3, width: w.toFixed(1), height: rowH - 6, "class": "bar" });
      rect.appendChild(svg("title", {}, d.key + ": " + d.value));
      g.appendChild(rect);
      g.appendChild(svg("text", { x: left + w + 6, y: yy + 15, "class": "bar-value" }, formatNumber(d.value)));
      root.appendChild(g);
    });
    var wrap = el("figure", { "class": "chart-figure" });
    wrap.appendChild(root);
    wrap.appendChild(el("figcaption", null, what + " per label" +
      (data.length > shown.length ? " (top " + shown.length + " of " + data.length + ")" : "")));
    return wrap;
  }

  function timeline(data, what) {
    // One slot per month (or per year when the data span more than five years).
    var keys = data.map(function (d) { return d.key; }).sort();
    var byYear = keys.length && (Number(keys[keys.length - 1].slice(0, 4)) - Number(keys[0].slice(0, 4)) > 5 ||
      keys.every(function (k) { return k.length === 4; }));
    var agg = new Map();
    data.forEach(function (d) {
      var k = byYear ? d.key.slice(0, 4) : (d.key.length >= 7 ? d.key.slice(0, 7) : d.key.slice(0, 4) + "-01");
      agg.set(k, (agg.get(k) || 0) + d.value);
    });
    var first = Array.from(agg.keys()).sort()[0], last = Array.from(agg.keys()).sort().pop();
    var periods = [];
    if (byYear) {
      for (var yr = Number(first); yr <= Number(last); yr++) periods.push(String(yr));
    } else {
      var y0 = Number(first.slice(0, 4)), m0 = Number(first.slice(5, 7));
      while (true) {
        var k = y0 + "-" + (m0 < 10 ? "0" : "") + m0;
        periods.push(k);
        if (k >= last || periods.length > 600) break;
        m0++; if (m0 > 12) { m0 = 1; y0++; }
      }
    }
    var width = 760, height = 240, left = 50, bottom = 40, top = 12;
    var plotW = width - left - 10, plotH = height - top - bottom;
    var max = Math.max.apply(null, Array.from(agg.values()).concat([1]));
    var slot = plotW / periods.length;
    var root = svg("svg", { viewBox: "0 0 " + width + " " + height, width: width, height: height,
      role: "img", "class": "chart-svg timeline-chart", "aria-label": "Timeline of " + what });
    root.appendChild(svg("title", {}, "Timeline of " + what));
    root.appendChild(svg("line", { x1: left, y1: top + plotH, x2: width - 10, y2: top + plotH, "class": "axis" }));
    root.appendChild(svg("text", { x: left - 6, y: top + 8, "text-anchor": "end", "class": "tick" }, formatNumber(max)));
    root.appendChild(svg("text", { x: left - 6, y: top + plotH, "text-anchor": "end", "class": "tick" }, "0"));
    var every = Math.max(1, Math.ceil(periods.length / 12));
    periods.forEach(function (p, i) {
      var v = agg.get(p) || 0;
      var h = plotH * v / max;
      if (v) {
        var rect = svg("rect", { x: (left + i * slot + slot * 0.1).toFixed(1), y: (top + plotH - h).toFixed(1),
          width: Math.max(1, slot * 0.8).toFixed(1), height: h.toFixed(1), "class": "bar" });
        rect.appendChild(svg("title", {}, p + ": " + formatNumber(v)));
        root.appendChild(rect);
      }
      if (i % every === 0) {
        root.appendChild(svg("text", { x: (left + i * slot + slot / 2).toFixed(1), y: height - bottom + 16,
          "text-anchor": "middle", "class": "tick" }, p));
      }
    });
    var wrap = el("figure", { "class": "chart-figure" });
    wrap.appendChild(root);
    wrap.appendChild(el("figcaption", null, what + " per " + (byYear ? "year" : "month")));
    return wrap;
  }

  function formatNumber(n) {
    return Math.round(n * 100) / 100 + "";
  }

  // --- views and downloads -----------------------------------------------------------------

  function setView(view) {
    state.view = view;
    var table = view === "table";
    document.getElementById("view-table").setAttribute("aria-selected", String(table));
    document.getElementById("view-chart").setAttribute("aria-selected", String(!table));
    document.getElementById("results").hidden = !table;
    document.getElementById("chart").hidden = table;
    if (!table) drawChart();
  }

  function csvField(term) {
    if (!term) return "";
    var v = term.type === "bnode" ? "_:" + term.value : term.value;
    return /[",\r\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v;
  }

  function download(name, type, text) {
    var url = URL.createObjectURL(new Blob([text], { type: type }));
    var a = el("a", { href: url, download: name });
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  function enableDownloads(on) {
    document.getElementById("dl-csv").disabled = !on || !state.vars.length;
    document.getElementById("dl-json").disabled = !on || !state.raw;
  }

  document.getElementById("dl-csv").addEventListener("click", function () {
    var lines = [state.vars.join(",")];
    sortedRows().forEach(function (r) {
      lines.push(state.vars.map(function (v) { return csvField(r[v]); }).join(","));
    });
    download("kg-results.csv", "text/csv", lines.join("\r\n") + "\r\n");
  });
  document.getElementById("dl-json").addEventListener("click", function () {
    var json = state.raw.type.indexOf("json") >= 0;
    download(json ? "kg-results.json" : "kg-results.ttl", state.raw.type || "application/json", state.raw.text);
  });

  document.getElementById("run").addEventListener("click", function () { run(); });
  document.getElementById("view-table").addEventListener("click", function () { setView("table"); });
  document.getElementById("view-chart").addEventListener("click", function () { setView("chart"); });
  // Arrow keys move between the two view tabs, as in any tab list.
  document.querySelector(".views").addEventListener("keydown", function (e) {
    if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
      var next = state.view === "table" ? "chart" : "table";
      setView(next);
      document.getElementById("view-" + next).focus();
      e.preventDefault();
    }
  });
  ["chart-type", "chart-x", "chart-y"].forEach(function (id) {
    document.getElementById(id).addEventListener("change", function () {
      document.getElementById(id).dataset.touched = "1";
      drawChart();
    });
  });

  var examples = {};
  config.examples.forEach(function (e) { examples[e.name] = e; });
  document.querySelectorAll("button.example").forEach(function (b) {
    b.addEventListener("click", function () {
      var e = examples[b.dataset.name];
      if (!e) return;
      yasqe.setValue(e.text);
      document.querySelectorAll("button.example").forEach(function (o) { o.removeAttribute("aria-current"); });
      b.setAttribute("aria-current", "true");
      run();
    });
  });

  document.getElementById("save-query").addEventListener("click", saveQuery);
  document.getElementById("save-name").addEventListener("keydown", function (e) {
    if (e.key === "Enter") { e.preventDefault(); saveQuery(); }
  });
  document.getElementById("clear-history").addEventListener("click", function () {
    writeStore(HISTORY_KEY, []);
    renderHistory();
  });
  document.getElementById("copy-link").addEventListener("click", function () {
    putInUrl(yasqe.getValue());
    var link = window.location.href;
    var done = function () { setStatus("Link to this query copied", "ok"); };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(link).then(done, function () { setStatus(link, "ok"); });
    } else {
      setStatus(link, "ok");
    }
  });
  // Back and Forward bring back the query of that address.
  window.addEventListener("popstate", function () {
    var q = new URLSearchParams(window.location.search).get("query");
    if (q !== null && q !== yasqe.getValue()) { yasqe.setValue(q); run(); }
  });
  renderHistory();
  renderSaved();

  if (params.get("query") && params.get("run") !== "0") run();
})();
