/**
 * What the discrepancy rules share: walking the aligned pairs, matching facts across two sentences,
 * comparing content words across languages through the bridge, and building evidence.
 */
import type { ClaimFrame, DocumentNode, Evidence, LanguageCode, SentenceNode, Severity, Span } from '../types.js';
import type { AnalysedCorpus } from '../pipeline.js';
import type { Finding } from './types.js';
import { LANGUAGE_PACKS, packFor } from '../lang/index.js';
import { splitElision } from '../lang/patterns.js';
import { SPELLING_LEVELS } from '../lang/shared.js';
import { englishStem, fold } from '../bridge/features.js';
import { alignWords, wordScore, type LinkToken, type WordAlignment } from '../align/words.js';
import { verbBase, verbsShareSense } from '../bridge/wordnet.js';
import { editDistance, type NameFact } from '../facts/names.js';
import { copyKey } from '../align/copies.js';
import { commonWords } from '../stages/facts.js';
import { sensesFor } from '../bridge/dictionary.js';
import { differentParties, partyOf } from './sources.js';

export { sensesFor };

export interface AlignedPair {
  /** Indexes into `corpus.sentences`, `a < b`. */
  a: number;
  b: number;
  group: number;
}

/** Pairs of sentences that state one claim, one of them negated (the aligner's relations). */
export function relatedPairs(corpus: AnalysedCorpus): AlignedPair[] {
  return (corpus.alignment?.relations ?? []).map((r) => ({ a: Math.min(...r.members), b: Math.max(...r.members), group: -1 }));
}

/**
 * Every two members of an alignment group that come from different documents — one member for each
 * wording: sentences run word for word by several outlets (wire copy) are judged once, and the
 * findings are extended to every copy afterwards (`consolidateFindings`). A story of hundreds of
 * articles would otherwise be judged in as many pairs as the square of its copies.
 */
export function alignedPairs(corpus: AnalysedCorpus): AlignedPair[] {
  const pairs: AlignedPair[] = [];
  (corpus.alignment?.groups ?? []).forEach((group, g) => {
    const seen = new Set<string>();
    const members = [...group.members].sort((x, y) => x - y).filter((i) => !seen.has(wordingOf(corpus, i)) && seen.add(wordingOf(corpus, i)) !== undefined);
    for (let x = 0; x < members.length; x += 1) {
      for (let y = x + 1; y < members.length; y += 1) {
        const a = members[x]!;
        const b = members[y]!;
        if (corpus.sentences[a]!.document !== corpus.sentences[b]!.document) pairs.push({ a, b, group: g });
      }
    }
  });
  return pairs;
}

/**
 * A value per sentence, computed on first ask and kept for the corpus: the rules ask for a sentence's
 * words for every pair the sentence is in.
 */
export function perSentence<T>(compute: (corpus: AnalysedCorpus, i: number) => T): (corpus: AnalysedCorpus, i: number) => T {
  const memory = new WeakMap<AnalysedCorpus, T[]>();
  return (corpus, i) => {
    let list = memory.get(corpus);
    if (!list) memory.set(corpus, (list = []));
    if (!(i in list)) list[i] = compute(corpus, i);
    return list[i]!;
  };
}

/** A sentence's wording: its language and its letters and digits, folded (see `copyKey`). */
export const wordingOf = perSentence((corpus, i) => `${corpus.sentences[i]!.language}\u0000${copyKey(corpus.sentences[i]!.text)}`);

export function evidenceOf(sentence: SentenceNode, span: Span & { text?: string }, source: string): Evidence {
  return { sentence: sentence.id, text: source.slice(span.start, span.end), start: span.start, end: span.end };
}

/** What the rules look up per document, built once per corpus rather than searched for each pair. */
export interface CorpusIndex {
  documents: Map<string, DocumentNode>;
  /** Each document's text and the translations of its sentences, folded for `mentioned`. */
  foldedText: Map<string, string>;
  /** Each document's names, each spelling once. */
  names: Map<string, NameFact[]>;
}

const corpusIndexes = new WeakMap<AnalysedCorpus, CorpusIndex>();

export function corpusIndex(corpus: AnalysedCorpus): CorpusIndex {
  let index = corpusIndexes.get(corpus);
  if (!index) {
    const texts = new Map<string, string[]>();
    const names = new Map<string, NameFact[]>();
    corpus.sentences.forEach((s, i) => {
      (texts.get(s.document) ?? texts.set(s.document, []).get(s.document)!).push(corpus.bridge?.translations[i] ?? '');
      (names.get(s.document) ?? names.set(s.document, []).get(s.document)!).push(...corpus.facts[i]!.names);
    });
    // One of each name per document: a name repeated ten times is compared once.
    for (const [doc, list] of names) {
      const seen = new Set<string>();
      names.set(doc, list.filter((n) => !seen.has(`${n.type}\u0000${n.text}`) && seen.add(`${n.type}\u0000${n.text}`) !== undefined));
    }
    const documents = new Map(corpus.documents.map((d) => [d.id, d]));
    const foldedText = new Map([...documents.values()].map((d) => [d.id, foldForMention(`${d.source} ${(texts.get(d.id) ?? []).join(' ')}`)]));
    index = { documents, foldedText, names };
    corpusIndexes.set(corpus, index);
  }
  return index;
}

/** The document source a sentence belongs to. */
export function sourceOf(corpus: AnalysedCorpus, sentence: SentenceNode): string {
  return corpusIndex(corpus).documents.get(sentence.document)!.source;
}

export function finding(rule: string, severity: Severity, sentences: SentenceNode[], evidence: Evidence[], message: string, variant?: string): Finding {
  return { rule, severity, sentences: sentences.map((s) => s.id), evidence, message, ...(variant ? { variant } : {}) };
}

// ---------------------------------------------------------------------------------------------
// Content words across languages
// ---------------------------------------------------------------------------------------------

export interface ContentWord extends Span {
  text: string;
  /** English pivot stems this word may stand for (itself for English; its translation senses else). */
  stems: Set<string>;
  /** Its cognate key: the first five letters without accents. */
  prefix: string;
}

/**
 * The content words of a span of a sentence, each with the English stems it may stand for. English words
 * stand for themselves; French and Italian words for their dictionary senses when known, and always for
 * their own spelling through the English stemmer (cognates).
 */
export function contentWords(source: string, span: Span, language: LanguageCode, senses?: (word: string) => string[] | undefined): ContentWord[] {
  const pack = LANGUAGE_PACKS[language];
  const out: ContentWord[] = [];
  const text = source.slice(span.start, span.end);
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)) {
    let word = m[0];
    let start = span.start + m.index;
    const elided = splitElision(word, pack);
    if (elided) {
      start += elided[0].length;
      word = elided[1];
    }
    const lower = word.toLowerCase().replace(/['’]s$/u, '');
    // Negation cues are polarity, compared on their own, not content.
    if (lower.length < 2 || pack.stopwords.has(lower) || pack.negations.includes(lower) || /n['’]t$/u.test(lower) || /^\d/.test(lower)) continue;
    const stems = new Set<string>([englishStem(fold(lower))]);
    if (language !== 'en') for (const sense of senses?.(lower) ?? []) for (const w of sense.split(/\s+/)) if (w.length > 2) stems.add(englishStem(w));
    out.push({ start, end: start + word.length, text: word, stems, prefix: fold(lower).slice(0, 5) });
  }
  return out;
}

/** Whether two content words may be the same word across languages. */
export function wordsMatch(x: ContentWord, y: ContentWord): boolean {
  if (x.prefix.length >= 4 && x.prefix === y.prefix) return true;
  for (const s of x.stems) if (y.stems.has(s)) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------

/** Whether `long` is written out in three words or more whose initials spell an acronym of `short`. */
function expands(long: NameFact, short: NameFact): boolean {
  const parts = long.text.split(/[\s-]+/);
  const words = parts.filter((w) => /^\p{Lu}/u.test(w));
  if (words.length < 3 || words.length !== parts.length) return false;
  const initials = words.map((w) => w[0]).join('').toUpperCase();
  return short.text.split(/[\s-]+/).some((w) => w === initials);
}

/** Whether two names are the same across languages: same key, a country by code, or a near spelling. */
export function namesMatch(x: NameFact, y: NameFact): boolean {
  if (x.key === y.key) return true;
  // A name spelt out and its acronym: "Application Programming Interface" and "API" (or "Inbox API").
  if (expands(x, y) || expands(y, x)) return true;
  // Acronyms change letter order across languages: ONU / UN, OTAN / NATO, VIH / HIV, CIO / IOC.
  if (x.type === 'acronym' && y.type === 'acronym') {
    const letters = (k: string) => [...k.replace(/\W/g, '')].sort().join('');
    const [lx, ly] = [letters(x.key), letters(y.key)];
    if (lx === ly || (Math.min(lx.length, ly.length) >= 2 && lx.length !== ly.length && [...(lx.length < ly.length ? lx : ly)].every((c) => (lx.length < ly.length ? ly : lx).includes(c)))) return true;
    // One letter apart is another organisation (CDU / CSU), not a spelling.
    return false;
  }
  if (x.key.startsWith('country:') || y.key.startsWith('country:')) return false;
  if (x.key.includes(y.key) || y.key.includes(x.key)) return true;
  // A near spelling, word by word: "Baba Kanjar" and "Gaza Kanjar" are two people, "Netlfix" is Netflix.
  const [tx, ty] = [x.key.split(' '), y.key.split(' ')];
  if (tx.length === ty.length && tx.every((w, i) => editDistance(w, ty[i]!) <= Math.max(1, Math.floor(Math.min(w.length, ty[i]!.length) / 5)))) return true;
  // Exonyms of one place keep their letters ("Losanna" / "Lausanne", "Cornovaglia" / "Cornwall") or
  // their consonants ("Olimpiadi" / "Olympics", "Rappresentanti" / "Representatives").
  if (!x.key.includes(' ') && !y.key.includes(' ') && x.key.length >= 5 && y.key.length >= 5) {
    if (x.key.slice(0, 4) === y.key.slice(0, 4) || dice(x.key, y.key) >= 0.45) return true;
  }
  // The longest word carries the name of a place or an institution ("Rappresentanti"); two people
  // sharing a family name ("Baba Kanjar", "Bhutha Kanjar") are two people.
  const size = (k: string) => k.split(' ').length;
  const comparable = (size(x.key) === 1 && size(y.key) === 1) || (size(x.key) >= 3 && size(y.key) >= 3);
  const longest = (k: string) => k.split(' ').reduce((a, b) => (b.length > a.length ? b : a), '');
  if (comparable && longest(x.key).length >= 4 && longest(y.key).length >= 4 && skeletonsMeet(longest(x.key), longest(y.key))) return true;
  // Translated institution names share a cognate ("Chambre des représentants" / "House of
  // Representatives"); two people's names sharing a surname do not make one person.
  if (x.key.split(' ').length < 3 || y.key.split(' ').length < 3) return false;
  const wx = x.key.split(' ').filter((w) => w.length >= 5);
  const wy = y.key.split(' ').filter((w) => w.length >= 5);
  return wx.some((a) => wy.some((b) => a.slice(0, 5) === b.slice(0, 5)));
}

/** A word's consonants, doubled letters collapsed, a leading h dropped: "olympics" → "lmpcs". */
export function skeleton(word: string): string {
  return word.replace(/^h/, '').replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
}

function skeletonsMeet(a: string, b: string): boolean {
  const [sa, sb] = [skeleton(a), skeleton(b)];
  if (sa.length >= 2 && sa === sb) return true;
  let n = 0;
  while (n < sa.length && n < sb.length && sa[n] === sb[n]) n += 1;
  return n >= 4;
}

/** Dice coefficient of letter pairs. */
export function dice(a: string, b: string): number {
  const pairs = (s: string) => Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2));
  const pa = pairs(a);
  const pb = pairs(b);
  const pool = [...pb];
  let shared = 0;
  for (const p of pa) {
    const k = pool.indexOf(p);
    if (k >= 0) {
      shared += 1;
      pool.splice(k, 1);
    }
  }
  return pa.length + pb.length ? (2 * shared) / (pa.length + pb.length) : 0;
}

/**
 * A judgement on two names, remembered by their spellings and languages: names recur across a story's
 * articles, and each pair is judged once.
 */
function rememberPairs(judge: (x: NameFact, y: NameFact, lx: LanguageCode, ly: LanguageCode) => boolean, bound = 100_000) {
  const memory = new Map<string, boolean>();
  return (x: NameFact, y: NameFact, lx: LanguageCode, ly: LanguageCode): boolean => {
    const key = `${lx}\u0000${x.type}\u0000${x.text}\u0000${ly}\u0000${y.type}\u0000${y.text}`;
    let known = memory.get(key);
    if (known === undefined) {
      known = judge(x, y, lx, ly);
      if (memory.size >= bound) memory.clear();
      memory.set(key, known);
    }
    return known;
  };
}

/**
 * Whether two names, in different languages, may be one: every word of the shorter has a counterpart
 * in the other by spelling, cognate or dictionary sense ("Canada Nero" / "Black Canada", "Nord" /
 * "North").
 */
export const namesTranslate = rememberPairs(translates);

function translates(x: NameFact, y: NameFact, lx: LanguageCode, ly: LanguageCode): boolean {
  const words = (n: NameFact, l: LanguageCode) => contentWords(n.text, { start: 0, end: n.text.length }, l, sensesFor(l));
  const [wx, wy] = [words(x, lx), words(y, ly)];
  const [short, long] = wx.length <= wy.length ? [wx, wy] : [wy, wx];
  return short.length > 0 && short.every((w) => long.some((v) => wordsMatch(w, v)));
}

/**
 * Whether two names in different languages could be one place or people written the way each language
 * does (exonyms: "Zagabria" / "Zagreb", "Siviglia" / "Sevilla", "Efeso" / "Ephesus", "Tracia" / "Thrace").
 * Spelling conventions are levelled (ph/f, th/t, ch/c, k/c, qu/c, j/gi, y/i), then the consonants of
 * the longest words compared: the same, one edit or swap apart, or the same first three. One of the
 * two is a single word.
 */
export function soundAlike(x: NameFact, y: NameFact): boolean {
  // Two people who share a family name ("Baba Kanjar", "Bhutha Kanjar") are two people.
  if (/\s/.test(x.key) && /\s/.test(y.key)) return false;
  const longest = (k: string) => k.replace(/^country:/, '').split(/[\s-]+/).reduce((a, b) => (b.length > a.length ? b : a), '');
  return wordsSoundAlike(longest(x.key), longest(y.key));
}

/** `soundAlike` for two words. */
export function wordsSoundAlike(wx: string, wy: string): boolean {
  if (wx.length < 4 || wy.length < 4) return false;
  const level = (w: string) => SPELLING_LEVELS.reduce((out, [pattern, to]) => out.replace(pattern, to), fold(w));
  const [lx, ly] = [level(wx), level(wy)];
  const [sx, sy] = [skeleton(lx), skeleton(ly)];
  if (sx.length < 2 || sy.length < 2 || sx[0] !== sy[0]) return false;
  if (sx === sy) return true;
  // The same first three letters and one consonant apart: "Indus" / "Indo", "Équateur" / "Equador".
  if (lx.slice(0, 3) === ly.slice(0, 3) && editDistance(sx, sy) <= 1) return true;
  if (Math.min(sx.length, sy.length) < 3) return false;
  if (sx.slice(0, 3) === sy.slice(0, 3)) return true;
  if (Math.max(sx.length, sy.length) < 4) return false;
  return editDistance(sx, sy) <= 1 || (sx.length === sy.length && [...sx].filter((c, i) => c !== sy[i]).length === 2 && [...sx].sort().join('') === [...sy].sort().join(''));
}

/**
 * Whether two names in different languages are one institution, place or event with some of its words
 * translated ("Corte Suprema" / "Supreme Court", "Nouveau-Mexique" / "New Mexico", "Caire" / "Museo
 * Egizio del Cairo") or one named by its adjective ("Cina" / "Chinese", "Ungheria" / "Hungarian Grand
 * Prix"). Only where a name holds an everyday word or an adjective of origin: people's names are not
 * translated, and two people sharing one of their names are two people.
 */
export const namesTranslateInPart = rememberPairs(translateInPart);

function translateInPart(x: NameFact, y: NameFact, lx: LanguageCode, ly: LanguageCode): boolean {
  const split = (n: NameFact) => n.text.split(/[\s\-'’]+/u).filter((w) => w.length >= 3);
  const [tx, ty] = [split(x), split(y)];
  const origin = (w: string, l: LanguageCode) => {
    const lower = fold(w);
    const suffix = LANGUAGE_PACKS[l].demonymSuffixes.filter((e) => lower.endsWith(e) && lower.length - e.length >= 3).sort((a, b) => b.length - a.length)[0];
    return suffix === undefined ? undefined : lower.slice(0, lower.length - suffix.length);
  };
  const common = (w: string, l: LanguageCode) => commonWords(l)?.(w.toLowerCase()) === true || origin(w, l) !== undefined;
  if (!tx.some((w) => common(w, lx)) && !ty.some((w) => common(w, ly))) return false;
  const forms = (w: string, l: LanguageCode) => [fold(w), origin(w, l)].filter((f): f is string => f !== undefined);
  const words = (w: string, l: LanguageCode) => contentWords(w, { start: 0, end: w.length }, l, sensesFor(l));
  // Everyday words meet through the dictionary; names and adjectives of origin by their sound.
  const meet = (a: string, la: LanguageCode, b: string, lb: LanguageCode) =>
    words(a, la).some((u) => words(b, lb).some((v) => wordsMatch(u, v))) ||
    (forms(a, la).some((f) => forms(b, lb).some((g) => wordsSoundAlike(f, g) || (Math.min(f.length, g.length) >= 4 && (f.startsWith(g) || g.startsWith(f))))));
  // Every word that is not an everyday word ("Barrick" in "Barrick Gold") has its counterpart.
  const covered = (from: string[], lf: LanguageCode, to: string[], lt: LanguageCode) =>
    from.filter((w) => !common(w, lf)).every((w) => to.some((v) => meet(w, lf, v, lt))) && from.some((w) => to.some((v) => meet(w, lf, v, lt)));
  return covered(tx, lx, ty, ly) || covered(ty, ly, tx, lx);
}

/** Whether two names, in their languages, name one thing: same spelling, translated, or an exonym. */
export function sameName(x: NameFact, y: NameFact, lx: LanguageCode, ly: LanguageCode): boolean {
  return namesMatch(x, y) || (lx !== ly && (namesTranslate(x, y, lx, ly) || soundAlike(x, y) || namesTranslateInPart(x, y, lx, ly)));
}

/** Text reduced for `mentioned`: accents, case and punctuation gone, a space at each end. */
export function foldForMention(text: string): string {
  return ` ${fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
}

/** Whether a name is written anywhere in a text folded by `foldForMention`. */
export function mentioned(name: NameFact, folded: string): boolean {
  return folded.includes(` ${name.key.replace(/^country:/, '')} `) || folded.includes(foldForMention(name.text));
}

export function languageOf(sentence: SentenceNode, corpus: AnalysedCorpus): LanguageCode {
  if (packFor(sentence.language)) return sentence.language as LanguageCode;
  const doc = corpusIndex(corpus).documents.get(sentence.document);
  return (packFor(doc?.language ?? '') ? doc!.language : 'en') as LanguageCode;
}

/**
 * The content words of a whole sentence in English terms: its Apertium translation when there is one,
 * else its own words with their dictionary senses.
 */
export const sentenceWords = perSentence((corpus, i): ContentWord[] => {
  const sentence = corpus.sentences[i]!;
  const translation = corpus.bridge?.translations[i];
  const language = languageOf(sentence, corpus);
  return translation ? contentWords(translation, { start: 0, end: translation.length }, 'en') : contentWords(sourceOf(corpus, sentence), sentence, language, sensesFor(language));
});

/**
 * The English senses of a sentence's own words: a word's dictionary senses and its glosses (the frame's:
 * "annulé" is not in the dictionary, its lemma "annuler" is). Undefined for English.
 */
const ownSenses = perSentence((corpus, i): ((word: string) => string[] | undefined) | undefined => {
  const language = languageOf(corpus.sentences[i]!, corpus);
  if (language === 'en') return undefined;
  const senses = sensesFor(language);
  const glosses = corpus.frames?.[i]?.glosses ?? {};
  return (word) => {
    const own = senses?.(word);
    const more = Object.hasOwn(glosses, word) ? glosses[word] : undefined;
    return own && more ? [...own, ...more] : (own ?? more);
  };
});

/**
 * A sentence's own content words with their dictionary senses and glosses, whatever the bridge: a second
 * reading of a translated sentence, for when the translation garbles words the dictionary knows
 * ("perdette" left as it is, "venne disegnata" read as "drew").
 */
export const sourceWords = perSentence((corpus, i): ContentWord[] => {
  const sentence = corpus.sentences[i]!;
  return contentWords(sourceOf(corpus, sentence), sentence, languageOf(sentence, corpus), ownSenses(corpus, i));
});

/** Share of the shorter side's content words that the other side has too. */
export function sharedContent(x: ContentWord[], y: ContentWord[]): number {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length === 0) return 0;
  return short.filter((w) => long.some((v) => wordsMatch(w, v))).length / short.length;
}

// ---------------------------------------------------------------------------------------------
// Same claim
// ---------------------------------------------------------------------------------------------

/** Share of content words two sentences need to be one claim when one of them has no content verb. */
export const VERBLESS_SAME_CLAIM = 0.4;
/** Share of their quotations' words two quoting sentences need to quote one statement. */
export const QUOTATION_SAME_CLAIM = 0.3;

function namesMeet(x: string, y: string): boolean {
  if (x === y) return true;
  const xs = x.split(/[\s:]+/).filter((t) => t.length >= 3);
  const ys = y.split(/[\s:]+/).filter((t) => t.length >= 3);
  return xs.some((a) => ys.some((b) => a === b || (a.length >= 4 && b.length >= 4 && editDistance(a, b) <= 1)));
}

/** Named participants of two frames: compatible unless both name some and none of them meet. */
export function participantsMeet(x: readonly string[], y: readonly string[]): boolean {
  if (x.length === 0 || y.length === 0) return true;
  return x.some((a) => y.some((b) => namesMeet(a, b)));
}

/** Whether two predicates are one: the same lemma or stem, or a shared WordNet sense. */
export function predicatesMeet(x: readonly string[], y: readonly string[]): boolean {
  return x.some((a) => y.some((b) => a === b || englishStem(a) === englishStem(b) || verbsShareSense(a, b)));
}

/**
 * Whether a French or Italian sentence's own verbs may stand for the other's verbs: a dictionary sense
 * of one is the other's predicate, by lemma or stem (no WordNet sense here, and not sense against sense:
 * a dictionary's senses are broad already).
 */
function sensesMeet(x: ClaimFrame, y: ClaimFrame): boolean {
  const meet = (a: readonly string[], b: readonly string[]) => a.some((v) => b.some((w) => v === w || englishStem(v) === englishStem(w)));
  return meet(x.verbSenses, y.predicates) || meet(y.verbSenses, x.predicates);
}

export interface SameClaimOptions {
  /** Leave the participants out (a rule about names compares sentences whose names differ). */
  ignoreParticipants?: boolean;
}

/**
 * How two sentences were found to state one claim: their content verbs meet (`predicate`); both quote,
 * no clearly different speakers, and their quotations share words (`quotation`: the same statement,
 * perhaps altered); one has no content verb and most words are shared (`verbless`: "X is Y"); or their
 * verbs differ and the sentences are close both ways (`wording`, a verb lost in translation).
 */
export type ClaimMatch = 'predicate' | 'quotation' | 'verbless' | 'wording';

/** A sentence's content words but for its names: two sentences about one company are not one claim. */
function wordsBesideNames(corpus: AnalysedCorpus, i: number, words: ContentWord[]): ContentWord[] {
  const nameWords = new Set((corpus.frames?.[i]?.participants ?? []).flatMap((key) => key.split(/[\s:]+/)));
  return words.filter((w) => !nameWords.has(fold(w.text.toLowerCase())));
}

/** The content words of a sentence's quotations, with their dictionary senses across languages. */
function quotationWords(corpus: AnalysedCorpus, i: number): ContentWord[] {
  const sentence = corpus.sentences[i]!;
  const language = languageOf(sentence, corpus);
  const source = sourceOf(corpus, sentence);
  return corpus.facts[i]!.quotes.flatMap((q) => contentWords(source, q, language, sensesFor(language)));
}

/** How two sentences read as one claim: how they meet, and how close their words are both ways. */
export interface ClaimReading {
  match: ClaimMatch | undefined;
  /**
   * The smaller of the two shares of a sentence's words (names aside) found in the other: near 1 for a
   * sentence and its translation, low when one sentence says much the other does not.
   */
  closeness: number;
}

/** Closeness at or above which two sentences are close: one is, word for word, mostly the other. */
export const CLOSE = 0.6;
/** Closeness two sentences whose verbs differ need when they share two anchors or more (`sharedAnchors`). */
export const ANCHORED_CLOSE = 0.4;

/**
 * How many specific facts two sentences share: the same number, the same year or day, the same named
 * participant. Two sentences that give the same "8 years" about the same "MTR" and "Hong Kong" and share
 * many words are one claim even when the translation lost the verb ("remporté" read as "attained").
 */
export function sharedAnchors(corpus: AnalysedCorpus, a: number, b: number): number {
  const [fa, fb] = [corpus.facts[a]!, corpus.facts[b]!];
  const numbers = (f: typeof fa) => new Set([...f.quantities.filter((q) => !q.vague).map((q) => `q${Number(q.value.toPrecision(6))}`), ...f.dates.flatMap((d) => [d.year ? `y${d.year}` : '', d.day && d.month ? `d${d.month}-${d.day}` : '']).filter(Boolean)]);
  const nb = numbers(fb);
  const sharedNumbers = [...numbers(fa)].filter((n) => nb.has(n)).length;
  const [pa, pb] = [corpus.frames?.[a]?.participants ?? [], corpus.frames?.[b]?.participants ?? []];
  const sharedNames = pa.filter((x) => pb.some((y) => namesMeet(x, y))).length;
  return sharedNumbers + sharedNames;
}

const claimReadings = new WeakMap<AnalysedCorpus, Map<string, ClaimReading>>();

/**
 * Whether and how two sentences state one claim, read from their frames, and how close they are; read
 * once per pair (every sentence rule asks it, and the confidence of their findings). The match is
 * undefined when they are not one claim: one of them is a question, a definition or a heading, their named
 * participants do not meet, or neither their verbs, their quotations nor their words do.
 */
export function readClaim(corpus: AnalysedCorpus, a: number, b: number, options: SameClaimOptions = {}): ClaimReading {
  let memory = claimReadings.get(corpus);
  if (!memory) claimReadings.set(corpus, (memory = new Map()));
  const key = `${Math.min(a, b)}:${Math.max(a, b)}:${options.ignoreParticipants ? 1 : 0}`;
  let reading = memory.get(key);
  if (!reading) memory.set(key, (reading = readClaimPair(corpus, a, b, options)));
  return reading;
}

/** `readClaim`'s match alone. */
export function claimMatch(corpus: AnalysedCorpus, a: number, b: number, options: SameClaimOptions = {}): ClaimMatch | undefined {
  return readClaim(corpus, a, b, options).match;
}

function directionalShare(x: ContentWord[], y: ContentWord[]): number {
  return x.length === 0 ? 0 : x.filter((w) => y.some((v) => wordsMatch(w, v))).length / x.length;
}

/**
 * A sentence's readings in English terms, names aside: its translation's words, and, when it was
 * translated, its own words with their dictionary senses and glosses (the translation picks one sense,
 * sometimes the wrong one; the dictionaries know words the translation garbles).
 */
function readingsOf(corpus: AnalysedCorpus, i: number): ContentWord[][] {
  const words = wordsBesideNames(corpus, i, sentenceWords(corpus, i));
  return corpus.bridge?.translations[i] ? [words, wordsBesideNames(corpus, i, sourceWords(corpus, i))] : [words];
}

/** The best share of one sentence's words, over its readings, found in any reading of the other. */
function readingShare(x: ContentWord[][], y: ContentWord[][]): number {
  const other = y.flat();
  return Math.max(...x.map((words) => directionalShare(words, other)));
}

function readClaimPair(corpus: AnalysedCorpus, a: number, b: number, options: SameClaimOptions): ClaimReading {
  const [ra, rb] = [readingsOf(corpus, a), readingsOf(corpus, b)];
  const [wa, wb] = [ra[0]!, rb[0]!];
  const closeness = Math.min(readingShare(ra, rb), readingShare(rb, ra));
  const [fa, fb] = [corpus.frames?.[a], corpus.frames?.[b]];
  // No frames read (a corpus put together by hand): the aligner's grouping stands.
  if (!fa || !fb) return { match: 'verbless', closeness };
  const match = (m: ClaimMatch | undefined): ClaimReading => ({ match: m, closeness });
  if (fa.type !== 'assertion' || fb.type !== 'assertion') return match(undefined);
  if (!options.ignoreParticipants && !participantsMeet(fa.participants, fb.participants)) return match(undefined);
  if (fa.predicates.length > 0 && fb.predicates.length > 0 && predicatesMeet(fa.predicates, fb.predicates)) return match('predicate');
  if (sensesMeet(fa, fb)) return match('predicate');
  const [qa, qb] = [corpus.facts[a]!.quotes, corpus.facts[b]!.quotes];
  if (qa.length > 0 && qb.length > 0) {
    const speakers = [qa.find((q) => q.speaker)?.speaker, qb.find((q) => q.speaker)?.speaker];
    const apart = speakers[0] !== undefined && speakers[1] !== undefined && differentParties(partyOf(speakers[0], corpus, a), partyOf(speakers[1], corpus, b));
    if (!apart && sharedContent(wordsBesideNames(corpus, a, quotationWords(corpus, a)), wordsBesideNames(corpus, b, quotationWords(corpus, b))) >= QUOTATION_SAME_CLAIM) return match('quotation');
  }
  if (fa.predicates.length === 0 || fb.predicates.length === 0) return match(sharedContent(wa, wb) >= VERBLESS_SAME_CLAIM ? 'verbless' : undefined);
  // Verbs that differ are two claims unless the sentences are close enough (a verb lost in translation).
  return match(closeEnough(corpus, a, b, closeness) ? 'wording' : undefined);
}

/**
 * Whether two sentences' words are close enough to be one claim whatever their verbs: close both ways,
 * or fairly close and anchored on two shared numbers or names.
 */
export function closeEnough(corpus: AnalysedCorpus, a: number, b: number, closeness: number): boolean {
  return closeness >= CLOSE || (closeness >= ANCHORED_CLOSE && sharedAnchors(corpus, a, b) >= 2);
}

/**
 * Whether two aligned sentences may be one claim: their frames say so, or their words are fairly close
 * both ways (an opposite verb, "won" / "lost", is itself why two verbs differ).
 */
export function possiblyOneClaim(corpus: AnalysedCorpus, a: number, b: number): boolean {
  const reading = readClaim(corpus, a, b);
  return reading.match !== undefined || reading.closeness >= ANCHORED_CLOSE;
}

/** Whether two sentences state the same claim (`claimMatch`). */
export function sameClaim(corpus: AnalysedCorpus, a: number, b: number, options: SameClaimOptions = {}): boolean {
  return claimMatch(corpus, a, b, options) !== undefined;
}

/**
 * The sentences of one speech: a sentence with a quote and its neighbours in the same paragraph whose
 * quotes have the same speaker ("Merchants paid twice," she said. "Once in fees, …"). One article
 * splits a statement with "she said" where another quotes it whole.
 */
export function speechOf(corpus: AnalysedCorpus, i: number): number[] {
  const speaker = corpus.facts[i]!.quotes.find((q) => q.speaker)?.speaker;
  if (speaker === undefined) return [i];
  const { document, paragraph } = corpus.sentences[i]!;
  const speaks = (j: number) => {
    const s = corpus.sentences[j];
    return s !== undefined && s.document === document && s.paragraph === paragraph && corpus.facts[j]!.quotes.some((q) => q.speaker === speaker);
  };
  const speech = [i];
  for (let j = i - 1; speaks(j); j--) speech.unshift(j);
  for (let j = i + 1; speaks(j); j++) speech.push(j);
  return speech;
}

/** The pairs (by default the aligned ones) that state the same claim: what the sentence rules compare. */
export function claimPairs(corpus: AnalysedCorpus, options: SameClaimOptions = {}, pairs: AlignedPair[] = alignedPairs(corpus)): AlignedPair[] {
  return pairs.filter(({ a, b }) => sameClaim(corpus, a, b, options));
}

export const SEVERITY_ORDER: Severity[] = ['low', 'medium', 'high'];

export function atLeast(severity: Severity, minimum: Severity): boolean {
  return SEVERITY_ORDER.indexOf(severity) >= SEVERITY_ORDER.indexOf(minimum);
}

// ---------------------------------------------------------------------------------------------
// Words of one claim, linked across two sentences
// ---------------------------------------------------------------------------------------------

/** A sentence's tokens for word alignment, with the English lemmas each may stand for. */
export interface ClaimToken extends LinkToken {
  /** English lemmas: an English word's own forms, a French or Italian word's glosses and senses. */
  lemmas: string[];
}

/** Two sentences' tokens and how they link (`src/align/words.ts`). */
export interface PairWords {
  tokensA: ClaimToken[];
  tokensB: ClaimToken[];
  alignment: WordAlignment;
  /** Each linked token's counterpart on the other side, by side. */
  counterparts: Record<PairSide, Map<number, number>>;
}

/** The lemmas an English word may be: itself, its verb base ("signed" → "sign"), its singular. */
function englishLemmas(word: string): string[] {
  const lower = word.toLowerCase();
  return [...new Set([lower, verbBase(lower, LANGUAGE_PACKS.en.frames.irregularVerbs) ?? lower, lower.replace(/(?<=[^s])s$/u, '')])];
}

/**
 * A sentence's tokens: its content words (its own, with their glosses, whatever the bridge) but for
 * those inside a name, and one token per name.
 */
export const claimTokens = perSentence((corpus, i): ClaimToken[] => {
  const names = corpus.facts[i]!.names;
  const senses = ownSenses(corpus, i);
  const lemmasOf = (text: string): string[] => (senses ? [...new Set((senses(text.toLowerCase()) ?? []).map((w) => w.toLowerCase()))] : englishLemmas(text));
  const inName = (w: Span) => names.some((n) => w.start >= n.start && w.end <= n.end);
  const tokens: ClaimToken[] = sourceWords(corpus, i)
    .filter((w) => !inName(w))
    .map((w) => ({ start: w.start, end: w.end, text: w.text, stems: w.stems, prefix: w.prefix, lemmas: lemmasOf(w.text) }));
  names.forEach((n, index) => tokens.push({ start: n.start, end: n.end, text: n.text, stems: new Set([n.key]), prefix: '', name: index, lemmas: [] }));
  return tokens.sort((x, y) => x.start - y.start);
});

/** A translated sentence's words, as tokens of its English translation; none when it has no translation. */
const translationTokens = perSentence((corpus, i): LinkToken[] =>
  corpus.bridge?.translations[i] ? sentenceWords(corpus, i).map((w) => ({ ...w, lemmas: englishLemmas(w.text) })) : [],
);

const pairWordMemory = new WeakMap<AnalysedCorpus, Map<string, PairWords>>();

/** The word alignment of two sentences, read once per pair. */
export function pairWords(corpus: AnalysedCorpus, a: number, b: number): PairWords {
  let memory = pairWordMemory.get(corpus);
  if (!memory) pairWordMemory.set(corpus, (memory = new Map()));
  const key = `${a}:${b}`;
  let known = memory.get(key);
  if (!known) {
    const [tokensA, tokensB] = [claimTokens(corpus, a), claimTokens(corpus, b)];
    const [la, lb] = [languageOf(corpus.sentences[a]!, corpus), languageOf(corpus.sentences[b]!, corpus)];
    const [na, nb] = [corpus.facts[a]!.names, corpus.facts[b]!.names];
    const alignment = alignWords(tokensA, tokensB, (x, y) => sameName(na[x]!, nb[y]!, la, lb));
    const counterparts = { a: new Map(alignment.links.map((l) => [l.a, l.b])), b: new Map(alignment.links.map((l) => [l.b, l.a])) };
    memory.set(key, (known = { tokensA, tokensB, alignment, counterparts }));
  }
  return known;
}

/**
 * Whether a sentence's other readings hold a word after all: its own words or its English translation's
 * (the alignment links a sentence's own words; a word the translation has but the dictionaries miss is
 * not missing from the claim), or, for a name, its own text or translation or the sentence before it in
 * its article.
 */
export function readingHolds(corpus: AnalysedCorpus, i: number, token: ClaimToken, ownNames: readonly NameFact[]): boolean {
  if (token.name !== undefined) {
    const sentence = corpus.sentences[i]!;
    const name = ownNames[token.name]!;
    // The sentence before, in the same article, may name whom "she" or "the company" is.
    const previous = corpus.sentences[i - 1]?.document === sentence.document ? i - 1 : undefined;
    const texts = [sentence.text, corpus.bridge?.translations[i], previous === undefined ? undefined : corpus.sentences[previous]!.text, previous === undefined ? undefined : corpus.bridge?.translations[previous]]
      .filter((t): t is string => t !== undefined)
      .map(foldForMention);
    // Part of a name is enough: "Forth Bridge" and "le pont du Forth".
    const parts = foldForMention(name.text).trim().split(' ').filter((w) => w.length >= 4);
    return texts.some((text) => mentioned(name, text) || parts.some((w) => text.includes(` ${w} `)));
  }
  return claimTokens(corpus, i).some((w) => w.name === undefined && wordScore(token, w) > 0) || translationTokens(corpus, i).some((w) => wordScore(token, w) > 0);
}

/** Which side of a pair: the first sentence's tokens or the second's. */
export type PairSide = 'a' | 'b';

/**
 * Where a token of one side would sit on the other: the tokens of the other side between the
 * counterparts of its nearest linked neighbours (before and after it), and how many neighbours are
 * linked. An added word sits where the other side has nothing; a replaced one where it has something.
 */
export function counterpartGap(words: PairWords, side: PairSide, token: number): { neighbours: number; gap: number[] } {
  const own = side === 'a' ? words.tokensA : words.tokensB;
  const other = side === 'a' ? words.tokensB : words.tokensA;
  const counterpart = words.counterparts[side];
  let before: number | undefined;
  for (let t = token - 1; t >= 0 && before === undefined; t -= 1) before = counterpart.get(t);
  let after: number | undefined;
  for (let t = token + 1; t < own.length && after === undefined; t += 1) after = counterpart.get(t);
  const linkedOther = words.counterparts[side === 'a' ? 'b' : 'a'];
  const gap: number[] = [];
  if (before !== undefined && after !== undefined) {
    for (let t = Math.min(before, after) + 1; t < Math.max(before, after); t += 1) if (!linkedOther.has(t)) gap.push(t);
  } else if (before !== undefined || after !== undefined) {
    // At one end of the sentence: the other side's unlinked tokens next to the one counterpart.
    const anchor = (before ?? after)!;
    const step = before !== undefined ? 1 : -1;
    for (let t = anchor + step; t >= 0 && t < other.length && !linkedOther.has(t); t += step) gap.push(t);
  }
  return { neighbours: (before !== undefined ? 1 : 0) + (after !== undefined ? 1 : 0), gap };
}
