/**
 * hedge-dropped: one article states as fact what another reports as an allegation ("allegedly",
 * "aurait", "avrebbe", "selon la plainte", "the lawsuit alleges"): the claim lost its attribution.
 */
import type { Rule, Finding } from './types.js';
import type { SentenceFacts } from '../stages/facts.js';
import type { AnalysedCorpus } from '../pipeline.js';
import { claimPairs, evidenceOf, finding, languageOf, sourceOf } from './common.js';
import { LANGUAGE_PACKS } from '../lang/index.js';
import { partyOf } from './sources.js';
import { perPack } from '../lang/patterns.js';

/** Sources that make a claim an allegation: the suit, the plaintiffs, their filings. */
const ALLEGING = new Set(['court-filing', 'plaintiffs']);

/**
 * A hedge word that qualifies a noun ("an investigation into suspected manslaughter", "le présumé
 * meurtrier") names what is suspected; it does not report the sentence's claim as an allegation.
 */
function qualifiesNoun(corpus: AnalysedCorpus, i: number, cue: { start: number; end: number; text: string }): boolean {
  const sentence = corpus.sentences[i]!;
  const pack = LANGUAGE_PACKS[languageOf(sentence, corpus)];
  if (/\s/.test(cue.text.trim()) || pack.conditionalHedges.includes(cue.text.toLowerCase())) return false;
  const source = sourceOf(corpus, sentence);
  const before = source.slice(sentence.start, cue.start).toLowerCase().match(/([\p{L}'’]+)\s*$/u)?.[1] ?? '';
  const after = source.slice(cue.end, sentence.end).match(/^\s+(\p{Ll}[\p{L}'’-]*)/u)?.[1] ?? '';
  return after !== '' && !pack.stopwords.has(after) && nounOpeners(pack).has(before);
}

/** Words after which a hedge word qualifies a noun: determiners, prepositions, elided articles ("l'"). */
const nounOpeners = perPack((pack) => new Set([...pack.determiners, ...pack.prepositions, ...pack.elisions]));

function hedgeOf(f: SentenceFacts, corpus: AnalysedCorpus, i: number) {
  const cue = f.modality.find((m) => m.kind === 'hedge' && !qualifiesNoun(corpus, i, m));
  if (cue) return cue;
  if (f.source && [...partyOf(f.source.text, corpus, i).roles].some((r) => ALLEGING.has(r))) return f.source;
  return undefined;
}

function namesAllegingParty(corpus: AnalysedCorpus, i: number): boolean {
  return [...partyOf(corpus.sentences[i]!.text, corpus, i).roles].some((r) => ALLEGING.has(r));
}

/** Stated as fact: no hedge, no modal of possibility, no source at all, no quote. */
function asserted(f: SentenceFacts): boolean {
  return !f.modality.some((m) => m.kind === 'hedge' || m.kind === 'permission') && !f.source && f.quotes.length === 0;
}

function inConditional(corpus: AnalysedCorpus, i: number): boolean {
  const sentence = corpus.sentences[i]!;
  return LANGUAGE_PACKS[languageOf(sentence, corpus)].conditionalMood.test(sentence.text);
}

export const hedgeDropped: Rule = {
  id: 'hedge-dropped',
  compares: 'sentences',
  description: 'A claim stated as fact where another article reports it as an allegation.',
  run(corpus) {
    const findings: Finding[] = [];
    const reported = new Set<number>();
    for (const { a, b } of claimPairs(corpus)) {
      for (const [h, u] of [
        [a, b],
        [b, a],
      ] as const) {
        const hedge = hedgeOf(corpus.facts[h]!, corpus, h);
        if (!hedge || !asserted(corpus.facts[u]!) || reported.has(u)) continue;
        // "According to the complaint, … . The company then bought …": the sentence before, in the same
        // paragraph, already reports it as someone's.
        if (corpus.frames?.[u]?.attributed === 'carried') continue;
        // "Les avocats sont particulièrement intéressés par une période où …", "The documents were filed as
        // part of a lawsuit …": a sentence that names the suit, its filings or the plaintiffs tells what they
        // say or do, not the article's own claim.
        if (namesAllegingParty(corpus, u)) continue;
        // "avrebbe attraversato" / "would cross", "possono presentare" / "may have": the other side keeps
        // a conditional or a modal, so the claim is not stated as plain fact.
        if (inConditional(corpus, u)) continue;
        // A question asserts nothing.
        if (/\?\s*$/.test(corpus.sentences[u]!.text) || /\?\s*$/.test(corpus.sentences[h]!.text)) continue;
        reported.add(u);
        const [sh, su] = [corpus.sentences[h]!, corpus.sentences[u]!];
        findings.push(
          finding('hedge-dropped', 'medium', [sh, su], [evidenceOf(sh, hedge, sourceOf(corpus, sh)), evidenceOf(su, { start: su.start, end: su.end }, sourceOf(corpus, su))], `${su.document} states as fact what ${sh.document} reports with “${hedge.text}”.`),
        );
      }
    }
    return findings;
  },
};
