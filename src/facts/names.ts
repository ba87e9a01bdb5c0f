/**
 * Names of people, organisations, places and products: runs of capitalised words (with "of", "de",
 * "di"… between them), and acronyms. Countries and regions are normalised across languages through
 * `Intl.DisplayNames` (Turquie / Turchia / Turkey → `country:TR`); everything else by a key without
 * accents or case. Titles ("Governor"), months and sentence-initial function words are not names.
 */
import type { LanguagePack } from '../lang/types.js';
import type { Token } from '../types.js';
import { perPack, splitElision } from '../lang/patterns.js';
import { removeInvisibles } from './invisible.js';

export interface NameFact {
  kind: 'name';
  start: number;
  end: number;
  text: string;
  /** Language-neutral key: `country:US`, or the folded text ("reed hastings"). */
  key: string;
  type: 'place' | 'acronym' | 'name';
  /** The spelling most other articles use, when this one looks like a slip of it ("Mehta" → "Meta"). */
  possibleMisspellingOf?: string;
}

/** Whether the words of one name key are all in the other's: "holm" is "petra holm". */
export function nameWithin(a: string, b: string): boolean {
  const [wa, wb] = [a.split(' '), b.split(' ')];
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return short.every((w) => long.includes(w));
}

export function foldKey(text: string): string {
  // A soft hyphen or a zero-width space inside a name ("Zucker\u00adberg") is no part of its key.
  return removeInvisibles(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// Countries and regions in the three languages, from the runtime's CLDR data.
// ---------------------------------------------------------------------------------------------

let countryIndex: Map<string, string> | undefined;

/** Usual short forms that CLDR does not list as names. */
const COUNTRY_ALIASES: Record<string, string> = {
  us: 'US', usa: 'US', 'u s': 'US', 'u s a': 'US', uk: 'GB', 'u k': 'GB', britain: 'GB', 'great britain': 'GB', uae: 'AE', eu: 'EU', ue: 'EU',
  // Names CLDR has since changed: the older ones are still what most news uses.
  turkey: 'TR', 'czech republic': 'CZ', burma: 'MM', 'ivory coast': 'CI', swaziland: 'SZ', macedonia: 'MK', holland: 'NL',
};

function countries(): Map<string, string> {
  if (countryIndex) return countryIndex;
  countryIndex = new Map(Object.entries(COUNTRY_ALIASES));
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const displays = ['en', 'fr', 'it'].map((l) => new Intl.DisplayNames([l], { type: 'region', fallback: 'none' }));
  for (const a of letters) {
    for (const b of letters) {
      // Deprecated codes (VD for North Vietnam, UK, BU…) resolve to the current one.
      const code = Intl.getCanonicalLocales(`und-${a}${b}`)[0]!.slice(4);
      for (const display of displays) {
        let name: string | undefined;
        try {
          name = display.of(code);
        } catch {
          name = undefined;
        }
        if (!name) continue;
        // The first code wins: GB before its alias UK.
        const key = foldKey(name);
        if (!countryIndex.has(key)) countryIndex.set(key, code);
        // "Stati Uniti d’America", "États-Unis d’Amérique": also the part before "d’…".
        const short = name.split(/\s+(?:d['’]|of\s)/u)[0];
        if (short && short !== name && !countryIndex.has(foldKey(short))) countryIndex.set(foldKey(short), code);
      }
    }
  }
  return countryIndex;
}

export function countryCode(text: string): string | undefined {
  return countries().get(foldKey(text.replace(/^(?:l['’]|la\s|le\s|les\s|il\s|lo\s|gli\s|the\s)/iu, '')));
}

// ---------------------------------------------------------------------------------------------


const tablesFor = perPack((pack) => ({
  titles: new Set(pack.titleWords.map((w) => w.toLowerCase())),
  months: new Set([...Object.keys(pack.months).map((m) => m.replace(/\.$/, '')), ...pack.weekdays]),
  stop: new Set([...pack.stopwords, ...pack.hedges, ...pack.roleWords].map((w) => w.toLowerCase())),
  // "and" joins two names; "of", "de", "della" join two words of one name ("Bank of America").
  connectors: new Set(pack.nameConnectors),
}));

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/**
 * A Roman numeral standing alone ("XVIII secolo", "IIe siècle", "XIXe"), with or without the pack's
 * ordinal ending, is an ordinal, not a name.
 */
function isRomanNumeral(word: string, pack: LanguagePack): boolean {
  const roman = (w: string) => /^(?=[IVXLC]{2,}$)(?=.*[IVX])(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/.test(w);
  return roman(word) || pack.ordinalSuffixes.some((suffix) => word.endsWith(suffix) && roman(word.slice(0, -suffix.length)));
}

function isAcronym(word: string): boolean {
  return /^\p{Lu}{2,}\d*$/u.test(word.replace(/['’]s$/u, '')) || /^(?:\p{Lu}\.){2,}$/u.test(word);
}

/**
 * The names in a sentence's tokens. `known` holds words seen capitalised inside sentences anywhere in
 * the story, so that a name opening a sentence ("Meta ne partageait pas…") is still a name; with
 * `isCommonWord` (the dictionary's headwords), an opening word that is no word of the language is one too.
 */
export function findNames(source: string, tokens: readonly Token[], pack: LanguagePack, known?: ReadonlySet<string>, isCommonWord?: (word: string) => boolean): NameFact[] {
  const t = tablesFor(pack);
  const facts: NameFact[] = [];
  const words = tokens.filter((tok) => tok.isWord || /^[&.]$/.test(tok.text)).map((tok) => ({ ...tok }));
  let firstWord = true;
  let i = 0;
  while (i < words.length) {
    let tok = words[i]!;
    // "l'ONU", "dell'Ucraina": the elided article is not part of the name.
    const elided = splitElision(tok.text, pack);
    if (elided && /^\p{Lu}/u.test(elided[1])) {
      tok = { ...tok, text: elided[1], start: tok.start + elided[0].length };
      words[i] = tok;
    }
    const bare = tok.text.replace(/['’]s$/u, '');
    const lower = bare.toLowerCase();
    const sentenceInitial = firstWord;
    firstWord = false;
    // A capitalised word opening a sentence is a name only when the story capitalises it elsewhere too.
    const candidate =
      (isCapitalised(bare) || isAcronym(bare)) &&
      !isRomanNumeral(bare, pack) &&
      !t.titles.has(lower.replace(/\.$/, '')) &&
      !t.months.has(lower) &&
      (isAcronym(bare) || !t.stop.has(lower)) &&
      (!sentenceInitial ||
        isAcronym(bare) ||
        known?.has(bare) === true ||
        countryCode(bare) !== undefined ||
        // Opening a sentence and no word of the dictionary: a name ("Fenton peacekeepers…"). Only where
        // the dictionary lists inflected forms well enough (English); in French and Italian, only when a
        // second capitalised word follows ("Sheikh Hasina").
        (isCommonWord !== undefined &&
          !isCommonWord(splitElision(lower, pack)?.[1] ?? lower) &&
          !t.stop.has(lower) &&
          !pack.adverbEndings.some((e) => lower.endsWith(e)) &&
          (pack.code === 'en' || (words[i + 1] !== undefined && isCapitalised(words[i + 1]!.text) && /^\s+$/u.test(source.slice(tok.end, words[i + 1]!.start))))));
    if (!candidate) {
      i += 1;
      continue;
    }
    // Extend over capitalised words, and connectors between two of them ("Bank of America").
    let j = i + 1;
    let last = i;
    while (j < words.length) {
      const w = words[j]!;
      const gap = source.slice(words[j - 1]!.end, w.start);
      if (!/^[\s\u00a0]*$/.test(gap) && !(gap === '-' || gap === '.')) break;
      if ((isCapitalised(w.text) || isAcronym(w.text)) && !t.titles.has(w.text.toLowerCase()) && !t.months.has(w.text.toLowerCase())) {
        last = j;
        j += 1;
        continue;
      }
      if (t.connectors.has(w.text.toLowerCase()) && words[j + 1] && isCapitalised(words[j + 1]!.text)) {
        j += 1;
        continue;
      }
      break;
    }
    const start = words[i]!.start;
    let end = words[last]!.end;
    let text = source.slice(start, end);
    // The possessive is not part of the name.
    const possessive = /['’]s$/u.exec(text);
    if (possessive) {
      end -= possessive[0].length;
      text = source.slice(start, end);
    }
    const country = countryCode(text);
    facts.push({
      kind: 'name',
      start,
      end,
      text,
      key: country ? `country:${country}` : foldKey(text),
      type: country ? 'place' : isAcronym(text) ? 'acronym' : 'name',
    });
    i = last + 1;
  }
  return facts;
}

/** Words capitalised inside a sentence (not its first word): names even where they open another sentence. */
export function capitalisedInside(sentences: Iterable<readonly Token[]>): Set<string> {
  const names = new Set<string>();
  for (const tokens of sentences) {
    let first = true;
    for (const token of tokens) {
      if (!token.isWord) continue;
      if (!first && /^\p{Lu}/u.test(token.text)) names.add(token.text.replace(/['’]s$/u, ''));
      first = false;
    }
  }
  return names;
}

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j += 1) d[0]![j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * Marks names that look like a slip of a spelling the other articles use: one edit away (two for long
 * names), same first letter, and the other spelling used by more documents.
 */
export function markMisspellings(names: Array<{ fact: NameFact; document: string; language?: string }>): void {
  // Within one language: across languages a name is spelt differently on purpose (Hawaï / Hawaii).
  const languages = new Set(names.map((n) => n.language ?? ''));
  if (languages.size > 1) {
    for (const language of languages) markMisspellings(names.filter((n) => (n.language ?? '') === language).map(({ fact, document }) => ({ fact, document })));
    return;
  }
  const documentsByKey = new Map<string, Set<string>>();
  const spelling = new Map<string, string>();
  for (const { fact, document } of names) {
    if (fact.type === 'place') continue;
    const docs = documentsByKey.get(fact.key) ?? new Set();
    docs.add(document);
    documentsByKey.set(fact.key, docs);
    if (!spelling.has(fact.key)) spelling.set(fact.key, fact.text);
  }
  const keys = [...documentsByKey.keys()].filter((k) => k.length >= 4);
  const slipOf = new Map<string, string>();
  for (const key of keys) {
    const mine = documentsByKey.get(key)!.size;
    let best: string | undefined;
    for (const other of keys) {
      if (other === key || other[0] !== key[0] || Math.abs(other.length - key.length) > 2) continue;
      // A name with an ending is the same name: a plural, a possessive, the adjective of a place
      // ("Falkland" / "Falklands", "Brenovia" / "Brenovian"). A slip changes or drops a letter inside.
      if (other.startsWith(key) || key.startsWith(other)) continue;
      const limit = Math.min(key.length, other.length) >= 8 ? 2 : 1;
      if (editDistance(key, other) > limit) continue;
      const theirs = documentsByKey.get(other)!.size;
      if (theirs > mine && (!best || theirs > documentsByKey.get(best)!.size)) best = other;
    }
    if (best) slipOf.set(key, spelling.get(best)!);
  }
  for (const { fact } of names) {
    const of = slipOf.get(fact.key);
    if (of) fact.possibleMisspellingOf = of;
  }
}
