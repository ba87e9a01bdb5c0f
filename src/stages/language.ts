/**
 * Stage 2 — detect language, with franc, per document and per sentence.
 *
 * franc is asked to choose among the supported languages plus a set of close or common languages, so
 * that an article in Spanish or German is reported as such (and skipped) instead of being forced
 * into French or English. Capitalised words after the first are left out of what franc reads:
 * names ("Facebook", "Netflix") are the same in every language and only add noise.
 */
import { francAll } from 'franc';
import type { DetectedLanguage } from '../types.js';
import { LANGUAGE_PACKS, packFor } from '../lang/index.js';

/** ISO 639-3 → 639-1 for the languages franc may answer with here. */
const OTHER_LANGUAGES: Record<string, string> = {
  spa: 'es', por: 'pt', cat: 'ca', glg: 'gl', ron: 'ro', deu: 'de', nld: 'nl', dan: 'da', swe: 'sv',
  nob: 'no', pol: 'pl', ces: 'cs', slk: 'sk', hun: 'hu', fin: 'fi', tur: 'tr', ind: 'id', vie: 'vi',
  rus: 'ru', ukr: 'uk', ell: 'el', arb: 'ar', cmn: 'zh', jpn: 'ja', kor: 'ko', hrv: 'hr', slv: 'sl',
  est: 'et', lit: 'lt', lav: 'lv', bul: 'bg', srp: 'sr', heb: 'he', pes: 'fa', hin: 'hi',
};

const ISO3_TO_1: Record<string, string> = {
  ...OTHER_LANGUAGES,
  ...Object.fromEntries(Object.values(LANGUAGE_PACKS).map((p) => [p.francCode, p.code])),
};

const CANDIDATES = Object.keys(ISO3_TO_1);

/** How much a text made only of a language's function words would add to franc's score. */
const FUNCTION_WORD_WEIGHT = 0.3;

/** Fewer letters than this and franc is not asked at all. */
const MIN_LETTERS = 12;
/** A sentence needs more words than this to be judged on its own. */
export const MAX_INHERITING_WORDS = 3;

export interface LanguageGuess {
  language: DetectedLanguage;
  /** Score of each candidate, best first, 1 for the best (franc's scale). */
  scores: Array<[DetectedLanguage, number]>;
}

/** Text as franc should see it: without names, numbers and URLs. */
export function languageEvidence(text: string): string {
  const words = text.replace(/https?:\/\/\S+/g, ' ').split(/\s+/);
  return words
    .filter((word, i) => {
      if (/\d/.test(word)) return false;
      // Sentence-initial words are ordinary words as often as not; later capitals are names.
      return i === 0 || !/^[("«“‘'[]?\p{Lu}/u.test(word);
    })
    .join(' ');
}

const guesses = new Map<string, LanguageGuess>();

export function guessLanguage(text: string): LanguageGuess {
  const evidence = languageEvidence(text);
  // Wire copy repeats passages word for word across a story: each is judged once.
  let guess = guesses.get(evidence);
  if (!guess) {
    guess = guessEvidence(evidence);
    if (guesses.size >= 50_000) guesses.clear();
    guesses.set(evidence, guess);
  }
  return guess;
}

function guessEvidence(evidence: string): LanguageGuess {
  const letters = evidence.replace(/[^\p{L}]/gu, '').length;
  if (letters < MIN_LETTERS) return { language: 'und', scores: [] };
  const ranked = francAll(evidence, { only: CANDIDATES, minLength: MIN_LETTERS });
  // Function words settle what trigrams leave open on short text ("did not … a … told" is English,
  // whatever franc makes of its letters): each supported language gains by the share of the words
  // that are its own function words.
  const words = evidence.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
  const scores = ranked
    .filter(([code]) => code !== 'und')
    .map(([code, score]): [DetectedLanguage, number] => {
      const language = ISO3_TO_1[code] ?? code;
      const pack = packFor(language);
      const hits = pack ? words.filter((w) => pack.stopwords.has(w)).length : 0;
      return [language, score + (words.length ? (FUNCTION_WORD_WEIGHT * hits) / words.length : 0)];
    })
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const best = scores[0];
  return { language: best ? best[0] : 'und', scores: best ? scores.map(([c, v]) => [c, v / best[1]]) : [] };
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

export interface DocumentLanguage {
  language: DetectedLanguage;
  confidence: number;
}

/**
 * Languages outside the supported three must beat them by this factor to be called: franc readily
 * takes a short English or Italian passage for Catalan or Spanish, and a news article handed to this
 * tool is far more likely to be in French, Italian or English.
 */
const SUPPORTED_PRIOR = 1.06;

function withPrior(scores: Array<[DetectedLanguage, number]>): Array<[DetectedLanguage, number]> {
  return scores
    .map(([code, score]): [DetectedLanguage, number] => [code, SUPPORTED.has(code) ? score * SUPPORTED_PRIOR : score])
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

const SUPPORTED: ReadonlySet<string> = new Set(Object.keys(LANGUAGE_PACKS));

/**
 * The document's language is the one most of its text is written in: each passage of four words or
 * more adds its franc scores, weighted by its length. Confidence is the share of the judged text whose
 * own best language agrees.
 */
export function detectDocumentLanguage(passages: string[]): DocumentLanguage {
  const totals = new Map<DetectedLanguage, number>();
  const bestOf: Array<[DetectedLanguage, number]> = [];
  let judged = 0;
  for (const passage of passages) {
    if (countWords(passage) <= MAX_INHERITING_WORDS) continue;
    const { scores } = guessLanguage(passage);
    if (scores.length === 0) continue;
    const weight = passage.length;
    const ranked = withPrior(scores);
    for (const [code, score] of ranked) totals.set(code, (totals.get(code) ?? 0) + score * weight);
    bestOf.push([ranked[0]![0], weight]);
    judged += weight;
  }
  if (judged === 0) {
    // Only short passages: judge them together.
    const { scores } = guessLanguage(passages.join(' '));
    const ranked = withPrior(scores);
    return { language: ranked[0]?.[0] ?? 'und', confidence: ranked.length ? 0.5 : 0 };
  }
  const [language] = [...totals.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
  const agreeing = bestOf.filter(([code]) => code === language).reduce((sum, [, w]) => sum + w, 0);
  return { language, confidence: Math.round((agreeing / judged) * 100) / 100 };
}

/** How far below the winner the document's language may score before a sentence is said to differ. */
const SWITCH_MARGIN = 0.12;
/** Sentences shorter than this keep the document's language unless franc is emphatic. */
const MIN_SWITCH_WORDS = 6;

/** A quarter of a sentence's words that are function words of one language, and no other's close. */
const PLAIN_SHARE = 0.25;

/**
 * Whether a sentence is plainly in its document's language by its function words alone, so franc need
 * not read it: most sentences of an article are, and franc is the costliest step of this stage.
 */
function plainlyIn(text: string, language: DetectedLanguage): boolean {
  const own = packFor(language);
  if (!own) return false;
  const words = text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
  const share = (stopwords: ReadonlySet<string>) => words.filter((w) => stopwords.has(w)).length / Math.max(1, words.length);
  const mine = share(own.stopwords);
  if (mine < PLAIN_SHARE) return false;
  return Object.values(LANGUAGE_PACKS).every((pack) => pack === own || share(pack.stopwords) < mine / 2);
}

/**
 * A sentence's language: the document's, unless the sentence is long enough to judge and clearly
 * in another language (a quote left untranslated, a mixed article).
 */
export function detectSentenceLanguage(
  text: string,
  documentLanguage: DetectedLanguage,
): { language: DetectedLanguage; source: 'sentence' | 'document' } {
  const words = countWords(text);
  if (words <= MAX_INHERITING_WORDS) return { language: documentLanguage, source: 'document' };
  if (plainlyIn(text, documentLanguage)) return { language: documentLanguage, source: 'document' };
  const guess = guessLanguage(text);
  if (guess.language === 'und' || guess.language === documentLanguage) return { language: documentLanguage, source: 'document' };
  const documentScore = guess.scores.find(([code]) => code === documentLanguage)?.[1] ?? 0;
  const clearlyOther = 1 - documentScore >= SWITCH_MARGIN && words >= MIN_SWITCH_WORDS;
  if (!clearlyOther) return { language: documentLanguage, source: 'document' };
  return { language: guess.language, source: 'sentence' };
}
