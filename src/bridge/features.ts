/**
 * The features a sentence is compared by, in four groups that live in one space across languages:
 *
 * - `w:` English pivot stems: the words themselves for English, the Apertium translation when there is
 *   one, else dictionary translations, plus the word itself through the English stemmer (cognates:
 *   "communication", "antitrust", "streaming" meet across languages);
 * - `g:` character 4-grams of content words, accents folded: a softer cognate signal;
 * - `n:` numbers by value ("6,4" and "6.4" are one feature);
 * - `e:` names and acronyms, accents folded.
 */
import type { LanguageCode, Token } from '../types.js';
import { LANGUAGE_PACKS } from '../lang/index.js';
import { splitElision } from '../lang/patterns.js';
import type { LanguagePack } from '../lang/types.js';
import { NUMERAL, parseNumeral } from '../facts/numerals.js';
import { removeInvisibles } from '../facts/invisible.js';
import type { BilingualDictionary } from './dictionary.js';

export type FeatureGroup = 'w' | 'g' | 'n' | 'e';
export type FeatureBag = Map<string, number>;

export function fold(word: string): string {
  // Plain ASCII has no accents to strip: the common case, and the NFD pass is costly.
  if (!/[^ -~]/.test(word)) return word.toLowerCase();
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const english = LANGUAGE_PACKS.en;
const stemCache = new Map<string, string>();

/** The English Porter stem of a lower-case word, memoised (the same words recur across a story). */
export function englishStem(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    stem = english.stem(word);
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(word, stem);
  }
  return stem;
}

function add(bag: FeatureBag, key: string, weight: number): void {
  bag.set(key, (bag.get(key) ?? 0) + weight);
}

/** Words of a text, with their offsets dropped: used for translations, which have no source offsets. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

function contentWord(word: string, stopwords: ReadonlySet<string>): boolean {
  return word.length > 1 && !stopwords.has(word) && !/^\d/.test(word);
}

/** Lower-cased word without its elided article ("l’accord" → "accord", "dell’app" → "app"). */
function bareWord(word: string, pack: LanguagePack): string {
  const lower = word.toLowerCase();
  const elided = splitElision(lower, pack);
  return elided ? elided[1] : lower.replace(/['’]s$/u, '');
}

export interface FeatureInput {
  text: string;
  tokens: readonly Token[];
  language: LanguageCode;
  /** English translation of the sentence (Apertium), when there is one. */
  translation?: string;
  dictionary?: BilingualDictionary;
  /** Stems of dictionary headwords, so that inflected forms find their entry. */
  dictionaryByStem?: Map<string, string[]>;
  /** Language-neutral values extracted from the sentence (durations in days). */
  anchors?: readonly string[];
}

export function sentenceFeatures(input: FeatureInput): FeatureBag {
  const bag: FeatureBag = new Map();
  const pack = LANGUAGE_PACKS[input.language];
  let first = true;
  for (const token of input.tokens) {
    if (!token.isWord) continue;
    // "Zucker\u00adberg" is the word "Zuckerberg": invisible characters are no part of a feature.
    const raw = removeInvisibles(token.text);
    const word = bareWord(raw, pack);
    // Names: capitalised after the first word, or all capitals anywhere.
    if ((!first && /^\p{Lu}/u.test(raw)) || /^\p{Lu}{2,}$/u.test(raw.replace(/['’]s$/u, ''))) add(bag, `e:${fold(raw.replace(/['’]s$/u, ''))}`, 1);
    first = false;
    if (!contentWord(word, pack.stopwords)) continue;
    const folded = fold(word);
    if (folded.length >= 4) {
      const padded = `_${folded}_`;
      for (let i = 0; i + 4 <= padded.length; i += 1) add(bag, `g:${padded.slice(i, i + 4)}`, 1);
    }
    if (input.language === 'en') {
      add(bag, `w:${englishStem(word)}`, 1);
    } else if (!input.translation) {
      const senses = input.dictionary?.get(word) ?? input.dictionaryByStem?.get(pack.stem(word));
      // The word through the English stemmer catches cognates; dictionary senses share the rest.
      add(bag, `w:${englishStem(folded)}`, senses ? 0.5 : 1);
      if (senses) {
        const stems = new Set<string>();
        for (const sense of senses.slice(0, 4)) for (const w of wordsOf(sense)) if (!english.stopwords.has(w)) stems.add(englishStem(w));
        for (const stem of stems) add(bag, `w:${stem}`, 1 / stems.size);
      }
    }
  }
  if (input.translation) {
    for (const w of wordsOf(input.translation)) {
      const word = bareWord(w, english);
      if (contentWord(word, english.stopwords)) add(bag, `w:${englishStem(word)}`, 1);
    }
  }
  for (const anchor of input.anchors ?? []) add(bag, `n:${anchor}`, 1);
  for (const match of removeInvisibles(input.text).matchAll(NUMERAL)) {
    const value = parseNumeral(match[0], input.language);
    if (value !== undefined) add(bag, `n:${value}`, 1);
  }
  return bag;
}

/** Indexes a dictionary by the stem of each headword (first entry wins). */
export function indexByStem(dictionary: BilingualDictionary, language: LanguageCode): Map<string, string[]> {
  const pack = LANGUAGE_PACKS[language];
  const byStem = new Map<string, string[]>();
  for (const [word, senses] of dictionary) {
    const stem = pack.stem(word);
    if (!byStem.has(stem)) byStem.set(stem, senses);
  }
  return byStem;
}
