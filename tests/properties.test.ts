import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumeral } from '../src/facts/numerals.js';
import { findQuantities } from '../src/facts/quantities.js';
import { findDates, findTimes } from '../src/facts/dates.js';
import { findModality } from '../src/facts/modality.js';
import { segmentSentences } from '../src/stages/segment.js';
import { LANGUAGE_PACKS } from '../src/lang/index.js';
import type { LanguageCode } from '../src/types.js';

const LANGUAGES: LanguageCode[] = ['fr', 'it', 'en'];
const language = fc.constantFrom(...LANGUAGES);
/** Text made of the characters news is made of: letters, digits, spaces, punctuation, quotes. */
const newsText = fc.string({
  unit: fc.constantFrom(...'aeiouléàèAB Zx0123456789 .,;:!?…«»“”"\'’()-–%$€\u00a0\u202f\u2009\n'.split('')),
  maxLength: 200,
});

describe('properties of the parsers', () => {
  it('parseNumeral never throws, whatever the string', () => {
    fc.assert(fc.property(fc.string(), language, (text, l) => {
      parseNumeral(text, l);
    }));
  });

  it('parseNumeral reads back an integer as each language formats it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), language, (n, l) => {
        const written = new Intl.NumberFormat(l === 'en' ? 'en-US' : l === 'fr' ? 'fr-FR' : 'it-IT').format(n);
        expect(parseNumeral(written, l)).toBe(n);
      }),
    );
  });

  it('parseNumeral reads back a decimal as each language formats it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 1, max: 9 }), language, (whole, tenth, l) => {
        const value = whole + tenth / 10;
        const written = new Intl.NumberFormat(l === 'en' ? 'en-US' : l === 'fr' ? 'fr-FR' : 'it-IT', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
        expect(parseNumeral(written, l)).toBeCloseTo(value, 6);
      }),
    );
  });

  it('the quantity, date, time and modality extractors never throw, and their spans are exact', () => {
    fc.assert(
      fc.property(newsText, language, fc.integer({ min: 0, max: 1000 }), (text, l, offset) => {
        const pack = LANGUAGE_PACKS[l];
        for (const fact of [...findQuantities(text, offset, pack), ...findDates(text, offset, pack), ...findTimes(text, offset, pack), ...findModality(text, offset, pack)]) {
          expect(text.slice(fact.start - offset, fact.end - offset)).toBe(fact.text);
          expect(fact.start).toBeLessThanOrEqual(fact.end);
        }
      }),
    );
  });
});

describe('properties of the segmenter', () => {
  it('never throws, and its sentences cover the text in order, without overlap, leaving out only space', () => {
    fc.assert(
      fc.property(newsText, language, (text, l) => {
        const spans = segmentSentences(text, { start: 0, end: text.length }, LANGUAGE_PACKS[l]);
        let cursor = 0;
        for (const span of spans) {
          expect(span.start).toBeGreaterThanOrEqual(cursor);
          expect(span.end).toBeGreaterThan(span.start);
          // What falls between sentences is white space only.
          expect(text.slice(cursor, span.start).trim().replace(/[\u00a0\u202f\u2009]/g, '')).toBe('');
          cursor = span.end;
        }
        expect(text.slice(cursor).trim().replace(/[\u00a0\u202f\u2009]/g, '')).toBe('');
      }),
    );
  });
});
