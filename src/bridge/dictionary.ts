/**
 * FreeDict bilingual dictionaries in dictd format (Debian `dict-freedict-fra-eng`, `-eng-fra`,
 * `-ita-eng`, `-eng-ita`), read with zlib: `.dict.dz` is gzip-compatible. Both directions are used: the
 * English→French entries, inverted, add French→English senses the other file lacks.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { LanguageCode } from '../types.js';
import { LANGUAGE_PACKS } from '../lang/index.js';
import { seedStems } from '../lang/shared.js';
import { indexByStem } from './features.js';
import {
  CACHE_DAMAGED_MESSAGE,
  CACHE_NOT_A_FILE_MESSAGE,
  CACHE_REBUILT_MESSAGE,
  cacheFileWarning,
  cacheUnusableWarning,
  checkCacheDir,
  describeFsError,
  noteCacheProblem,
  readCacheFile,
  takeCacheWarnings,
  writeCacheFileAtomically,
} from './cache.js';

export const DICTIONARY_DIRS = ['/usr/share/dictd', '/usr/local/share/dictd'];

const FREEDICT_CODES: Partial<Record<LanguageCode, string>> = { fr: 'fra', it: 'ita' };

export const DICTIONARY_PACKAGES: Partial<Record<LanguageCode, string[]>> = {
  fr: ['dict-freedict-fra-eng', 'dict-freedict-eng-fra'],
  it: ['dict-freedict-ita-eng', 'dict-freedict-eng-ita'],
};

/** Word (lower case) → English translations, most usual first. */
export type BilingualDictionary = Map<string, string[]>;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeNumber(text: string): number {
  let n = 0;
  for (const ch of text) n = n * 64 + B64.indexOf(ch);
  return n;
}

interface DictEntry {
  headword: string;
  senses: string[];
  /** The headword is written with a capital ("Londres", "Parigi"): a proper noun. */
  proper: boolean;
}

function findFiles(name: string, dirs: readonly string[]): { index: string; dict: string } | undefined {
  for (const dir of dirs) {
    const index = path.join(dir, `${name}.index`);
    const dz = path.join(dir, `${name}.dict.dz`);
    const plain = path.join(dir, `${name}.dict`);
    if (existsSync(index) && (existsSync(dz) || existsSync(plain))) return { index, dict: existsSync(dz) ? dz : plain };
  }
  return undefined;
}

let persistDir: string | undefined;

/**
 * Where dictionaries, once read, are kept as JSON for the next run (the cache directory; undefined:
 * nowhere). Reading the dictd files costs more than comparing a small story. Called at the start of
 * every run: it checks the directory (one `cache-unusable` warning when it cannot be used, and then
 * nothing is kept) and forgets the cache warnings of an earlier run that did not report them.
 */
export function setDictionaryCacheDir(dir: string | undefined): void {
  takeCacheWarnings();
  persistDir = dir;
  if (!dir) return;
  const problem = checkCacheDir(dir);
  if (problem) {
    noteCacheProblem(cacheUnusableWarning(dir, problem));
    persistDir = undefined;
  }
}

/** Reads every entry of one dictd dictionary: its headword and the translations it lists. */
function readEntries(name: string, dirs: readonly string[]): DictEntry[] | undefined {
  const files = findFiles(name, dirs);
  if (!files) return undefined;
  const sign = signature(files);
  if (sign === undefined) return undefined;
  const kept = readKept(persistDir ? path.join(persistDir, `${name}-${sign}.json`) : undefined, isDictEntries);
  if (kept.value) return kept.value;
  const entries = parseEntries(files);
  if (entries) writeKept(kept, entries);
  return entries;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((s) => typeof s === 'string');
}

function isDictEntries(value: unknown): value is DictEntry[] {
  return (
    Array.isArray(value) &&
    value.every((e: unknown) => {
      if (typeof e !== 'object' || e === null) return false;
      const { headword, senses, proper } = e as Partial<Record<keyof DictEntry, unknown>>;
      return typeof headword === 'string' && isStringArray(senses) && typeof proper === 'boolean';
    })
  );
}

interface KeptStems {
  own: Array<[string, string]>;
  english: Array<[string, string]>;
}

function isStemPairs(value: unknown): value is Array<[string, string]> {
  return Array.isArray(value) && value.every((pair) => isStringArray(pair) && pair.length === 2);
}

function isKeptStems(value: unknown): value is KeptStems {
  if (typeof value !== 'object' || value === null) return false;
  const { own, english } = value as Partial<Record<keyof KeptStems, unknown>>;
  return isStemPairs(own) && isStemPairs(english);
}

/** Size and date of a dictionary's two files: what is kept is kept under them, and an updated package is read afresh. */
function signature(files: { index: string; dict: string }): string | undefined {
  try {
    const [a, b] = [statSync(files.index), statSync(files.dict)];
    return `${a.size}-${Math.floor(a.mtimeMs)}-${b.size}-${Math.floor(b.mtimeMs)}`;
  } catch {
    return undefined;
  }
}

/** What was found at a kept file's place: its value when sound, and whether the place may be written. */
interface Kept<T> {
  file: string | undefined;
  value?: T;
  /** False for a FIFO, a folder or an unreadable file at that name: left alone. */
  writable: boolean;
}

/**
 * Reads a kept file. Missing: computed afresh. Not valid JSON or not the expected shape: computed
 * afresh and written over, with a `cache-rebuilt` warning. Not a regular file, or unreadable: not
 * used, and not written.
 */
function readKept<T>(file: string | undefined, isValid: (value: unknown) => value is T): Kept<T> {
  if (!file) return { file, writable: false };
  const read = readCacheFile(file);
  if (read.kind === 'missing') return { file, writable: true };
  if (read.kind === 'not-a-file') {
    noteCacheProblem({ path: file, code: 'cache-unusable', message: CACHE_NOT_A_FILE_MESSAGE });
    return { file, writable: false };
  }
  if (read.kind === 'unreadable') {
    noteCacheProblem(cacheFileWarning(file, 'read', read.reason));
    return { file, writable: false };
  }
  let value: unknown;
  try {
    value = JSON.parse(read.text);
  } catch {
    noteCacheProblem({ path: file, code: 'cache-rebuilt', message: CACHE_DAMAGED_MESSAGE });
    return { file, writable: true };
  }
  if (isValid(value)) return { file, value, writable: true };
  noteCacheProblem({ path: file, code: 'cache-rebuilt', message: CACHE_REBUILT_MESSAGE });
  return { file, writable: true };
}

function writeKept(kept: Kept<unknown>, value: unknown): void {
  if (!kept.file || !kept.writable) return;
  try {
    writeCacheFileAtomically(kept.file, JSON.stringify(value));
  } catch (error) {
    // a full disk only costs speed
    noteCacheProblem(cacheFileWarning(kept.file, 'written', describeFsError(error)));
  }
}

/**
 * The stems of a dictionary's words, in its language and in English, taught to the stemmers: kept
 * beside the dictionary, they spare the next run from stemming ten thousand words it may look up.
 */
function seedDictionaryStems(language: LanguageCode, code: string, dictionary: BilingualDictionary, dirs: readonly string[]): void {
  const signs = [`freedict-${code}-eng`, `freedict-eng-${code}`].map((name) => {
    const files = findFiles(name, dirs);
    return files ? signature(files) : 'none';
  });
  const kept = readKept(persistDir ? path.join(persistDir, `stems-${language}-${signs.join('-')}.json`) : undefined, isKeptStems);
  const [own, english] = [LANGUAGE_PACKS[language].stem, LANGUAGE_PACKS.en.stem];
  if (kept.value) {
    seedStems(own, kept.value.own);
    seedStems(english, kept.value.english);
    return;
  }
  if (!kept.writable) return;
  const words = new Set<string>();
  for (const senses of dictionary.values()) for (const sense of senses) for (const w of sense.split(/\s+/)) words.add(w);
  writeKept(kept, { own: [...dictionary.keys()].map((w) => [w, own(w)]), english: [...words].map((w) => [w, english(w)]) });
}

function parseEntries(files: { index: string; dict: string }): DictEntry[] | undefined {
  let data: Buffer;
  let index: string;
  try {
    const raw = readFileSync(files.dict);
    data = files.dict.endsWith('.dz') ? gunzipSync(raw) : raw;
    index = readFileSync(files.index, 'utf8');
  } catch {
    return undefined;
  }
  const entries: DictEntry[] = [];
  for (const line of index.split('\n')) {
    const [headword, offset, length] = line.split('\t');
    if (!headword || !offset || !length || headword.startsWith('00database')) continue;
    const body = data.subarray(decodeNumber(offset), decodeNumber(offset) + decodeNumber(length)).toString('utf8');
    const lines = body.split('\n').slice(1);
    const senses: string[] = [];
    for (const senseLine of lines) {
      const cleaned = senseLine.replace(/^\s*\d+\.\s*/, '').replace(/\([^)]*\)/g, '').replace(/<[^>]*>/g, '');
      for (const sense of cleaned.split(/[,;]/)) {
        const s = sense.trim().toLowerCase();
        if (s && /^[\p{L}' -]+$/u.test(s)) senses.push(s);
      }
    }
    // The index folds case; the entry's first line keeps the headword as written.
    if (senses.length > 0) entries.push({ headword: headword.toLowerCase(), senses, proper: /^\p{Lu}/u.test(body) });
  }
  return entries;
}

const loaded = new Map<string, BilingualDictionary | null>();
const proper = new Map<string, Set<string>>();

/** For tests: read every dictionary (and what the cache keeps of it) afresh, as a new process would. */
export function forgetLoadedDictionaries(): void {
  loaded.clear();
  proper.clear();
}

/** Adds to `into` the headwords that a dictionary writes only with a capital. */
function properHeadwords(entries: readonly DictEntry[], into: Set<string>): void {
  const lower = new Set(entries.filter((e) => !e.proper).map((e) => e.headword));
  for (const e of entries) if (e.proper && !lower.has(e.headword)) into.add(e.headword);
}

/**
 * Words (lower case) that the installed dictionaries list only as proper nouns: "londres", "parigi",
 * "london". A capitalised one is a name, not an everyday word that opens a sentence.
 */
export function properNouns(language: LanguageCode, dirs: readonly string[] = DICTIONARY_DIRS): ReadonlySet<string> {
  // Read along with the dictionaries: the X→English ones name X's proper nouns, the English→X ones English's.
  for (const other of language === 'en' ? (Object.keys(FREEDICT_CODES) as LanguageCode[]) : [language]) loadDictionary(other, dirs);
  return proper.get(`${language}:${dirs.join(':')}`) ?? new Set();
}

function properSet(language: LanguageCode, dirs: readonly string[]): Set<string> {
  const key = `${language}:${dirs.join(':')}`;
  let set = proper.get(key);
  if (!set) proper.set(key, (set = new Set()));
  return set;
}

/**
 * The X→English dictionary for a language, or undefined when none is installed. Only single-word
 * headwords are kept; each keeps at most six senses.
 */
export function loadDictionary(language: LanguageCode, dirs: readonly string[] = DICTIONARY_DIRS): BilingualDictionary | undefined {
  const code = FREEDICT_CODES[language];
  if (!code) return undefined;
  const cacheKey = `${language}:${dirs.join(':')}`;
  if (loaded.has(cacheKey)) return loaded.get(cacheKey) ?? undefined;
  const forward = readEntries(`freedict-${code}-eng`, dirs);
  const backward = readEntries(`freedict-eng-${code}`, dirs);
  properHeadwords(forward ?? [], properSet(language, dirs));
  properHeadwords(backward ?? [], properSet('en', dirs));
  if (!forward && !backward) {
    loaded.set(cacheKey, null);
    return undefined;
  }
  const dictionary: BilingualDictionary = new Map();
  const add = (word: string, english: string) => {
    if (word.includes(' ')) return;
    const list = dictionary.get(word) ?? [];
    if (!list.includes(english) && list.length < 6) list.push(english);
    dictionary.set(word, list);
  };
  for (const { headword, senses } of forward ?? []) for (const sense of senses) add(headword, sense);
  for (const { headword, senses } of backward ?? []) {
    if (headword.includes(' ')) continue;
    for (const sense of senses) add(sense, headword);
  }
  seedDictionaryStems(language, code, dictionary, dirs);
  loaded.set(cacheKey, dictionary);
  return dictionary;
}

/** Which dictionaries are installed, for `claimdiff doctor`. */
export function dictionaryStatus(dirs: readonly string[] = DICTIONARY_DIRS): Array<{ language: LanguageCode; name: string; installed: boolean }> {
  const rows: Array<{ language: LanguageCode; name: string; installed: boolean }> = [];
  for (const [language, code] of Object.entries(FREEDICT_CODES) as Array<[LanguageCode, string]>) {
    for (const name of [`freedict-${code}-eng`, `freedict-eng-${code}`]) rows.push({ language, name, installed: findFiles(name, dirs) !== undefined });
  }
  return rows;
}

const stemIndexes = new Map<LanguageCode, Map<string, string[]>>();

/** Dictionary senses of a word, by its form or, failing that, by its stem ("courante" → "courant"). */
export function sensesFor(language: LanguageCode): ((word: string) => string[] | undefined) | undefined {
  if (language === 'en') return undefined;
  const dictionary = loadDictionary(language);
  if (!dictionary) return undefined;
  let byStem = stemIndexes.get(language);
  if (!byStem) stemIndexes.set(language, (byStem = indexByStem(dictionary, language)));
  const stem = LANGUAGE_PACKS[language].stem;
  return (word) => dictionary.get(word) ?? byStem!.get(stem(word));
}
