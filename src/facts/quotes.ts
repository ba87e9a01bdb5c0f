/**
 * Quotations and who says them.
 *
 * Quotes are found per paragraph, in « », “ ”, „ “, ‹ ›, ‘ ’ and straight quotes, including quotes
 * that span several sentences, that run on into the next paragraph (which then opens with a quote
 * mark again), and that are opened and never closed. Each sentence gets the part of each quote that
 * falls inside it.
 *
 * The source of a sentence is found from a reporting cue outside its quotes ("said", "a déclaré",
 * "secondo", "according to") and the phrase next to it: after the cue for "according to X" or an
 * inverted "…,” said the plaintiffs", before it otherwise ("a Meta spokesperson told…"). A pronoun
 * ("they told The Sun") takes the source of the sentence before; a quote without a cue takes the
 * speaker of the quote just before it.
 */
import type { Span } from '../types.js';
import type { LanguagePack } from '../lang/types.js';
import { alternation, escapeRegExp, perPack } from '../lang/patterns.js';

export interface QuoteFact {
  kind: 'quote';
  start: number;
  end: number;
  text: string;
  /** Which quotation of the document this part belongs to (0-based). */
  quote: number;
  /** Whether the quotation opens in this sentence, and whether it is closed at all. */
  opens: boolean;
  closed: boolean;
  speaker?: string;
}

export interface SourceFact {
  kind: 'source';
  start: number;
  end: number;
  text: string;
  /** The reporting cue ("said", "selon"). */
  cue: string;
}

interface Quotation {
  start: number;
  end: number;
  closed: boolean;
}

const PAIRS: Record<string, string[]> = { '«': ['»'], '“': ['”', '“'], '„': ['“', '”'], '‹': ['›'], '‘': ['’'], '"': ['"'] };
const SPACE = /[\s\u00a0\u202f]/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** The quotations of one paragraph, as spans of their inner text. */
export function findQuotations(source: string, span: Span): Quotation[] {
  const quotes: Quotation[] = [];
  const stack: Array<{ mark: string; start: number }> = [];
  const open = (mark: string, at: number) => stack.push({ mark, start: at + 1 });
  const close = (at: number, closed: boolean) => {
    const top = stack.pop()!;
    let a = top.start;
    let b = at;
    while (a < b && SPACE.test(source[a]!)) a += 1;
    while (b > a && SPACE.test(source[b - 1]!)) b -= 1;
    if (b > a) quotes.push({ start: a, end: b, closed });
  };
  for (let i = span.start; i < span.end; i += 1) {
    const ch = source[i]!;
    const before = source[i - 1];
    const after = source[i + 1];
    const top = stack[stack.length - 1];
    if (top && PAIRS[top.mark]!.includes(ch)) {
      // “ closes a “ only where a closer could stand: after a word or punctuation, before space or end.
      const looksClosing = !SPACE.test(before ?? ' ') && (after === undefined || !isWordChar(after));
      if (ch !== '“' || top.mark !== '“' || looksClosing) {
        if (ch === '’' && isWordChar(before) && isWordChar(after)) continue; // an apostrophe
        close(i, true);
        continue;
      }
      // A new “ while one is open and unclosed: the old one ended without its mark.
      close(i, false);
      open(ch, i);
      continue;
    }
    if (!Object.hasOwn(PAIRS, ch)) continue;
    if (ch === '‘' && isWordChar(before)) continue;
    if (ch === '"' && isWordChar(before) && isWordChar(after)) continue;
    if (stack.length >= 2) continue;
    open(ch, i);
  }
  while (stack.length) close(span.end, false);
  return quotes.sort((a, b) => a.start - b.start);
}

/** Reporting cues; an adverb may sit inside a compound verb ("a récemment publié", "has since denied"). */
const cuePattern = perPack((pack) => {
  const adverb = `(?:\\s+\\p{L}+(?:${pack.adverbEndings.map(escapeRegExp).join('|') || 'ly'}))?`;
  return new RegExp(`(?<![\\p{L}\\p{N}])(${alternation(pack.reportingCues, `${adverb}\\s+`)})(?![\\p{L}\\p{N}])`, 'giu');
});

/** Punctuation that ends a source phrase whatever the language. */
const PUNCTUATION = /^[,;:.”»“«"()]$/u;

interface SourceWords {
  prepositional: RegExp;
  pronouns: Set<string>;
  determiners: Set<string>;
  prepositions: Set<string>;
  auxiliaries: Set<string>;
  boundaries: Set<string>;
  conjunctions: Set<string>;
}

const sourceWords = perPack((pack): SourceWords => {
  const fold = (list: string[]) => new Set(list.map((x) => x.toLowerCase().replace(/’/g, "'")));
  return {
    prepositional: new RegExp(`^(${alternation(pack.prepositionalCues)})$`, 'iu'),
    pronouns: fold(pack.pronouns),
    determiners: fold(pack.determiners),
    prepositions: fold(pack.prepositions),
    auxiliaries: fold(pack.auxiliaries),
    boundaries: fold([...pack.clauseBoundaries, ...pack.conjunctions]),
    conjunctions: fold(pack.conjunctions),
  };
});

const key = (word: string) => word.toLowerCase().replace(/’/g, "'");

interface Word {
  text: string;
  start: number;
  end: number;
}

function wordsIn(source: string, a: number, b: number): Word[] {
  const out: Word[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{N}'’-]*|[,;:.”»“«"()]/gu;
  const text = source.slice(a, b);
  for (const m of text.matchAll(re)) out.push({ text: m[0], start: a + m.index, end: a + m.index + m[0].length });
  return out;
}

/** Finds the source of a sentence, or undefined. Offsets are into the document source. */
export function findSource(source: string, sentence: Span, quotes: readonly Span[], pack: LanguagePack): SourceFact | undefined {
  const text = source.slice(sentence.start, sentence.end);
  // Quoted words are what is said, not who says it.
  let masked = text;
  for (const q of quotes) {
    const a = Math.max(q.start, sentence.start) - sentence.start;
    const b = Math.min(q.end, sentence.end) - sentence.start;
    if (b > a) masked = masked.slice(0, a) + ' '.repeat(b - a) + masked.slice(b);
  }
  const re = cuePattern(pack);
  const words = sourceWords(pack);
  const boundary = (w: string) => PUNCTUATION.test(w) || words.boundaries.has(key(w));
  re.lastIndex = 0;
  for (const m of masked.matchAll(re)) {
    const cueStart = sentence.start + m.index;
    const cueEnd = cueStart + m[0].length;
    const cue = m[0];
    const after = wordsIn(source, cueEnd, sentence.end);
    const before = wordsIn(source, sentence.start, cueStart);
    const previousWord = before[before.length - 1]?.text ?? '';
    // Reporting words that are also nouns: "the plaintiffs' claims", "fortnightly reports on…".
    const nounLike = words.determiners.has(key(previousWord)) || /['’]$/u.test(previousWord) || words.prepositions.has(key(after[0]?.text ?? ''));
    if (!words.prepositional.test(cue) && nounLike && /s$/iu.test(cue)) continue;
    // "…,” said the plaintiffs": the cue right after a closing quote (and a comma) has its source after it.
    const tail = before.slice(-2).map((w) => w.text).join('');
    const inverted = /[”»"],?$|,[”»"]$/.test(tail) && after[0] !== undefined && !boundary(after[0].text);
    const phrase: Word[] = [];
    if (words.prepositional.test(cue) || inverted) {
      for (const w of after) {
        if (boundary(w.text) || phrase.length >= 6) break;
        // "said plaintiffs in filings": the phrase stops at a preposition after its head noun.
        if (phrase.length > 0 && words.prepositions.has(key(w.text)) && !/^\p{Lu}/u.test(after[phrase.length + 1]?.text ?? '')) break;
        phrase.push(w);
      }
      // "said one of them, Jonas Meret, a volunteer": "one" is the name given after the comma.
      if (phrase.length === 1 && pack.numberWords[key(phrase[0]!.text)] === 1) {
        const comma = after.findIndex((w, n) => n > 0 && n <= 5 && w.text === ',');
        const named: Word[] = [];
        for (const w of comma > 0 ? after.slice(comma + 1) : []) {
          if (!/^\p{Lu}/u.test(w.text) || named.length >= 4) break;
          named.push(w);
        }
        if (named.length > 0 && after.slice(1, comma).every((w) => !boundary(w.text))) phrase.splice(0, 1, ...named);
      }
    } else {
      // Skip the auxiliary of a compound verb ("has denied", "ha dichiarato" is one cue already).
      let k = before.length - 1;
      if (k >= 0 && words.auxiliaries.has(key(before[k]!.text))) k -= 1;
      while (k >= 0 && /^[,]$/.test(before[k]!.text) && phrase.length === 0) k -= 1;
      for (; k >= 0; k -= 1) {
        const w = before[k]!;
        // "Klein and Grabert claim": a conjunction between two names stays inside the phrase.
        const joinsNames = words.conjunctions.has(key(w.text)) && /^\p{Lu}/u.test(before[k - 1]?.text ?? '') && /^\p{Lu}/u.test(phrase[0]?.text ?? '');
        if (boundary(w.text) && !joinsNames) break;
        if (phrase.length >= 6) break;
        phrase.unshift(w);
      }
    }
    // Leading determiners are part of the phrase; trailing punctuation is not.
    while (phrase.length && /^[,;:.”»"]$/.test(phrase[phrase.length - 1]!.text)) phrase.pop();
    if (phrase.length === 0) continue;
    if (phrase.every((w) => words.determiners.has(key(w.text)))) continue;
    const start = phrase[0]!.start;
    const end = phrase[phrase.length - 1]!.end;
    return { kind: 'source', start, end, text: source.slice(start, end), cue };
  }
  return undefined;
}

export function isPronoun(text: string, pack: LanguagePack): boolean {
  return sourceWords(pack).pronouns.has(key(text));
}

/**
 * The first phrase of a sentence when it names a role or a person ("A Meta spokesperson has denied…"):
 * what a pronoun in the next sentence most likely refers to.
 */
export function subjectPhrase(source: string, sentence: Span, pack: LanguagePack): string | undefined {
  const words = wordsIn(source, sentence.start, sentence.end);
  const phrase: Word[] = [];
  for (const w of words) {
    if (/^[,;:.”»"(]$/.test(w.text) || phrase.length >= 5) break;
    phrase.push(w);
    if (pack.roleWords.includes(w.text.toLowerCase())) {
      return source.slice(phrase[0]!.start, w.end);
    }
  }
  return undefined;
}
