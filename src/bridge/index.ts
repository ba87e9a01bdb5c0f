/**
 * The cross-lingual bridge: every sentence gets a feature bag in one space across French, Italian and
 * English. With Apertium installed (and `--bridge auto|apertium`), French and Italian sentences are
 * translated to English first; otherwise the lexical path (cognates, stems, names, numbers, and the
 * FreeDict dictionaries when installed) does the work. A missing pair, a crash or a timeout falls back
 * to the lexical path for that language with one warning, never an error.
 */
import type { LanguageCode, Token } from '../types.js';
import { APERTIUM_ROUTES, apertiumStatus, protectNames, restoreNames, translateLines } from './apertium.js';
import { TranslationCache, cacheUnusableWarning, checkCacheDir, noteCacheProblem } from './cache.js';
import { loadDictionary, type BilingualDictionary } from './dictionary.js';
import { indexByStem, sentenceFeatures, type FeatureBag } from './features.js';
import { capitalisedInside } from '../facts/names.js';

export type BridgeName = 'auto' | 'apertium' | 'lexical';
export const BRIDGE_NAMES: readonly BridgeName[] = ['auto', 'apertium', 'lexical'];

export interface BridgeItem {
  text: string;
  tokens: readonly Token[];
  language: LanguageCode;
  /** Language-neutral values from the facts stage ("dur:14"), shared by every language. */
  anchors?: readonly string[];
}

export interface BridgeOptions {
  bridge?: BridgeName;
  /**
   * Where translations are cached; undefined keeps them in memory only, and so does a directory that
   * cannot be used (said once, see `takeCacheWarnings`).
   */
  cacheDir?: string;
  /** Folders searched for FreeDict dictionaries (tests point elsewhere). */
  dictionaryDirs?: readonly string[];
  onProgress?: (done: number, total: number, message: string) => void;
  /** Time limit of one Apertium run, in milliseconds (default: 20 s plus 20 ms a sentence). */
  timeoutMs?: number;
}

export interface BridgeResult {
  /** Which path each language took. */
  backends: Partial<Record<LanguageCode, 'apertium' | 'lexical' | 'pivot'>>;
  /** English translation of each sentence, when Apertium made one. */
  translations: Array<string | undefined>;
  features: FeatureBag[];
  warnings: string[];
  /** How many sentences were translated now (not found in the cache). */
  translated: number;
}

/** Words worth protecting from translation: capitalised inside a sentence somewhere in the story. */
export function collectNames(items: readonly BridgeItem[]): Set<string> {
  return capitalisedInside(items.map((item) => item.tokens));
}

async function translateWithCache(
  language: LanguageCode,
  texts: string[],
  names: ReadonlySet<string>,
  cache: TranslationCache,
  version: string,
  timeoutMs: number | undefined,
): Promise<{ translations: string[]; translated: number }> {
  const protectedTexts = texts.map((t) => protectNames(t.replace(/\s+/g, ' '), names));
  const keys = protectedTexts.map((p) => TranslationCache.key(['apertium', version, language, p.text]));
  const missing: number[] = [];
  keys.forEach((key, i) => {
    if (cache.get(key) === undefined) missing.push(i);
  });
  // The same sentence twice is translated once.
  const unique = [...new Set(missing.map((i) => protectedTexts[i]!.text))];
  if (unique.length > 0) {
    const output = await translateLines(language, unique, { timeoutMs });
    const byText = new Map(unique.map((t, i) => [t, output[i]!]));
    cache.setMany(missing.map((i) => [keys[i]!, byText.get(protectedTexts[i]!.text)!]));
  }
  return {
    translations: protectedTexts.map((p, i) => restoreNames(cache.get(keys[i]!)!, p.restore)),
    translated: unique.length,
  };
}

export async function bridgeSentences(items: readonly BridgeItem[], options: BridgeOptions = {}): Promise<BridgeResult> {
  const bridge = options.bridge ?? 'auto';
  const result: BridgeResult = { backends: {}, translations: items.map(() => undefined), features: [], warnings: [], translated: 0 };
  const byLanguage = new Map<LanguageCode, number[]>();
  items.forEach((item, i) => {
    let list = byLanguage.get(item.language);
    if (!list) byLanguage.set(item.language, (list = []));
    list.push(i);
  });

  let cacheDir = options.cacheDir;
  if (cacheDir && bridge !== 'lexical') {
    const problem = checkCacheDir(cacheDir);
    if (problem) {
      noteCacheProblem(cacheUnusableWarning(cacheDir, problem));
      cacheDir = undefined;
    }
  }

  if (bridge !== 'lexical') {
    const status = apertiumStatus();
    const names = collectNames(items);
    for (const [language, indexes] of [...byLanguage.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      if (!APERTIUM_ROUTES[language]) continue;
      if (!status.languages.includes(language)) {
        if (bridge === 'apertium') {
          result.warnings.push(`Apertium cannot translate ${language} here (missing: ${(status.missing[language] ?? []).join(', ')}); lexical bridge used (see claimdiff doctor)`);
        }
        continue;
      }
      const cache = new TranslationCache(cacheDir, `apertium-${language}-en`);
      try {
        options.onProgress?.(0, indexes.length, `translating ${indexes.length} ${language} sentences`);
        const { translations, translated } = await translateWithCache(language, indexes.map((i) => items[i]!.text), names, cache, status.version ?? 'unknown', options.timeoutMs);
        indexes.forEach((itemIndex, k) => (result.translations[itemIndex] = translations[k]));
        result.translated += translated;
        result.backends[language] = 'apertium';
        options.onProgress?.(indexes.length, indexes.length, `translated ${language}`);
      } catch (error) {
        result.warnings.push(`Apertium failed on ${language} (${error instanceof Error ? error.message : String(error)}); lexical bridge used`);
      }
    }
  }

  const dictionaries = new Map<LanguageCode, { dictionary: BilingualDictionary; byStem: Map<string, string[]> } | undefined>();
  for (const language of byLanguage.keys()) {
    if (language === 'en') {
      result.backends.en = 'pivot';
      continue;
    }
    if (result.backends[language] === 'apertium') continue;
    result.backends[language] = 'lexical';
    const dictionary = loadDictionary(language, options.dictionaryDirs);
    dictionaries.set(language, dictionary ? { dictionary, byStem: indexByStem(dictionary, language) } : undefined);
  }
  result.features = items.map((item, i) => {
    if (i % 1000 === 0) options.onProgress?.(i, items.length, 'sentences represented');
    return sentenceFeatures({
      text: item.text,
      tokens: item.tokens,
      language: item.language,
      translation: result.translations[i],
      dictionary: dictionaries.get(item.language)?.dictionary,
      dictionaryByStem: dictionaries.get(item.language)?.byStem,
      anchors: item.anchors,
    });
  });
  options.onProgress?.(items.length, items.length, 'sentences represented');
  return result;
}
