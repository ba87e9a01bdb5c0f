/**
 * disputed-claim: one party asserts a claim and another denies it ("the lawsuit alleges…", "Meta did not
 * share…"). Not a contradiction between articles, but worth seeing side by side.
 */
import type { Rule } from './types.js';
import { evidenceOf, finding, sourceOf } from './common.js';
import { negationRelations } from './polarity-flip.js';

export const disputedClaim: Rule = {
  id: 'disputed-claim',
  compares: 'sentences',
  description: 'A claim one party makes and another denies (an allegation and its denial).',
  run(corpus) {
    return negationRelations(corpus)
      .filter((r) => r.disputed)
      .map(({ a, b }) => {
        const [sa, sb] = [corpus.sentences[a]!, corpus.sentences[b]!];
        const [fa, fb] = [corpus.facts[a]!, corpus.facts[b]!];
        const spans = [fa.source ? evidenceOf(sa, fa.source, sourceOf(corpus, sa)) : undefined, fb.source ? evidenceOf(sb, fb.source, sourceOf(corpus, sb)) : undefined].filter((e) => e !== undefined);
        const denier = fa.negated ? fa : fb;
        const asserter = fa.negated ? fb : fa;
        return finding('disputed-claim', 'low', [sa, sb], spans, `Disputed: “${asserter.source?.text ?? asserter.quotes[0]?.speaker ?? 'one side'}” asserts it, “${denier.source?.text ?? denier.quotes[0]?.speaker ?? 'the other'}” denies it.`);
      });
  },
};
