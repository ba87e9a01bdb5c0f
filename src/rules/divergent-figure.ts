/**
 * divergent-figure: aligned sentences give the same kind of quantity (same category and unit) with
 * intervals that do not meet once notation, scale, approximators and units are taken into account.
 * "6,4" and "6.4", "12.000" and "12mila", "près de dix ans" and "nearly a decade" meet; "28%" and "38%",
 * "plus de trois ans" and "almost three years" do not.
 */
import type { Rule } from './types.js';
import type { QuantityFact } from '../facts/quantities.js';
import { alignedPairs, differsFinding, disagreeingPairs, overlaps } from './common.js';

const sameKind = (x: QuantityFact, y: QuantityFact) => x.category === y.category && x.unit === y.unit && !x.vague && !y.vague;

/**
 * Two figures agree when their intervals meet; but two figures bounded the same way ("at least 100",
 * "at least 150") state different bounds even though the intervals meet: compare the bounds.
 */
function agree(x: QuantityFact, y: QuantityFact): boolean {
  const bounded = (q: QuantityFact) => q.approximation === 'over' || q.approximation === 'atLeast' || q.approximation === 'under' || q.approximation === 'upTo';
  if (bounded(x) && x.approximation === y.approximation) {
    return Math.abs(x.value - y.value) <= 0.005 * Math.max(Math.abs(x.value), Math.abs(y.value));
  }
  return overlaps(x, y);
}


export const divergentFigure: Rule = {
  id: 'divergent-figure',
  description: 'The same kind of figure (money, people, duration, percent, distance…) with values that cannot both be right.',
  run(corpus) {
    const findings = [];
    for (const { a, b } of alignedPairs(corpus)) {
      // Bare numbers (no unit) are paired only when both sentences have as many: otherwise which one
      // matches which is a guess.
      let [qa, qb] = [corpus.facts[a]!.quantities, corpus.facts[b]!.quantities];
      const counts = (list: QuantityFact[]) => list.filter((q) => q.category === 'count').length;
      if (counts(qa) !== counts(qb)) [qa, qb] = [qa.filter((q) => q.category !== 'count'), qb.filter((q) => q.category !== 'count')];
      for (const [x, y] of disagreeingPairs(qa, qb, sameKind, agree)) {
        const gap = Math.abs(x.value - y.value) / Math.max(Math.abs(x.value), Math.abs(y.value), 1e-9);
        // A wrong amount of money, of people or a percentage misleads; a small gap between rounded
        // figures may be rounding.
        const severity = gap >= 0.1 && ['money', 'people', 'percent'].includes(x.category) ? 'high' : gap >= 0.1 ? 'medium' : 'low';
        const what = x.category === 'count' ? 'Figure' : `${x.category[0]!.toUpperCase()}${x.category.slice(1)}`;
        findings.push(differsFinding(corpus, 'divergent-figure', severity, what, [a, x], [b, y]));
      }
    }
    return findings;
  },
};
