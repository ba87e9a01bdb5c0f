/**
 * Stage 4 — extract facts from every sentence, as language-neutral values with the exact source span
 * of each: quantities (with durations), dates and times, names, quotes with their speakers, the source
 * of reported claims, and modality (negation, hedges, obligation, permission). Language knowledge comes
 * from the language packs; the extractors live in `src/facts/`.
 */
import type { DocumentNode, LanguageCode, SentenceNode, Token } from '../types.js';
import { LANGUAGE_PACKS, packFor, type LanguagePack } from '../lang/index.js';
import { alternation, NOTHING_AFTER, perPack, pronounBeforeVerb, ratioAfterOf } from '../lang/patterns.js';
import { MONEY_CONCEPTS } from '../lang/shared.js';
import { fold } from '../bridge/features.js';
import { nounSenseName, verbBase } from '../bridge/wordnet.js';
import { fahrenheitToCelsius, findQuantities, type QuantityFact } from '../facts/quantities.js';
import { NUMERAL, parseNumeral } from '../facts/numerals.js';
import { findDates, findTimes, type DateFact, type TimeFact } from '../facts/dates.js';
import { capitalisedInside, findNames, markMisspellings, type NameFact } from '../facts/names.js';
import { findQuotations, findSource, isPronoun, subjectPhrase, type QuoteFact, type SourceFact } from '../facts/quotes.js';
import { findModality, type ModalityFact } from '../facts/modality.js';
import { loadDictionary, properNouns } from '../bridge/dictionary.js';
import { hasInvisibles, toSourceSpans, visibleText, type VisibleText } from '../facts/invisible.js';
import { tokenize } from './segment.js';

export interface SentenceFacts {
  /** Whether the sentence holds a negation cue. */
  negated: boolean;
  quantities: QuantityFact[];
  dates: DateFact[];
  times: TimeFact[];
  names: NameFact[];
  quotes: QuoteFact[];
  /** Who the sentence's claim or quote is attributed to. */
  source?: SourceFact;
  modality: ModalityFact[];
}

/** Every fact of a sentence as one list, ordered by position: what the JSON report shows. */
export type Fact = QuantityFact | DateFact | TimeFact | NameFact | QuoteFact | SourceFact | ModalityFact;

export function factList(facts: SentenceFacts): Fact[] {
  return [...facts.quantities, ...facts.dates, ...facts.times, ...facts.names, ...facts.quotes, ...(facts.source ? [facts.source] : []), ...facts.modality].sort(
    (a, b) => a.start - b.start || a.end - b.end || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0),
  );
}

/**
 * A sentence's text as the extractors read it, without invisible characters ("$1\u200b50 million" is
 * "$150 million"), with its tokens as offsets into that text: the sentence's own, or, when characters
 * were removed, those of the visible text ("Zucker\u00adberg" is the token "Zuckerberg").
 */
function visibleSentence(source: string, sentence: Pick<SentenceNode, 'start' | 'end' | 'tokens'>, pack: LanguagePack): { view: VisibleText; tokens: readonly Token[] } {
  const view = visibleText(source.slice(sentence.start, sentence.end));
  if (!view.changed) return { view, tokens: sentence.tokens.map((t) => ({ ...t, start: t.start - sentence.start, end: t.end - sentence.start })) };
  return { view, tokens: tokenize(view.text, { start: 0, end: view.text.length }, pack) };
}

/**
 * Facts of one sentence taken on its own (no quotes: they need the paragraph). They are read on the
 * sentence's visible text; their spans are offsets into `source` and their text the original words.
 */
export function sentenceFacts(
  source: string,
  sentence: Pick<SentenceNode, 'start' | 'end' | 'tokens'>,
  language: LanguageCode,
  options: { articleDate?: string; knownNames?: ReadonlySet<string>; isCommonWord?: (word: string) => boolean } = {},
): SentenceFacts {
  const pack = LANGUAGE_PACKS[language];
  const { view, tokens } = visibleSentence(source, sentence, pack);
  const text = view.text;
  const dates = findDates(text, 0, pack, options.articleDate);
  const times = findTimes(text, 0, pack);
  const taken: Array<[number, number]> = [...dates, ...times].map((f) => [f.start, f.end]);
  const quantities = findQuantities(text, 0, pack, { exclude: taken });
  const modality = findModality(text, 0, pack);
  const names = findNames(text, tokens, pack, options.knownNames, options.isCommonWord);
  const back = <T extends { start: number; end: number; text: string }>(facts: T[]) => toSourceSpans(facts, view, source, sentence.start);
  return {
    negated: modality.some((m) => m.kind === 'negation'),
    quantities: back(quantities),
    dates: back(dates),
    times: back(times),
    names: back(names),
    quotes: [],
    modality: back(modality),
  };
}

/**
 * Words that name a temperature's scale, by scale: the pack's degree words that name one ("degrees
 * Celsius", "gradi fahrenheit"), the degree sign ("39 °C") and a letter glued to the number ("102F").
 */
const temperatureScalesOf = perPack((pack: LanguagePack) => {
  const scale = (unit: string, letter: string) => {
    const words = Object.entries(pack.units).filter(([, u]) => u.category === 'temperature' && u.unit === unit && !u.scaleUnnamed).map(([word]) => word);
    return new RegExp(`°\\s*${letter}|\\d${letter}\\b${words.length ? `|${alternation(words)}` : ''}`, 'iu');
  };
  return { celsius: scale('°C', 'C'), fahrenheit: scale('°F', 'F') };
});

/** Bare degrees no weather reaches in Celsius and much weather does in Fahrenheit. */
const FAHRENHEIT_ONLY = { low: 60, high: 135 };

/**
 * "91 degrees" in an article that writes its other temperatures in Fahrenheit ("102F"), or whose bare
 * degrees reach what only Fahrenheit reads as heat ("climbed from 84 degrees … to 102 degrees"), and none in
 * Celsius, is 91 °F: a bare degree is in the article's own scale, Celsius unless it shows otherwise.
 */
function readBareDegrees(facts: readonly SentenceFacts[], packs: readonly LanguagePack[]): void {
  const temperatures = facts.flatMap((f, i) => f.quantities.filter((q) => q.category === 'temperature').map((q) => ({ q, scales: temperatureScalesOf(packs[i]!) })));
  const celsius = temperatures.filter(({ q, scales }) => scales.celsius.test(q.text));
  const fahrenheit = temperatures.filter(({ q, scales }) => scales.fahrenheit.test(q.text));
  const bare = temperatures.filter((t) => !celsius.includes(t) && !fahrenheit.includes(t)).map(({ q }) => q);
  if (bare.length === 0 || celsius.length > 0) return;
  if (fahrenheit.length === 0 && !bare.some((q) => q.value >= FAHRENHEIT_ONLY.low && q.value <= FAHRENHEIT_ONLY.high)) return;
  for (const q of bare) {
    q.value = fahrenheitToCelsius(q.value);
    q.low = fahrenheitToCelsius(q.low);
    q.high = fahrenheitToCelsius(q.high);
  }
}

/** A number with a scale word and no unit ("1,48 miliardi", "36,5 milliards"): how many of what it does not say. */
const SCALED_BARE = /\d\s*(?:\p{L}+)$/u;

/** The pack's measure words for some concepts, folded: whole words, and prefixes (an entry ending in `*`). */
function measureWordsFor(pack: LanguagePack, concepts: ReadonlySet<string>): { exact: string[]; has: (word: string) => boolean } {
  const words = Object.entries(pack.measureWords).filter(([, concept]) => concepts.has(concept)).map(([word]) => fold(word));
  const exact = words.filter((w) => !w.endsWith('*'));
  const prefixes = words.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1));
  return { exact, has: (word) => exact.includes(word) || prefixes.some((p) => word.startsWith(p)) };
}

/** Whether a sentence names a measure only money can be ("Multa record", "revenue"): the pack's measure words. */
const moneyWordsOf = perPack((pack: LanguagePack) => {
  const { exact, has } = measureWordsFor(pack, new Set(MONEY_CONCEPTS));
  return (text: string) => {
    const tokens = fold(text).match(/\p{L}+/gu) ?? [];
    return tokens.some((w, i) => has(w) || (i > 0 && exact.includes(`${tokens[i - 1]} ${w}`)));
  };
});

/**
 * An amount whose currency the article leaves out ("Multa record a Quillon: 1,48 miliardi", "40 milliards
 * d'euros en 2026, contre 36,5 milliards") is in the article's currency: a bare count written with a scale
 * word, followed by no noun, in a sentence that states money in that currency or names what only money
 * is, in an article whose amounts are mostly in one currency.
 */
function readBareAmounts(source: string, sentences: readonly SentenceNode[], facts: readonly SentenceFacts[], packs: readonly LanguagePack[]): void {
  const currencies = new Map<string, number>();
  for (const f of facts) for (const q of f.quantities) if (q.category === 'money') currencies.set(q.unit, (currencies.get(q.unit) ?? 0) + 1);
  const ranked = [...currencies].sort((a, b) => b[1] - a[1]);
  const [top, rest] = [ranked[0], ranked.slice(1).reduce((sum, [, n]) => sum + n, 0)];
  if (!top || top[1] < 2 || top[1] <= rest) return;
  const currency = top[0];
  facts.forEach((f, i) => {
    const pack = packs[i]!;
    const sentence = sentences[i]!;
    const moneyHere = f.quantities.some((q) => q.category === 'money' && q.unit === currency) || moneyWordsOf(pack)(sentence.text);
    if (!moneyHere) return;
    for (const q of f.quantities) {
      if (q.category !== 'count' || q.unit !== '' || q.value < 1e6 || !SCALED_BARE.test(q.text)) continue;
      // "2 million to 3 million euros", "tra 2 e 3 milioni": the low end of a range, which the range's
      // own reading compares, not an amount of its own.
      const after = source.slice(q.end, Math.min(sentence.end, q.end + 12)).match(/^[\s\u00a0]*(\p{L}{1,3}|[-–])[\s\u00a0]*\d/u)?.[1];
      if (after !== undefined && (/^[-–]$/u.test(after) || [...pack.rangeConnectors, ...pack.conjunctions].includes(after.toLowerCase()))) continue;
      // "1,2 milioni di utenti", "2 millions de visiteurs", "1.5 billion users": a count of something.
      const next = source.slice(q.end, Math.min(sentence.end, q.end + 40)).match(/^[\s\u00a0]*([\p{L}']+)/u)?.[1]?.toLowerCase();
      // "un budget di 16 milioni l'anno", "34 milliards par an": an amount a year, a rate like "€14 million a year".
      const per = source.slice(q.end, Math.min(sentence.end, q.end + 40)).toLowerCase().match(/^[\s\u00a0]*(\p{L}+)(?:['’]|[\s\u00a0]+)(\p{L}+)/u);
      const days = per && pack.rateWords.includes(per[1]!) ? (pack.timeUnits[per[2]!] ?? pack.rateOnlyUnits[per[2]!]) : undefined;
      if (days !== undefined && days >= 1) {
        Object.assign(q, { category: 'rate', unit: `${currency}/day`, value: q.value / days, low: q.low / days, high: q.high / days });
        continue;
      }
      // (not a participle, or an English verb: "dont 640 millions apportés par l'UE", "of which 640 million came
      // from the EU" say what became of the amount)
      const verb = next !== undefined && ((pack.participleEndings ?? []).some((e) => next.endsWith(e) && next.length > e.length + 2) || (pack.code === 'en' && nounSenseName(next) === undefined && verbBase(next, pack.frames.irregularVerbs) !== undefined));
      if (next !== undefined && !verb && (!pack.stopwords.has(next) || pack.ofTotalWords.includes(next) || /^(?:d['’]|de|di|of)$/u.test(next))) continue;
      // (odds, not an amount: "the odds are 140 million to one")
      if (ratioAfterOf(pack).test(fold(source.slice(q.end, Math.min(sentence.end, q.end + 16))))) continue;
      q.category = 'money';
      q.unit = currency;
    }
  });
}

/** Kinds of figure whose unit a later number of the sentence may leave out. */
const ELIDABLE = new Set(['distance', 'money', 'weight', 'area', 'volume']);

/** The words of a pack that name a length, a width, a depth or a height ("larga", "profond*", "wide"). */
const dimensionWordsOf = perPack((pack: LanguagePack) => measureWordsFor(pack, new Set(['length', 'width', 'depth', 'height'])).has);

/**
 * A number whose unit is left to the figure before it, in the same sentence: "18 metres by 15", "lunga 18
 * metri, larga 11 e profonda 12", "è costato 3,2 milioni di euro; «Le ore del nord» ne è costato 870mila".
 * It is read in that unit when nothing follows it in its clause and a word says what was left out: a joiner
 * of two sides of a size, a word of length, width, depth or height just before it, or a pronoun that stands
 * for the amount ("en", "ne") a few words before it.
 */
function readElidedUnits(source: string, facts: readonly SentenceFacts[], packs: readonly LanguagePack[]): void {
  facts.forEach((f, i) => {
    const pack = packs[i]!;
    const quantities = [...f.quantities].sort((a, b) => a.start - b.start);
    quantities.forEach((q, n) => {
      if (q.category !== 'count' || q.unit !== '' || q.vague || n === 0) return;
      const previous = quantities[n - 1]!;
      if (!ELIDABLE.has(previous.category)) return;
      const between = fold(source.slice(previous.end, q.start));
      // (one clause or two of one sentence, not a list of things: a few words, no full stop)
      const words = between.match(/[\p{L}\p{N}'’]+/gu) ?? [];
      if (/[.!?]/u.test(between)) return;
      const rest = source.slice(q.end, q.end + 24);
      const next = fold(rest).match(/^[\s\u00a0]*([\p{L}'’]+)/u)?.[1];
      const last = words[words.length - 1];
      // (a joiner is a word or a sign: "by", "sur", "×")
      const joined = words.length <= 1 && pack.dimensionJoiners.includes(last ?? between.trim());
      // (after a joiner, a word that names nothing may follow: "18 mètres sur 11 s'est ouvert")
      const bare = NOTHING_AFTER.test(rest) || (next !== undefined && (pack.conjunctions.includes(next) || (joined && pack.stopwords.has(next.replace(/['’].*$/u, '')))));
      if (!bare) return;
      const dimension = last !== undefined && previous.category === 'distance' && dimensionWordsOf(pack)(last);
      // (the pronoun before the verb: "en a coûté", "ne è costato", "en produit"; not "en" before a noun)
      const pronoun = pronounBeforeVerb(words, pack);
      if (!(joined || dimension) && !(pronoun && words.length <= 24)) return;
      if (!pronoun && words.length > 10) return;
      // The unit's factor: the figure's value over its number as written (no scale word after it but for money,
      // whose amount is counted in its currency whatever scale each number is written with).
      let factor = 1;
      if (previous.category !== 'money') {
        const written = previous.text.match(NUMERAL)?.[0];
        const number = written === undefined ? undefined : parseNumeral(written, pack.code);
        if (!number) return;
        const after = fold(previous.text.slice(previous.text.indexOf(written!) + written!.length)).trim().split(/\s+/u)[0] ?? '';
        if (Object.hasOwn(pack.scaleWords, after)) return;
        factor = previous.value / number;
      }
      Object.assign(q, { category: previous.category, unit: previous.unit, value: q.value * factor, low: q.low * factor, high: q.high * factor, ...(previous.converted ? { converted: true } : {}) });
    });
  });
}

/** Facts of every sentence of a document, quotes and sources included. */
export function documentFacts(doc: DocumentNode, languageOf: (s: SentenceNode) => LanguageCode, knownNames: ReadonlySet<string>): SentenceFacts[] {
  const facts = doc.sentences.map((s) => {
    const language = languageOf(s);
    return sentenceFacts(doc.source, s, language, { articleDate: doc.published, knownNames, isCommonWord: commonWords(language) });
  });
  const packs = doc.sentences.map((s) => LANGUAGE_PACKS[languageOf(s)]);
  readBareDegrees(facts, packs);
  readElidedUnits(doc.source, facts, packs);
  readBareAmounts(doc.source, doc.sentences, facts, packs);
  // Quotations, paragraph by paragraph, shared out to the sentences they cross.
  let quoteIndex = 0;
  for (const paragraph of doc.paragraphs) {
    for (const q of findQuotations(doc.source, paragraph)) {
      let first = true;
      for (const i of paragraph.sentences) {
        const s = doc.sentences[i]!;
        const start = Math.max(q.start, s.start);
        const end = Math.min(q.end, s.end);
        if (end <= start) continue;
        facts[i]!.quotes.push({ kind: 'quote', start, end, text: doc.source.slice(start, end), quote: quoteIndex, opens: first, closed: q.closed });
        first = false;
      }
      quoteIndex += 1;
    }
  }
  // Sources first; a pronoun takes the source or subject of the sentence before.
  doc.sentences.forEach((s, i) => {
    const f = facts[i]!;
    let found = findSource(doc.source, s, f.quotes, LANGUAGE_PACKS[languageOf(s)]);
    if (found && isPronoun(found.text, LANGUAGE_PACKS[languageOf(s)]) && i > 0) {
      const previous = doc.sentences[i - 1]!;
      const antecedent = facts[i - 1]!.source?.text ?? subjectPhrase(doc.source, previous, LANGUAGE_PACKS[languageOf(previous)]);
      if (antecedent) found = { ...found, text: `${found.text} (${antecedent})` };
    }
    if (found) f.source = found;
  });
  // Speakers: the source of a sentence speaks its quotes; every part of one quotation has the same
  // speaker; a quotation with no cue of its own continues the speech of the sentence before (a quote
  // just before, or an introduction ending with a colon).
  const speakerOfQuote = new Map<number, string>();
  facts.forEach((f) => {
    if (f.source) for (const q of f.quotes) if (!speakerOfQuote.has(q.quote)) speakerOfQuote.set(q.quote, f.source.text);
  });
  doc.sentences.forEach((s, i) => {
    const f = facts[i]!;
    for (const q of f.quotes) {
      if (speakerOfQuote.has(q.quote) || i === 0) continue;
      const before = facts[i - 1]!;
      const previousSentence = doc.sentences[i - 1]!;
      const inherited =
        before.quotes.map((p) => speakerOfQuote.get(p.quote)).find((x) => x !== undefined) ??
        (before.source && /:\s*$/.test(previousSentence.text) ? before.source.text : undefined);
      if (inherited) speakerOfQuote.set(q.quote, inherited);
    }
  });
  for (const f of facts) for (const q of f.quotes) if (speakerOfQuote.has(q.quote)) q.speaker = speakerOfQuote.get(q.quote);
  return facts;
}

const commonWordTests = new Map<LanguageCode, ((word: string, exact?: boolean) => boolean) | undefined>();

/**
 * Whether a word is listed by the language's installed dictionaries (French or Italian headwords; for
 * English, the English side of both), by form or stem; undefined without dictionaries.
 */
export function commonWords(language: LanguageCode): ((word: string, exact?: boolean) => boolean) | undefined {
  if (commonWordTests.has(language)) return commonWordTests.get(language);
  const words = new Set<string>();
  if (language === 'en') {
    for (const other of ['fr', 'it'] as const) for (const senses of loadDictionary(other)?.values() ?? []) for (const s of senses) for (const w of s.split(/\s+/)) words.add(w);
  } else {
    for (const w of loadDictionary(language)?.keys() ?? []) words.add(w);
  }
  // "Londres", "Parigi", "London" are names even though the dictionaries list them.
  for (const w of properNouns(language)) words.delete(w);
  let test: ((word: string, exact?: boolean) => boolean) | undefined;
  if (words.size > 0) {
    // Stems are compared within words of the same first three letters, stemmed on first use: a stem
    // keeps the start of its word, and stemming the whole dictionary up front cost more than a
    // small story's whole comparison.
    const stem = LANGUAGE_PACKS[language].stem;
    const byPrefix = new Map<string, string[]>();
    for (const w of words) (byPrefix.get(w.slice(0, 3)) ?? byPrefix.set(w.slice(0, 3), []).get(w.slice(0, 3))!).push(w);
    const stemsByPrefix = new Map<string, Set<string>>();
    const stemsOf = (prefix: string) => {
      let stems = stemsByPrefix.get(prefix);
      if (!stems) stemsByPrefix.set(prefix, (stems = new Set((byPrefix.get(prefix) ?? []).map((w) => stem(w)))));
      return stems;
    };
    test = (word, exact = false) => words.has(word) || (!exact && stemsOf(word.slice(0, 3)).has(stem(word)));
  }
  commonWordTests.set(language, test);
  return test;
}

/** Words capitalised inside a sentence anywhere in the story: names even where they open a sentence. */
export function knownNamesOf(documents: readonly DocumentNode[]): Set<string> {
  // Words as the extractors see them: "Zucker\u00adberg" is known as "Zuckerberg".
  const tokensOf = (doc: DocumentNode, s: SentenceNode) =>
    hasInvisibles(s.text) ? visibleSentence(doc.source, s, packFor(s.language) ?? packFor(doc.language) ?? LANGUAGE_PACKS.en).tokens : s.tokens;
  return capitalisedInside(documents.flatMap((doc) => doc.sentences.map((s) => tokensOf(doc, s))));
}

/** Marks names that look like a slip of the spelling most articles use. */
export function markCorpusMisspellings(documents: readonly DocumentNode[], facts: readonly SentenceFacts[][]): void {
  markMisspellings(documents.flatMap((doc, d) => facts[d]!.flatMap((f) => f.names.map((fact) => ({ fact, document: doc.id, language: doc.language })))));
}
