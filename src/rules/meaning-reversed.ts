/**
 * meaning-reversed: two sentences state one claim, and a word of one is the opposite of a word of the
 * other ("current" / "former", "a augmenté" / "fell", "vittoria" / "defeat"): a claim reversed without a
 * negation. Opposites are WordNet's antonyms on the English side (a French or Italian word through its
 * glosses) and the English pack's `opposites` for what WordNet lacks. Both words are left unlinked by the
 * word alignment, and neither side holds the other's word too ("the first and the last").
 */
import type { Finding, Rule } from './types.js';
import type { AnalysedCorpus } from '../pipeline.js';
import type { LanguagePack } from '../lang/types.js';
import { LANGUAGE_PACKS } from '../lang/index.js';
import { perPack } from '../lang/patterns.js';
import { antonymsOf } from '../bridge/wordnet.js';
import { alignedPairs, evidenceOf, finding, pairWords, possiblyOneClaim, sourceOf, type ClaimToken } from './common.js';

const oppositesOf = perPack((pack: LanguagePack) => {
  const out = new Map<string, Set<string>>();
  for (const [x, y] of pack.frames.opposites ?? []) {
    out.set(x, (out.get(x) ?? new Set()).add(y));
    out.set(y, (out.get(y) ?? new Set()).add(x));
  }
  return out;
});

/** The lemma of `x` and the lemma of `y` that are opposites, if any. */
export function opposite(x: ClaimToken, y: ClaimToken): [string, string] | undefined {
  const extra = oppositesOf(LANGUAGE_PACKS.en);
  for (const lx of x.lemmas) {
    const opposites = antonymsOf(lx);
    const more = extra.get(lx);
    const ly = y.lemmas.find((l) => opposites.has(l.replace(/ /g, '_')) || more?.has(l));
    if (ly) return [lx, ly];
  }
  return undefined;
}

/** Whether a sentence's tokens hold a lemma: then the opposite word has its counterpart there. */
function holds(tokens: readonly ClaimToken[], lemma: string): boolean {
  return tokens.some((t) => t.lemmas.includes(lemma));
}

/** The reversed word pairs of two sentences: opposite words, both unlinked, each side lacking the other's. */
export function reversals(corpus: AnalysedCorpus, a: number, b: number): Array<{ x: ClaimToken; y: ClaimToken; lemmas: [string, string] }> {
  const words = pairWords(corpus, a, b);
  const out: Array<{ x: ClaimToken; y: ClaimToken; lemmas: [string, string] }> = [];
  const usedB = new Set<number>();
  for (const i of words.alignment.unlinkedA) {
    const x = words.tokensA[i]!;
    if (x.name !== undefined) continue;
    for (const j of words.alignment.unlinkedB) {
      const y = words.tokensB[j]!;
      if (y.name !== undefined || usedB.has(j)) continue;
      const lemmas = opposite(x, y);
      if (!lemmas || holds(words.tokensA, lemmas[1]) || holds(words.tokensB, lemmas[0])) continue;
      usedB.add(j);
      out.push({ x, y, lemmas });
      break;
    }
  }
  return out;
}

export const meaningReversed: Rule = {
  id: 'meaning-reversed',
  compares: 'sentences',
  description: 'One article states a claim with a word opposite in meaning to the other\'s ("rose" / "fell", "former" / "current").',
  run(corpus) {
    const findings: Finding[] = [];
    // An opposite verb is itself why two verbs differ ("won" / "lost"): the pairs compared are those that
    // may be one claim, not only those whose verbs meet.
    for (const { a, b } of alignedPairs(corpus).filter(({ a, b }) => possiblyOneClaim(corpus, a, b))) {
      const [sa, sb] = [corpus.sentences[a]!, corpus.sentences[b]!];
      const [fa, fb] = [corpus.frames?.[a], corpus.frames?.[b]];
      for (const { x, y, lemmas } of reversals(corpus, a, b)) {
        // A reversed verb reverses the claim itself; a reversed qualifier changes part of it.
        const predicate = [...(fa?.predicates ?? []), ...(fa?.verbSenses ?? []), ...(fb?.predicates ?? [])].some((p) => lemmas.includes(p));
        const evidence = [evidenceOf(sa, x, sourceOf(corpus, sa)), evidenceOf(sb, y, sourceOf(corpus, sb))];
        findings.push(
          finding('meaning-reversed', predicate ? 'high' : 'medium', [sa, sb], evidence, `${sa.document} says "${evidence[0]!.text}" where ${sb.document} says "${evidence[1]!.text}" (${lemmas[0]} / ${lemmas[1]}).`),
        );
      }
    }
    return findings;
  },
};
