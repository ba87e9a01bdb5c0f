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
 * is the other's best match in the other article by a clear margin, their slots (period, subject, event)
 * agree, and they share enough rare words: more for two values that differ than for two that meet, for a
 * finding costs a reader more than an agreement. An article giving the other's value elsewhere for the
 * same kind of figure has two figures of that kind, and is not set against it. Pairs chain into one row
 * per fact; a row where one article gives two values that do not meet is left out, as too loose to read.
 */
import type { LanguageCode, SentenceNode } from '../types.js';
import { LANGUAGE_PACKS } from '../lang/index.js';
import { perPack, splitElision } from '../lang/patterns.js';
import { englishStem, fold } from '../bridge/features.js';
import { loadDictionary } from '../bridge/dictionary.js';
import { parseNumeral } from '../facts/numerals.js';
import { removeInvisibles } from '../facts/invisible.js';
import type { FactSlot } from './slots.js';

/** Words on each side of a figure that are read as its context. */
const REACH = 6;
/**
 * Least rarity two figures' shared words must add up to for them to be paired (each word from 0, in every
 * sentence, to 1, in one): values that meet, and values that differ.
 */
const MEET_SCORE = 0.6;
const DIFFER_SCORE = 1.32;
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

const dictionarySenses = new Map<LanguageCode, ((word: string) => string[] | undefined) | null>();

function sensesOf(language: LanguageCode, word: string): string[] {
  let find = dictionarySenses.get(language);
  if (find === undefined) {
    const dictionary = loadDictionary(language);
    find = dictionary ? (w: string) => dictionary.get(w) : null;
    dictionarySenses.set(language, find);
  }
  return find?.(word)?.slice(0, 3) ?? [];
}

const englishStopwords = LANGUAGE_PACKS.en.stopwords;

function englishWords(text: string): string[] {
  return (fold(text).match(/\p{L}+/gu) ?? []).filter((w) => w.length > 2 && !englishStopwords.has(w));
}

/**
 * Words that say when, not what: weekdays, months, parts of the day, units of time, "yesterday". The
 * whole story happens on its Saturday; "samedi" beside two times says nothing of which event they are.
 */
const timeWordsOf = perPack((pack) => new Set([...pack.dayParts, ...pack.weekdays, ...Object.keys(pack.months), ...Object.keys(pack.timeUnits), ...Object.keys(pack.relativeDates)].map(fold)));

/** Each word of a sentence with the language-neutral keys it stands for. */
export function keyedWords(input: ContextSentence): KeyedWord[] {
  const { sentence, language, glosses } = input;
  const pack = LANGUAGE_PACKS[language];
  const out: KeyedWord[] = [];
  let first = true;
  for (const token of sentence.tokens) {
    if (!token.isWord) continue;
    const raw = removeInvisibles(token.text);
    const isFirst = first;
    first = false;
    const number = /^\d/.test(raw) ? parseNumeral(raw, language) : undefined;
    if (number !== undefined) {
      // A small whole number is everywhere ("two", "Ardea 2"): no mark of one figure.
      if (Number.isInteger(number) && number <= 12) continue;
      const value = String(Number(number.toPrecision(4)));
      out.push({ start: token.start, end: token.end, keys: [`n:${value}`], shown: [value] });
      continue;
    }
    const bare = raw.replace(/['’]s$/u, '');
    if ((!isFirst && /^\p{Lu}/u.test(bare)) || /^\p{Lu}{2,}$/u.test(bare)) {
      out.push({ start: token.start, end: token.end, keys: [`e:${fold(bare)}`], shown: [bare] });
      continue;
    }
    const lower = raw.toLowerCase();
    const word = splitElision(lower, pack)?.[1] ?? lower;
    if (word.length < 3 || pack.stopwords.has(word) || /\d/.test(word) || timeWordsOf(pack).has(fold(word))) continue;
    const keys = new Map<string, string>([[`w:${englishStem(fold(word))}`, word]]);
    if (language !== 'en') {
      const senses = glosses?.[word] ?? glosses?.[lower] ?? [];
      for (const sense of senses.length > 0 ? senses : sensesOf(language, word)) for (const w of englishWords(sense)) if (!keys.has(`w:${englishStem(w)}`)) keys.set(`w:${englishStem(w)}`, w);
    }
    out.push({ start: token.start, end: token.end, keys: [...keys.keys()], shown: [...keys.values()] });
  }
  return out;
}

/** A figure's context: the words around it, up to `REACH` each side, within its stretch. */
function contextOf(words: readonly KeyedWord[], sentence: SentenceNode, at: { start: number; end: number }): KeyedWord[] {
  const breaks = [...sentence.text.matchAll(CONTEXT_BREAK)].map((m) => sentence.start + m.index!);
  const from = Math.max(-1, ...breaks.filter((b) => b < at.start));
  const to = Math.min(sentence.end, ...breaks.filter((b) => b >= at.end));
  const before = words.filter((w) => w.end <= at.start && w.start > from).slice(-REACH);
  const after = words.filter((w) => w.start >= at.end && w.end <= to).slice(0, REACH);
  return [...before, ...after];
}

/** The measure a loose figure is paired within: people and residents are one. */
function classOf(slot: FactSlot): string {
  const measure = slot.slot.measure;
  return measure === 'residents' ? 'people' : measure === 'money:price' ? 'money' : measure;
}

function sameSlot(a: FactSlot, b: FactSlot): boolean {
  return classOf(a) === classOf(b) && (a.slot.period ?? '') === (b.slot.period ?? '') && (a.slot.subject ?? '') === (b.slot.subject ?? '');
}

/**
 * Pairs loose figures across articles by their context (see the module comment). `meet` tells whether two
 * figures' values meet (true), differ (false) or cannot be compared (undefined). Returns, for each paired
 * figure, the event its slot takes: `context:<the shared words>`, one per row.
 */
export function pairByContext(figures: readonly LooseFigure[], sentences: readonly ContextSentence[], meet: (a: FactSlot, b: FactSlot) => boolean | undefined): Map<LooseFigure, string> {
  const paired = new Map<LooseFigure, string>();
  if (figures.length < 2) return paired;
  // How rare each key is in the story: in how many sentences it occurs.
  const wordsOf = new Map<number, KeyedWord[]>();
  const frequency = new Map<string, number>();
  sentences.forEach((s, i) => {
    const words = keyedWords(s);
    wordsOf.set(i, words);
    for (const key of new Set(words.flatMap((w) => w.keys))) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  });
  // Another number stated beside both figures ("aged 65 and over", "des 38 500 adhérents") marks them
  // more than any word: it counts twice.
  // A key's rarity from 0 (in every sentence) to 1 (in one), whatever the story's length.
  const weight = (key: string) => (Math.log(sentences.length / (frequency.get(key) ?? 1)) / Math.log(Math.max(2, sentences.length))) * (key.startsWith('n:') ? 2 : 1);
  // A key as a reader reads it: the English word, from an English sentence where one has it.
  const shownAs = new Map<string, string>();
  const inEnglish = new Set<string>();
  sentences.forEach((s, i) => {
    for (const w of wordsOf.get(i)!) {
      w.keys.forEach((k, n) => {
        if (inEnglish.has(k) || (shownAs.has(k) && s.language !== 'en')) return;
        shownAs.set(k, w.shown[n]!);
        if (s.language === 'en') inEnglish.add(k);
      });
    }
  });
  const ordered = [...figures].sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : a.slot.fact.start - b.slot.fact.start));
  const context = new Map(ordered.map((f) => [f, contextOf(wordsOf.get(f.slot.sentence) ?? [], f.sentence, f.slot.fact)]));
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
  const shared = (a: LooseFigure, b: LooseFigure) => {
    const [ab, ba] = [meeting(a, b), meeting(b, a)];
    return ab.length <= ba.length ? ab : ba;
  };
  const scoreOf = (a: LooseFigure, b: LooseFigure) => Math.min(...[meeting(a, b), meeting(b, a)].map((keys) => keys.reduce((sum, k) => sum + weight(k), 0)));
  const documents = [...new Set(ordered.map((f) => f.document))];
  const ofDocument = new Map(documents.map((d) => [d, ordered.filter((f) => f.document === d)]));
  const candidates = (a: LooseFigure, d: string) =>
    ofDocument.get(d)!.filter((b) => sameSlot(a.slot, b.slot) && meet(a.slot, b.slot) !== undefined && !(a.group !== undefined && a.group === b.group));
  const best = (a: LooseFigure, d: string) => {
    const ranked = candidates(a, d)
      .map((b) => ({ b, score: scoreOf(a, b) }))
      .sort((x, y) => y.score - x.score);
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
  for (const a of ordered) {
    for (const d of documents) {
      if (d <= a.document) continue;
      const found = best(a, d);
      if (!found || best(found.b, a.document)?.b !== a) continue;
      const meets = meet(a.slot, found.b.slot);
      // One shared word is chance ("stood", "session"): two at least.
      if (found.score < (meets ? MEET_SCORE : DIFFER_SCORE) || shared(a, found.b).length < 2) continue;
      // An article that gives the other's value for this kind of figure elsewhere has two such figures.
      if (!meets) {
        // (whatever period or subject its words give it: "up from 7.9% in December, against a target of 3%")
        const elsewhere = (x: LooseFigure, y: LooseFigure) => ofDocument.get(x.document)!.some((o) => o !== x && classOf(o.slot) === classOf(y.slot) && meet(o.slot, y.slot) === true);
        if (elsewhere(a, found.b) || elsewhere(found.b, a)) continue;
      }
      const [ra, rb] = [root(a), root(found.b)];
      if (ra !== rb) parent.set(rb, ra);
    }
  }
  const rows = new Map<LooseFigure, LooseFigure[]>();
  for (const f of ordered) {
    if (parent.get(f) === undefined && ![...parent.values()].includes(f)) continue;
    const r = root(f);
    rows.set(r, [...(rows.get(r) ?? []), f]);
  }
  const labels = new Set<string>();
  for (const members of rows.values()) {
    // One article, two values that do not meet: the row is too loose to read.
    const loose = members.some((x) => members.some((y) => x !== y && x.document === y.document && meet(x.slot, y.slot) !== true));
    if (loose || new Set(members.map((m) => m.document)).size < 2) continue;
    // Named by the rarest words its first two figures share, as the English side says them.
    const [a, b] = members;
    const words = shared(a!, b!)
      .filter((k) => k.startsWith('w:') || k.startsWith('e:'))
      .sort((x, y) => weight(y) - weight(x) || (x < y ? -1 : 1))
      .slice(0, 2)
      .map((k) => shownAs.get(k) ?? k.slice(2));
    let label = `context:${words.join(' ') || 'figure'}`;
    for (let n = 2; labels.has(label); n += 1) label = `context:${words.join(' ') || 'figure'} #${n}`;
    labels.add(label);
    for (const m of members) paired.set(m, label);
  }
  return paired;
}
