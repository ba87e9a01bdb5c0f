/**
 * Stage 4 — extract facts.
 *
 * For now: language-neutral anchors only (numbers as written digits, capitalised names), which the
 * placeholder aligner uses. Quantities, dates, quotes, speakers, hedges and negation come with the
 * facts issue.
 */
import type { SentenceNode } from '../types.js';

export interface SentenceAnchors {
  /** Digit strings with separators removed ("150", "2017", "64" for "6,4"). */
  numbers: string[];
  /** Capitalised words after the first, lower-cased and without diacritics ("netflix", "hastings"). */
  names: string[];
}

export function foldName(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function extractAnchors(sentence: SentenceNode): SentenceAnchors {
  const numbers = new Set<string>();
  const names = new Set<string>();
  for (const match of sentence.text.matchAll(/\d+(?:[.,\u00a0\u202f ]\d+)*/g)) {
    numbers.add(match[0].replace(/\D/g, ''));
  }
  let first = true;
  for (const token of sentence.tokens) {
    if (!token.isWord) continue;
    if (!first && /^\p{Lu}/u.test(token.text) && token.text.length > 1) names.add(foldName(token.text));
    first = false;
  }
  return { numbers: [...numbers].sort(), names: [...names].sort() };
}
