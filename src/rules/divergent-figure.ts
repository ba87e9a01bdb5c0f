/**
 * divergent-figure: two articles give different values for the same measure — deaths, injured, a
 * depth, a yearly amount, the number of provinces — wherever the figures sit in the story. Slots come
 * from the fact sheet (`src/stages/fact-sheet.ts`); figures in different slots are never compared.
 * "6,4" and "6.4", "12.000" and "12mila", "près de dix ans" and "nearly a decade" meet.
 */
import type { Rule } from './types.js';
import { factSheetFindings } from './fact-sheet-findings.js';

export const divergentFigure: Rule = {
  id: 'divergent-figure',
  compares: 'slots',
  description: 'The same measure (deaths, injured, a depth, money spent a year…) with values that cannot both be right, anywhere in the story.',
  run(corpus) {
    return factSheetFindings(corpus, 'quantity', 'divergent-figure');
  },
};
