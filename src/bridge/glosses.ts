/**
 * English glosses of French and Italian words through Apertium's bilingual dictionaries: a word's lemma
 * and tags, as the language's tagger read them (`src/bridge/tagger.ts`), looked up in the pair's
 * dictionary to Spanish and the Spanish in the eng-spa pair's to English (`lt-proc -b` on the
 * `autobil.bin` files), every alternative kept: "vente<n><f><sg>" → "venta" → "sale";
 * "location" → "alquiler" → "hire", "rent". The translation picks one word in context and sometimes the
 * wrong one; the glosses are the candidates a word alignment needs. One run per language and corpus.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { LanguageCode } from '../types.js';
import { onPath } from './apertium.js';
import { APERTIUM_SIDES, apertiumPairDir, type TaggedWord } from './tagger.js';

/** Apertium's tags of the words worth a gloss: nouns, full verbs, adjectives and adverbs. */
const CONTENT_TAGS = new Set(['n', 'vblex', 'adj', 'adv']);

/** A pair's bilingual dictionary file, when installed: `<prefix>.autobil.bin` in the pair's folder. */
function bilingualDictionary(pair: string, prefix: string): string | undefined {
  const file = `${prefix}.autobil.bin`;
  const dir = apertiumPairDir(pair, [file]);
  return dir && path.join(dir, file);
}

/** Runs `lt-proc -b` on lexical units, one per line; their translations, every alternative, or undefined. */
function lookUp(file: string, units: readonly string[]): string[][] | undefined {
  if (units.length === 0) return [];
  const run = spawnSync('lt-proc', ['-b', file], { input: `${units.join('\n')}\n`, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 20_000 + units.length });
  if (run.status !== 0 || typeof run.stdout !== 'string') return undefined;
  const lines = run.stdout.replace(/\n$/, '').split('\n');
  if (lines.length !== units.length) return undefined;
  return lines.map((line) => {
    const body = line.match(/^\^(.*)\$$/)?.[1];
    if (body === undefined) return [];
    // The unit itself, then its translations; "@" marks one the dictionary lacks.
    return body
      .split('/')
      .slice(1)
      .filter((t) => !t.startsWith('@'));
  });
}

const lemmaOf = (unit: string) => unit.replace(/<.*$/u, '').toLowerCase();

/** A tagged content word as a lexical unit for `lt-proc -b` ("^vente<n><f><sg>$"); undefined for other words. */
function unitOf(w: TaggedWord): string | undefined {
  return w.surface && CONTENT_TAGS.has(w.tags[0] ?? '') ? `^${w.lemma}${w.tags.map((t) => `<${t}>`).join('')}$` : undefined;
}

/**
 * English glosses of each sentence's content words, by the word as written, lower-cased; undefined when
 * the dictionaries or `lt-proc` are missing or a run fails.
 */
export function glossWords(language: LanguageCode, sentences: readonly (readonly TaggedWord[] | undefined)[]): Array<Record<string, string[]>> | undefined {
  if (language === 'en') return undefined;
  const first = bilingualDictionary(APERTIUM_SIDES[language].pair, APERTIUM_SIDES[language].prefix);
  // The English side's pair read the other way: Spanish to English.
  const second = bilingualDictionary(APERTIUM_SIDES.en.pair, APERTIUM_SIDES.en.prefix.split('-').reverse().join('-'));
  if (!first || !second || !onPath('lt-proc')) return undefined;
  // Each distinct lemma and tags once: a corpus repeats its words.
  const units = new Map<string, string[]>();
  for (const words of sentences) {
    for (const w of words ?? []) {
      const unit = unitOf(w);
      if (unit) units.set(unit, []);
    }
  }
  const keys = [...units.keys()];
  const spanish = lookUp(first, keys);
  if (!spanish) return undefined;
  const spanishUnits = [...new Set(spanish.flat())];
  const english = lookUp(second, spanishUnits.map((u) => `^${u}$`));
  if (!english) return undefined;
  const englishOf = new Map(spanishUnits.map((u, i) => [u, english[i]!.map(lemmaOf)]));
  keys.forEach((key, i) => units.set(key, [...new Set(spanish[i]!.flatMap((u) => englishOf.get(u) ?? []))]));
  return sentences.map((words) => {
    const out: Record<string, string[]> = {};
    for (const w of words ?? []) {
      const unit = unitOf(w);
      if (!unit) continue;
      const glosses = units.get(unit) ?? [];
      const surface = w.surface!.toLowerCase();
      if (glosses.length > 0) out[surface] = [...new Set([...(out[surface] ?? []), ...glosses])];
    }
    return out;
  });
}
