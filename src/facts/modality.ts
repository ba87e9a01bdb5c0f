/**
 * Modality and polarity cues, with their spans: negation (not, ne … pas, non), hedges that mark a
 * claim as reported rather than asserted (allegedly, aurait, avrebbe, presunto), obligation (must,
 * devait, doveva) and permission (may, pouvait, poteva).
 */
import type { LanguagePack } from '../lang/types.js';
import { alternation as wordAlternation } from '../lang/patterns.js';

export type ModalityKind = 'negation' | 'hedge' | 'obligation' | 'permission';

export interface ModalityFact {
  kind: ModalityKind;
  start: number;
  end: number;
  text: string;
}

function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]").replace(/ /g, '\\s+'))
    .join('|');
}

const patterns = new WeakMap<LanguagePack, Record<ModalityKind, RegExp>>();

function patternsFor(pack: LanguagePack): Record<ModalityKind, RegExp> {
  let p = patterns.get(pack);
  if (!p) {
    const words = (list: string[]) => list.filter((w) => /^[\p{L}\s'’-]+$/u.test(w));
    const contracted = pack.negations.filter((w) => !/^[\p{L}]+$/u.test(w)).map((w) => w.replace(/'/g, "['’]"));
    // A cue is a whole word, not the first half of a compound ("non-Facebook", "no-fly").
    const make = (list: string[]) => new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternation(words(list))})(?![\\p{L}\\p{N}-])`, 'giu');
    p = {
      negation: new RegExp(`${make(pack.negations).source}${contracted.length ? `|${contracted.join('|')}(?![\\p{L}])` : ''}`, 'giu'),
      hedge: make(pack.hedges),
      obligation: make(pack.obligations),
      permission: make(pack.permissions),
    };
    patterns.set(pack, p);
  }
  return p;
}

const subordinatorPatterns = new WeakMap<LanguagePack, RegExp>();

/** Whether a subordinator stands somewhere in `before` (the sentence up to a cue). */
function subordinate(before: string, pack: LanguagePack): boolean {
  let re = subordinatorPatterns.get(pack);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}])(?:${wordAlternation(pack.subordinators)})(?![\\p{L}])`, 'iu');
    subordinatorPatterns.set(pack, re);
  }
  return re.test(before);
}

/** The modality cues of a text that starts at `offset` in its document. */
export function findModality(text: string, offset: number, pack: LanguagePack): ModalityFact[] {
  const p = patternsFor(pack);
  // Constructions that look negative or hedged and are not ("ne … que", "not only", "aurait dû") are
  // blanked out first.
  let lower = text.toLowerCase();
  for (const pattern of pack.notNegations) lower = lower.replace(new RegExp(pattern.source, 'gu'), (m) => ' '.repeat(m.length));
  let unhedged = text;
  for (const pattern of pack.notHedges) unhedged = unhedged.replace(new RegExp(pattern.source, 'giu'), (m) => ' '.repeat(m.length));
  const facts: ModalityFact[] = [];
  const conditional = new Set(pack.conditionalHedges);
  for (const kind of ['negation', 'hedge', 'obligation', 'permission'] as const) {
    const source = kind === 'negation' ? lower : kind === 'hedge' ? unhedged : text;
    for (const m of source.matchAll(p[kind])) {
      // A conditional inside a subordinate clause is sequence of tenses, not an allegation.
      if (kind === 'hedge' && conditional.has(m[0].toLowerCase().replace(/\s+/g, ' ')) && subordinate(text.slice(0, m.index), pack)) continue;
      // "May 2023" is a month: modal verbs are not capitalised inside a sentence.
      if ((kind === 'permission' || kind === 'obligation') && m.index > 0 && /^\p{Lu}/u.test(text.slice(m.index))) continue;
      facts.push({ kind, start: offset + m.index, end: offset + m.index + m[0].length, text: text.slice(m.index, m.index + m[0].length) });
    }
  }
  return facts.sort((a, b) => a.start - b.start || (a.kind < b.kind ? -1 : 1));
}

export function isNegated(text: string, pack: LanguagePack): boolean {
  return findModality(text, 0, pack).some((f) => f.kind === 'negation');
}
