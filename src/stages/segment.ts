/**
 * Stage 3 — segment: paragraphs → sentences → tokens, with `Intl.Segmenter` and two repair passes
 * that it needs on news text: abbreviations (`U.S.`, `Klein v. Meta`, `M. Dupont`, `dott. Rossi`)
 * and closing quotation marks that it hands to the next sentence.
 */
import type { Span, Token } from '../types.js';
import type { LanguagePack } from '../lang/types.js';
import { perPack } from '../lang/patterns.js';
import { visibleText } from '../facts/invisible.js';

const sentenceSegmenters = new Map<string, Intl.Segmenter>();
const wordSegmenters = new Map<string, Intl.Segmenter>();

function segmenter(cache: Map<string, Intl.Segmenter>, locale: string, granularity: 'sentence' | 'word'): Intl.Segmenter {
  let found = cache.get(locale);
  if (!found) {
    found = new Intl.Segmenter(locale, { granularity });
    cache.set(locale, found);
  }
  return found;
}

const SPACE = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/u;
const HAS_CONTENT = /[\p{L}\p{N}]/u;
/** Characters that close a quotation unambiguously. */
const CLOSERS = new Set(['»', '”', '›', '’']);
/** Dotted acronyms (U.S., E.U., S.p.A.) and initials (J.) never end a sentence on their own here. */
const GENERIC_ABBREVIATION = /^(?:\p{L}{1,2}\.){2,}$|^\p{Lu}\.$/u;

interface AbbreviationSets {
  exact: Set<string>;
  folded: Set<string>;
}

const abbreviationsOf = perPack((pack): AbbreviationSets => ({
  exact: new Set(pack.abbreviations),
  // One letter and a dot is an initial in one case and a word end in the other: keep it exact.
  folded: new Set(pack.abbreviations.filter((a) => a.length > 2).map((a) => a.toLowerCase())),
}));

function endsWithAbbreviation(text: string, pack: LanguagePack): boolean {
  const last = text.split(/\s+/).pop() ?? '';
  const word = last.replace(/^[("«“‘'[¿¡]+/u, '');
  if (!word.endsWith('.')) return false;
  const { exact, folded } = abbreviationsOf(pack);
  return exact.has(word) || folded.has(word.toLowerCase()) || GENERIC_ABBREVIATION.test(word);
}

function trimSpan(source: string, start: number, end: number): Span {
  while (start < end && SPACE.test(source[start]!)) start += 1;
  while (end > start && SPACE.test(source[end - 1]!)) end -= 1;
  return { start, end };
}

/**
 * Whether the straight double quote at `position` closes a quotation, by parity within the region.
 * Positions are asked in increasing order, so the count goes on from the last one: linear, not quadratic.
 */
function straightQuoteParity(source: string, regionStart: number): (position: number) => boolean {
  let cursor = regionStart;
  let count = 0;
  return (position) => {
    if (position < cursor) {
      cursor = regionStart;
      count = 0;
    }
    for (; cursor < position; cursor += 1) if (source[cursor] === '"') count += 1;
    return count % 2 === 1;
  };
}

/**
 * Longer stretches are handed to `Intl.Segmenter` in pieces: its time grows with the square of the
 * text's length (a 400,000-character paragraph took over a second, four megabytes minutes).
 */
const SEGMENTER_PIECE = 8000;
const PIECE_BREAK = /[.!?…]["'’”»)\]]*\s+/gu;

/** Where to cut `text` into pieces of about `SEGMENTER_PIECE`: after an end of sentence, else at a space. */
function pieceEnds(text: string): number[] {
  const ends: number[] = [];
  let from = 0;
  while (text.length - from > SEGMENTER_PIECE) {
    const window = text.slice(from, from + SEGMENTER_PIECE);
    let cut = -1;
    for (const match of window.matchAll(PIECE_BREAK)) if (match.index! > 0) cut = match.index! + match[0].length;
    if (cut <= 0) {
      const space = window.lastIndexOf(' ');
      cut = space > 0 ? space + 1 : SEGMENTER_PIECE;
    }
    from += cut;
    ends.push(from);
  }
  ends.push(text.length);
  return ends;
}

/** Splits one stretch of article text into sentence spans (offsets into `source`). */
export function segmentSentences(source: string, region: Span, pack: LanguagePack): Span[] {
  const text = source.slice(region.start, region.end);
  const spans: Span[] = [];
  let pieceStart = 0;
  for (const pieceEnd of pieceEnds(text)) {
    for (const piece of segmenter(sentenceSegmenters, pack.locale, 'sentence').segment(text.slice(pieceStart, pieceEnd))) {
      const start = region.start + pieceStart + piece.index;
      const span = trimSpan(source, start, start + piece.segment.length);
      if (span.end > span.start) spans.push(span);
    }
    pieceStart = pieceEnd;
  }
  const straightQuoteCloses = straightQuoteParity(source, region.start);

  const merged: Span[] = [];
  for (const span of spans) {
    const previous = merged[merged.length - 1];
    if (!previous) {
      merged.push({ ...span });
      continue;
    }
    // A closing quote handed to the next sentence goes back to the one it closes.
    let start = span.start;
    while (start < span.end) {
      const ch = source[start]!;
      const closes = CLOSERS.has(ch) || (ch === '"' && straightQuoteCloses(start));
      if (!closes) break;
      // A closer is only detached punctuation when what follows is space, punctuation or the end.
      const next = source[start + 1];
      if (next !== undefined && !SPACE.test(next) && /[\p{L}\p{N}]/u.test(next)) break;
      start += 1;
      while (start < span.end && /[.,;:!?…)]/u.test(source[start]!)) start += 1;
    }
    if (start > span.start) {
      previous.end = start;
      const rest = trimSpan(source, start, span.end);
      if (rest.end <= rest.start) continue;
      span.start = rest.start;
    }
    const previousText = source.slice(previous.start, previous.end);
    const currentText = source.slice(span.start, span.end);
    if (endsWithAbbreviation(previousText, pack) || !HAS_CONTENT.test(currentText) || !HAS_CONTENT.test(previousText)) {
      previous.end = span.end;
      continue;
    }
    merged.push({ ...span });
  }
  return merged;
}

/**
 * Words and punctuation of a sentence, with offsets into `source`. Words are cut on the visible text: a
 * zero-width space inside "Zucker\u200bberg" or "1\u200b50" does not split it (the token keeps it).
 */
export function tokenize(source: string, span: Span, pack: LanguagePack): Token[] {
  const tokens: Token[] = [];
  const view = visibleText(source.slice(span.start, span.end));
  for (const piece of segmenter(wordSegmenters, pack.locale, 'word').segment(view.text)) {
    if (!piece.segment.trim()) continue;
    const [a, b] = view.spanToOriginal(piece.index, piece.index + piece.segment.length);
    const start = span.start + a;
    const end = span.start + b;
    tokens.push({ start, end, text: view.changed ? source.slice(start, end) : piece.segment, isWord: piece.isWordLike === true });
  }
  return tokens;
}
