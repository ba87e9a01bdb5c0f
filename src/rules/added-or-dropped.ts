/**
 * added-or-dropped: two sentences state one claim, and one of them carries a meaning-bearing word or
 * phrase the other lacks — a qualifier ("expensive", "Democratic"), a place, a group, a time, a name. The
 * two sentences' words are aligned (`pairWords`); a run of one to three unlinked words is reported when
 * the words around it are linked, the other side has nothing in its place, and nothing in the other
 * side's readings (its translation, its dictionary senses) holds it. Function words, intensifiers and
 * discourse adverbs (the packs' `fillers`), and a sentence that aligns poorly, are left alone: those are
 * translation choices and paraphrase, not content.
 */
import type { Finding, Rule } from './types.js';
import type { AnalysedCorpus } from '../pipeline.js';
import { LANGUAGE_PACKS } from '../lang/index.js';
import { perPack } from '../lang/patterns.js';
import { englishStem, fold } from '../bridge/features.js';
import { qualifier } from '../bridge/wordnet.js';
import { reportingLemmas } from '../stages/frames.js';
import { claimPairs, counterpartGap, evidenceOf, finding, languageOf, pairWords, readingHolds, sentenceWords, sourceOf, speechOf, type ClaimToken, type PairSide, type PairWords } from './common.js';

/** Share of each side's other words that must be linked: the two sentences say the same around the gap. */
export const ALIGNED_SHARE = 0.6;
/** The longest run of unlinked words reported as one addition. */
const MAX_RUN = 3;

const fillersOf = perPack((pack) => new Set([...(pack.frames.fillers ?? []), ...(pack.frames.fillers ?? []).map(fold)]));

/** Whether a token may fill a slot: a name, or a word longer than two letters that is no filler. */
function filling(corpus: AnalysedCorpus, i: number, token: ClaimToken): boolean {
  if (token.name !== undefined) return true;
  const pack = LANGUAGE_PACKS[languageOf(corpus.sentences[i]!, corpus)];
  const lower = token.text.toLowerCase();
  return token.text.length >= 3 && !fillersOf(pack).has(lower) && !fillersOf(pack).has(fold(lower));
}

/**
 * Whether a token bears meaning one can say the other side lacks: a filling word that, in French or
 * Italian, the dictionaries know (a word they do not may be one the bridge cannot read), whose English
 * senses are not function words or fillers ("circa" → "about", "dopo" → "after": the other side says them
 * with words the alignment does not count), and that the sentence's own translation renders with one of
 * them (the gloss is the word's sense here, not a homograph's).
 */
function meaningful(corpus: AnalysedCorpus, i: number, token: ClaimToken): boolean {
  if (!filling(corpus, i, token)) return false;
  // Figures, dates, times (a zone: "GMT"), hedges and sources are other rules' to compare.
  const facts = corpus.facts[i]!;
  const inside = (span: { start: number; end: number }) => token.start >= span.start && token.end <= span.end;
  if ([...facts.quantities, ...facts.dates, ...facts.times, ...facts.modality.filter((m) => m.kind === 'hedge' || m.kind === 'negation'), ...(facts.source ? [facts.source] : [])].some(inside)) return false;
  // A verb that reports the claim ("said", "a affirmé", "stated") is no content of it.
  if (token.lemmas.some((l) => reportingLemmas().has(l))) return false;
  if (token.name !== undefined) return true;
  // Nouns and verbs are paraphrased freely ("fauna" / "wildlife"); qualifiers are added or dropped.
  if (!token.lemmas.some((l) => qualifier(l))) return false;
  if (languageOf(corpus.sentences[i]!, corpus) === 'en') return true;
  const en = LANGUAGE_PACKS.en;
  if (token.lemmas.some((l) => en.stopwords.has(l) || fillersOf(en).has(l))) return false;
  if (corpus.bridge?.translations[i] === undefined) return true;
  // The translation renders it as a qualifier too.
  const rendered = sentenceWords(corpus, i);
  return token.lemmas.some((l) => qualifier(l) && rendered.some((w) => w.stems.has(englishStem(l))));
}

/** Runs of consecutive unlinked tokens of one side. */
function unlinkedRuns(unlinked: readonly number[]): number[][] {
  const runs: number[][] = [];
  for (const t of unlinked) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === t - 1) last.push(t);
    else runs.push([t]);
  }
  return runs;
}

function linkedShare(words: PairWords, side: PairSide, leaving: ReadonlySet<number>, corpus: AnalysedCorpus, i: number): number {
  const tokens = side === 'a' ? words.tokensA : words.tokensB;
  const counted = tokens.map((t, n) => [t, n] as const).filter(([t, n]) => !leaving.has(n) && filling(corpus, i, t));
  return counted.length === 0 ? 0 : counted.filter(([, n]) => words.counterparts[side].has(n)).length / counted.length;
}

/** The additions of one side of a pair: runs of its words the other side has nowhere. */
export function additions(corpus: AnalysedCorpus, a: number, b: number): Array<{ side: PairSide; tokens: ClaimToken[] }> {
  const words = pairWords(corpus, a, b);
  const out: Array<{ side: PairSide; tokens: ClaimToken[] }> = [];
  for (const side of ['a', 'b'] as const) {
    const [own, other] = side === 'a' ? [a, b] : [b, a];
    const tokens = side === 'a' ? words.tokensA : words.tokensB;
    const otherTokens = side === 'a' ? words.tokensB : words.tokensA;
    const ownNames = corpus.facts[own]!.names;
    for (const run of unlinkedRuns(side === 'a' ? words.alignment.unlinkedA : words.alignment.unlinkedB)) {
      if (run.length > MAX_RUN) continue;
      const runTokens = run.map((t) => tokens[t]!);
      // What the other side's readings hold is not missing from it, nor are quoted words its speaker
      // says in the next or previous sentence ("…," she said. "…").
      const speech = speechOf(corpus, other).filter((j) => j !== other);
      const quoted = (t: ClaimToken) => corpus.facts[own]!.quotes.some((q) => t.start >= q.start && t.end <= q.end);
      const candidates = runTokens.filter(
        (t) => meaningful(corpus, own, t) && !readingHolds(corpus, other, t, ownNames) && !(quoted(t) && speech.some((j) => readingHolds(corpus, j, t, ownNames))),
      );
      if (candidates.length === 0) continue;
      const leaving = new Set(run);
      if (linkedShare(words, side, leaving, corpus, own) < ALIGNED_SHARE || linkedShare(words, side === 'a' ? 'b' : 'a', new Set(), corpus, other) < ALIGNED_SHARE) continue;
      // The words around it are linked, and the other side has nothing in its place: anything there, a
      // word the dictionaries do not know included, may be its counterpart.
      const { neighbours, gap } = counterpartGap(words, side, run[0]!);
      const after = counterpartGap(words, side, run[run.length - 1]!);
      if (neighbours === 0 || after.neighbours === 0) continue;
      if ([...gap, ...after.gap].some((t) => filling(corpus, other, otherTokens[t]!))) continue;
      out.push({ side, tokens: candidates });
    }
  }
  return out;
}

export const addedOrDropped: Rule = {
  id: 'added-or-dropped',
  compares: 'sentences',
  description: 'One article states a claim with a word or phrase the other lacks: a qualifier, a place, a group, a time, a name.',
  run(corpus) {
    const findings: Finding[] = [];
    for (const { a, b } of claimPairs(corpus)) {
      const [sa, sb] = [corpus.sentences[a]!, corpus.sentences[b]!];
      for (const { side, tokens } of additions(corpus, a, b)) {
        const [has, lacks] = side === 'a' ? [sa, sb] : [sb, sa];
        const evidence = tokens.map((t) => evidenceOf(has, t, sourceOf(corpus, has)));
        const name = tokens.some((t) => t.name !== undefined);
        const words = evidence.map((e) => `"${e.text}"`).join(', ');
        findings.push(finding('added-or-dropped', name ? 'medium' : 'low', [sa, sb], evidence, `${has.document} says ${words}, which ${lacks.document} does not have in the same claim.`, name ? 'name' : 'detail'));
      }
    }
    return findings;
  },
};
