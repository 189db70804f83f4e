/** Charts (Chart.js and chartjs-chart-matrix). Part of the report page's script; see ../html-client.ts for the safety rule. */
export const CLIENT_CHARTS = String.raw`
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
