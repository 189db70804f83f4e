import type { Decision, Evidence, Letter, Outcome, Span } from "../core/types.js";
import { contains } from "../core/span.js";
import type { Segmentation } from "../segment/types.js";
import { isQualified, isNcndProvision, parseGround } from "../cite/statutes.js";
import { preset } from "./preset.js";
import type { Rule, Signal } from "./rule.js";
import { sentences } from "./sentences.js";
import { evidenceOf, LetterHits, SOFT_REFUSAL, type Hit } from "./hits.js";
import { groundsFor, responseRemainder } from "./answer-grounds.js";
import { notesFor, notesOf } from "./notes.js";
import { notAnAnswer } from "./not-an-answer.js";
import { bandGiven, notAPart, notHeldPart, redactionStated, refusesADetail } from "./partial.js";
import { defaultTaxonomy, type Taxonomy } from "./topic.js";
import { ENCLOSED, pointsToSomeoneElse, SIGNPOSTING } from "./signpost.js";
import { onlyDescribesTest } from "./rules/public-interest-test.js";
import { squeezeSpaces } from "../core/spaces.js";
import { writtenOutNo } from "./meaning/not-had.js";
import { statesQuantity } from "./quantity.js";

export interface ClassifyOptions {
  rules: readonly Rule[];
  taxonomy: Taxonomy;
}

export const defaults: ClassifyOptions = { rules: preset, taxonomy: defaultTaxonomy };

/** Disclosure signals that, inside a refusal, are its reasoning rather than a part given. */
const WEAK_IN_REFUSAL = new Set(["figures-in-prose", "nil-statement"]);
/** Cues read by meaning are weaker still: inside a refusal they are its reasoning ("the data is published", "we hold no other list"), never a part given or not held. */
const weakInRefusal = (h: Hit): boolean => WEAK_IN_REFUSAL.has(h.rule.id) || h.rule.id.startsWith("meaning/");


/** Not-held cues that only point to the body that holds the information. */
const POINTER_ELSEWHERE = new Set(["meaning/redirect", "held-elsewhere"]);
/**
 * A "not held" that names a further or remaining part beside what was said: "There may also be panels on
 * schools, but we do not hold records on this", "We do not hold the figures for the remaining depots",
 * "The rest of the costs are not recorded". Not "any other information" (nothing more is held).
 */
const REMAINDER = /\b(?:may|might|could|will) also\b|\bremaining\b|\bthe rest of\b|\bother (?!information|records?|data|documents?|details|recorded|held|than)[a-z]+/i;
/** "I can see that you ask about …", "your email concerns …": a sentence about the request, not a part of the answer. */
const ABOUT_THE_REQUEST = /\b(?:you (?:ask|asked|are asking|request|requested|want|wanted|wish|refer)|your (?:e-?mail|request|query|enquiry|letter|questions?))\b/i;

/**
 * A refusal of one detail only: "we are withholding the name of the sub-contractor", "the identities of the officers have
 * been redacted", and a sentence about the names alone that refuses them ("The names of the officers are personal data
 * so the council will not release them").
 */
// redos-ok: fixed words with at most two free words between
const NARROWED_REFUSAL = /\b(?:withh[oe]ld(?:ing)?|redact(?:ed|ing)|(?:not|cannot|unable to) (?:disclose|release|provide|give))\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?(?:names?|identit(?:y|ies)|(?:contact|personal|bank) details|addresses|signatures?)\b|\b(?:names?|identit(?:y|ies)|contact details|addresses|signatures?)(?:\s+of\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:is|are|has been|have been)\s+(?:(?:therefore|also|accordingly|consequently)\s+)?(?:withheld|redacted)\b|^\s*(?:the\s+)?(?:names?|identit(?:y|ies)|(?:contact|personal|bank) details|(?:home\s+)?addresses|signatures?)\b[^.;]{0,80}\b(?:will\s+not\s+be\s+(?:releas|disclos|provid|shar|giv)\w*|not\s+(?:be\s+|being\s+)?(?:releas|disclos|provid|shar|giv)\w*|withh[oe]ld\w*|redact\w*)/i;
/** A refusal that names the part it covers: "As regards reports to the NCSC, …", "In relation to the ransom, …". */
const SCOPED_REFUSAL = /^\s*(?:as regards|with regard to|in regard to|in relation to|in respect of|as for|turning to|on the question of|concerning) (?!(?:your|the|this) (?:request|questions?|enquiry)\b)/i;
/** The request read back ("How many …?"), never a statement given. */
const QUOTED_ASK = /\?\s*$|^\s*(?:please|could you|can you|how|what|which|who|when|where|whether|do|does|did|is|are)\b/i;

/** Public interest reasoning said to cover several grounds or questions at once. */
const SEVERAL = /\b(?:both|all|each|either) (?:of )?(?:the |these |those )?(?:exemptions|exceptions|exemption|exception|questions|parts|grounds)\b|\b(?:for|to) (?:all|each|both) of (?:them|these|those)\b/i;

/** A refusal whose only provision is a not-held one (FOISA s17, EIR 12(4)(a)). */
const NOT_HELD_PROVISION = { id: "cite/not-held-provision", signal: "not_held", weight: 0.9 } as const;


const STRONG: Record<Signal, number> = { exempt: 0, ncnd: 0, not_held: 0, disclosed: 0, moot: 0, clarification: 0, partial: 0, pit: 0 };

/**
 * Decide one answer span. Pure; shared answers are decided once per focus. `exclude` lists
 * sentences of the span that speak to other questions only (see shared.ts).
 */
export function decideAnswer(
  letter: Letter,
  seg: Segmentation,
  answer: Span | null,
  others: Span[],
  options: ClassifyOptions = defaults,
  exclude: readonly Span[] = [],
  letterHits: LetterHits = new LetterHits(letter.text, seg, options.rules),
  label?: string,
): Omit<Decision, "topic"> {
  const text = letter.text;
  if (!answer) {
    return { outcome: "other", grounds: [], partial: false, ncnd: false, pit: false, confidence: 0.4, rule: "segment/no-answer", evidence: [], conflicts: [] };
  }
  const hits = letterHits.inSpan(answer, exclude);
  const by = (signal: Signal): Hit[] => hits.filter((h) => h.rule.signal === signal);
  const strength = { ...STRONG };
  for (const h of hits) strength[h.rule.signal] = Math.max(strength[h.rule.signal], h.rule.weight);

  const appliedInAnswer = letter.citations.filter((c) => c.applied && !c.byName && contains(answer, c.span) && !exclude.some((e) => contains(e, c.span)));
  // "refused under regulation 12(4)(a)": a refusal whose only provision is a not-held one says the information is not held.
  const notHeldProvisionSentence = (h: Hit): boolean =>
    letter.citations.some((c) => c.reason === "cite/not-held-provision" && contains(h.span, c.span)) &&
    !letter.citations.some((c) => c.applied && !c.byName && contains(h.span, c.span));
  // labels.md: a FOISA s17 notice is not held "even where the letter calls it an exemption".
  for (let i = hits.length - 1; i >= 0; i--) if (hits[i]!.rule.signal === "exempt" && notHeldProvisionSentence(hits[i]!)) hits.splice(i, 1, { rule: NOT_HELD_PROVISION, span: hits[i]!.span });
  const refusalSpans = new Set([...by("exempt"), ...by("ncnd")].map((h) => `${h.span.start}:${h.span.end}`));
  const notHeldHits = by("not_held").filter((h) => !refusalSpans.has(`${h.span.start}:${h.span.end}`));
  // A pointer to a supplier's or vendor's website that is all the answer says has not answered
  // (labels.md: not a disclosure); beside other content it is left to what else is said.
  // The answer's sentences, split once: every test below reads the same list.
  const answerSentences = sentences(text, answer);
  const spoken = answerSentences.filter((s) => !exclude.some((e) => contains(e, s)) && !notAnAnswer(text.slice(s.start, s.end)));
  const pointersAway = spoken.filter((s) => pointsToSomeoneElse(text.slice(s.start, s.end), letter));
  const elsewhere = pointersAway.length === spoken.length ? pointersAway : [];
  // "We would be grateful if you could clarify what you mean, as there is no single list": a nil or a figure in the sentence
  // that asks for clarification is the reason it asks, not an answer given.
  const clarifySpans = new Set(by("clarification").map((h) => `${h.span.start}:${h.span.end}`));
  const disclosedHits = [...by("disclosed"), ...by("moot")].filter((h) => !refusalSpans.has(`${h.span.start}:${h.span.end}`) && !(weakInRefusal(h) && clarifySpans.has(`${h.span.start}:${h.span.end}`)) && (!notHeldHits.some((n) => n.span.start === h.span.start) || sentInAnotherForm(h, text)) && !elsewhere.some((e) => contains(e, h.span)));

  // A part given, or a part not held, as labels.md means it (partial.ts): not a list number, a
  // review-rights link, a pointer offered as help, or what answering would involve.
  const sentenceOf = (h: Hit): string => text.slice(h.span.start, h.span.end);
  const isPart = (h: Hit): boolean => notAPart(h, sentenceOf(h)) === null;
  const partHits = by("partial").filter(isPart);
  // "Names have been redacted": a part withheld, so the answer is a refusal in part (labels.md).
  const redactions = partHits.filter((h) => redactionStated(h, sentenceOf(h)));
  const ncnd = by("ncnd").length > 0 || appliedInAnswer.some((c) => c.ncnd);
  const exemptByCitation = appliedInAnswer.length > 0;
  // "We do not possess that data … so we are unable to provide a date": a bare "cannot provide"
  // beside a statement that the information is not held is explained by it, not a refusal.
  const softRefusalOnly = by("exempt").every((h) => SOFT_REFUSAL.has(h.rule.id));
  // Likewise beside "your question asks for an opinion, not recorded information": "so we cannot provide an answer" is
  // the item declined as no request (labels.md: other), not a refusal.
  const notARequest = by("clarification").some((h) => h.rule.id === "meaning/not-a-request" || NOT_A_REQUEST.test(sentenceOf(h)));
  const explainedByNotHeld = softRefusalOnly && (notHeldHits.some((h) => h.rule.weight >= 0.85) || (notARequest && by("exempt").length > 0));
  // A provision cited with no refusal sentence at all, beside a firm "we hold no record", explains
  // the law around the request (what the Act protects, how privilege works), not a refusal of it.
  // Likewise beside "your question asks for an opinion, not recorded information": the item is declined as no request
  // (labels.md: other, no ground applied), and a provision with no refusal sentence belongs to the reasoning around it.
  const citationExplainsOnly = exemptByCitation && by("exempt").length === 0 && redactions.length === 0 && (notHeldHits.some((h) => h.rule.weight >= 0.85) || (notARequest && disclosedHits.length === 0));
  const exempt = ncnd || (exemptByCitation && !citationExplainsOnly) || (by("exempt").length > 0 && !explainedByNotHeld) || redactions.length > 0;
  const evidence: Evidence[] = [];
  const conflicts: string[] = [];
  let outcome: Outcome;
  let rule: string;
  let partial = false;
  let confidence: number;

  const strongest = (list: Hit[]): Hit | undefined => [...list].sort((a, b) => b.rule.weight - a.rule.weight || a.span.start - b.span.start)[0];

  if (exempt) {
    outcome = "exempt";
    const decisive = strongest(by("ncnd")) ?? strongest(by("exempt")) ?? (exemptByCitation ? undefined : strongest(redactions));
    if (decisive) {
      rule = decisive.rule.id;
      evidence.push(evidenceOf(text, rule, decisive.span));
    } else {
      rule = "cite/applied-ground";
      evidence.push(evidenceOf(text, rule, appliedInAnswer[0]!.span));
    }
    // In a refusal, figures and nil statements in prose are usually its reasoning; a part given is a table, a direct answer or an attachment.
    // labels.md: partial on an exempt question means a part was given; part not held and part withheld is not partial.
    const givenHits = disclosedHits.filter((h) => !weakInRefusal(h) && isPart(h));
    partial = givenHits.length > 0 || partHits.length > 0;
    for (const h of [...givenHits, ...partHits].slice(0, 3)) evidence.push(evidenceOf(text, h.rule.id, h.span));
    // "A contractor runs our grounds maintenance. The name of the firm it subcontracts to is withheld.": a refusal narrowed to
    // one detail (a name, an identity, contact details), after a statement of fact (no rule read it, or only as figures
    // given), withholds a part of an answer given.
    const narrowed = (h: Hit): boolean => NARROWED_REFUSAL.test(sentenceOf(h).replace(/\s+/g, " ")) || refusesADetail(sentenceOf(h));
    if (!partial && decisive && narrowed(decisive)) {
      // A lead giving a list ("The five suppliers were:" / the names) is such a statement too.
      const before = spoken.find((s) => s.end <= decisive.span.start && /[.!?:]["'”’)]?\s*$/.test(text.slice(s.start, s.end)) && letterHits.sentence(s).every((h) => h.rule.signal === "disclosed") && !ABOUT_THE_REQUEST.test(text.slice(s.start, s.end)) && !QUOTED_ASK.test(text.slice(s.start, s.end)));
      if (before) {
        partial = true;
        evidence.push(evidenceOf(text, "partial/narrowed-refusal", before));
      }
    }
    // "The force has made no report to Action Fraud. As regards reports to the NCSC, we neither confirm nor deny …": a
    // refusal scoped to a named part, after a statement that answers another part (even a nil one), withholds a part only.
    if (!partial && decisive && SCOPED_REFUSAL.test(squeezeSpaces(sentenceOf(decisive)))) {
      const statement = (s: Span): boolean => {
        const said = text.slice(s.start, s.end);
        return /[.!?]["'”’)]?\s*$/.test(said) && !ABOUT_THE_REQUEST.test(said) && !QUOTED_ASK.test(said) && notAnAnswer(said) === null;
      };
      const earlier = spoken.find((s) => s.end <= decisive.span.start && statement(s) && letterHits.sentence(s).every((h) => h.rule.signal === "disclosed"));
      if (earlier) {
        partial = true;
        evidence.push(evidenceOf(text, "partial/scoped-refusal", earlier));
      }
    }
    // "Fewer than five agreements were made … the exact number is exempt": the band is a part given.
    if (!partial && spoken.some((s) => bandGiven(text.slice(s.start, s.end)) && !QUOTED_ASK.test(text.slice(s.start, s.end)))) {
      partial = true;
      const band = spoken.find((s) => bandGiven(text.slice(s.start, s.end)))!;
      evidence.push(evidenceOf(text, "partial/band-given", band));
    }
    confidence = decisive ? Math.min(0.97, decisive.rule.weight + (exemptByCitation ? 0.05 : 0)) : 0.7;
    if (notHeldHits.length) conflicts.push(...new Set(notHeldHits.map((h) => h.rule.id)));
  } else if (notHeldHits.length && !opensWithYesNo(text, answerSentences[0], disclosedHits, notHeldHits) && !answeredNo(letter, seg, label, notHeldHits)) {
    const decisive = strongest(notHeldHits)!;
    evidence.push(evidenceOf(text, decisive.rule.id, decisive.span));
    // Beside a firm "not held", a nil statement explains it and a pointer to published material is advice and assistance.
    // An attachment sent with the reply is a part given, whatever else is not held.
    const pointer = (h: Hit): boolean => h.rule.id === "attached-or-linked" && !ENCLOSED.test(text.slice(h.span.start, h.span.end));
    const explainsNotHeld = decisive.rule.weight >= 0.85 && disclosedHits.every((h) => h.rule.weight <= 0.6 || pointer(h) || nilOfOtherRecords(h, sentenceOf(h)));
    // A table's category label read as "not identified" is data given, not a part not held.
    const heldNot = notHeldHits.filter((h) => notHeldPart(h, sentenceOf(h)));
    // "No. … so the information is not held": the bare "no" put to the ask is not a part given.
    const opening = answerSentences[0];
    const bareYesNo = (h: Hit): boolean => h.rule.id === "direct-answer" && h.span.start === opening?.start && /^["'‘“]?(?:yes|no)[.,;:!–-]?$/i.test(sentenceOf(h).trim());
    const given = disclosedHits.filter((h) => isPart(h) && !bareYesNo(h));
    // "The dataset is read with SQL tools and three statistics packages. The hospital trust keeps the rest and would need to be
    // contacted for it": what was said first, before a pointer to the body holding the remainder (or a "not held" for
    // a further part only), is a part given.
    const pointerOnly = notHeldHits.every((h) => POINTER_ELSEWHERE.has(h.rule.id) || REMAINDER.test(sentenceOf(h)));
    // Only whole sentences count: a line-broken opening of the pointer's own sentence ("The 2019 survey, and the 2022 one") explains it.
    // "1,312 permits were issued to carers. Blue badge holders need no permit, so their use is not recorded.": a count
    // stated first, before a not-held for the rest, is a part given too (quantity.ts), whatever the not-held says.
    const statedFirst = answerSentences.filter((s) => s.end <= decisive.span.start && /[.!?;]["'”’)]?\s*$/.test(text.slice(s.start, s.end)) && !exclude.some((e) => contains(e, s)) && !notAnAnswer(text.slice(s.start, s.end)) && !pointsToSomeoneElse(text.slice(s.start, s.end), letter) && !ABOUT_THE_REQUEST.test(text.slice(s.start, s.end)) && !QUOTED_ASK.test(text.slice(s.start, s.end)) && letterHits.sentence(s).length === 0 && (pointerOnly || statesQuantity(text.slice(s.start, s.end))));
    // "We do not hold figures for self-funders. We only hold those for care we arrange, which is 36.": a part said
    // to be held beside the part not held (labels.md: part given and part not held is disclosed, partial).
    const heldInPart = partHits.filter((h) => !redactions.includes(h));
    if (!given.length && heldInPart.length > 0) {
      outcome = "disclosed";
      partial = true;
      rule = heldInPart[0]!.rule.id;
      evidence.unshift(evidenceOf(text, rule, heldInPart[0]!.span));
      confidence = 0.6;
      conflicts.push(decisive.rule.id);
    } else if (!given.length && statedFirst.length > 0 && notHeldHits.every((h) => h.span.start >= statedFirst[0]!.end)) {
      outcome = "disclosed";
      partial = true;
      rule = "fallback/statement";
      evidence.unshift(evidenceOf(text, rule, statedFirst[0]!));
      confidence = 0.5;
      conflicts.push(decisive.rule.id);
    } else if (given.length && !explainsNotHeld) {
      outcome = "disclosed";
      partial = heldNot.length > 0;
      rule = strongest(given)!.rule.id;
      evidence.unshift(evidenceOf(text, rule, strongest(given)!.span));
      confidence = 0.65;
      conflicts.push(decisive.rule.id);
    } else {
      outcome = "not_held";
      rule = decisive.rule.id;
      partial = false;
      confidence = decisive.rule.weight;
    }
  } else if (by("clarification").length && disclosedHits.length === 0) {
    const decisive = strongest(by("clarification"))!;
    outcome = "other";
    rule = decisive.rule.id;
    evidence.push(evidenceOf(text, rule, decisive.span));
    confidence = decisive.rule.weight;
  } else if (disclosedHits.length) {
    const decisive = strongest(disclosedHits)!;
    outcome = "disclosed";
    rule = decisive.rule.id;
    evidence.push(evidenceOf(text, rule, decisive.span));
    // "Yes. We run the exercises quarterly. We do not keep the scores, so cannot give them.": the "yes" gives one part of a
    // two-part ask and a later part is not held (labels.md: part given and part not held is disclosed, partial). After a
    // "no" the not-held words explain the no ("No. We do not hold a policy.") and nothing else is missing.
    const yesThenNotHeld = notHeldHits.length > 0 && /^\s*["'‘“]?yes\b/i.test(answerSentences[0] ? text.slice(answerSentences[0].start, answerSentences[0].end) : "") && notHeldHits.every((h) => h.span.start > answerSentences[0]!.start);
    partial = partHits.length > 0 || yesThenNotHeld;
    if (yesThenNotHeld) evidence.push(evidenceOf(text, strongest(notHeldHits)!.rule.id, strongest(notHeldHits)!.span));
    confidence = decisive.rule.weight;
  } else {
    // Something was said that neither a rule nor a cue family recognised. Framing, thanks, review
    // rights, contact details, notices and the request read back say nothing; with only those,
    // nothing was answered.
    const own = answerSentences.filter((s) => !exclude.some((e) => contains(e, s)) && !elsewhere.some((e) => contains(e, s)));
    const said = own.find((s) => !notAnAnswer(text.slice(s.start, s.end)));
    // "Please see response below" alone under a question points to an answer further on.
    const pointer = own.find((s) => notAnAnswer(text.slice(s.start, s.end)) === "framing");
    if (said ?? pointer) {
      outcome = "disclosed";
      rule = "fallback/statement";
      evidence.push(evidenceOf(text, rule, (said ?? pointer)!));
      confidence = said ? 0.5 : 0.45;
    } else {
      outcome = "other";
      rule = "fallback/no-statement";
      confidence = 0.4;
    }
  }

  let grounds: string[] = [];
  let pit = false;
  if (outcome === "exempt") {
    const regions: Span[] = [...seg.explanations];
    if (regions.length === 0 || !letter.citations.some((c) => c.applied && !c.byName && regions.some((r) => contains(r, c.span)))) {
      regions.push(...responseRemainder(seg, letter.text.length, others));
    }
    // A note the answer points to ("Withheld – see Note A"), or one naming its question, holds its grounds.
    const notes = notesFor(text, notesOf(text, seg), answer, label);
    const fromNotes = notes.length ? groundsFor(letter, { answer, exclude, letterRegions: notes }, [...hits, ...notes.flatMap((n) => letterHits.inSpan(n, []))]) : null;
    const askedSpan = label === undefined ? null : seg.questions.find((q) => q.label === label)?.questionSpan ?? null;
    const asked = askedSpan ? text.slice(askedSpan.start, askedSpan.end) : undefined;
    const g = fromNotes && fromNotes.grounds.length ? fromNotes : groundsFor(letter, { answer, exclude, letterRegions: regions, label, asked }, hits);
    grounds = g.grounds;
    if (partial && grounds.some((gr) => SIGNPOSTING.test(gr))) {
      // Section 21 / FOISA 25 / EIR 6(1)(b): the link is how the ground is applied, not a part given;
      // so is whatever else the pointing sentence says ("we can confirm that the payments are
      // available online via our open data site at …"). Only a document attached is a part given
      // ("the attached link below" is a link).
      const sent = (h: Hit): boolean => ENCLOSED.test(sentenceOf(h)) && !LINK_WORDS.test(sentenceOf(h));
      const pointing = disclosedHits.filter((h) => h.rule.id === "attached-or-linked" && !sent(h)).map((h) => h.span);
      const inPointer = (h: Hit): boolean => pointing.some((p) => contains(p, h.span) || contains(h.span, p));
      partial = disclosedHits.some((h) => !inPointer(h) && !weakInRefusal(h) && isPart(h)) || partHits.length > 0;
    }
    evidence.push(...g.evidence);
    if (grounds.length === 0) {
      confidence = Math.min(confidence, 0.6);
      conflicts.push("uncited-refusal");
    }
    // Public interest wording inside another question's own answer weighs that question's grounds, not this one's,
    // unless it says it weighs several ("for both exceptions", "for each of the exemptions above").
    // A sentence that only says a test is needed, or how one works, states no balance (labels.md: pit).
    const pitHits = letterHits
      .pit()
      .filter((h) => contains(answer, h.span) || !others.some((o) => contains(o, h.span)) || SEVERAL.test(text.slice(h.span.start, h.span.end)))
      .filter((h) => !onlyDescribesTest(text.slice(h.span.start, h.span.end), text.slice(h.span.end, h.span.end + 240)));
    const qualified = grounds.length === 0 || grounds.some((gr) => {
      const p = parseGround(gr);
      return p ? isQualified(p.act, p.provision) : false;
    });
    pit = pitHits.length > 0 && qualified;
    if (pit) evidence.push(evidenceOf(text, pitHits[0]!.rule.id, pitHits[0]!.span));
  }
  const ncndFlag = outcome === "exempt" && (ncnd || grounds.some((gr) => {
    const p = parseGround(gr);
    return p ? isNcndProvision(p.act, p.provision) : false;
  }));
  const seen = new Set<string>();
  const unique = evidence.filter((e) => {
    const key = `${e.rule}:${e.span.start}:${e.span.end}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  return { outcome, grounds, partial, ncnd: ncndFlag, pit, confidence: Number(confidence.toFixed(3)), rule, evidence: unique, conflicts: [...new Set(conflicts)] };
}

/**
 * "We do not record these figures. We do, however, record complaints, and there have been none":
 * beside a firm "not held", a nil said of the records the authority keeps instead (what it does
 * record, holds only, or logs) describes its records; it is no part of what was asked given.
 * A nil with no such record named ("in 2020 there were none") stays an answer.
 */
const OTHER_RECORDS = /\bwe (?:do(?:,? however,?| also)? |only |however,? |instead |also )?(?:record|hold|keep|log|collect|capture)\b(?! (?:no|none|nothing|any)\b)/i;

function nilOfOtherRecords(h: Hit, sentence: string): boolean {
  return (h.rule.id === "meaning/nil" || h.rule.id === "nil-statement") && OTHER_RECORDS.test(squeezeSpaces(sentence));
}

/**
 * "Please see the attached list of schemes, as we do not record the information in the way you have asked",
 * "We don't keep figures in that format, so the enclosed spreadsheet gives what we hold": what is not held is
 * the form asked for; the document sent in the same sentence is what is held, a part given (labels.md: part
 * given and part not held is disclosed, partial). Said without a document sent, the form not kept stays not held.
 */
const IN_ANOTHER_FORM = /\bin (?:the|that|this|such an?|an?) (?:way|format|form|manner|breakdown|level of detail)\b/i;

function sentInAnotherForm(h: Hit, text: string): boolean {
  if (h.rule.id !== "attached-or-linked") return false;
  const sentence = text.slice(h.span.start, h.span.end).replace(/\s+/g, " ");
  return ENCLOSED.test(sentence) && !LINK_WORDS.test(sentence) && IN_ANOTHER_FORM.test(sentence);
}

/** Words of a link, not of a document sent ("the attached link", "enclosed URL"). */
const LINK_WORDS = /\b(?:links?|url|web ?(?:site|page)s?|online)\b|https?:|\bwww\./i;

/**
 * The information itself said not to be held: "No, we do not hold this information", "… so the
 * information is not held", a FOISA s17 / EIR 12(4)(a) notice. A "no" before it answers nothing.
 */
// redos-ok: one bounded run between fixed words
const INFORMATION_NOT_HELD = /\b(?:the|this|that|such|any|requested|recorded) (?:information|data|records?|figures|statistics)\b[^.;]{0,40}\b(?:is|are|was|were) not (?:held|recorded|kept|collected|retained)\b|\bnot (?:hold|have|record|keep|collect|retain) (?:this|that|the|any|such) (?:information|data|records?|figures|statistics)\b|\bno (?:recorded )?(?:information|data|records?) (?:is|are|was|were|has been|have been) (?:held|recorded|kept)\b|\bsection 17\b|\bregulation (?:12|10) ?\(4\) ?\(a\)/i;

/** The item declined because it asks for a view, not recorded information. */
// redos-ok: alternation of fixed phrases with one bounded gap
const NOT_A_REQUEST = /\b(?:not (?:a )?(?:valid )?requests? (?:for (?:recorded )?information|under the act)|asks? (?:for )?(?:our|an?|the(?: [\w'’]+)?) (?:opinion|view|comment)|(?:opinion|view|comment|explanation)s? rather than (?:for )?(?:recorded )?information|does not (?:require|oblige) (?:an? |the )?(?:public )?authority to (?:offer|give|provide|express) (?:opinions?|views?|comments?))\b/i;

/**
 * "No. We do not hold a cyber insurance policy.": the yes/no answers; what follows explains it. But
 * "No, we do not hold this information" / "No. … so the information is not held" says the information
 * is not there (labels.md: not held), whatever the "no" was put to.
 */
/** The question answered by its own thing (or a standing) negated (meaning/not-had.ts): a "no", read as the answer given. */
function answeredNo(letter: Letter, seg: Segmentation, label: string | undefined, notHeld: Hit[]): boolean {
  const q = label === undefined ? undefined : seg.questions.find((x) => x.label === label);
  if (!q?.questionSpan) return false;
  const said = notHeld.map((h) => squeezeSpaces(letter.text.slice(h.span.start, h.span.end)));
  return writtenOutNo(squeezeSpaces(letter.text.slice(q.questionSpan.start, q.questionSpan.end)), said);
}

function opensWithYesNo(text: string, first: Span | undefined, disclosed: Hit[], notHeld: Hit[]): boolean {
  if (!first || !/^\s*["'‘“]?(?:yes|no)\b/i.test(text.slice(first.start, first.end))) return false;
  if (notHeld.some((h) => INFORMATION_NOT_HELD.test(squeezeSpaces(text.slice(h.span.start, h.span.end))))) return false;
  return disclosed.some((h) => h.rule.id === "direct-answer" && h.span.start === first.start);
}

