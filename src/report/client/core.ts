/** Set-up, DOM helpers and the headline figures. Part of the report page's script; see ../html-client.ts for the safety rule. */
export const CLIENT_CORE = String.raw`
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

`;
