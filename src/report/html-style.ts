/** The report's stylesheet; its hash goes into the page's Content-Security-Policy. */
export const REPORT_STYLE = `
:root { --disclosed: #2e7d32; --not-held: #546e7a; --exempt: #c62828; --other: #8d8d8d; --ink: #1d1d1f; --muted: #5f6368; --line: #dadce0; --bg: #fafafa; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: var(--bg); }
header { padding: 16px 24px 8px; background: #fff; border-bottom: 1px solid var(--line); }
header h1 { margin: 0; font-size: 22px; }
header p { margin: 4px 0 0; color: var(--muted); }
main { padding: 16px 24px; }
footer { padding: 8px 24px 24px; color: var(--muted); font-size: 12px; }
#headline { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 10px; margin-bottom: 16px; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; }
.card .value { font-size: 22px; font-weight: 600; }
.card .label { color: var(--muted); font-size: 12px; }
.card .detail { color: var(--muted); font-size: 12px; }
.card.exempt .value { color: var(--exempt); }
.card.disclosed .value { color: var(--disclosed); }
.card.not_held .value { color: var(--not-held); }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(520px, 1fr)); gap: 16px; margin-bottom: 16px; }
figure { margin: 0; background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; }
figcaption { font-weight: 600; margin-bottom: 6px; }
.chart { position: relative; height: 320px; }
h2 { font-size: 18px; margin: 24px 0 8px; }
.table-block { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; margin-bottom: 16px; }
.table-block h2 { margin-top: 0; }
.table-block p.explain { margin: 0 0 8px; color: var(--muted); }
.table-tools { display: flex; gap: 12px; align-items: center; margin-bottom: 6px; }
.table-tools input { padding: 4px 8px; border: 1px solid var(--line); border-radius: 4px; min-width: 240px; }
.table-tools .count { color: var(--muted); font-size: 12px; }
.table-scroll { overflow: auto; max-height: 520px; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; white-space: nowrap; }
th { position: sticky; top: 0; background: #f1f3f4; z-index: 1; white-space: nowrap; }
td.num { text-align: right; white-space: nowrap; }
th button.sort { all: unset; cursor: pointer; font-weight: 600; }
th button.sort:focus-visible { outline: 2px solid #1a73e8; }
th[aria-sort="ascending"] button.sort::after { content: " ▲"; }
th[aria-sort="descending"] button.sort::after { content: " ▼"; }
td.wrap { min-width: 420px; max-width: 640px; white-space: pre-wrap; overflow-wrap: anywhere; }
td.narrow { min-width: 140px; max-width: 260px; white-space: normal; overflow-wrap: break-word; }
button.open { cursor: pointer; border: 1px solid var(--line); background: #fff; border-radius: 4px; padding: 1px 8px; }
button.open:hover { background: #e8f0fe; }
.pill { display: inline-block; padding: 0 6px; border-radius: 10px; color: #fff; font-size: 12px; }
.pill.disclosed { background: var(--disclosed); } .pill.not_held { background: var(--not-held); } .pill.exempt { background: var(--exempt); } .pill.other { background: var(--other); }
.small-n { color: var(--muted); font-style: italic; }
#letter { background: #fff; border: 2px solid #1a73e8; border-radius: 8px; padding: 12px 16px; margin-bottom: 16px; }
#letter .letter-head { display: flex; justify-content: space-between; align-items: baseline; gap: 12px; }
#letter dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 8px 0; }
#letter dt { color: var(--muted); }
#letter dd { margin: 0; overflow-wrap: anywhere; }
.letter-body { display: grid; grid-template-columns: minmax(260px, 1fr) 2fr; gap: 16px; }
.questions { list-style: none; padding: 0; margin: 0; max-height: 640px; overflow: auto; }
.questions li { margin-bottom: 6px; }
.questions button.question { all: unset; display: block; width: 100%; cursor: pointer; border: 1px solid var(--line); border-radius: 6px; padding: 6px 8px; box-sizing: border-box; }
.questions button.question[aria-pressed="true"] { border-color: #1a73e8; background: #e8f0fe; }
.questions .q-text { color: var(--muted); font-size: 12px; display: block; overflow-wrap: anywhere; }
.evidence-list { font-size: 12px; margin: 6px 0 0; padding-left: 16px; }
pre.letter-text { white-space: pre-wrap; overflow-wrap: anywhere; font: 13px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #fcfcfc; border: 1px solid var(--line); border-radius: 6px; padding: 10px; max-height: 640px; overflow: auto; margin: 0; }
pre.letter-text mark { background: #fff3c4; color: inherit; border-radius: 2px; }
pre.letter-text mark.active { background: #ffd54f; outline: 1px solid #f9a825; }
pre.letter-text .in-answer { box-shadow: inset 0 -2px 0 #90caf9; }
pre.letter-text mark.in-answer { box-shadow: inset 0 -2px 0 #90caf9; }
.notice { color: var(--muted); font-style: italic; }
figure p.notice { margin: 6px 0 0; font-size: 12px; }
@media (max-width: 900px) { .letter-body { grid-template-columns: 1fr; } .charts { grid-template-columns: 1fr; } }
`;
