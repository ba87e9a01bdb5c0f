/**
 * Regular expressions built once per language pack from its word lists, for the stages that need them.
 */
import type { LanguagePack } from './types.js';

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Alternation of words or phrases, longest first; an apostrophe matches ' and ’. `space` is what a
 * space inside a phrase may match (a plain space by default).
 */
export function alternation(words: Iterable<string>, space = ' '): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/'/g, "['’]").replace(/ /g, space))
    .join('|');
}

/** Memoises what is built from a language pack's lists: built once per pack, on first use. */
export function perPack<T>(build: (pack: LanguagePack) => T): (pack: LanguagePack) => T {
  const cache = new WeakMap<LanguagePack, { value: T }>();
  return (pack) => {
    let entry = cache.get(pack);
    if (!entry) cache.set(pack, (entry = { value: build(pack) }));
    return entry.value;
  };
}

/** Nothing after a number in its clause but its end: a full stop, a comma, a bracket or quote closed. */
export const NOTHING_AFTER = /^[\s\u00a0]*(?:[.;,:)!?»”]|$)/u;

/** Odds against one right after a number, in folded text: "140 million to one", "140 millions contre un". */
export const ratioAfterOf = perPack((pack) => new RegExp(`^[\\s\\u00a0]+(?:${alternation(pack.ratioAfter)})(?![\\p{L}\\p{N}])`, 'u'));

/**
 * Whether a pronoun that stands for what a number counts comes before the verb just ahead of the number
 * (`partitivePronouns`: "en a coûté 780 000", "ne è costato 870mila", "en produit 950"), given the folded
 * words before the number; not a last word, which would be "en" before a noun.
 */
export function pronounBeforeVerb(before: readonly string[], pack: LanguagePack): boolean {
  return before.slice(-3, -1).some((w) => pack.partitivePronouns.includes(w.replace(/['’]$/u, '')));
}

const elisionPattern = perPack((pack) => (pack.elisions.length ? new RegExp(`^(${alternation(pack.elisions)})(\\p{L}.*)$`, 'iu') : null));

/**
 * Splits an elided word off the front of a token: "l’accord" → ["l’", "accord"]. Matches the
 * language's elisions only; undefined when the language has none or the token starts with none.
 */
export function splitElision(token: string, pack: LanguagePack): [string, string] | undefined {
  const m = elisionPattern(pack)?.exec(token);
  return m ? [m[1]!, m[2]!] : undefined;
}

/**
 * A plural's possible singulars by the pack's plural endings, most likely first ("satelliti" → "satellite",
 * "satellito"; "étages" → "étage"); none for a word too short to carry the ending.
 */
export function singularsOf(word: string, pack: LanguagePack): string[] {
  return pack.singularEndings.filter(([plural]) => word.endsWith(plural) && word.length > plural.length + 2).map(([plural, singular]) => word.slice(0, word.length - plural.length) + singular);
}

/** A singular's possible plurals, the pack's plural endings read backwards ("franco" → "franci", "franchi"). */
export function pluralsOf(word: string, pack: LanguagePack): string[] {
  return [...new Set(pack.singularEndings.filter(([, singular]) => word.endsWith(singular) && word.length > singular.length + 1).map(([plural, singular]) => word.slice(0, word.length - singular.length) + plural))];
}

/**
 * English spellings a French or Italian noun's cognate may have, by the pack's regular correspondences
 * (`cognateEndings`, then none, one or two of `cognateLetters`): "paziente" → "pazient", "patient"…;
 * "marittimo" → "maritime". Candidates only: the caller keeps one an English lexicon lists.
 */
export function cognateSpellings(word: string, pack: LanguagePack): string[] {
  const out: string[] = [];
  const bases = (pack.cognateEndings ?? []).filter(([ending]) => word.endsWith(ending) && word.length > ending.length + 2).map(([ending, english]) => word.slice(0, word.length - ending.length) + english);
  const letters = pack.cognateLetters ?? [];
  for (const base of bases) {
    out.push(base);
    for (const [i, [from, to]] of letters.entries()) {
      if (!base.includes(from)) continue;
      const once = base.split(from).join(to);
      out.push(once);
      for (const [again, againTo] of letters.slice(i + 1)) if (again !== from && once.includes(again)) out.push(once.split(again).join(againTo));
    }
  }
  return [...new Set(out)].filter((w) => w.length >= 4 && w !== word);
}
