import { describe, expect, it } from 'vitest';
import { findDurations } from '../src/facts/durations.js';
import { parseNumeral } from '../src/facts/numerals.js';
import { isNegated } from '../src/stages/facts.js';
import { LANGUAGE_PACKS } from '../src/lang/index.js';
import type { LanguageCode } from '../src/types.js';

describe('numerals in digits', () => {
  it.each<[string, LanguageCode, number | undefined]>([
    ['6,4', 'fr', 6.4],
    ['6.4', 'en', 6.4],
    ['7,8', 'it', 7.8],
    ['4 210', 'fr', 4210],
    ['4\u00a0210', 'fr', 4210],
    ['4\u202f210', 'fr', 4210],
    ['12.000', 'it', 12000],
    ['2.750', 'it', 2750],
    ['1.200', 'it', 1200],
    ['12,000', 'en', 12000],
    ['1,200,000', 'en', 1200000],
    ['1.200.000', 'it', 1200000],
    ['1,234.5', 'en', 1234.5],
    ['1.234,5', 'fr', 1234.5],
    ['2017', 'en', 2017],
    ['3 615', 'fr', 3615],
    ['12.', 'en', undefined],
  ])('%s in %s is %s', (text, language, value) => {
    expect(parseNumeral(text, language)).toBe(value);
  });
});

describe('durations and periods, in days', () => {
  it.each<[LanguageCode, string, string, number]>([
    ['fr', 'pendant près de dix ans', 'dix ans', 3650],
    ['fr', 'depuis une décennie', 'décennie', 3650],
    ['fr', 'toutes les deux semaines', 'deux semaines', 14],
    ['fr', 'tous les quinze jours', 'quinze jours', 14],
    ['fr', 'une quinzaine de rapports', 'quinzaine', 14],
    ['fr', 'moins d’un mois après', 'un mois', 30],
    ['fr', 'une dizaine d’années', 'dizaine d’années', 3650],
    ['it', 'per quasi 10 anni', '10 anni', 3650],
    ['it', 'una decina d’anni', 'decina d’anni', 3650],
    ['it', 'per quasi un decennio', 'decennio', 3650],
    ['it', 'un rapporto quindicinale', 'quindicinale', 14],
    ['it', 'entro un mese', 'un mese', 30],
    ['en', 'for nearly a decade', 'decade', 3650],
    ['en', 'fortnightly reports', 'fortnightly', 14],
    ['en', 'every two weeks', 'two weeks', 14],
    ['en', 'within a month', 'a month', 30],
    ['en', 'for 48 hours', '48 hours', 2],
  ])('%s: "%s" → "%s" = %d days', (language, text, span, days) => {
    const found = findDurations(text, 100, LANGUAGE_PACKS[language]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ text: span, days });
    // Offsets point into the document: the text started at 100.
    expect(text.slice(found[0]!.start - 100, found[0]!.end - 100)).toBe(span);
  });
});

describe('negation', () => {
  it.each<[LanguageCode, string, boolean]>([
    ['en', 'Meta did not share messages.', true],
    ['en', 'Meta didn’t share messages.', true],
    ['en', 'Meta never shared messages.', true],
    ['en', 'Meta shared messages.', false],
    ['en', 'It is not only Meta.', false],
    ['en', 'Receipts from non-Facebook users.', false],
    ['fr', 'Meta ne partageait pas les messages.', true],
    ['fr', 'Aucun tiers ne lisait vos messages.', true],
    ['fr', 'Meta partageait les messages.', false],
    ['fr', 'Il ne reste que deux plaignants.', false],
    ['fr', 'Les reçus non Facebook.', false],
    ['it', 'Meta non condivideva i messaggi.', true],
    ['it', 'Nessuno leggeva i messaggi.', true],
    ['it', 'Meta condivideva i messaggi.', false],
    ['it', 'Non a caso, i due sono amici.', false],
    ['it', 'Non si è poi fatta attendere una class action.', false],
  ])('%s: %s → %s', (language, text, negated) => {
    expect(isNegated(text, LANGUAGE_PACKS[language])).toBe(negated);
  });
});
