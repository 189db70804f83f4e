import type { Message, Question, Span } from "../core/types.js";

export interface Segmentation {
  questions: Question[];
  /** Offset where the authority's response begins (0 when it cannot be told). */
  responseStart: number;
  /** Letter-level explanation regions (annexes, exemption explanations) outside any own answer. */
  explanations: Span[];
  /** Offset where closing boilerplate (review rights, sign-off) begins; text.length when none. */
  closingStart: number;
  /** How the letter was laid out, for explain and review: e.g. "list-then-answers". */
  layout: string;
  /** How well the chosen reading explains the letter (0–1 plus its layout's prior), see choose.ts. */
  score?: number;
  /** The best reading of another layout, and its score: how close the choice was. */
  runnerUp?: { layout: string; score: number } | null;
  messages: Message[];
  /**
   * Questions the reading found answered together, to join once it is chosen (labels.md): while
   * readings compete each ask still counts on its own. Dropped from the chosen segmentation.
   */
  joinChosen?: (questions: Question[]) => Question[];
}
