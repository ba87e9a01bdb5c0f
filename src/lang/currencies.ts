/**
 * Currencies as each language names them, from the ICU data Node carries (`Intl.DisplayNames`,
 * `Intl.NumberFormat`), not from a list: a story about a Swiss bank, a Japanese carmaker or the Turkish
 * lira reads "CHF 3bn", "2 000 milliards de yens" and "12 miliardi di lire" as money, as it reads euros.
 *
 * - A full name ("Swiss francs", "francs suisses", "franchi svizzeri") is its ISO 4217 code.
 * - A name's head noun alone ("yens", "zloty", "rupie") is the code when it names one currency; when it
 *   names several that English calls by one word ("francs": Swiss, CFA, Congolese…), that word is the
 *   unit, the same in every language, so that "12 millions de francs" meets "12 million francs" and
 *   neither meets "CHF 12m". A head that English does not call by one word, or that is also a common word
 *   of the language (the pack's `currencyHomographs`: "mark", "won", "sol"…), is not read alone.
 * - A sign that is one currency's only ("₹", "₽", "₺") comes before its number, as "$" and "€" do.
 *
 * The pack's own units come first: "dollars" stays the US dollar, "livres" the pound.
 */
import type { LanguageCode } from '../types.js';
import type { LanguagePack, UnitInfo } from './types.js';
import { pluralsOf } from './patterns.js';

const CODES: readonly string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : [];
const ISO = new Set(CODES);

/** A currency's name in a language, lower-cased, without a bracketed note ("franc CFA (BCEAO)"). */
function nameOf(names: Intl.DisplayNames, code: string): string | undefined {
  const name = names.of(code)?.toLowerCase().replace(/\s*\(.*\)\s*/u, '').trim();
  return name && name !== code.toLowerCase() && !/\d/.test(name) ? name : undefined;
}

/** The word of a name that says what it is: the last in English ("Swiss franc"), the first in French or Italian. */
function headOf(name: string, pack: LanguagePack): string {
  const words = name.split(/\s+/u);
  return pack.adjectivesBeforeNouns ? words[words.length - 1]! : words[0]!;
}

const english = new Intl.DisplayNames(['en'], { type: 'currency' });
/** Each code's English head noun ("CHF" → "franc"). */
const englishHead = new Map(CODES.flatMap((code) => {
  const name = nameOf(english, code);
  return name ? [[code, name.split(/\s+/u).pop()!] as const] : [];
}));

const built = new Map<LanguageCode, Record<string, UnitInfo>>();

/** Units for the currencies of the world as `pack`'s language names them (the pack's own units excluded). */
export function currencyUnits(pack: LanguagePack): Record<string, UnitInfo> {
  const cached = built.get(pack.code);
  if (cached) return cached;
  const units: Record<string, UnitInfo> = {};
  const add = (key: string, info: UnitInfo) => {
    if ((/\p{L}/u.test(key) && key.length < 2) || key in pack.units || key in units) return;
    units[key] = info;
  };
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([pack.code], { type: 'currency' });
  } catch {
    names = undefined;
  }
  const homographs = new Set(pack.currencyHomographs ?? []);
  const byHead = new Map<string, string[]>();
  for (const code of CODES) {
    const name = names && nameOf(names, code);
    if (!name) continue;
    const words = name.split(/\s+/u);
    const money: UnitInfo = { category: 'money', unit: code };
    if (words.length > 1) {
      add(name, money);
      // Every word takes the plural in French and Italian ("francs suisses", "franchi svizzeri"), the
      // head only in English ("Swiss francs"); each word's plural endings are tried.
      let forms: string[][] = [[]];
      words.forEach((w, n) => {
        const own = pack.adjectivesBeforeNouns && n < words.length - 1 ? [w] : pluralsOf(w, pack);
        forms = forms.flatMap((f) => (own.length > 0 ? own : [w]).map((o) => [...f, o]));
      });
      for (const form of forms) add(form.join(' '), money);
    }
    const head = headOf(name, pack);
    byHead.set(head, [...(byHead.get(head) ?? []), code]);
  }
  for (const [head, codes] of byHead) {
    if (homographs.has(head) || pack.stopwords.has(head) || head.length < 3) continue;
    // One currency, its code; several that English calls by one word, that word.
    const englishWords = new Map<string, number>();
    for (const code of codes) englishWords.set(englishHead.get(code) ?? '', (englishWords.get(englishHead.get(code) ?? '') ?? 0) + 1);
    const [word, count] = [...englishWords].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    const unit = codes.length === 1 ? codes[0]! : word && count === codes.length ? word : undefined;
    if (!unit) continue;
    for (const form of [head, ...pluralsOf(head, pack)]) add(form, { category: 'money', unit });
  }
  // Signs that belong to one currency only.
  const signs = new Map<string, string[]>();
  for (const code of CODES) {
    try {
      const sign = new Intl.NumberFormat(pack.code, { style: 'currency', currency: code, currencyDisplay: 'narrowSymbol' }).formatToParts(1).find((p) => p.type === 'currency')?.value;
      if (sign && !/[\p{L}\p{N}]/u.test(sign)) signs.set(sign, [...(signs.get(sign) ?? []), code]);
    } catch {
      // (a code this runtime cannot format)
    }
  }
  for (const [sign, codes] of signs) if (codes.length === 1) add(sign, { category: 'money', unit: codes[0]!, before: true });
  built.set(pack.code, units);
  return units;
}

/** An ISO 4217 code written in capitals before a number ("CHF 3bn") or after it ("12 million JPY"). */
export function isoCurrency(text: string, before: boolean): UnitInfo | undefined {
  return /^[A-Z]{3}$/.test(text) && ISO.has(text) ? { category: 'money', unit: text, ...(before ? { before: true } : {}) } : undefined;
}
