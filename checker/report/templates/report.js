// The findings table: filters, sorting and pages over the data embedded in #report-data.
// Every value from an article is set with textContent, never parsed as HTML; links only for http(s) URLs.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var F = data.findings, IM = data.images, DOCS = data.docs, RULES = data.rules;
  var SEVERITIES = ["error", "warning", "info"];
  var state = { rule: "", severity: "", agency: "", licence: "", doc: "", text: "", key: "severity", dir: 1, page: 0, size: 50 };
  var shown = [];
  var $ = function (id) { return document.getElementById(id); };

  function image(f) { return f[5] >= 0 ? IM[f[5]] : null; }
  function agencyOf(f) { var i = image(f); return i ? data.agencies[i[2]] : ""; }
  function licenceOf(f) { var i = image(f); return i ? data.licences[i[3]] : ""; }
  var KEYS = {
    severity: function (f) { return f[0]; },
    rule: function (f) { return RULES[f[1]][0]; },
    document: function (f) { return DOCS[f[2]] + "\u0000" + f[3]; },
    agency: agencyOf,
    licence: licenceOf,
    caption: function (f) { var i = image(f); return i ? i[0] || "" : ""; },
    credit: function (f) { var i = image(f); return i ? i[1] || "" : ""; },
    message: function (f) { return f[4]; }
  };

  function fill(select, entries) {
    entries.forEach(function (e) {
      var option = document.createElement("option");
      option.value = e[0];
      option.textContent = e[1];
      select.appendChild(option);
    });
  }
  function counted(values) {
    var counts = {};
    values.forEach(function (v) { counts[v] = (counts[v] || 0) + 1; });
    return Object.keys(counts).sort().map(function (k) { return [k, k + " (" + counts[k] + ")"]; });
  }

  function apply() {
    var rule = state.rule === "" ? -1 : +state.rule, sev = state.severity === "" ? -1 : +state.severity;
    var agency = state.agency, licence = state.licence;
    var doc = state.doc.toLowerCase(), text = state.text.toLowerCase();
    var docMatch = null;
    if (doc) { docMatch = DOCS.map(function (d) { return d.toLowerCase().indexOf(doc) >= 0; }); }
    shown = [];
    for (var n = 0; n < F.length; n++) {
      var f = F[n];
      if (rule >= 0 && f[1] !== rule) continue;
      if (sev >= 0 && f[0] !== sev) continue;
      if (docMatch && !docMatch[f[2]]) continue;
      if (agency && agencyOf(f) !== agency) continue;
      if (licence && licenceOf(f) !== licence) continue;
      if (text) {
        var i = image(f);
        var hay = (f[4] + " " + (i ? (i[0] || "") + " " + (i[1] || "") : "")).toLowerCase();
        if (hay.indexOf(text) < 0) continue;
      }
      shown.push(n);
    }
    var key = KEYS[state.key], dir = state.dir;
    var keyed = shown.map(function (n) { return [key(F[n]), n]; });
    keyed.sort(function (a, b) { return a[0] < b[0] ? -dir : a[0] > b[0] ? dir : a[1] - b[1]; });
    shown = keyed.map(function (k) { return k[1]; });
    state.page = Math.min(state.page, Math.max(0, Math.ceil(shown.length / state.size) - 1));
    render();
  }

  function cell(row, text, cls) {
    var td = document.createElement("td");
    if (cls) td.className = cls;
    td.textContent = text == null ? "" : String(text);
    row.appendChild(td);
    return td;
  }
  function safeUrl(text) {
    try {
      var url = new URL(text);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (e) { return null; }
  }

  function render() {
    var body = $("findings-body");
    var fragment = document.createDocumentFragment();
    var start = state.page * state.size, end = Math.min(shown.length, start + state.size);
    for (var k = start; k < end; k++) {
      var f = F[shown[k]], i = image(f), row = document.createElement("tr");
      cell(row, SEVERITIES[f[0]], "sev-" + SEVERITIES[f[0]]);
      cell(row, RULES[f[1]][0] + " " + RULES[f[1]][1]);
      var where = cell(row, "");
      var url = safeUrl(DOCS[f[2]]);
      if (url) {
        var a = document.createElement("a");
        a.href = url; a.rel = "noopener noreferrer nofollow"; a.target = "_blank";
        a.textContent = DOCS[f[2]];
        where.appendChild(a);
      } else {
        where.appendChild(document.createTextNode(DOCS[f[2]]));
      }
      if (f[3]) where.appendChild(document.createTextNode(":" + f[3]));
      cell(row, i ? data.agencies[i[2]] : "");
      cell(row, i ? data.licences[i[3]].replace(/_/g, " ") : "");
      cell(row, i ? i[0] : "");
      cell(row, i ? i[1] : "");
      cell(row, f[4]);
      if (data.thumbs.length) {
        var td = cell(row, "");
        var uri = i && i[4] >= 0 ? data.thumbs[i[4]] : "";
        if (uri.indexOf("data:image/jpeg;base64,") === 0) {
          var img = document.createElement("img");
          img.className = "thumb"; img.alt = ""; img.loading = "lazy"; img.src = uri;
          td.appendChild(img);
        }
      }
      fragment.appendChild(row);
    }
    body.replaceChildren(fragment);
    var pages = Math.max(1, Math.ceil(shown.length / state.size));
    $("shown").textContent = shown.length + " of " + F.length + " findings";
    $("page").textContent = "page " + (state.page + 1) + " of " + pages;
    $("prev").disabled = state.page === 0;
    $("next").disabled = state.page >= pages - 1;
    document.querySelectorAll("#findings th[data-key]").forEach(function (th) {
      th.setAttribute("aria-sort", th.dataset.key === state.key ? (state.dir > 0 ? "ascending" : "descending") : "none");
    });
  }

  fill($("f-rule"), RULES.map(function (r, n) { return [String(n), r[0] + " " + r[1] + " (" + r[2] + ")"]; }));
  fill($("f-severity"), SEVERITIES.map(function (s, n) { return [String(n), s]; }));
  fill($("f-agency"), counted(F.map(agencyOf).filter(Boolean)));
  fill($("f-licence"), counted(F.map(licenceOf).filter(Boolean)));
  [["f-rule", "rule"], ["f-severity", "severity"], ["f-agency", "agency"], ["f-licence", "licence"]].forEach(function (p) {
    $(p[0]).addEventListener("change", function (e) { state[p[1]] = e.target.value; state.page = 0; apply(); });
  });
  [["f-doc", "doc"], ["f-text", "text"]].forEach(function (p) {
    var timer = null;
    $(p[0]).addEventListener("input", function (e) {
      clearTimeout(timer);
      timer = setTimeout(function () { state[p[1]] = e.target.value; state.page = 0; apply(); }, 150);
    });
  });
  $("f-size").addEventListener("change", function (e) { state.size = +e.target.value; state.page = 0; render(); });
  $("prev").addEventListener("click", function () { state.page--; render(); });
  $("next").addEventListener("click", function () { state.page++; render(); });
  document.querySelectorAll("#findings th[data-key]").forEach(function (th) {
    th.addEventListener("click", function () {
      state.dir = state.key === th.dataset.key ? -state.dir : 1;
      state.key = th.dataset.key;
      apply();
    });
  });
  // a bar of the licence chart filters the table to its agency
  document.querySelectorAll("svg g.bar[data-agency]").forEach(function (bar) {
    bar.addEventListener("click", function () {
      var value = bar.getAttribute("data-agency");
      var select = $("f-agency");
      if (!Array.prototype.some.call(select.options, function (o) { return o.value === value; })) value = "";
      select.value = value; state.agency = value; state.page = 0; apply();
      $("findings-section").scrollIntoView();
    });
  });
  $("findings-ui").hidden = false;
  apply();
  document.documentElement.dataset.readyMs = String(Math.round(performance.now()));
})();
