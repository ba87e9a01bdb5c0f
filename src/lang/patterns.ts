/**
 * Regular expressions built once per language pack from its word lists, for the stages that need them.
 */
import type { LanguagePack } from './types.js';

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Alternation of words or phrases, longest first; an apostrophe matches ' and ’. */
export function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/'/g, "['’]"))
    .join('|');
}

const elisionCache = new WeakMap<LanguagePack, RegExp | null>();

/**
 * Splits an elided word off the front of a token: "l’accord" → ["l’", "accord"]. Matches the
 * language's elisions only; undefined when the language has none or the token starts with none.
 */
export function splitElision(token: string, pack: LanguagePack): [string, string] | undefined {
  let re = elisionCache.get(pack);
  if (re === undefined) {
    re = pack.elisions.length ? new RegExp(`^(${alternation(pack.elisions)})(\\p{L}.*)$`, 'iu') : null;
    elisionCache.set(pack, re);
  }
  const m = re?.exec(token);
  return m ? [m[1]!, m[2]!] : undefined;
}
