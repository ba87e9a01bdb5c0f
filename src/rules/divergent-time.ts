/**
 * divergent-time: two articles give different clock times for the same event, zones taken into account:
 * "9:40 CET" and "8:40 GMT" agree; a time whose zone is unknown is compared only with one in the same zone
 * or none.
 */
import type { Rule } from './types.js';
import { factSheetFindings } from './fact-sheet-findings.js';

export const divergentTime: Rule = {
  id: 'divergent-time',
  compares: 'slots',
  description: 'A different clock time for the same event, time zones taken into account.',
  run(corpus) {
    return factSheetFindings(corpus, 'time', 'divergent-time');
  },
};
