/**
 * Word alignment inside two sentences that state one claim: each content word of one side linked to
 * its counterpart on the other, or left unlinked. Candidates are scored from what the bridge knows of a
 * word in English terms (its stems, its dictionary senses and glosses, WordNet's synonyms of them), its
 * spelling (cognates) and, for names, the caller's name test; links are then chosen by competitive
 * linking (Melamed 2000): the best scoring pair first, each word linked once, ties broken by how near the
 * two words sit in their sentences. What is left unlinked is what one side says and the other does not.
 */
import { synonymous } from '../bridge/wordnet.js';

export interface LinkToken {
  start: number;
  end: number;
  text: string;
  /** English stems the word may stand for. */
  stems: ReadonlySet<string>;
  /** The first five letters, folded: cognates across the three languages share them. */
  prefix: string;
  /** Index of the name this token is, in its sentence's names; undefined for a word. */
  name?: number;
  /** English lemmas the word may stand for, for WordNet's synonyms. */
  lemmas?: readonly string[];
}

export interface WordLink {
  /** Indexes into the two token lists. */
  a: number;
  b: number;
  score: number;
}

export interface WordAlignment {
  links: WordLink[];
  /** Token indexes left unlinked on each side, in sentence order. */
  unlinkedA: number[];
  unlinkedB: number[];
}

/** Score of a shared English stem (the same word, or a dictionary sense of it). */
export const SAME_STEM = 0.9;
/** Score of a shared spelling prefix: cognates ("gouvernement", "government"). */
export const COGNATE = 0.7;
/** Score of a stem that starts another ("rent", "rental"). */
export const STEM_PREFIX = 0.5;
/** Score of English lemmas that share a WordNet sense ("position" / "posture"). */
export const SYNONYM = 0.6;
/** The shortest stem `STEM_PREFIX` trusts. */
const MIN_STEM_PREFIX = 4;

/** How likely two words are to translate each other, 0 when nothing suggests it. */
export function wordScore(x: LinkToken, y: LinkToken): number {
  for (const s of x.stems) if (y.stems.has(s)) return SAME_STEM;
  if (x.prefix.length >= 4 && x.prefix === y.prefix) return COGNATE;
  for (const s of x.stems) {
    if (s.length < MIN_STEM_PREFIX) continue;
    for (const t of y.stems) if (t.length >= MIN_STEM_PREFIX && (s.startsWith(t) || t.startsWith(s))) return STEM_PREFIX;
  }
  if (x.lemmas && y.lemmas && x.lemmas.some((l) => y.lemmas!.some((m) => synonymous(l, m)))) return SYNONYM;
  return 0;
}

/**
 * Links two token lists by competitive linking. `sameName(i, j)` says whether name `i` of one side is
 * name `j` of the other; names link only to names, at score 1.
 */
export function alignWords(xs: readonly LinkToken[], ys: readonly LinkToken[], sameName: (i: number, j: number) => boolean): WordAlignment {
  const candidates: Array<WordLink & { distance: number }> = [];
  xs.forEach((x, i) => {
    ys.forEach((y, j) => {
      const score = x.name !== undefined || y.name !== undefined ? (x.name !== undefined && y.name !== undefined && sameName(x.name, y.name) ? 1 : 0) : wordScore(x, y);
      if (score > 0) candidates.push({ a: i, b: j, score, distance: Math.abs(i / Math.max(1, xs.length) - j / Math.max(1, ys.length)) });
    });
  });
  candidates.sort((p, q) => q.score - p.score || p.distance - q.distance || p.a - q.a || p.b - q.b);
  const [usedA, usedB] = [new Set<number>(), new Set<number>()];
  const links: WordLink[] = [];
  for (const { a, b, score } of candidates) {
    if (usedA.has(a) || usedB.has(b)) continue;
    usedA.add(a);
    usedB.add(b);
    links.push({ a, b, score });
  }
  links.sort((p, q) => p.a - q.a);
  return {
    links,
    unlinkedA: xs.map((_, i) => i).filter((i) => !usedA.has(i)),
    unlinkedB: ys.map((_, j) => j).filter((j) => !usedB.has(j)),
  };
}
