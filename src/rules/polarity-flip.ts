/**
 * polarity-flip: one article negates what another asserts about the same actor and claim, with no
 * sign that two different parties are speaking. An allegation and its denial by someone else is a
 * disputed claim (its own rule), not a contradiction.
 */
import type { Rule, Finding } from './types.js';
import type { AnalysedCorpus } from '../pipeline.js';
import { countNegativeWords } from '../facts/modality.js';
import { LANGUAGE_PACKS, type LanguagePack } from '../lang/index.js';
import { perPack } from '../lang/patterns.js';
import { fold } from '../bridge/features.js';
import { alignedPairs, contentWords, sameClaim, evidenceOf, finding, languageOf, sensesFor, sentenceWords, sharedContent, sourceOf, speechOf, wordsMatch } from './common.js';
import { differentParties, partyOf, speakerOf } from './sources.js';

/** Share of content words two sentences must share to be one claim asserted and negated. */
const SAME_CLAIM_SHARE = 0.4;
/** Above this, the two sentences are one claim whatever the negation bears on. */
const CLEARLY_SAME_SHARE = 0.6;

/** Negations plus words that negate by their meaning. */
function negativeCues(corpus: AnalysedCorpus, i: number): number {
  const sentence = corpus.sentences[i]!;
  const words = countNegativeWords(sentence.text, LANGUAGE_PACKS[languageOf(sentence, corpus)]);
  return words + corpus.facts[i]!.modality.filter((m) => m.kind === 'negation').length;
}

/** Whether a sentence says what alone holds ("only", "seul", "unico"; pack `exclusiveWords`). */
function sayAlone(corpus: AnalysedCorpus, i: number): boolean {
  const sentence = corpus.sentences[i]!;
  const exclusive = exclusiveWordsOf(LANGUAGE_PACKS[languageOf(sentence, corpus)]);
  return (fold(sentence.text).match(/\p{L}+/gu) ?? []).some((w) => exclusive.has(w));
}

const exclusiveWordsOf = perPack((pack: LanguagePack) => new Set(pack.exclusiveWords.map(fold)));

/** The side that negates more: the one negated, or the one whose frame counts more negations. */
function odd(corpus: AnalysedCorpus, i: number, other: number): boolean {
  const [fi, fo] = [corpus.frames?.[i], corpus.frames?.[other]];
  if (fi && fo && fi.negated && fo.negated) return fi.negations > fo.negations;
  return corpus.facts[i]!.negated;
}

/** Content words after a negation cue that make up what it negates. */
const SCOPE = 3;

function negationBearsOnShared(corpus: AnalysedCorpus, negated: number, other: number): boolean {
  const sentence = corpus.sentences[negated]!;
  const language = languageOf(sentence, corpus);
  const words = contentWords(sourceOf(corpus, sentence), sentence, language, sensesFor(language));
  const otherWords = sentenceWords(corpus, other);
  return corpus.facts[negated]!.modality
    .filter((m) => m.kind === 'negation')
    .some((cue) => words.filter((w) => w.start >= cue.end).slice(0, SCOPE).some((w) => otherWords.some((v) => wordsMatch(w, v))));
}

/** The relations between a claim and its negation, split by whether different parties speak. */
export function negationRelations(corpus: AnalysedCorpus): Array<{ a: number; b: number; disputed: boolean }> {
  const relations = (corpus.alignment?.relations ?? []).filter(({ members: [a, b] }) => {
    // One claim, and a negation that bears on a verb on one side only ("a rocket, not a programme"
    // and "pas de tir" negate nothing of the claim).
    const [fa, fb] = [corpus.frames?.[a], corpus.frames?.[b]];
    return sameClaim(corpus, a, b) && (!fa || !fb || fa.negated !== fb.negated);
  });
  // Aligned pairs that both negate something, one more verb than the other ("never seen" against
  // "does not allow … never seen"): the aligner grouped them, both being negated.
  const seen = new Set(relations.map(({ members: [a, b] }) => `${a}:${b}`));
  for (const { a, b } of alignedPairs(corpus)) {
    const [fa, fb] = [corpus.frames?.[a], corpus.frames?.[b]];
    if (!fa || !fb || !fa.negated || !fb.negated || fa.negations === fb.negations || seen.has(`${a}:${b}`) || !sameClaim(corpus, a, b)) continue;
    relations.push({ type: 'negation', members: [a, b], score: 1 });
  }
  return relations.map(({ members: [a, b] }) => {
    const [fa, fb] = [corpus.facts[a]!, corpus.facts[b]!];
    const [speakerA, speakerB] = [speakerOf(fa), speakerOf(fb)];
    const disputed = speakerA !== undefined && speakerB !== undefined && differentParties(partyOf(speakerA, corpus, a), partyOf(speakerB, corpus, b));
    return { a, b, disputed };
  });
}

export const polarityFlip: Rule = {
  id: 'polarity-flip',
  compares: 'sentences',
  description: 'One article negates what another asserts about the same actor and claim.',
  run(corpus) {
    const findings: Finding[] = [];
    for (const { a, b, disputed } of negationRelations(corpus)) {
      if (disputed) continue;
      // The same claim with a "not": most of the words of one side are in the other, and what the
      // negation bears on is among them ("did not immediately receive a response" negates something else).
      const shared = sharedContent(sentenceWords(corpus, a), sentenceWords(corpus, b));
      if (shared < SAME_CLAIM_SHARE) continue;
      // "sans blessés" / "not hurt", "ignorent son nom" / "name not known": a negation said in other
      // words on the other side. Counting both kinds of cue keeps "interdit" / "did not … prohibit".
      if (negativeCues(corpus, a) === negativeCues(corpus, b)) continue;
      // "Seul le second s'est arrêté" / "Il primo non si è mai fermato", "non è l'unico" / "the second this
      // week": what alone holds, said with a negation on one side and without on the other, is one claim.
      if (sayAlone(corpus, a) || sayAlone(corpus, b)) continue;
      // A statement one article splits with "she said" and the other quotes whole: the negation is in
      // the part the first article quotes in its next or previous sentence.
      const [speechA, speechB] = [speechOf(corpus, a), speechOf(corpus, b)];
      const speechCues = (speech: number[]) => speech.reduce((sum, j) => sum + negativeCues(corpus, j), 0);
      if (speechA.length + speechB.length > 2 && speechCues(speechA) === speechCues(speechB)) continue;
      const negatedSide = odd(corpus, a, b) ? a : b;
      if (shared < CLEARLY_SAME_SHARE && !negationBearsOnShared(corpus, negatedSide, negatedSide === a ? b : a)) continue;
      const [sa, sb] = [corpus.sentences[a]!, corpus.sentences[b]!];
      const negations = [
        ...corpus.facts[a]!.modality.filter((m) => m.kind === 'negation').map((m) => evidenceOf(sa, m, sourceOf(corpus, sa))),
        ...corpus.facts[b]!.modality.filter((m) => m.kind === 'negation').map((m) => evidenceOf(sb, m, sourceOf(corpus, sb))),
      ];
      const negated = odd(corpus, a, b) ? sa : sb;
      findings.push(finding('polarity-flip', 'high', [sa, sb], negations, `${negated.document} negates what ${negated === sa ? sb.document : sa.document} asserts.`));
    }
    return findings;
  },
};
