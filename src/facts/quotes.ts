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

function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) =>
      w
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/'/g, "['’]")
        // An adverb may sit inside a compound verb: "a récemment publié", "has since denied".
        .replace(/ /g, '(?:\\s+\\p{L}+(?:ment|mente|ly))?\\s+'),
    )
    .join('|');
}

const cuePatterns = new WeakMap<LanguagePack, RegExp>();

function cuePattern(pack: LanguagePack): RegExp {
  let re = cuePatterns.get(pack);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}\\p{N}])(${alternation(pack.reportingCues)})(?![\\p{L}\\p{N}])`, 'giu');
    cuePatterns.set(pack, re);
  }
  return re;
}

/** Cues that introduce their source after them: "according to X", "selon X", "secondo X", "per X". */
const PREPOSITIONAL = /^(according to|per|selon|d['’]après|secondo|stando a)$/iu;
const PRONOUNS = new Set(['they', 'he', 'she', 'it', 'we', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'lui', 'lei', 'egli', 'essi', 'loro', 'noi']);
const DETERMINERS = /^(the|a|an|le|la|les|l['’]|un|une|des|il|lo|gli|i|uno|una|its|their|his|her|our|son|sa|ses|leur|leurs|suo|sua|loro)$/iu;
/** Words that end the phrase being read backwards from a cue. */
const BOUNDARY = /^(that|que|qu['’]|che|which|who|qui|and|et|e|but|mais|ma|while|as|comme|come|after|before|when|since|because|après|avant|quand|lorsque|depuis|dopo|prima|quando|perché|,|;|:|\.|”|»|“|«|"|\(|\))$/iu;
/** Reporting words that are also nouns: "the plaintiffs' claims", "fortnightly reports on…". */
const NOUN_LIKE_BEFORE = /^(the|a|an|its|their|his|her|our|these|those|such|les|des|ces|ses|leurs|le|la|i|gli|le|dei|delle|suoi|sue|loro)$|['’]$/iu;
const NOUN_LIKE_AFTER = /^(on|of|about|from|by|sur|de|du|des|su|di|del|della|dei|da)$/iu;

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
  re.lastIndex = 0;
  for (const m of masked.matchAll(re)) {
    const cueStart = sentence.start + m.index;
    const cueEnd = cueStart + m[0].length;
    const cue = m[0];
    const after = wordsIn(source, cueEnd, sentence.end);
    const before = wordsIn(source, sentence.start, cueStart);
    const previousWord = before[before.length - 1]?.text ?? '';
    if (!PREPOSITIONAL.test(cue) && (NOUN_LIKE_BEFORE.test(previousWord) || NOUN_LIKE_AFTER.test(after[0]?.text ?? '')) && /s$/iu.test(cue)) continue;
    // "…,” said the plaintiffs": the cue right after a closing quote (and a comma) has its source after it.
    const tail = before.slice(-2).map((w) => w.text).join('');
    const inverted = /[”»"],?$|,[”»"]$/.test(tail) && after[0] !== undefined && !BOUNDARY.test(after[0].text);
    const phrase: Word[] = [];
    if (PREPOSITIONAL.test(cue) || inverted) {
      for (const w of after) {
        if (BOUNDARY.test(w.text) || phrase.length >= 6) break;
        // "said plaintiffs in filings": the phrase stops at a preposition after its head noun.
        if (phrase.length > 0 && /^(in|on|to|dans|sur|à|in|su|a|al|alla|del|della|de|du|des|of|di)$/iu.test(w.text) && !/^\p{Lu}/u.test(after[phrase.length + 1]?.text ?? '')) break;
        phrase.push(w);
      }
    } else {
      // Skip the auxiliary of a compound verb ("has denied", "ha dichiarato" is one cue already).
      let k = before.length - 1;
      if (k >= 0 && /^(has|have|had|is|was|were|a|ont|ha|hanno|è|sono)$/iu.test(before[k]!.text)) k -= 1;
      while (k >= 0 && /^[,]$/.test(before[k]!.text) && phrase.length === 0) k -= 1;
      for (; k >= 0; k -= 1) {
        const w = before[k]!;
        if (BOUNDARY.test(w.text) && !(/^(and|et|e)$/iu.test(w.text) && /^\p{Lu}/u.test(before[k - 1]?.text ?? '') && /^\p{Lu}/u.test(phrase[0]?.text ?? ''))) break;
        if (phrase.length >= 6) break;
        phrase.unshift(w);
      }
    }
    // Leading determiners are part of the phrase; trailing punctuation is not.
    while (phrase.length && /^[,;:.”»"]$/.test(phrase[phrase.length - 1]!.text)) phrase.pop();
    if (phrase.length === 0) continue;
    if (phrase.every((w) => DETERMINERS.test(w.text))) continue;
    const start = phrase[0]!.start;
    const end = phrase[phrase.length - 1]!.end;
    return { kind: 'source', start, end, text: source.slice(start, end), cue };
  }
  return undefined;
}

export function isPronoun(text: string): boolean {
  return PRONOUNS.has(text.toLowerCase());
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
