/**
 * Durations and periods, as a length in days: "dix ans", "una decina d'anni", "nearly a decade",
 * "toutes les deux semaines", "quinze jours", "fortnightly", "un mese". Approximators ("près de",
 * "nearly") do not change the length here; the quantity rules widen intervals with them.
 */
import type { LanguagePack } from '../lang/types.js';

export interface DurationFact {
  kind: 'duration';
  /** Offsets into the document source. */
  start: number;
  end: number;
  text: string;
  days: number;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]");
}

function alternation(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
}

const patterns = new WeakMap<LanguagePack, { phrase: RegExp; counted: RegExp }>();

function patternsFor(pack: LanguagePack): { phrase: RegExp; counted: RegExp } {
  let found = patterns.get(pack);
  if (!found) {
    const boundaryStart = '(?<![\\p{L}\\p{N}])';
    const boundaryEnd = '(?![\\p{L}\\p{N}])';
    const phrase = new RegExp(`${boundaryStart}(${alternation(Object.keys(pack.durationPhrases))})${boundaryEnd}`, 'giu');
    const counts = `\\d+(?:[.,]\\d+)?|${alternation([...Object.keys(pack.numberWords), ...pack.indefiniteArticles])}`;
    // "dix ans", "two weeks", "une dizaine d'années", "una decina d'anni", "10 anni".
    const counted = new RegExp(
      `${boundaryStart}(${counts})[\\s\\u00a0]+(?:(?:de|d['’]|di|of)[\\s\\u00a0]*)?(${alternation(Object.keys(pack.timeUnits))})${boundaryEnd}`,
      'giu',
    );
    found = { phrase, counted };
    patterns.set(pack, found);
  }
  return found;
}

function lookup(table: Record<string, number>, word: string): number | undefined {
  const key = word.toLowerCase().replace(/’/g, "'");
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** The durations in `text`, which starts at `offset` in its document. */
export function findDurations(text: string, offset: number, pack: LanguagePack): DurationFact[] {
  const { phrase, counted } = patternsFor(pack);
  const facts: DurationFact[] = [];
  const taken: Array<[number, number]> = [];
  for (const match of text.matchAll(phrase)) {
    const days = lookup(pack.durationPhrases, match[1]!);
    if (days === undefined) continue;
    taken.push([match.index, match.index + match[0].length]);
    facts.push({ kind: 'duration', start: offset + match.index, end: offset + match.index + match[0].length, text: match[0], days });
  }
  for (const match of text.matchAll(counted)) {
    const start = match.index;
    const end = start + match[0].length;
    if (taken.some(([a, b]) => start < b && end > a)) continue;
    const count = match[1]!;
    const n = /^\d/.test(count) ? Number(count.replace(',', '.')) : (lookup(pack.numberWords, count) ?? (pack.indefiniteArticles.includes(count.toLowerCase()) ? 1 : undefined));
    const unit = lookup(pack.timeUnits, match[2]!);
    if (n === undefined || unit === undefined) continue;
    const days = n * unit;
    facts.push({ kind: 'duration', start: offset + start, end: offset + end, text: match[0], days: days >= 1 ? Math.round(days) : days });
  }
  return facts.sort((a, b) => a.start - b.start);
}
