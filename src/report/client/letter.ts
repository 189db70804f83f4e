/** Drill-down into one letter with each question's evidence marked. Part of the report page's script; see ../html-client.ts for the safety rule. */
export const CLIENT_LETTER = String.raw`
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

`;
