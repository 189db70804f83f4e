/**
 * Canonical grounds ("FOIA s31(1)(a)", "EIR 12(5)(e)") split into act, section and the
 * section-level ground they roll up to, and whether they are procedural refusals.
 */

export interface ParsedGround {
  /** The ground exactly as the answer gives it. */
  ground: string;
  act: string;
  /** Section key: "31" for FOIA s31(1)(a); for EIR/EISR the exception, "12(5)(e)" (see sectionOf). */
  section: string;
  /** The section-level ground: "FOIA s31", "EIR 12(5)(e)". */
  sectionGround: string;
  procedural: boolean;
}

const FORM = /^(FOIA|FOISA|EIR|EISR)\s+s?(\d+[A-Z]?)((?:\([0-9A-Za-z]+\))*)$/;

/**
 * FOIA and FOISA exemptions are sections (s31 law enforcement, whatever its subsection).
 * EIR and EISR exceptions are paragraphs of one regulation (EIR 12, EISR 10): 12(5)(a)
 * international relations and 12(5)(e) commercial confidentiality share regulation 12 but
 * nothing else, and 12(6) is neither-confirm-nor-deny. So their "section" is the regulation
 * and paragraph, with the letter for the lettered exceptions of (4) and (5); other regulations
 * (EIR 13 personal data) roll up to the regulation number.
 */
function sectionOf(act: string, number: string, rest: string): string {
  if ((act === "EIR" && number === "12") || (act === "EISR" && number === "10")) {
    const parts = rest.match(/\([0-9A-Za-z]+\)/g) ?? [];
    if (parts[0] === "(4)" || parts[0] === "(5)") return `${number}${parts.slice(0, 2).join("")}`;
    if (parts[0]) return `${number}${parts[0]}`;
  }
  return number;
}

/**
 * Procedural refusals, kept apart from substantive exemptions as the Cabinet Office tables do:
 * the cost limit (FOIA s12, FOISA s12), vexatious or repeated requests (FOIA s14, FOISA s14),
 * and their environmental counterpart, a manifestly unreasonable request (EIR 12(4)(b), EISR 10(4)(b)).
 */
function isProcedural(act: string, section: string): boolean {
  if (act === "FOIA" || act === "FOISA") return section === "12" || section === "14";
  if (act === "EIR") return section === "12(4)(b)";
  if (act === "EISR") return section === "10(4)(b)";
  return false;
}

export function parseGround(ground: string): ParsedGround {
  const trimmed = ground.trim();
  const m = FORM.exec(trimmed);
  if (!m) {
    // Not in canonical form: keep it whole so it is still counted, under its own name.
    const act = /^(FOIA|FOISA|EIR|EISR)\b/.exec(trimmed)?.[1] ?? "";
    return { ground: trimmed, act, section: "", sectionGround: trimmed, procedural: false };
  }
  const act = m[1]!;
  const section = sectionOf(act, m[2]!, m[3] ?? "");
  const sectionGround = act === "FOIA" || act === "FOISA" ? `${act} s${section}` : `${act} ${section}`;
  return { ground: trimmed, act, section, sectionGround, procedural: isProcedural(act, section) };
}
