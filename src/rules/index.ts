import type { Rule } from './types.js';
import { alteredQuote } from './altered-quote.js';
import { attributionChanged } from './attribution-changed.js';
import { disputedClaim } from './disputed-claim.js';
import { divergentDate } from './divergent-date.js';
import { divergentFigure } from './divergent-figure.js';
import { divergentTime } from './divergent-time.js';
import { hedgeDropped } from './hedge-dropped.js';
import { nameMismatch } from './name-mismatch.js';
import { omittedClaim } from './omitted-claim.js';
import { polarityFlip } from './polarity-flip.js';
import { addedOrDropped } from './added-or-dropped.js';
import { meaningReversed } from './meaning-reversed.js';

export type { Finding, Rule } from './types.js';

/** The rule registry, in reporting order. Adding a rule: one module, one line here, one fixture folder. */
export const RULES: readonly Rule[] = [
  divergentFigure,
  divergentDate,
  divergentTime,
  alteredQuote,
  attributionChanged,
  polarityFlip,
  meaningReversed,
  disputedClaim,
  hedgeDropped,
  nameMismatch,
  addedOrDropped,
  omittedClaim,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
