import type { LanguageCode } from '../types.js';

/**
 * Everything the pipeline knows about one language, as data. The core holds no language literals:
 * a stage that needs a word list asks the pack of the text's language.
 */
export interface LanguagePack {
  code: LanguageCode;
  /** ISO 639-3 code that franc answers with. */
  francCode: string;
  /** Locale for `Intl.Segmenter` and `Intl.DisplayNames`. */
  locale: string;
  name: string;
  /** Reduces a lower-cased word to its stem (natural's Porter stemmer for the language). */
  stem(word: string): string;

  /**
   * Abbreviations that end with a dot but do not end a sentence (`Mr.`, `M.`, `dott.`). Matched
   * case-sensitively when one letter long, case-insensitively otherwise.
   */
  abbreviations: string[];

  /** Function words that carry no claim: left out of the cross-lingual representation. */
  stopwords: ReadonlySet<string>;

  /**
   * Negation cues, lower-case. A sentence holds a negation when one of `negations` occurs, unless
   * the only cue is part of a restrictive construction listed in `notNegations` (French "ne … que").
   */
  negations: string[];
  /** Patterns that look like negation but are not (matched on the lower-cased sentence). */
  notNegations: RegExp[];

  /** Cardinal number words and the collective nouns that stand for a number ("dizaine", "decina"). */
  numberWords: Record<string, number>;
  /** Words for units of time, singular and plural, with their length in days. */
  timeUnits: Record<string, number>;
  /**
   * Phrases that are a duration or period by themselves, with their length in days ("décennie",
   * "fortnightly", "quinze jours", which means two weeks, not fifteen days).
   */
  durationPhrases: Record<string, number>;
  /** Words that put a number before a time unit without being a number ("a month", "un mois"). */
  indefiniteArticles: string[];

  /** Opening → closing quotation marks used in this language, most usual first. */
  quotePairs: Array<[open: string, close: string]>;

  /** Whole lines that are page furniture rather than article text, by kind. */
  boilerplateLines: {
    menu: RegExp[];
    navigation: RegExp[];
    byline: RegExp[];
    dateline: RegExp[];
    credit: RegExp[];
  };
}
