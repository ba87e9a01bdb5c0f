/**
 * Stage 4 — extract facts from each sentence, as language-neutral values with source spans.
 *
 * For now: polarity (whether the sentence holds a negation), which the aligner uses to keep a claim
 * and its denial apart, and durations, which anchor "every two weeks" to "fortnightly" across
 * languages. Quantities, dates, names, quotes and hedges come with the facts issue.
 */
import type { LanguageCode, SentenceNode } from '../types.js';
import { LANGUAGE_PACKS } from '../lang/index.js';
import type { LanguagePack } from '../lang/types.js';
import { findDurations, type DurationFact } from '../facts/durations.js';

export interface SentenceFacts {
  negated: boolean;
  durations: DurationFact[];
}

const cuePatterns = new WeakMap<LanguagePack, RegExp>();

function cuePattern(pack: LanguagePack): RegExp {
  let pattern = cuePatterns.get(pack);
  if (!pattern) {
    const words = pack.negations.filter((w) => /^[\p{L}]+$/u.test(w)).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const contracted = pack.negations.filter((w) => !/^[\p{L}]+$/u.test(w)).map((w) => w.replace(/'/g, "['’]"));
    // A cue is a whole word, not the first half of a compound ("non-Facebook", "no-fly").
    pattern = new RegExp(`(?<![\\p{L}-])(?:${words.join('|')})(?![\\p{L}-])${contracted.length ? `|${contracted.join('|')}(?![\\p{L}])` : ''}`, 'u');
    cuePatterns.set(pack, pattern);
  }
  return pattern;
}

export function isNegated(text: string, pack: LanguagePack): boolean {
  let lower = text.toLowerCase();
  for (const pattern of pack.notNegations) lower = lower.replace(new RegExp(pattern.source, 'gu'), ' ');
  return cuePattern(pack).test(lower);
}

export function extractFacts(sentence: SentenceNode, language: LanguageCode): SentenceFacts {
  const pack = LANGUAGE_PACKS[language];
  return { negated: isNegated(sentence.text, pack), durations: findDurations(sentence.text, sentence.start, pack) };
}
