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
import { LANGUAGE_PACKS } from '../lang/index.js';

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

export function guessLanguage(text: string): LanguageGuess {
  const evidence = languageEvidence(text);
  const letters = evidence.replace(/[^\p{L}]/gu, '').length;
  if (letters < MIN_LETTERS) return { language: 'und', scores: [] };
  const ranked = francAll(evidence, { only: CANDIDATES, minLength: MIN_LETTERS });
  const scores = ranked
    .filter(([code]) => code !== 'und')
    .map(([code, score]): [DetectedLanguage, number] => [ISO3_TO_1[code] ?? code, score]);
  const best = scores[0];
  return { language: best ? best[0] : 'und', scores };
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

export interface DocumentLanguage {
  language: DetectedLanguage;
  confidence: number;
}

/**
 * The document's language is the one most of its text is written in: each passage of four words or
 * more votes with its length. Confidence is the share of the judged text that agrees.
 */
export function detectDocumentLanguage(passages: string[]): DocumentLanguage {
  const votes = new Map<DetectedLanguage, number>();
  let judged = 0;
  for (const passage of passages) {
    if (countWords(passage) <= MAX_INHERITING_WORDS) continue;
    const { language } = guessLanguage(passage);
    if (language === 'und') continue;
    const weight = passage.length;
    votes.set(language, (votes.get(language) ?? 0) + weight);
    judged += weight;
  }
  if (judged === 0) {
    // Only short passages: judge them together.
    const { language } = guessLanguage(passages.join(' '));
    return { language, confidence: language === 'und' ? 0 : 0.5 };
  }
  const [language, weight] = [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
  return { language, confidence: Math.round((weight / judged) * 100) / 100 };
}

/** How far below the winner the document's language may score before a sentence is said to differ. */
const SWITCH_MARGIN = 0.12;
/** Sentences shorter than this keep the document's language unless franc is emphatic. */
const MIN_SWITCH_WORDS = 6;

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
  const guess = guessLanguage(text);
  if (guess.language === 'und' || guess.language === documentLanguage) return { language: documentLanguage, source: 'document' };
  const documentScore = guess.scores.find(([code]) => code === documentLanguage)?.[1] ?? 0;
  const clearlyOther = 1 - documentScore >= SWITCH_MARGIN && words >= MIN_SWITCH_WORDS;
  if (!clearlyOther) return { language: documentLanguage, source: 'document' };
  return { language: guess.language, source: 'sentence' };
}
