import type { Rule } from "./rule.js";
import { rule as neitherConfirmNorDeny } from "./rules/neither-confirm-nor-deny.js";
import { rule as exemptStatement } from "./rules/exempt-statement.js";
import { rule as exemptLabel } from "./rules/exempt-label.js";
import { rule as cannotProvide } from "./rules/cannot-provide.js";
import { rule as costLimit } from "./rules/cost-limit.js";
import { rule as vexatious } from "./rules/vexatious.js";
import { rule as reasonablyAccessible } from "./rules/reasonably-accessible.js";
import { rule as notHeld } from "./rules/not-held.js";
import { rule as noSeparateRecord } from "./rules/no-separate-record.js";
import { rule as noSuchDocuments } from "./rules/no-such-documents.js";
import { rule as noLongerHeld } from "./rules/no-longer-held.js";
import { rule as heldElsewhere } from "./rules/held-elsewhere.js";
import { rule as notHeldNotice } from "./rules/not-held-notice.js";
import { rule as notApplicable } from "./rules/not-applicable.js";
import { rule as directAnswer } from "./rules/direct-answer.js";
import { rule as nilStatement } from "./rules/nil-statement.js";
import { rule as confirmedFact } from "./rules/confirmed-fact.js";
import { rule as figuresInProse } from "./rules/figures-in-prose.js";
import { rule as prejudiceTest } from "./rules/prejudice-test.js";
import { rule as attachedOrLinked } from "./rules/attached-or-linked.js";
import { rule as dataTable } from "./rules/data-table.js";
import { rule as clarification } from "./rules/clarification.js";
import { rule as answeredElsewhere } from "./rules/answered-elsewhere.js";
import { rule as partialDisclosure } from "./rules/partial-disclosure.js";
import { rule as publicInterestTest } from "./rules/public-interest-test.js";

/** The default rule set. Add a rule = one file in rules/ + one line here + its examples. */
export const preset: readonly Rule[] = [
  neitherConfirmNorDeny,
  exemptStatement,
  exemptLabel,
  cannotProvide,
  costLimit,
  vexatious,
  reasonablyAccessible,
  notHeld,
  noSeparateRecord,
  noSuchDocuments,
  noLongerHeld,
  heldElsewhere,
  notHeldNotice,
  notApplicable,
  directAnswer,
  nilStatement,
  confirmedFact,
  figuresInProse,
  prejudiceTest,
  attachedOrLinked,
  dataTable,
  clarification,
  answeredElsewhere,
  partialDisclosure,
  publicInterestTest,
];
