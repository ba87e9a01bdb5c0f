/**
 * Stage 3 — segment: paragraphs → sentences → tokens, with `Intl.Segmenter` and two repair passes
 * that it needs on news text: abbreviations (`U.S.`, `Klein v. Meta`, `M. Dupont`, `dott. Rossi`)
 * and closing quotation marks that it hands to the next sentence.
 */
import type { Span, Token } from '../types.js';
import type { LanguagePack } from '../lang/types.js';
import { perPack } from '../lang/patterns.js';

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

/** Whether the straight double quote at `position` closes a quotation, by parity within the region. */
function straightQuoteCloses(source: string, regionStart: number, position: number): boolean {
  let count = 0;
  for (let i = regionStart; i < position; i += 1) if (source[i] === '"') count += 1;
  return count % 2 === 1;
}

/** Splits one stretch of article text into sentence spans (offsets into `source`). */
export function segmentSentences(source: string, region: Span, pack: LanguagePack): Span[] {
  const text = source.slice(region.start, region.end);
  const spans: Span[] = [];
  for (const piece of segmenter(sentenceSegmenters, pack.locale, 'sentence').segment(text)) {
    const span = trimSpan(source, region.start + piece.index, region.start + piece.index + piece.segment.length);
    if (span.end > span.start) spans.push(span);
  }

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
      const closes = CLOSERS.has(ch) || (ch === '"' && straightQuoteCloses(source, region.start, start));
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

/** Words and punctuation of a sentence, with offsets into `source`. */
export function tokenize(source: string, span: Span, pack: LanguagePack): Token[] {
  const tokens: Token[] = [];
  const text = source.slice(span.start, span.end);
  for (const piece of segmenter(wordSegmenters, pack.locale, 'word').segment(text)) {
    if (!piece.segment.trim()) continue;
    const start = span.start + piece.index;
    tokens.push({ start, end: start + piece.segment.length, text: piece.segment, isWord: piece.isWordLike === true });
  }
  return tokens;
}
