/**
 * Figures paired by the words around them. A figure whose own words say only its kind (a share, a sum of
 * money, a length, a speed, a weight, a number of people) is compared within its claim group; when the
 * articles state it in sentences too differently shaped to align ("une indemnité de 2 000 euros par
 * passager" / "promising each passenger €2,500"), it is compared across the story with the figure of
 * another article whose nearby words mean the same in English: the sentence's own words through the
 * bridge's glosses and the FreeDict dictionaries, the English stem of each word (cognates), names, and
 * the other numbers beside it ("aged 65 and over" / "les 65 ans et plus").
 *
 * Words are weighted by how rare they are in the story (a word every sentence has, the story's own name
 * or the unit, says nothing about which figure this is). Two figures of two articles are paired when each
 * is the other's best match in the other article by a clear margin, their slots agree (kind, period,
 * subject), and they share enough rare words: more for two values that differ than for two that meet, for a
 * finding costs a reader more than an agreement. An article giving the other's value elsewhere for the
 * same kind of figure has two figures of that kind, and is not set against it. Pairs chain into one row
 * per fact; a row where one article gives two values that do not meet is left out, as too loose to read.
 *
 * Then a figure left alone in its row (`attachToRows`) may join a row whose articles agree, read against the
 * words of all that row's figures together: the one article that states a fact in its own words.
 */
import type { LanguageCode, SentenceNode } from '../types.js';
import { LANGUAGE_PACKS } from '../lang/index.js';
import { singularsOf, splitElision } from '../lang/patterns.js';
import { englishStem, fold } from '../bridge/features.js';
import { loadDictionary } from '../bridge/dictionary.js';
import { differingDigits, digitsSwapped, parseNumeral } from '../facts/numerals.js';
import { timesApart } from '../facts/quantities.js';
import { monthCased, monthOf } from '../facts/dates.js';
import { removeInvisibles } from '../facts/invisible.js';
import { timeWordsOf, type FactSlot } from './slots.js';
import { TALLY_MEASURES } from './tally.js';

/** Words on each side of a figure that are read as its context. */
const REACH = 6;
/**
 * Least rarity two figures' shared words must add up to for them to be paired (each word from 0, in every
 * sentence, to 1, in one): values that meet, and values that differ.
 */
const MEET_SCORE = 0.6;
const DIFFER_SCORE = 1.32;
/** Least rarity of a key figures are looked up by: one a tenth of a long story's sentences have is below it. */
const INDEXED_RARITY = 0.25;
/** Figures sharing one key beyond which the key finds candidates for none of them. */
const MAX_POSTINGS = 48;
/**
 * Kinds of figure whose named measures two articles may pair by their words when the names differ: what
 * an event is called and what money is for are said in many ways ("collapse" and "explosion", "spending"
 * and "cost"); a depth and a height are not. (Counts of things named by other nouns, tried, paired
 * different counts more often than one.)
 */
const RENAMED = new Set(['event-date', 'event-time', 'money', 'rate']);
/** Two figures that both name their measure, by other words, must share this many times more to pair. */
const RENAMED_FACTOR = 1.5;
/** Two values this many times apart are not one figure misstated. */
const FAR_APART = 4;

function farApart(x: { value: number }, y: { value: number }): boolean {
  return timesApart(x, y) > FAR_APART && !shiftedPoint(x.value, y.value);
}

/**
 * Whether two digit strings read as one written with a slip: two digits side by side swapped, one digit
 * changed where the number has `least` digits or more, or a leading digit added to a one-digit number ("9" /
 * "19").
 */
function digitSlip(x: string, y: string, least: number): boolean {
  if (x === y) return false;
  if (x.length !== y.length) return Math.abs(x.length - y.length) === 1 && Math.min(x.length, y.length) === 1 && (x.length > y.length ? x.endsWith(y) : y.endsWith(x));
  return digitsSwapped(x, y) || (differingDigits(x, y).length === 1 && x.length >= least);
}

/**
 * A figure's value as its article wrote it: a rate is read per day, and "430 millions d'euros par an" is
 * written 430 millions, not 1,178,082 a day; the period that gives the roundest number is the one written.
 */
function writtenValue(fact: { value: number; unit: string }): number {
  if (!fact.unit.endsWith('/day')) return fact.value;
  const digits = (v: number) => String(Number(Math.abs(v).toPrecision(10))).replace(/^0\.0*|\./g, '').replace(/0+$/, '').length;
  return [1, 7, 30, 365].map((days) => Number((fact.value * days).toPrecision(10))).reduce((best, v) => (digits(v) < digits(best) ? v : best));
}

/**
 * Whether two figures read as one written with a slip, the way a copied figure goes wrong, so that they pair
 * on fewer words: two digits swapped ("2,040" / "2,400", "87 km" / "78 km"), one digit of three or more
 * changed ("1,450" / "1,150"); for a date, its day so misstated ("12 August 1961" / "21 August 1961", "9
 * November" / "19 November", "23" / "25 février"), its month one off or its year so misstated, the rest alike
 * ("7 October 2019" / "7 September 2019"); for a clock time, one digit of its minutes changed ("3:48" /
 * "3:58"), or its hour one off at the same minutes, not on the hour ("7.30am" / "8:30": an hour's slip
 * between zones).
 */
export function slipOf(a: FactSlot, b: FactSlot): boolean {
  if (a.kind === 'quantity' && b.kind === 'quantity') {
    const [x, y] = [a.fact as { value: number; unit: string }, b.fact as { value: number; unit: string }];
    // (the digits as written, less the zeros both end with: "31.2 million" and "32.1 million" are 312, 321)
    const [dx, dy] = [x, y].map((f) => String(Math.abs(writtenValue(f))).replace('.', '')) as [string, string];
    const zeros = Math.min(...[dx, dy].map((d) => d.length - d.replace(/0+$/, '').length));
    const [px, py] = [dx.slice(0, dx.length - zeros), dy.slice(0, dy.length - zeros)];
    return x.unit === y.unit && px.length >= 2 && px.length === py.length && digitSlip(px, py, 3);
  }
  if (a.kind === 'date' && b.kind === 'date') {
    const [x, y] = [a.fact as { year?: number; month?: number; day?: number }, b.fact as { year?: number; month?: number; day?: number }];
    // (not a year alone: a story's years one digit apart are most often two years, "2026" and "2028")
    if (x.day === undefined || y.day === undefined || x.month === undefined || y.month === undefined) return false;
    if (x.year !== undefined && y.year !== undefined && x.year !== y.year) return x.day === y.day && x.month === y.month && digitSlip(String(x.year), String(y.year), 3);
    if (x.month === y.month) return digitSlip(String(x.day), String(y.day), 2);
    return x.day === y.day && Math.abs(x.month - y.month) === 1;
  }
  if (a.kind === 'time' && b.kind === 'time') {
    const [x, y] = [a.fact as { hour: number; minute: number }, b.fact as { hour: number; minute: number }];
    if (x.hour === y.hour) return differingDigits(String(x.minute).padStart(2, '0'), String(y.minute).padStart(2, '0')).length === 1;
    return x.minute === y.minute && x.minute !== 0 && Math.abs(x.hour - y.hour) === 1;
  }
  return false;
}

/**
 * Whether two values write the same digits, two at least, with the point moved ("420 ettari" against "4 200
 * hectares"): a slip of a power of ten, not two measures.
 */
export function shiftedPoint(x: number, y: number): boolean {
  if (x <= 0 || y <= 0) return false;
  const digits = (v: number) => Number((v / 10 ** Math.floor(Math.log10(v))).toPrecision(12));
  const [a, b] = [digits(x), digits(y)];
  const ratio = Math.log10(Math.max(x, y) / Math.min(x, y));
  return a === b && Math.abs(ratio - Math.round(ratio)) < 1e-9 && String(a).replace('.', '').length >= 2;
}

/** A figure's best match must outweigh the next one of the same article by this factor. */
const MARGIN = 1.5;

/** What a figure needs to be paired: its slot, its article and its sentence. */
export interface LooseFigure {
  slot: FactSlot;
  document: string;
  sentence: SentenceNode;
  /** Index of the sentence's claim group, when it has one. */
  group?: number;
}

/** A sentence as the context reader needs it. */
export interface ContextSentence {
  sentence: SentenceNode;
  language: LanguageCode;
  /** English glosses of a French or Italian sentence's words, by the word as written, lower-cased. */
  glosses?: Record<string, string[]>;
}

/** Breaks a figure's context does not cross: a semicolon, brackets, a dash, a colon before words. */
const CONTEXT_BREAK = /[;()[\]—–]|\s-\s|:(?!\d)/gu;

interface KeyedWord {
  start: number;
  end: number;
  keys: string[];
  /** Each key as an English word a reader can read, index for index. */
  shown: string[];
}

/**
 * A word's first FreeDict senses (the dictionaries are loaded once, by `loadDictionary`), or its
 * singular's where the dictionary lacks the plural ("étages" → "étage": floor, storey).
 */
function sensesOf(language: LanguageCode, word: string): string[] {
  const dictionary = loadDictionary(language);
  for (const form of [word, ...singularsOf(word, LANGUAGE_PACKS[language])]) {
    const senses = dictionary?.get(form);
    if (senses) return senses.slice(0, 3);
  }
  return [];
}

const englishStopwords = LANGUAGE_PACKS.en.stopwords;

function englishWords(text: string): string[] {
  return (fold(text).match(/\p{L}+/gu) ?? []).filter((w) => w.length > 2 && !englishStopwords.has(w));
}


/** What a token is, read once per language and spelling: a number, a name, a content word, or nothing to read. */
type TokenReading = { kind: 'number' | 'name'; key: string; shown: string } | { kind: 'word'; word: string; lower: string } | { kind: 'none' };
const readingsCache = new Map<string, TokenReading>();

function readToken(text: string, language: LanguageCode, isFirst: boolean): TokenReading {
  const cacheKey = `${language}${isFirst ? '^' : ' '}${text}`;
  let reading = readingsCache.get(cacheKey);
  if (reading) return reading;
  reading = { kind: 'none' };
  const pack = LANGUAGE_PACKS[language];
  const raw = removeInvisibles(text);
  const number = /^\d/.test(raw) ? parseNumeral(raw, language) : undefined;
  const bare = raw.replace(/['’]s$/u, '');
  if (number !== undefined) {
    // A small whole number is everywhere ("two", "Ardea 2"): no mark of one figure.
    const value = String(Number(number.toPrecision(4)));
    if (!(Number.isInteger(number) && number <= 12)) reading = { kind: 'number', key: `n:${value}`, shown: value };
  } else if (timeWordsOf(pack).has(fold(bare))) {
    // Words of time say when, not what: the whole story happens on its Saturday, and "samedi" beside two
    // times says nothing of which event they are. ("Tuesday", capitalised, is no name either.) A month
    // names when a figure applies ("3.5% from September", "2,5 % à la rentrée de septembre", "il 3,5% da
    // settembre"): one key in every language, rare where it marks one figure. (An English month only
    // capitalised: "may" is a verb.)
    const month = monthOf(pack, bare);
    if (month !== undefined && monthCased(pack, bare)) reading = { kind: 'name', key: `m:${month}`, shown: bare };
  } else if ((!isFirst && /^\p{Lu}/u.test(bare)) || /^\p{Lu}{2,}$/u.test(bare)) {
    reading = { kind: 'name', key: `e:${fold(bare)}`, shown: bare };
  } else {
    const lower = raw.toLowerCase();
    const word = splitElision(lower, pack)?.[1] ?? lower;
    if (!(word.length < 2 || pack.stopwords.has(word) || /\d/.test(word) || timeWordsOf(pack).has(fold(word)))) reading = { kind: 'word', word, lower };
  }
  if (readingsCache.size > 200_000) readingsCache.clear();
  readingsCache.set(cacheKey, reading);
  return reading;
}

/** A word's glosses, only as the sentence's own ("constructor" is a word, not the object's). */
function ownGloss(glosses: Record<string, string[]> | undefined, word: string): string[] | undefined {
  return glosses && Object.hasOwn(glosses, word) ? glosses[word] : undefined;
}

/** Calls `visit` with each word of a sentence that stands for keys, and its keys (shared, not to be changed). */
function eachKeyedToken(input: ContextSentence, visit: (token: SentenceNode['tokens'][number], keys: readonly string[], shown: readonly string[]) => void): void {
  const { sentence, language, glosses } = input;
  let first = true;
  for (const token of sentence.tokens) {
    if (!token.isWord) continue;
    const reading = readToken(token.text, language, first);
    first = false;
    if (reading.kind === 'number' || reading.kind === 'name') visit(token, [reading.key], [reading.shown]);
    else if (reading.kind === 'word') {
      const { keys, shown } = wordKeys(language, reading.word, language === 'en' ? undefined : (ownGloss(glosses, reading.word) ?? ownGloss(glosses, reading.lower)));
      visit(token, keys, shown);
    }
  }
}

/** Each word of a sentence with the language-neutral keys it stands for. */
export function keyedWords(input: ContextSentence): KeyedWord[] {
  const out: KeyedWord[] = [];
  eachKeyedToken(input, (token, keys, shown) => out.push({ start: token.start, end: token.end, keys: [...keys], shown: [...shown] }));
  return out;
}

/** Every key a sentence's words stand for, once each (the story's word counts: no words kept). */
function sentenceKeys(input: ContextSentence): Set<string> {
  const keys = new Set<string>();
  eachKeyedToken(input, (_, own) => own.forEach((key) => keys.add(key)));
  return keys;
}

/** A content word's keys, memoised: a story repeats its words, a long one thousands of times. */
const keysCache = new Map<string, { keys: string[]; shown: string[] }>();

function wordKeys(language: LanguageCode, word: string, glosses: readonly string[] | undefined): { keys: string[]; shown: string[] } {
  const cacheKey = `${language}\u0000${word}\u0000${glosses?.join('\u0001') ?? ''}`;
  let found = keysCache.get(cacheKey);
  if (found) return found;
  const keys = new Map<string, string>([[`w:${englishStem(fold(word))}`, word]]);
  // A word the dictionaries lack may still be the cognate of another language's: "rationnement",
  // "razionamento" and "ration" open alike once their spellings are brought together.
  const cognate = cognateKey(word);
  if (cognate) keys.set(cognate, word);
  if (language !== 'en') {
    for (const sense of glosses && glosses.length > 0 ? glosses : sensesOf(language, word)) for (const w of englishWords(sense)) if (!keys.has(`w:${englishStem(w)}`)) keys.set(`w:${englishStem(w)}`, w);
  }
  found = { keys: [...keys.keys()], shown: [...keys.values()] };
  if (keysCache.size > 200_000) keysCache.clear();
  keysCache.set(cacheKey, found);
  return found;
}

/** Letters a cognate key is made of: enough to pass the Latin prefixes ("inter", "contr") most words share. */
const COGNATE_LENGTH = 6;

/**
 * The opening letters of a word with the spellings French, Italian and English write one sound by brought
 * together ("zione"/"tion", "ph"/"f", "th"/"t", "y"/"i", "k"/"c", double letters single), or undefined for a
 * short word.
 */
function cognateKey(word: string): string | undefined {
  const spelt = fold(word)
    .replace(/zi(?=[aeiou])/g, 'ti')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/y/g, 'i')
    .replace(/k/g, 'c')
    .replace(/(\p{L})\1/gu, '$1');
  return spelt.length >= COGNATE_LENGTH && /^\p{L}+$/u.test(spelt) ? `c:${spelt.slice(0, COGNATE_LENGTH)}` : undefined;
}

/** The words of a figure's context as its sentence writes them (for tests and tools). */
export function contextWords(input: ContextSentence, at: { start: number; end: number }): string[] {
  return contextOf(keyedWords(input), input.sentence, at).map((w) => input.sentence.text.slice(w.start - input.sentence.start, w.end - input.sentence.start));
}

/** A figure's context: the words around it, up to `REACH` each side, within its stretch. */
function contextOf(words: readonly KeyedWord[], sentence: SentenceNode, at: { start: number; end: number }): KeyedWord[] {
  const breaks = [...sentence.text.matchAll(CONTEXT_BREAK)].map((m) => sentence.start + m.index!);
  // A figure in brackets restates what is said before them: "Près d'un habitant sur sept est né à
  // l'étranger (13,7 %)". Its context is around the brackets.
  const open = sentence.text.lastIndexOf('(', at.start - sentence.start);
  const close = open < 0 ? -1 : sentence.text.indexOf(')', at.end - sentence.start);
  if (open >= 0 && close >= 0 && !sentence.text.slice(open + 1, at.start - sentence.start).includes(')')) {
    const inside = words.some((w) => w.start > sentence.start + open && w.end < sentence.start + close && (w.end <= at.start || w.start >= at.end));
    if (!inside) return contextOf(words, sentence, { start: sentence.start + open, end: sentence.start + close + 1 });
  }
  const from = Math.max(-1, ...breaks.filter((b) => b < at.start));
  const to = Math.min(sentence.end, ...breaks.filter((b) => b >= at.end));
  const before = words.filter((w) => w.end <= at.start && w.start > from).slice(-REACH);
  const after = words.filter((w) => w.start >= at.end && w.end <= to).slice(0, REACH);
  return [...before, ...after];
}

/** The measure a loose figure is paired within, and its row's: people and residents are one. */
export function classOf(slot: FactSlot): string {
  const measure = slot.slot.measure;
  return measure === 'residents' ? 'people' : measure === 'money:price' ? 'money' : measure;
}

function sameSlot(a: FactSlot, b: FactSlot): boolean {
  return classOf(a) === classOf(b) && (a.slot.period ?? '') === (b.slot.period ?? '') && (a.slot.subject ?? '') === (b.slot.subject ?? '');
}

/**
 * The context of each figure and how two contexts compare: the words around each figure, how rare each
 * word's keys are in the story, and the rarity two figures' contexts share (see the module comment).
 */
function contextScorer(ordered: readonly LooseFigure[], sentences: readonly ContextSentence[]) {
  // The words of the sentences that hold figures, read once; the figures' contexts from them.
  const wordsOf = new Map<number, KeyedWord[]>();
  for (const f of ordered) if (!wordsOf.has(f.slot.sentence)) wordsOf.set(f.slot.sentence, keyedWords(sentences[f.slot.sentence]!));
  const context = new Map(ordered.map((f) => [f, contextOf(wordsOf.get(f.slot.sentence)!, f.sentence, f.slot.fact)]));
  // A tally's numbers are one fact: each is read with all the others of its sentence, however far apart
  // ("carried by 163 votes to 131 in the 312-seat assembly, with 14 abstentions" / "165 sì, 131 no e 14
  // astenuti").
  for (const f of ordered) {
    if (!TALLY_MEASURES.has(classOf(f.slot))) continue;
    const own = context.get(f)!;
    const siblings = ordered.filter((o) => o !== f && o.slot.sentence === f.slot.sentence && TALLY_MEASURES.has(classOf(o.slot)));
    for (const w of wordsOf.get(f.slot.sentence)!) if (!own.includes(w) && siblings.some((o) => w.start >= o.slot.fact.start && w.end <= o.slot.fact.end)) own.push(w);
  }
  // How rare each context key is in the story: in how many sentences it occurs.
  const frequency = new Map<string, number>();
  for (const words of context.values()) for (const w of words) for (const key of w.keys) frequency.set(key, 0);
  sentences.forEach((s) => {
    for (const key of sentenceKeys(s)) if (frequency.has(key)) frequency.set(key, frequency.get(key)! + 1);
  });
  // A key's rarity from 0 (in every sentence) to 1 (in one), whatever the story's length. Another number
  // stated beside both figures ("aged 65 and over", "des 38 500 adhérents") marks them more than any word:
  // it counts twice.
  const weight = (key: string) => (Math.log(sentences.length / Math.max(1, frequency.get(key) ?? 1)) / Math.log(Math.max(2, sentences.length))) * (key.startsWith('n:') ? 2 : 1);
  // A key as a reader reads it: the English word, from an English sentence where one has it.
  const shownAs = new Map<string, string>();
  const inEnglish = new Set<string>();
  for (const f of ordered) {
    const english = sentences[f.slot.sentence]!.language === 'en';
    for (const w of context.get(f)!) {
      w.keys.forEach((k, n) => {
        if (inEnglish.has(k) || (shownAs.has(k) && !english)) return;
        shownAs.set(k, w.shown[n]!);
        if (english) inEnglish.add(k);
      });
    }
  }
  const keysOf = new Map([...context].map(([f, words]) => [f, new Set(words.flatMap((w) => w.keys))]));
  // The words of one side that meet the other's, each by its rarest key that does: a word counts once,
  // whatever number of glosses it has ("nord" is "nord" and "north").
  const meeting = (a: LooseFigure, b: LooseFigure) => {
    const theirs = keysOf.get(b)!;
    const keys = new Set<string>();
    for (const w of context.get(a)!) {
      const met = w.keys.filter((k) => theirs.has(k)).sort((x, y) => weight(y) - weight(x) || (x < y ? -1 : 1));
      if (met.length > 0) keys.add(met[0]!);
    }
    return [...keys];
  };
  // Both ways, the smaller: "the Lyon judicial court" meets "tribunal judiciaire de Lyon" word for word.
  const compare = (a: LooseFigure, b: LooseFigure) => {
    const [ab, ba] = [meeting(a, b), meeting(b, a)];
    const sum = (keys: string[]) => keys.reduce((total, k) => total + weight(k), 0);
    return { score: Math.min(sum(ab), sum(ba)), shared: ab.length <= ba.length ? ab : ba };
  };
  return { context, weight, keysOf, compare, meeting, shownAs };
}

/**
 * Pairs loose figures across articles by their context (see the module comment). `meet` tells whether two
 * figures' values meet (true), differ (false) or cannot be compared (undefined). Returns, for each paired
 * figure, the event its slot takes: `context:<the shared words>`, one per row.
 */
export function pairByContext(
  figures: readonly LooseFigure[],
  sentences: readonly ContextSentence[],
  meet: (a: FactSlot, b: FactSlot) => boolean | undefined,
  /** Told of every figure's candidates, for tools that explain a pairing. */
  trace?: (a: LooseFigure, candidates: ReadonlyArray<{ b: LooseFigure; score: number; shared: string[] }>) => void,
): Map<LooseFigure, string> {
  const paired = new Map<LooseFigure, string>();
  if (figures.length < 2) return paired;
  const ordered = [...figures].sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : a.slot.fact.start - b.slot.fact.start));
  const { weight, keysOf, compare, shownAs } = contextScorer(ordered, sentences);
  const documents = [...new Set(ordered.map((f) => f.document))];
  const ofDocument = new Map(documents.map((d) => [d, ordered.filter((f) => f.document === d)]));
  // Each figure's candidates in other articles, scored once: those that share a key with it (an index by
  // key keeps a story of a thousand articles from setting every figure against every other).
  const byKey = new Map<string, LooseFigure[]>();
  // (keys most sentences have are left out of it: no pair stands on them)
  const indexed = (key: string) => weight(key) >= INDEXED_RARITY;
  for (const f of ordered) for (const key of keysOf.get(f)!) if (indexed(key)) byKey.set(key, [...(byKey.get(key) ?? []), f]);
  type Candidate = { b: LooseFigure; score: number; shared: string[] };
  const scored = new Map<LooseFigure, Map<string, Candidate[]>>();
  for (const a of ordered) {
    const others = new Set<LooseFigure>();
    for (const key of keysOf.get(a)!) {
      const postings = byKey.get(key);
      // A key dozens of figures share is looked up by none (a long story's "euro", "government").
      if (!indexed(key) || !postings || postings.length > MAX_POSTINGS) continue;
      for (const b of postings) if (b.document !== a.document) others.add(b);
    }
    const perDocument = new Map<string, Candidate[]>();
    for (const b of others) {
      // (two figures that both name their measure are their rows' to compare, unless they name it by other
      // words and it is of a kind whose words vary from one article to the next: an event, a purpose of
      // money)
      const bothNamed = a.slot.named !== undefined && b.slot.named !== undefined && (a.slot.named === b.slot.named || !RENAMED.has(classOf(a.slot)));
      if (!sameSlot(a.slot, b.slot) || bothNamed || (a.group !== undefined && a.group === b.group) || meet(a.slot, b.slot) === undefined) continue;
      perDocument.set(b.document, [...(perDocument.get(b.document) ?? []), { b, ...compare(a, b) }]);
    }
    scored.set(a, perDocument);
    trace?.(a, [...perDocument.values()].flat().map((c) => ({ ...c, shared: c.shared.map((k) => `${k}=${weight(k).toFixed(2)}`) })));
  }
  const best = (a: LooseFigure, d: string) => {
    const ranked = [...(scored.get(a)!.get(d) ?? [])].sort((x, y) => y.score - x.score);
    const [top, next] = ranked;
    if (!top || (next && top.score < next.score * MARGIN)) return undefined;
    return top;
  };
  // Union of mutual best pairs.
  const parent = new Map<LooseFigure, LooseFigure>();
  const root = (f: LooseFigure): LooseFigure => {
    let r = f;
    while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  const joined = new Set<LooseFigure>();
  // Mutual best pairs that share enough words, those that meet first: a figure paired with one that
  // meets it is that figure's, not a second statement of another's value.
  const mutual: Array<{ a: LooseFigure; found: Candidate; meets: boolean | undefined }> = [];
  for (const a of ordered) {
    for (const d of scored.get(a)!.keys()) {
      if (d <= a.document) continue;
      const found = best(a, d);
      if (!found || best(found.b, a.document)?.b !== a) continue;
      const meets = meet(a.slot, found.b.slot);
      // One shared word is chance ("stood", "session"): two at least.
      const renamed = a.slot.named !== undefined && found.b.slot.named !== undefined;
      // (a slip of each other's value pairs on what a meeting pair needs: "published on 9 November" and
      // "when it last reported on 19 November")
      const slip = !meets && slipOf(a.slot, found.b.slot);
      if (found.score < (meets || slip ? MEET_SCORE : DIFFER_SCORE) * (renamed ? RENAMED_FACTOR : 1) || found.shared.length < (slip ? 1 : 2)) continue;
      mutual.push({ a, found, meets });
    }
  }
  const metIn = new Map<LooseFigure, Set<string>>();
  for (const { a, found, meets } of mutual) {
    if (!meets) continue;
    metIn.set(a, (metIn.get(a) ?? new Set()).add(found.b.document));
    metIn.set(found.b, (metIn.get(found.b) ?? new Set()).add(a.document));
  }
  for (const { a, found, meets } of mutual) {
    // An article that gives the other's value for this kind of figure elsewhere has two such figures.
    // (not a figure paired by its own words with one the other article gives beside it: "3.5% from
    // September, then 2% in 2028" against "2,5 % en septembre, puis 2 % en 2028")
    if (!meets) {
      // A value misstated is off by a digit or a slip, not by orders of magnitude: "up to 1.8 metres" of
      // snow and "8,400ft" of a pass are two measures.
      if (a.slot.kind === 'quantity' && found.b.slot.kind === 'quantity' && farApart(a.slot.fact as { value: number }, found.b.slot.fact as { value: number })) continue;
      // (whatever period or subject its words give it: "up from 7.9% in December, against a target of 3%")
      const elsewhere = (x: LooseFigure, y: LooseFigure) => ofDocument.get(x.document)!.some((o) => o !== x && classOf(o.slot) === classOf(y.slot) && meet(o.slot, y.slot) === true && !metIn.get(o)?.has(y.document));
      if (elsewhere(a, found.b) || elsewhere(found.b, a)) continue;
    }
    joined.add(a).add(found.b);
    const [ra, rb] = [root(a), root(found.b)];
    if (ra !== rb) parent.set(rb, ra);
  }
  const rows = new Map<LooseFigure, LooseFigure[]>();
  for (const f of ordered) {
    if (!joined.has(f)) continue;
    const r = root(f);
    rows.set(r, [...(rows.get(r) ?? []), f]);
  }
  const labels = new Set<string>();
  for (const members of rows.values()) {
    // One article, two values that do not meet: the row is too loose to read.
    const loose = members.some((x) => members.some((y) => x !== y && x.document === y.document && meet(x.slot, y.slot) !== true));
    if (loose || new Set(members.map((m) => m.document)).size < 2) continue;
    // Named by the rarest words (or numbers) its first two figures share, as the English side says them.
    const [a, b] = members;
    const words = compare(a!, b!)
      .shared.sort((x, y) => weight(y) - weight(x) || (x < y ? -1 : 1))
      .slice(0, 2)
      .map((k) => shownAs.get(k) ?? k.slice(2));
    let label = `context:${words.join(' ') || 'figure'}`;
    for (let n = 2; labels.has(label); n += 1) label = `context:${words.join(' ') || 'figure'} #${n}`;
    labels.add(label);
    for (const m of members) paired.set(m, label);
  }
  return paired;
}

/**
 * Least rarity a figure alone in its row must share with the words of a row's figures to join it: a little
 * under what two figures that differ must share, for it must share words with two of them at least.
 */
const ATTACH_SCORE = 1.2;
/** How much less a slip of a row's value needs to join it (`slipOf`). */
const SLIP_FACTOR = 0.5;
/** …and to join a row of two articles: twice what two figures that differ must share. */
const PAIR_ATTACH_SCORE = 2 * DIFFER_SCORE;

/** Items in lists by a key, in their order. */
function listsBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = out.get(key);
    if (list) list.push(item);
    else out.set(key, [item]);
  }
  return out;
}

function sameFact(a: LooseFigure | undefined, b: LooseFigure | undefined): boolean {
  return !!a && !!b && a.slot.sentence === b.slot.sentence && a.slot.fact.start === b.slot.fact.start;
}

/** How precisely a figure is stated: a date to the day, the month or the year; any other figure fully. */
function precision(slot: FactSlot): number {
  if (slot.kind !== 'date') return 3;
  const date = slot.fact as { day?: number; month?: number };
  return date.day !== undefined ? 3 : date.month !== undefined ? 2 : 1;
}

/** A figure of the fact sheet with the row it is in (`rowKeyOf`), for `attachToRows`. */
export interface RowFigure extends LooseFigure {
  row: string;
}

/**
 * What a row's event says beyond the claim or the words that formed it: `:until` of a deadline, a named
 * event ("opening"), or nothing.
 */
function eventTag(event: string | undefined): string {
  return (event ?? '').replace(/^(group:\d+|context:.*|main|loose)/, '');
}

/**
 * Figures left alone in their row (one article gives them), each set in a row most of whose articles agree
 * when its words are that row's: the article that states the one fact in a sentence too differently shaped
 * to align, or with words only one other article shares, differs from all the others at once
 * ("sotto 5,4 metri di argilla e detriti" against "under 4.5 metres of clay and rubble", "sous 4,5 mètres
 * d'argile", "beneath four and a half metres of clay"). Read against the words of all the row's figures
 * together, a figure that shares a few words with each is that row's. Only a value that differs is moved
 * (one that meets adds nothing a reader needs); only into a row that agrees, of its kind, period, subject and
 * era, from an article the row lacks, when it is clearly its article's best figure for the row and the row
 * clearly its best, and when its article gives no figure of that kind that meets the row's value elsewhere.
 * Returns each moved figure with a figure of the row whose slot it takes.
 */
export function attachToRows<F extends RowFigure>(
  figures: readonly F[],
  sentences: readonly ContextSentence[],
  meet: (a: FactSlot, b: FactSlot) => boolean | undefined,
): Map<F, F> {
  const moved = new Map<F, F>();
  const ordered = [...figures].sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : a.slot.fact.start - b.slot.fact.start));
  const rows = listsBy(ordered, (f) => f.row);
  // (each row's articles, read once)
  const documentsOf = new Map([...rows].map(([row, members]) => [row, new Set(members.map((m) => m.document))]));
  const agreeing = [...rows].filter(([row, members]) => documentsOf.get(row)!.size >= 2 && members.every((x) => !x.slot.part && !x.slot.earlier && members.every((y) => x === y || meet(x.slot, y.slot) === true)));
  const orphans = ordered.filter((f) => documentsOf.get(f.row)!.size === 1);
  if (agreeing.length === 0 || orphans.length === 0) return moved;
  // Rows and figures by what they measure, looked up once (a story of a thousand articles has thousands).
  // (a count whose noun has no English word may be of any noun: "221 meutes" against "212 packs")
  const measureOf = (f: RowFigure) => (classOf(f.slot).startsWith('count-of:') ? 'count-of:' : classOf(f.slot));
  const bucketOf = (f: RowFigure) => `${f.slot.kind}|${measureOf(f)}|${f.slot.slot.period ?? ''}|${f.slot.slot.subject ?? ''}`;
  const rowsByBucket = listsBy(agreeing, ([, members]) => bucketOf(members[0]!));
  const ofDocumentAndClass = listsBy(ordered, (f) => `${f.document}|${classOf(f.slot)}`);
  const { context, weight, keysOf } = contextScorer([...new Set([...orphans, ...agreeing.flatMap(([, members]) => members)])], sentences);
  const rowKeys = new Map(agreeing.map(([row, members]) => [row, new Set(members.flatMap((m) => [...keysOf.get(m)!]))]));
  // The orphan's words that meet the row's, each by its rarest key that does; and how many of the row's
  // figures share a word with it.
  const score = (f: RowFigure, row: string, members: readonly RowFigure[]) => {
    const theirs = rowKeys.get(row)!;
    let total = 0;
    let words = 0;
    for (const w of context.get(f)!) {
      const met = w.keys.filter((k) => theirs.has(k));
      if (met.length === 0) continue;
      total += Math.max(...met.map(weight));
      words += 1;
    }
    const own = keysOf.get(f)!;
    const sharing = members.filter((m) => [...keysOf.get(m)!].some((k) => own.has(k) && weight(k) >= INDEXED_RARITY)).length;
    return { total, words, sharing };
  };
  const fits = (f: RowFigure, members: readonly RowFigure[], slip: boolean) => {
    const [first] = members as [RowFigure];
    // (or a slip of the row's value, whatever noun it counts: "Valmeria's 460 trawlers" against "640 vessels")
    const otherNoun = (f.slot.unglossed === true || slip) && classOf(f.slot).startsWith('count-of:') && classOf(first.slot).startsWith('count-of:');
    if (f.slot.kind !== first.slot.kind || !(sameSlot(f.slot, first.slot) || (otherNoun && bucketOf(f) === bucketOf(first))) || (f.slot.era ?? '') !== (first.slot.era ?? '')) return false;
    // (an event named by other words may be the row's, for a date or a time, on more words: "the sample he
    // gave on August 3" against "the date of the charge", as the pairing allows; never a bound, a deadline or
    // a second event)
    const [own, theirs] = [eventTag(f.slot.slot.event), eventTag(first.slot.slot.event)];
    if (own !== theirs && (!RENAMED.has(classOf(f.slot)) || [own, theirs].some((t) => /:(until|bound)$|secondary/.test(t)))) return false;
    if (documentsOf.get(first.row)!.has(f.document)) return false;
    // (a value that meets, or one the row's cannot be compared with, is not moved; nor one orders of magnitude off)
    if (members.some((m) => meet(f.slot, m.slot) !== false)) return false;
    if (f.slot.kind === 'quantity' && members.some((m) => farApart(f.slot.fact as { value: number }, m.slot.fact as { value: number }))) return false;
    // (its article gives the row's value for this kind of figure elsewhere, as precisely: two figures of
    // that kind; "in 2026" is no statement of "2 August 2026")
    return !(ofDocumentAndClass.get(`${f.document}|${classOf(first.slot)}`) ?? []).some((o) => o !== f && meet(o.slot, first.slot) === true && precision(o.slot) >= precision(first.slot));
  };
  const candidates: Array<{ f: F; row: string; total: number }> = [];
  for (const f of orphans) {
    for (const [row, members] of rowsByBucket.get(bucketOf(f)) ?? []) {
      // (a slip of the row's value joins on one word shared, on half the score)
      const slip = members.every((m) => slipOf(f.slot, m.slot));
      if (!fits(f, members, slip)) continue;
      const { total, words, sharing } = score(f, row, members);
      // Two words at least, shared with two of the row's figures; against a row two articles agree on, the
      // words of two that differ (a third article is what makes the one that differs the odd one out).
      const renamed = eventTag(f.slot.slot.event) !== eventTag(members[0]!.slot.slot.event);
      const least = (documentsOf.get(row)!.size >= 3 ? ATTACH_SCORE : PAIR_ATTACH_SCORE) * (renamed ? RENAMED_FACTOR : 1);
      if (slip ? words < 1 || total < least * SLIP_FACTOR : words < 2 || total < least || sharing < 2) continue;
      candidates.push({ f, row, total });
    }
  }
  const byFigure = listsBy(candidates, (c) => c.f);
  const byRowDocument = listsBy(candidates, (c) => `${c.row}\u0000${c.f.document}`);
  const clearBest = <T extends { total: number }>(list: readonly T[]) => {
    const [top, next] = [...list].sort((x, y) => y.total - x.total);
    return top && !(next && top.total < next.total * MARGIN) ? top : undefined;
  };
  // (the facts moved so far, by sentence and place: one fact may stand twice, and moves once)
  const factKey = (f: RowFigure) => `${f.slot.sentence}:${f.slot.fact.start}`;
  const movedFacts = new Set<string>();
  for (const f of orphans) {
    const best = clearBest(byFigure.get(f) ?? []);
    if (!best) continue;
    // (and its article's clear best for the row: scored against every figure of the article that fits the row)
    // (one fact may stand twice, in its claim's row and unpaired: it is no rival of itself)
    const rivals = byRowDocument.get(`${best.row}\u0000${f.document}`)!.filter((r, n, all) => all.findIndex((o) => sameFact(o.f, r.f)) === n);
    if (!sameFact(clearBest(rivals)?.f, f) || movedFacts.has(factKey(f))) continue;
    moved.set(f, rows.get(best.row)![0]!);
    movedFacts.add(factKey(f));
  }
  return moved;
}
