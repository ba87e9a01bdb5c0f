/**
 * Stage 5 — bridge: a representation of every sentence that can be compared across articles.
 *
 * For now: the stems of its content words (natural's Porter stemmers), which only meet within one
 * language, plus the language-neutral anchors. The cross-lingual bridge (Apertium pivot, lexical
 * n-grams, dictionaries) comes with the alignment issue.
 */
import type { SentenceNode } from '../types.js';
import { packFor } from '../lang/index.js';

export interface SentenceRepresentation {
  /** Stems of words of four letters or more, prefixed by language so that they meet only within it. */
  terms: string[];
}

export function representSentence(sentence: SentenceNode): SentenceRepresentation {
  const pack = packFor(sentence.language);
  const terms = new Set<string>();
  if (pack) {
    for (const token of sentence.tokens) {
      if (!token.isWord || token.text.length < 4 || /\d/.test(token.text)) continue;
      terms.add(`${pack.code}:${pack.stem(token.text.toLowerCase())}`);
    }
  }
  return { terms: [...terms].sort() };
}
