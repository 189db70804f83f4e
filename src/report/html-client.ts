/**
 * The report page's script, as plain browser JavaScript (ES2017, no modules) inlined into
 * report.html; its hash goes into the page's Content-Security-Policy.
 *
 * Safety rule for this code: letter text reaches the DOM only through textContent,
 * createTextNode and setAttribute, never through innerHTML or similar, and event handlers are
 * attached with addEventListener, never as inline attributes. test/report checks both.
 */
import { CLIENT_CHARTS } from "./client/charts.js";
import { CLIENT_CORE } from "./client/core.js";
import { CLIENT_LETTER } from "./client/letter.js";
import { CLIENT_TABLES } from "./client/tables.js";

/** The whole script: one closure, its parts in reading order (each part uses the names before it). */
export const REPORT_CLIENT =
  "\n" + [CLIENT_CORE, CLIENT_TABLES, CLIENT_LETTER, CLIENT_CHARTS].map((part) => part.slice(1)).join("");
