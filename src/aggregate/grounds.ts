import type { AnswerFact } from "./records.js";
import { groupKey } from "./records.js";
import { parseGround } from "./ground.js";
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
  letters: Set<string>;
  authorities: Set<string>;
  withPit: number;
  ncnd: number;
}

/**
 * One row per ground at section level, then one per exact provision. Only exempt questions
 * count: labels.md gives grounds to exempt questions only, and a ground on any other question
 * is an inconsistency that review.csv lists instead. A question citing s31(1)(a) and s31(1)(b)
 * counts once under FOIA s31 and once under each provision, as the official tables multi-count.
 */
export function groundsTable(answers: readonly AnswerFact[]): GroundRow[] {
  const exempt = answers.filter((a) => a.outcome === "exempt");
  const tallies = { section: new Map<string, Tally>(), provision: new Map<string, Tally>() };
  const add = (map: Map<string, Tally>, key: string, act: string, section: string, procedural: boolean, a: AnswerFact): void => {
    let t = map.get(key);
    if (!t) {
      t = { act, section, procedural, questions: 0, letters: new Set(), authorities: new Set(), withPit: 0, ncnd: 0 };
      map.set(key, t);
    }
    t.questions++;
    t.letters.add(a.file);
    t.authorities.add(groupKey(a.authority));
    if (a.pit) t.withPit++;
    if (a.ncnd) t.ncnd++;
  };
  for (const a of exempt) {
    const provisions = new Map<string, ReturnType<typeof parseGround>>();
    for (const g of a.grounds) {
      const p = parseGround(g);
      if (p.ground !== "") provisions.set(p.ground, p);
    }
    const sections = new Map<string, ReturnType<typeof parseGround>>();
    for (const p of provisions.values()) {
      add(tallies.provision, p.ground, p.act, p.section, p.procedural, a);
      sections.set(p.sectionGround, p);
    }
    for (const [sectionGround, p] of sections) add(tallies.section, sectionGround, p.act, p.section, p.procedural, a);
  }
  const rows = (level: GroundRow["level"]): GroundRow[] =>
    [...tallies[level].entries()]
      .map(([ground, t]) => ({
        ground,
        act: t.act,
        section: t.section,
        level,
        questions: t.questions,
        letters: t.letters.size,
        authorities: t.authorities.size,
        shareOfExempt: share(t.questions, exempt.length),
        procedural: t.procedural,
        withPit: t.withPit,
        ncnd: t.ncnd,
      }))
      .sort((x, y) => y.questions - x.questions || compareKeys(x.ground, y.ground));
  return [...rows("section"), ...rows("provision")];
}
