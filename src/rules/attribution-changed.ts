/**
 * attribution-changed: the same claim or quote credited to a different source: "the complaint states"
 * in one article, "Meta said" in another; a quote given to two different speakers.
 */
import type { Rule, Finding } from './types.js';
import { alignedPairs, evidenceOf, finding, languageOf, sameName, sourceOf } from './common.js';
import { differentParties, partyOf, speakerOf } from './sources.js';

export const attributionChanged: Rule = {
  id: 'attribution-changed',
  description: 'The same claim or quote credited to a different speaker or source.',
  run(corpus) {
    const findings: Finding[] = [];
    for (const { a, b } of alignedPairs(corpus)) {
      const [sa, sb] = [corpus.sentences[a]!, corpus.sentences[b]!];
      const [fa, fb] = [corpus.facts[a]!, corpus.facts[b]!];
      const [speakerA, speakerB] = [speakerOf(fa), speakerOf(fb)];
      if (!speakerA || !speakerB) continue;
      const pa = partyOf(speakerA, corpus, a);
      const pb = partyOf(speakerB, corpus, b);
      if (!differentParties(pa, pb)) continue;
      // A source named in the other sentence too ("Albert Muchanga, commissaire…, a annoncé" / "Albert
      // Muchanga, commissario…") is the same source, whatever phrase the extraction took for it.
      const [la, lb] = [languageOf(sa, corpus), languageOf(sb, corpus)];
      const named = (i: number, phrase: string) => corpus.facts[i]!.names.filter((n) => phrase.includes(n.text));
      if (named(a, speakerA).some((x) => fb.names.some((y) => sameName(x, y, la, lb)))) continue;
      if (named(b, speakerB).some((y) => fa.names.some((x) => sameName(x, y, la, lb)))) continue;
      const spanA = fa.source ?? fa.quotes[0]!;
      const spanB = fb.source ?? fb.quotes[0]!;
      const quoted = fa.quotes.length > 0 && fb.quotes.length > 0;
      findings.push(
        finding(
          'attribution-changed',
          quoted && pa.names.size > 0 && pb.names.size > 0 ? 'high' : 'medium',
          [sa, sb],
          [evidenceOf(sa, spanA, sourceOf(corpus, sa)), evidenceOf(sb, spanB, sourceOf(corpus, sb))],
          `${quoted ? 'Quote' : 'Claim'} attributed to “${speakerA}” (${sa.document}) but to “${speakerB}” (${sb.document}).`,
        ),
      );
    }
    return findings;
  },
};
