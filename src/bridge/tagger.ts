/**
 * English lemmas and parts of speech from Apertium's own English analyser and tagger (the eng-spa pair's
 * morphological dictionary and its statistical tagger): "opened" → `open<vblex><past>`. The claim frames
 * read predicates from it, for English sentences and for the English translations of the others.
 * One `lt-proc | apertium-tagger` run per corpus, one line per sentence; when the pair or the programs
 * are missing, or the run fails, the caller reads with WordNet instead (`src/bridge/wordnet.ts`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { onPath } from './apertium.js';

export interface TaggedWord {
  /** The lemma, lower-cased (`prpers` for personal pronouns, as Apertium names them). */
  lemma: string;
  /** Apertium's tags: `vblex`, `n`, `adj`, `det`, `adv`, `vbser`… `unknown` for a word it does not know. */
  tags: string[];
}

const PAIR_DIRS = ['/usr/share/apertium/apertium-eng-spa', '/usr/local/share/apertium/apertium-eng-spa'];

let installed: string | null | undefined;

/** The folder of the English analyser and tagger, when they and the programs that run them are installed. */
export function englishTaggerDir(): string | undefined {
  if (installed === undefined) {
    installed = null;
    if (onPath('lt-proc') && onPath('apertium-tagger')) {
      installed = PAIR_DIRS.find((dir) => existsSync(path.join(dir, 'eng-spa.automorf.bin')) && existsSync(path.join(dir, 'eng-spa.prob'))) ?? null;
    }
  }
  return installed ?? undefined;
}

/** Apertium's stream format: `^lemma<tag><tag>$`, joined words as `^a<pr>+il<det>$`, unknown words as `^*word$`. */
export function parseTaggedLine(line: string): TaggedWord[] {
  const words: TaggedWord[] = [];
  for (const m of line.matchAll(/\^((?:\\.|[^$\\])*)\$/g)) {
    for (const part of m[1]!.split('+')) {
      if (part.startsWith('*')) {
        words.push({ lemma: part.slice(1).toLowerCase(), tags: ['unknown'] });
        continue;
      }
      const at = part.indexOf('<');
      const lemma = (at < 0 ? part : part.slice(0, at)).toLowerCase();
      const tags = at < 0 ? [] : [...part.slice(at).matchAll(/<([^>]+)>/g)].map((t) => t[1]!);
      words.push({ lemma, tags });
    }
  }
  return words;
}

/**
 * Tags English lines; one list of words per line, or undefined when the tagger is not installed or
 * fails. Characters of Apertium's stream format are blanked first: only the words matter here.
 */
export function tagEnglish(lines: readonly string[]): TaggedWord[][] | undefined {
  const dir = englishTaggerDir();
  if (!dir) return undefined;
  if (lines.length === 0) return [];
  const input = `${lines.map((l) => l.replace(/[\r\n[\]^$@/<>\\{}]+/g, ' ')).join('\n')}\n`;
  const run = spawnSync('bash', ['-c', 'set -o pipefail; lt-proc "$0" | apertium-tagger -g "$1"', path.join(dir, 'eng-spa.automorf.bin'), path.join(dir, 'eng-spa.prob')], {
    input,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    timeout: 20_000 + lines.length * 5,
  });
  if (run.status !== 0 || typeof run.stdout !== 'string') return undefined;
  const out = run.stdout.replace(/\n$/, '').split('\n');
  if (out.length !== lines.length) return undefined;
  return out.map(parseTaggedLine);
}

/** For tests: look again for the tagger. */
export function resetEnglishTagger(): void {
  installed = undefined;
}
