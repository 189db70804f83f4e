import type { AnswerFact } from "./records.js";
import { groupKey } from "./records.js";
import { parseGround, type ParsedGround } from "./ground.js";
import { compareKeys } from "./group.js";
import { share } from "./outcomes.js";

export const GROUNDS_COLUMNS = [
  "ground", "act", "section", "level", "questions", "letters", "authorities", "share_of_exempt", "procedural", "with_pit", "ncnd",
] as const;

export interface GroundRow {
  ground: string;
  act: string;
  section: string;
  /** "section": every provision of the section rolled up; "provision": exactly as the letters cite it. */
  level: "section" | "provision";
  /** Exempt questions citing it (a question citing several grounds counts under each). */
  questions: number;
  letters: number;
  authorities: number;
  /** questions / all exempt questions; the shares add up to more than 1 when questions cite several grounds. */
  shareOfExempt: number | null;
  procedural: boolean;
  withPit: number;
  ncnd: number;
}

interface Tally {
  act: string;
  section: string;
  procedural: boolean;
  questions: number;
  letters: number;
  /** The last letter counted, so each letter counts once (a letter's answers arrive together). */
  lastLetter: number;
  /** Distinct authorities: bounded by the authorities of the run, not by its answers. */
  authorities: Set<string>;
  withPit: number;
  ncnd: number;
}

/**
 * One row per ground at section level, then one per exact provision. Only exempt questions
 * count: labels.md gives grounds to exempt questions only, and a ground on any other question
 * is an inconsistency that review.csv lists instead. A question citing s31(1)(a) and s31(1)(b)
 * counts once under FOIA s31 and once under each provision, as the official tables multi-count.
 * Fed one answer at a time, every answer of a letter together (`letter` numbers the letters).
 */
export class GroundsTable {
  private readonly tallies = { section: new Map<string, Tally>(), provision: new Map<string, Tally>() };
  private exempt = 0;

  private tally(map: Map<string, Tally>, key: string, p: ParsedGround, a: AnswerFact, letter: number): void {
    let t = map.get(key);
    if (!t) {
      t = { act: p.act, section: p.section, procedural: p.procedural, questions: 0, letters: 0, lastLetter: -1, authorities: new Set(), withPit: 0, ncnd: 0 };
      map.set(key, t);
    }
    t.questions++;
    if (t.lastLetter !== letter) {
      t.letters++;
      t.lastLetter = letter;
    }
    t.authorities.add(groupKey(a.authority));
    if (a.pit) t.withPit++;
    if (a.ncnd) t.ncnd++;
  }

  add(a: AnswerFact, letter: number): void {
    if (a.outcome !== "exempt") return;
    this.exempt++;
    const provisions = new Map<string, ParsedGround>();
    for (const g of a.grounds) {
      const p = parseGround(g);
      if (p.ground !== "") provisions.set(p.ground, p);
    }
    const sections = new Map<string, ParsedGround>();
    for (const p of provisions.values()) {
      this.tally(this.tallies.provision, p.ground, p, a, letter);
      sections.set(p.sectionGround, p);
    }
    for (const [sectionGround, p] of sections) this.tally(this.tallies.section, sectionGround, p, a, letter);
  }

  rows(): GroundRow[] {
    const rows = (level: GroundRow["level"]): GroundRow[] =>
      [...this.tallies[level].entries()]
        .map(([ground, t]) => ({
          ground,
          act: t.act,
          section: t.section,
          level,
          questions: t.questions,
          letters: t.letters,
          authorities: t.authorities.size,
          shareOfExempt: share(t.questions, this.exempt),
          procedural: t.procedural,
          withPit: t.withPit,
          ncnd: t.ncnd,
        }))
        .sort((x, y) => y.questions - x.questions || compareKeys(x.ground, y.ground));
    return [...rows("section"), ...rows("provision")];
  }
}
