/**
 * Lemmas and parts of speech from Apertium's own analysers and taggers (an installed pair's morphological
 * dictionary and its statistical tagger): "opened" → `open<vblex><past>`, "perdette" unknown, "annulé" →
 * `annuler<vblex><pp>`. The claim frames read English predicates from the English one (eng-spa), for
 * English sentences and for the English translations of the others, and French and Italian verbs' lemmas
 * from fr-es and ita-spa. One `lt-proc | apertium-tagger` run per language and corpus, one line per
 * sentence; when a pair or the programs are missing, or the run fails, the caller reads without it
 * (WordNet for English, `src/bridge/wordnet.ts`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { onPath } from './apertium.js';
import type { LanguageCode } from '../types.js';

export interface TaggedWord {
  /** The words as written, when the tagger gave them (`-p`): "annulé" for `annuler<vblex><pp>`. */
  surface?: string;
  /** The lemma, lower-cased (`prpers` for personal pronouns, as Apertium names them). */
  lemma: string;
  /** Apertium's tags: `vblex`, `n`, `adj`, `det`, `adv`, `vbser`… `unknown` for a word it does not know. */
  tags: string[];
}

/**
 * Each language's side of an installed pair: the pair's folder and the file prefix of its direction to
 * Spanish ("fr-es.automorf.bin", "fr-es.prob", "fr-es.autobil.bin"); English is read through eng-spa.
 */
export const APERTIUM_SIDES: Record<LanguageCode, { pair: string; prefix: string }> = {
  en: { pair: 'apertium-eng-spa', prefix: 'eng-spa' },
  fr: { pair: 'apertium-fr-es', prefix: 'fr-es' },
  it: { pair: 'apertium-spa-ita', prefix: 'ita-spa' },
};

const APERTIUM_DIRS = ['/usr/share/apertium', '/usr/local/share/apertium'];

/** The folder of an installed pair that holds all the given files, if any. */
export function apertiumPairDir(pair: string, files: readonly string[]): string | undefined {
  return APERTIUM_DIRS.map((root) => path.join(root, pair)).find((dir) => files.every((file) => existsSync(path.join(dir, file))));
}

const installed = new Map<LanguageCode, string | null>();

/** The folder of a language's analyser and tagger, when they and the programs that run them are installed. */
export function taggerDir(language: LanguageCode): string | undefined {
  if (!installed.has(language)) {
    const { pair, prefix } = APERTIUM_SIDES[language];
    const found = onPath('lt-proc') && onPath('apertium-tagger') ? apertiumPairDir(pair, [`${prefix}.automorf.bin`, `${prefix}.prob`]) : undefined;
    installed.set(language, found ?? null);
  }
  return installed.get(language) ?? undefined;
}

/** The folder of the English analyser and tagger (`taggerDir('en')`). */
export function englishTaggerDir(): string | undefined {
  return taggerDir('en');
}

/**
 * Apertium's stream format: `^lemma<tag><tag>$`, joined words as `^a<pr>+il<det>$`, unknown words as
 * `^*word$`; with the words as written when the tagger was asked for them (`^annulé/annuler<vblex><pp>$`).
 */
export function parseTaggedLine(line: string): TaggedWord[] {
  const words: TaggedWord[] = [];
  for (const m of line.matchAll(/\^((?:\\.|[^$\\])*)\$/g)) {
    let body = m[1]!;
    let surface: string | undefined;
    const slash = body.indexOf('/');
    if (slash >= 0) {
      surface = body.slice(0, slash);
      body = body.slice(slash + 1);
    }
    for (const part of body.split('+')) {
      const word: TaggedWord = part.startsWith('*')
        ? { lemma: part.slice(1).toLowerCase(), tags: ['unknown'] }
        : {
            lemma: (part.indexOf('<') < 0 ? part : part.slice(0, part.indexOf('<'))).toLowerCase(),
            tags: part.indexOf('<') < 0 ? [] : [...part.slice(part.indexOf('<')).matchAll(/<([^>]+)>/g)].map((t) => t[1]!),
          };
      words.push(surface === undefined ? word : { surface, ...word });
    }
  }
  return words;
}

/** Tags English lines (`tagLines('en', …)`). */
export function tagEnglish(lines: readonly string[]): TaggedWord[][] | undefined {
  return tagLines('en', lines);
}

/**
 * Tags lines of one language; one list of words per line, each with its words as written, or undefined
 * when the tagger is not installed or fails. Characters of Apertium's stream format are blanked first:
 * only the words matter here.
 */
export function tagLines(language: LanguageCode, lines: readonly string[]): TaggedWord[][] | undefined {
  const dir = taggerDir(language);
  if (!dir) return undefined;
  if (lines.length === 0) return [];
  const { prefix } = APERTIUM_SIDES[language];
  const input = `${lines.map((l) => l.replace(/[\r\n[\]^$@/<>\\{}]+/g, ' ')).join('\n')}\n`;
  const run = spawnSync('bash', ['-c', 'set -o pipefail; lt-proc "$0" | apertium-tagger -g -p "$1"', path.join(dir, `${prefix}.automorf.bin`), path.join(dir, `${prefix}.prob`)], {
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

/** For tests: look again for the taggers. */
export function resetEnglishTagger(): void {
  installed.clear();
}
