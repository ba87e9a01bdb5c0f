/**
 * Modality and polarity cues, with their spans: negation (not, ne … pas, non), hedges that mark a
 * claim as reported rather than asserted (allegedly, aurait, avrebbe, presunto), obligation (must,
 * devait, doveva) and permission (may, pouvait, poteva).
 */
import type { LanguagePack } from '../lang/types.js';
import { alternation, escapeRegExp, perPack } from '../lang/patterns.js';

export type ModalityKind = 'negation' | 'hedge' | 'obligation' | 'permission';

export interface ModalityFact {
  kind: ModalityKind;
  start: number;
  end: number;
  text: string;
}

interface ModalityPatterns extends Record<ModalityKind, RegExp> {
  notNegations: RegExp[];
  negationConstructions: RegExp[];
  notHedges: RegExp[];
  conditional: Set<string>;
  subordinator: RegExp;
  newClause: RegExp;
}

const patternsFor = perPack((pack): ModalityPatterns => {
  const words = (list: string[]) => list.filter((w) => /^[\p{L}\s'’-]+$/u.test(w));
  const contracted = pack.negations.filter((w) => !/^[\p{L}]+$/u.test(w)).map((w) => w.replace(/'/g, "['’]"));
  // A cue is a whole word, not the first half of a compound ("non-Facebook", "no-fly").
  // An elided cue ("on dit qu’", "il semble qu’") runs into the next word.
  const make = (list: string[]) => new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternation(words(list), '\\s+')})(?:(?<=['’])|(?![\\p{L}\\p{N}-]))`, 'giu');
  return {
    negation: new RegExp(`${make(pack.negations).source}${contracted.length ? `|${contracted.join('|')}(?![\\p{L}])` : ''}`, 'giu'),
    hedge: make(pack.hedges),
    obligation: make(pack.obligations),
    permission: make(pack.permissions),
    notNegations: pack.notNegations.map((re) => new RegExp(re.source, 'gu')),
    negationConstructions: pack.negationConstructions.map((re) => new RegExp(re.source, 'giu')),
    notHedges: pack.notHedges.map((re) => new RegExp(re.source, 'giu')),
    conditional: new Set(pack.conditionalHedges),
    newClause: new RegExp(`[,;:]\\s*(?:${alternation(pack.clauseCoordinators)})(?![\\p{L}])|[;:]`, 'iu'),
    subordinator: new RegExp(`(?<![\\p{L}])(?:${alternation(pack.subordinators)})(?![\\p{L}])`, 'iu'),
  };
});

/** The modality cues of a text that starts at `offset` in its document. */
export function findModality(text: string, offset: number, pack: LanguagePack): ModalityFact[] {
  const p = patternsFor(pack);
  // Constructions that look negative or hedged and are not ("ne … que", "not only", "aurait dû") are
  // blanked out first.
  const blank = (m: string) => ' '.repeat(m.length);
  let lower = text.toLowerCase();
  for (const pattern of p.notNegations) lower = lower.replace(pattern, blank);
  let unhedged = text;
  for (const pattern of p.notHedges) unhedged = unhedged.replace(pattern, blank);
  const facts: ModalityFact[] = [];
  for (const kind of ['negation', 'hedge', 'obligation', 'permission'] as const) {
    const source = kind === 'negation' ? lower : kind === 'hedge' ? unhedged : text;
    for (const m of source.matchAll(p[kind])) {
      // A conditional inside a subordinate clause is sequence of tenses, not an allegation.
      // A subordinator before the cue counts unless a new main clause opens in between: "des mots que
      // certains jugent grossiers, et il aurait juré" alleges; "si cela arrivait, ce serait" does not.
      if (kind === 'hedge' && p.conditional.has(m[0].toLowerCase().replace(/\s+/g, ' ')) && p.subordinator.test(text.slice(0, m.index).split(p.newClause).pop()!)) continue;
      // "May 2023" is a month: modal verbs are not capitalised inside a sentence.
      if ((kind === 'permission' || kind === 'obligation') && m.index > 0 && /^\p{Lu}/u.test(text.slice(m.index))) continue;
      facts.push({ kind, start: offset + m.index, end: offset + m.index + m[0].length, text: text.slice(m.index, m.index + m[0].length) });
    }
  }
  for (const pattern of p.negationConstructions) {
    for (const m of lower.matchAll(pattern)) {
      const [start, end] = [offset + m.index, offset + m.index + m[0].trimEnd().length];
      if (facts.some((f) => f.kind === 'negation' && f.start < end && start < f.end)) continue;
      facts.push({ kind: 'negation', start, end, text: text.slice(m.index, m.index + m[0].trimEnd().length) });
    }
  }
  return facts.sort((a, b) => a.start - b.start || (a.kind < b.kind ? -1 : 1));
}

const negativeWordPatterns = perPack((pack) => {
  const entries = pack.negativeWords.map((w) => (w.endsWith('*') ? `${escapeRegExp(w.slice(0, -1))}\\p{L}*` : escapeRegExp(w)));
  return new RegExp(`(?<![\\p{L}\\p{N}-])(?:${entries.join('|') || '(?!)'})(?![\\p{L}\\p{N}-])`, 'giu');
});

/** How many words of a text negate by their meaning ("without", "sans", "senza", "unknown"). */
export function countNegativeWords(text: string, pack: LanguagePack): number {
  return [...text.matchAll(negativeWordPatterns(pack))].length;
}

export function isNegated(text: string, pack: LanguagePack): boolean {
  return findModality(text, 0, pack).some((f) => f.kind === 'negation');
}
