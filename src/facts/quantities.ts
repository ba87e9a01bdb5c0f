/**
 * Quantities as language-neutral intervals: "150 millions de dollars", "$150 million", "12mila",
 * "4 210", "28 %", "près de dix ans", "des centaines de millions", "plus de trois ans".
 *
 * A number becomes an interval: its own rounding (the half unit of its last written digit), widened or
 * bounded by an approximator ("environ", "nearly", "oltre"), times a scale word ("milliards", "mila"),
 * in the canonical unit of what follows it (currency, people, km, days…). Spans are offsets into the
 * document source.
 */
import { currencyUnits, isoCurrency } from '../lang/currencies.js';
import type { Approximation, LanguagePack, UnitInfo } from '../lang/types.js';
import { GROUP_SPACE, GROUP_SPACES, parseNumeral } from './numerals.js';
import { alternation, perPack, pluralsOf, splitElision } from '../lang/patterns.js';
import { fold } from '../bridge/features.js';
import { raceTimeSpans } from './dates.js';

export interface QuantityFact {
  kind: 'quantity';
  start: number;
  end: number;
  text: string;
  /** The number as written, after scale (for "près de dix ans": 3650). */
  value: number;
  low: number;
  high: number;
  /** money, percent, people, distance, magnitude, buildings, duration, count. */
  category: string;
  /** Canonical unit: ISO 4217 currency, `%`, `km`, `day`, `person`, `killed`… or `` for a bare count. */
  unit: string;
  approximation?: Approximation;
  /** A vague amount ("des centaines de", "hundreds of"). */
  vague?: boolean;
  /**
   * Converted from a unit of another system or size ("500 miles", "102F", "72 hours", a ton of several
   * sizes): its value carries the conversion's rounding, so it meets a figure a hair off.
   */
  converted?: boolean;
}

/** Whether a unit's factor only moves the decimal point (metres to kilometres, millions), converting nothing. */
function isPowerOfTen(factor: number): boolean {
  const exponent = Math.log10(Math.abs(factor));
  return Number.isFinite(exponent) && Math.abs(exponent - Math.round(exponent)) < 1e-9;
}

/** Whether a figure read in `unit` with `factor` was converted from another system or size (`QuantityFact.converted`). */
function isConverted(unit: Pick<UnitInfo, 'unit' | 'factorRange'> | undefined, factor: number): boolean {
  return unit?.unit === '°F' || !isPowerOfTen(factor) || unit?.factorRange !== undefined;
}

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

// Digit groups separated by a space join only in threes ("4 210", "3 615"); a letter suffix is a
// scale ("12mila", "150m").
const WORD = new RegExp(`US\\$|\\p{Sc}|%|°\\s?[CF](?![\\p{L}])|\\d{1,3}(?:[${GROUP_SPACE}]\\d{3})+(?:[.,]\\d+)?(?!\\d)|\\d+(?:[.,]\\d+)*(?:\\p{L}+²?)?|[\\p{L}]+(?:[-'’][\\p{L}]+)*²?|[()]`, 'gu');
const NUMBER_TOKEN = new RegExp(`^(\\d+(?:[.,${GROUP_SPACE}]\\d+)*(?:[.,]\\d+)?)(\\p{L}*²?)$`, 'u');
function tokens(text: string, pack: LanguagePack): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const elided = splitElision(m[0], pack);
    if (elided) {
      // "d'euros" is two words: the elided article and the unit.
      const [head, rest] = elided;
      out.push({ text: head, lower: head.toLowerCase(), start: m.index, end: m.index + head.length });
      out.push({ text: rest, lower: rest.toLowerCase(), start: m.index + head.length, end: m.index + m[0].length });
      continue;
    }
    out.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

type PhraseKind = 'unit' | 'approx' | 'notApprox' | 'vague' | 'duration' | 'half';

interface PackTables {
  numberWords: Map<string, number>;
  /** Vowels a number word may drop before a vowel or an ending (`LanguagePack.elidedNumberVowels`). */
  elided: string[];
  /** Number words that are approximate by themselves ("dizaine", "decina"). */
  approximate: Set<string>;
  /** The words for "of" (`fractions.of`), without an elision's apostrophe. */
  of: Set<string>;
  /** Words allowed between a number and its unit ("de", "of"). */
  linkers: Set<string>;
  scales: Map<string, number>;
  units: Map<string, UnitInfo>;
  /** Relative dates and spans, as words ("last year", "l'année dernière"). */
  relative: string[][];
  /** Multi-word keys, by their first word. */
  phrases: Map<string, Array<{ words: string[]; kind: PhraseKind; value: unknown }>>;
  ranges: RangeWords;
}

interface RangeWords {
  connectors: Set<string>;
  conjunctions: Set<string>;
  /** An opener ending the text before a range ("entre ", "between "). */
  opener: RegExp;
  /** A verb of change then an opener ("rose from ", "passé de "): "from 2 to 3 million" is then two figures. */
  change: RegExp;
}


/**
 * Whether what follows a number, within three words and before any punctuation, counts people or things
 * ("148m monthly active users", "9.4m tonnes"): a unit of people, things or a measure no length is (a
 * weight, an area), or a word the pack's measures name.
 */
const LENGTHS: ReadonlySet<string> = new Set(['depth', 'distance', 'length', 'height', 'speed']);
/** Micrograms per litre in a kilogram per cubic metre. */
const MICROGRAMS_PER_LITRE = 1e6;
/** Units a million of is written "m" before ("9.4m tonnes", "2m hectares"): not a length, a span or a rate. */
const MILLIONS_OF: ReadonlySet<string> = new Set(['people', 'buildings', 'weight', 'area', 'volume', 'money']);

function countsAhead(text: string, toks: readonly Token[], from: number, t: PackTables, pack: LanguagePack): boolean {
  for (let k = from; k < Math.min(toks.length, from + 3); k += 1) {
    if (k > 0 && /[^\s\u00a0-]/u.test(text.slice(toks[k - 1]!.end, toks[k]!.start))) break;
    const w = norm(toks[k]!.text);
    const unit = t.units.get(w);
    // ("9.4m tonnes", "2m hectares": a million of a unit no length is measured in)
    if (unit) return MILLIONS_OF.has(unit.category);
    // "150m high", "150m deep" measure a length: metres.
    const measure = Object.hasOwn(pack.measureWords, w) ? pack.measureWords[w] : undefined;
    if (measure) return !LENGTHS.has(measure);
  }
  return false;
}

function norm(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

const tablesFor = perPack((pack): PackTables => {
  const units = new Map<string, UnitInfo>();
  for (const [k, v] of Object.entries(pack.units)) units.set(norm(k), v);
  const currencies = currencyUnits(pack);
  for (const [k, v] of Object.entries(currencies)) if (!k.includes(' ')) units.set(norm(k), v);
  for (const [k, days] of Object.entries(pack.timeUnits)) units.set(norm(k), { category: 'duration', unit: 'day', factor: days });
  // Degrees are written the same in every language; Celsius and Fahrenheit are never compared.
  for (const [k, unit] of [['°c', '°C'], ['° c', '°C'], ['°f', '°F'], ['° f', '°F']] as const) units.set(k, { category: 'temperature', unit });
  // So are the symbols of small weights and volumes, which concentrations are given in ("9 ng/ml", "38 µg/l").
  for (const [k, factor] of [['mg', 1e-6], ['µg', 1e-9], ['μg', 1e-9], ['mcg', 1e-9], ['ng', 1e-12]] as const) units.set(k, { category: 'weight', unit: 'kg', factor });
  units.set('ml', { category: 'volume', unit: 'm3', factor: 1e-6 });
  const phrases: PackTables['phrases'] = new Map();
  // Split as the text is ("à l'heure" is "à", "l'", "heure"), so that a phrase with an elision matches.
  const wordsOf = (key: string) => norm(key).split(/\s+/).flatMap((w) => splitElision(w, pack)?.map(norm) ?? [w]);
  const addPhrase = (key: string, kind: PhraseKind, value: unknown) => {
    const words = wordsOf(key);
    const list = phrases.get(words[0]!) ?? [];
    list.push({ words, kind, value });
    list.sort((a, b) => b.words.length - a.words.length);
    phrases.set(words[0]!, list);
  };
  for (const [k, v] of Object.entries(pack.approximators)) addPhrase(k, 'approx', v);
  for (const k of pack.notApproximators) addPhrase(k, 'notApprox', true);
  for (const [k, v] of Object.entries(pack.vagueAmounts)) addPhrase(k, 'vague', v);
  for (const [k, v] of Object.entries(pack.durationPhrases)) addPhrase(k, 'duration', v);
  for (const [k, v] of Object.entries(pack.units)) if (k.includes(' ')) addPhrase(k, 'unit', v);
  for (const [k, v] of Object.entries(currencies)) if (k.includes(' ')) addPhrase(k, 'unit', v);
  for (const k of pack.halfPhrases) addPhrase(k, 'half', 0.5);
  return {
    numberWords: new Map(Object.entries(pack.numberWords).map(([k, v]) => [norm(k), v])),
    elided: pack.elidedNumberVowels ?? [],
    approximate: new Set(pack.approximateNumberWords.map(norm)),
    of: new Set(pack.fractions.of.map((w) => norm(w).replace(/['’]$/u, ''))),
    linkers: new Set(pack.unitLinkers.map(norm)),
    scales: new Map(Object.entries(pack.scaleWords).map(([k, v]) => [norm(k), v])),
    units,
    relative: [...Object.keys(pack.relativeDates), ...Object.keys(pack.relativeSpans)].map(wordsOf).filter((words) => words.length > 1),
    phrases,
    ranges: {
      connectors: new Set(pack.rangeConnectors),
      conjunctions: new Set(pack.conjunctions),
      opener: new RegExp(`(?<![\\p{L}])(?:${alternation(pack.rangeOpeners)})\\s*$`, 'iu'),
      change: new RegExp(`(?<![\\p{L}])(?:${alternation(pack.changeVerbs)})\\p{L}*\\s+(?:\\p{L}+\\s+){0,3}(?:${alternation(pack.changeOpeners)})\\s*$`, 'iu'),
    },
  };
});

/** Splits a word written as one ("ventitré", "duecento", "tremila") into number words, if it can. */
function compoundValue(word: string, t: PackTables): number | undefined {
  const parts: number[] = [];
  const scales: boolean[] = [];
  let rest = word;
  outer: while (rest.length > 0) {
    for (let len = rest.length; len >= 2; len -= 1) {
      const piece = rest.slice(0, len);
      // "cinquantotto", "ventuno": a tens word drops its last vowel before the number word after it.
      const elided = len < rest.length ? t.elided.map((v) => t.numberWords.get(piece + v)).find((v) => v !== undefined && v >= 20 && v < 100) : undefined;
      const n = t.numberWords.get(piece) ?? t.scales.get(piece) ?? elided;
      if (n !== undefined) {
        parts.push(n);
        scales.push(t.scales.has(piece) && n >= 100);
        rest = rest.slice(len);
        continue outer;
      }
    }
    return undefined;
  }
  return parts.length > 1 ? combine(parts, scales) : undefined;
}

/** Combines number words in order: "trois mille deux cents" → 3200. */
function combine(values: number[], isScale: boolean[]): number {
  let total = 0;
  let current = 0;
  values.forEach((v, i) => {
    if (isScale[i]) {
      current = (current || 1) * v;
      if (v >= 1000) {
        total += current;
        current = 0;
      }
    } else current += v;
  });
  return total + current;
}

/** A temperature in degrees Fahrenheit, in degrees Celsius (to the hundredth). */
export function fahrenheitToCelsius(degrees: number): number {
  return Number.isFinite(degrees) ? Math.round(((degrees - 32) * 5 * 100) / 9) / 100 : degrees;
}

/** How many times larger the larger of two figures is than the smaller (1 for two zeros, infinite against zero). */
export function timesApart(x: { value: number }, y: { value: number }): number {
  const [low, high] = [Math.min(Math.abs(x.value), Math.abs(y.value)), Math.max(Math.abs(x.value), Math.abs(y.value))];
  return low === 0 ? (high === 0 ? 1 : Infinity) : high / low;
}

/**
 * Just under half a unit of the last digit written: "2,4" → 0.049, "150" → 0.49. Under half, so that
 * consecutive numbers ("iPhone6", "iPhone7") do not touch.
 */
function roundingOf(numeral: string): number {
  const decimals = /(\d*)[.,](\d+)$/.exec(numeral.replace(GROUP_SPACES, ''));
  // "12.000" in French or Italian is twelve thousand, not a decimal: parseNumeral decides, and a group
  // of exactly three digits after a separator reads as thousands there (not after a zero: "0,038").
  if (decimals && (decimals[2]!.length !== 3 || /^0*$/.test(decimals[1]!))) return HALF * 10 ** -decimals[2]!.length;
  return HALF;
}

const HALF = 0.49;

function widen(value: number, rounding: number, approximation: Approximation | undefined): [number, number] {
  const low = value - rounding;
  const high = value + rounding;
  switch (approximation) {
    // "About 210" is not 240: a hedge widens a figure by a tenth, enough for a conversion ("about 24
    // miles" = 38 km) or a round number ("une quarantaine" = 38).
    case 'around':
      return [value * 0.9, value * 1.1];
    case 'nearly':
      return [value * 0.85, high];
    case 'over':
      return [value * 1.0001, value * 2];
    case 'atLeast':
      return [value, Number.POSITIVE_INFINITY];
    case 'under':
      return [0, value * 0.9999];
    case 'upTo':
      return [0, high];
    default:
      return [low, high];
  }
}

function matchPhrase(toks: Token[], i: number, t: PackTables, kinds: readonly PhraseKind[]): { length: number; kind: string; value: unknown } | undefined {
  if (!toks[i]) return undefined;
  const first = norm(toks[i]!.text);
  for (const candidate of t.phrases.get(first) ?? []) {
    if (!kinds.includes(candidate.kind)) continue;
    const n = candidate.words.length;
    if (i + n > toks.length) continue;
    let ok = true;
    for (let k = 0; k < n; k += 1) {
      if (norm(toks[i + k]!.text) !== candidate.words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return { length: n, kind: candidate.kind, value: candidate.value };
  }
  return undefined;
}


export interface QuantityOptions {
  /** Spans already taken by dates and times (offsets into `text`). */
  exclude?: Array<[number, number]>;
}

export function findQuantities(text: string, offset: number, pack: LanguagePack, options: QuantityOptions = {}): QuantityFact[] {
  const t = tablesFor(pack);
  const toks = tokens(text, pack);
  const facts: QuantityFact[] = [];
  // For each fact, what a range needs of it: the multiplier of its scale and unit, whether it is a bare number.
  const ends: Array<{ multiplier: number; bare: boolean }> = [];
  // Spans joined by a hyphen are read first ("a 64-year-old", "a five-year contract").
  // (what the caller excludes, a span of the source, stays out of every reading)
  const free = (q: QuantityFact) => !(options.exclude ?? []).some(([a, b]) => q.start - offset < b && q.end - offset > a);
  const compounds = [...compoundSpans(text, offset, pack), ...ageWords(text, offset, pack)].filter(free).sort((a, b) => a.start - b.start);
  const exclude: Array<[number, number]> = [...(options.exclude ?? []), ...compounds.map((c) => [c.start - offset, c.end - offset] as [number, number])];
  const excluded = (tok: Token) => exclude.some(([a, b]) => tok.start < b && tok.end > a);
  /** Whether a word is a unit of time a rate is per ("par seconde", "a year", "l'anno"). */
  const isRateUnit = (tok: Token) => t.units.get(norm(tok.text))?.category === 'duration' || pack.rateOnlyUnits[norm(tok.text)] !== undefined;
  /** Whether a word links a unit to what it measures ("of", "de", "d'", "di"). */
  const isLinker = (tok: Token) => t.linkers.has(norm(tok.text).replace(/’$/u, "'"));
  let i = 0;
  while (i < toks.length) {
    const startIndex = i;
    // Where the figure's words start: an article before a number word is none of them ("par sept voix").
    let spanFrom = startIndex;
    let approximation: Approximation | undefined;
    const approx = matchPhrase(toks, i, t, ['notApprox']) ? undefined : matchPhrase(toks, i, t, ['approx']);
    if (approx) {
      approximation = approx.value as Approximation;
      i += approx.length;
    }
    // "nearly a decade", "près d'une décennie", "quasi un decennio": the article belongs to the phrase.
    if (toks[i] && toks[i + 1] && pack.indefiniteArticles.includes(norm(toks[i]!.text)) && matchPhrase(toks, i + 1, t, ['duration'])) i += 1;
    // A currency or "magnitude" before the number.
    let unitBefore: UnitInfo | undefined;
    const maybeUnit = toks[i] ? (t.units.get(norm(toks[i]!.text)) ?? isoCurrency(toks[i]!.text, true)) : undefined;
    if (maybeUnit?.before && toks[i + 1] && /^\d/.test(toks[i + 1]!.text)) {
      unitBefore = maybeUnit;
      i += 1;
    } else if (maybeUnit?.before && toks[i + 1] && t.linkers.has(toks[i + 1]!.lower) && toks[i + 2] && /^\d/.test(toks[i + 2]!.text)) {
      // "une magnitude de 6,4", "a magnitude of 6.4"
      unitBefore = maybeUnit;
      i += 2;
    } else if (toks[i] && t.linkers.has(toks[i]!.lower) && toks[i + 1] && t.units.get(toks[i + 1]!.lower)?.category === 'magnitude' && toks[i + 2] && /^\d/.test(toks[i + 2]!.text)) {
      unitBefore = t.units.get(toks[i + 1]!.lower);
      i += 2;
    }
    const tok = toks[i];
    if (!tok || excluded(tok)) {
      i = startIndex + 1;
      continue;
    }

    let value: number | undefined;
    let low: number | undefined;
    let high: number | undefined;
    let rounding = HALF;
    let vague = false;
    let durationDays: number | undefined;
    let leadingWord: number | undefined;
    let j = i;
    const vagueMatch = matchPhrase(toks, i, t, ['vague']);
    // "the Daily Mail": a capitalised word inside a sentence is a name, not "daily".
    const capitalisedInside = i > 0 && /^\p{Lu}/u.test(tok?.text ?? '') && toks[i + 1] !== undefined && /^\p{Lu}/u.test(toks[i + 1]!.text);
    const durationMatch = capitalisedInside ? undefined : matchPhrase(toks, i, t, ['duration']);
    if (/^\d/.test(tok.text)) {
      const m = NUMBER_TOKEN.exec(tok.text)!;
      // Digits glued to letters before them are part of a name or a code: "A321", "F-35", "COVID-19".
      const glued = /(\p{L}|\p{Lu}-)$/u.test(text.slice(Math.max(0, tok.start - 2), tok.start));
      const n = glued ? undefined : parseNumeral(m[1]!, pack.code);
      if (n === undefined) {
        i = startIndex + 1;
        continue;
      }
      value = n;
      rounding = roundingOf(m[1]!);
      const suffix = m[2]!.toLowerCase();
      if (suffix) {
        // "12mila", "150m" carry a scale; "60km", "5kg" a unit.
        const scale = t.scales.get(suffix);
        const attached = t.units.get(suffix);
        if (scale !== undefined) {
          value *= scale;
          rounding *= scale;
        } else if (attached && !attached.before) {
          unitBefore = attached;
        } else if (m[2] === 'C' || m[2] === 'F') {
          // "40C", "104F": wire style for degrees; a capital letter only, "40c" is no temperature.
          unitBefore = t.units.get(`°${suffix}`);
        } else if (pack.ambiguousScaleSuffixes[suffix] !== undefined && (unitBefore?.category === 'money' || countsAhead(text, toks, i + 1, t, pack))) {
          value *= pack.ambiguousScaleSuffixes[suffix]!;
          rounding *= pack.ambiguousScaleSuffixes[suffix]!;
        } else {
          i = startIndex + 1;
          continue;
        }
      }
      j = i + 1;
    } else if (vagueMatch) {
      [low, high] = vagueMatch.value as [number, number];
      value = low;
      vague = true;
      j = i + vagueMatch.length;
    } else if (durationMatch) {
      durationDays = durationMatch.value as number;
      value = 1;
      rounding = 0;
      j = i + durationMatch.length;
    } else {
      // Number words are exact: "dix ans" is ten years, not 9.5 to 10.5.
      rounding = 0;
      // Number words: "trois mille", "twenty-five", "ventitré", "dieci".
      const values: number[] = [];
      const scales: boolean[] = [];
      let k = i;
      while (k < toks.length) {
        const w = norm(toks[k]!.text);
        const parts = w.split('-');
        let ok = true;
        // Words of one number touch or are spaced; "due/tre" and "deux, trois" are two numbers.
        if (values.length > 0 && !/^[\s\u00a0-]*$/.test(text.slice(toks[k - 1]!.end, toks[k]!.start))) break;
        // …and a unit never follows a unit ("deux trois" is not five).
        const head = t.numberWords.get(parts[0]!);
        if (values.length > 0 && !scales[scales.length - 1] && values[values.length - 1]! < 20 && head !== undefined && head < 100 && !t.scales.has(parts[0]!)) break;
        // "a month", "un mois", "ogni mese": an article counts one of what follows it directly;
        // before a number word ("une dizaine") it is only an article.
        if (values.length === 0 && k === i && pack.indefiniteArticles.includes(w)) {
          const following = toks[k + 1] ? norm(toks[k + 1]!.text) : '';
          if (t.scales.has(following)) {
            // "a hundred and five": the scale and what follows it are read on.
            values.push(1);
            scales.push(false);
            k += 1;
            continue;
          }
          // "al secondo avvicinamento", "a second attempt": a unit under a minute after an article alone
          // is the ordinal, never a span worth a figure.
          const tiny = t.units.get(following)?.category === 'duration' && (t.units.get(following)!.factor ?? 1) < 1 / 1440;
          if (t.units.has(following) && !t.units.get(following)!.before && !tiny) {
            values.push(1);
            scales.push(false);
            k += 1;
            break;
          }
          if (!t.numberWords.has(following) && compoundValue(following, t) === undefined) break;
          // (but "une vingtaine": the article is the approximate number's own)
          if (k === startIndex && !t.approximate.has(following)) spanFrom = k + 1;
          k += 1;
          continue;
        }
        for (const part of parts) {
          const n = t.numberWords.get(part);
          const s = t.scales.get(part);
          if (s !== undefined && values.length > 0) {
            // "trois mille": after a number, "mille" multiplies.
            values.push(s);
            scales.push(true);
          } else if (n !== undefined) {
            // "une vingtaine": about twenty; "plus d'une vingtaine" keeps its bound (more than about twenty meets
            // "oltre due dozzine").
            // (alone, not followed by "de": "la quarantaine a été levée" is a quarantine)
            if (t.approximate.has(part) && parts.length === 1) {
              const before = k > 0 ? norm(toks[k - 1]!.text) : '';
              const after = k + 1 < toks.length ? norm(toks[k + 1]!.text).replace(/['’]$/u, '') : '';
              if (!t.numberWords.has(before) && !t.linkers.has(after) && !t.of.has(after)) {
                ok = false;
                break;
              }
            }
            if (t.approximate.has(part)) approximation ??= 'around';
            values.push(n);
            scales.push(false);
          } else {
            const c = compoundValue(part, t);
            if (c === undefined) {
              ok = false;
              break;
            }
            values.push(c);
            scales.push(false);
          }
        }
        if (!ok) break;
        k += 1;
        // "vingt et un", "one hundred and five": a conjunction inside a number joins a unit to tens or to
        // a scale; "deux et trois" are two numbers.
        const last = values[values.length - 1]!;
        const joins = scales[scales.length - 1] === true || (last >= 20 && last % 10 === 0);
        // After a scale, any smaller number joins: "un milione e duecentomila" is 1,200,000.
        const following = k + 1 < toks.length ? norm(toks[k + 1]!.text) : '';
        const next = t.numberWords.get(following) ?? compoundValue(following, t);
        const smaller = next !== undefined && (scales[scales.length - 1] === true ? next < last : next < Math.min(last, 100));
        if (joins && k < toks.length && pack.conjunctions.includes(toks[k]!.lower) && smaller) k += 1;
      }
      if (values.length === 0) {
        i = startIndex + 1;
        continue;
      }
      value = combine(values, scales);
      leadingWord = values[0];
      j = k;
      // "un", "one", "a" alone are articles unless a scale or a unit follows.
      const single = values.length === 1 && value === 1;
      const next = toks[j] ? norm(toks[j]!.text) : '';
      if (single && !t.scales.has(next) && !t.units.has(next)) {
        i = startIndex + 1;
        continue;
      }
    }

    // Scale words after the number: "150 millions", "2,4 milliards", "hundreds of millions".
    let scale = 1;
    while (j < toks.length) {
      const w = norm(toks[j]!.text);
      const s = t.scales.get(w);
      if (s !== undefined && !(s === 100 && durationDays !== undefined)) {
        scale *= s;
        j += 1;
        if (j < toks.length && t.linkers.has(norm(toks[j]!.text)) && toks[j + 1] && t.scales.has(norm(toks[j + 1]!.text))) j += 1;
        continue;
      }
      break;
    }
    // "3 thousand 112": a smaller number after a scale word completes it.
    if (scale > 1 && toks[j] && /^\d+$/.test(toks[j]!.text) && Number(toks[j]!.text) < scale) {
      value = value * scale + Number(toks[j]!.text);
      scale = 1;
      rounding = HALF;
      j += 1;
    }
    // "seven and a half years", "four and a half metres": the half comes before the unit.
    const halfFirst = durationDays === undefined && !unitBefore ? matchPhrase(toks, j, t, ['half']) : undefined;
    const unitAt = (k: number) => toks[k] !== undefined && (t.units.has(norm(toks[k]!.text)) || matchPhrase(toks, k, t, ['unit']) !== undefined);
    if (halfFirst && unitAt(j + halfFirst.length)) {
      value += 0.5 / scale;
      j += halfFirst.length;
    }
    // The unit: right after, or after "de"/"of" and at most one other word ("87 million Facebook users").
    let unit: UnitInfo | undefined = unitBefore;
    let unitEnd = j;
    if (durationDays !== undefined) unit = { category: 'duration', unit: 'day', factor: durationDays };
    if (!unit) {
      for (let k = j, skipped = 0; k < toks.length && skipped <= 2; k += 1) {
        // A unit never lies beyond a comma or a full stop.
        if (k > 0 && /[,;:.!?/]/.test(text.slice(toks[k - 1]!.end, toks[k]!.start))) break;
        const phrase = matchPhrase(toks, k, t, ['unit']);
        if (phrase) {
          unit = phrase.value as UnitInfo;
          unitEnd = k + phrase.length;
          break;
        }
        const w = norm(toks[k]!.text);
        const u = t.units.get(w) ?? isoCurrency(toks[k]!.text, false);
        // "121 million a year", "85 millions par an", "60 milioni l'anno": a time unit after a rate word
        // says how often, not what is counted; the number keeps no unit.
        const previous = k > j ? norm(toks[k - 1]!.text).replace(/'$/, '') : undefined;
        if (u?.category === 'duration' && previous !== undefined && (pack.rateWords.includes(previous) || pack.indefiniteArticles.includes(previous))) break;
        // …and one in a relative date after other words dates the figure: "800 passengers last year",
        // "800 passagers l'année dernière" count passengers, not years.
        if (u?.category === 'duration' && k > j && t.relative.some((words) => words.some((word, at) => word === w && k - at >= j && words.every((other, n) => norm(toks[k - at + n]?.text ?? '') === other)))) break;
        // A sign after its number is the French and Italian way ("50 €", "2 milliards ₽").
        if (u && (!u.before || (u.category === 'money' && !/\p{L}/u.test(w)))) {
          unit = u;
          unitEnd = k + 1;
          break;
        }
        if (u?.unit === '%' ) {
          unit = u;
          unitEnd = k + 1;
          break;
        }
        // Another number is another quantity's: its unit is its own.
        if (/^[()]$/.test(w) || /^\d/.test(w) || t.numberWords.has(w) || t.scales.has(w)) break;
        if (!t.linkers.has(w)) skipped += 1;
      }
    }
    let factor = unit?.factor ?? 1;
    let end = unit && unitEnd > j ? unitEnd : j;
    // "une heure et demie", "an hour and a half": half of the unit more.
    const half = matchPhrase(toks, end, t, ['half']);
    if (half && unit) {
      value += 0.5 / scale;
      end += half.length;
    }
    // "165 km/h", "105 miles per hour": a rate, per day.
    let category = unit?.category ?? 'count';
    let unitName = unit?.unit ?? '';
    if (unit && end > 0 && toks[end]) {
      // "240 euros brut par mois", "210 euro lordi al mese": one word may stand between a unit and its rate.
      const between = toks[end + 2] && /^\s+$/.test(text.slice(toks[end - 1]!.end, toks[end]!.start)) && /^\p{L}+$/u.test(toks[end]!.text) && pack.rateWords.includes(norm(toks[end + 1]!.text)) && isRateUnit(toks[end + 2]!) && !t.units.has(norm(toks[end]!.text));
      if (between && unit.category === 'money') end += 1;
      // "1.5 million litres of water a second", "mètres cubes d'eau par seconde": what is measured, after its
      // linker, may stand between a unit and its rate.
      const ofWhat = !between && toks[end + 3] && isLinker(toks[end]!) && /^\p{Ll}+$/u.test(toks[end + 1]!.text) && !t.units.has(norm(toks[end + 1]!.text)) && pack.rateWords.includes(norm(toks[end + 2]!.text).replace(/'$/, '')) && /^[^.,;:!?]*$/u.test(text.slice(toks[end - 1]!.end, toks[end + 2]!.start)) && isRateUnit(toks[end + 3]!);
      if (ofWhat) end += 2;
      const slash = text.slice(toks[end - 1]!.end, toks[end]!.start) === '/';
      // (an elided rate word is its own token, apostrophe and all: "28 milioni di euro l'anno", "3 euros l'an")
      const word = !slash && pack.rateWords.includes(norm(toks[end]!.text).replace(/'$/, ''));
      // "7,5 milioni a stagione", "par saison": a season is a year, but only as a rate ("19 gol in stagione" is
      // no span of nineteen seasons).
      const perUnit = (w: string) => t.units.get(w) ?? (Object.hasOwn(pack.rateOnlyUnits, w) ? { category: 'duration', unit: 'day', factor: pack.rateOnlyUnits[w] } : undefined);
      const per = slash ? perUnit(norm(toks[end]!.text)) : word && toks[end + 1] ? perUnit(norm(toks[end + 1]!.text)) : undefined;
      if (per?.category === 'duration') {
        factor /= per.factor ?? 1;
        category = 'rate';
        unitName = `${unitName}/day`;
        end += slash ? 1 : 2;
      } else if (unit.category === 'weight') {
        // A weight in a volume is a concentration ("9 ng/ml", "38 micrograms per litre", "0,038 milligrammi per
        // litro"), in micrograms per litre, whatever units it is written in ("9 ng/ml" is 9 µg/l).
        const volume = slash && norm(toks[end]!.text) === 'l' ? { category: 'volume', factor: 0.001 } : per;
        if (volume?.category === 'volume') {
          factor = (factor / (volume.factor ?? 1)) * MICROGRAMS_PER_LITRE;
          category = 'concentration';
          unitName = 'µg/l';
          end += slash ? 1 : 2;
        }
      }
    }
    // "lay under 4.5 metres of clay": under a length of some matter is beneath it, not less than it.
    const firstWord = toks[startIndex]!.lower;
    if (approx && category === 'distance' && pack.spatialApproximators.includes(firstWord) && toks[end + 1] && isLinker(toks[end]!) && /^\p{Ll}/u.test(toks[end + 1]!.text)) {
      approximation = undefined;
      spanFrom = startIndex + approx.length;
    }
    let total = value * scale * factor;
    if (low !== undefined && high !== undefined) {
      low *= scale * factor;
      high *= scale * factor;
    } else {
      [low, high] = widen(total, rounding * scale * factor, approximation);
    }
    // (a unit of several sizes reaches over all of them: "218,000 tons" may be short tons; only while the
    // factor is still the unit's own, not one a rate divided)
    if (unit && factor === (unit.factor ?? 1)) [low, high] = overSizes(unit, low, high);
    // "minus 24C", "-24 °C", "24 degrees below zero": under freezing, before any conversion ("-11F" is -24 °C).
    const first = toks[i]!;
    const below = category === 'temperature' ? belowZeroAround(text, first.start, toks[end - 1]!.end, pack) : undefined;
    if (below) [total, low, high] = [-total, -high, -low];
    // Degrees Fahrenheit in the canonical Celsius: "102F" is the "39 °C" another article gives.
    const converted = isConverted(unit, factor);
    if (unitName === '°F') [total, low, high, unitName] = [fahrenheitToCelsius(total), fahrenheitToCelsius(low), fahrenheitToCelsius(high), '°C'];
    // A bare four-digit number without a unit is a year, left to the date extractor.
    const isBareYear = !unit && scale === 1 && /^(1[89]|20)\d\d$/.test(first.text);
    if (!isBareYear) {
      // (a word only part of which is a number, "Two-bedroom", "an eight-storey block", leaves the figure
      // no words of its own: none)
      if (end <= startIndex) {
        i = startIndex + 1;
        continue;
      }
      // The first number written ("trois" in "trois millions"): the rest is scale and unit.
      const leading = /^\d/.test(first.text) ? (parseNumeral(NUMBER_TOKEN.exec(first.text)?.[1] ?? '', pack.code) ?? 0) : (leadingWord ?? 0);
      ends.push({ multiplier: leading > 0 ? total / leading : 1, bare: !unit && total === leading && !approximation && !vague });
      // ("every two weeks", "par deux ans": before a span, the article says how often, and stays)
      const spanStart = Math.min(toks[category === 'duration' ? startIndex : spanFrom]!.start, below?.start ?? Infinity);
      const spanEnd = Math.max(toks[end - 1]!.end, below?.end ?? 0);
      facts.push({
        kind: 'quantity',
        start: offset + spanStart,
        end: offset + spanEnd,
        text: text.slice(spanStart, spanEnd),
        value: total,
        low,
        high,
        category,
        unit: unitName,
        ...(approximation ? { approximation } : {}),
        ...(vague ? { vague } : {}),
        ...(converted ? { converted } : {}),
      });
    }
    i = Math.max(end, startIndex + 1);
    // (the words of "below zero" are the figure's, not a count of zero)
    while (below && toks[i] && toks[i]!.start < below.end) i += 1;
  }
  // A share said as a fraction replaces the number word read in it ("quattro quinti" is 80%, not 4); a
  // race time the numbers of its hours, minutes and seconds.
  // (a unit's fraction inside a figure read whole is that figure's: "four and a half metres" holds "a half metres")
  const shares = [...fractionShares(text, offset, pack), ...unitFractions(text, offset, pack).filter((f) => !facts.some((q) => q.start < f.start && q.end >= f.end)), ...raceTimes(text, offset)].filter((f) => free(f));
  const read = [...mergeRanges(text, offset, facts, ends, tablesFor(pack).ranges), ...compounds].filter((q) => !shares.some((f) => q.start < f.end && q.end > f.start)).concat(shares);
  const streaks = ordinalStreaks(text, offset, pack).filter((s) => free(s) && !read.some((q) => q.start < s.end && q.end > s.start));
  // (a number word joined to a noun, "eight-storey", leaves the number-word reader with no words read: its
  // figure, with no words to point at, is dropped here rather than in the reader)
  return joinDurations(text, offset, halveScaled(text, offset, [...read, ...streaks].filter((q) => q.end > q.start).sort((a, b) => a.start - b.start), pack), pack);
}

const belowZeroPatternsFor = perPack((pack) => ({
  // (a minus sign after a digit or a letter joins a range or a name: "10-24C", "Tu-154")
  before: new RegExp(`(?:(?<![\\p{L}\\p{N}.,])(?:[-–]|−\\s?)|(?<![\\p{L}])(${alternation(pack.belowZero.before)})\\s+)$`, 'iu'),
  after: new RegExp(`^\\s+(?:${alternation(pack.belowZero.after)})(?![\\p{L}])`, 'iu'),
  // Phrases of several words that end in the word for minus and say something else: "au moins 24 degrés".
  bounds: [...Object.keys(pack.approximators), ...pack.notApproximators].map(norm).filter((p) => /\s/u.test(p) && pack.belowZero.before.some((w) => p.endsWith(` ${norm(w)}`))),
}));

/** Where the words that put a temperature under freezing are, if the number from `start` to `end` has them. */
function belowZeroAround(text: string, start: number, end: number, pack: LanguagePack): { start: number; end: number } | undefined {
  const patterns = belowZeroPatternsFor(pack);
  const head = text.slice(Math.max(0, start - 40), start);
  const before = patterns.before.exec(head);
  if (before) {
    const ahead = norm(head.slice(0, before.index + before[0].length).trimEnd());
    const other = before[1] !== undefined && patterns.bounds.some((p) => ahead.endsWith(p) && (ahead.length === p.length || /[^\p{L}]$/u.test(ahead.slice(0, -p.length))));
    if (!other) return { start: start - head.length + before.index, end };
  }
  const after = patterns.after.exec(text.slice(end, end + 40));
  return after ? { start, end: end + after[0].length } : undefined;
}

const fractionPatternFor = perPack((pack) => {
  const { denominators, halves, articles, of } = pack.fractions;
  const elided = of.filter((w) => /['’]$/u.test(w));
  const whole = of.filter((w) => !/['’]$/u.test(w));
  const ofWord = `\\s+(?:${elided.length ? `(?:${alternation(elided)})|` : ''}(?:${alternation(whole)})\\s)`;
  const count = `(\\d{1,2}|${alternation([...Object.keys(pack.numberWords).filter((w) => pack.numberWords[w]! < 10), ...articles])})`;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${count}[\\s-]+(${alternation(Object.keys(denominators))})|(${alternation(halves)}))(?=${ofWord})`, 'giu');
});

/**
 * "half a million people": the figure read from "a million" is half of it. (An article counts one: the
 * half before it halves the figure, and the figure's words start at the half.)
 */
const halvesBeforeOf = perPack((pack) => new RegExp(`(?<![\\p{L}])(?:${alternation(pack.fractions.halves)})\\s+$`, 'iu'));

function halveScaled(text: string, offset: number, quantities: QuantityFact[], pack: LanguagePack): QuantityFact[] {
  const articles = fractionArticlesOf(pack);
  const halves = halvesBeforeOf(pack);
  return quantities.map((q) => {
    const first = norm(q.text.split(/\s+/u)[0] ?? '');
    if (!articles.has(first) || q.value < 1000) return q;
    const before = halves.exec(text.slice(Math.max(0, q.start - offset - 12), q.start - offset));
    if (!before) return q;
    let start = q.start - before[0].length;
    const value = q.value / 2;
    // ("less than half a million euros": hedged as the words before the half say)
    const hedge = q.approximation ? null : fractionHedgeOf(pack).exec(text.slice(Math.max(0, start - offset - 30), start - offset).replace(/’/gu, "'"));
    const approximation = hedge ? pack.approximators[hedge[1]!.toLowerCase()] : undefined;
    if (approximation) {
      start -= hedge![0].length;
      const [low, high] = widen(value, (q.high - q.low) / 2, approximation);
      return { ...q, start, text: text.slice(start - offset, q.end - offset), value, low, high, approximation };
    }
    return { ...q, start, text: text.slice(start - offset, q.end - offset), value, low: q.low / 2, high: q.high / 2 };
  });
}

/** Kinds of measure a fraction of a unit is read for ("half a mile"); spans of time have their own phrases. */
const FRACTION_UNIT_CATEGORIES: ReadonlySet<string> = new Set(['distance', 'weight', 'area']);

const unitFractionPatternFor = perPack((pack) => {
  // (one of a unit is said in the singular: "half a mile" of "miles", "un demi-kilomètre" of "kilomètres")
  const plurals = Object.entries(pack.units).filter(([, u]) => FRACTION_UNIT_CATEGORIES.has(u.category)).map(([w]) => w);
  const units = [...new Set([...plurals, ...plurals.filter((w) => /[^s]s$/u.test(w)).map((w) => w.slice(0, -1))])];
  const phrases = Object.keys(pack.fractions.ofUnit);
  if (units.length === 0 || phrases.length === 0) return undefined;
  // (a phrase ending in a hyphen or an apostrophe is glued to its unit: "demi-kilomètre", "un quart d'hectare")
  return new RegExp(`(?<![\\p{L}\\p{N}])(${alternation(phrases)})(?:(?<=[-'’])|\\s+)(${alternation(units)})(?![\\p{L}])`, 'giu');
});

/** "half a mile", "un demi-kilomètre", "mezzo chilometro": a fraction of one unit, hedged as the words before it say. */
function unitFractions(text: string, offset: number, pack: LanguagePack): QuantityFact[] {
  const pattern = unitFractionPatternFor(pack);
  if (!pattern) return [];
  const out: QuantityFact[] = [];
  for (const m of text.matchAll(pattern)) {
    const fraction = pack.fractions.ofUnit[m[1]!.toLowerCase()];
    const word = m[2]!.toLowerCase();
    const unit = pack.units[word] ?? pack.units[`${word}s`];
    if (fraction === undefined || !unit) continue;
    const value = fraction * (unit.factor ?? 1);
    const before = fractionHedgeOf(pack).exec(text.slice(Math.max(0, m.index - 30), m.index).replace(/’/gu, "'"));
    const approximation = before ? pack.approximators[before[1]!.toLowerCase()] : undefined;
    // A fraction is as round as a one-digit number: "half a mile" is 800 m as much as 805 m.
    const [low, high] = widen(value, value * 0.1, approximation);
    out.push({ kind: 'quantity', start: offset + m.index, end: offset + m.index + m[0].length, text: m[0], value, low, high, category: unit.category, unit: unit.unit, ...(approximation ? { approximation } : {}) });
  }
  return out;
}

/** Seconds either side of a race time as written. */
const RACE_TIME_SLACK = 0.5;

/** "2:11:48", "2h11'48": a span in days. */
function raceTimes(text: string, offset: number): QuantityFact[] {
  const day = 86_400;
  return raceTimeSpans(text).map((r) => ({ kind: 'quantity', start: offset + r.start, end: offset + r.end, text: r.text, value: r.seconds / day, low: (r.seconds - RACE_TIME_SLACK) / day, high: (r.seconds + RACE_TIME_SLACK) / day, category: 'duration', unit: 'day' }));
}

const measureNounsOf = perPack((pack) => new Set(pack.fractions.measureNouns.map(norm)));
const fractionArticlesOf = perPack((pack) => new Set(pack.fractions.articles.map(norm)));
/** A hedge ending the words before a fraction, over one word ("moins d'un tiers", "plus de la moitié"). */
const fractionHedgeOf = perPack((pack) => new RegExp(`(?<![\\p{L}])(${alternation(Object.keys(pack.approximators))})\\s*(?:\\p{L}+\\s+)?$`, 'iu'));

/** Share points either side of a fraction: "two thirds" is 66% or 67%. */
const FRACTION_SLACK = 1;

/**
 * "two thirds of the homes", "les trois quarts des vignes", "quattro quinti del raccolto", "la moitié
 * des habitants": a share in percent. Not "a quarter of an hour", "trois quarts d'heure" (a span), nor an
 * ordinal without "of" ("il terzo giorno").
 */
function fractionShares(text: string, offset: number, pack: LanguagePack): QuantityFact[] {
  const t = tablesFor(pack);
  const out: QuantityFact[] = [];
  for (const m of text.matchAll(fractionPatternFor(pack))) {
    const after = text.slice(m.index + m[0].length).split(/[^\p{L}]+/u).filter(Boolean).slice(1, 4).map(norm);
    if (after.some((w) => Object.hasOwn(pack.timeUnits, w) || MEASURE_CATEGORIES.has(t.units.get(w)?.category ?? '') || measureNounsOf(pack).has(w))) continue;
    let value: number;
    if (m[3]) {
      // "a decade and a half of service" is a span and a half, not a share.
      const through = norm(text.slice(Math.max(0, m.index - 12), m.index + m[0].length));
      if (pack.halfPhrases.some((h) => through.endsWith(norm(h)))) continue;
      value = 50;
    } else {
      const word = norm(m[1]!);
      const n = /^\d/.test(word) ? Number(word) : fractionArticlesOf(pack).has(word) ? 1 : t.numberWords.get(word);
      const d = pack.fractions.denominators[m[2]!.toLowerCase()];
      if (n === undefined || d === undefined || !(n > 0 && n < d)) continue;
      value = (n / d) * 100;
    }
    const before = fractionHedgeOf(pack).exec(text.slice(Math.max(0, m.index - 30), m.index).replace(/’/gu, "'"));
    const approximation = before ? pack.approximators[before[1]!.toLowerCase()] : undefined;
    const [low, high] = widen(value, FRACTION_SLACK, approximation);
    out.push({ kind: 'quantity', start: offset + m.index, end: offset + m.index + m[0].length, text: m[0], value, low, high, category: 'percent', unit: '%', ...(approximation ? { approximation } : {}) });
  }
  return out;
}

/** Days in each unit a run is counted in; a run of hours or decades is left unread. */
const STREAK_UNITS: Record<number, string> = { 1: 'day', 7: 'week', 30: 'month', 365: 'year' };

const streakPatternFor = perPack((pack) => {
  const { suffixes, ordinals, before, after } = pack.streaks;
  const ordinal = `(?:(\\d{1,3})(?:${alternation(suffixes.map(fold))})|(${alternation(Object.keys(ordinals))}))`;
  return new RegExp(`(?<![\\p{L}\\p{N}])${ordinal}\\s+(?:(${alternation(before.map(fold))})\\s+)?(\\p{L}+)(?:\\s+(${alternation(after.map(fold))}))?(?![\\p{L}])`, 'giud');
});

/**
 * "the 12th consecutive day", "le douzième jour consécutif", "il quattordicesimo giorno di fila": an
 * ordinal that counts a run of days (weeks, months, years) is a figure, the run's length so far.
 */
function ordinalStreaks(text: string, offset: number, pack: LanguagePack): QuantityFact[] {
  const out: QuantityFact[] = [];
  // Matched on folded text ("douzième" → "douzieme"), whose offsets are the source's while folding only drops marks.
  const folded = fold(text);
  if (folded.length !== text.length) return out;
  for (const m of folded.matchAll(streakPatternFor(pack))) {
    if (!m[3] && !m[5]) continue;
    const [unitStart, unitEnd] = m.indices![4]!;
    const unit = STREAK_UNITS[pack.timeUnits[text.slice(unitStart, unitEnd).toLowerCase()] ?? 0];
    const n = m[1] ? Number(m[1]) : pack.streaks.ordinals[m[2]!];
    if (!unit || n === undefined || !(n > 1)) continue;
    out.push({ kind: 'quantity', start: offset + m.index, end: offset + m.index + m[0].length, text: text.slice(m.index, m.index + m[0].length), value: n, low: n, high: n, category: 'streak', unit });
  }
  return out;
}

/** A number and a unit of measure joined by a hyphen ("26.2-mile"), as a figure in the unit's canonical unit. */
function compoundMeasure(numeral: string, word: string, pack: LanguagePack): Pick<QuantityFact, 'value' | 'low' | 'high' | 'category' | 'unit' | 'converted'> | undefined {
  const t = tablesFor(pack);
  // (the unit as written, or its plural: a hyphened unit is singular, "mile", the pack may list "miles")
  const lower = norm(word);
  const unit = [lower, ...pluralsOf(lower, pack)].map((w) => t.units.get(w)).find((u) => u !== undefined);
  // (only measures: a "2-euro coin", a "3-person team" and a "5-star hotel" are not sums, counts or ratings)
  if (!unit || unit.before || !MEASURE_CATEGORIES.has(unit.category)) return undefined;
  const n = parseNumeral(numeral, pack.code);
  if (n === undefined) return undefined;
  const factor = unit.factor ?? 1;
  const [low, high] = widen(n * factor, roundingOf(numeral) * factor, undefined);
  const [least, most] = overSizes(unit, low, high);
  const converted = isConverted(unit, factor);
  return { value: n * factor, low: least, high: most, category: unit.category, unit: unit.unit, ...(converted ? { converted } : {}) };
}

/** An interval in a unit's canonical unit widened over every size the unit may stand for (`UnitInfo.factorRange`). */
function overSizes(unit: UnitInfo, low: number, high: number): [number, number] {
  if (!unit.factorRange) return [low, high];
  const factor = unit.factor ?? 1;
  return [Math.min(low, (low / factor) * unit.factorRange[0]), Math.max(high, (high / factor) * unit.factorRange[1])];
}

/**
 * Kinds of unit that measure something rather than count or price it: a hyphen joins them to a number as a
 * measure ("a 38-metre tunnel"), and a fraction of one is no share ("a quarter of a mile").
 */
const MEASURE_CATEGORIES = new Set(['distance', 'temperature', 'weight', 'area', 'volume', 'speed', 'rate']);

/**
 * "a five-year contract", "a 48-hour strike", "a 64-year-old shepherd": a number joined to a time unit by a
 * hyphen is a span (an age when "-old" follows), read before the other figures.
 */
function compoundSpans(text: string, offset: number, pack: LanguagePack): QuantityFact[] {
  const t = tablesFor(pack);
  const out: QuantityFact[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}]|\d[.,])(\d+(?:[.,]\d+)?|\p{L}+(?:-\p{L}+)?)-(\p{L}+?)s?(-old)?(?![\p{L}\p{N}-])/gu)) {
    const days = pack.timeUnits[m[2]!.toLowerCase()];
    if (days === undefined) {
      // "a 26.2-mile course", "102-degree heat", "a 38-metre tunnel": a figure joined to its unit.
      const measure = /^\d/.test(m[1]!) && !m[3] ? compoundMeasure(m[1]!, m[0].slice(m[1]!.length + 1), pack) : undefined;
      if (measure) out.push({ kind: 'quantity', start: offset + m.index, end: offset + m.index + m[0].length, text: m[0], ...measure });
      continue;
    }
    const n = /^\d/.test(m[1]!) ? parseNumeral(m[1]!, pack.code) : (t.numberWords.get(norm(m[1]!)) ?? compoundValue(norm(m[1]!), t));
    if (n === undefined || !(n > 0)) continue;
    const value = n * days;
    out.push({ kind: 'quantity', start: offset + m.index, end: offset + m.index + m[0].length, text: m[0], value, low: value, high: value, category: 'duration', unit: 'day', converted: true });
  }
  return out;
}

/**
 * "il cinquantottenne Radko Imrek", "una ventenne": a number word with the pack's age ending is an age in
 * years (`ageWordSuffixes`), the number's last vowel dropped before the ending (`elidedNumberVowels`).
 */
function ageWords(text: string, offset: number, pack: LanguagePack): QuantityFact[] {
  if (!pack.ageWordSuffixes?.length) return [];
  const t = tablesFor(pack);
  const out: QuantityFact[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{L}{6,}(?![\p{L}\p{N}])/gu)) {
    const word = norm(m[0]);
    const suffix = pack.ageWordSuffixes.find((x) => word.endsWith(x) && word.length > x.length + 2);
    if (!suffix) continue;
    const stem = word.slice(0, word.length - suffix.length);
    const n = ['', ...t.elided].map((v) => t.numberWords.get(stem + v) ?? compoundValue(stem + v, t)).find((v) => v !== undefined);
    if (n === undefined || n < 10 || n > 110) continue;
    const value = n * 365;
    out.push({ kind: 'quantity', start: offset + m.index, end: offset + m.index + m[0].length, text: m[0], value, low: value, high: value, category: 'duration', unit: 'day', converted: true });
  }
  return out;
}

/**
 * "7 anni e 6 mesi", "seven years and six months", "deux heures et quart": a span of time followed by a
 * conjunction and a shorter span is one span, their sum ("sette anni e mezzo" is read whole already).
 */
function joinDurations(text: string, offset: number, facts: QuantityFact[], pack: LanguagePack): QuantityFact[] {
  const out: QuantityFact[] = [];
  for (let n = 0; n < facts.length; n += 1) {
    const [x, y] = [facts[n]!, facts[n + 1]];
    const gap = y ? text.slice(x.end - offset, y.start - offset).trim().toLowerCase() : '';
    if (!y || x.category !== 'duration' || y.category !== 'duration' || !pack.conjunctions.includes(gap) || !(y.value < x.value) || x.vague || y.vague || y.approximation) {
      out.push(x);
      continue;
    }
    out.push({ ...x, end: y.end, text: text.slice(x.start - offset, y.end - offset), value: x.value + y.value, low: x.low + y.low, high: x.high + y.high });
    n += 1;
  }
  return out;
}

/**
 * "deux à trois millions de personnes", "between 2 and 3 million", "10-15 %": a bare number, a range
 * word, then a figure with a scale or a unit make one interval, from the first number (taken at the
 * second's scale and unit) to the second.
 */
function mergeRanges(text: string, offset: number, facts: QuantityFact[], ends: Array<{ multiplier: number; bare: boolean }>, ranges: RangeWords): QuantityFact[] {
  const out: QuantityFact[] = [];
  for (let n = 0; n < facts.length; n += 1) {
    const [x, y] = [facts[n]!, facts[n + 1]];
    if (!y) {
      out.push(x);
      continue;
    }
    const gap = text.slice(x.end - offset, y.start - offset).trim().toLowerCase();
    // What comes just before the first number: an opener ("entre"), or a verb of change and "de".
    const from = Math.max(0, x.start - offset - 80);
    const before = text.slice(from, x.start - offset);
    const opener = ranges.opener.exec(before);
    // "de 10 à 15 %" is a range, "passé de 10 à 15 %" a change.
    const change = ranges.change.test(before);
    const joined = (ranges.connectors.has(gap) && !change) || (opener !== null && ranges.conjunctions.has(gap));
    const sameUnit = !ends[n]!.bare && x.category === y.category && x.unit === y.unit && !x.approximation && !y.approximation;
    const low = ends[n]!.bare ? x.low * ends[n + 1]!.multiplier : x.low;
    const value = ends[n]!.bare ? x.value * ends[n + 1]!.multiplier : x.value;
    if (!joined || !(ends[n]!.bare || sameUnit) || x.vague || y.vague || y.approximation || !(value < y.value)) {
      out.push(x);
      continue;
    }
    const start = opener ? from + opener.index + offset : x.start;
    out.push({
      kind: 'quantity',
      start,
      end: y.end,
      text: text.slice(start - offset, y.end - offset),
      value,
      low,
      high: y.high,
      category: y.category,
      unit: y.unit,
    });
    n += 1;
  }
  return out;
}
