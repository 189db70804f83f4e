import type { Question, Span } from "../core/types.js";
import { contentStems, countIn, stem } from "../core/stems.js";
import { sentences } from "./sentences.js";

/**
 * One answer given to several questions at once, as replies that do not restate the request
 * often are: "Please see the attached spreadsheet. We are unable to provide the number of
 * accounts in a company's name as companies are not listed separately. We are unable to answer
 * question 4." The attachment answers every question; the other two sentences answer one each.
 *
 * A sentence belongs to particular questions when it names them ("question 4", "points 2 and
 * 3", "Q5") or when its content words meet one question's own words (those the questions do not
 * all share) clearly more than any other's. Every other sentence answers the whole group.
 *
 * Returns, per question label, the sentences of the shared answer that belong to other questions
 * only (leaving them out, each question is decided on what was said to it and to all), those that
 * name it, and those said to all.
 *
 * `refusalTo` gives, for a refusal sentence that names no question and speaks of none alone
 * ("These contracts are commercially sensitive and will not be disclosed"), the questions the
 * letter's own refusal notice says it covers, if the letter says so (classify.ts: refusalScope).
 */
export interface Focus {
  /** Sentences that belong to other questions only. */
  others: Span[];
  /** Sentences that belong to this question: they name it ("We are unable to answer question 4.") or speak of its subject alone. */
  own: Span[];
  /** Sentences that belong to no question in particular. */
  general: Span[];
}

export function sharedAnswerFocus(text: string, answer: Span, group: readonly Question[], refusalTo?: (s: Span) => ReadonlySet<string> | null, allLabels: readonly string[] = []): Map<string, Focus> {
  const out = new Map<string, Focus>();
  // Sentences × questions: a group larger than any real request is left whole.
  if (group.length < 2 || group.length > 200) return out;
  const labels = group.map((q) => q.label);
  for (const label of labels) out.set(label, { others: [], own: [], general: [] });
  const own = distinctive(group.map((q) => (q.questionSpan ? text.slice(q.questionSpan.start, q.questionSpan.end) : "")));
  // The questions the last refusal sentence spoke to: its grounds list and reasoning follow it.
  let refusedFor: Set<string> | null = null;
  // The questions the paragraph so far spoke to: "We hold a report of the 2023 test. We are withholding it under
  // section 31" refuses what the paragraph's first sentence was about. Emptied at a blank line.
  let paragraphFor: Set<string> | null = null;
  let previousEnd = answer.start;
  let anyTargeted = false;
  const orphans: Span[] = [];
  let paragraphOrphan: Span | null = null;
  let lastFor = false;
  const people = group.map((q) => (q.questionSpan ? NAMES_PERSON.test(text.slice(q.questionSpan.start, q.questionSpan.end)) : false));
  // The questions the paragraph's leading label names ("2.1 and 2.2 Details … are withheld"): all its sentences are theirs.
  let ledBy: Set<string> | null = null;
  let paragraphRefusal = false;
  for (const s of sentences(text, answer)) {
    const sentence = text.slice(s.start, s.end);
    const newParagraph = /\n[^\S\n]*\n/.test(text.slice(previousEnd, s.start)) || previousEnd === answer.start;
    if (newParagraph) {
      paragraphFor = null;
      paragraphOrphan = null;
      paragraphRefusal = false;
      lastFor = false;
      // A paragraph that lists several labelled lines (the questions restated, then one reply) is led by none.
      const blank = /\n[^\S\n]*\n/.exec(text.slice(s.start, answer.end));
      const paragraph = text.slice(s.start, blank ? s.start + blank.index : answer.end);
      const labelled = paragraph.split("\n").filter((line) => LEAD.test(line)).length;
      ledBy = labelled === 1 ? leadingLabels(sentence, labels, allLabels) : null;
    }
    previousEnd = s.end;
    const flat = sentence.replace(/\s+/g, " ");
    const reasoning: boolean = refusedFor !== null && paragraphRefusal && REASONING.test(flat) && !named(sentence, labels);
    let targets: Set<string> | null = ledBy ?? (reasoning ? refusedFor : null) ?? named(sentence, labels) ?? bySubject(sentence, own, labels) ?? closest(sentence, own, labels) ?? aboutNamedPerson(flat, people, labels) ?? scoped(refusalTo?.(s) ?? null, labels);
    if (targets && REFUSING.test(flat)) paragraphRefusal = true;
    // A refusal naming nothing, in a paragraph that so far spoke of some questions only, refuses what it spoke of.
    // After a refusal of some questions, the rest of its paragraph (why, which provision) is that refusal's too.
    // Only the sentence just before, in the same paragraph: a reply sent as one unbroken block ("Thank you for your
    // request about parking notices. Please find our response below: The information is exempt under section 21")
    // must not hand a refusal to whatever question its opening courtesy happened to echo.
    if (!targets && paragraphFor && ((REFUSING.test(flat) && lastFor && POINTS_BACK.test(flat)) || paragraphRefusal) && !BLANKET.test(flat)) targets = paragraphFor;
    lastFor = targets !== null && targets.size > 0;
    if (targets) paragraphFor = targets;
    if (targets) refusedFor = REFUSING.test(flat) ? targets : null;
    // "… can neither confirm nor deny, by virtue of: Section 23(5) – … Section 24(2) – …", "Section 24 is a qualified
    // exemption", "Factors favouring disclosure …": the list and reasoning after a refusal of some questions are that
    // refusal's, not a blanket one. A sentence that itself refuses ("all of it is exempt under section 31") still is.
    else if (refusedFor && !REFUSING.test(flat) && REASONING.test(flat)) targets = refusedFor;
    if (targets) anyTargeted = true;
    // Said of a named person when no question here names one: the question it answers is not among these
    // (a request line read as something else), which is decided below once the reply is known to answer question by question.
    // The rest of its paragraph (its reasons, the provision) goes with it.
    if (!targets && ((NAMED_PERSON.test(flat) && !people.some(Boolean)) || paragraphOrphan !== null)) {
      orphans.push(s);
      paragraphOrphan = s;
    }
    for (const label of labels) {
      const focus = out.get(label)!;
      if (!targets) focus.general.push(s);
      else if (!targets.has(label)) focus.others.push(s);
      else focus.own.push(s);
    }
  }
  // A reply that speaks to its questions one by one: the orphan belongs to none of them.
  if (anyTargeted && orphans.length) {
    for (const focus of out.values()) {
      focus.general = focus.general.filter((g) => !orphans.includes(g));
      focus.others.push(...orphans);
    }
  }
  return out;
}

/**
 * "2.1 and 2.2 Details of … are withheld", "Q3 – No.", "1.3 The University is withholding the premium": a paragraph
 * that opens with a question's label answers that question (those of the group, or, when the label is another
 * question's of the letter, none of the group: an empty set). A bare number opening prose ("24 complaints were …")
 * is not a label: a label is closed by "." ")" ":" or a dash, or is dotted ("1.3"), or carries "Q".
 */
const LEAD = /^[^\S\n]{0,8}(?:q(?:uestions?)?[^\S\n]?\.?[^\S\n]?(?=\d)|(?=\d{1,2}\.\d)|(?=\d{1,2}(?:[a-z]|\([a-z]\))?(?:[.):]|[^\S\n]?[-–])(?:[^\S\n]|$)))(\d{1,2}(?:\.\d{1,2})?(?:[a-z]|\([a-z]\))?)((?:[^\S\n]?(?:,|and|&|to|-|–)[^\S\n]?(?:q[^\S\n]?)?\d{1,2}(?:\.\d{1,2})?[a-z]?)*)/i;

function leadingLabels(sentence: string, labels: readonly string[], allLabels: readonly string[]): Set<string> | null {
  const m = LEAD.exec(sentence);
  if (!m) return null;
  const items = [m[1]!, ...(m[2] ?? "").split(/,|and|&|to|-|–/i).map((x) => x.replace(/[^\w.]/g, "").replace(/^q/i, "")).filter(Boolean)];
  const ranged = /\b(?:to|-|–)\b|[-–]/.test(m[2] ?? "");
  const found = new Set<string>();
  if (ranged && items.length === 2 && !items.some((x) => x.includes("."))) {
    for (let n = Number.parseInt(items[0]!, 10); n <= Number.parseInt(items[1]!, 10) && n < 100; n++) found.add(String(n));
  } else {
    for (const x of items) {
      // "2(a)" is question 2a, or question 2 where the letter did not split it.
      const label = x.replace(/[()]/g, "").replace(/\.$/, "").toLowerCase();
      const whole = /^(\d{1,2})[a-z]$/.exec(label)?.[1];
      found.add(whole && !allLabels.includes(label) && allLabels.includes(whole) ? whole : label);
    }
  }
  const inGroup = new Set([...found].filter((l) => labels.includes(l)));
  if (inGroup.size) return inGroup;
  // Another question's label of this letter: the paragraph is that question's, none of these.
  return [...found].some((l) => allLabels.includes(l)) ? new Set() : null;
}

/** "All of the information", "the remaining questions", "your request", "the information you have requested": a refusal said to every question, whatever paragraph it is in. */
const BLANKET = /\b(?:all|each|every|any) of (?:the|your|this|these)\b|\b(?:the )?(?:remaining|other|rest of the) (?:questions?|parts?|points?|requests?|information)\b|\byour (?:whole |entire )?request\b|\ball (?:the )?(?:information|questions?|parts?)\b|\b(?:the|any) information (?:that )?you (?:have )?(?:requested|asked for|seek|sought|want)\b/i;

/** "We are withholding it", "… as this is commercially sensitive": a refusal pointing back at what was just said (not "this information", "your request": those may mean everything). */
const POINTS_BACK = /\b(?:it|them|they|this|these|those)\b(?! (?:information|request|response|letter|reply|email|e-mail|questions?|part|parts)\b)/i;

/** A question that asks about a person by name: a title and a capitalised name ("Dr A Smith", "Councillor Jones"). */
const NAMES_PERSON = /\b(?:Dr|Mr|Mrs|Ms|Miss|Mx|Professor|Prof|Councillor|Cllr|Sir|Dame)\.? [A-Z][a-z]|\bnamed (?:individual|person|member|officer|employee)|\[(?:name|redacted)/;

/** "Whether we hold complaints about a named member of staff": the NCND or refusal said of a named person belongs to the questions that name one, when some but not all do. */
const NAMED_PERSON = /\b(?:a|the|any|an) (?:named|identified|identifiable|specific|particular) (?:individual|person|member of (?:staff|the public)|employee|officer|doctor|clinician|consultant|councillor|officer)\b/i;

function aboutNamedPerson(sentence: string, people: readonly boolean[], labels: readonly string[]): Set<string> | null {
  if (!NAMED_PERSON.test(sentence)) return null;
  const holders = labels.filter((_, i) => people[i]);
  return holders.length > 0 && holders.length < labels.length ? new Set(holders) : null;
}

/** A sentence that refuses or neither confirms nor denies. */
const REFUSING = /\b(?:withh[eo]ld|refus(?:e|ed|ing|al)|(?:is|are|being|been|remains?) exempt|exempt (?:under|from|by)|neither confirm|confirm nor deny)/i;
/** What follows a refusal to explain it: its provisions listed, their nature, harm, the public interest. */
const REASONING = /^\s*(?:[-•*–]\s*)?(?:sections?|s\.|regulations?)\s*\d|\b(?:qualified|absolute|prejudice[- ]based|class[- ]based)\b|\bpublic interest\b|\bharm\b|\bfactors? (?:favouring|for|against|in favour)\b|\bbalance\b/i;

/** "question 4", "questions 2 and 3", "Q5", "points 1 to 3", "part 2(a)": the labels a sentence names. */
const NAMED = /\b(?:questions?|q|points?|parts?|items?|requests?)\s*\.?\s*(\d{1,2}(?:[a-z]\b|\s*\([a-z]\))?)((?:\s*(?:,|and|&|or|to|-|–)\s*\d{1,2}(?:[a-z]\b|\s*\([a-z]\))?)*)/gi;

/** "Your question on contracts", "the point about 'bias'": a question named by its subject, the one question whose own words include it. */
const BY_SUBJECT = /\b(?:question|request|point|query|item|part)s? (?:on|about|regarding|concerning|relating to|in relation to|as to) ["“‘']?([A-Za-z][\w’'-]*(?: [A-Za-z][\w’'-]*){0,2})/gi;

function bySubject(sentence: string, own: readonly Set<string>[], labels: readonly string[]): Set<string> | null {
  const found = new Set<string>();
  for (const m of sentence.matchAll(BY_SUBJECT)) {
    const words = contentStems(m[1]!);
    const holders = own.map((set, i) => ([...words].some((w) => set.has(w)) ? i : -1)).filter((i) => i >= 0);
    if (holders.length === 1) found.add(labels[holders[0]!]!);
  }
  return found.size ? found : null;
}

/** A refusal the letter scopes elsewhere ("we withhold the contracts asked for at question 5"): the group's questions it covers, when some but not all. */
function scoped(scope: ReadonlySet<string> | null, labels: readonly string[]): Set<string> | null {
  if (!scope) return null;
  const inGroup = new Set(labels.filter((l) => scope.has(l)));
  return inGroup.size > 0 && inGroup.size < labels.length ? inGroup : null;
}

export function named(sentence: string, labels: readonly string[]): Set<string> | null {
  const found = new Set<string>();
  for (const m of sentence.matchAll(NAMED)) {
    // Spaces before a separator are taken from the start of their run only: `\s*` tried from every space of a long run
    // before "to" read the rest of the run again (the same pieces, in linear time).
    // redos-ok: linear though recheck (on some budgets) still reports its own attack: '\t' + '\t\t' × 38,730 + 'A' splits in 0.6 ms (20 s before), 310 K characters in 10 ms
    const items = `${m[1]}${m[2] ?? ""}`.split(/(?:(?<!\s)\s+)?(?:,|and|&|or)\s*/i);
    for (const item of items) {
      const range = /^(\d{1,2})\s*(?:to|-|–)\s*(\d{1,2})$/i.exec(item.trim());
      if (range) {
        for (let n = Number(range[1]); n <= Number(range[2]) && n < 100; n++) found.add(String(n));
      } else {
        found.add(item.replace(/[\s().]/g, "").toLowerCase());
      }
    }
  }
  const inGroup = new Set([...found].filter((l) => labels.includes(l)));
  return inGroup.size ? inGroup : null;
}

/** Each question's content-word stems, less those most of the group's questions share. */
function distinctive(questions: readonly string[]): Set<string>[] {
  const sets = questions.map(contentStems);
  const count = new Map<string, number>();
  for (const set of sets) for (const w of set) count.set(w, (count.get(w) ?? 0) + 1);
  const limit = Math.max(1, Math.floor(sets.length / 2));
  return sets.map((set) => new Set([...set].filter((w) => count.get(w)! <= limit)));
}

/** Words every FOI answer uses: they tie a sentence to no question in particular. */
const FOI_WORDS = new Set(
  ["information", "hold", "held", "holds", "holding", "council", "authority", "provide", "provided", "request", "requested", "data", "record", "records",
    "recorded", "number", "numbers", "details", "please", "total", "year", "years", "month", "months", "local", "area", "response", "answer", "question",
    "disclose", "disclosed", "withheld", "exempt", "attached", "section", "freedom", "copy", "copies", "list", "breakdown", "figures", "time", "period"].map(stem),
);

function closest(sentence: string, own: readonly Set<string>[], labels: readonly string[]): Set<string> | null {
  const words = contentStems(sentence);
  for (const w of FOI_WORDS) words.delete(w);
  const scores = own.map((set) => countIn(set, words));
  const best = Math.max(...scores);
  if (best < 2) return null;
  const winners = scores.filter((s) => s === best).length;
  const second = Math.max(...scores.filter((s) => s !== best), 0);
  if (winners > 1 || best - second < 1) return null;
  return new Set([labels[scores.indexOf(best)]!]);
}
