/**
 * FreeDict bilingual dictionaries in dictd format (Debian `dict-freedict-fra-eng`, `-eng-fra`,
 * `-ita-eng`, `-eng-ita`), read with zlib: `.dict.dz` is gzip-compatible. Both directions are used: the
 * English→French entries, inverted, add French→English senses the other file lacks.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { LanguageCode } from '../types.js';
import { LANGUAGE_PACKS } from '../lang/index.js';
import { seedStems } from '../lang/shared.js';

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
 * nowhere). Reading the dictd files costs more than comparing a small story.
 */
export function setDictionaryCacheDir(dir: string | undefined): void {
  persistDir = dir;
}

/** Reads every entry of one dictd dictionary: its headword and the translations it lists. */
function readEntries(name: string, dirs: readonly string[]): DictEntry[] | undefined {
  const files = findFiles(name, dirs);
  if (!files) return undefined;
  const sign = signature(files);
  if (sign === undefined) return undefined;
  const kept = persistDir ? path.join(persistDir, `${name}-${sign}.json`) : undefined;
  const known = readKept<DictEntry[]>(kept);
  if (Array.isArray(known)) return known;
  const entries = parseEntries(files);
  if (entries) writeKept(kept, entries);
  return entries;
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

function readKept<T>(file: string | undefined): T | undefined {
  if (!file) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined; // not kept yet, or damaged: computed afresh
  }
}

function writeKept(file: string | undefined, value: unknown): void {
  if (!file) return;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(value));
    renameSync(temporary, file);
  } catch {
    // a read-only cache directory only costs speed
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
  const kept = persistDir ? path.join(persistDir, `stems-${language}-${signs.join('-')}.json`) : undefined;
  const [own, english] = [LANGUAGE_PACKS[language].stem, LANGUAGE_PACKS.en.stem];
  const known = readKept<{ own: Array<[string, string]>; english: Array<[string, string]> }>(kept);
  if (known && Array.isArray(known.own) && Array.isArray(known.english)) {
    seedStems(own, known.own);
    seedStems(english, known.english);
    return;
  }
  if (!kept) return;
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
