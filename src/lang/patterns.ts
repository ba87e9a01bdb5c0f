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

const elisionPattern = perPack((pack) => (pack.elisions.length ? new RegExp(`^(${alternation(pack.elisions)})(\\p{L}.*)$`, 'iu') : null));

/**
 * Splits an elided word off the front of a token: "l’accord" → ["l’", "accord"]. Matches the
 * language's elisions only; undefined when the language has none or the token starts with none.
 */
export function splitElision(token: string, pack: LanguagePack): [string, string] | undefined {
  const m = elisionPattern(pack)?.exec(token);
  return m ? [m[1]!, m[2]!] : undefined;
}
