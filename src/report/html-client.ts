/**
 * The report page's script, as plain browser JavaScript (ES2017, no modules) inlined into
 * report.html; its hash goes into the page's Content-Security-Policy.
 *
 * Safety rule for this code: letter text reaches the DOM only through textContent,
 * createTextNode and setAttribute, never through innerHTML or similar, and event handlers are
 * attached with addEventListener, never as inline attributes. test/report checks both.
 */
export const REPORT_CLIENT = String.raw`
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var OUTCOMES = ["disclosed", "not_held", "exempt", "other"];
  var OUTCOME_LABEL = { disclosed: "disclosed", not_held: "not held", exempt: "exempt", other: "other" };
  var OUTCOME_COLOR = { disclosed: "#2e7d32", not_held: "#546e7a", exempt: "#c62828", other: "#8d8d8d" };
  var ROW_LIMIT = 500;

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (key) {
        var value = attrs[key];
        if (value === null || value === undefined) return;
        if (key === "text") node.textContent = String(value);
        else if (key === "className") node.className = value;
        else node.setAttribute(key, String(value));
      });
    }
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) return;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function pct(value) {
    if (value === null || value === undefined || value === "") return "–";
    return (Number(value) * 100).toFixed(1) + " %";
  }
  function isNumeric(value) {
    return typeof value === "number" || (typeof value === "string" && value !== "" && isFinite(Number(value)));
  }
  function intervalText(rate, low, high) {
    return pct(rate) + " (" + pct(low) + "–" + pct(high) + ")";
  }

  // Headline figures.
  var h = data.headline;
  document.getElementById("subtitle").textContent =
    h.lettersTotal + " letters from " + h.authorities + " authorities; " + h.questions + " questions analysed";
  var cards = [
    { label: "Letters", value: h.lettersTotal, detail: h.letters + " with questions analysed; " + h.lettersWithError + " unreadable; " + h.lettersNoResponse + " answering nothing yet" + (h.notLetters ? "; " + h.notLetters + " other files set aside" : "") },
    { label: "Questions", value: h.questions, detail: "each numbered item of a request" },
    { label: "Refusal rate", value: pct(h.refusalRate), detail: "95 % interval " + pct(h.refusalRateLow) + "–" + pct(h.refusalRateHigh), cls: "exempt" },
    { label: "Disclosed", value: h.disclosed, cls: "disclosed" },
    { label: "Not held", value: h.notHeld, cls: "not_held" },
    { label: "Exempt", value: h.exempt, cls: "exempt", detail: h.proceduralRefusals + " procedural (cost, vexatious)" },
    { label: "Other", value: h.other },
    { label: "Uncited refusals", value: h.uncitedRefusals, detail: "exempt with no ground given" },
    { label: "Neither confirm nor deny", value: h.ncnd },
    { label: "To review", value: h.review, detail: "see the review table" }
  ];
  var headline = document.getElementById("headline");
  cards.forEach(function (c) {
    headline.appendChild(el("div", { className: "card " + (c.cls || "") }, [
      el("div", { className: "value", text: c.value }),
      el("div", { className: "label", text: c.label }),
      c.detail ? el("div", { className: "detail", text: c.detail }) : null
    ]));
  });

  // Sortable, filterable tables. Sorting is over all rows; at most ROW_LIMIT are shown.
  function formatCell(column, value) {
    if (/(^|_)(rate|share)(_|$)|share_of_exempt/.test(column)) return pct(value);
    if (column === "reasons" || column === "grounds" || column === "conflicts") return String(value).split(";").join("; ");
    return value === null || value === undefined ? "" : String(value);
  }
  function compareValues(a, b) {
    var emptyA = a === "" || a === null || a === undefined;
    var emptyB = b === "" || b === null || b === undefined;
    if (emptyA || emptyB) return emptyA === emptyB ? 0 : emptyA ? 1 : -1;
    if (isNumeric(a) && isNumeric(b)) return Number(a) - Number(b);
    return String(a).localeCompare(String(b), "en", { numeric: true, sensitivity: "base" });
  }
  function tableBlock(spec) {
    var block = el("section", { className: "table-block", id: spec.id + "-block" });
    block.appendChild(el("h2", { text: spec.title }));
    if (spec.explain) block.appendChild(el("p", { className: "explain", text: spec.explain }));
    var filter = el("input", { type: "search", id: spec.id + "-filter", placeholder: "Filter rows", "aria-label": "Filter " + spec.title });
    var count = el("span", { className: "count" });
    block.appendChild(el("div", { className: "table-tools" }, [filter, count]));
    var table = el("table", { id: spec.id, className: "sortable" });
    var headRow = el("tr");
    if (spec.action) headRow.appendChild(el("th", { scope: "col", text: spec.action.label }));
    spec.columns.forEach(function (column) {
      headRow.appendChild(el("th", { scope: "col", "aria-sort": "none", "data-key": column }, [
        el("button", { type: "button", className: "sort", "data-key": column, text: column })
      ]));
    });
    var tbody = el("tbody");
    table.appendChild(el("thead", null, [headRow]));
    table.appendChild(tbody);
    block.appendChild(el("div", { className: "table-scroll" }, [table]));
    var state = { key: null, direction: 1, filter: "" };
    function render() {
      var needle = state.filter.toLowerCase();
      var rows = spec.rows.filter(function (row) {
        if (!needle) return true;
        return spec.columns.some(function (c) { return String(row[c] === undefined ? "" : row[c]).toLowerCase().indexOf(needle) !== -1; });
      });
      if (state.key !== null) {
        var key = state.key, direction = state.direction;
        rows = rows.map(function (row, i) { return { row: row, i: i }; }).sort(function (x, y) {
          var empty = x.row[key] === "" || y.row[key] === "";
          var c = compareValues(x.row[key], y.row[key]);
          return (empty ? c : c * direction) || x.i - y.i;
        }).map(function (x) { return x.row; });
      }
      clear(tbody);
      rows.slice(0, ROW_LIMIT).forEach(function (row) {
        var tr = el("tr");
        if (spec.action) tr.appendChild(el("td", null, [spec.action.make(row)]));
        spec.columns.forEach(function (column) {
          var value = row[column];
          var td = el("td", { text: formatCell(column, value) });
          if (isNumeric(value)) td.className = "num";
          else if (spec.wrap && spec.wrap.indexOf(column) !== -1) td.className = "wrap";
          else if (spec.narrow && spec.narrow.indexOf(column) !== -1) td.className = "narrow";
          if (column === "outcome" || column === "letter_outcome") td.className = "";
          if (column === "small_n" && value === "true") tr.className = "small-n";
          tr.appendChild(td);
        });
        tbody.appendChild(tr);
      });
      if (rows.length === 0) {
        tbody.appendChild(el("tr", null, [el("td", { className: "notice", colspan: spec.columns.length + (spec.action ? 1 : 0), text: spec.rows.length ? "No row matches the filter." : "No rows." })]));
      }
      var total = spec.total !== undefined ? spec.total : spec.rows.length;
      count.textContent = "Showing " + Math.min(rows.length, ROW_LIMIT) + " of " + rows.length + " rows" +
        (total > spec.rows.length ? " (" + total + " in the CSV)" : "") + (rows.length > ROW_LIMIT ? "; sort or filter to see others" : "");
      Array.prototype.forEach.call(headRow.querySelectorAll("th[data-key]"), function (th) {
        var k = th.getAttribute("data-key");
        th.setAttribute("aria-sort", k === state.key ? (state.direction === 1 ? "ascending" : "descending") : "none");
      });
    }
    headRow.addEventListener("click", function (event) {
      var button = event.target.closest("button.sort");
      if (!button) return;
      var key = button.getAttribute("data-key");
      if (state.key === key) state.direction = -state.direction;
      else { state.key = key; state.direction = 1; }
      render();
    });
    filter.addEventListener("input", function () { state.filter = filter.value; render(); });
    if (spec.action) {
      tbody.addEventListener("click", function (event) {
        var show = event.target.closest("button.show-letters");
        if (show) { showLetters(show.getAttribute("data-filter")); return; }
        var button = event.target.closest("button.open");
        if (!button) return;
        openLetter(Number(button.getAttribute("data-letter")), Number(button.getAttribute("data-question") || "0"));
      });
    }
    render();
    return block;
  }
  function openButton(letterIndex, questionIndex, label) {
    return el("button", { type: "button", className: "open", "data-letter": letterIndex, "data-question": questionIndex, text: label });
  }

  function showLetters(text) {
    var input = document.getElementById("table-letters-filter");
    if (!input) return;
    input.value = text;
    input.dispatchEvent(new Event("input"));
    document.getElementById("table-letters-block").scrollIntoView({ block: "start" });
  }
  var letterRows = data.letters.map(function (l, i) {
    var n = l.counts;
    return {
      index: i, letter_id: l.id, file: l.file, authority: l.authority, sector: l.sector, date: l.date, status: l.status,
      letter_outcome: l.outcome, questions: n.disclosed + n.not_held + n.exempt + n.other, disclosed: n.disclosed, not_held: n.not_held, exempt: n.exempt, other: n.other
    };
  });
  var reviewRows = data.tables.review.rows.map(function (r) {
    var letter = data.letters[r.letter];
    var found = letter ? letter.questions.map(function (q) { return q.label; }).indexOf(String(r.question)) : -1;
    r.questionIndex = Math.max(0, found);
    return r;
  });
  var t = data.tables;
  var tables = document.getElementById("tables");
  [
    { id: "table-outcomes", title: "Letter outcomes (official shape)", columns: t.outcomes.columns, rows: t.outcomes.rows,
      explain: "Letters by outcome, overall, by sector and by year of the letter date. Shares are of letters with at least one question analysed; no_outcome counts the others." },
    { id: "table-authorities", title: "Authorities", columns: t.authorities.columns, rows: t.authorities.rows,
      explain: "refusal_rate = exempt ÷ questions, with its 95 % Wilson interval; small_n under " + data.minN + " questions.",
      action: { label: "list", make: function (r) {
        return el("button", { type: "button", className: "open show-letters", "data-filter": r.authority === "(unknown)" ? "" : r.authority, text: "show" });
      } } },
    { id: "table-grounds", title: "Grounds", columns: t.grounds.columns, rows: t.grounds.rows,
      explain: "Exempt questions citing each ground, at section level and as cited; a question citing several grounds counts under each. Procedural: cost limit, vexatious, manifestly unreasonable." },
    { id: "table-topics", title: "Topics", columns: t.topics.columns, rows: t.topics.rows },
    { id: "table-sectors", title: "Sectors", columns: t.sectors.columns, rows: t.sectors.rows },
    { id: "table-years", title: "Years", columns: t.years.columns, rows: t.years.rows },
    { id: "table-review", title: "Review first", columns: ["rank", "reasons", "confidence", "outcome", "grounds", "evidence", "question", "letter_id", "authority", "conflicts"], rows: reviewRows, total: t.review.total, wrap: ["evidence"], narrow: ["grounds", "reasons", "conflicts", "authority"],
      explain: "Questions to check first: refusals citing no ground, conflicting rules, grounds on a question not exempt, low confidence; most doubtful first.",
      action: { label: "letter", make: function (r) { return r.letter >= 0 ? openButton(r.letter, r.questionIndex, "open") : document.createTextNode(""); } } },
    { id: "table-letters", title: "Letters", columns: ["letter_id", "file", "authority", "sector", "date", "status", "letter_outcome", "questions", "disclosed", "not_held", "exempt", "other"], rows: letterRows,
      explain: "Open a letter to read it with the evidence for each question highlighted.",
      action: { label: "letter", make: function (r) { return openButton(r.index, 0, "open"); } } }
  ].forEach(function (spec) { tables.appendChild(tableBlock(spec)); });

  // Drill-down: one letter, its questions, its text with each question's evidence marked.
  var panel = document.getElementById("letter");
  function contains(list, value) { return (" " + list + " ").indexOf(" " + value + " ") !== -1; }
  function renderText(letter) {
    var text = letter.text;
    var length = text.length;
    var ranges = [];
    letter.questions.forEach(function (q, qi) {
      q.evidence.forEach(function (e) { ranges.push({ start: e.start, end: e.end, q: qi, kind: "e" }); });
      if (q.a) ranges.push({ start: q.a[0], end: q.a[1], q: qi, kind: "a" });
    });
    var points = [0, length];
    ranges.forEach(function (r) {
      r.start = Math.max(0, Math.min(length, r.start));
      r.end = Math.max(r.start, Math.min(length, r.end));
      points.push(r.start, r.end);
    });
    points = points.sort(function (a, b) { return a - b; }).filter(function (p, i, all) { return i === 0 || p !== all[i - 1]; });
    var pre = el("pre", { className: "letter-text", id: "letter-text" });
    for (var i = 0; i + 1 < points.length; i++) {
      var from = points[i], to = points[i + 1];
      var piece = text.slice(from, to);
      var evidence = [], answer = [];
      ranges.forEach(function (r) {
        if (r.start <= from && r.end >= to && r.end > r.start) (r.kind === "e" ? evidence : answer).push(r.q);
      });
      if (evidence.length) pre.appendChild(el("mark", { "data-e": evidence.join(" "), "data-a": answer.join(" "), text: piece }));
      else if (answer.length) pre.appendChild(el("span", { "data-a": answer.join(" "), text: piece }));
      else pre.appendChild(document.createTextNode(piece));
    }
    return pre;
  }
  function selectQuestion(qi) {
    Array.prototype.forEach.call(panel.querySelectorAll("button.question"), function (b) {
      b.setAttribute("aria-pressed", String(Number(b.getAttribute("data-index")) === qi));
    });
    var first = null;
    Array.prototype.forEach.call(panel.querySelectorAll("[data-e], [data-a]"), function (node) {
      var on = contains(node.getAttribute("data-e") || "", qi);
      node.classList.toggle("active", on);
      node.classList.toggle("in-answer", contains(node.getAttribute("data-a") || "", qi));
      if (on && !first) first = node;
    });
    var holder = panel.querySelector(".letter-text");
    if (first && holder) holder.scrollTop = Math.max(0, first.offsetTop - holder.offsetTop - 40);
  }
  function openLetter(index, questionIndex) {
    var letter = data.letters[index];
    if (!letter) return;
    clear(panel);
    var close = el("button", { type: "button", className: "open", id: "letter-close", text: "close" });
    close.addEventListener("click", function () { panel.hidden = true; clear(panel); });
    panel.appendChild(el("div", { className: "letter-head" }, [el("h2", { id: "letter-title", text: "Letter " + letter.id }), close]));
    var meta = el("dl");
    [["file", letter.file], ["authority", letter.authority], ["sector", letter.sector], ["date", letter.date], ["regime", letter.regime],
      ["status", letter.status], ["letter outcome", letter.outcome], ["title", letter.title]].forEach(function (pair) {
      if (pair[1] === "" || pair[1] === null || pair[1] === undefined) return;
      meta.appendChild(el("dt", { text: pair[0] }));
      meta.appendChild(el("dd", { text: pair[1] }));
    });
    panel.appendChild(meta);
    letter.messages.forEach(function (m) { panel.appendChild(el("p", { className: "notice", text: m })); });
    if (!letter.detail) {
      panel.appendChild(el("p", { className: "notice", text: "This letter's questions are not embedded in the page (report size limit); answers.jsonl and letters.jsonl have them, or run 'foiscope report' on a smaller set of letters." }));
      panel.hidden = false;
      panel.scrollIntoView({ block: "start" });
      return;
    }
    var list = el("ol", { className: "questions" });
    letter.questions.forEach(function (q, qi) {
      var flags = [q.partial ? "partial" : "", q.ncnd ? "NCND" : "", q.pit ? "public interest test" : ""].filter(Boolean).join(", ");
      var quotes = el("ul", { className: "evidence-list" });
      q.evidence.forEach(function (e) {
        var quote = letter.text !== null ? letter.text.slice(e.start, e.end) : e.quote;
        quotes.appendChild(el("li", { text: e.rule + (e.rule === q.rule ? " (decided)" : "") + ": “" + quote.replace(/\s+/g, " ").trim() + "”" }));
      });
      var button = el("button", { type: "button", className: "question", "data-index": qi, "aria-pressed": "false" }, [
        el("strong", { text: "Q" + q.label + " " }),
        el("span", { className: "pill " + q.outcome, text: OUTCOME_LABEL[q.outcome] || q.outcome }),
        " " + (q.grounds.length ? q.grounds.join("; ") : "") + (flags ? " (" + flags + ")" : "") +
          " · topic " + q.topic + " · confidence " + Number(q.confidence).toFixed(2) + " · rule " + q.rule +
          (q.conflicts.length ? " · conflicts " + q.conflicts.join(", ") : ""),
        q.text ? el("span", { className: "q-text", text: q.text }) : null,
        quotes
      ]);
      button.addEventListener("click", function () { selectQuestion(qi); });
      list.appendChild(el("li", null, [button]));
    });
    var textBox;
    if (letter.text !== null) textBox = renderText(letter);
    else textBox = el("p", { className: "notice", text: letter.textOmitted
      ? "The letter text is not embedded (report size limit); letters.jsonl has it. The evidence quotes are listed with each question."
      : "This run kept no letter text (no letters.jsonl); the evidence quotes are listed with each question." });
    panel.appendChild(el("div", { className: "letter-body" }, [list, textBox]));
    panel.hidden = false;
    selectQuestion(questionIndex || 0);
    panel.scrollIntoView({ block: "start" });
  }

  // Charts (Chart.js and chartjs-chart-matrix, inlined). No animation: the page is a document.
  if (typeof Chart === "undefined") {
    Array.prototype.forEach.call(document.querySelectorAll(".chart"), function (box) { box.appendChild(el("p", { className: "notice", text: "Charts unavailable." })); });
    return;
  }
  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.font.size = 11;
  var percentAxis = { min: 0, max: 1, ticks: { callback: function (v) { return Math.round(v * 100) + " %"; } } };
  function truncate(label, max) { label = String(label); return label.length > max ? label.slice(0, max - 1) + "…" : label; }

  // Refusal rate by authority: the rate as a point, its Wilson interval as a whisker (floating bar).
  var authorities = t.authorities.rows.slice().sort(function (a, b) { return b.questions - a.questions; }).slice(0, 40)
    .sort(function (a, b) { return Number(b.refusal_rate) - Number(a.refusal_rate) || b.questions - a.questions; });
  document.getElementById("chart-authorities-box").style.height = Math.max(220, authorities.length * 22 + 70) + "px";
  if (t.authorities.rows.length > authorities.length) {
    document.getElementById("chart-authorities-box").parentNode.appendChild(el("p", { className: "notice",
      text: "The " + authorities.length + " authorities with the most questions, of " + t.authorities.rows.length + "; the authorities table has them all." }));
  }
  new Chart(document.getElementById("chart-authorities"), {
    data: {
      labels: authorities.map(function (a) { return truncate(a.authority, 38); }),
      datasets: [
        { type: "bar", label: "95 % interval", data: authorities.map(function (a) { return [Number(a.refusal_rate_low), Number(a.refusal_rate_high)]; }),
          backgroundColor: authorities.map(function (a) { return a.small_n === "true" ? "rgba(198,40,40,0.12)" : "rgba(198,40,40,0.28)"; }),
          borderColor: "rgba(198,40,40,0.6)", borderWidth: 1, barThickness: 8, grouped: false },
        { type: "line", label: "refusal rate", data: authorities.map(function (a) { return Number(a.refusal_rate); }),
          showLine: false, pointRadius: 4, pointStyle: "rectRot", backgroundColor: "#c62828", borderColor: "#c62828" }
      ]
    },
    options: {
      indexAxis: "y",
      scales: { x: percentAxis },
      plugins: { tooltip: { callbacks: { title: function (items) { return items.length ? authorities[items[0].dataIndex].authority : ""; }, label: function (ctx) {
        var a = authorities[ctx.dataIndex];
        return a.exempt + "/" + a.questions + " exempt: " + intervalText(a.refusal_rate, a.refusal_rate_low, a.refusal_rate_high) + (a.small_n === "true" ? " (small n)" : "");
      } } } }
    }
  });

  // Grounds ranked, section level; procedural refusals in their own colour.
  var grounds = t.grounds.rows.filter(function (g) { return g.level === "section"; }).slice(0, 20);
  document.getElementById("chart-grounds-box").style.height = Math.max(220, grounds.length * 22 + 70) + "px";
  new Chart(document.getElementById("chart-grounds"), {
    type: "bar",
    data: {
      labels: grounds.map(function (g) { return g.ground; }),
      datasets: [
        { label: "substantive exemption", data: grounds.map(function (g) { return g.procedural === "true" ? null : g.questions; }), backgroundColor: "#c62828", grouped: false },
        { label: "procedural (cost, vexatious)", data: grounds.map(function (g) { return g.procedural === "true" ? g.questions : null; }), backgroundColor: "#ef6c00", grouped: false }
      ]
    },
    options: { indexAxis: "y", scales: { x: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: "exempt questions" } } } }
  });

  // Topic × outcome heat map: count in each cell, shade by the share of the topic's questions.
  var topics = t.topics.rows;
  var cells = [];
  topics.forEach(function (row) {
    OUTCOMES.forEach(function (o) {
      var v = Number(row[o]);
      cells.push({ x: OUTCOME_LABEL[o], y: row.topic, v: v, share: row.questions ? v / row.questions : 0, outcome: o });
    });
  });
  document.getElementById("chart-topics-box").style.height = Math.max(220, topics.length * 30 + 70) + "px";
  function alpha(hex, a) {
    var n = parseInt(hex.slice(1), 16);
    return "rgba(" + (n >> 16) + "," + ((n >> 8) & 255) + "," + (n & 255) + "," + a.toFixed(3) + ")";
  }
  new Chart(document.getElementById("chart-topics"), {
    type: "matrix",
    data: { datasets: [{
      label: "questions",
      data: cells,
      backgroundColor: function (ctx) { var d = ctx.dataset.data[ctx.dataIndex]; return d ? alpha(OUTCOME_COLOR[d.outcome], 0.08 + 0.87 * d.share) : "transparent"; },
      borderColor: "#ffffff", borderWidth: 1,
      width: function (ctx) { var a = ctx.chart.chartArea; return a ? a.width / OUTCOMES.length - 2 : 0; },
      height: function (ctx) { var a = ctx.chart.chartArea; return a ? a.height / Math.max(1, topics.length) - 2 : 0; }
    }] },
    options: {
      plugins: { legend: { display: false }, tooltip: { callbacks: {
        title: function () { return ""; },
        label: function (ctx) { var d = ctx.raw; return d.y + " × " + d.x + ": " + d.v + " (" + pct(d.share) + " of the topic)"; }
      } } },
      scales: {
        x: { type: "category", labels: OUTCOMES.map(function (o) { return OUTCOME_LABEL[o]; }), offset: true, grid: { display: false }, position: "top" },
        y: { type: "category", labels: topics.map(function (r) { return r.topic; }), offset: true, grid: { display: false } }
      }
    },
    plugins: [{ id: "cellCounts", afterDatasetsDraw: function (chart) {
      var ctx = chart.ctx;
      var meta = chart.getDatasetMeta(0);
      ctx.save();
      ctx.textAlign = "center";
      ctx.textBaseline = "middle";
      ctx.font = "12px system-ui, sans-serif";
      meta.data.forEach(function (element, i) {
        var d = chart.data.datasets[0].data[i];
        var p = element.getCenterPoint();
        ctx.fillStyle = d.share > 0.55 ? "#ffffff" : "#1d1d1f";
        ctx.fillText(String(d.v), p.x, p.y);
      });
      ctx.restore();
    } }]
  });

  // Trend by year of the letter date: refusal rate with its 95 % band; questions analysed as bars behind.
  var years = t.years.rows.filter(function (r) { return /^\d{4}$/.test(String(r.year)); });
  var undated = t.years.rows.filter(function (r) { return !/^\d{4}$/.test(String(r.year)); });
  if (undated.length) {
    document.getElementById("chart-years-box").parentNode.appendChild(el("p", { className: "notice",
      text: undated.reduce(function (n, r) { return n + Number(r.questions); }, 0) + " questions from letters with no date are not shown." }));
  }
  new Chart(document.getElementById("chart-years"), {
    data: { labels: years.map(function (r) { return r.year; }), datasets: [
      { type: "line", label: "refusal rate", data: years.map(function (r) { return r.refusal_rate === "" ? null : Number(r.refusal_rate); }), yAxisID: "rate", borderColor: "#c62828", backgroundColor: "#c62828", pointRadius: 4, order: 0 },
      { type: "line", label: "interval low", data: years.map(function (r) { return Number(r.refusal_rate_low); }), yAxisID: "rate", borderColor: "rgba(198,40,40,0.35)", borderWidth: 1, borderDash: [4, 3], pointRadius: 0, fill: false, order: 1 },
      { type: "line", label: "95 % interval", data: years.map(function (r) { return Number(r.refusal_rate_high); }), yAxisID: "rate", borderColor: "rgba(198,40,40,0.35)", borderWidth: 1, borderDash: [4, 3], pointRadius: 0, fill: "-1", backgroundColor: "rgba(198,40,40,0.12)", order: 1 },
      { type: "bar", label: "questions analysed", data: years.map(function (r) { return Number(r.questions); }), yAxisID: "questions", backgroundColor: "rgba(96,125,139,0.22)", order: 2 }
    ] },
    options: {
      scales: {
        rate: { position: "left", min: 0, max: 1, ticks: percentAxis.ticks, title: { display: true, text: "refusal rate" } },
        questions: { position: "right", beginAtZero: true, grid: { drawOnChartArea: false }, ticks: { precision: 0 }, title: { display: true, text: "questions" } }
      },
      plugins: {
        legend: { labels: { filter: function (item) { return item.text !== "interval low"; } } },
        tooltip: { callbacks: { label: function (ctx) {
          var r = years[ctx.dataIndex];
          if (ctx.dataset.yAxisID === "questions") return r.questions + " questions (" + r.exempt + " exempt)";
          return ctx.dataset.label === "refusal rate" ? "refusal rate " + intervalText(r.refusal_rate, r.refusal_rate_low, r.refusal_rate_high) : null;
        } } }
      }
    }
  });
})();
`;
