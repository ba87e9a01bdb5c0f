/**
 * polarity-flip: one article negates what another asserts about the same actor and claim, with no
 * sign that two different parties are speaking. An allegation and its denial by someone else is a
 * disputed claim (its own rule), not a contradiction.
 */
import type { Rule, Finding } from './types.js';
import { evidenceOf, finding, sourceOf } from './common.js';
import { differentParties, partyOf } from './sources.js';
import type { AnalysedCorpus } from '../pipeline.js';

/** The relations between a claim and its negation, split by whether different parties speak. */
export function negationRelations(corpus: AnalysedCorpus): Array<{ a: number; b: number; disputed: boolean }> {
  return (corpus.alignment?.relations ?? []).map(({ members: [a, b] }) => {
    const [fa, fb] = [corpus.facts[a]!, corpus.facts[b]!];
    const speakerA = fa.source?.text ?? fa.quotes.find((q) => q.speaker)?.speaker;
    const speakerB = fb.source?.text ?? fb.quotes.find((q) => q.speaker)?.speaker;
    const disputed = speakerA !== undefined && speakerB !== undefined && differentParties(partyOf(speakerA, corpus, a), partyOf(speakerB, corpus, b));
    return { a, b, disputed };
  });
}

export const polarityFlip: Rule = {
  id: 'polarity-flip',
  description: 'One article negates what another asserts about the same actor and claim.',
  run(corpus) {
    const findings: Finding[] = [];
    for (const { a, b, disputed } of negationRelations(corpus)) {
      if (disputed) continue;
      const [sa, sb] = [corpus.sentences[a]!, corpus.sentences[b]!];
      const negations = [
        ...corpus.facts[a]!.modality.filter((m) => m.kind === 'negation').map((m) => evidenceOf(sa, m, sourceOf(corpus, sa))),
        ...corpus.facts[b]!.modality.filter((m) => m.kind === 'negation').map((m) => evidenceOf(sb, m, sourceOf(corpus, sb))),
      ];
      const negated = corpus.facts[a]!.negated ? sa : sb;
      findings.push(finding('polarity-flip', 'high', [sa, sb], negations, `${negated.document} negates what ${negated === sa ? sb.document : sa.document} asserts.`));
    }
    return findings;
  },
};
