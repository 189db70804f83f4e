/** Sortable, filterable tables. Part of the report page's script; see ../html-client.ts for the safety rule. */
export const CLIENT_TABLES = String.raw`
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

`;
