/**
 * divergent-date: aligned sentences date the same thing differently — a year, a month, a day or a
 * range that disagree where both give it. Relative dates ("last week") are compared with each other,
 * or with absolute ones once resolved against the article's date.
 */
import type { Rule } from './types.js';
import type { DateFact } from '../facts/dates.js';
import { alignedPairs, differsFinding, disagreeingPairs } from './common.js';

function granularity(d: DateFact): string {
  if (d.relative !== undefined && !d.resolved) return 'relative';
  if (d.endYear !== undefined) return 'range';
  return 'absolute';
}

function agree(x: DateFact, y: DateFact): boolean {
  if (x.relative !== undefined && y.relative !== undefined && !x.resolved && !y.resolved) return x.relative === y.relative;
  if (x.endYear !== undefined && y.endYear !== undefined) return x.year === y.year && x.endYear === y.endYear;
  // A year inside a range or a decade ("années 1830" / "1830", "entre 1492 et 1498" / "1492") is a
  // looser date, not a different one.
  if (x.endYear !== undefined || y.endYear !== undefined) {
    const [range, single] = x.endYear !== undefined ? [x, y] : [y, x];
    return single.year !== undefined && range.year !== undefined && single.year >= range.year && single.year <= range.endYear!;
  }
  const fields = ['year', 'month', 'day'] as const;
  return fields.every((f) => x[f] === undefined || y[f] === undefined || x[f] === y[f]);
}

export const divergentDate: Rule = {
  id: 'divergent-date',
  description: 'A different year, month, day or range of years for the same event.',
  run(corpus) {
    const findings = [];
    for (const { a, b } of alignedPairs(corpus)) {
      const comparable = (x: DateFact, y: DateFact) => granularity(x) === granularity(y) || (x.year !== undefined && y.year !== undefined);
      for (const [x, y] of disagreeingPairs(corpus.facts[a]!.dates, corpus.facts[b]!.dates, comparable, agree)) {
        const yearDiffers = x.year !== undefined && y.year !== undefined && x.year !== y.year;
        findings.push(differsFinding(corpus, 'divergent-date', yearDiffers ? 'high' : 'medium', 'Date', [a, x], [b, y]));
      }
    }
    return findings;
  },
};
