import type { Element } from "domhandler";
import { childElements, firstChild, wordAttr } from "./ooxml.js";

/**
 * Word's automatic numbering, as the reader sees it. A numbered paragraph holds
 * only `<w:numPr>` (a list instance `numId` and a level `ilvl`); the number itself
 * ("3.", "b)", "ii.", "2.1") is computed by Word from numbering.xml: the instance's
 * abstract definition gives each level a start value, a format (decimal,
 * lowerLetter, upperRoman, bullet…) and a text pattern ("%1.%2"). Without this,
 * "1. 2. 3." questions arrive as three unnumbered paragraphs.
 *
 * Counting follows Word: instances of the same abstract list share their
 * counters and continue each other; an instance with a `startOverride` restarts
 * its level where it is first used (that is how Word writes "Restart at 1");
 * using a level resets the levels below it.
 */

interface Level {
  start: number;
  format: string;
  text: string;
  /** Render every level's number in decimal ("Legal" numbering). */
  legal: boolean;
  /** The level after which this one restarts (0-based); -1 never, undefined after any higher level. */
  restartAfter?: number;
}

interface Instance {
  abstractId: string;
  /** Level overrides of this instance (a different start, a whole level redefined). */
  overrides: Map<number, { start?: number; level?: Level }>;
}

export interface Numbering {
  /** The label of a paragraph numbered (numId, ilvl), counting it; "" when the level shows nothing. */
  label(numId: string, ilvl: number): string;
}

function intAttr(e: Element | null, fallback: number, name = "val"): number {
  const v = Number.parseInt(e ? wordAttr(e, name) : "", 10);
  return Number.isFinite(v) ? v : fallback;
}

function readLevel(lvl: Element): Level {
  const restart = firstChild(lvl, "w:lvlRestart");
  return {
    start: intAttr(firstChild(lvl, "w:start"), 0),
    format: firstChild(lvl, "w:numFmt") ? wordAttr(firstChild(lvl, "w:numFmt")!, "val") : "decimal",
    text: firstChild(lvl, "w:lvlText") ? wordAttr(firstChild(lvl, "w:lvlText")!, "val") : "",
    legal: firstChild(lvl, "w:isLgl") !== null && wordAttr(firstChild(lvl, "w:isLgl")!, "val") !== "0",
    restartAfter: restart ? intAttr(restart, 0) - 1 : undefined,
  };
}

function levelsOf(parent: Element): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of childElements(parent, "w:lvl")) levels.set(intAttr(lvl, 0, "ilvl"), readLevel(lvl));
  return levels;
}

const ROMAN: [number, string][] = [[1000, "m"], [900, "cm"], [500, "d"], [400, "cd"], [100, "c"], [90, "xc"], [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"]];

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  let out = "";
  for (const [v, s] of ROMAN) while (n >= v) {
    out += s;
    n -= v;
  }
  return out;
}

/** Word's lowerLetter: a … z, then aa … zz, then aaa. */
function letters(n: number): string {
  if (n <= 0) return String(n);
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

function ordinalSuffix(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return "th";
  return ["th", "st", "nd", "rd"][n % 10] ?? "th";
}

/** One counter value in a level's format. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case "lowerLetter": return letters(n);
    case "upperLetter": return letters(n).toUpperCase();
    case "lowerRoman": return roman(n);
    case "upperRoman": return roman(n).toUpperCase();
    case "decimalZero": return n < 10 ? `0${n}` : String(n);
    case "ordinal": return `${n}${ordinalSuffix(n)}`;
    case "decimalEnclosedParen": return `(${n})`;
    case "decimalEnclosedCircle": return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case "none": return "";
    default: return String(n); // decimal and the formats of other scripts
  }
}

/**
 * A bullet's character as plain text, one the reader and the segmenter take
 * for a bullet: Word's Symbol and Wingdings bullets are private-use code points
 * ("\uF0B7", "§" for a square), squares and arrows are bullets too, and Courier
 * New's "o" is a hollow circle. Dashes and asterisks stay as they are.
 */
export function bulletText(text: string): string {
  const t = text.trim();
  if (t === "o") return "◦";
  if (t === "-" || t === "–" || t === "—" || t === "*" || t === "◦") return t;
  return "•";
}

export function readNumbering(numberingXml: Element | null, numStyles: Map<string, string>): Numbering {
  const abstracts = new Map<string, { levels: Map<number, Level>; styleLink: string }>();
  const instances = new Map<string, Instance>();
  if (numberingXml) {
    for (const a of childElements(numberingXml, "w:abstractNum")) {
      const link = firstChild(a, "w:numStyleLink");
      abstracts.set(wordAttr(a, "abstractNumId"), { levels: levelsOf(a), styleLink: link ? wordAttr(link, "val") : "" });
    }
    for (const n of childElements(numberingXml, "w:num")) {
      const abstract = firstChild(n, "w:abstractNumId");
      const overrides = new Map<number, { start?: number; level?: Level }>();
      for (const o of childElements(n, "w:lvlOverride")) {
        const start = firstChild(o, "w:startOverride");
        const lvl = firstChild(o, "w:lvl");
        overrides.set(intAttr(o, 0, "ilvl"), { start: start ? intAttr(start, 0) : undefined, level: lvl ? readLevel(lvl) : undefined });
      }
      instances.set(wordAttr(n, "numId"), { abstractId: abstract ? wordAttr(abstract, "val") : "", overrides });
    }
  }

  /** An abstract list that only points at a numbering style ("numStyleLink") takes that style's list's levels. */
  const levelsFor = (abstractId: string, seen = 0): Map<number, Level> => {
    const a = abstracts.get(abstractId);
    if (!a) return new Map();
    if (a.levels.size === 0 && a.styleLink && seen < 5) {
      const viaNum = instances.get(numStyles.get(a.styleLink) ?? "");
      if (viaNum) return levelsFor(viaNum.abstractId, seen + 1);
    }
    return a.levels;
  };

  const counters = new Map<string, (number | undefined)[]>();
  const restarted = new Set<string>();
  return {
    label(numId, ilvl) {
      const instance = instances.get(numId);
      if (!instance || numId === "0") return "";
      const levels = levelsFor(instance.abstractId);
      const levelAt = (k: number): Level => instance.overrides.get(k)?.level ?? levels.get(k) ?? { start: 1, format: "decimal", text: `%${k + 1}.`, legal: false };
      const key = instance.abstractId || `num:${numId}`;
      const counts = counters.get(key) ?? [];
      counters.set(key, counts);
      const level = levelAt(ilvl);
      const override = instance.overrides.get(ilvl);
      const start = override?.start ?? level.start;
      if (override?.start !== undefined && !restarted.has(`${numId}:${ilvl}`)) {
        restarted.add(`${numId}:${ilvl}`);
        counts[ilvl] = undefined;
      }
      counts[ilvl] = counts[ilvl] === undefined ? start : counts[ilvl]! + 1;
      for (let k = ilvl + 1; k < 9; k++) {
        const deeper = levelAt(k);
        if (deeper.restartAfter === undefined || (deeper.restartAfter >= 0 && deeper.restartAfter >= ilvl)) counts[k] = undefined;
      }
      if (level.format === "bullet") return bulletText(level.text);
      if (level.format === "none") return level.text.replace(/%\d/g, "").trim();
      return level.text.replace(/%([1-9])/g, (_, d: string) => {
        const k = Number(d) - 1;
        const at = levelAt(k);
        const value = counts[k] ?? at.start;
        return formatNumber(value, level.legal && k !== ilvl ? "decimal" : at.format);
      });
    },
  };
}
