/**
 * divergent-date: two articles date the same event differently (the event read from the words around
 * the date, or the claim the date sits in) — a year, a month, a day or a range that disagree.
 */
import type { Rule } from './types.js';
import { factSheetFindings } from './fact-sheet-findings.js';

export const divergentDate: Rule = {
  id: 'divergent-date',
  compares: 'slots',
  description: 'A different year, month, day or range of years for the same event.',
  run(corpus) {
    return factSheetFindings(corpus, 'date', 'divergent-date');
  },
};
