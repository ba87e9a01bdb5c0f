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
