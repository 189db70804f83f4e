/**
 * A refusal that points below ("Withheld – see below", "see the explanation after the table") takes
 * its grounds from the letter's explanations. When those explanations come as paragraphs, each
 * opening with the item it is about ("Firewall supplier: …", "Explanation – question 5", "Question 3:
 * …"), the paragraph that names this question holds its grounds and the others hold other answers'.
 *
 * Each paragraph citing a ground is scored against the question: named by its number, or led by
 * words the question asks about. Only when some paragraph names the question are the regions
 * narrowed to the paragraphs that do; otherwise every region stays (a shared explanation).
 */
import type { Citation, Span } from "../core/types.js";
import { contains } from "../core/span.js";
import { contentStems } from "../core/stems.js";
import { namedQuestions } from "../cite/letter-grounds.js";

/** A paragraph's lead: up to six words before a colon or a spaced dash on its first line. */
// redos-ok: one bounded run of non-separator characters, anchored at the start of the paragraph
const LEAD = /^[ \t]*([A-Za-z][^:\n–—]{0,60}?)[ \t]*(?::|[ \t][–—-][ \t])/;

/** Words a lead shares with nearly every question, which say nothing about which one. */
const GENERIC = contentStems("information data details number total request question answer response explanation exemption exemptions reason reasons note withheld public interest test");

function paragraphsOf(text: string, region: Span): Span[] {
  const out: Span[] = [];
  const body = text.slice(region.start, region.end);
  let cursor = 0;
  for (const m of body.matchAll(/\n[ \t]*\n/g)) {
    out.push({ start: region.start + cursor, end: region.start + m.index! });
    cursor = m.index! + m[0].length;
  }
  out.push({ start: region.start + cursor, end: region.end });
  return out.filter((p) => /\S/.test(text.slice(p.start, p.end)));
}

/** Whether the paragraph's opening names the question: by its label, or by what it asks. */
function namesQuestion(text: string, paragraph: Span, label: string | undefined, asked: string | undefined): boolean {
  const said = text.slice(paragraph.start, paragraph.end).replace(/^\s+/, "");
  const opening = /^[^.\n]{0,160}/.exec(said)![0];
  if (label !== undefined && namedQuestions(opening)?.has(label.toLowerCase())) return true;
  const lead = LEAD.exec(said);
  if (!lead || !asked || lead[1]!.trim().split(/\s+/).length > 6) return false;
  const wanted = contentStems(asked);
  for (const s of contentStems(lead[1]!)) if (!GENERIC.has(s) && wanted.has(s)) return true;
  return false;
}

/**
 * The paragraphs of `regions` that cite an applied ground and name this question, or null when
 * none does (the regions then stand as they are).
 */
export function paragraphsNaming(text: string, regions: readonly Span[], citations: readonly Citation[], label: string | undefined, asked: string | undefined): Span[] | null {
  const citing = regions.flatMap((r) => paragraphsOf(text, r)).filter((p) => citations.some((c) => c.applied && !c.byName && contains(p, c.span)));
  if (citing.length < 2) return null;
  const naming = citing.filter((p) => namesQuestion(text, p, label, asked));
  return naming.length ? naming : null;
}
